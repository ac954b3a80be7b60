"""Bearer-key authentication against the key store, with a short positive cache (by key digest)."""

from __future__ import annotations

import asyncio
import threading
import time

import anyio.to_thread
from starlette.requests import Request

from shieldwall.gateway.errors import GatewayError, unauthorized
from shieldwall.store.keys import ApiKey, KeyStore


class Authenticator:
    def __init__(self, keys: KeyStore, *, cache_ttl_s: float = 5.0) -> None:
        self.keys = keys
        self.ttl = cache_ttl_s
        self._cache: dict[str, tuple[ApiKey, float]] = {}
        self._inflight: dict[str, asyncio.Future[ApiKey | None]] = {}  # per event loop (one per process)
        self._lock = threading.Lock()

    async def authenticate(self, request: Request) -> ApiKey:
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        if not header:
            raise unauthorized(
                "You didn't provide an API key. You need to provide your API key in an Authorization header "
                "using Bearer auth (i.e. Authorization: Bearer YOUR_KEY)."
            )
        token = token.strip()
        if scheme.lower() != "bearer" or not token:
            raise unauthorized("The Authorization header must be 'Bearer <key>'.")
        return await self.verify(token)

    async def verify(self, token: str) -> ApiKey:
        if len(token) > 256:
            raise unauthorized("Incorrect API key provided.")
        digest = self.keys.digest(token)
        now = time.monotonic()
        if self.ttl > 0:
            with self._lock:
                hit = self._cache.get(digest)
            if hit is not None and hit[1] > now:
                return hit[0]
        # concurrent requests with the same key share one lookup (all of them miss when the entry expires)
        pending = self._inflight.get(digest)
        if pending is None:
            pending = self._inflight[digest] = asyncio.ensure_future(anyio.to_thread.run_sync(self.keys.verify, token))
            pending.add_done_callback(lambda _f: self._inflight.pop(digest, None))
        rec = await asyncio.shield(pending)
        if rec is None:
            raise unauthorized("Incorrect or revoked API key provided.")
        if self.ttl > 0:
            with self._lock:
                if len(self._cache) > 10_000:
                    self._cache.clear()
                self._cache[digest] = (rec, now + self.ttl)
        return rec

    def forget(self) -> None:
        with self._lock:
            self._cache.clear()


__all__ = ["Authenticator", "GatewayError"]
