"""Hygiene normalization offered to every scanner.

``normalize(text)`` removes invisible and format characters (zero-width, bidi controls, Unicode tags,
variation selectors, soft hyphens, Hangul fillers), applies NFKC (full-width, mathematical and
circled letters become ASCII) and maps Cyrillic/Greek look-alikes inside tokens that also contain
Latin letters (``раураl`` stays Russian-looking only when it is Russian). The result keeps an offset
table so that a match in the normalized text maps back to a span of the original.

ASCII input takes a fast path and is returned as is. Non-ASCII input is pre-checked on its UTF-8 bytes
(``bytes.translate`` and literal searches run at memory speed, where a Python regex over a UCS-2 string
costs ~15 ns a character), so clean text in any script stays cheap; NFKC stability is then checked per
block, and only unstable blocks are mapped character by character.

Mixed tokens are found from an ASCII letter directly next to a Cyrillic or Greek letter (or any Latin
look-alike such as ``ı``/``ɑ``); a token whose Latin and Cyrillic parts are only joined by digits or an
underscore, in a text with no other such adjacency, is left as is.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import overload

# Characters that render as nothing (or only steer rendering) and can hide or split words.
INVISIBLE_RANGES: tuple[tuple[int, int], ...] = (
    (0x00AD, 0x00AD),  # soft hyphen
    (0x034F, 0x034F),  # combining grapheme joiner
    (0x061C, 0x061C),  # arabic letter mark
    (0x115F, 0x1160),  # hangul fillers
    (0x17B4, 0x17B5),  # khmer inherent vowels
    (0x180B, 0x180F),  # mongolian variation selectors and vowel separator
    (0x200B, 0x200F),  # zero-width space/non-joiner/joiner, LRM, RLM
    (0x202A, 0x202E),  # bidi embeddings and overrides
    (0x2060, 0x2064),  # word joiner, invisible operators
    (0x2066, 0x206F),  # bidi isolates, deprecated format characters
    (0x3164, 0x3164),  # hangul filler
    (0xFE00, 0xFE0F),  # variation selectors
    (0xFEFF, 0xFEFF),  # zero-width no-break space / BOM
    (0xFFA0, 0xFFA0),  # halfwidth hangul filler
    (0x1D173, 0x1D17A),  # musical symbol format characters
    (0xE0000, 0xE007F),  # Unicode tags
    (0xE0100, 0xE01EF),  # variation selectors supplement
)

_INVISIBLE_CLASS = "".join(f"\\U{a:08x}" if a == b else f"\\U{a:08x}-\\U{b:08x}" for a, b in INVISIBLE_RANGES)
INVISIBLE_RE = re.compile(f"[{_INVISIBLE_CLASS}]")

# Look-alikes of Latin letters in Cyrillic and Greek (and a few Latin-extended letters).
CONFUSABLES: dict[str, str] = {
    # Cyrillic lower case
    "а": "a", "в": "b", "е": "e", "ё": "e", "һ": "h", "і": "i", "ї": "i", "ј": "j", "к": "k",
    "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "ѕ": "s",
    "ԁ": "d", "ԛ": "q", "ԝ": "w", "ɡ": "g", "ӏ": "l", "ь": "b", "ү": "y", "ѵ": "v", "ԍ": "g",
    # Cyrillic upper case
    "А": "A", "В": "B", "Е": "E", "Ё": "E", "З": "3", "І": "I", "Ј": "J", "К": "K", "М": "M",
    "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T", "У": "Y", "Х": "X", "Ѕ": "S", "Ԁ": "D",
    "Ԛ": "Q", "Ԝ": "W", "Ӏ": "I", "Ү": "Y", "Ѵ": "V",
    # Greek
    "α": "a", "β": "b", "γ": "y", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
    "τ": "t", "υ": "u", "χ": "x", "ω": "w", "ϲ": "c", "ϳ": "j",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
    "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "Ϲ": "C", "Ϳ": "J",
    # Latin extended / IPA look-alikes
    "ı": "i", "ȷ": "j", "ℓ": "l", "ꞁ": "l", "ɑ": "a", "ɩ": "i", "ʋ": "u", "ᴠ": "v", "ᴡ": "w",
}  # fmt: skip

_TOKEN_RE = re.compile(r"\w+")
_ASCII_LETTER_RE = re.compile(r"[A-Za-z]")
_INVISIBLE_SET: frozenset[str] = frozenset(chr(c) for a, b in INVISIBLE_RANGES for c in range(a, b + 1))
# UTF-8 level pre-checks. Byte classes: L = ASCII letter, Y = Cyrillic lead byte (U+0400-U+052F),
# G = Greek lead byte (U+0340-U+03FF, a little wider than Greek), x = continuation byte.
_CLASS_TABLE = bytes(
    ord("L")
    if 65 <= c <= 90 or 97 <= c <= 122
    else ord("Y")
    if 0xD0 <= c <= 0xD4
    else ord("G")
    if 0xCD <= c <= 0xCF
    else ord("x")
    if 0x80 <= c <= 0xBF
    else ord(" ")
    for c in range(256)
)
_TRANSITION_PATTERNS: tuple[bytes, ...] = (b"LY", b"LG", b"YxL", b"GxL", b"YxG", b"GxY")
# look-alikes outside Cyrillic/Greek (Latin extended, IPA, letterlike), as UTF-8
_OTHER_CONFUSABLES_UTF8: tuple[bytes, ...] = tuple(
    c.encode("utf-8") for c in CONFUSABLES if not ("\u0370" <= c <= "\u052f")
)
# every invisible character's UTF-8 form starts with one of these (a superset test; the exact one follows)
_INVISIBLE_UTF8_RES: tuple[tuple[int, re.Pattern[bytes]], ...] = (  # (lead byte, pattern)
    (0xE2, re.compile(rb"\xe2(?:\x80[\x8b-\x8f\xaa-\xae]|\x81[\xa0-\xa4\xa6-\xaf])")),
    (0xEF, re.compile(rb"\xef(?:\xb8[\x80-\x8f]|\xbb\xbf|\xbe\xa0)")),
    (0xE1, re.compile(rb"\xe1(?:\x85[\x9f\xa0]|\x9e[\xb4\xb5]|\xa0[\x8b-\x8f])")),
)
_INVISIBLE_UTF8_LITERALS: tuple[bytes, ...] = (
    b"\xc2\xad", b"\xcd\x8f", b"\xd8\x9c", b"\xe3\x85\xa4", b"\xf0\x9d\x85", b"\xf3\xa0",
)  # fmt: skip
# normalization checks NFKC stability and invisibles per block of these sizes, then per character
_INVISIBLE_LEADS = bytes(
    sorted({lit[0] for lit in _INVISIBLE_UTF8_LITERALS} | {lead for lead, _ in _INVISIBLE_UTF8_RES})
)
_OTHER_CONFUSABLE_LEADS = bytes(sorted({c[0] for c in _OTHER_CONFUSABLES_UTF8}))
_BLOCKS: tuple[int, ...] = (4096, 256, 16)


class OffsetTable(Sequence[int]):
    """``table[i]`` is the original index of normalized character ``i``, stored as runs.

    A run is a stretch where both indices advance together, so a long clean text costs one entry and
    a lookup is a binary search. Behaves as a read-only sequence of ints (compare with ``list(...)``).
    """

    __slots__ = ("_length", "_norm", "_orig")

    def __init__(self) -> None:
        self._norm: list[int] = []  # normalized index where each run starts
        self._orig: list[int] = []  # original index of that first character
        self._length = 0

    def add(self, orig: int, count: int = 1) -> None:
        """Append ``count`` normalized characters that come from ``orig``, ``orig + 1``, ..."""
        if count <= 0:
            return
        n = self._length
        if not self._norm or self._orig[-1] + (n - self._norm[-1]) != orig:
            self._norm.append(n)
            self._orig.append(orig)
        self._length = n + count

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, index: int) -> int: ...

    @overload
    def __getitem__(self, index: slice) -> list[int]: ...

    def __getitem__(self, index: int | slice) -> int | list[int]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._length))]
        i = index + self._length if index < 0 else index
        if not 0 <= i < self._length:
            raise IndexError("offset index out of range")
        k = bisect_right(self._norm, i) - 1
        return self._orig[k] + (i - self._norm[k])

    def __iter__(self) -> Iterator[int]:
        if not self._norm:
            return
        bounds = [*self._norm[1:], self._length]
        for start, end, orig in zip(self._norm, bounds, self._orig, strict=True):
            yield from range(orig, orig + end - start)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, OffsetTable):
            return (self._length, self._norm, self._orig) == (other._length, other._norm, other._orig)
        if isinstance(other, Sequence):
            return len(other) == self._length and list(self) == list(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self._length, tuple(self._norm), tuple(self._orig)))

    def __repr__(self) -> str:
        return f"OffsetTable(len={self._length}, runs={len(self._norm)})"


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """A normalized view of a text; ``offsets[i]`` is the original index of normalized char ``i``."""

    text: str
    original_length: int
    offsets: Sequence[int] | None = None  # None: identical to the original

    @property
    def changed(self) -> bool:
        return self.offsets is not None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open range of the normalized text back to the original text."""
        if self.offsets is None:
            return start, end
        n = len(self.offsets)
        if n == 0:
            return 0, 0
        s = self.offsets[min(max(start, 0), n - 1)]
        e = self.offsets[min(end, n) - 1] + 1 if end > 0 else s
        return s, max(s, min(e, self.original_length))


