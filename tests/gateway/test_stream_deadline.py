"""The policy's deadline applies to each incremental output scan of a stream, not to the whole stream.

Found with the real model (tests/gateway/test_real_model.py): the stream's scans shared one ScanContext,
the first scan set its deadline, and every chunk after ``deadline_ms`` failed closed as a scanner timeout,
so any answer streaming for longer than 2 s (the default) was cut off with ``scanner_error``."""

from __future__ import annotations

import asyncio
from pathlib import Path

from shieldwall._api import get_pipeline
from shieldwall.core.scanner import ScanContext
from shieldwall.core.types import Direction, Role, Segment
from shieldwall.gateway.config import StreamingConfig
from shieldwall.gateway.streaming import OutputRecord, StreamGuard


def test_a_stream_longer_than_the_deadline_is_not_cut(tmp_path: Path) -> None:
    policy = tmp_path / "short-deadline.yaml"
    policy.write_text("extends: fast\nid: short-deadline\nlimits:\n  deadline_ms: 100\n", encoding="utf-8")
    ctx = ScanContext(direction=Direction.OUTPUT, history=[Segment("You are terse.", Role.SYSTEM)])
    record = OutputRecord()
    guard = StreamGuard(get_pipeline(str(policy)), ctx, StreamingConfig(), record)

    async def run() -> str:
        out = []
        for piece in ("One, ", "two, ", "three, ", "four."):
            out.append(await guard.feed(piece))
            await asyncio.sleep(0.06)  # 4 x 60 ms: the stream outlives one 100 ms deadline
        out.append(await guard.finish())
        return "".join(out)

    assert asyncio.run(run()) == "One, two, three, four."
    assert record.scans >= 4 and not any(f.category.value == "scanner_error" for f in record.findings)
