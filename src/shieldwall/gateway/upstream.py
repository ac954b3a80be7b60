"""The upstream client: any OpenAI-compatible base URL, over aiohttp.

- the upstream key comes from the server's environment (``api_key_env``), never from the client;
- bounded retries with exponential backoff on connection errors and 5xx, only before any byte of the
  answer was passed on (a stream is retried only while opening it);
- failures become OpenAI-shaped 502 (unreachable, 5xx, garbage) or 504 (timeout) errors; a stream that
  breaks or stalls after it started raises ``StreamTimeout`` / ``StreamBroken``.

aiohttp rather than httpx: on the gateway's hot path httpx cost ~1.3 ms of CPU per request one at a time
and ~3 ms at 50 concurrent requests (its pool does work proportional to its size on every request);
aiohttp's client (C HTTP parser) costs ~0.2 ms (``docs/benchmarks.md``).
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from typing import Any

import aiohttp

from shieldwall.gateway.config import UpstreamConfig
from shieldwall.gateway.errors import GatewayError, upstream_error
from shieldwall.gateway.metrics import Metrics

MAX_UPSTREAM_BODY = 64 * 1024 * 1024
MAX_SSE_LINE = 8 * 1024 * 1024
_READ = 65536
# before any byte of the answer arrived: safe to try again
_RETRYABLE = (
    aiohttp.ClientConnectorError,
    aiohttp.ConnectionTimeoutError,
    aiohttp.ServerDisconnectedError,
    aiohttp.ClientOSError,
)


class StreamBroken(Exception):
    """The upstream stream ended abnormally after it started (connection reset, bad framing, not UTF-8)."""


class StreamTimeout(StreamBroken):
    """The upstream stalled mid-stream for longer than its read timeout."""


class UpstreamResult:
    __slots__ = ("body", "elapsed_s", "status")

    def __init__(self, status: int, body: Any, elapsed_s: float) -> None:
        self.status = status
        self.body = body
        self.elapsed_s = elapsed_s


class StreamResponse:
    """An open 2xx streaming answer: its status and its body as text lines (SSE)."""

    def __init__(self, resp: aiohttp.ClientResponse) -> None:
        self._resp = resp
        self.status_code = resp.status

    async def aiter_lines(self) -> AsyncIterator[str]:
        """Lines without their terminator (``\\n``, ``\\r\\n``; a lone ``\\r`` too), as httpx's ``aiter_lines``."""
        buf = b""
        try:
            async for chunk in self._resp.content.iter_any():
                buf += chunk
                if b"\n" not in chunk:
                    if len(buf) > MAX_SSE_LINE:
                        raise StreamBroken("an upstream stream line is over the size limit")
                    continue
                *lines, buf = buf.split(b"\n")
                for line in lines:
                    for piece in _split_cr(line):
                        yield piece.decode("utf-8")
            for piece in _split_cr(buf) if buf else ():
                yield piece.decode("utf-8")
        except UnicodeDecodeError:
            raise StreamBroken("the upstream stream is not UTF-8") from None
        except (TimeoutError, aiohttp.ServerTimeoutError):
            raise StreamTimeout("the upstream stalled mid-stream") from None
        except aiohttp.ClientError as exc:
            raise StreamBroken(type(exc).__name__) from None


def _split_cr(line: bytes) -> list[bytes]:
    if line.endswith(b"\r"):
        line = line[:-1]
    return line.split(b"\r") if b"\r" in line else [line]