def is_invisible(ch: str) -> bool:
    """Whether the single character ``ch`` is one of ``INVISIBLE_RANGES``."""
    return ch in _INVISIBLE_SET


def _leads(data: bytes, wanted: bytes) -> bytes:
    """Which of the lead bytes in ``wanted`` occur in ``data`` (single-byte searches run at memchr speed)."""
    return bytes(b for b in wanted if data.find(b.to_bytes(1, "big")) != -1)


def may_have_invisible(data: bytes) -> bool:
    """Cheap test on UTF-8 bytes: False means the text certainly has no invisible character."""
    present = _leads(data, _INVISIBLE_LEADS)
    if not present:
        return False
    return any(lit[0] in present and lit in data for lit in _INVISIBLE_UTF8_LITERALS) or any(
        lead in present and rx.search(data) is not None for lead, rx in _INVISIBLE_UTF8_RES
    )


def may_have_mixed_tokens(data: bytes) -> bool:
    """Cheap test on UTF-8 bytes: an ASCII letter next to a Cyrillic/Greek letter, or another look-alike."""
    cls = data.translate(_CLASS_TABLE)
    if b"L" not in cls:
        return False
    present = _leads(data, _OTHER_CONFUSABLE_LEADS)
    return any(p in cls for p in _TRANSITION_PATTERNS) or any(
        c[0] in present and c in data for c in _OTHER_CONFUSABLES_UTF8
    )


