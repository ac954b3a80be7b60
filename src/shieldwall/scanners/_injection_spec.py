"""What the helper-written pattern tables share (sessions 12 and 13): the entry type, the family names they use, and
bounded gaps inside one sentence for each kind of script.

A gap stops at the sentence ends of its script, so that two phrases of a rule stay in one sentence. The tables are
NFKC-normalised before they are compiled, so full-width marks (``！？``) in a gap are their ASCII forms there.
"""

from __future__ import annotations

Spec = tuple[str, str, str, float]  # (family, key, regex, weight)

PERSONA = "persona"
REFUSAL = "refusal_suppression"
OVERRIDE = "override"
EXTRACTION = "extraction"
INDIRECT = "indirect"
AI_READER = "ai_reader"


def gap(n: int) -> str:
    """A gap inside one sentence (Latin, Cyrillic, Greek, Hebrew, Thai and other scripts with ASCII sentence ends)."""
    return rf"[^.\n?!]{{0,{n}}}"


def gap_cjk(n: int) -> str:
    """A gap inside one sentence of Chinese or Japanese (stops at 。！？)."""
    return rf"[^。！？\n]{{0,{n}}}"


def gap_korean(n: int) -> str:
    """A gap inside one sentence of Korean, which ends sentences with either kind of mark."""
    return rf"[^.。！？!?\n]{{0,{n}}}"


def gap_arabic(n: int) -> str:
    """A gap inside one sentence of Arabic or Persian (also stops at the Arabic question mark ؟)."""
    return rf"[^.\n?!؟]{{0,{n}}}"


def gap_hindi(n: int) -> str:
    """A gap inside one sentence of Hindi (also stops at the danda ।)."""
    return rf"[^।.\n?!]{{0,{n}}}"


G12, G15, G20, G25, G30, G40, G50, G60 = (gap(n) for n in (12, 15, 20, 25, 30, 40, 50, 60))
