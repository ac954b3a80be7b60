"""A bounded LZ4 frame decoder in pure Python (joblib's ``compress="lz4"``), no ``lz4`` package needed.

Follows the LZ4 frame format 1.6.x and block format: frame header (magic ``04 22 4D 18``, FLG, BD,
optional content size and dictionary id, header checksum), blocks (compressed or stored, optional
block checksums), end mark, optional content checksum; several frames may follow each other and
skippable frames are stepped over. Checksums are not verified (a loader that ignores them would
still read the data). Output stops at ``limit`` bytes: the caller learns that the limit was hit.
"""

from __future__ import annotations

from shieldwall.supply.pickle_vm import Buffer

MAGIC = b"\x04\x22\x4d\x18"


class LZ4Error(Exception):
    """The stream is not a valid LZ4 frame."""


def _u32(buf: Buffer, at: int) -> int:
    raw = bytes(buf[at : at + 4])
    if len(raw) < 4:
        raise LZ4Error(f"stream ends inside a 4-byte field at {at}")
    return int.from_bytes(raw, "little")


def _block(src: bytes, out: bytearray, limit: int) -> bool:
    """Decode one compressed block, appending to ``out``; True when ``limit`` was exceeded."""
    i, n = 0, len(src)
    while i < n:
        token = src[i]
        i += 1
        lit = token >> 4
        if lit == 15:
            while True:
                if i >= n:
                    raise LZ4Error("block ends inside a literal length")
                b = src[i]
                i += 1
                lit += b
                if b != 255:
                    break
        if i + lit > n:
            raise LZ4Error("literals run past the end of the block")
        out += src[i : i + lit]
        i += lit
        if len(out) > limit:
            return True
        if i >= n:
            break  # the last sequence holds literals only
        if i + 2 > n:
            raise LZ4Error("block ends inside a match offset")
        off = src[i] | src[i + 1] << 8
        i += 2
        if off == 0 or off > len(out):
            raise LZ4Error(f"match offset {off} points before the start of the data")
        ml = token & 15
        if ml == 15:
            while True:
                if i >= n:
                    raise LZ4Error("block ends inside a match length")
                b = src[i]
                i += 1
                ml += b
                if b != 255:
                    break
        ml += 4
        if len(out) + ml > limit + 1:
            ml = limit + 1 - len(out)
        start = len(out) - off
        if off >= ml:
            out += out[start : start + ml]
        else:  # the match overlaps what it writes: a repeated pattern
            pattern = bytes(out[start:])
            reps, rem = divmod(ml, off)
            out += pattern * reps + pattern[:rem]
        if len(out) > limit:
            return True
    return False


def decompress(buf: Buffer, limit: int) -> tuple[bytes, bool]:
    """Decompress the LZ4 frames in ``buf``: (data, whether more than ``limit`` bytes were in it)."""
    out = bytearray()
    pos, n = 0, len(buf)
    while pos + 4 <= n:
        magic = _u32(buf, pos)
        if 0x184D2A50 <= magic <= 0x184D2A5F:  # skippable frame
            pos += 8 + _u32(buf, pos + 4)
            continue
        if magic != 0x184D2204:
            if pos == 0:
                raise LZ4Error("not an LZ4 frame")
            break  # trailing data after the last frame
        if pos + 7 > n:
            raise LZ4Error("frame header truncated")
        flg = buf[pos + 4]
        if flg >> 6 != 1:
            raise LZ4Error(f"frame version {flg >> 6} is not 1")
        block_checksum, content_size, content_checksum, dict_id = flg & 0x10, flg & 0x08, flg & 0x04, flg & 0x01
        pos += 6 + (8 if content_size else 0) + (4 if dict_id else 0) + 1  # magic, FLG, BD, ..., HC
        while True:
            size = _u32(buf, pos)
            pos += 4
            if size == 0:
                break  # end mark
            stored, size = size & 0x80000000, size & 0x7FFFFFFF
            if pos + size > n:
                raise LZ4Error(f"block of {size} bytes runs past the end of the stream")
            data = bytes(buf[pos : pos + size])
            pos += size + (4 if block_checksum else 0)
            if stored:
                out += data
                if len(out) > limit:
                    return bytes(out[:limit]), True
            elif _block(data, out, limit):
                return bytes(out[:limit]), True
        pos += 4 if content_checksum else 0
    return bytes(out), False
