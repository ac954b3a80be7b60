"""Model-file formats, recognised by their content (magic bytes), never by their file name.

``scan_buffer`` looks at a file's bytes (``bytes`` or a read-only ``mmap``: tensors are never read
into memory) and runs every analysis whose signature matches, so a polyglot (a pickle with a zip
appended, say) is analysed as both and reported as a polyglot.

Formats: raw pickle (protocols 0–5, several streams in a row as in the legacy PyTorch format),
joblib (arrays written between pickle opcodes), PyTorch zip checkpoints, NumPy ``.npy``/``.npz``
(object arrays are pickles), safetensors (header validation), zip and tar archives (path
traversal, links, duplicate members, bomb limits, nesting bounded), Keras v3 ``.keras``
(Lambda layers), Keras ``.h5`` (Lambda layers in the config attribute), GGUF (header and metadata;
chat templates that reach Python internals), ONNX (external-data paths that escape the model
folder), and gzip/zlib/bz2/xz/lzma streams (compressed joblib files, ``.tar.gz``).
"""

from __future__ import annotations

import ast
import bz2
import dataclasses
import io
import json
import lzma
import math
import os
import re
import struct
import tarfile
import zipfile
import zlib
from dataclasses import dataclass
from typing import Any

from shieldwall.core.types import Category, Finding, Span
from shieldwall.supply import hdf5, keras, lz4
from shieldwall.supply.pickle_vm import (
    OPAQUE,
    SCANNER,
    VALID_OPCODES,
    Buffer,
    Call,
    Global,
    Limits,
    PickleMachine,
    SymDict,
    looks_like_pickle_start,
    scan_pickle,
)
from shieldwall.supply.results import FileResult


@dataclass(frozen=True, slots=True)
class ScanLimits:
    """Bounds for one file, its archive members and nested archives."""

    pickle: Limits = dataclasses.field(default_factory=Limits)
    max_archive_depth: int = 3
    max_members: int = 100_000
    max_member_read: int = 512 << 20  # a member larger than this (declared or real) is not read
    max_archive_read: int = 2 << 30  # total bytes decompressed per top-level file
    max_ratio: int = 200  # declared size / compressed size above this, and > 64 MiB: a bomb
    max_safetensors_header: int = 100_000_000  # the safetensors library's own limit
    max_npy_header: int = 1 << 20
    max_streams: int = 32  # consecutive pickles in one file (legacy torch writes 5)


def _f(rule: str, score: float, message: str, offset: int = 0, via: tuple[str, ...] = ()) -> Finding:
    return Finding(
        scanner=SCANNER,
        rule=rule,
        category=Category.MALICIOUS_MODEL,
        score=score,
        message=message,
        span=Span(offset, offset + 1),
        via=via,
    )


class _Budget:
    def __init__(self, total: int) -> None:
        self.left = total


# --- pickles ---------------------------------------------------------------------------------------

_NPY_TYPES = {"b": 1, "i": 0, "u": 0, "f": 0, "c": 0, "S": 1, "U": 4, "V": 1, "?": 1, "M": 0, "m": 0}


def _itemsize(descr: str) -> int | None:
    """Item size of a numpy type string like ``<f8``, ``|u1``, ``<U5``; ``None`` for object/unknown."""
    m = re.fullmatch(r"[<>|=]?([biufcSUVMm?])(\d*)(?:\[\w+\])?", descr)
    if not m:
        return None
    kind, n = m.group(1), m.group(2)
    if kind == "?":
        return 1
    if kind == "b" and not n:
        return 1
    if not n:
        return None
    return int(n) * (4 if kind == "U" else 1)


def _joblib_hook(m: PickleMachine, obj: Call) -> int | None:
    """joblib writes array data right after a ``NumpyArrayWrapper``'s BUILD: step over it."""
    func = obj.func
    if not (isinstance(func, Global) and func.module == "joblib.numpy_pickle" and func.name == "NumpyArrayWrapper"):
        return None
    state = obj.state
    if not isinstance(state, SymDict):
        return None
    st = {k: v for k, v in state.items if isinstance(k, str)}
    shape, dtype = st.get("shape"), st.get("dtype")
    descr: Any = None
    if isinstance(dtype, Call) and isinstance(dtype.args, tuple) and dtype.args:
        descr = dtype.args[0]
    if descr in ("O", "O8", "O4", "|O"):
        inner = scan_pickle(m.data, m.pos, end=m.end, base=m.base, limits=m.limits, via=m.via)
        m.findings.extend(inner.findings)
        for g in inner.globals:
            m.globals.setdefault(g, None)
        return inner.end - m.pos
    if not isinstance(shape, tuple) or not all(isinstance(d, int) and d >= 0 for d in shape):
        m.report("supply.malformed_pickle", 0.5, "joblib array wrapper without a readable shape", m.pos)
        return None
    size = _itemsize(descr) if isinstance(descr, str) else None
    if size is None:
        m.report("supply.malformed_pickle", 0.5, "joblib array wrapper with an unknown dtype", m.pos)
        return None
    skip = math.prod(shape) * size
    if "numpy_array_alignment_bytes" in st and st["numpy_array_alignment_bytes"] is not None:
        if m.pos >= m.end:
            return None
        pad = m.data[m.pos]
        skip += 1 + pad
    return skip


