"""The pipeline: runs a policy's scanners over segments and turns findings into one ``Verdict``.

- every scanner run is isolated: an exception becomes a ``ScannerRun`` with status ``error``;
- a per-request deadline: scanners that did not start in time are recorded as ``timeout``;
- errors and timeouts block under fail-closed (the default) and only flag under fail-open;
- expanders (decoders) produce derived texts that are scanned again, up to ``max_decode_depth``;
  what is found inside is reported on the encoded region with an ``obfuscation`` finding;
- redaction is applied once, from spans, with the request's vault; output text gets placeholders
  restored.

``scan`` is synchronous; ``ascan`` runs it in the pipeline's bounded thread pool (never
``asyncio.run`` inside the library).
"""

from __future__ import annotations

import functools
import time
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace

from shieldwall.core import redact
from shieldwall.core.errors import InputError, InputTooLarge
from shieldwall.core.limits import Limits, check_text
from shieldwall.core.scanner import Derived, Expander, ScanContext, Scanner
from shieldwall.core.types import (
    Action,
    Category,
    Direction,
    Finding,
    Role,
    ScannerRun,
    Segment,
    Status,
    Verdict,
    combine,
)


@dataclass(frozen=True, slots=True)
class ActionRule:
    """Map a score to an action: ``action`` at or above ``threshold``, else ``allow``."""

    action: Action
    threshold: float = 0.5

    def decide(self, score: float) -> Action:
        return self.action if score >= self.threshold else Action.ALLOW


@dataclass(frozen=True, slots=True)
class ScannerSlot:
    """A configured scanner in a pipeline, with the roles and directions it runs on."""

    name: str
    scanner: Scanner
    roles: frozenset[Role]
    directions: frozenset[Direction]

    @property
    def expander(self) -> Expander | None:
        expand = getattr(self.scanner, "expand", None)
        return self.scanner if callable(expand) else None  # type: ignore[return-value]


DEFAULT_ACTIONS: Mapping[Category, ActionRule] = {
    Category.PROMPT_INJECTION: ActionRule(Action.BLOCK, 0.8),
    Category.JAILBREAK: ActionRule(Action.BLOCK, 0.8),
    Category.HARMFUL_REQUEST: ActionRule(Action.ALLOW, 1.0),
    Category.OBFUSCATION: ActionRule(Action.FLAG, 0.5),
    Category.SECRET: ActionRule(Action.REDACT, 0.5),
    Category.PII: ActionRule(Action.REDACT, 0.5),
    Category.CANARY_LEAK: ActionRule(Action.BLOCK, 0.5),
    Category.EXFILTRATION: ActionRule(Action.BLOCK, 0.7),
    Category.UNSAFE_TOOL_CALL: ActionRule(Action.BLOCK, 0.7),
    Category.UNSAFE_CODE: ActionRule(Action.FLAG, 0.5),
    Category.KNOWN_ATTACK: ActionRule(Action.BLOCK, 0.8),
    Category.MALICIOUS_MODEL: ActionRule(Action.BLOCK, 0.5),
    Category.SCANNER_ERROR: ActionRule(Action.BLOCK, 0.0),
}


@dataclass(slots=True)
class _Acc:
    findings: list[Finding] = field(default_factory=list)
    runs: list[ScannerRun] = field(default_factory=list)


