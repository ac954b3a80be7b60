"""Rate limits per API key: requests and (estimated) tokens per minute.

``RateLimiter``: in-process token buckets (the default). ``RedisRateLimiter``: fixed one-minute windows in
Redis, shared by several gateway processes (``rate_limits.backend: redis``). Both offer ``acheck`` and
``acharge`` to the gateway.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from dataclasses import dataclass
from typing import Any

log = logging.getLogger("shieldwall.gateway")


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

    async def acheck(self, key: str, *, rpm: int | None, tpm: int | None, tokens: int) -> tuple[float, str]:
        return self.check(key, rpm=rpm, tpm=tpm, tokens=tokens)

    async def acharge(self, key: str, *, tpm: int | None, tokens: int) -> None:
        self.charge(key, tpm=tpm, tokens=tokens)

    async def aclose(self) -> None:
        return None

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


# -- shared limits (several gateway processes) -----------------------------------------------------------

# Fixed one-minute windows on the Redis server's clock (so gateway clocks need not agree). KEYS[1]: the
# key's prefix. ARGV: rpm (0: none), tpm (0: none), tokens to take now, mode ("check" | "charge").
# Returns {0, 0} when allowed (the cost is then taken), else {1 (requests) | 2 (tokens), ms to wait}.
_LUA = """
local t = redis.call('TIME')
local now_ms = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local window = math.floor(now_ms / 60000)
local left = (window + 1) * 60000 - now_ms
local rkey = KEYS[1] .. ':r:' .. window
local tkey = KEYS[1] .. ':t:' .. window
local rpm = tonumber(ARGV[1])
local tpm = tonumber(ARGV[2])
local need = tonumber(ARGV[3])
if ARGV[4] == 'charge' then
  if tpm > 0 and need > 0 then
    redis.call('INCRBY', tkey, need)
    redis.call('PEXPIRE', tkey, left + 1000)
  end
  return {0, 0}
end
if rpm > 0 and tonumber(redis.call('GET', rkey) or '0') + 1 > rpm then
  return {1, left}
end
if tpm > 0 then
  if need > tpm then need = tpm end
  if tonumber(redis.call('GET', tkey) or '0') + need > tpm then
    return {2, left}
  end
  redis.call('INCRBY', tkey, need)
  redis.call('PEXPIRE', tkey, left + 1000)
end
if rpm > 0 then
  redis.call('INCR', rkey)
  redis.call('PEXPIRE', rkey, left + 1000)
end
return {0, 0}
"""

_WHICH = {1: "requests per minute", 2: "tokens per minute"}


class RedisRateLimiter:
    """Requests and tokens per minute per key, shared through Redis (fixed one-minute windows, atomic in Lua).

    A fixed window admits up to twice the limit across a window boundary; the in-process buckets do not.
    When Redis cannot be reached, requests pass (``fail_open``, logged) or ``RateLimitUnavailable`` is raised.
    """

    def __init__(self, url: str, *, prefix: str = "shieldwall:rl:", fail_open: bool = True) -> None:
        self.url = url
        self.prefix = prefix
        self.fail_open = fail_open
        self._clients: dict[int, Any] = {}  # one client per event loop (redis.asyncio pools are loop-bound)
        self._last_warning = 0.0

    def _client(self) -> Any:
        import asyncio

        import redis.asyncio as aioredis

        loop = asyncio.get_running_loop()
        entry = self._clients.get(id(loop))
        if entry is None or entry[2] is not loop:
            c = aioredis.Redis.from_url(self.url, socket_timeout=2.0, socket_connect_timeout=2.0)
            entry = self._clients[id(loop)] = (c, c.register_script(_LUA), loop)
        return entry[1]

    async def _call(self, key: str, rpm: int, tpm: int, tokens: int, mode: str) -> tuple[int, int]:
        import redis.exceptions

        try:
            script = self._client()
            code, wait_ms = await script(keys=[f"{self.prefix}{{{key}}}"], args=[rpm, tpm, tokens, mode])
            return int(code), int(wait_ms)
        except (redis.exceptions.RedisError, OSError) as exc:
            if not self.fail_open:
                raise RateLimitUnavailable(f"rate-limit backend unavailable ({type(exc).__name__})") from None
            now = time.monotonic()
            if now - self._last_warning > 10:
                self._last_warning = now
                log.warning("Redis rate limits unavailable (%s): letting requests through", type(exc).__name__)
            return 0, 0

    async def acheck(self, key: str, *, rpm: int | None, tpm: int | None, tokens: int) -> tuple[float, str]:
        if not rpm and not tpm:
            return 0.0, ""
        code, wait_ms = await self._call(key, rpm or 0, tpm or 0, max(0, tokens), "check")
        return (0.0, "") if code == 0 else (max(wait_ms, 1) / 1000.0, _WHICH.get(code, "requests per minute"))

    async def acharge(self, key: str, *, tpm: int | None, tokens: int) -> None:
        if tpm and tokens > 0:
            await self._call(key, 0, tpm, tokens, "charge")

    async def aclose(self) -> None:
        clients, self._clients = self._clients, {}
        for c, _, _ in clients.values():
            with contextlib.suppress(Exception):
                await c.aclose()


class RateLimitUnavailable(Exception):
    """The shared rate-limit backend could not be reached and ``fail_open`` is off."""
