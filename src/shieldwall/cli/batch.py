"""Batch scanning of JSON lines: constant memory, all cores, one output line per input line.

Each input line is a JSON object with a text field (``--text-field``, default ``text``) or a JSON
string. Each output line is the input object without its text field plus ``"verdict"``; a line that
cannot be scanned gives ``{"line": N, "error": "..."}`` in its place (and the same message on
stderr), so no record is ever dropped and the output stays aligned with the input.
"""

from __future__ import annotations

import os
import time
from collections import Counter, deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import BinaryIO, TextIO

from shieldwall.core.errors import InputError, ShieldwallError
from shieldwall.core.limits import decode_utf8, parse_json
from shieldwall.core.pipeline import Pipeline
from shieldwall.core.types import Direction, Role, Segment

CHUNK_LINES = 256
MAX_LINE_BYTES = 4 << 20


@dataclass(frozen=True, slots=True)
class BatchConfig:
    policy: str
    role: Role
    direction: Direction
    text_field: str = "text"
    max_line_bytes: int = MAX_LINE_BYTES


@dataclass(frozen=True, slots=True)
class ChunkResult:
    lines: list[str]
    counts: Counter[str]
    errors: list[str]
    nbytes: int


def read_lines(stream: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | None, int]]:
    """(line number, raw bytes or None when the line is over ``max_bytes``, bytes consumed)."""
    lineno = 0
    while True:
        raw = stream.readline(max_bytes + 1)
        if not raw:
            return
        lineno += 1
        consumed = len(raw)
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            while True:  # skip the rest of the over-long line in bounded steps
                rest = stream.readline(1 << 20)
                consumed += len(rest)
                if not rest or rest.endswith(b"\n"):
                    break
            yield lineno, None, consumed
            continue
        yield lineno, raw, consumed


_worker: tuple[Pipeline, BatchConfig] | None = None


def _init_worker(cfg: BatchConfig) -> None:
    global _worker
    from shieldwall._api import get_pipeline

    _worker = (get_pipeline(cfg.policy), cfg)


def scan_line(pipeline: Pipeline, cfg: BatchConfig, lineno: int, raw: bytes | None) -> tuple[str, str, str | None]:
    """Scan one input line; returns (output JSON line, outcome: an action or 'error', error message)."""
    from shieldwall.cli.render import dumps

    try:
        if raw is None:
            raise InputError(f"line is longer than {cfg.max_line_bytes:,} bytes")
        text = decode_utf8(raw.rstrip(b"\r\n"), what="line")
        if not text.strip():
            raise InputError("line is empty")
        value = parse_json(text, limits=pipeline.limits, what="line")
        if isinstance(value, str):
            fields: dict[str, object] = {}
            body = value
        elif isinstance(value, dict):
            body_value = value.get(cfg.text_field)
            if not isinstance(body_value, str):
                what = "missing" if body_value is None else f"a {type(body_value).__name__}, not a string"
                raise InputError(f"field {cfg.text_field!r} is {what}")
            body = body_value
            fields = {k: v for k, v in value.items() if k != cfg.text_field}
        else:
            raise InputError(f"line is a JSON {type(value).__name__}, expected an object or a string")
        role = cfg.role
        if isinstance(value, dict) and "role" in value:
            try:
                role = Role(value["role"])
            except ValueError:
                raise InputError(f"field 'role' must be one of {', '.join(r.value for r in Role)}") from None
        verdict = pipeline.scan(Segment(body, role), direction=cfg.direction)
        fields["verdict"] = verdict.to_dict(include_runs=False)
        return dumps(fields), verdict.action.value, None
    except ShieldwallError as exc:
        return dumps({"line": lineno, "error": str(exc)}), "error", str(exc)


def _scan_chunk(chunk: list[tuple[int, bytes | None, int]]) -> ChunkResult:
    assert _worker is not None
    pipeline, cfg = _worker
    return _run_chunk(pipeline, cfg, chunk)


def _run_chunk(pipeline: Pipeline, cfg: BatchConfig, chunk: list[tuple[int, bytes | None, int]]) -> ChunkResult:
    lines: list[str] = []
    counts: Counter[str] = Counter()
    errors: list[str] = []
    nbytes = 0
    for lineno, raw, consumed in chunk:
        out, outcome, err = scan_line(pipeline, cfg, lineno, raw)
        lines.append(out)
        counts[outcome] += 1
        nbytes += consumed
        if err is not None:
            errors.append(f"line {lineno}: {err}")
    return ChunkResult(lines, counts, errors, nbytes)


def _chunks(stream: BinaryIO, max_bytes: int) -> Iterator[list[tuple[int, bytes | None, int]]]:
    chunk: list[tuple[int, bytes | None, int]] = []
    for item in read_lines(stream, max_bytes):
        chunk.append(item)
        if len(chunk) >= CHUNK_LINES:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def run_batch(
    stream: BinaryIO,
    out: TextIO,
    cfg: BatchConfig,
    *,
    workers: int,
    total_bytes: int | None,
    progress: bool,
) -> Counter[str]:
    """Scan every line of ``stream`` and write one output line per input line, in order."""
    from shieldwall.cli import render

    counts: Counter[str] = Counter()
    bar = render.Progress(total_bytes, enabled=progress)
    t0 = time.perf_counter()

    def emit(res: ChunkResult) -> None:
        out.write("\n".join(res.lines) + "\n")
        for e in res.errors:
            render.error(e)
        counts.update(res.counts)
        bar.update(res.nbytes, sum(counts.values()))

    try:
        if workers <= 1:
            from shieldwall._api import get_pipeline

            pipeline = get_pipeline(cfg.policy)
            for chunk in _chunks(stream, cfg.max_line_bytes):
                emit(_run_chunk(pipeline, cfg, chunk))
        else:
            with ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(cfg,)) as pool:
                pending: deque[Future[ChunkResult]] = deque()
                for chunk in _chunks(stream, cfg.max_line_bytes):
                    pending.append(pool.submit(_scan_chunk, chunk))
                    while len(pending) >= workers * 3:
                        emit(pending.popleft().result())
                while pending:
                    emit(pending.popleft().result())
    finally:
        bar.close()
        out.flush()
    render.batch_summary(counts, time.perf_counter() - t0)
    return counts


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


__all__ = ["BatchConfig", "default_workers", "read_lines", "run_batch", "scan_line"]
