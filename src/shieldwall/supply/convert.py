"""Safe conversion of a PyTorch state dict (zip or legacy format) to safetensors.

Two gates, in order: the static scan (``scan_file``) must find the file clean, and the pickle is then
read by a *restricted* unpickler whose ``find_class`` admits only the globals a tensor state dict
needs, each mapped to an inert stand-in (no torch import, no real constructor ever runs). Anything
else is refused with a precise error. Tensor bytes are copied from the archive's storage members.
"""

from __future__ import annotations

import collections
import io
import json
import math
import os
import pickle
import re
import zipfile
from dataclasses import dataclass
from typing import Any, BinaryIO

from shieldwall.core.errors import InputError
from shieldwall.supply.scan import scan_file

_STORAGE_DTYPES = {
    "FloatStorage": ("F32", 4), "DoubleStorage": ("F64", 8), "HalfStorage": ("F16", 2),
    "BFloat16Storage": ("BF16", 2), "LongStorage": ("I64", 8), "IntStorage": ("I32", 4),
    "ShortStorage": ("I16", 2), "CharStorage": ("I8", 1), "ByteStorage": ("U8", 1), "BoolStorage": ("BOOL", 1),
}
MAX_PICKLE = 256 << 20
MAX_STORAGE = 64 << 30  # one legacy storage


class ConversionError(InputError):
    """The file cannot be converted safely (refused global, unsupported layout, not a state dict)."""


@dataclass(frozen=True, slots=True)
class _Storage:
    dtype: str
    itemsize: int
    key: str
    numel: int


@dataclass(frozen=True, slots=True)
class _Tensor:
    storage: _Storage
    offset: int
    shape: tuple[int, ...]
    stride: tuple[int, ...]


def _rebuild_tensor(storage: Any, offset: Any, size: Any, stride: Any, *_: Any) -> _Tensor:
    if not isinstance(storage, _Storage):
        raise ConversionError("tensor without a storage")
    return _Tensor(storage, int(offset), tuple(int(x) for x in size), tuple(int(x) for x in stride))


def _rebuild_parameter(data: Any, *_: Any) -> Any:
    return data


class _StorageType:
    def __init__(self, name: str) -> None:
        self.name = name


_ALLOWED: dict[tuple[str, str], Any] = {
    ("torch._utils", "_rebuild_tensor"): _rebuild_tensor,
    ("torch._utils", "_rebuild_tensor_v2"): _rebuild_tensor,
    ("torch._utils", "_rebuild_parameter"): _rebuild_parameter,
    ("torch._utils", "_rebuild_parameter_with_state"): _rebuild_parameter,
    ("collections", "OrderedDict"): collections.OrderedDict,
    **{("torch", n): _StorageType(n) for n in _STORAGE_DTYPES},
}


class _RestrictedUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        try:
            return _ALLOWED[(module, name)]
        except KeyError:
            raise ConversionError(
                f"refusing global {module}.{name}: not allowed in a tensor state dict"
            ) from None

    def persistent_load(self, pid: Any) -> Any:
        # zip format: ("storage", type, key, location, numel); legacy: the same plus view metadata (None)
        if not (isinstance(pid, tuple) and len(pid) in (5, 6) and pid[0] == "storage"
                and isinstance(pid[1], _StorageType)):
            raise ConversionError("unsupported persistent id (only tensor storages are allowed)")
        if len(pid) == 6 and pid[5] is not None:
            raise ConversionError("storage views (legacy format) are not supported")
        dtype, size = _STORAGE_DTYPES[pid[1].name]
        return _Storage(dtype, size, str(pid[2]), int(pid[4]))


def _flatten(obj: Any, prefix: str, out: dict[str, _Tensor], skipped: list[str]) -> None:
    if isinstance(obj, dict):
        for k, v in obj.items():
            _flatten(v, f"{prefix}{k}." if not isinstance(v, _Tensor) else f"{prefix}{k}", out, skipped)
    elif isinstance(obj, _Tensor):
        out[prefix] = obj
    else:
        skipped.append(prefix.rstrip("."))


def _contiguous(shape: tuple[int, ...]) -> tuple[int, ...]:
    strides, acc = [], 1
    for d in reversed(shape):
        strides.append(acc)
        acc *= d
    return tuple(reversed(strides))


def convert_to_safetensors(src: str | os.PathLike[str], dst: str | os.PathLike[str], *, force: bool = False) -> dict[
    str, Any
]:
    """Convert a PyTorch state dict (zip or legacy format); returns ``{"tensors": n, "skipped": [...], "bytes": n}``."""
    result = scan_file(src)
    if result.verdict.value != "clean":
        reasons = "; ".join(f"{f.rule}: {f.message}" for f in result.all_findings()[:3]) or result.error or ""
        raise ConversionError(f"{os.fspath(src)} is {result.verdict.value}, not converted ({reasons})")
    if result.format not in ("pytorch-zip", "pytorch-legacy"):
        raise ConversionError(f"only PyTorch checkpoints (zip or legacy) can be converted (not {result.format})")
    if os.path.exists(dst) and not force:
        raise ConversionError(f"{os.fspath(dst)} exists (use --force to overwrite)")
    if result.format == "pytorch-legacy":
        tensors, skipped, storages = _read_legacy(src)
    else:
        tensors, skipped, storages = _read_zip(src)
    return _write(tensors, skipped, storages, dst)


