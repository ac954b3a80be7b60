from __future__ import annotations

import io
import os
import pickle
import struct
import time
import zipfile

import pytest

from shieldwall.supply import scan_file, scan_model, scan_path
from tests.supply import _corpus as C


def write(tmp_path, name: str, data: bytes):
    p = tmp_path / name
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(data)
    return p


def rules_of(r) -> set[str]:
    return {f.rule for f in r.all_findings()}


# --- PyTorch ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["model.pt", "model.PTH", "model.bin", "weights.txt", "noext", "model.SAFETENSORS"])
def test_torch_zip_malicious_any_name(tmp_path, name):
    r = scan_file(write(tmp_path, name, C.torch_zip(C.torch_like_data_pkl(malicious=True))))
    assert r.format == "pytorch-zip"
    assert r.verdict.value == "malicious"
    member = next(m for m in r.members if m.path == "archive/data.pkl")
    assert member.verdict.value == "malicious"
    f = next(f for f in r.all_findings() if f.rule == "supply.denied_global")
    assert f.via == ("archive/data.pkl",)


def test_torch_zip_benign_and_other_roots(tmp_path):
    for root in ("archive", "my_model", "x/y"):
        r = scan_file(write(tmp_path, f"{root.replace('/', '_')}.pt", C.torch_zip(C.torch_like_data_pkl(), root)))
        assert r.verdict.value == "clean", r.all_findings()
        assert "torch._utils._rebuild_tensor_v2" in r.members[0].globals


def test_torch_zip_uppercase_member_and_extra_pickles(tmp_path):
    data = C.zip_of({"archive/data.pkl": C.torch_like_data_pkl(), "archive/EXTRA.PKL": C.evil(2),
                     "archive/data/1": C.evil(2)})
    r = scan_file(write(tmp_path, "m.pt", data))
    assert r.verdict.value == "malicious"
    assert any(m.path == "archive/EXTRA.PKL" and m.verdict.value == "malicious" for m in r.members)


def test_zip_encrypted_flag_and_bad_crc_still_scanned(tmp_path):
    data = bytearray(C.zip_of({"archive/data.pkl": C.evil(2)}))
    # set the "encrypted" flag bit in the local and the central header, and break the CRC
    lh = data.find(b"PK\x03\x04")
    ch = data.find(b"PK\x01\x02")
    data[lh + 6] |= 1
    data[ch + 8] |= 1
    data[ch + 16] ^= 0xFF
    r = scan_file(write(tmp_path, "enc.pt", bytes(data)))
    assert r.verdict.value == "malicious", r.all_findings()


def test_legacy_torch_format(tmp_path):
    parts = [pickle.dumps(0x1950A86A20F9469CFC6C, protocol=2), pickle.dumps(1001, protocol=2),
             pickle.dumps({"protocol_version": 1001, "little_endian": True}, protocol=2),
             C.torch_like_data_pkl(malicious=True), pickle.dumps(["0"], protocol=2)]
    r = scan_file(write(tmp_path, "legacy.pt", b"".join(parts) + b"\x00" * 64))
    assert r.format == "pytorch-legacy" and r.verdict.value == "malicious"
    clean = [*parts[:3], C.torch_like_data_pkl(), parts[4]]
    assert scan_file(write(tmp_path, "legacy_ok.pt", b"".join(clean) + b"\x01" * 64)).verdict.value == "clean"


def test_legacy_tar_format(tmp_path):
    data = C.tar_of({"sys_info": pickle.dumps({}, protocol=2), "pickle": C.evil(2), "storages": b"\x80\x02K\x00."})
    r = scan_file(write(tmp_path, "old.tar", data))
    assert r.format == "pytorch-legacy-tar" and r.verdict.value == "malicious"


# --- NumPy -----------------------------------------------------------------------------------------


