"""Keras configs (.keras and .h5), the HDF5 root-attribute reader and the LZ4 frame decoder."""

from __future__ import annotations

import contextlib
import json
import os
import warnings

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shieldwall.supply import hdf5, lz4, scan_buffer, scan_file
from shieldwall.supply.keras import config_findings
from tests.supply import _corpus as C


def rules_of(r) -> set[str]:
    return {f.rule for f in r.all_findings()}


# --- Keras config rules ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("layer", "rule", "score"),
    [
        (C.KERAS3_LAMBDA, "supply.keras_unsafe_config", 0.95),
        (C.KERAS2_LAMBDA, "supply.keras_unsafe_config", 0.95),
        (C.keras_layer("keras.config", "function", "enable_unsafe_deserialization"), "supply.keras_unsafe_config",
         0.95),
        (C.keras_layer("keras.utils", "get_file", {"origin": "http://x"}), "supply.keras_unsafe_config", 0.95),
        (C.keras_layer("os", "system", "id"), "supply.keras_unsafe_config", 1.0),
        (C.keras_layer("builtins", "function", "eval"), "supply.keras_unsafe_config", 1.0),
        (C.keras_layer("keras.layers", "StringLookup", {"vocabulary": "/etc/passwd"}), "supply.keras_unsafe_config",
         0.9),
        (C.keras_layer("keras.layers", "StringLookup", {"vocabulary": "vocab.txt"}), "supply.keras_unsafe_config", 0.7),
        (C.keras_layer("my_project.layers", "Attention", {}), "supply.keras_custom_object", 0.6),
        ({"class_name": "Lambda", "config": {"function": "f", "function_type": "function", "module": "__main__"}},
         "supply.keras_lambda", 0.7),
        (C.keras_layer("keras.layers", "TFSMLayer", {"filepath": "/models/x"}), "supply.keras_unsafe_config", 0.7),
    ],
)
def test_keras_config_rules(layer, rule, score):
    found = config_findings(C.keras_model(layer))
    assert (rule, score) in {(r, s) for r, s, _ in found}, found


def test_keras_config_benign_objects():
    cfg = C.keras_model(
        C.keras_layer("keras.layers", "Dense", {"units": 3, "kernel_initializer": C.keras_layer(
            "keras.initializers", "GlorotUniform", {"seed": None})}),
        C.keras_layer("keras.layers", "StringLookup", {"vocabulary": ["a", "b"]}),
        C.keras_layer("keras.losses", "function", "mean_squared_error"),
    )
    assert config_findings(cfg) == []


def test_keras_zip_escaped_and_deep_configs():
    raw = json.dumps(C.keras_model(C.KERAS3_LAMBDA)).replace('"Lambda"', '"\\u004cambda"').encode()
    data = C.zip_of({"metadata.json": b"{}", "config.json": raw})
    assert scan_buffer(data, "m.keras").verdict.value == "malicious"
    deep = b'{"class_name": "Sequential", "config": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"  # too deep for json
    r = scan_buffer(C.zip_of({"metadata.json": b"{}", "config.json": deep}), "m.keras")
    assert r.format == "keras" and r.verdict.value == "suspicious"  # reported, no RecursionError
    hf = scan_buffer(C.zip_of({"config.json": b'{"hidden_size": 8}', "model.safetensors": b"x"}), "hf.zip")
    assert hf.format == "zip" and hf.verdict.value == "clean"  # a zipped Hugging Face folder is not Keras
    only_config = scan_buffer(C.zip_of({"config.json": json.dumps(C.keras_model(C.KERAS3_LAMBDA)).encode()}), "x")
    assert only_config.format == "keras" and only_config.verdict.value == "malicious"


# --- real Keras and h5py -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def keras():
    absent = [n for n in ("keras", "h5py") if not C_available(n)]
    if absent:
        pytest.skip(f"{', '.join(absent)} not installed (pip install torch==2.13.0 && pip install -e '.[frameworks]')")
    os.environ.setdefault("KERAS_BACKEND", "torch" if C_available("torch") else "jax")
    import keras

    return keras