def scan_pickles(
    buf: Buffer, lim: ScanLimits, *, strong: bool, storages: list[tuple[str, str, int, int]] | None = None
) -> tuple[list[Finding], list[str], int, bool] | None:
    """Scan consecutive pickle streams. Returns None when the bytes are not a pickle at all.

    ``storages``: filled with the torch storages the streams name (see ``PickleReport.storages``).
    """
    findings: list[Finding] = []
    globs: list[str] = []
    pos, streams, complete = 0, 0, False
    while streams < lim.max_streams:
        r = scan_pickle(buf, pos, limits=lim.pickle, on_build=_joblib_hook)
        weak = not (strong and streams == 0) and not r.complete and not r.calls
        if weak and not any(f.score >= 0.9 for f in r.findings):
            if streams == 0:
                return None  # a text file that happens to start with a pickle opcode (a loader would call nothing)
            break  # the bytes after the last pickle are data (legacy torch storages), not another pickle
        findings.extend(r.findings)
        globs.extend(g for g in r.globals if g not in globs)
        if storages is not None:
            storages.extend(r.storages)
        streams += 1
        complete = r.complete
        pos = r.end
        # the next stream may be any protocol: legacy torch.load reads five pickles in a row, whatever they start with
        if not r.complete or pos >= len(buf) or buf[pos] not in VALID_OPCODES:
            break
    return findings, globs, streams, complete


# --- numpy -----------------------------------------------------------------------------------------


def _scan_npy(buf: Buffer, lim: ScanLimits, res: FileResult) -> None:
    major = buf[6] if len(buf) > 6 else 0
    if len(buf) < 10 or major not in (1, 2, 3):
        res.findings.append(_f("supply.npy_malformed", 0.5, f"NPY header version {major} is not 1, 2 or 3", 6))
        return
    if major == 1:
        hlen, start = struct.unpack("<H", buf[8:10])[0], 10
    else:
        if len(buf) < 12:
            res.findings.append(_f("supply.truncated", 0.5, "NPY header truncated", 8))
            return
        hlen, start = struct.unpack("<I", buf[8:12])[0], 12
    if hlen > lim.max_npy_header or start + hlen > len(buf):
        res.findings.append(_f("supply.npy_malformed", 0.5, f"NPY header length {hlen} out of range", 8))
        return
    text = bytes(buf[start : start + hlen]).decode("latin-1")
    try:
        header = ast.literal_eval(text)  # a literal only: no names, no calls
    except Exception:  # SyntaxError, ValueError, RecursionError, MemoryError on hostile headers
        header = None
    if not isinstance(header, dict) or "descr" not in header:
        res.findings.append(_f("supply.npy_malformed", 0.5, "NPY header is not a dict with 'descr'", start))
        return
    if _has_object(header["descr"]):
        res.format = "npy-object"
        out = scan_pickles(buf[start + hlen :] if isinstance(buf, bytes) else _Window(buf, start + hlen), lim,
                           strong=True)
        if out is not None:
            fs, globs, _, _ = out
            res.findings.extend(dataclasses.replace(f, span=_shift(f.span, start + hlen)) for f in fs)
            res.globals.extend(globs)


def _has_object(descr: Any, depth: int = 0) -> bool:
    """Whether a numpy ``descr`` (type string or list of fields) holds Python objects."""
    if isinstance(descr, str):
        return descr.lstrip("<>|=").startswith("O")
    if isinstance(descr, (list, tuple)) and depth < 32:
        return any(_has_object(x, depth + 1) for x in (descr[1:] if isinstance(descr, tuple) else descr))
    return False


def _shift(span: Span | None, by: int) -> Span | None:
    return Span(span.start + by, span.end + by) if span is not None else None


class _Window:
    """A read-only view of ``buf[start:]`` with the Buffer interface (no copy of an mmap)."""

    def __init__(self, buf: Buffer, start: int) -> None:
        self.buf, self.start = buf, start

    def __len__(self) -> int:
        return len(self.buf) - self.start

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, slice):
            a = self.start + (key.start or 0)
            b = self.start + (key.stop if key.stop is not None else len(self))
            return self.buf[a:b]
        return self.buf[self.start + key]

    def find(self, sub: bytes, start: int = 0, end: int | None = None) -> int:
        e = len(self.buf) if end is None else self.start + end
        i = self.buf.find(sub, self.start + start, e)
        return i - self.start if i >= 0 else -1


# --- safetensors -----------------------------------------------------------------------------------

_ST_DTYPES = {
    "BOOL": 1, "U8": 1, "I8": 1, "F8_E5M2": 1, "F8_E4M3": 1, "F8_E8M0": 1, "I16": 2, "U16": 2, "F16": 2,
    "BF16": 2, "I32": 4, "U32": 4, "F32": 4, "I64": 8, "U64": 8, "F64": 8, "C64": 8, "F4": 0, "F6_E2M3": 0,
    "F6_E3M2": 0,
}


def _is_safetensors(buf: Buffer) -> bool:
    return len(buf) >= 10 and buf[8:9] == b"{" and buf[4:8] == b"\x00\x00\x00\x00"


