"""Targets: what the red team attacks.

- ``OpenAITarget``: any OpenAI-compatible ``/chat/completions`` endpoint over HTTP (httpx). The API key
  comes from an environment variable and is never logged or written to a report. Every request has a
  wall-clock deadline and a response-size cap (a target that stalls or streams forever is cut off);
  429/503 answers are retried after their ``Retry-After`` (bounded), other failures become an ``error``
  reply, never an exception.
- ``CallableTarget``: a Python function ``module:function`` taking ``(messages, tools)`` and returning the
  answer text, or a dict with ``content`` and/or ``tool_calls`` (sync or async).

A Shieldwall block (HTTP 400 ``code: shieldwall_blocked``, or the same error event in a stream) and a
provider content filter (``code: content_filter``) are ``blocked`` replies.
"""

from __future__ import annotations

import asyncio
import email.utils
import importlib
import inspect
import json
import math
import os
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol

import httpx

from shieldwall.core.errors import ConfigError
from shieldwall.redteam.attack import Reply

BLOCK_CODES = ("shieldwall_blocked", "content_filter")
MAX_RETRY_AFTER_S = 60.0


class Target(Protocol):
    name: str
    document_role: str  # how a retrieved document is sent: "user" (plain) or "document" (the gateway extension)

    async def send(self, messages: Sequence[Mapping[str, Any]], tools: Sequence[Mapping[str, Any]]) -> Reply: ...

    async def aclose(self) -> None: ...


def _retry_after(value: str | None, attempt: int) -> float:
    if value:
        try:
            return min(MAX_RETRY_AFTER_S, max(0.0, float(value)))
        except ValueError:
            try:
                when = float(email.utils.parsedate_to_datetime(value).timestamp())
                return min(MAX_RETRY_AFTER_S, max(0.0, when - time.time()))
            except (TypeError, ValueError):
                pass
    return min(MAX_RETRY_AFTER_S, math.ldexp(0.5, attempt))


def _d(v: Any) -> dict[str, Any]:
    return v if isinstance(v, dict) else {}


def _error_of(body: Any) -> dict[str, Any]:
    err = body.get("error") if isinstance(body, dict) else None
    return err if isinstance(err, dict) else {}


def _blocked(err: Mapping[str, Any], status: int | None, elapsed: float) -> Reply | None:
    if err.get("code") in BLOCK_CODES:
        info = _d(err.get("shieldwall"))
        return Reply(status=status, blocked=True, block_info={"code": err.get("code"), **info}, elapsed_ms=elapsed)
    return None


def parse_completion(body: Any, status: int, elapsed_ms: float) -> Reply:
    """A non-streaming chat completion → ``Reply`` (a malformed one → an error reply naming the problem)."""
    choices = body.get("choices") if isinstance(body, dict) else None
    if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
        return Reply(
            status=status, error="the answer is JSON but not a chat completion (no choices)", elapsed_ms=elapsed_ms
        )
    msg = choices[0].get("message")
    if not isinstance(msg, dict):
        return Reply(status=status, error="the answer's first choice has no message", elapsed_ms=elapsed_ms)
    if choices[0].get("finish_reason") == "content_filter":
        return Reply(status=status, blocked=True, block_info={"code": "content_filter"}, elapsed_ms=elapsed_ms)
    content = msg.get("content")
    if isinstance(content, list):
        content = "".join(p.get("text", "") for p in content if isinstance(p, dict) and isinstance(p.get("text"), str))
    if content is not None and not isinstance(content, str):
        return Reply(status=status, error="the message content is not text", elapsed_ms=elapsed_ms)
    calls = msg.get("tool_calls") or []
    if not isinstance(calls, list):
        return Reply(status=status, error="tool_calls is not a list", elapsed_ms=elapsed_ms)
    return Reply(
        content=content or "",
        tool_calls=tuple(c for c in calls if isinstance(c, dict)),
        status=status,
        elapsed_ms=elapsed_ms,
    )


class _StreamState:
    def __init__(self) -> None:
        self.content: list[str] = []
        self.calls: dict[int, dict[str, Any]] = {}
        self.done = False
        self.blocked: dict[str, Any] | None = None
        self.error: str | None = None

    def feed(self, data: str) -> None:
        if data.strip() == "[DONE]":
            self.done = True
            return
        try:
            obj = json.loads(data)
        except ValueError:
            self.error = "a stream event is not JSON"
            return
        err = _error_of(obj)
        if err:
            if err.get("code") in BLOCK_CODES:
                info = _d(err.get("shieldwall"))
                self.blocked = {"code": err.get("code"), **info}
            else:
                self.error = f"error event in the stream: {str(err.get('message'))[:200]}"
            return
        for ch in obj.get("choices") or [] if isinstance(obj, dict) else []:
            if not isinstance(ch, dict) or ch.get("index", 0) != 0:
                continue
            delta = _d(ch.get("delta"))
            if isinstance(delta.get("content"), str):
                self.content.append(delta["content"])
            for tc in delta.get("tool_calls") or []:
                if not isinstance(tc, dict):
                    continue
                slot = self.calls.setdefault(
                    int(tc.get("index", 0)), {"id": "", "type": "function", "function": {"name": "", "arguments": ""}}
                )
                if tc.get("id"):
                    slot["id"] = tc["id"]
                fn = _d(tc.get("function"))
                if fn.get("name"):
                    slot["function"]["name"] += str(fn["name"])
                if fn.get("arguments"):
                    slot["function"]["arguments"] += str(fn["arguments"])
            if ch.get("finish_reason") == "content_filter":
                self.blocked = {"code": "content_filter"}