def _next_hit(data: bytes, cls: bytes, nxt: dict[bytes, int], cursor: int) -> int:
    """Smallest byte offset >= ``cursor`` (at a character start) of a Latin letter meeting a Cyrillic
    or Greek letter, or of a Latin look-alike; -1 when none. ``nxt`` caches each needle's next hit."""
    best = -1
    for pat, at in list(nxt.items()):
        if at < cursor:
            hay = data if pat[:1] >= b"\x80" else cls
            at = hay.find(pat, cursor)
            if at == -1:
                del nxt[pat]
                continue
            nxt[pat] = at
        if best == -1 or at < best:
            best = at
    return best


def mixed_token_spans(text: str, data: bytes | None = None, *, limit: int | None = None) -> list[tuple[int, int]]:
    """Spans of ``\\w+`` tokens where an ASCII letter meets a Cyrillic/Greek letter or a Latin look-alike.

    Found from the UTF-8 bytes (``data``, computed when not given) and mapped back to code points;
    at most ``limit`` spans. The tokens still need a look at their letters (this is a superset).
    The work is linear: each needle is searched forward only, from the end of the last token.
    """
    if text.isascii():
        return []
    if data is None:
        data = text.encode("utf-8", "surrogatepass")
    cls = data.translate(_CLASS_TABLE)
    if b"L" not in cls and (b"G" not in cls or b"Y" not in cls):
        return []
    present = _leads(data, _OTHER_CONFUSABLE_LEADS)
    others = [c for c in _OTHER_CONFUSABLES_UTF8 if c[0] in present]
    nxt = dict.fromkeys((*_TRANSITION_PATTERNS, *others), -1)
    spans: list[tuple[int, int]] = []
    prev_b = 0  # a byte offset at a character start ...
    prev_c = 0  # ... and its code point index
    cursor = 0
    while True:
        pos = _next_hit(data, cls, nxt, cursor)
        if pos == -1:
            break
        # code point index = byte index minus the continuation bytes before it
        prev_c += (pos - prev_b) - cls.count(b"x", prev_b, pos)
        prev_b = pos
        p = prev_c
        lo = p
        floor = max(0, p - 64)
        while lo > floor and (text[lo - 1].isalnum() or text[lo - 1] == "_"):
            lo -= 1
        m = _TOKEN_RE.match(text, lo)
        if m is None or m.end() <= p:
            cursor = pos + 1
            continue
        end = m.end()
        spans.append((lo, end))
        if limit is not None and len(spans) >= limit:
            break
        # continue after the token: its byte offset is known from its UTF-8 length
        cursor = prev_b + len(text[p:end].encode("utf-8", "surrogatepass"))
        prev_b, prev_c = cursor, end
    return spans