def _scan_safetensors(buf: Buffer, lim: ScanLimits, res: FileResult) -> None:
    bad = res.findings
    n = struct.unpack("<Q", buf[:8])[0]
    if n > lim.max_safetensors_header:
        bad.append(_f("supply.safetensors_header_bomb", 0.7, f"header length {n} over {lim.max_safetensors_header}"))
        return
    if 8 + n > len(buf):
        bad.append(_f("supply.safetensors_invalid", 0.6, f"header length {n} runs past the end of the file"))
        return
    try:
        header = json.loads(bytes(buf[8 : 8 + n]))
    except (ValueError, RecursionError):
        bad.append(_f("supply.safetensors_invalid", 0.6, "header is not valid JSON", 8))
        return
    if not isinstance(header, dict):
        bad.append(_f("supply.safetensors_invalid", 0.6, "header is not a JSON object", 8))
        return
    data_len = len(buf) - 8 - n
    spans: list[tuple[int, int, str]] = []
    for name, t in header.items():
        label = str(name)[:80]
        if name == "__metadata__":
            if not isinstance(t, dict) or not all(isinstance(v, str) for v in t.values()):
                bad.append(_f("supply.safetensors_invalid", 0.6, "__metadata__ must map strings to strings", 8))
            continue
        if not isinstance(t, dict) or set(t) - {"dtype", "shape", "data_offsets"}:
            bad.append(_f("supply.safetensors_invalid", 0.6, f"tensor {label!r}: malformed entry", 8))
            continue
        dtype, shape, offs = t.get("dtype"), t.get("shape"), t.get("data_offsets")
        if dtype not in _ST_DTYPES:
            bad.append(_f("supply.safetensors_invalid", 0.6, f"tensor {label!r}: unknown dtype {str(dtype)[:20]!r}", 8))
            continue
        if not isinstance(shape, list) or not all(isinstance(d, int) and d >= 0 for d in shape):
            bad.append(_f("supply.safetensors_invalid", 0.6, f"tensor {label!r}: invalid shape", 8))
            continue
        if (
            not isinstance(offs, list)
            or len(offs) != 2
            or not all(isinstance(o, int) for o in offs)
            or not 0 <= offs[0] <= offs[1] <= data_len
        ):
            bad.append(_f("supply.safetensors_invalid", 0.6, f"tensor {label!r}: data offsets out of range", 8))
            continue
        size = _ST_DTYPES[dtype]
        if size and math.prod(shape) * size != offs[1] - offs[0]:
            bad.append(_f("supply.safetensors_invalid", 0.6, f"tensor {label!r}: size does not match shape×dtype", 8))
        spans.append((offs[0], offs[1], label))
    spans.sort()
    end = 0
    for a, b, label in spans:
        if a < end:
            bad.append(_f("supply.safetensors_invalid", 0.6, f"tensor {label!r}: data overlaps another tensor", 8))
        elif a > end:
            bad.append(_f("supply.safetensors_invalid", 0.6, f"tensor {label!r}: gap before its data", 8))
        end = max(end, b)
    if spans and end != data_len:
        bad.append(_f("supply.safetensors_invalid", 0.6, f"{data_len - end} bytes after the last tensor", 8 + n))


# --- GGUF ------------------------------------------------------------------------------------------


_GGUF_FIXED = {0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1, 10: 8, 11: 8, 12: 8}
# Jinja constructs that reach Python objects from a chat template (CVE-2024-34359 and its kin)
_SSTI = re.compile(
    r"__(?:class|globals|builtins|import|subclasses|init|mro|base|bases|getattribute|dict|code|func)__"
    r"|\b(?:os|subprocess|popen|eval|exec|importlib)\s*[.(]"
    r"|\|\s*attr\s*\(|\[\s*['\"]__",
    re.I,
)


class _GGUFError(Exception):
    pass


def _scan_gguf(buf: Buffer, res: FileResult) -> None:
    if len(buf) < 24:
        res.findings.append(_f("supply.gguf_invalid", 0.5, "GGUF header truncated", 0))
        return
    version = struct.unpack("<I", buf[4:8])[0]
    if version == 1:
        tensors, kvs = struct.unpack("<II", buf[8:16])
        pos, width = 16, 4
    else:
        tensors, kvs = struct.unpack("<QQ", buf[8:24])
        pos, width = 24, 8
    if version not in (1, 2, 3):
        res.findings.append(_f("supply.gguf_invalid", 0.5, f"GGUF version {version} unknown", 4))
        return
    if tensors > 10_000_000 or kvs > 1_000_000:
        msg = f"GGUF counts out of range ({tensors} tensors, {kvs} keys)"
        res.findings.append(_f("supply.gguf_invalid", 0.5, msg, 8))
        return
    n = len(buf)

    def u(fmt: str, size: int) -> int:
        nonlocal pos
        if pos + size > n:
            raise _GGUFError("metadata runs past the end of the file")
        v: int = struct.unpack(fmt, buf[pos : pos + size])[0]
        pos += size
        return v

    def string(keep: bool) -> str | None:
        nonlocal pos
        length = u("<Q" if width == 8 else "<I", width)
        if pos + length > n:
            raise _GGUFError(f"string of {length} bytes runs past the end of the file")
        start = pos
        pos += length
        if keep and length <= 16 << 20:
            return bytes(buf[start:pos]).decode("utf-8", "replace")
        return None

    def skip_value(vtype: int, depth: int = 0) -> None:
        nonlocal pos
        if vtype in _GGUF_FIXED:
            pos += _GGUF_FIXED[vtype]
            if pos > n:
                raise _GGUFError("value runs past the end of the file")
        elif vtype == 8:
            string(False)
        elif vtype == 9 and depth < 2:
            itype = u("<I", 4)
            count = u("<Q" if width == 8 else "<I", width)
            if itype in _GGUF_FIXED:
                pos += _GGUF_FIXED[itype] * count
                if pos > n:
                    raise _GGUFError("array runs past the end of the file")
            else:
                if count > n:
                    raise _GGUFError(f"array of {count} items is larger than the file")
                for _ in range(count):
                    skip_value(itype, depth + 1)
        else:
            raise _GGUFError(f"unknown value type {vtype}")

    try:
        for _ in range(kvs):
            key_at = pos
            key = string(True) or ""
            vtype = u("<I", 4)
            if vtype == 8 and "chat_template" in key:
                value = string(True) or ""
                if _SSTI.search(value):
                    res.findings.append(_f(
                        "supply.gguf_chat_template", 0.95,
                        f"chat template {key[:80]!r} reaches Python internals (template injection)", key_at,
                    ))
            else:
                skip_value(vtype)
    except _GGUFError as exc:
        res.findings.append(_f("supply.gguf_invalid", 0.5, f"GGUF metadata: {exc}", pos))


