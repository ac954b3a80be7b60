"""In-process rate limits per API key: requests and (estimated) tokens per minute, as token buckets."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass


@dataclass(slots=True)
class _Bucket:
    capacity: float
    tokens: float
    updated: float

    def refill(self, now: float) -> None:
        rate = self.capacity / 60.0
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * rate)
        self.updated = now


class RateLimiter:
    """``check(key, rpm, tpm, tokens)`` → seconds to wait (0 when allowed; the cost is then taken)."""

    def __init__(self, *, max_keys: int = 100_000) -> None:
        self._buckets: dict[tuple[str, str], _Bucket] = {}
        self._lock = threading.Lock()
        self._max_keys = max_keys

    def _bucket(self, key: tuple[str, str], capacity: float, now: float) -> _Bucket:
        b = self._buckets.get(key)
        if b is None or b.capacity != capacity:
            if len(self._buckets) >= self._max_keys:
                self._buckets.clear()
            b = _Bucket(capacity, capacity, now)
            self._buckets[key] = b
        b.refill(now)
        return b

    def check(self, key: str, *, rpm: int | None, tpm: int | None, tokens: int) -> tuple[float, str]:
        """(wait seconds, which limit) — (0, "") when the request may go."""
        if rpm is None and tpm is None:
            return 0.0, ""
        now = time.monotonic()
        with self._lock:
            rb = self._bucket((key, "r"), float(rpm), now) if rpm else None
            tb = self._bucket((key, "t"), float(tpm), now) if tpm else None
            if rb is not None and rb.tokens < 1.0:
                return (1.0 - rb.tokens) * 60.0 / rb.capacity, "requests per minute"
            if tb is not None:
                need = float(min(tokens, tb.capacity))
                if tb.tokens < need:
                    return (need - tb.tokens) * 60.0 / tb.capacity, "tokens per minute"
                tb.tokens -= need
            if rb is not None:
                rb.tokens -= 1.0
            return 0.0, ""

    def charge(self, key: str, *, tpm: int | None, tokens: int) -> None:
        """Take extra tokens after the fact (e.g. the completion's real usage)."""
        if not tpm or tokens <= 0:
            return
        now = time.monotonic()
        with self._lock:
            b = self._bucket((key, "t"), float(tpm), now)
            b.tokens = max(-b.capacity, b.tokens - tokens)


def estimate_tokens(chars: int) -> int:
    """A rough token estimate (4 characters per token)."""
    return max(1, chars // 4)