_CONFUSABLES_TABLE = str.maketrans(CONFUSABLES)


def _map_confusables(text: str) -> str:
    """``text`` with the look-alikes of every token that also has ASCII letters mapped to Latin."""
    spans = mixed_token_spans(text)
    if not spans:
        return text
    pieces: list[str] = []
    prev = 0
    for s, e in spans:
        tok = text[s:e]
        if _ASCII_LETTER_RE.search(tok) is None:
            continue
        pieces.append(text[prev:s])
        pieces.append(tok.translate(_CONFUSABLES_TABLE))
        prev = e
    pieces.append(text[prev:])
    return "".join(pieces)


_NFKC_CACHE: dict[str, str] = {}


def _nfkc_char(ch: str) -> str:
    r = _NFKC_CACHE.get(ch)
    if r is None:
        r = unicodedata.normalize("NFKC", ch)
        if len(_NFKC_CACHE) > 8192:
            _NFKC_CACHE.clear()
        _NFKC_CACHE[ch] = r
    return r


def _per_char(text: str, start: int, end: int, out: list[str], offsets: OffsetTable) -> None:
    for i in range(start, end):
        ch = text[i]
        if ch < "\x80":
            out.append(ch)
            offsets.add(i)
        elif ch in _INVISIBLE_SET:
            continue
        else:
            r = _nfkc_char(ch)
            out.append(r)
            if len(r) == 1:
                offsets.add(i)
            else:
                for _ in r:
                    offsets.add(i)


def _map_range(text: str, start: int, end: int, level: int, out: list[str], offsets: OffsetTable) -> None:
    """Append the normalized form of ``text[start:end]``: clean blocks whole, dirty ones split further.

    A block that is NFKC-stable and free of invisible characters holds no character that NFKC would
    change on its own, so copying it equals the character-by-character mapping.
    """
    if level >= len(_BLOCKS):
        _per_char(text, start, end, out, offsets)
        return
    size = _BLOCKS[level]
    for b0 in range(start, end, size):
        b1 = min(end, b0 + size)
        block = text[b0:b1]
        if block.isascii() or _clean(block):
            out.append(block)
            offsets.add(b0, b1 - b0)
        else:
            _map_range(text, b0, b1, level + 1, out, offsets)


def _clean(chunk: str) -> bool:
    return INVISIBLE_RE.search(chunk) is None and unicodedata.is_normalized("NFKC", chunk)


def _changing_class(*, bmp: bool, supplementary: bool = True) -> str:
    from shieldwall.core._nfkc_data import NFKC_CHANGING, UNIDATA_VERSION

    ranges: list[tuple[int, int]] = list(INVISIBLE_RANGES)
    if unicodedata.unidata_version == UNIDATA_VERSION:
        ranges.extend(NFKC_CHANGING)
    else:  # another Unicode version: fall back to the block-wise check for the NFKC part
        ranges.extend(r for r in NFKC_CHANGING if r[0] >= 0xFF00)
    if bmp:  # a class of BMP ranges compiles to a bitmap (fast); supplementary ranges are a linear list
        ranges = [(a, min(b, 0xFFFF)) for a, b in ranges if a <= 0xFFFF]
    elif not supplementary:
        ranges = []
    else:
        ranges = [(max(a, 0x10000), b) for a, b in ranges if b > 0xFFFF]
    return "".join(f"\\U{a:08x}" if a == b else f"\\U{a:08x}-\\U{b:08x}" for a, b in sorted(ranges))


