"""Seeded obfuscation transforms: the same text, seed and kind give the same copy.

Used by the robustness benchmark (``bench detect --augment``) and for augmented training copies
(``shieldwall train detector --augment``).
"""

from __future__ import annotations

import random
from collections.abc import Callable

AUGMENTATIONS = ("spacing", "random_case", "homoglyph", "leetspeak", "zero_width", "fullwidth")

_HOMOGLYPHS = {
    "a": "а", "c": "с", "e": "е", "i": "і", "j": "ј", "o": "о", "p": "р", "s": "ѕ", "x": "х", "y": "у",
    "A": "Α", "B": "Β", "C": "С", "E": "Ε", "H": "Η", "I": "Ι", "K": "Κ", "M": "Μ", "N": "Ν", "O": "Ο",
    "P": "Ρ", "T": "Τ", "X": "Χ", "Y": "Υ", "Z": "Ζ",
}  # fmt: skip
_LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "l": "1", "g": "9", "b": "8"}
_ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")


def _spacing(text: str, rng: random.Random) -> str:
    out: list[str] = []
    for i, ch in enumerate(text):
        out.append(ch)
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if ch.isalpha() and nxt.isalpha() and rng.random() < 0.35:
            out.append(" ")
    return "".join(out)


def _random_case(text: str, rng: random.Random) -> str:
    return "".join((ch.upper() if rng.random() < 0.5 else ch.lower()) if ch.isalpha() else ch for ch in text)


def _homoglyph(text: str, rng: random.Random) -> str:
    return "".join(_HOMOGLYPHS[ch] if ch in _HOMOGLYPHS and rng.random() < 0.6 else ch for ch in text)


def _leetspeak(text: str, rng: random.Random) -> str:
    out: list[str] = []
    for ch in text:
        sub = _LEET.get(ch.lower())
        out.append(sub if sub is not None and rng.random() < 0.7 else ch)
    return "".join(out)


def _zero_width(text: str, rng: random.Random) -> str:
    out: list[str] = []
    for i, ch in enumerate(text):
        out.append(ch)
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if ch.isalnum() and nxt.isalnum() and rng.random() < 0.3:
            out.append(rng.choice(_ZERO_WIDTH))
    return "".join(out)


def _fullwidth(text: str, rng: random.Random) -> str:
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else "\u3000" if ch == " " else ch for ch in text)


_TRANSFORMS: dict[str, Callable[[str, random.Random], str]] = {
    "spacing": _spacing,
    "random_case": _random_case,
    "homoglyph": _homoglyph,
    "leetspeak": _leetspeak,
    "zero_width": _zero_width,
    "fullwidth": _fullwidth,
}


def augment(text: str, kind: str, rng: random.Random) -> str:
    """Apply the transform ``kind`` (one of ``AUGMENTATIONS``) to ``text``, drawing choices from ``rng``."""
    fn = _TRANSFORMS.get(kind)
    if fn is None:
        raise ValueError(f"unknown augmentation {kind!r} (known: {', '.join(AUGMENTATIONS)})")
    return fn(text, rng)


def rng_for(seed: int, kind: str, index: int) -> random.Random:
    """The generator for one (seed, transform, example) triple: independent of order and of hash seeds."""
    return random.Random(f"{seed}:{kind}:{index}")


__all__ = ["AUGMENTATIONS", "augment", "rng_for"]
