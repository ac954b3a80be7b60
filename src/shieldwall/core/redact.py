"""Redaction from spans, once, and the per-request vault that restores placeholders later.

The pipeline replaces each redacted span by a typed placeholder (``[EMAIL_1]``, ``[SECRET_2]``); the
same value gets the same placeholder within a request. ``Vault.restore`` puts the originals back into
later text (the model's answer). The vault is bounded and its ``repr`` never shows a value.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass

from shieldwall.core.types import Span

PLACEHOLDER_RE = re.compile(r"\[([A-Z][A-Z0-9_]{0,30})_(\d{1,6})\]")
_LABEL_RE = re.compile(r"[^A-Z0-9_]")


class Vault:
    """Placeholder ↔ original value, for one request (thread-safe, bounded)."""

    __slots__ = ("_by_placeholder", "_by_value", "_counters", "_lock", "max_entries")

    def __init__(self, *, max_entries: int = 10_000) -> None:
        self.max_entries = max_entries
        self._by_placeholder: dict[str, str] = {}
        self._by_value: dict[tuple[str, str], str] = {}
        self._counters: dict[str, int] = {}
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._by_placeholder)

    def __repr__(self) -> str:
        return f"Vault({len(self)} entries)"

    def placeholder(self, label: str, value: str) -> str:
        """The placeholder for ``value`` (created on first use)."""
        label = _LABEL_RE.sub("_", label.upper())[:30] or "REDACTED"
        key = (label, value)
        with self._lock:
            ph = self._by_value.get(key)
            if ph is not None:
                return ph
            n = self._counters.get(label, 0) + 1
            ph = f"[{label}_{n}]"
            if len(self._by_placeholder) >= self.max_entries:
                return ph  # still redacted, just not restorable
            self._counters[label] = n
            self._by_value[key] = ph
            self._by_placeholder[ph] = value
            return ph

    def restore(self, text: str) -> str:
        """Replace every placeholder this vault created by its original value."""
        if not self._by_placeholder or "[" not in text:
            return text
        return PLACEHOLDER_RE.sub(lambda m: self._by_placeholder.get(m.group(0), m.group(0)), text)

    def items(self) -> list[tuple[str, str]]:
        with self._lock:
            return list(self._by_placeholder.items())


@dataclass(frozen=True, slots=True)
class Redaction:
    span: Span
    label: str


def merge(redactions: Iterable[Redaction]) -> list[Redaction]:
    """Sort by start and merge overlapping spans (the earliest-starting label wins)."""
    out: list[Redaction] = []
    for r in sorted(redactions, key=lambda r: (r.span.start, -r.span.end)):
        if out and r.span.start < out[-1].span.end:
            last = out[-1]
            if r.span.end > last.span.end:
                out[-1] = Redaction(Span(last.span.start, r.span.end), last.label)
            continue
        out.append(r)
    return out


def apply(text: str, redactions: Iterable[Redaction], vault: Vault, *, restore: bool = False) -> str:
    """Replace each (merged) span of ``text`` by its placeholder, in one pass.

    ``restore``: also put back the originals of placeholders already in the text (a model's answer), but
    only outside the redacted spans — the placeholders this call inserts stay redacted.
    """
    parts: list[str] = []
    pos = 0
    for r in merge(redactions):
        s, e = r.span.start, min(r.span.end, len(text))
        if s >= e or s < pos:
            continue
        parts.append(vault.restore(text[pos:s]) if restore else text[pos:s])
        parts.append(vault.placeholder(r.label, text[s:e]))
        pos = e
    parts.append(vault.restore(text[pos:]) if restore else text[pos:])
    return "".join(parts)
