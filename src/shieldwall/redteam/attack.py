"""The red team's vocabulary: attacks (as written in a suite file), their concrete instances (values filled
in, mutators applied) and the results a run produces.

Every type here is frozen; a run never changes an attack, it derives instances from it.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Outcome(StrEnum):
    """What one instance came to. Only ``success`` counts towards the attack success rate."""

    SUCCESS = "success"  # the judge saw the attack's goal reached (evidence kept)
    REFUSED = "refused"  # the target answered with a refusal (never a success)
    FAILED = "failed"  # the target answered, the goal was not reached
    BLOCKED = "blocked"  # a Shieldwall gateway (or the target's own filter) rejected the request or the answer
    ANSWERED = "answered"  # benign control: a normal answer
    ERROR = "error"  # transport or protocol error: not judged, excluded from the rates, redone on --resume


JUDGED = frozenset({Outcome.SUCCESS, Outcome.REFUSED, Outcome.FAILED, Outcome.BLOCKED, Outcome.ANSWERED})

TURN_ROLES = ("system", "user", "assistant", "document", "tool")


@dataclass(frozen=True, slots=True)
class Turn:
    """One message of an attack's conversation. ``tool`` turns carry a tool result (``name`` = the tool)."""

    role: str
    content: str
    name: str | None = None
    payload: bool = False  # the turn the mutators rewrite (default: the last user turn)


@dataclass(frozen=True, slots=True)
class JudgeSpec:
    """How success is decided; see ``judges.py`` for each type."""

    type: str  # marker | leak | exfil | tool_call | comply | benign
    text: str | None = None  # marker: the text that must be produced (default "{marker}")
    at_start: bool = False  # marker: it must open the answer
    values: tuple[str, ...] = ()  # leak: the values that must not come out (default the canary)
    host: str | None = None  # exfil: the attacker's host (default "{exfil_host}")
    tools: tuple[str, ...] = ()  # tool_call: dangerous tool names
    args_contains: tuple[str, ...] = ()  # tool_call: a call whose arguments contain one of these is dangerous
    on_tools: tuple[str, ...] = ()  # tool_call: args_contains applies to calls of these tools only (default: any)
    expect_any: tuple[str, ...] = ()  # comply: words an on-topic compliant answer contains


@dataclass(frozen=True, slots=True)
class Attack:
    id: str
    family: str
    category: str  # the Shieldwall category a success maps to (prompt_injection, canary_leak, ...)
    goal: str
    turns: tuple[Turn, ...]
    judge: JudgeSpec
    system: str  # the system prompt template (placeholders allowed)
    tags: tuple[str, ...] = ()
    tools: tuple[Mapping[str, Any], ...] = ()  # OpenAI tool definitions offered to the target
    conversation: bool = False  # multi-turn: every user turn gets the target's real reply before the next
    mutate: bool = True
    benign: bool = False
    source: str = ""  # "file:line" where the attack is defined


@dataclass(frozen=True, slots=True)
class Instance:
    """An attack with its values filled in and its mutators applied: exactly what is sent."""

    key: str  # "<attack id>|<mutator chain or none>": unique in a suite, stable across runs
    attack: Attack
    mutators: tuple[str, ...]
    messages: tuple[Mapping[str, Any], ...]  # the conversation up to (and including) each user turn to send
    values: Mapping[str, str]
    originals: tuple[str, ...]  # the payload text before mutation (for the judges' echo check)

    @property
    def mutator_label(self) -> str:
        return "+".join(self.mutators) if self.mutators else "none"


@dataclass(frozen=True, slots=True)
class Verdict:
    """A judge's decision with the reason, in words a reviewer can check against the evidence."""

    outcome: Outcome
    reason: str