# --- ONNX ------------------------------------------------------------------------------------------


class _PBError(Exception):
    pass


def _pb_fields(buf: Buffer, start: int, end: int, budget: list[int]) -> list[tuple[int, int, int, int]]:
    """Fields of one protobuf message in ``buf[start:end]``: (number, wire type, value or offset, end)."""
    out: list[tuple[int, int, int, int]] = []
    pos = start

    def varint() -> int:
        nonlocal pos
        shift = result = 0
        while True:
            if pos >= end or shift > 63:
                raise _PBError("bad varint")
            b: int = buf[pos]
            pos += 1
            result |= (b & 0x7F) << shift
            if b < 0x80:
                return result
            shift += 7

    while pos < end:
        budget[0] -= 1
        if budget[0] < 0:
            raise _PBError("too many fields")
        key = varint()
        num, wt = key >> 3, key & 7
        if wt == 0:
            out.append((num, wt, varint(), pos))
        elif wt == 1 or wt == 5:
            pos += 8 if wt == 1 else 4
            out.append((num, wt, 0, pos))
        elif wt == 2:
            n = varint()
            if pos + n > end:
                raise _PBError("field runs past its message")
            out.append((num, wt, pos, pos + n))
            pos += n
        else:
            raise _PBError(f"wire type {wt}")
    if pos != end:
        raise _PBError("message runs past its end")
    return out


def _looks_like_onnx(head: bytes) -> bool:
    return len(head) >= 3 and head[0] == 0x08 and 1 <= head[1] <= 30 and head[2] in b"\x12\x1a\x22\x28\x32\x3a\x42\x72"


def _onnx_location_escapes(loc: str) -> bool:
    n = loc.replace("\\", "/")
    if "\x00" in n or n.startswith("/") or re.match(r"^[A-Za-z]:", n) or n.startswith("~"):
        return True
    depth = 0
    for part in n.split("/"):
        if part == "..":
            depth -= 1
            if depth < 0:
                return True
        elif part not in ("", "."):
            depth += 1
    return False


def _resolves_outside(model_dir: str, loc: str) -> bool:
    """Whether ``loc`` under the model's folder on disk resolves (through symlinks) outside it."""
    root = os.path.realpath(model_dir)
    target = os.path.realpath(os.path.join(root, loc.replace("\\", "/")))
    try:
        return os.path.commonpath([root, target]) != root
    except ValueError:
        return True


def _scan_onnx(buf: Buffer, res: FileResult, model_dir: str | None = None) -> bool:
    """Walk graphs (and subgraphs) for tensors with external data; False when this is not ONNX.

    ``model_dir``: the folder of the file on disk, when scanning a file (not an archive member):
    locations are then also resolved there, so a symlink that leaves the folder is caught.
    """
    budget = [10_000_000]
    try:
        top = _pb_fields(buf, 0, len(buf), budget)
    except _PBError:
        return False
    graphs = [(a, b) for num, wt, a, b in top if num == 7 and wt == 2]
    if not graphs:
        return False
    res.format = "onnx"
    seen = 0
    try:
        while graphs and seen < 100_000:
            g0, g1 = graphs.pop()
            seen += 1
            tensors: list[tuple[int, int]] = []
            for num, wt, a, b in _pb_fields(buf, g0, g1, budget):
                if wt != 2:
                    continue
                if num == 5:  # initializer
                    tensors.append((a, b))
                elif num == 15:  # sparse_initializer: values, indices
                    tensors.extend((x, y) for n2, w2, x, y in _pb_fields(buf, a, b, budget) if n2 in (1, 2) and w2 == 2)
                elif num == 1:  # node -> attribute -> t / g / tensors / graphs
                    for n2, w2, x, y in _pb_fields(buf, a, b, budget):
                        if n2 == 5 and w2 == 2:
                            for n3, w3, p, q in _pb_fields(buf, x, y, budget):
                                if w3 == 2 and n3 in (5, 10):
                                    tensors.append((p, q))
                                elif w3 == 2 and n3 in (6, 11):
                                    graphs.append((p, q))
            for t0, t1 in tensors:
                for num, wt, a, b in _pb_fields(buf, t0, t1, budget):
                    if num != 13 or wt != 2:
                        continue
                    entry = {n2: bytes(buf[x:y]) for n2, w2, x, y in _pb_fields(buf, a, b, budget) if w2 == 2}
                    if entry.get(1) == b"location":
                        loc = entry.get(2, b"").decode("utf-8", "replace")
                        if _onnx_location_escapes(loc):
                            res.findings.append(_f(
                                "supply.onnx_external_data", 0.9,
                                f"external data location {loc[:120]!r} escapes the model folder", a,
                            ))
                        elif model_dir is not None and _resolves_outside(model_dir, loc):
                            res.findings.append(_f(
                                "supply.onnx_external_data", 0.9,
                                f"external data location {loc[:120]!r} is a link that leaves the model folder", a,
                            ))
    except _PBError as exc:
        res.findings.append(_f("supply.onnx_malformed", 0.5, f"ONNX protobuf unreadable: {exc}"))
    return True


