"""Incremental output scanning for SSE streams.

``StreamGuard`` holds back the tail of the model's text that could still become something sensitive and
scans the rest, together with a window of already released text, before releasing it:

- the trailing run of printable ASCII without whitespace (up to ``max_token_chars``) is never released
  before it ends: canaries, API keys, URLs and ``[EMAIL_1]`` placeholders are such runs, so a chunk never
  carries a prefix that the next chunk could complete; text in scripts without spaces flows through;
- the beginning of a canary or context secret (``ctx.canaries``, ``ctx.context_secrets``) at the end of the
  text is held while it is still incomplete, also when it is spaced out or contains spaces itself
  (``SecretHold``), so a stream never shows more than 2 of its letters/digits before the scan sees it whole;
- a further ``holdback_chars`` are always held (0 by default, to keep time-to-first-token low);
- each release scans ``context_chars`` of released text plus the pending text; ``block`` ends the stream
  with an OpenAI-shaped error event and ``data: [DONE]``; ``redact`` rewrites the released text and the
  request's vault restores placeholders.
"""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from shieldwall.core import redact
from shieldwall.core.pipeline import Pipeline
from shieldwall.core.scanner import ScanContext
from shieldwall.core.types import Action, Direction, Finding, Role, Segment, Span, Verdict
from shieldwall.gateway.config import StreamingConfig
from shieldwall.scanners.canary import SecretHold

_TRAILING_RUN = re.compile(r"[\x21-\x7e]*\Z")


class StreamBlocked(Exception):
    def __init__(self, verdict: Verdict) -> None:
        super().__init__("stream blocked")
        self.verdict = verdict


@dataclass(slots=True)
class OutputRecord:
    """Everything the output scans of one response found (for the audit log and metrics)."""

    action: Action = Action.ALLOW
    findings: list[Finding] = field(default_factory=list)
    latency_ms: float = 0.0
    scans: int = 0
    _seen: set[tuple[str, int, int]] = field(default_factory=set)

    def add(self, v: Verdict, *, base: int = 0) -> None:
        self.scans += 1
        self.latency_ms += v.latency_ms
        self.action = max(self.action, v.action)
        for f in v.findings:
            start = f.span.start + base if f.span else -1
            key = (f.rule, f.segment, start)
            if key in self._seen:
                continue
            self._seen.add(key)
            self.findings.append(f)

    @property
    def categories(self) -> list[str]:
        return sorted({f.category.value for f in self.findings if f.action and f.action > Action.ALLOW})

    @property
    def rules(self) -> list[str]:
        return sorted({f.rule for f in self.findings if f.action and f.action > Action.ALLOW})


async def run_scan(
    pipeline: Pipeline, segments: Sequence[Segment], ctx: ScanContext, direction: Direction, inline_chars: int
) -> Verdict:
    """Scan small inputs on the event loop (cheaper than a thread hop), larger ones in the pipeline's pool."""
    if inline_chars and sum(len(s.text) for s in segments) <= inline_chars:
        return pipeline.scan(segments, ctx, direction=direction)
    return await pipeline.ascan(segments, ctx, direction=direction)


class StreamGuard:
    """One choice's text stream: ``feed`` deltas, get releasable text; ``finish`` flushes."""

    def __init__(
        self,
        pipeline: Pipeline,
        ctx: ScanContext,
        cfg: StreamingConfig,
        record: OutputRecord,
        *,
        role: Role = Role.ASSISTANT,
        inline_chars: int = 0,
    ) -> None:
        self.pipeline = pipeline
        self.inline_chars = inline_chars
        self.ctx = ctx
        self.cfg = cfg
        self.record = record
        self.role = role
        self.pending = ""
        self.context = ""  # tail of released raw text
        self.released_raw = 0  # characters of raw model text released so far
        self.text_out: list[str] = []  # what the client received (after redaction/restoration)
        self.hold = SecretHold([*ctx.canaries, *(ctx.context_secrets or ())])

    def _cut(self, final: bool) -> int:
        if final:
            return len(self.pending)
        cut = len(self.pending) - self.cfg.holdback_chars
        m = _TRAILING_RUN.search(self.pending)
        if m is not None and len(self.pending) - m.start() <= self.cfg.max_token_chars:
            cut = min(cut, m.start())
        if self.hold:  # a secret's beginning may already be in the released context: then hold all pending
            cut = min(cut, max(0, self.hold.cut(self.context + self.pending) - len(self.context)))
        return max(cut, 0)

    async def feed(self, delta: str) -> str:
        self.pending += delta
        return await self._release(final=False)

    async def finish(self) -> str:
        return await self._release(final=True)

    async def _release(self, *, final: bool) -> str:
        cut = self._cut(final)
        if cut <= 0 or not self.pending:
            return ""
        window = self.context + self.pending
        self.ctx.deadline = None  # the policy's deadline is per scan: the pipeline sets a fresh one
        verdict = await run_scan(
            self.pipeline, [Segment(window, self.role)], self.ctx, Direction.OUTPUT, self.inline_chars
        )
        off = len(self.context)
        self.record.add(verdict, base=self.released_raw - off)
        if verdict.action is Action.BLOCK:
            raise StreamBlocked(verdict)
        reds: list[redact.Redaction] = []
        for f in verdict.findings:
            if f.action is not Action.REDACT or f.span is None or f.span.end <= off:
                continue
            start = max(f.span.start, off) - off
            end = f.span.end - off
            if end > cut and not final:
                cut = min(cut, start)  # hold the whole redacted value back
                continue
            reds.append(redact.Redaction(Span(start, end), f.entity or f.category.value))
        if cut <= 0:
            return ""
        raw = self.pending[:cut]
        reds = [r for r in reds if r.span.end <= cut]
        # restore the request's placeholders, but never the ones this release's redactions insert
        out = redact.apply(raw, reds, self.ctx.vault, restore=True) if reds else self.ctx.vault.restore(raw)
        self.pending = self.pending[cut:]
        self.released_raw += cut
        self.context = (self.context + raw)[-self.cfg.context_chars :] if self.cfg.context_chars else ""
        self.text_out.append(out)
        return out


async def sse_events(lines: AsyncIterator[str]) -> AsyncIterator[str]:
    """The ``data`` payloads of an SSE stream.

    A payload is passed on as soon as it is complete JSON (or ``[DONE]``), without waiting for the blank
    line that ends the event; multi-line data is joined. Comments and other fields are skipped.
    """
    data: list[str] = []
    async for line in lines:
        if line == "":
            if data:
                yield "\n".join(data)
                data = []
            continue
        if line.startswith(":"):
            continue
        name, _, value = line.partition(":")
        if name != "data":
            continue
        data.append(value[1:] if value.startswith(" ") else value)
        joined = "\n".join(data)
        if joined.strip() == "[DONE]" or _complete_json(joined):
            yield joined
            data = []
    if data:
        yield "\n".join(data)


def _complete_json(text: str) -> bool:
    t = text.strip()
    if not (t.startswith("{") and t.endswith("}")):
        return False
    try:
        json.loads(t)
    except ValueError:
        return False
    return True


def sse(obj: Any) -> bytes:
    return b"data: " + json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode() + b"\n\n"


DONE = b"data: [DONE]\n\n"