class Upstream:
    """One upstream (base URL + key + timeouts) sharing the gateway's ``aiohttp.ClientSession``."""

    def __init__(self, cfg: UpstreamConfig, metrics: Metrics, session: aiohttp.ClientSession) -> None:
        self.cfg = cfg
        self.metrics = metrics
        self.session = session
        self.label = cfg.base_url.split("://", 1)[-1][:80]
        self.timeout = aiohttp.ClientTimeout(total=None, sock_connect=cfg.connect_timeout_s, sock_read=cfg.timeout_s)

    def _observe(self, status: str, t0: float) -> float:
        elapsed = time.perf_counter() - t0
        self.metrics.child(self.metrics.upstream_seconds, self.label, status).observe(elapsed)
        return elapsed

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
                async with self.session.request(
                    method, url, data=content, headers=self._headers(), timeout=self.timeout
                ) as resp:
                    status = resp.status
                    if status >= 500:
                        last = upstream_error(f"The upstream model server answered {status}.").from_upstream(status)
                        self._observe(str(status), t0)
                        continue
                    raw = await _read_limited(resp)
            except _RETRYABLE as exc:
                last = upstream_error(f"The upstream model server is unreachable ({type(exc).__name__}).")
                continue
            except (TimeoutError, aiohttp.ServerTimeoutError):
                self._observe("timeout", t0)
                raise upstream_error("The upstream model server timed out.", timeout=True) from None
            except aiohttp.ClientError as exc:
                last = upstream_error(f"The upstream request failed ({type(exc).__name__}).")
                continue
            elapsed = self._observe(str(status), t0)
            try:
                return UpstreamResult(status, _parse_body(status, raw), elapsed)
            except GatewayError as exc:
                raise exc.from_upstream(status) from None
        assert last is not None
        raise last

    @asynccontextmanager
    async def stream(self, path: str, body: Mapping[str, Any]) -> AsyncIterator[StreamResponse]:
        """Open a streaming POST (retried while opening); yields a 2xx response whose body is unread."""
        url = self.cfg.base_url + path
        content = json.dumps(body, ensure_ascii=False).encode()
        t0 = time.perf_counter()
        last: GatewayError | None = None
        for attempt in range(self.cfg.max_retries + 1):
            if attempt:
                await self._backoff(attempt - 1)
            try:
                resp = await self.session.post(url, data=content, headers=self._headers(), timeout=self.timeout)
            except _RETRYABLE as exc:
                last = upstream_error(f"The upstream model server is unreachable ({type(exc).__name__}).")
                continue
            except (TimeoutError, aiohttp.ServerTimeoutError):
                raise upstream_error("The upstream model server timed out.", timeout=True) from None
            except aiohttp.ClientError as exc:
                last = upstream_error(f"The upstream request failed ({type(exc).__name__}).")
                continue
            status = resp.status
            self._observe(str(status), t0)
            if status >= 500:
                resp.release()
                last = upstream_error(f"The upstream model server answered {status}.").from_upstream(status)
                continue
            if status >= 400:
                try:
                    raw = await _read_limited(resp)
                except (aiohttp.ClientError, TimeoutError, GatewayError):
                    raw = b""
                finally:
                    resp.release()
                raise _client_error(status, _parse_bytes(raw)).from_upstream(status)
            try:
                yield StreamResponse(resp)
            finally:
                resp.close()  # not release(): an unfinished stream must not go back to the pool
            return
        assert last is not None
        raise last


async def _read_limited(resp: aiohttp.ClientResponse) -> bytes:
    declared = resp.content_length
    if declared is not None and declared > MAX_UPSTREAM_BODY:
        raise upstream_error("The upstream answer is too large.")
    if declared is not None:
        return await resp.read()
    parts: list[bytes] = []
    size = 0
    async for chunk in resp.content.iter_chunked(_READ):
        size += len(chunk)
        if size > MAX_UPSTREAM_BODY:
            raise upstream_error("The upstream answer is too large.")
        parts.append(chunk)
    return b"".join(parts)


def _parse_bytes(raw: bytes) -> Any:
    try:
        return json.loads(raw)
    except ValueError:
        return None


def _parse_body(status: int, raw: bytes) -> Any:
    body = _parse_bytes(raw)
    if body is None and status < 400:
        raise upstream_error("The upstream answered something that is not JSON.")
    if status >= 400:
        raise _client_error(status, body)
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