# --- archives --------------------------------------------------------------------------------------

_SCAN_NAMES = re.compile(r"\.(pkl|pickle|joblib|npy|npz|pt|pth|bin|ckpt|zip|tar|safetensors|keras|data|dat)$", re.I)
_TENSOR_DATA = re.compile(r"(^|/)data/\d+$|(^|/)\.data/|(^|/)byteorder$|(^|/)version$")


def _bad_name(name: str) -> bool:
    n = name.replace("\\", "/")
    return n.startswith("/") or bool(re.match(r"^[A-Za-z]:", n)) or ".." in n.split("/")


def _sniff_member(name: str, head: bytes) -> bool:
    if _SCAN_NAMES.search(name):
        return True
    if _TENSOR_DATA.search(name):
        return False
    return (
        looks_like_pickle_start(head)
        or head.startswith((b"PK\x03\x04", b"\x93NUMPY", b"GGUF", b"\x89HDF\r\n\x1a\n"))
        or _compression(head) in ("gzip", "bz2", "xz", "lz4")  # not zlib: two bytes are too weak a signature
        or (len(head) >= 10 and head[8:9] == b"{" and head[4:8] == b"\x00" * 4)
    )


_ARCHIVE_ERRORS = (
    ValueError, IndexError, KeyError, OSError, EOFError, RuntimeError, NotImplementedError, struct.error,
    zipfile.BadZipFile, tarfile.TarError, zlib.error, lzma.LZMAError,
)


def _read_stored_raw(fp: Any, info: zipfile.ZipInfo) -> bytes | None:
    """The data of a STORED member, read straight from its local header (as torch's reader does)."""
    if info.compress_type != zipfile.ZIP_STORED or info.header_offset < 0:
        return None
    try:
        fp.seek(info.header_offset)
        h = fp.read(30)
        if len(h) < 30 or h[:4] != b"PK\x03\x04":
            return None
        nlen, xlen = struct.unpack("<HH", h[26:30])
        fp.seek(info.header_offset + 30 + nlen + xlen)
        data: bytes = fp.read(info.compress_size)
    except (OSError, ValueError):
        return None
    return data


class _BufferFile(io.RawIOBase):
    """A read-only, seekable file over a Buffer (an ``mmap`` lacks ``seekable`` before Python 3.13)."""

    def __init__(self, buf: Buffer) -> None:
        self._buf, self._pos = buf, 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = 0) -> int:
        base = {0: 0, 1: self._pos, 2: len(self._buf)}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def read(self, n: int | None = -1) -> bytes:
        end = len(self._buf) if n is None or n < 0 else min(len(self._buf), self._pos + n)
        data = bytes(self._buf[self._pos : end]) if end > self._pos else b""
        self._pos += len(data)
        return data

    def readinto(self, b: Any) -> int:
        data = self.read(len(b))
        b[: len(data)] = data
        return len(data)


def _file(buf: Buffer) -> Any:
    return io.BytesIO(buf) if isinstance(buf, bytes) else _BufferFile(buf)


def _scan_zip(buf: Buffer, lim: ScanLimits, res: FileResult, depth: int, budget: _Budget) -> None:
    fp = _file(buf)
    try:
        zf = zipfile.ZipFile(fp)
    except _ARCHIVE_ERRORS as exc:
        res.findings.append(_f("supply.archive_malformed", 0.5, f"zip directory unreadable: {str(exc)[:100]}"))
        return
    infos = zf.infolist()
    names = [i.filename for i in infos]
    if any(n.endswith("data.pkl") for n in names):
        res.format = "pytorch-zip"
        if any(n.endswith("constants.pkl") or "/code/__torch__/" in n for n in names):
            res.format = "torchscript"  # torch.jit.save: classes resolved by TorchScript, not imported
            lim = dataclasses.replace(lim, pickle=dataclasses.replace(lim.pickle, torchscript=True))
    elif "config.json" in names and _keras_config(zf):
        res.format = "keras"  # Keras reads config.json first: no other member is needed for it to run
    elif names and all(n.endswith(".npy") for n in names):
        res.format = "npz"
    else:
        res.format = "zip"
    if len(infos) > lim.max_members:
        res.findings.append(_f("supply.archive_bomb", 0.7, f"{len(infos)} members (limit {lim.max_members})"))
        infos = infos[: lim.max_members]
    seen: set[str] = set()
    for info in infos:
        try:
            _zip_member(zf, fp, info, seen, lim, res, depth, budget)
        except _StopArchive:
            break
        except _ARCHIVE_ERRORS:
            res.findings.append(_f("supply.archive_malformed", 0.5, f"member {info.filename[:120]!r} unreadable"))
    if res.format == "keras":
        _scan_keras(zf, res)
    elif res.format in ("pytorch-zip", "torchscript"):
        _check_storages(zf, res)