class Pipeline:
    """Runs scanners over segments under a policy and returns a ``Verdict``."""

    def __init__(
        self,
        slots: Sequence[ScannerSlot],
        *,
        actions: Mapping[Category, ActionRule] | None = None,
        rule_actions: Mapping[str, ActionRule] | None = None,
        disabled_rules: frozenset[str] = frozenset(),
        fail_closed: bool = True,
        limits: Limits | None = None,
        policy_id: str = "custom",
        policy_version: str = "1",
        max_workers: int = 4,
    ) -> None:
        self.slots = tuple(slots)
        self.actions = {**DEFAULT_ACTIONS, **(actions or {})}
        self.rule_actions = dict(rule_actions or {})
        self.disabled_rules = disabled_rules
        self.fail_closed = fail_closed
        self.limits = limits or Limits()
        self.policy_id = policy_id
        self.policy_version = policy_version
        self._max_workers = max_workers
        self._executor: ThreadPoolExecutor | None = None
        self._route: dict[tuple[Role, Direction], tuple[ScannerSlot, ...]] = {}
        self._expanders: dict[tuple[Role, Direction], tuple[tuple[str, Expander], ...]] = {}
        for role in Role:
            for direction in Direction:
                route = tuple(s for s in self.slots if role in s.roles and direction in s.directions)
                self._route[(role, direction)] = route
                self._expanders[(role, direction)] = tuple(
                    (s.name, e) for s in route if (e := s.expander) is not None
                )

    # -- public API ---------------------------------------------------------------------------

    def scanners_for(self, role: Role, direction: Direction) -> tuple[ScannerSlot, ...]:
        return self._route[(role, direction)]

    def scan(
        self,
        segments: str | Segment | Sequence[Segment],
        ctx: ScanContext | None = None,
        *,
        direction: Direction | None = None,
    ) -> Verdict:
        """Scan one request (one or more segments) and decide."""
        t0 = time.perf_counter()
        segs = self._segments(segments)
        if ctx is None:
            ctx = ScanContext(direction=direction or Direction.INPUT)
        elif direction is not None and ctx.direction is not direction:
            ctx = replace(ctx, direction=direction)
        if ctx.deadline is None:
            ctx.deadline = time.monotonic() + self.limits.deadline_ms / 1000.0
        acc = _Acc()
        for idx, seg in enumerate(segs):
            self._scan_segment(seg, idx, ctx, 0, acc)
        return self._decide(segs, acc, ctx, t0)

    async def ascan(
        self,
        segments: str | Segment | Sequence[Segment],
        ctx: ScanContext | None = None,
        *,
        direction: Direction | None = None,
    ) -> Verdict:
        """Asynchronous twin of ``scan``: the same work, in the pipeline's thread pool."""
        import asyncio

        loop = asyncio.get_running_loop()
        if self._executor is None:
            self._executor = ThreadPoolExecutor(self._max_workers, thread_name_prefix="shieldwall-scan")
        call = functools.partial(self.scan, segments, ctx, direction=direction)
        return await loop.run_in_executor(self._executor, call)

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None

    async def aclose(self) -> None:
        self.close()

    # -- internals ----------------------------------------------------------------------------

    def _segments(self, segments: str | Segment | Sequence[Segment]) -> list[Segment]:
        if isinstance(segments, str):
            segs = [Segment(segments)]
        elif isinstance(segments, Segment):
            segs = [segments]
        else:
            segs = list(segments)
        lim = self.limits
        if len(segs) > lim.max_segments:
            raise InputTooLarge(f"request has {len(segs)} segments, over the limit of {lim.max_segments}")
        total = 0
        for i, s in enumerate(segs):
            if not isinstance(s, Segment):
                raise InputError(f"segment {i} is {type(s).__name__}, not a Segment")
            check_text(s.text, lim, what=f"segment {i}" if len(segs) > 1 else "input")
            total += len(s.text)
        if total > lim.max_total_chars:
            raise InputTooLarge(f"request is {total:,} characters, over the limit of {lim.max_total_chars:,}")
        return segs

    def _scan_segment(self, seg: Segment, idx: int, ctx: ScanContext, depth: int, acc: _Acc) -> None:
        key = (seg.role, ctx.direction)
        deadline = ctx.deadline if ctx.deadline is not None else float("inf")
        clock = time.perf_counter
        runs = acc.runs
        for slot in self._route[key]:
            if time.monotonic() >= deadline:
                runs.append(ScannerRun(slot.name, idx, Status.TIMEOUT, 0.0, 0, "deadline exceeded"))
                continue
            start = clock()
            try:
                found = slot.scanner.scan(seg, ctx)
            except Exception as exc:  # isolation: one scanner failing never breaks the request
                elapsed = (clock() - start) * 1000.0
                runs.append(ScannerRun(slot.name, idx, Status.ERROR, elapsed, 0, _describe(exc, seg.text)))
                continue
            runs.append(ScannerRun(slot.name, idx, Status.OK, (clock() - start) * 1000.0, len(found)))
            if found:
                acc.findings.extend(f if f.segment == idx else replace(f, segment=idx) for f in found)
        if depth >= self.limits.max_decode_depth:
            return
        for name, expander in self._expanders[key]:
            if ctx.expired():
                continue
            try:
                derived = expander.expand(seg, ctx)
            except Exception as exc:
                acc.runs.append(ScannerRun(f"{name}.expand", idx, Status.ERROR, 0.0, 0, _describe(exc, seg.text)))
                continue
            for d in derived:
                self._scan_derived(seg, d, idx, ctx, depth, acc, name)

    def _scan_derived(
        self, parent: Segment, d: Derived, idx: int, ctx: ScanContext, depth: int, acc: _Acc, by: str
    ) -> None:
        text = d.text[: self.limits.max_decoded_chars]
        if not text.strip():
            return
        child = Segment(text, parent.role, parent.trust, parent.source)
        sub = _Acc()
        self._scan_segment(child, idx, ctx, depth + 1, sub)
        acc.runs.extend(sub.runs)
        if not sub.findings:
            return
        cats = sorted({f.category.value for f in sub.findings})
        rehomed = [replace(f, span=d.span, via=(d.via, *f.via), segment=idx) for f in sub.findings]
        acc.findings.extend(rehomed)
        acc.findings.append(
            Finding(
                scanner=by,
                rule=f"{by}.hidden_content",
                category=Category.OBFUSCATION,
                score=max(f.score for f in sub.findings),
                message=f"{d.via}-encoded text hides: {', '.join(cats)}",
                span=d.span,
                segment=idx,
                via=(d.via,),
            )
        )

    def _decide(self, segs: list[Segment], acc: _Acc, ctx: ScanContext, t0: float) -> Verdict:
        decided: list[Finding] = []
        for f in acc.findings:
            if f.rule in self.disabled_rules:
                continue
            rule = self.rule_actions.get(f.rule) or self.actions.get(f.category)
            action = rule.decide(f.score) if rule else Action.FLAG
            decided.append(replace(f, action=action))
        for run in acc.runs:
            if run.status is Status.ERROR or run.status is Status.TIMEOUT:
                action = Action.BLOCK if self.fail_closed else Action.ALLOW
                decided.append(
                    Finding(
                        scanner=run.scanner,
                        rule=f"pipeline.scanner_{run.status.value}",
                        category=Category.SCANNER_ERROR,
                        score=1.0,
                        message=f"scanner {run.scanner} {run.status.value} on segment {run.segment}"
                        + (f": {run.error}" if run.error else "")
                        + ("" if self.fail_closed else " (fail-open)"),
                        segment=run.segment,
                        action=action,
                    )
                )
        decided.sort(key=lambda f: (f.segment, f.span.start if f.span else -1, -f.score))
        verdict_action = combine(f.action for f in decided if f.action is not None)
        texts = self._rewrite(segs, decided, ctx)
        return Verdict(
            action=verdict_action,
            findings=tuple(decided),
            runs=tuple(acc.runs),
            texts=texts,
            latency_ms=(time.perf_counter() - t0) * 1000.0,
            direction=ctx.direction,
            policy_id=self.policy_id,
            policy_version=self.policy_version,
        )

    def _rewrite(self, segs: list[Segment], findings: list[Finding], ctx: ScanContext) -> tuple[str, ...] | None:
        by_segment: dict[int, list[redact.Redaction]] = {}
        for f in findings:
            if f.action is Action.REDACT and f.span is not None:
                label = f.entity or f.category.value
                by_segment.setdefault(f.segment, []).append(redact.Redaction(f.span, label))
        restore = ctx.direction is Direction.OUTPUT and len(ctx.vault) > 0
        if not by_segment and not restore:
            return None
        out: list[str] = []
        for i, s in enumerate(segs):
            text = s.text
            if i in by_segment:  # placeholders of the text restored, the new ones left in place
                text = redact.apply(text, by_segment[i], ctx.vault, restore=restore)
            elif restore:
                text = ctx.vault.restore(text)
            out.append(text)
        return tuple(out)


def _describe(exc: BaseException, text: str) -> str:
    """``Type: message``, without the message when it may quote the scanned text (no payload in errors)."""
    msg = str(exc).splitlines()[0][:160] if str(exc) else ""
    if msg and any(len(tok) >= 4 and tok in text for tok in msg.replace("'", " ").replace('"', " ").split()):
        msg = "(message withheld: it quotes the input)"
    return f"{type(exc).__name__}: {msg}" if msg else type(exc).__name__