def test_npy_object_array_with_payload(tmp_path):
    r = scan_file(write(tmp_path, "arr.npy", C.npy_object(C.evil(2))))
    assert r.format == "npy-object" and r.verdict.value == "malicious"
    f = next(f for f in r.findings if f.rule == "supply.denied_global")
    assert f.span.start > 64  # offset inside the file, after the NPY header
    r = scan_file(write(tmp_path, "arr.bin", C.npy_object(pickle.dumps(["a", "b"], protocol=2))))
    assert r.verdict.value == "clean"


def test_npz_with_malicious_member(tmp_path):
    data = C.zip_of({"a.npy": C.npy_object(C.evil(3))}, zipfile.ZIP_DEFLATED)
    r = scan_file(write(tmp_path, "x.npz", data))
    assert r.format == "npz" and r.verdict.value == "malicious"


def test_real_numpy_and_joblib_files_are_clean(tmp_path):
    np = pytest.importorskip("numpy")
    joblib = pytest.importorskip("joblib")
    np.save(tmp_path / "a.npy", np.arange(10.0))
    np.save(tmp_path / "o.npy", np.array([{"a": 1}, "x", None], dtype=object), allow_pickle=True)
    np.savez(tmp_path / "z.npz", a=np.arange(3), b=np.ones((2, 2)))
    np.savez_compressed(tmp_path / "zc.npz", a=np.arange(300))
    joblib.dump({"w": np.arange(100.0), "o": np.array(["a", None], dtype=object), "l": [1, 2]}, tmp_path / "m.joblib")
    joblib.dump([np.zeros((3, 3), dtype=np.int32), np.ones(5, dtype=np.float16)], tmp_path / "m2.pkl")
    with open(tmp_path / "p.pkl", "wb") as fh:
        pickle.dump({"arr": np.arange(5), "dt": np.dtype("f4"), "s": np.float64(3)}, fh, protocol=2)
    results = scan_path(tmp_path)
    assert len(results) == 7
    for r in results:
        assert r.verdict.value == "clean", (r.path, r.all_findings())
    assert {r.format for r in results} >= {"npy", "npy-object", "npz", "joblib", "pickle"}


def test_joblib_with_payload_after_array(tmp_path):
    np = pytest.importorskip("numpy")
    joblib = pytest.importorskip("joblib")
    joblib.dump([np.arange(7.0), C.Reduce(os.system, "echo pwned")], tmp_path / "evil.joblib")
    r = scan_file(tmp_path / "evil.joblib")
    assert r.format == "joblib" and r.verdict.value == "malicious"


def test_sklearn_like_pickle_is_clean():
    from shieldwall.supply import scan_buffer

    data = (b"\x80\x02" + C.glob("copyreg", "_reconstructor") + b"(" + C.glob("sklearn.linear_model._base",
            "LinearRegression") + C.glob("builtins", "object") + b"NtR}S'coef_'\nK\x01sb.")
    assert scan_buffer(data, "m.pkl").verdict.value == "clean"


# --- safetensors -----------------------------------------------------------------------------------


def test_safetensors_valid(tmp_path):
    data = C.safetensors({"w": ("F32", [2, 2], struct.pack("<4f", 1, 2, 3, 4)), "b": ("I64", [1], b"\x00" * 8)})
    r = scan_file(write(tmp_path, "m.safetensors", data))
    assert r.format == "safetensors" and r.verdict.value == "clean", r.findings


@pytest.mark.parametrize(
    ("data", "rule"),
    [
        (struct.pack("<Q", 200_000_000) + b"{}", "supply.safetensors_header_bomb"),
        (struct.pack("<Q", 5000) + b'{"a": 1}', "supply.safetensors_invalid"),  # header runs past the end
        (struct.pack("<Q", 8) + b"{not js}", "supply.safetensors_invalid"),
        (C.safetensors({"w": ("F32", [2], b"\x00" * 8)}, {"w": {"dtype": "F32", "shape": [2],
                                                                 "data_offsets": [0, 4096]}}),
         "supply.safetensors_invalid"),  # out of range
        (C.safetensors({"w": ("F32", [2], b"\x00" * 8)}, {"v": {"dtype": "F32", "shape": [1],
                                                                 "data_offsets": [4, 8]}}),
         "supply.safetensors_invalid"),  # overlapping
        (C.safetensors({"w": ("EVIL", [2], b"\x00" * 8)}), "supply.safetensors_invalid"),
        (C.safetensors({"w": ("F32", [3], b"\x00" * 8)}), "supply.safetensors_invalid"),  # size mismatch
    ],
)
def test_safetensors_invalid(tmp_path, data, rule):
    r = scan_file(write(tmp_path, "m.safetensors", data))
    assert r.format == "safetensors"
    assert rule in rules_of(r) and r.verdict.value == "suspicious"