_STORAGE_ITEMSIZE = {
    "FloatStorage": 4, "DoubleStorage": 8, "HalfStorage": 2, "BFloat16Storage": 2, "LongStorage": 8,
    "IntStorage": 4, "ShortStorage": 2, "CharStorage": 1, "ByteStorage": 1, "BoolStorage": 1,
    "ComplexFloatStorage": 8, "ComplexDoubleStorage": 16, "QUInt8Storage": 1, "QInt8Storage": 1,
    "QInt32Storage": 4, "QUInt4x2Storage": 1, "QUInt2x4Storage": 1, "UntypedStorage": 1,
}


def _check_storages(zf: zipfile.ZipFile, res: FileResult) -> None:
    """Every storage ``data.pkl`` names must be a member holding at least numel × itemsize bytes: torch's
    ``weights_only`` loader read out of bounds on a shorter one (CVE-2026-24747)."""
    sizes = {i.filename: i.file_size for i in zf.infolist()}
    for m in res.members:
        if not m.path.endswith("data.pkl") or not m.storages:
            continue
        root = m.path[: -len("data.pkl")]
        for key, kind, numel, at in m.storages[:100_000]:
            member = f"{root}data/{key}"
            need = numel * _STORAGE_ITEMSIZE.get(kind, 0)
            have = sizes.get(member)
            if have is None:
                m.findings.append(_f("supply.torch_storage", 0.5, f"storage {key[:40]!r} has no member {member[:80]!r}",
                                     at, (m.path,)))
            elif have < need:
                msg = f"storage {key[:40]!r} declares {numel} × {kind} ({need} bytes) but {member[:80]!r} holds {have}"
                m.findings.append(_f("supply.torch_storage", 0.9, msg, at, (m.path,)))


class _StopArchive(Exception):
    pass


def _zip_member(
    zf: zipfile.ZipFile, fp: Any, info: zipfile.ZipInfo, seen: set[str], lim: ScanLimits, res: FileResult, depth: int,
    budget: _Budget,
) -> None:
    name = info.filename
    if _bad_name(name):
        res.findings.append(_f("supply.archive_path_traversal", 0.9, f"member {name[:120]!r} escapes the folder"))
    if name in seen:
        res.findings.append(
            _f("supply.archive_duplicate_member", 0.7, f"member {name[:120]!r} appears twice (loaders differ)")
        )
    seen.add(name)
    if not name or name.endswith("/"):
        return
    declared = info.file_size
    ratio = declared / max(info.compress_size, 1)
    if declared > lim.max_member_read or (declared > 64 << 20 and ratio > lim.max_ratio):
        if _sniff_member(name, b""):
            msg = f"member {name[:120]!r} declares {declared} bytes (ratio {ratio:.0f}); not read"
            res.findings.append(_f("supply.archive_bomb", 0.7, msg))
        return
    if _TENSOR_DATA.search(name) and not _SCAN_NAMES.search(name):
        return  # tensor bytes (and torch's bookkeeping members): never opened, whatever they hold
    try:
        with zf.open(info) as mf:
            head = mf.read(16)
    except _ARCHIVE_ERRORS:
        head = (_read_stored_raw(fp, info) or b"")[:16]
        if info.flag_bits & 0x1:
            res.findings.append(_f("supply.archive_encrypted", 0.5, f"member {name[:120]!r} flagged encrypted"))
    if not _sniff_member(name, head):
        return
    if budget.left < declared:
        res.findings.append(_f("supply.archive_bomb", 0.7, "archive decompresses to more than the read budget"))
        raise _StopArchive
    data: bytes | None
    try:
        with zf.open(info) as mf:
            data = mf.read(lim.max_member_read + 1)
    except _ARCHIVE_ERRORS:
        data = _read_stored_raw(fp, info)  # encrypted flag or bad CRC: torch reads it anyway
    if data is None:
        res.findings.append(_f("supply.archive_malformed", 0.5, f"member {name[:120]!r} unreadable"))
        return
    budget.left -= len(data)
    if len(data) > lim.max_member_read:
        res.findings.append(_f("supply.archive_bomb", 0.7, f"member {name[:120]!r} larger than declared"))
        return
    res.members.append(_scan_member(data, name, lim, depth, budget))


def _scan_hdf5(buf: Buffer, res: FileResult) -> None:
    """Keras ``.h5``: read the root group's ``model_config``/``training_config`` attributes and walk them."""
    try:
        attrs = hdf5.root_attributes(buf)
    except hdf5.HDF5Error as exc:
        res.findings.append(_f("supply.hdf5_unparsed", 0.5, f"HDF5 structure not read: {str(exc)[:160]}"))
        _scan_hdf5_bytes(buf, res)  # still look for a Lambda layer in the raw bytes
        return
    configs = [a for a in attrs if a.name in ("model_config", "training_config")]
    if not configs and not any(a.name == "keras_version" for a in attrs):
        res.findings.append(_f("supply.not_analyzed", 0.3, "HDF5 file without a Keras model config: not analysed"))
        return
    res.format = "keras-h5"
    for a in configs:
        text = hdf5.as_text(a.value)
        cfg = keras.parse(text) if text is not None else None
        if cfg is None:
            res.findings.append(_f("supply.keras_unsafe_config", 0.5, f"{a.name} attribute is not JSON", a.offset))
            continue
        if a.value_offset >= 0 and isinstance(a.value, bytes):
            res.findings.extend(keras.findings_at(cfg, _f, a.value_offset, (a.name,), a.value))
        else:
            res.findings.extend(keras.findings_at(cfg, _f, a.offset, (a.name,)))