class OpenAITarget:
    """An OpenAI-compatible chat endpoint (``base_url`` ends in ``/v1`` or wherever ``/chat/completions`` lives)."""

    def __init__(
        self,
        base_url: str,
        *,
        model: str,
        api_key: str | None = None,
        name: str | None = None,
        timeout_s: float = 30.0,
        max_response_bytes: int = 1 << 20,
        max_retries: int = 4,
        stream: bool = False,
        max_tokens: int = 512,
        document_role: str = "user",
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        if not base_url.startswith(("http://", "https://")):
            raise ConfigError(f"target URL must start with http:// or https:// (got {base_url[:80]!r})")
        self.base_url = base_url.rstrip("/")
        self.name = name or self.base_url
        self.model = model
        self.timeout_s = timeout_s
        self.max_response_bytes = max_response_bytes
        self.max_retries = max_retries
        self.stream = stream
        self.max_tokens = max_tokens
        self.document_role = document_role
        headers = {"Content-Type": "application/json", **(extra_headers or {})}
        if api_key:
            headers["Authorization"] = f"Bearer {api_key}"
        self._client = httpx.AsyncClient(
            headers=headers,
            timeout=httpx.Timeout(timeout_s, connect=min(10.0, timeout_s)),
            limits=httpx.Limits(max_connections=64, max_keepalive_connections=32),
            trust_env=False,
        )
        self.retries = 0  # 429/503 retries done (for the report)

    async def aclose(self) -> None:
        await self._client.aclose()

    def body(self, messages: Sequence[Mapping[str, Any]], tools: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
        body: dict[str, Any] = {
            "model": self.model,
            "messages": [dict(m) for m in messages],
            "temperature": 0,
            "max_tokens": self.max_tokens,
        }
        if tools:
            body["tools"] = [dict(t) for t in tools]
        if self.stream:
            body["stream"] = True
        return body

    async def send(self, messages: Sequence[Mapping[str, Any]], tools: Sequence[Mapping[str, Any]]) -> Reply:
        body = self.body(messages, tools)
        for attempt in range(self.max_retries + 1):
            t0 = time.perf_counter()
            try:
                async with asyncio.timeout(self.timeout_s):
                    status, headers, reply = await self._once(body, t0)
            except TimeoutError:
                return Reply(
                    status=None,
                    error=f"no complete answer within {self.timeout_s:g} s (the target stalled or kept streaming)",
                    elapsed_ms=(time.perf_counter() - t0) * 1000,
                )
            except httpx.HTTPError as exc:
                return Reply(
                    status=None,
                    error=f"{type(exc).__name__}: {_short(exc)}",
                    elapsed_ms=(time.perf_counter() - t0) * 1000,
                )
            if status in (429, 503) and attempt < self.max_retries and not reply.blocked:
                self.retries += 1
                await asyncio.sleep(_retry_after(headers.get("retry-after"), attempt))
                continue
            return reply
        raise AssertionError("unreachable")  # pragma: no cover

    async def _once(self, body: dict[str, Any], t0: float) -> tuple[int, httpx.Headers, Reply]:
        async with self._client.stream("POST", self.base_url + "/chat/completions", json=body) as resp:
            ctype = resp.headers.get("content-type", "")
            if self.stream and resp.status_code == 200 and "text/event-stream" in ctype:
                return resp.status_code, resp.headers, await self._read_sse(resp, t0)
            raw = bytearray()
            async for chunk in resp.aiter_bytes():
                raw += chunk
                if len(raw) > self.max_response_bytes:
                    ms = (time.perf_counter() - t0) * 1000
                    err = f"the answer is larger than {self.max_response_bytes:,} bytes (cut off)"
                    return resp.status_code, resp.headers, Reply(status=resp.status_code, error=err, elapsed_ms=ms)
            ms = (time.perf_counter() - t0) * 1000
            status = resp.status_code
            try:
                data = json.loads(bytes(raw))
            except ValueError:
                what = f"HTTP {status}, {ctype or 'no content type'}, {len(raw):,} bytes"
                return (
                    status,
                    resp.headers,
                    Reply(status=status, error=f"the answer is not JSON ({what})", elapsed_ms=ms),
                )
            error = _error_of(data)
            if status >= 400 or error:
                blocked = _blocked(error, status, ms)
                if blocked is not None:
                    return status, resp.headers, blocked
                msg = str(error.get("message") or "")[:200] if error else ""
                return (
                    status,
                    resp.headers,
                    Reply(status=status, error=f"HTTP {status}: {msg or 'error'}", elapsed_ms=ms),
                )
            return status, resp.headers, parse_completion(data, status, ms)

    async def _read_sse(self, resp: httpx.Response, t0: float) -> Reply:
        st = _StreamState()
        size = 0
        buf = ""
        async for text in resp.aiter_text():
            size += len(text)
            if size > self.max_response_bytes:
                err = f"the stream is larger than {self.max_response_bytes:,} characters (cut off)"
                return Reply(status=resp.status_code, error=err, elapsed_ms=(time.perf_counter() - t0) * 1000)
            buf += text
            while "\n" in buf:
                line, buf = buf.split("\n", 1)
                line = line.rstrip("\r")
                if line.startswith("data:"):
                    st.feed(line[5:].strip())
                if st.done or st.blocked or st.error:
                    break
            if st.done or st.blocked or st.error:
                break
        ms = (time.perf_counter() - t0) * 1000
        if st.blocked is not None:
            return Reply(status=resp.status_code, blocked=True, block_info=st.blocked, elapsed_ms=ms)
        if st.error:
            return Reply(status=resp.status_code, error=st.error, elapsed_ms=ms)
        if not st.done:
            return Reply(status=resp.status_code, error="the stream ended without [DONE]", elapsed_ms=ms)
        calls = tuple(st.calls[i] for i in sorted(st.calls))
        return Reply(content="".join(st.content), tool_calls=calls, status=resp.status_code, elapsed_ms=ms)


def _short(exc: BaseException) -> str:
    s = str(exc) or type(exc).__name__
    return s.splitlines()[0][:200]


class CallableTarget:
    """A Python function as the target: ``fn(messages, tools)`` → str | {"content", "tool_calls"}."""

    document_role = "user"

    def __init__(self, fn: Callable[..., Any], *, name: str, timeout_s: float = 30.0) -> None:
        self.fn = fn
        self.name = name
        self.timeout_s = timeout_s

    @classmethod
    def from_ref(cls, ref: str, *, timeout_s: float = 30.0) -> CallableTarget:
        mod_name, _, attr = ref.partition(":")
        if not mod_name or not attr:
            raise ConfigError(f"a callable target is 'module:function' (got {ref!r})")
        try:
            mod = importlib.import_module(mod_name)
        except ImportError as exc:
            raise ConfigError(f"cannot import {mod_name!r} for the target: {exc}") from None
        fn: Any = mod
        for part in attr.split("."):
            fn = getattr(fn, part, None)
            if fn is None:
                raise ConfigError(f"{mod_name!r} has no attribute {attr!r}")
        if not callable(fn):
            raise ConfigError(f"{ref} is not callable")
        return cls(fn, name=ref, timeout_s=timeout_s)

    async def aclose(self) -> None:
        return None

    async def send(self, messages: Sequence[Mapping[str, Any]], tools: Sequence[Mapping[str, Any]]) -> Reply:
        t0 = time.perf_counter()
        msgs = [dict(m) for m in messages]
        tls = [dict(t) for t in tools]
        try:
            async with asyncio.timeout(self.timeout_s):
                if inspect.iscoroutinefunction(self.fn):
                    out = await self.fn(msgs, tls)
                else:
                    out = await asyncio.to_thread(self.fn, msgs, tls)
        except TimeoutError:
            return Reply(
                status=None,
                error=f"the callable did not return within {self.timeout_s:g} s",
                elapsed_ms=(time.perf_counter() - t0) * 1000,
            )
        except Exception as exc:
            return Reply(
                status=None,
                error=f"the callable raised {type(exc).__name__}: {_short(exc)}",
                elapsed_ms=(time.perf_counter() - t0) * 1000,
            )
        ms = (time.perf_counter() - t0) * 1000
        if isinstance(out, str):
            return Reply(content=out, elapsed_ms=ms)
        if isinstance(out, dict):
            if "choices" in out:
                return parse_completion(out, 200, ms)
            return parse_completion({"choices": [{"message": out}]}, 200, ms)
        return Reply(error=f"the callable returned {type(out).__name__}, not str or dict", elapsed_ms=ms)


def api_key_from_env(name: str | None) -> str | None:
    """The API key in ``$name`` (None when unset); its value is never printed or stored."""
    if not name:
        return None
    return os.environ.get(name) or None
