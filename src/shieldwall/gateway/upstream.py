"""The upstream client: any OpenAI-compatible base URL, over httpx.

- the upstream key comes from the server's environment (``api_key_env``), never from the client;
- bounded retries with exponential backoff on connection errors and 5xx, only before any byte of the
  answer was passed on (a stream is retried only while opening it);
- failures become OpenAI-shaped 502 (unreachable, 5xx, garbage) or 504 (timeout) errors.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections.abc import AsyncIterator, Mapping, Sequence
from contextlib import asynccontextmanager
from typing import Any

import httpx

from shieldwall.gateway.config import UpstreamConfig
from shieldwall.gateway.errors import GatewayError, upstream_error
from shieldwall.gateway.metrics import Metrics

_RETRYABLE = (httpx.ConnectError, httpx.ConnectTimeout, httpx.RemoteProtocolError, httpx.PoolTimeout)
MAX_UPSTREAM_BODY = 64 * 1024 * 1024


class UpstreamResult:
    __slots__ = ("body", "elapsed_s", "status")

    def __init__(self, status: int, body: Any, elapsed_s: float) -> None:
        self.status = status
        self.body = body
        self.elapsed_s = elapsed_s


class Upstream:
    """One upstream (base URL + key + timeouts) sharing the gateway's ``httpx.AsyncClient`` pool.

    Given several clients, requests go round-robin: httpcore's connection pool does work proportional to
    its size on every request, so a few small pools serve many concurrent requests faster than one big one.
    """

    def __init__(
        self, cfg: UpstreamConfig, metrics: Metrics, client: httpx.AsyncClient | Sequence[httpx.AsyncClient]
    ) -> None:
        self.cfg = cfg
        self.metrics = metrics
        self._clients = [client] if isinstance(client, httpx.AsyncClient) else list(client)
        self._next = itertools.cycle(self._clients)
        self.label = cfg.base_url.split("://", 1)[-1][:80]
        self.timeout = httpx.Timeout(cfg.timeout_s, connect=cfg.connect_timeout_s)

    @property
    def client(self) -> httpx.AsyncClient:
        """The next client of the pool (round-robin)."""
        return next(self._next)

    def _headers(self) -> dict[str, str]:
        h = {"content-type": "application/json", "accept": "application/json"}
        key = self.cfg.api_key()
        if key:
            h["authorization"] = f"Bearer {key}"
        return h

    async def _backoff(self, attempt: int) -> None:
        self.metrics.upstream_retries.labels(self.label).inc()
        await asyncio.sleep(self.cfg.backoff_s * (2**attempt))

    async def request_json(self, method: str, path: str, body: Mapping[str, Any] | None = None) -> UpstreamResult:
        """Send a request and parse the JSON answer (status passed through for 4xx)."""
        url = self.cfg.base_url + path
        content = json.dumps(body, ensure_ascii=False).encode() if body is not None else None
        t0 = time.perf_counter()
        last: GatewayError | None = None
        for attempt in range(self.cfg.max_retries + 1):
            if attempt:
                await self._backoff(attempt - 1)
            try:
                resp = await self.client.request(
                    method, url, content=content, headers=self._headers(), timeout=self.timeout
                )
            except _RETRYABLE as exc:
                last = upstream_error(f"The upstream model server is unreachable ({type(exc).__name__}).")
                continue
            except httpx.TimeoutException:
                self.metrics.upstream_seconds.labels(self.label, "timeout").observe(time.perf_counter() - t0)
                raise upstream_error("The upstream model server timed out.", timeout=True) from None
            except httpx.HTTPError as exc:
                last = upstream_error(f"The upstream request failed ({type(exc).__name__}).")
                continue
            elapsed = time.perf_counter() - t0
            self.metrics.upstream_seconds.labels(self.label, str(resp.status_code)).observe(elapsed)
            if resp.status_code >= 500:
                last = upstream_error(f"The upstream model server answered {resp.status_code}.")
                last.from_upstream(resp.status_code)
                continue
            try:
                return UpstreamResult(resp.status_code, _parse_body(resp), elapsed)
            except GatewayError as exc:
                raise exc.from_upstream(resp.status_code) from None
        assert last is not None
        raise last

    @asynccontextmanager
    async def stream(self, path: str, body: Mapping[str, Any]) -> AsyncIterator[httpx.Response]:
        """Open a streaming POST (retried while opening); yields a 2xx response whose body is unread."""
        url = self.cfg.base_url + path
        content = json.dumps(body, ensure_ascii=False).encode()
        t0 = time.perf_counter()
        last: GatewayError | None = None
        for attempt in range(self.cfg.max_retries + 1):
            if attempt:
                await self._backoff(attempt - 1)
            client = self.client
            req = client.build_request("POST", url, content=content, headers=self._headers(), timeout=self.timeout)
            try:
                resp = await client.send(req, stream=True)
            except _RETRYABLE as exc:
                last = upstream_error(f"The upstream model server is unreachable ({type(exc).__name__}).")
                continue
            except httpx.TimeoutException:
                raise upstream_error("The upstream model server timed out.", timeout=True) from None
            except httpx.HTTPError as exc:
                last = upstream_error(f"The upstream request failed ({type(exc).__name__}).")
                continue
            self.metrics.upstream_seconds.labels(self.label, str(resp.status_code)).observe(time.perf_counter() - t0)
            if resp.status_code >= 500:
                await resp.aclose()
                last = upstream_error(f"The upstream model server answered {resp.status_code}.")
                last.from_upstream(resp.status_code)
                continue
            if resp.status_code >= 400:
                try:
                    raw = await resp.aread()
                except httpx.HTTPError:
                    raw = b""
                finally:
                    await resp.aclose()
                raise _client_error(resp.status_code, _parse_bytes(raw)).from_upstream(resp.status_code)
            try:
                yield resp
            finally:
                await resp.aclose()
            return
        assert last is not None
        raise last


def _parse_bytes(raw: bytes) -> Any:
    try:
        return json.loads(raw)
    except ValueError:
        return None


def _parse_body(resp: httpx.Response) -> Any:
    if len(resp.content) > MAX_UPSTREAM_BODY:
        raise upstream_error("The upstream answer is too large.")
    body = _parse_bytes(resp.content)
    if body is None and resp.status_code < 400:
        raise upstream_error("The upstream answered something that is not JSON.")
    if resp.status_code >= 400:
        raise _client_error(resp.status_code, body)
    return body


def _client_error(status: int, body: Any) -> GatewayError:
    """An upstream 4xx: passed through when it is an OpenAI error, except credentials problems (ours)."""
    if status in (401, 403):
        return upstream_error(f"The upstream rejected the gateway's credentials ({status}).")
    err = body.get("error") if isinstance(body, dict) else None
    if isinstance(err, dict) and isinstance(err.get("message"), str):
        return GatewayError(
            status,
            err["message"][:1000],
            type_=str(err.get("type") or "invalid_request_error"),
            code=str(err["code"]) if err.get("code") is not None else None,
            param=str(err["param"]) if err.get("param") is not None else None,
        )
    return GatewayError(status, f"The upstream rejected the request ({status}).", code="upstream_error")
