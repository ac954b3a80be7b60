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