def _scan_hdf5_bytes(buf: Buffer, res: FileResult) -> None:
    at = -1
    for p in (b'"Lambda"', b"__lambda__"):
        hit = buf.find(p)
        if hit >= 0 and (at < 0 or hit < at):
            at = hit
    if at >= 0:
        res.format = "keras-h5"
        res.findings.append(_f("supply.keras_lambda", 0.7, "Keras Lambda layer: runs Python code when loaded", at))


def _keras_config(zf: zipfile.ZipFile) -> bool:
    try:
        info = zf.getinfo("config.json")
        if info.file_size > 64 << 20:
            return True  # reported by _scan_keras
        with zf.open(info) as fh:
            head = fh.read(4096)
    except _ARCHIVE_ERRORS:
        return False
    return b'"class_name"' in head or (head.lstrip()[:1] == b"{" and b"class_name" in zf.read(info))


def _scan_keras(zf: zipfile.ZipFile, res: FileResult) -> None:
    """``.keras``: ``config.json`` holds the model config."""
    try:
        info = zf.getinfo("config.json")
        if info.file_size > 64 << 20:
            res.findings.append(_f("supply.archive_bomb", 0.7, "config.json larger than 64 MiB: not read"))
            return
        raw = zf.read(info)
    except _ARCHIVE_ERRORS:
        res.findings.append(_f("supply.archive_malformed", 0.5, "config.json unreadable"))
        return
    cfg = keras.parse(raw)
    if cfg is None:
        res.findings.append(_f("supply.keras_unsafe_config", 0.5, "config.json is not JSON", 0, ("config.json",)))
        return
    res.findings.extend(keras.findings_at(cfg, _f, 0, ("config.json",), raw))


def _scan_tar(buf: Buffer, lim: ScanLimits, res: FileResult, depth: int, budget: _Budget) -> None:
    fp = _file(buf)
    try:
        tf = tarfile.open(fileobj=fp, mode="r:")  # noqa: SIM115 - closed with the buffer
    except _ARCHIVE_ERRORS as exc:
        res.findings.append(_f("supply.archive_malformed", 0.5, f"tar unreadable: {str(exc)[:100]}"))
        return
    count = 0
    try:
        for ti in tf:
            count += 1
            if count > lim.max_members:
                res.findings.append(_f("supply.archive_bomb", 0.7, f"more than {lim.max_members} members"))
                break
            name = ti.name
            if _bad_name(name):
                msg = f"member {name[:120]!r} escapes the folder"
                res.findings.append(_f("supply.archive_path_traversal", 0.9, msg))
            if ti.issym() or ti.islnk():
                target = ti.linkname
                score = 0.9 if _bad_name(target) else 0.6
                res.findings.append(_f("supply.archive_link", score, f"member {name[:120]!r} is a link"))
                continue
            if not ti.isfile():
                continue
            if name in ("pickle", "sys_info", "storages", "tensors"):
                res.format = "pytorch-legacy-tar"
            if ti.size > lim.max_member_read or ti.size > budget.left:
                res.findings.append(_f("supply.archive_bomb", 0.7, f"member {name[:120]!r}: {ti.size} bytes, not read"))
                continue
            ef = tf.extractfile(ti)
            if ef is None:
                continue
            data = ef.read(lim.max_member_read + 1)
            budget.left -= len(data)
            res.members.append(_scan_member(data, name, lim, depth, budget))
    except _ARCHIVE_ERRORS as exc:
        res.findings.append(_f("supply.archive_malformed", 0.5, f"tar unreadable: {str(exc)[:100]}"))


def _scan_member(data: bytes | bytearray, name: str, lim: ScanLimits, depth: int, budget: _Budget) -> FileResult:
    r = scan_buffer(data, name, lim, depth=depth + 1, budget=budget, member=True)
    r.findings = [dataclasses.replace(f, via=(name, *f.via)) for f in r.findings]
    return r


# --- dispatch --------------------------------------------------------------------------------------


def _compression(head: bytes) -> str | None:
    if head.startswith(b"\x1f\x8b"):
        return "gzip"
    if head[:1] == b"\x78" and len(head) > 1 and (head[0] * 256 + head[1]) % 31 == 0:
        return "zlib"
    if head.startswith(b"BZh") and head[3:4].isdigit():
        return "bz2"
    if head.startswith(b"\xfd7zXZ\x00"):
        return "xz"
    if head.startswith(lz4.MAGIC):
        return "lz4"
    if head.startswith(b"]\x00\x00") and len(head) >= 13:
        return "lzma"
    return None


_PIECE = 16 << 20


def _decompress(buf: Buffer, kind: str, limit: int) -> tuple[bytes | bytearray, bool]:
    """Decompress at most ``limit`` bytes (plus one, to notice a bomb); returns (data, exceeded)."""
    if kind == "lz4":
        return lz4.decompress(buf, limit)
    d: Any
    if kind in ("gzip", "zlib"):
        d = zlib.decompressobj(47)  # gzip or zlib header
    elif kind == "bz2":
        d = bz2.BZ2Decompressor()
    else:
        d = lzma.LZMADecompressor(lzma.FORMAT_ALONE if kind == "lzma" else lzma.FORMAT_XZ)
    out = bytearray()  # grown in place and trimmed in place: peak memory is about the limit, not a multiple
    pos, step = 0, 1 << 20
    while pos < len(buf) and len(out) <= limit and not d.eof:
        chunk = bytes(buf[pos : pos + step])
        pos += len(chunk)
        while chunk or (kind not in ("gzip", "zlib") and not d.needs_input):
            piece = d.decompress(chunk, min(_PIECE, limit + 1 - len(out)))  # small pieces: no big temporaries
            out += piece
            chunk = d.unconsumed_tail if kind in ("gzip", "zlib") else b""
            if len(out) > limit or d.eof or (not piece and not chunk):
                break
    exceeded = len(out) > limit
    del out[limit:]
    return out, exceeded  # not copied to bytes: a bomb would cost twice the limit