@dataclass(slots=True)
class Result:
    """One instance's result in one mode: the JSON-lines record of a run (``to_dict``)."""

    key: str
    mode: str
    attack_id: str
    family: str
    category: str
    benign: bool
    mutators: list[str]
    outcome: Outcome
    reason: str
    judge: str
    request: list[dict[str, Any]] = field(default_factory=list)
    response: dict[str, Any] = field(default_factory=dict)
    status: int | None = None
    elapsed_ms: float = 0.0
    turn: int | None = None
    tools: list[str] = field(default_factory=list)  # names of the tools offered with the request

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "mode": self.mode,
            "attack_id": self.attack_id,
            "family": self.family,
            "category": self.category,
            "benign": self.benign,
            "mutators": self.mutators,
            "outcome": self.outcome.value,
            "reason": self.reason,
            "judge": self.judge,
            "status": self.status,
            "elapsed_ms": round(self.elapsed_ms, 2),
            "turn": self.turn,
            "tools": self.tools,
            "request": self.request,
            "response": self.response,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Result:
        return cls(
            key=str(d["key"]),
            mode=str(d["mode"]),
            attack_id=str(d["attack_id"]),
            family=str(d["family"]),
            category=str(d.get("category", "")),
            benign=bool(d["benign"]),
            mutators=[str(m) for m in d.get("mutators", [])],
            outcome=Outcome(d["outcome"]),
            reason=str(d.get("reason", "")),
            judge=str(d.get("judge", "")),
            request=list(d.get("request") or []),
            response=dict(d.get("response") or {}),
            status=d.get("status"),
            elapsed_ms=float(d.get("elapsed_ms") or 0.0),
            turn=d.get("turn"),
            tools=[str(t) for t in d.get("tools") or []],
        )


PLACEHOLDERS = (
    "canary",
    "marker",
    "exfil_host",
    "api_key",
    "db_password",
    "pii_name",
    "pii_email",
    "pii_phone",
    "pii_iban",
)
_PLACEHOLDER = re.compile(r"\{(" + "|".join(PLACEHOLDERS) + r")\}")


def instance_values(seed: int, attack_id: str) -> dict[str, str]:
    """The per-attack secrets and markers: derived from (seed, attack id), so a resumed run sends the same."""

    def h(label: str, n: int) -> str:
        return hashlib.sha256(f"{seed}:{attack_id}:{label}".encode()).hexdigest()[:n]

    def b32(label: str, n: int) -> str:
        digest = hashlib.sha256(f"{seed}:{attack_id}:{label}".encode()).digest()
        alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        return "".join(alphabet[b % 32] for b in digest[:n])

    digits = str(int(h("phone", 12), 16))[-7:].rjust(7, "0")
    return {
        "canary": f"CNRY-{b32('canary', 10)}",
        "marker": f"MRK-{b32('marker', 8)}",
        "exfil_host": f"collect-{h('host', 6)}.attacker.example",
        "api_key": f"sk-live-{h('key', 32)}",
        "db_password": f"Pw{b32('db', 6)}!{h('db2', 4)}",
        "pii_name": "Marta Kowalczyk",
        "pii_email": f"marta.k{h('mail', 4)}@kowalczyk-family.example",
        "pii_phone": f"+44 7700 9{digits[:2]} {digits[2:]}",
        "pii_iban": "DE44500105175407324931",
    }


def fill(text: str, values: Mapping[str, str]) -> str:
    """Replace ``{canary}``, ``{marker}`` … (only the known names; other braces stay as they are)."""
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], text)


@dataclass(frozen=True, slots=True)
class Reply:
    """What a target answered to one request (already parsed from the wire)."""

    content: str = ""
    tool_calls: tuple[Mapping[str, Any], ...] = ()
    status: int | None = 200
    blocked: bool = False  # a Shieldwall block (or the target's content filter): nothing was answered
    block_info: Mapping[str, Any] = field(default_factory=dict)
    error: str | None = None  # transport/protocol problem: the request is not judged
    elapsed_ms: float = 0.0

    def evidence(self, max_chars: int = 20_000) -> dict[str, Any]:
        out: dict[str, Any] = {"status": self.status, "content": self.content[:max_chars]}
        if len(self.content) > max_chars:
            out["truncated_chars"] = len(self.content) - max_chars
        if self.tool_calls:
            out["tool_calls"] = [dict(c) for c in self.tool_calls]
        if self.blocked:
            out["blocked"] = dict(self.block_info)
        if self.error:
            out["error"] = self.error
        return out
