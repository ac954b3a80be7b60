"""A small, bounded HDF5 reader: the root group's attributes, nothing else.

Keras ``.h5`` files keep the model's architecture as a JSON string attribute (``model_config``) on
the root group, which is all the model scanner needs. This reader follows the HDF5 file format
specification (version 3.0) far enough to get it, from the bytes, without the HDF5 C library (no
native parser runs on hostile input) and without h5py:

- superblock versions 0–3 (at offset 0 or after a user block of 512·2ⁿ bytes);
- the root object header, version 1 or 2, with its continuation blocks;
- compact attribute messages, versions 1–3, whose value is a fixed-length string, a
  variable-length string (the bytes live in a global heap collection) or an array of them.

Attributes held in *dense* storage (a fractal heap, written only by newer file-format settings
when a group has many attributes) are not read: :class:`HDF5Error` says so and the scanner reports
it. Every offset and length is checked against the file; work is bounded by ``MAX_*``.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import Any

from shieldwall.supply.pickle_vm import Buffer

SIGNATURE = b"\x89HDF\r\n\x1a\n"
MAX_MESSAGES = 10_000  # header messages walked, continuation blocks included
MAX_CONTINUATIONS = 1_000
MAX_VALUE = 64 << 20  # bytes of one attribute value
MAX_ELEMENTS = 100_000  # elements of one attribute array

_MSG_ATTRIBUTE = 0x000C
_MSG_CONTINUATION = 0x0010
_MSG_ATTRIBUTE_INFO = 0x0015


class HDF5Error(Exception):
    """The file is not HDF5 as specified, or uses a feature this reader does not support."""


@dataclass(slots=True)
class Attribute:
    name: str
    value: bytes | list[bytes] | None  # a string, an array of strings, or None for non-string types
    offset: int  # of the attribute message in the file
    value_offset: int = -1  # of a string value's first byte (in the message, or in a global heap), -1 if unknown


def find_superblock(buf: Buffer, max_offset: int | None = None) -> int:
    """Offset of the HDF5 signature: 0, 512, 1024, 2048, … (a user block may precede it), up to ``max_offset``."""
    at = 0
    last = len(buf) if max_offset is None else min(len(buf), max_offset + 8)
    while at + 8 <= last:
        if bytes(buf[at : at + 8]) == SIGNATURE:
            return at
        at = 512 if at == 0 else at * 2
    raise HDF5Error("no HDF5 signature")


class _Reader:
    def __init__(self, buf: Buffer) -> None:
        self.buf = buf
        self.n = len(buf)
        self.base = 0
        self.so = 8  # size of offsets
        self.sl = 8  # size of lengths
        self.messages = 0
        self.last_value_at = -1

    def raw(self, at: int, size: int) -> bytes:
        if at < 0 or size < 0 or at + size > self.n:
            raise HDF5Error(f"read of {size} bytes at {at} runs past the end of the file ({self.n} bytes)")
        return bytes(self.buf[at : at + size])

    def uint(self, at: int, size: int) -> int:
        return int.from_bytes(self.raw(at, size), "little")

    def addr(self, at: int) -> int | None:
        """An address field (relative to the base address); None for the undefined address."""
        v = self.uint(at, self.so)
        if v == (1 << (8 * self.so)) - 1:
            return None
        return self.base + v

    # --- superblock ----------------------------------------------------------------------------------
    def root_header(self) -> int:
        sb = find_superblock(self.buf)
        version = self.uint(sb + 8, 1)
        if version in (0, 1):
            self.so, self.sl = self.uint(sb + 13, 1), self.uint(sb + 14, 1)
            self._check_sizes()
            at = sb + 24 + (4 if version == 1 else 0)
            self.base = self.uint(at, self.so) or sb  # the library writes the superblock's own offset
            at += 4 * self.so  # base, free-space, end-of-file, driver info addresses
            root = self.addr(at + self.so)  # root symbol table entry: link name offset, object header address
        elif version in (2, 3):
            self.so, self.sl = self.uint(sb + 9, 1), self.uint(sb + 10, 1)
            self._check_sizes()
            at = sb + 12
            self.base = self.uint(at, self.so) or sb
            root = self.addr(at + 3 * self.so)  # base, extension, end-of-file, root object header
        else:
            raise HDF5Error(f"superblock version {version} is not 0–3")
        if root is None:
            raise HDF5Error("the root group has no object header")
        return root

    def _check_sizes(self) -> None:
        if self.so not in (2, 4, 8) or self.sl not in (2, 4, 8):
            raise HDF5Error(f"sizes of offsets/lengths {self.so}/{self.sl} are not 2, 4 or 8")

    # --- object headers --------------------------------------------------------------------------------
    def messages_of(self, header: int) -> list[tuple[int, int, int]]:
        """``(type, data offset, data size)`` of every message of the object header at ``header``."""
        out: list[tuple[int, int, int]] = []
        if self.raw(header, 4) == b"OHDR":
            self._v2(header, out)
        elif self.uint(header, 1) == 1:
            self._v1(header, out)
        else:
            raise HDF5Error(f"object header at {header} is neither version 1 nor 2")
        return out

    def _count(self) -> None:
        self.messages += 1
        if self.messages > MAX_MESSAGES:
            raise HDF5Error(f"more than {MAX_MESSAGES} object header messages")

    def _v1(self, header: int, out: list[tuple[int, int, int]]) -> None:
        nmsgs = self.uint(header + 2, 2)
        size = self.uint(header + 8, 4)
        blocks = [(header + 16, size)]
        seen = 0
        while blocks and len(out) < nmsgs:
            start, length = blocks.pop(0)
            self.raw(start, length)  # the block lies inside the file
            pos, end = start, start + length
            while pos + 8 <= end and len(out) < nmsgs:
                self._count()
                mtype, msize = self.uint(pos, 2), self.uint(pos + 2, 2)
                data = pos + 8
                if data + msize > end:
                    raise HDF5Error(f"object header message at {pos} runs past its block")
                out.append((mtype, data, msize))
                if mtype == _MSG_CONTINUATION:
                    seen += 1
                    if seen > MAX_CONTINUATIONS:
                        raise HDF5Error("too many object header continuation blocks")
                    cont = self.addr(data)
                    if cont is not None:
                        blocks.append((cont, self.uint(data + self.so, self.sl)))
                pos = data + ((msize + 7) & ~7)

    def _v2(self, header: int, out: list[tuple[int, int, int]]) -> None:
        version, flags = self.uint(header + 4, 1), self.uint(header + 5, 1)
        if version != 2:
            raise HDF5Error(f"object header version {version} (OHDR) is not 2")
        pos = header + 6 + (16 if flags & 0x20 else 0) + (4 if flags & 0x10 else 0)
        width = 1 << (flags & 3)
        size = self.uint(pos, width)
        blocks = [(pos + width, size)]
        order = 2 if flags & 0x04 else 0
        seen = 0
        while blocks:
            start, length = blocks.pop(0)
            self.raw(start, length)
            p, end = start, start + length
            while p + 4 + order <= end:
                mtype, msize = self.uint(p, 1), self.uint(p + 1, 2)
                data = p + 4 + order
                if mtype == 0 and msize == 0 and data + msize >= end:
                    break  # gap at the end of the block
                self._count()
                if data + msize > end:
                    raise HDF5Error(f"object header message at {p} runs past its block")
                out.append((mtype, data, msize))
                if mtype == _MSG_CONTINUATION:
                    seen += 1
                    if seen > MAX_CONTINUATIONS:
                        raise HDF5Error("too many object header continuation blocks")
                    cont = self.addr(data)
                    clen = self.uint(data + self.so, self.sl)
                    if cont is not None:
                        if self.raw(cont, 4) != b"OCHK":
                            raise HDF5Error(f"continuation block at {cont} has no OCHK signature")
                        blocks.append((cont + 4, clen - 8))  # signature and checksum
                p = data + msize

    # --- attributes ------------------------------------------------------------------------------------
    def attribute(self, at: int, size: int) -> Attribute:
        end = at + size
        version = self.uint(at, 1)
        flags = self.uint(at + 1, 1)
        nlen, tlen, slen = self.uint(at + 2, 2), self.uint(at + 4, 2), self.uint(at + 6, 2)
        if version == 1:
            p = at + 8
            name = self.raw(p, nlen)
            p += (nlen + 7) & ~7
            tpos, p = p, p + ((tlen + 7) & ~7)
            spos, p = p, p + ((slen + 7) & ~7)
        elif version in (2, 3):
            p = at + 8 + (1 if version == 3 else 0)
            name = self.raw(p, nlen)
            p += nlen
            tpos, p = p, p + tlen
            spos, p = p, p + slen
        else:
            raise HDF5Error(f"attribute message version {version} is not 1–3")
        if p > end:
            raise HDF5Error(f"attribute message at {at} runs past its end")
        label = name.rstrip(b"\x00").decode("utf-8", "replace")
        if flags & 0x03:  # shared datatype or dataspace: not a plain string attribute
            return Attribute(label, None, at)
        count = self._elements(spos)
        self.last_value_at = -1
        value = self._value(tpos, p, end, count)
        return Attribute(label, value, at, self.last_value_at)

    def _elements(self, at: int) -> int:
        version, rank = self.uint(at, 1), self.uint(at + 1, 1)
        if version == 1:
            dims = at + 8
        elif version == 2:
            if self.uint(at + 3, 1) == 2:  # null dataspace
                return 0
            dims = at + 4
        else:
            raise HDF5Error(f"dataspace version {version} is not 1 or 2")
        if rank > 32:
            raise HDF5Error(f"dataspace rank {rank} over 32")
        count = 1
        for i in range(rank):
            count *= self.uint(dims + i * self.sl, self.sl)
            if count > MAX_ELEMENTS:
                raise HDF5Error(f"attribute with more than {MAX_ELEMENTS} elements")
        return count

    def _value(self, tpos: int, data: int, end: int, count: int) -> bytes | list[bytes] | None:
        head = self.uint(tpos, 4)
        cls, bits = head & 0x0F, head >> 8
        size = self.uint(tpos + 4, 4)
        if cls == 3:  # fixed-length string
            if size * count > MAX_VALUE:
                raise HDF5Error(f"string attribute of {size * count} bytes")
            raw = self.raw(data, size * count)
            self.last_value_at = data
            items = [raw[i * size : (i + 1) * size].rstrip(b"\x00 ") for i in range(count)]
        elif cls == 9 and bits & 0x0F == 1:  # variable-length string: length + global heap id
            width = 4 + self.so + 4
            if data + width * count > end:
                raise HDF5Error("variable-length string attribute runs past its message")
            items = [self._heap_object(data + i * width) for i in range(count)]
        else:
            return None
        return items[0] if count == 1 else items

    def _heap_object(self, at: int) -> bytes:
        length = self.uint(at, 4)
        collection = self.addr(at + 4)
        index = self.uint(at + 4 + self.so, 4)
        if collection is None or length == 0:
            return b""
        if length > MAX_VALUE:
            raise HDF5Error(f"variable-length string of {length} bytes")
        if self.raw(collection, 4) != b"GCOL":
            raise HDF5Error(f"global heap collection at {collection} has no GCOL signature")
        csize = self.uint(collection + 8, self.sl)
        pos, end = collection + 8 + self.sl, collection + csize
        if csize > self.n:
            raise HDF5Error(f"global heap collection of {csize} bytes is larger than the file")
        while pos + 8 + self.sl <= end:
            self._count()
            idx = self.uint(pos, 2)
            osize = self.uint(pos + 8, self.sl)
            obj = pos + 8 + self.sl
            if idx == index:
                if osize < length:
                    raise HDF5Error(f"global heap object {index} is shorter than the string it holds")
                if self.last_value_at < 0:
                    self.last_value_at = obj
                return self.raw(obj, length)
            if idx == 0:
                break  # free space: the rest of the collection
            pos = obj + ((osize + 7) & ~7)
        raise HDF5Error(f"global heap object {index} not found in the collection at {collection}")


def root_attributes(buf: Buffer) -> list[Attribute]:
    """The root group's attributes (string values read; other types as ``None``)."""
    r = _Reader(buf)
    try:
        header = r.root_header()
        msgs = r.messages_of(header)
        out: list[Attribute] = []
        for mtype, at, size in msgs:
            if mtype == _MSG_ATTRIBUTE:
                out.append(r.attribute(at, size))
            elif mtype == _MSG_ATTRIBUTE_INFO:
                heap = r.addr(at + 2 + (2 if r.uint(at + 1, 1) & 1 else 0))
                if heap is not None:
                    raise HDF5Error("root attributes in dense storage (fractal heap) are not read")
    except (struct.error, ValueError, OverflowError) as exc:  # pragma: no cover - bounds are checked above
        raise HDF5Error(f"unreadable: {exc}") from exc
    return out


def as_text(value: Any) -> str | None:
    """A string attribute's value as text (``None`` for arrays and non-strings)."""
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return None