def _scan_compressed(buf: Buffer, kind: str, lim: ScanLimits, res: FileResult, depth: int, budget: _Budget) -> None:
    limit = min(lim.max_member_read, budget.left)
    try:
        data, exceeded = _decompress(buf, kind, limit)
    except (OSError, EOFError, ValueError, zlib.error, lzma.LZMAError, lz4.LZ4Error) as exc:
        res.findings.append(_f("supply.archive_malformed", 0.5, f"{kind} stream unreadable: {str(exc)[:80]}"))
        return
    budget.left -= len(data)
    if exceeded:
        res.findings.append(_f("supply.archive_bomb", 0.7, f"{kind} stream decompresses to more than {limit} bytes"))
    if data:
        res.members.append(_scan_member(data, f"<{kind}-decompressed>", lim, depth, budget))


def _hdf5_after_user_block(buf: Buffer, recognised: bool) -> bool:
    """An HDF5 signature after a user block. Probing touches a page per power of two, so a file that is
    already recognised (a multi-gigabyte checkpoint) is probed only in its first MiB."""
    try:
        return hdf5.find_superblock(buf, 1 << 20 if recognised else None) > 0
    except hdf5.HDF5Error:
        return False


def _has_zip_directory(buf: Buffer) -> bool:
    n = len(buf)
    if n < 22:
        return False
    start = max(0, n - 65_557)
    return buf.find(b"PK\x05\x06", start, n) >= 0


def scan_buffer(
    buf: Buffer,
    path: str,
    lim: ScanLimits | None = None,
    *,
    depth: int = 0,
    budget: _Budget | None = None,
    member: bool = False,
    model_dir: str | None = None,
) -> FileResult:
    """Scan the bytes of one file (or archive member); never raises on hostile content."""
    lim = lim or ScanLimits()
    budget = budget or _Budget(lim.max_archive_read)
    res = FileResult(path=path, format="unknown", size=len(buf))
    if len(buf) == 0:
        res.format = "empty"
        res.error = "empty file"
        return res
    head = bytes(buf[:16])
    kinds: list[str] = []
    if head.startswith(b"\x93NUMPY"):
        kinds.append("npy")
        res.format = "npy"
        _scan_npy(buf, lim, res)
    elif head.startswith(b"GGUF"):
        kinds.append("gguf")
        res.format = "gguf"
        _scan_gguf(buf, res)
    elif head.startswith(b"\x89HDF\r\n\x1a\n"):
        kinds.append("hdf5")
        res.format = "hdf5"
        _scan_hdf5(buf, res)
    elif _is_safetensors(buf):
        kinds.append("safetensors")
        res.format = "safetensors"
        _scan_safetensors(buf, lim, res)
    elif _looks_like_onnx(head) and _scan_onnx(buf, res, None if member else model_dir):
        kinds.append("onnx")
    elif (comp := _compression(head)) is not None:
        res.format = comp
        kinds.append(comp)
        if depth >= lim.max_archive_depth:
            msg = f"archives nested deeper than {lim.max_archive_depth}"
            res.findings.append(_f("supply.archive_nesting", 0.6, msg))
        else:
            _scan_compressed(buf, comp, lim, res, depth, budget)
    elif head[:1] and head[0] in VALID_OPCODES and not head.startswith(b"PK"):
        out = scan_pickles(buf, lim, strong=looks_like_pickle_start(head), storages=res.storages)
        if out is not None:
            fs, globs, streams, _ = out
            kinds.append("pickle")
            res.findings.extend(fs)
            res.globals.extend(globs)
            if any(g.startswith("joblib.") for g in globs):
                res.format = "joblib"
            elif streams >= 4:
                res.format = "pytorch-legacy"
            else:
                res.format = "pickle"
    is_zip = head.startswith((b"PK\x03\x04", b"PK\x05\x06")) or ("npy" not in kinds and _has_zip_directory(buf))
    is_tar = bytes(buf[257:262]) == b"ustar"
    # HDF5 looks for its signature at 0, 512, 1024, …: a user block may hide it behind another format
    if "hdf5" not in kinds and _hdf5_after_user_block(buf, bool(kinds) or is_zip or is_tar):
        first = res.format
        kinds.append("hdf5")
        res.format = "hdf5"
        _scan_hdf5(buf, res)
        if first != "unknown":
            res.format = f"{first}+{res.format}"
    if (is_zip or is_tar) and depth >= lim.max_archive_depth:
        res.findings.append(_f("supply.archive_nesting", 0.6, f"archives nested deeper than {lim.max_archive_depth}"))
    elif is_zip:
        first = res.format
        kinds.append("zip")
        _scan_zip(buf, lim, res, depth, budget)
        if first != "unknown":
            res.format = f"{first}+{res.format}"
    elif is_tar:
        kinds.append("tar")
        res.format = "tar"
        _scan_tar(buf, lim, res, depth, budget)
    if len(kinds) > 1:
        res.findings.append(_f("supply.polyglot", 0.7, f"file is valid as {' and '.join(kinds)} (polyglot)"))
    return res


__all__ = ["OPAQUE", "ScanLimits", "scan_buffer", "scan_pickles"]