def C_available(name: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(name) is not None


def test_lambda_saved_by_real_keras_is_malicious_in_both_formats(tmp_path, keras):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        m = keras.Sequential([keras.Input((4,)), keras.layers.Dense(3), keras.layers.Lambda(lambda x: x * 2)])
        m.save(tmp_path / "lam.keras")
        m.save(tmp_path / "lam.h5")
    for name in ("lam.keras", "lam.h5"):
        r = scan_file(tmp_path / name)
        assert r.verdict.value == "malicious", (name, r.all_findings())
        assert {"supply.keras_lambda", "supply.keras_unsafe_config"} <= rules_of(r)
    r = scan_file(tmp_path / "lam.h5")
    assert r.format == "keras-h5"
    f = next(f for f in r.findings if f.rule == "supply.keras_lambda")
    assert f.via == ("model_config",) and 0 < f.span.start < os.path.getsize(tmp_path / "lam.h5")


@pytest.mark.parametrize("libver", ["earliest", "v108", "v110", "latest"])
def test_hdf5_reader_every_libver(tmp_path, libver):
    h5py = pytest.importorskip("h5py", reason="h5py not installed")
    np = pytest.importorskip("numpy")
    p = tmp_path / "a.h5"
    big = '{"class_name": "Sequential", "pad": "' + "x" * 50_000 + '"}'
    with h5py.File(p, "w", libver=libver) as f:
        f.attrs["model_config"] = big
        f.attrs["fixed"] = b"fixed bytes"
        f.attrs["names"] = [b"a", b"bc"]
        f.attrs["vlen"] = np.array(["x", "yy"], dtype=h5py.string_dtype())
        f.attrs["n"] = 3
        f.create_dataset("d", data=np.arange(10))
    attrs = {a.name: a.value for a in hdf5.root_attributes(p.read_bytes())}
    assert attrs == {"model_config": big.encode(), "fixed": b"fixed bytes", "names": [b"a", b"bc"],
                     "vlen": [b"x", b"yy"], "n": None}


def test_hdf5_dense_attributes_fail_closed(tmp_path):
    h5py = pytest.importorskip("h5py", reason="h5py not installed")
    p = tmp_path / "dense.h5"
    with h5py.File(p, "w", libver="latest") as f:
        for i in range(20):
            f.attrs[f"a{i}"] = "x"
        f.attrs["model_config"] = json.dumps({"class_name": "Sequential", "config": {"layers": [C.KERAS2_LAMBDA]}})
    r = scan_file(p)
    assert "supply.hdf5_unparsed" in rules_of(r) and "supply.keras_lambda" in rules_of(r)
    assert r.verdict.value != "clean"


def test_non_keras_hdf5_is_informational():
    assert hdf5.find_superblock(b"\x00" * 512 + hdf5.SIGNATURE) == 512
    with pytest.raises(hdf5.HDF5Error):
        hdf5.find_superblock(b"\x00" * 4096)


# --- fuzzing the parsers -----------------------------------------------------------------------------------


def _h5_seed() -> bytes:
    try:
        import io

        import h5py
    except ImportError:
        return hdf5.SIGNATURE + bytes(2000)
    bio = io.BytesIO()
    with h5py.File(bio, "w") as f:
        f.attrs["model_config"] = json.dumps({"class_name": "Sequential", "config": {"layers": [C.KERAS2_LAMBDA]}})
        f.attrs["keras_version"] = b"2.15"
    return bio.getvalue()


H5_SEED = _h5_seed()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, len(H5_SEED) - 1), st.integers(0, 255)), max_size=12),
       st.integers(16, len(H5_SEED)))
def test_fuzz_hdf5_reader(edits, cut):
    data = bytearray(H5_SEED[:cut])
    for at, v in edits:
        if at < len(data):
            data[at] = v
    with contextlib.suppress(hdf5.HDF5Error):
        hdf5.root_attributes(bytes(data))
    r = scan_buffer(bytes(data), "fuzz.h5")
    assert r.verdict.value in ("clean", "suspicious", "malicious")


LZ4_SEED = bytes.fromhex("04224d186440a7") + b"\x0c\x00\x00\x00" + b"\xb0hello world" + b"\x00\x00\x00\x00"


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200), st.integers(1, 1 << 20))
def test_fuzz_lz4(tail, limit):
    for data in (LZ4_SEED[:7] + tail, lz4.MAGIC + tail):
        try:
            out, _ = lz4.decompress(data, limit)
        except lz4.LZ4Error:
            continue
        assert len(out) <= limit


def test_lz4_matches_the_reference_library():
    frame = pytest.importorskip("lz4.frame", reason="lz4 not installed")
    data = b"".join(bytes([i % 7]) * (i % 300) for i in range(2000)) + os.urandom(5000)
    for linked in (True, False):
        c = frame.compress(data, block_linked=linked, content_checksum=True, block_checksum=linked, store_size=linked)
        assert lz4.decompress(c, 1 << 30) == (data, False)
        out, exceeded = lz4.decompress(c, 1000)
        assert exceeded and out == data[:1000]
    assert lz4.decompress(LZ4_SEED, 100) == (b"hello world", False)


SEEDS = [C.torch_zip(C.torch_like_data_pkl(True)), C.npy_object(C.evil(2)),
         C.safetensors({"w": ("F32", [2], b"\0" * 8)}),
         C.gguf({"a": "b", "t": ["x", "y"], "tokenizer.chat_template": "{{x}}", "n": 5}), C.onnx_model(["a.bin"], True),
         C.tar_of({"pickle": C.evil(2)}, {"l": "/x"}), C.keras_zip(C.keras_model(C.KERAS3_LAMBDA)), H5_SEED,
         C.legacy_torch(C.torch_like_data_pkl()), LZ4_SEED]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(range(len(SEEDS))), st.lists(st.tuples(st.floats(0, 1), st.binary(min_size=1, max_size=8)),
                                                   max_size=6), st.floats(0.05, 1))
def test_fuzz_format_parsers(seed, edits, keep):
    data = bytearray(SEEDS[seed])
    for where, junk in edits:
        at = int(where * (len(data) - 1))
        data[at : at + len(junk)] = junk
    data = data[: max(1, int(len(data) * keep))]
    r = scan_buffer(bytes(data), "fuzz")
    assert r.verdict.value in ("clean", "suspicious", "malicious", "error")
    r.to_dict()