# --- archives ------------------------------------------------------------------------------------------


def test_zip_path_traversal(tmp_path):
    r = scan_file(write(tmp_path, "a.zip", C.zip_of({"../../etc/cron.d/x": b"hi", "ok.txt": b"ok"})))
    assert "supply.archive_path_traversal" in rules_of(r) and r.verdict.value == "malicious"


def test_zip_bomb_declared_size(tmp_path):
    data = bytearray(C.zip_of({"model/data.pkl": C.evil(2)}))
    ch = data.find(b"PK\x01\x02")
    data[ch + 24 : ch + 28] = struct.pack("<I", 0xFFFFFFF0)  # declared uncompressed size ~4 GiB
    r = scan_file(write(tmp_path, "bomb.zip", bytes(data)))
    assert "supply.archive_bomb" in rules_of(r)
    assert r.verdict.value in ("suspicious", "malicious")


def test_zip_bomb_ratio(tmp_path):
    data = C.zip_of({"big.pkl": b"\x00" * (65 << 20)}, zipfile.ZIP_DEFLATED)
    assert len(data) < 1 << 20
    r = scan_file(write(tmp_path, "ratio.zip", data))
    assert "supply.archive_bomb" in rules_of(r)


def test_nested_archives_and_depth_limit(tmp_path):
    inner = C.torch_zip(C.torch_like_data_pkl(malicious=True))
    r = scan_file(write(tmp_path, "outer.zip", C.zip_of({"models/inner.pt": inner})))
    assert r.verdict.value == "malicious"
    assert r.members[0].members[0].path == "archive/data.pkl"
    deep = C.evil(2)
    for i in range(6):
        deep = C.zip_of({f"l{i}.zip": deep})
    r = scan_file(write(tmp_path, "deep.zip", deep))
    assert "supply.archive_nesting" in rules_of(r)


def test_tar_links_and_traversal(tmp_path):
    data = C.tar_of({"../evil.pkl": C.evil(2)}, links={"link": "/etc/passwd"})
    r = scan_file(write(tmp_path, "t.tar", data))
    assert {"supply.archive_path_traversal", "supply.archive_link"} <= rules_of(r)
    assert r.verdict.value == "malicious"


