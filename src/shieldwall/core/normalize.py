"""Hygiene normalization offered to every scanner.

``normalize(text)`` removes invisible and format characters (zero-width, bidi controls, Unicode tags,
variation selectors, soft hyphens, Hangul fillers), applies NFKC (full-width, mathematical and
circled letters become ASCII) and maps Cyrillic/Greek look-alikes inside tokens that also contain
Latin letters (``раураl`` stays Russian-looking only when it is Russian). The result keeps an offset
table so that a match in the normalized text maps back to a span of the original.

ASCII input takes a fast path and is returned as is.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

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

_INVISIBLE_CLASS = "".join(
    f"\\U{a:08x}" if a == b else f"\\U{a:08x}-\\U{b:08x}" for a, b in INVISIBLE_RANGES
)
INVISIBLE_RE = re.compile(f"[{_INVISIBLE_CLASS}]")

# Look-alikes of Latin letters in Cyrillic and Greek (and a few Latin-extended letters).
CONFUSABLES: dict[str, str] = {
    # Cyrillic lower case
    "а": "a", "в": "b", "е": "e", "ё": "e", "һ": "h", "і": "i", "ї": "i", "ј": "j", "к": "k",
    "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "ѕ": "s",
    "ԁ": "d", "ԛ": "q", "ԝ": "w", "ɡ": "g", "ӏ": "l", "ь": "b",
    # Cyrillic upper case
    "А": "A", "В": "B", "Е": "E", "Ё": "E", "З": "3", "І": "I", "Ј": "J", "К": "K", "М": "M",
    "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T", "У": "Y", "Х": "X", "Ѕ": "S", "Ԁ": "D",
    "Ԛ": "Q", "Ԝ": "W", "Ӏ": "I",
    # Greek
    "α": "a", "β": "b", "γ": "y", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
    "τ": "t", "υ": "u", "χ": "x", "ω": "w",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
    "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
    # Latin extended / IPA look-alikes
    "ı": "i", "ȷ": "j", "ℓ": "l", "ꞁ": "l", "ɑ": "a", "ɩ": "i", "ʋ": "u", "ᴠ": "v", "ᴡ": "w",
}  # fmt: skip

_TOKEN_RE = re.compile(r"\w+")
_ASCII_LETTER_RE = re.compile(r"[A-Za-z]")
# an ASCII letter next to a non-ASCII word character: the cheap pre-check for mixed tokens
_TRANSITION_RE = re.compile(r"[A-Za-z][^\W\x00-\x7f]|[^\W\x00-\x7f][A-Za-z]")
_INVISIBLE_SET: frozenset[str] = frozenset(chr(c) for a, b in INVISIBLE_RANGES for c in range(a, b + 1))
_BLOCK = 256  # normalization checks NFKC stability per block, then per sub-block, then per character
_SUB_BLOCK = 16


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """A normalized view of a text; ``offsets[i]`` is the original index of normalized char ``i``."""

    text: str
    original_length: int
    offsets: tuple[int, ...] | None = None  # None: identical to the original

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


def _mixed_tokens(text: str) -> set[int]:
    """Indices of confusable characters inside tokens that also contain ASCII letters."""
    hits: set[int] = set()
    if text.isascii() or _TRANSITION_RE.search(text) is None:
        return hits
    for m in _TOKEN_RE.finditer(text):
        tok = m.group()
        if tok.isascii() or _ASCII_LETTER_RE.search(tok) is None:
            continue
        base = m.start()
        for i, c in enumerate(tok):
            if c in CONFUSABLES:
                hits.add(base + i)
    return hits


def _per_char(text: str, start: int, end: int, out: list[str], offsets: list[int]) -> None:
    for i in range(start, end):
        ch = text[i]
        if ch < "\x80":
            out.append(ch)
            offsets.append(i)
        elif ch in _INVISIBLE_SET:
            continue
        else:
            r = unicodedata.normalize("NFKC", ch)
            out.append(r)
            offsets.extend([i] * len(r))


def _clean(chunk: str) -> bool:
    return INVISIBLE_RE.search(chunk) is None and unicodedata.is_normalized("NFKC", chunk)


def normalize(text: str) -> NormalizedText:
    """Normalize ``text`` for matching (see the module docstring); cheap for ASCII."""
    if text.isascii():
        return NormalizedText(text, len(text))
    if _clean(text) and not _mixed_tokens(text):
        return NormalizedText(text, len(text))
    out: list[str] = []
    offsets: list[int] = []
    n = len(text)
    # Whole blocks that are NFKC-stable and free of invisible characters are copied at C speed; an
    # NFKC-stable string holds no character that NFKC would change on its own, so this equals the
    # character-by-character mapping.
    for b0 in range(0, n, _BLOCK):
        b1 = min(n, b0 + _BLOCK)
        block = text[b0:b1]
        if block.isascii() or _clean(block):
            out.append(block)
            offsets.extend(range(b0, b1))
            continue
        for s0 in range(b0, b1, _SUB_BLOCK):
            s1 = min(b1, s0 + _SUB_BLOCK)
            sub = text[s0:s1]
            if sub.isascii() or _clean(sub):
                out.append(sub)
                offsets.extend(range(s0, s1))
            else:
                _per_char(text, s0, s1, out, offsets)
    # look-alikes inside tokens that mix them with Latin letters (after invisibles are gone)
    joined = "".join(out)
    mixed = _mixed_tokens(joined)
    if mixed:
        chars = list(joined)
        for j in mixed:
            chars[j] = CONFUSABLES[chars[j]]
        joined = "".join(chars)
    return NormalizedText(joined, len(text), tuple(offsets))
