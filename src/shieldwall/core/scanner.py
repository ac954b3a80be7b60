"""The scanner protocol and the per-request context handed to every scanner.

A scanner is a small class with declarative class metadata (``name``, ``categories``, ``directions``,
``roles``, ``rules``); its configuration is its keyword-only constructor, which also does all heavy
loading. ``scan`` is synchronous, pure and bounded in time; instances are immutable and shared between
threads. A scanner never rewrites text: the pipeline applies redactions once, from spans.

A scanner may also implement ``expand`` (the ``Expander`` protocol): it returns derived texts (decoded
base64, hidden Unicode-tag ASCII, ...) that the pipeline scans again with every scanner, up to the
policy's decoding depth.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar, Protocol, TypeVar, cast, runtime_checkable

from shieldwall.core.normalize import NormalizedText, normalize
from shieldwall.core.redact import Vault
from shieldwall.core.types import Category, Direction, Finding, Role, Segment, Span

T = TypeVar("T")


@runtime_checkable
class Scanner(Protocol):
    """What every scanner provides. Docstring line 1 of an implementation is its description."""

    name: ClassVar[str]
    categories: ClassVar[frozenset[Category]]
    directions: ClassVar[frozenset[Direction]]
    roles: ClassVar[frozenset[Role]]
    rules: ClassVar[Mapping[str, str]]  # stable rule id -> one-line description

    def scan(self, segment: Segment, ctx: ScanContext) -> Sequence[Finding]: ...


@dataclass(frozen=True, slots=True)
class Derived:
    """A text derived from a region of a segment (e.g. a decoded payload), to be scanned again."""

    text: str
    span: Span  # the region of the parent segment it came from
    via: str  # how it was derived: "base64", "hex", "unicode_tags", ...


@runtime_checkable
class Expander(Protocol):
    """Optional second face of a scanner: texts hidden inside a segment, for the pipeline to rescan."""

    def expand(self, segment: Segment, ctx: ScanContext) -> Sequence[Derived]: ...


class Classifier(Protocol):
    """A text classifier (implemented in ``shieldwall.models``; injected into scanners that use one)."""

    labels: Sequence[str]

    def predict(self, texts: Sequence[str]) -> Sequence[Mapping[str, float]]: ...


@dataclass(slots=True)
class ScanContext:
    """Per-request state: who asks, what came before, canaries, deadline and the redaction vault.

    ``history`` holds the request's other segments (e.g. the system prompt when scanning the output).
    ``canaries`` are the canary tokens planted in this request's system prompt.
    ``context_secrets`` are credential-like values of the request's trusted (system/developer) messages that
    the output must not repeat (``shieldwall.scanners.canary.collect_context_secrets``); ``None``: not
    collected by the caller, the ``canary`` scanner then collects them from the system segments of ``history``.
    They are values, not text to log: nothing that reports on a context shows them.
    """

    direction: Direction = Direction.INPUT
    tenant: str | None = None
    request_id: str | None = None
    history: Sequence[Segment] = ()
    canaries: Sequence[str] = ()
    context_secrets: Sequence[str] | None = field(default=None, repr=False)
    deadline: float | None = None  # time.monotonic() value
    vault: Vault = field(default_factory=Vault)
    extra: dict[str, Any] = field(default_factory=dict)
    _norm_cache: dict[str, NormalizedText] = field(default_factory=dict, repr=False)

    def normalized(self, text: str) -> NormalizedText:
        """The hygiene-normalized view of ``text`` (cached per request), with offsets back to ``text``."""
        hit = self._norm_cache.get(text)
        if hit is None:
            if len(self._norm_cache) > 64:
                self._norm_cache.clear()
            hit = normalize(text)
            self._norm_cache[text] = hit
        return hit

    def memo(self, owner: object, text: str, compute: Callable[[str], T], *, max_entries: int = 32) -> T:
        """Per-request memo of ``compute(text)`` for one scanner instance (e.g. shared by scan and expand).

        Bounded: the memo of an owner is cleared when it reaches ``max_entries``.
        """
        caches = self.extra.setdefault("shieldwall.memo", {})
        cache = caches.get(id(owner))
        if cache is None:
            cache = caches[id(owner)] = {}
        if text in cache:
            return cast(T, cache[text])
        value = compute(text)
        if len(cache) >= max_entries:
            cache.clear()
        cache[text] = value
        return value

    def remaining(self) -> float | None:
        """Seconds left before the deadline (None when there is none)."""
        if self.deadline is None:
            return None
        return self.deadline - time.monotonic()

    def expired(self) -> bool:
        return self.deadline is not None and time.monotonic() >= self.deadline


def describe(cls: type) -> str:
    """A scanner class's one-line description: the first line of its docstring."""
    doc = (cls.__doc__ or "").strip()
    return doc.splitlines()[0].strip() if doc else ""