_CHANGING_RUN_SUPP_RE = re.compile(f"[{_changing_class(bmp=False)}]+")
_SUPPLEMENTARY_RE = re.compile("[\U00010000-\U0010ffff]")
_CHANGING_RUN_BMP_RE = re.compile(f"[{_changing_class(bmp=True)}]+")


def _exact_table() -> bool:
    from shieldwall.core._nfkc_data import UNIDATA_VERSION

    return unicodedata.unidata_version == UNIDATA_VERSION


_EXACT_TABLE = _exact_table()


def _copy(text: str, start: int, end: int, out: list[str], offsets: OffsetTable) -> None:
    if _EXACT_TABLE:  # the table lists every character NFKC changes: the stretch is already normal
        out.append(text[start:end])
        offsets.add(start, end - start)
    else:
        _map_range(text, start, end, 0, out, offsets)


@functools.cache
def _one_to_one() -> tuple[dict[int, str], re.Pattern[str], re.Pattern[str]]:
    """(translate table of characters NFKC maps to exactly one character, regex of all the others)."""
    from shieldwall.core._nfkc_data import NFKC_CHANGING

    table: dict[int, str] = {}
    other: list[tuple[int, int]] = list(INVISIBLE_RANGES)
    for a, b in NFKC_CHANGING:
        for cp in range(a, b + 1):
            r = unicodedata.normalize("NFKC", chr(cp))
            if len(r) == 1 and chr(cp) not in _INVISIBLE_SET:
                table[cp] = r
            else:
                other.append((cp, cp))
    bmp = "".join(f"\\U{a:08x}-\\U{min(b, 0xFFFF):08x}" for a, b in sorted(other) if a <= 0xFFFF)
    supp = "".join(f"\\U{max(a, 0x10000):08x}-\\U{b:08x}" for a, b in sorted(other) if b > 0xFFFF)
    return table, re.compile(f"[{bmp}]"), re.compile(f"[{supp}]")


def normalize(text: str) -> NormalizedText:
    """Normalize ``text`` for matching (see the module docstring); cheap for ASCII."""
    if text.isascii():
        return NormalizedText(text, len(text))
    data = text.encode("utf-8", "surrogatepass")
    if (
        unicodedata.is_normalized("NFKC", text)
        and not may_have_mixed_tokens(data)
        and (not may_have_invisible(data) or INVISIBLE_RE.search(text) is None)
    ):
        return NormalizedText(text, len(text))
    if _EXACT_TABLE:
        table, multi_bmp, _multi_supp = _one_to_one()
        if multi_bmp.search(text) is None and _SUPPLEMENTARY_RE.search(text) is None:
            # every change is one character for one: offsets are the identity
            joined = _map_confusables(_CHANGING_RUN_BMP_RE.sub(lambda m: m.group().translate(table), text))
            if joined == text:
                return NormalizedText(text, len(text))
            identity = OffsetTable()
            identity.add(0, len(text))
            return NormalizedText(joined, len(text), identity)
    out: list[str] = []
    offsets = OffsetTable()
    prev = 0
    # copy the text between runs of characters that NFKC changes (or that are invisible) in bulk;
    # map only those runs character by character
    spans = [m.span() for m in _CHANGING_RUN_BMP_RE.finditer(text)]
    if _SUPPLEMENTARY_RE.search(text) is not None:
        spans = sorted(spans + [m.span() for m in _CHANGING_RUN_SUPP_RE.finditer(text)])
    for s, e in spans:
        if s > prev:
            _copy(text, prev, s, out, offsets)
        run = text[s:e]
        fast = unicodedata.normalize("NFKC", run) if INVISIBLE_RE.search(run) is None else None
        if fast is not None and len(fast) == len(run):  # one character for one: offsets stay aligned
            out.append(fast)
            offsets.add(s, e - s)
        else:
            _per_char(text, s, e, out, offsets)
        prev = e
    if prev < len(text):
        _copy(text, prev, len(text), out, offsets)
    # look-alikes inside tokens that mix them with Latin letters (after invisibles are gone); every
    # look-alike maps to one character, so the offsets stay valid
    joined = _map_confusables("".join(out))
    if joined == text:
        return NormalizedText(text, len(text))
    return NormalizedText(joined, len(text), offsets)
