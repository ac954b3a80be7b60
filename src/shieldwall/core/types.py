"""The vocabulary: segments, findings, verdicts and the enums they use.

All types are frozen; they are shared between threads and serialized by every consumer (CLI, gateway,
audit log, red team, benchmarks) through ``to_dict``. The JSON names are stable.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple


class Role(enum.StrEnum):
    """Who produced a segment."""

    SYSTEM = "system"
    USER = "user"
    ASSISTANT = "assistant"
    TOOL = "tool"  # a tool's result, fed back to the model
    TOOL_CALL = "tool_call"  # a tool call emitted by the model: text = JSON arguments, source = tool name
    DOCUMENT = "document"  # retrieved content (RAG), web pages, e-mails, files
    MEMORY = "memory"


class Trust(enum.StrEnum):
    TRUSTED = "trusted"
    UNTRUSTED = "untrusted"


class Direction(enum.StrEnum):
    INPUT = "input"  # towards the model
    OUTPUT = "output"  # from the model


class Category(enum.StrEnum):
    """Closed set of finding categories; the values are stable strings (metrics, JSON, policies)."""

    PROMPT_INJECTION = "prompt_injection"
    JAILBREAK = "jailbreak"
    HARMFUL_REQUEST = "harmful_request"
    OBFUSCATION = "obfuscation"
    SECRET = "secret"
    PII = "pii"
    CANARY_LEAK = "canary_leak"
    EXFILTRATION = "exfiltration"
    UNSAFE_TOOL_CALL = "unsafe_tool_call"
    UNSAFE_CODE = "unsafe_code"
    KNOWN_ATTACK = "known_attack"
    MALICIOUS_MODEL = "malicious_model"
    SCANNER_ERROR = "scanner_error"


class _OrderedStrEnum(enum.StrEnum):
    """A string enum ordered by declaration, so that ``max()`` combines values."""

    @property
    def rank(self) -> int:
        return _RANKS[self]

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.rank < other.rank

    def __le__(self, other: object) -> bool:
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.rank <= other.rank

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.rank > other.rank

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.rank >= other.rank


class Action(_OrderedStrEnum):
    """What the policy does: ``allow < flag < redact < block``; several actions combine with ``max()``."""

    ALLOW = "allow"
    FLAG = "flag"
    REDACT = "redact"
    BLOCK = "block"


_RANKS: dict[Any, int] = {a: i for i, a in enumerate(Action)}


class Status(enum.StrEnum):
    """How one scanner run ended; an error is never mistaken for 'allowed'."""

    OK = "ok"
    ERROR = "error"
    TIMEOUT = "timeout"
    SKIPPED = "skipped"


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open range ``[start, end)`` in code points of the segment's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def to_list(self) -> list[int]:
        return [self.start, self.end]


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of text with its provenance. ``trust`` defaults from the role."""

    text: str
    role: Role = Role.USER
    trust: Trust | None = None
    source: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.text, str):
            raise TypeError("Segment.text must be str")
        if self.trust is None:
            trusted = self.role in (Role.SYSTEM,)
            object.__setattr__(self, "trust", Trust.TRUSTED if trusted else Trust.UNTRUSTED)

    @property
    def untrusted(self) -> bool:
        return self.trust is Trust.UNTRUSTED


@dataclass(frozen=True, slots=True)
class Finding:
    """One scanner's observation. Never holds a raw secret or the full input: ``evidence`` is masked."""

    scanner: str
    rule: str
    category: Category
    score: float
    message: str
    span: Span | None = None
    evidence: str | None = None
    entity: str | None = None  # placeholder label when redacted, e.g. "EMAIL" -> [EMAIL_1]
    segment: int = 0  # index of the segment in the scanned request
    via: tuple[str, ...] = ()  # decoding path when found inside a decoded payload ("base64", ...)
    action: Action | None = None  # set by the pipeline from the policy

    def __post_init__(self) -> None:
        if not 0.0 <= self.score <= 1.0:
            raise ValueError(f"score {self.score} outside [0, 1]")
        if self.evidence is not None and len(self.evidence) > 64:
            object.__setattr__(self, "evidence", self.evidence[:61] + "...")

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "scanner": self.scanner,
            "rule": self.rule,
            "category": self.category.value,
            "score": round(self.score, 4),
            "span": self.span.to_list() if self.span else None,
            "message": self.message,
            "action": self.action.value if self.action else None,
            "segment": self.segment,
        }
        if self.evidence is not None:
            d["evidence"] = self.evidence
        if self.entity is not None:
            d["entity"] = self.entity
        if self.via:
            d["via"] = list(self.via)
        return d


class ScannerRun(NamedTuple):
    """One scanner's run over one segment, as recorded by the pipeline (a tuple: cheap to create)."""

    scanner: str
    segment: int
    status: Status
    elapsed_ms: float
    findings: int = 0
    error: str | None = None  # "TypeName: message", never a traceback or payload

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "scanner": self.scanner,
            "segment": self.segment,
            "status": self.status.value,
            "elapsed_ms": round(self.elapsed_ms, 4),
            "findings": self.findings,
        }
        if self.error:
            d["error"] = self.error
        return d


@dataclass(frozen=True, slots=True)
class Verdict:
    """The policy's decision over all findings of one request."""

    action: Action
    findings: tuple[Finding, ...]
    runs: tuple[ScannerRun, ...]
    texts: tuple[str, ...] | None  # rewritten segment texts when something was redacted or restored
    latency_ms: float
    direction: Direction = Direction.INPUT
    policy_id: str = "default"
    policy_version: str = "1"
    meta: Mapping[str, Any] = field(default_factory=dict)

    @property
    def allowed(self) -> bool:
        return self.action is Action.ALLOW

    @property
    def text(self) -> str | None:
        """The rewritten text of the first segment, if any rewriting happened."""
        return self.texts[0] if self.texts else None

    @property
    def categories(self) -> list[str]:
        return sorted({f.category.value for f in self.findings if f.action and f.action > Action.ALLOW})

    @property
    def rules(self) -> list[str]:
        return sorted({f.rule for f in self.findings if f.action and f.action > Action.ALLOW})

    def to_dict(self, *, include_runs: bool = True) -> dict[str, Any]:
        d: dict[str, Any] = {
            "action": self.action.value,
            "allowed": self.allowed,
            "findings": [f.to_dict() for f in self.findings],
            "texts": list(self.texts) if self.texts is not None else None,
            "latency_ms": round(self.latency_ms, 4),
            "direction": self.direction.value,
            "policy": {"id": self.policy_id, "version": self.policy_version},
        }
        if include_runs:
            d["runs"] = [r.to_dict() for r in self.runs]
        return d


def combine(actions: Iterable[Action]) -> Action:
    """Combine actions: the strongest wins (``allow`` when there are none)."""
    return max(actions, default=Action.ALLOW)


def mask(value: str, *, keep: int = 4) -> str:
    """Masked evidence: a few leading characters and the length, never the value itself."""
    v = value.replace("\n", " ")
    if len(v) <= keep * 2:
        return "*" * min(len(v), 8)
    return f"{v[:keep]}…[{len(v)} chars]"