def test_duplicate_zip_members(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z, pytest.warns(UserWarning):
        z.writestr("archive/data.pkl", C.torch_like_data_pkl())
        z.writestr("archive/data.pkl", C.evil(2))
    r = scan_file(write(tmp_path, "dup.pt", buf.getvalue()))
    assert "supply.archive_duplicate_member" in rules_of(r) and r.verdict.value == "malicious"


def test_polyglot_pickle_plus_zip(tmp_path):
    data = C.evil(2) + C.zip_of({"archive/data.pkl": C.torch_like_data_pkl()})
    r = scan_file(write(tmp_path, "poly.pt", data))
    assert "supply.polyglot" in rules_of(r) and r.verdict.value == "malicious"
    data = pickle.dumps({"a": 1}, protocol=2) + C.zip_of({"archive/data.pkl": C.evil(2)})
    r = scan_file(write(tmp_path, "poly2.pt", data))
    assert "supply.polyglot" in rules_of(r) and r.verdict.value == "malicious"


def test_keras_lambda(tmp_path):
    cfg = b'{"class_name": "Sequential", "config": {"layers": [{"class_name": "Lambda", "config": {}}]}}'
    r = scan_file(write(tmp_path, "m.keras", C.zip_of({"config.json": cfg, "metadata.json": b"{}",
                                                       "model.weights.h5": b"\x89HDF\r\n\x1a\n"})))
    assert r.format == "keras" and "supply.keras_lambda" in rules_of(r)


BENIGN_TEMPLATE = (
    "{%- set ns = namespace(found=false) -%}{% for message in messages %}{% if message['role'] == 'system' %}"
    "{{ '<|system|>' + message['content'] }}{% endif %}{% endfor %}{{ raise_exception('x') if false }}"
)
EVIL_TEMPLATE = "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"


def test_gguf_header_and_chat_template(tmp_path):
    ok = C.gguf({"general.architecture": "llama", "tokenizer.ggml.tokens": ["a", "b", "c"],
                 "llama.context_length": 4096, "x.f": 1.5, "tokenizer.chat_template": BENIGN_TEMPLATE})
    r = scan_file(write(tmp_path, "m.gguf", ok))
    assert r.format == "gguf" and r.verdict.value == "clean", r.findings
    evil = C.gguf({"general.architecture": "llama", "tokenizer.chat_template": EVIL_TEMPLATE})
    r = scan_file(write(tmp_path, "evil.gguf", evil))
    assert "supply.gguf_chat_template" in rules_of(r) and r.verdict.value == "malicious"
    bad = b"GGUF" + struct.pack("<IQQ", 99, 2**40, 2) + b"\x00" * 32
    assert "supply.gguf_invalid" in rules_of(scan_file(write(tmp_path, "b.gguf", bad)))
    assert "supply.gguf_invalid" in rules_of(scan_file(write(tmp_path, "t.gguf", ok[:-20])))
    huge = C.gguf({"k": "v"})[:-9] + struct.pack("<Q", 2**60) + b"v"
    assert "supply.gguf_invalid" in rules_of(scan_file(write(tmp_path, "h.gguf", huge)))


# --- bad input -------------------------------------------------------------------------------------------


def test_empty_missing_random_and_text(tmp_path):
    r = scan_file(write(tmp_path, "empty.pt", b""))
    assert r.verdict.value == "error" and r.error == "empty file"
    r = scan_file(tmp_path / "missing.pt")
    assert r.verdict.value == "error" and "No such file" in (r.error or "")
    r = scan_file(write(tmp_path, "rand.pt", os.urandom(1 << 20)))
    assert r.verdict.value in ("clean", "suspicious")  # never an exception
    r = scan_file(write(tmp_path, "README.md", b"copyright\nnotice\nThis is a text file."))
    assert r.verdict.value == "clean" and r.format == "unknown"


def test_enormous_sparse_files_bounded(tmp_path):
    big = tmp_path / "huge.bin"
    with open(big, "wb") as fh:
        fh.seek((4 << 30) - 1)
        fh.write(b"\0")
    pk = tmp_path / "huge.pkl"
    with open(pk, "wb") as fh:
        fh.write(b"\x80\x04\x8e" + (3 << 30).to_bytes(8, "little"))
        fh.seek((3 << 30) + 11)
        fh.write(b"\x85.")
    t = time.perf_counter()
    assert scan_file(big).verdict.value == "clean"
    r = scan_file(pk)
    assert time.perf_counter() - t < 5
    assert r.verdict.value == "clean", r.findings


def test_python_api_flat_findings(tmp_path):
    write(tmp_path, "d/evil.pkl", C.evil(4))
    write(tmp_path, "d/ok.pkl", pickle.dumps([1, 2]))
    fs = scan_model(tmp_path / "d")
    assert fs and all(f.category.value == "malicious_model" for f in fs)


def test_npy_structured_dtype_without_objects_is_clean(tmp_path):
    header = "{'descr': [('Out', '<f4'), ('Obj', '<i4', (2,))], 'fortran_order': False, 'shape': (1,), }"
    header += " " * ((64 - (10 + len(header) + 1) % 64) % 64) + "\n"
    data = b"\x93NUMPY\x01\x00" + struct.pack("<H", len(header)) + header.encode() + b"\x00" * 12
    r = scan_file(write(tmp_path, "s.npy", data))
    assert r.format == "npy" and r.verdict.value == "clean"
    np = pytest.importorskip("numpy")
    np.save(tmp_path / "so.npy", np.array([(1, "x")], dtype=[("a", "<i4"), ("o", "O")]), allow_pickle=True)
    assert scan_file(tmp_path / "so.npy").format == "npy-object"


@pytest.mark.parametrize("method", ["zlib", "gzip", "bz2", "xz", "lzma"])
def test_compressed_joblib(tmp_path, method):
    np = pytest.importorskip("numpy")
    joblib = pytest.importorskip("joblib")
    joblib.dump({"w": np.arange(50.0)}, tmp_path / "ok.joblib", compress=(method, 3))
    r = scan_file(tmp_path / "ok.joblib")
    assert r.format == method and r.verdict.value == "clean", r.all_findings()
    assert r.members[0].format == "joblib"
    joblib.dump([np.arange(5.0), C.Reduce(os.system, "echo pwned")], tmp_path / "evil.joblib", compress=(method, 3))
    assert scan_file(tmp_path / "evil.joblib").verdict.value == "malicious"


def test_tar_gz_and_gzip_bomb(tmp_path):
    import gzip

    tgz = gzip.compress(C.tar_of({"archive/data.pkl": C.evil(2)}))
    r = scan_file(write(tmp_path, "m.tar.gz", tgz))
    assert r.format == "gzip" and r.verdict.value == "malicious"
    assert r.members[0].format == "tar"
    from shieldwall.supply import ScanLimits

    bomb = gzip.compress(b"\x80\x02" + b"N0" * (1 << 20) + b"N.")
    r = scan_file(write(tmp_path, "bomb.gz", bomb), ScanLimits(max_member_read=1 << 16))
    assert "supply.archive_bomb" in rules_of(r)
    r = scan_file(write(tmp_path, "broken.gz", bomb[: len(bomb) // 2] + b"\x00" * 100))
    assert r.verdict.value in ("clean", "suspicious", "malicious")  # never an exception


def test_onnx_external_data(tmp_path):
    r = scan_file(write(tmp_path, "ok.onnx", C.onnx_model(["weights.bin", "sub/./w2.bin", "a/../b.bin"])))
    assert r.format == "onnx" and r.verdict.value == "clean", r.findings
    for i, locs in enumerate((["../../etc/passwd"], ["/etc/shadow"], ["a/../../x"], ["C:\\\\Windows\\\\x"])):
        r = scan_file(write(tmp_path, f"bad{i}.onnx", C.onnx_model(locs)))
        assert r.format == "onnx" and "supply.onnx_external_data" in rules_of(r), locs
        assert r.verdict.value == "malicious"
    r = scan_file(write(tmp_path, "sub.onnx", C.onnx_model(["../secret"], in_subgraph=True)))
    assert "supply.onnx_external_data" in rules_of(r)
    r = scan_file(write(tmp_path, "cut.onnx", C.onnx_model(["w.bin"])[:-7]))
    assert r.verdict.value in ("clean", "suspicious")  # not ONNX any more, or malformed; never an exception


def test_unparsable_hdf5_fails_closed_and_still_finds_lambda(tmp_path):
    sig = b"\x89HDF\r\n\x1a\n" + b"\x00" * 100
    cfg = b'{"class_name": "Sequential", "config": {"layers": [{"class_name": "Lambda", "config": {"function": "x"}}]}}'
    r = scan_file(write(tmp_path, "m.h5", sig + cfg + b"\x00" * 100))
    assert r.format == "keras-h5" and {"supply.keras_lambda", "supply.hdf5_unparsed"} <= rules_of(r)
    assert r.verdict.value == "suspicious"
    ok = sig + b'{"class_name": "Sequential", "config": {"layers": [{"class_name": "Dense"}]}}'
    r = scan_file(write(tmp_path, "ok.h5", ok))
    assert r.verdict.value == "suspicious" and rules_of(r) == {"supply.hdf5_unparsed"}  # not readable: not clean


def test_mutated_files_never_raise():
    import gzip
    import random

    from shieldwall.supply import scan_buffer

    seeds = [C.torch_zip(C.torch_like_data_pkl(True)), C.npy_object(C.evil(2)),
             C.safetensors({"w": ("F32", [2], b"\0" * 8)}),
             C.gguf({"a": "b", "t": ["x", "y"], "tokenizer.chat_template": "{{x}}", "n": 5}),
             C.onnx_model(["a.bin"], True),
             C.tar_of({"pickle": C.evil(2)}, {"l": "/x"}), gzip.compress(C.evil(2)), C.evil(0), C.nested_in_data(),
             C.zip_of({"a.zip": C.zip_of({"b.pkl": C.evil(2)})}, zipfile.ZIP_DEFLATED)]
    rng = random.Random(2026)
    for _ in range(1500):
        s = bytearray(rng.choice(seeds))
        for _ in range(rng.randint(1, 6)):
            op = rng.random()
            if op < 0.5:
                s[rng.randrange(len(s))] = rng.randrange(256)
            elif op < 0.7:
                del s[rng.randrange(len(s)) :]
                s += b"\0"
            elif op < 0.85:
                s[rng.randrange(len(s) + 1) : 0] = rng.randbytes(rng.randint(1, 8))
            else:
                k = rng.randrange(max(1, len(s) - 8))
                s[k : k + 8] = struct.pack("<Q", rng.choice([0, 2**63, 2**32, 7, 2**64 - 1]))
        scan_buffer(bytes(s), "mutant")


def test_onnx_external_data_symlink_leaving_the_folder(tmp_path):
    model = tmp_path / "model"
    model.mkdir()
    (tmp_path / "secret.txt").write_text("s")
    (model / "inside.bin").write_bytes(b"\0" * 16)
    os.symlink("/etc/passwd", model / "weights.bin")
    os.symlink("../secret.txt", model / "w2.bin")
    os.symlink("inside.bin", model / "w3.bin")
    (model / "bad.onnx").write_bytes(C.onnx_model(["weights.bin", "w2.bin"]))
    r = scan_file(model / "bad.onnx")
    msgs = [f.message for f in r.findings if f.rule == "supply.onnx_external_data"]
    assert len(msgs) == 2 and all("link" in m for m in msgs) and r.verdict.value == "malicious"
    (model / "ok.onnx").write_bytes(C.onnx_model(["w3.bin", "inside.bin", "missing.bin"]))
    assert scan_file(model / "ok.onnx").verdict.value == "clean"
    assert scan_buffer_of(C.onnx_model(["weights.bin"])) == "clean"  # bytes without a folder: names only


def scan_buffer_of(data: bytes) -> str:
    from shieldwall.supply import scan_buffer

    return scan_buffer(data, "x.onnx").verdict.value


def test_torch_storage_sizes_checked_against_members(tmp_path):
    r = scan_file(write(tmp_path, "short.pt", C.torch_zip(C.torch_weights_only_corruption("storage"))))
    assert "supply.torch_storage" in rules_of(r) and r.verdict.value == "malicious"
    torch = pytest.importorskip("torch", reason="torch not installed (pip install torch==2.13.0)")
    torch.save({"w": torch.ones(64)}, tmp_path / "real.pt")
    assert scan_file(tmp_path / "real.pt").verdict.value == "clean"
    src = zipfile.ZipFile(tmp_path / "real.pt")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as out:
        for info in src.infolist():
            data = src.read(info)
            out.writestr(info.filename, data[:8] if info.filename.endswith("/data/0") else data)
    r = scan_file(write(tmp_path, "cut.pt", buf.getvalue()))
    f = next(f for f in r.all_findings() if f.rule == "supply.torch_storage")
    assert "declares 64" in f.message and r.verdict.value == "malicious"
    missing = C.zip_of({"archive/data.pkl": C.torch_like_data_pkl()})
    assert "supply.torch_storage" in rules_of(scan_file(write(tmp_path, "nodata.pt", missing)))