def _load(data: bytes | BinaryIO, what: str) -> Any:
    try:
        return _RestrictedUnpickler(io.BytesIO(data) if isinstance(data, bytes) else data).load()
    except ConversionError:
        raise
    except Exception as exc:  # malformed pickle: a precise, payload-free message
        raise ConversionError(f"{what} could not be read: {type(exc).__name__}") from None


def _tensors_of(obj: Any) -> tuple[dict[str, _Tensor], list[str]]:
    tensors: dict[str, _Tensor] = {}
    skipped: list[str] = []
    _flatten(obj, "", tensors, skipped)
    if not tensors:
        raise ConversionError("no tensors found (not a state dict)")
    return tensors, skipped


def _read_zip(src: str | os.PathLike[str]) -> tuple[dict[str, _Tensor], list[str], dict[str, bytes]]:
    with zipfile.ZipFile(src) as zf:
        pkls = [n for n in zf.namelist() if re.fullmatch(r"[^/]+/data\.pkl", n)]
        if len(pkls) != 1:
            raise ConversionError(f"expected one <root>/data.pkl member, found {len(pkls)}")
        root = pkls[0][: -len("data.pkl")]
        if f"{root}byteorder" in zf.namelist() and zf.read(f"{root}byteorder").strip() != b"little":
            raise ConversionError("big-endian checkpoints are not supported")
        info = zf.getinfo(pkls[0])
        if info.file_size > MAX_PICKLE:
            raise ConversionError(f"data.pkl is {info.file_size} bytes (limit {MAX_PICKLE})")
        tensors, skipped = _tensors_of(_load(zf.read(info), "data.pkl"))
        storages: dict[str, bytes] = {}
        for t in tensors.values():
            key = t.storage.key
            if key not in storages:
                member = f"{root}data/{key}"
                try:
                    storages[key] = zf.read(member)
                except KeyError:
                    raise ConversionError(f"storage {member!r} is missing") from None
    return tensors, skipped, storages


_LEGACY_MAGIC = 0x1950A86A20F9469CFC6C


def _read_legacy(src: str | os.PathLike[str]) -> tuple[dict[str, _Tensor], list[str], dict[str, bytes]]:
    """``torch.save(..., _use_new_zipfile_serialization=False)``: magic, protocol version, system info, the
    data pickle, the sorted storage keys, then each storage as an 8-byte element count and its bytes."""
    with open(src, "rb") as fh:
        if _load(fh, "the magic number") != _LEGACY_MAGIC:
            raise ConversionError("not a legacy PyTorch checkpoint (magic number)")
        version = _load(fh, "the protocol version")
        info = _load(fh, "the system info")
        if version != 1001 or not isinstance(info, dict):
            raise ConversionError(f"unsupported legacy protocol version {version!r}")
        if not info.get("little_endian", True):
            raise ConversionError("big-endian checkpoints are not supported")
        tensors, skipped = _tensors_of(_load(fh, "the data pickle"))
        keys = _load(fh, "the storage keys")
        if not (isinstance(keys, list) and all(isinstance(k, str) for k in keys)):
            raise ConversionError("the storage keys are not a list of strings")
        sizes = {t.storage.key: t.storage.itemsize for t in tensors.values()}
        storages: dict[str, bytes] = {}
        for key in keys:
            head = fh.read(8)
            if len(head) < 8:
                raise ConversionError(f"storage {key!r} is missing (file ends)")
            n = int.from_bytes(head, "little") * sizes.get(key, 1)
            if n > MAX_STORAGE:
                raise ConversionError(f"storage {key!r} declares {n} bytes (limit {MAX_STORAGE})")
            raw = fh.read(n)
            if len(raw) < n:
                raise ConversionError(f"storage {key!r} is truncated")
            storages[key] = raw
    missing = sorted({t.storage.key for t in tensors.values()} - set(storages))
    if missing:
        raise ConversionError(f"storage {missing[0]!r} is missing")
    return tensors, skipped, storages


def _write(
    tensors: dict[str, _Tensor], skipped: list[str], storages: dict[str, bytes], dst: str | os.PathLike[str]
) -> dict[str, Any]:
    header: dict[str, Any] = {"__metadata__": {"format": "pt", "converted_by": "shieldwall"}}
    chunks: list[bytes] = []
    pos = 0
    for name in sorted(tensors):
        t = tensors[name]
        st = t.storage
        if t.shape and t.stride != _contiguous(t.shape) and math.prod(t.shape) > 1:
            raise ConversionError(f"tensor {name!r} is not contiguous (stride {t.stride})")
        raw = storages[st.key]
        n = math.prod(t.shape) * st.itemsize
        a = t.offset * st.itemsize
        if a + n > len(raw):
            raise ConversionError(f"tensor {name!r} runs past its storage")
        chunks.append(raw[a : a + n])
        header[name] = {"dtype": st.dtype, "shape": list(t.shape), "data_offsets": [pos, pos + n]}
        pos += n
    h = json.dumps(header, separators=(",", ":")).encode()
    h += b" " * ((8 - len(h) % 8) % 8)
    tmp = f"{os.fspath(dst)}.tmp"
    with open(tmp, "wb") as fh:
        fh.write(len(h).to_bytes(8, "little"))
        fh.write(h)
        for c in chunks:
            fh.write(c)
    os.replace(tmp, dst)
    return {"tensors": len(tensors), "skipped": skipped, "bytes": pos}
