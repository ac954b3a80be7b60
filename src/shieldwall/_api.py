"""The convenience API: ``shieldwall.scan`` / ``shieldwall.ascan`` with a cached pipeline per policy."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from shieldwall.core.scanner import ScanContext
from shieldwall.core.types import Direction, Role, Segment, Verdict

if TYPE_CHECKING:
    from shieldwall.core.pipeline import Pipeline

_cache: dict[str, Pipeline] = {}
_lock = threading.Lock()


def get_pipeline(policy: str | Path = "default") -> Pipeline:
    """The pipeline for a built-in policy name or a policy file (built once per process)."""
    key = str(policy)
    with _lock:
        pipe = _cache.get(key)
        if pipe is None:
            from shieldwall.policy import build_pipeline, load_policy

            pipe = build_pipeline(load_policy(policy))
            _cache[key] = pipe
        return pipe


def _segments(text: str | Segment | Sequence[Segment], role: Role | str) -> str | Segment | Sequence[Segment]:
    if isinstance(text, str):
        return Segment(text, Role(role))
    return text


def scan(
    text: str | Segment | Sequence[Segment],
    *,
    policy: str | Path = "default",
    role: Role | str = Role.USER,
    direction: Direction | str = Direction.INPUT,
    ctx: ScanContext | None = None,
) -> Verdict:
    """Scan text (or segments) with a policy and return the ``Verdict``."""
    return get_pipeline(policy).scan(_segments(text, role), ctx, direction=Direction(direction))


async def ascan(
    text: str | Segment | Sequence[Segment],
    *,
    policy: str | Path = "default",
    role: Role | str = Role.USER,
    direction: Direction | str = Direction.INPUT,
    ctx: ScanContext | None = None,
) -> Verdict:
    """Asynchronous twin of ``scan`` (runs in the pipeline's thread pool)."""
    return await get_pipeline(policy).ascan(_segments(text, role), ctx, direction=Direction(direction))
