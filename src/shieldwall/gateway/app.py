"""The OpenAI-compatible gateway (FastAPI): authenticate → rate-limit → scan input → harden → upstream →
scan output (incrementally when streaming) → audit record (+ incident) → response.

Every answer is either the upstream's OpenAI-shaped answer (possibly rewritten) or an OpenAI-shaped
error; never a traceback. Every request gets a hash-chained audit record, written before a
non-streaming answer is sent (a failed write turns the answer into a 503) and when a stream ends,
however it ends.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import logging
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass, field
from typing import Any, Literal

import aiohttp
import anyio
import anyio.to_thread
from fastapi import FastAPI
from sqlalchemy import text as sql_text
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response, StreamingResponse

from shieldwall.core.errors import InputError, InputTooLarge
from shieldwall.core.limits import Limits, decode_utf8, parse_json
from shieldwall.core.pipeline import Pipeline
from shieldwall.core.scanner import ScanContext
from shieldwall.core.types import Action, Category, Direction, Role, Segment, Verdict
from shieldwall.gateway import messages as msgs
from shieldwall.gateway.auth import Authenticator
from shieldwall.gateway.config import (
    GatewayConfig,
    Images,
    ModelRoute,
    TenantConfig,
    UpstreamConfig,
    resolve_admin_digest,
    resolve_secret,
)
from shieldwall.gateway.errors import (
    GatewayError,
    bad_request,
    blocked,
    model_not_found,
    rate_limited,
    too_large,
    unauthorized,
    upstream_error,
)
from shieldwall.gateway.images import check_images
from shieldwall.gateway.metrics import CONTENT_TYPE, Metrics
from shieldwall.gateway.ratelimit import RateLimiter, RateLimitUnavailable, RedisRateLimiter, estimate_tokens
from shieldwall.gateway.streaming import DONE, OutputRecord, StreamBlocked, StreamGuard, run_scan, sse, sse_events
from shieldwall.gateway.tenants import Tenants
from shieldwall.gateway.upstream import StreamBroken, StreamResponse, StreamTimeout, Upstream
from shieldwall.store.audit import AuditLog, AuditWriter, IncidentData
from shieldwall.store.db import Database
from shieldwall.store.keys import ApiKey, KeyStore
from shieldwall.store.tenants import TenantStore

log = logging.getLogger("shieldwall.gateway")

Kind = Literal["chat", "completions"]
SLOW_SCANNERS = frozenset({"detector"})  # scanners that run a model: never on the event loop


@dataclass(slots=True)
class Exchange:
    """One request's state, from arrival to its audit record."""

    endpoint: str
    request_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    t0: float = field(default_factory=time.perf_counter)
    tenant: str | None = None
    key_id: str | None = None
    model: str | None = None
    status: int = 200
    upstream_status: int | None = None
    error: str | None = None
    request_hash: str | None = None
    stream: bool = False
    input: Verdict | None = None
    output: OutputRecord | None = None
    latency_ms: dict[str, float] = field(default_factory=dict)
    texts: dict[str, Any] | None = None
    admin: dict[str, Any] | None = None  # admin API: the operation and its target (never a secret)
    audited: bool = False  # the handler already wrote this request's audit record (incident labels)

    @property
    def action(self) -> Action:
        a = self.input.action if self.input else Action.ALLOW
        return max(a, self.output.action) if self.output else a

    def record(self) -> dict[str, Any]:
        self.latency_ms.setdefault("total", (time.perf_counter() - self.t0) * 1000.0)
        rec: dict[str, Any] = {
            "request_id": self.request_id,
            "tenant": self.tenant,
            "key_id": self.key_id,
            "endpoint": self.endpoint,
            "model": self.model,
            "stream": self.stream,
            "status": self.status,
            "upstream_status": self.upstream_status,
            "error": self.error,
            "action": self.action.value,
            "request_hash": self.request_hash,
            "input": _verdict_summary(self.input),
            "output": _output_summary(self.output),
            "latency_ms": {k: round(v, 3) for k, v in self.latency_ms.items()},
        }
        if self.texts is not None:
            rec["texts"] = self.texts
        if self.admin is not None:
            rec["admin"] = self.admin
        return rec

    def incidents(self) -> list[IncidentData]:
        out = []
        if self.input is not None and self.input.action > Action.ALLOW:
            out.append(
                IncidentData(
                    "input",
                    self.input.action.value,
                    self.input.categories,
                    self.input.rules,
                    [f.to_dict() for f in self.input.findings],
                )
            )
        if self.output is not None and self.output.action > Action.ALLOW:
            o = self.output
            out.append(IncidentData("output", o.action.value, o.categories, o.rules, [f.to_dict() for f in o.findings]))
        return out


def _verdict_summary(v: Verdict | None) -> dict[str, Any] | None:
    if v is None:
        return None
    return {
        "action": v.action.value,
        "policy": {"id": v.policy_id, "version": v.policy_version},
        "findings": [f.to_dict() for f in v.findings],
        "latency_ms": round(v.latency_ms, 3),
    }


def _output_summary(o: OutputRecord | None) -> dict[str, Any] | None:
    if o is None:
        return None
    return {
        "action": o.action.value,
        "findings": [f.to_dict() for f in o.findings],
        "latency_ms": round(o.latency_ms, 3),
        "scans": o.scans,
    }


def _canary_functions() -> tuple[Callable[[], str] | None, Callable[[str, str], str] | None]:
    try:
        from shieldwall.scanners.canary import embed_canary, mint_canary
    except ImportError:  # pragma: no cover - the canary scanner ships with the package
        return None, None
    return mint_canary, embed_canary


_INLINE_COLLECT_CHARS = 16_384  # system prompts up to this size are searched for secrets on the event loop


def context_secrets(
    mapped: msgs.Mapped, v_in: Verdict | None, system_texts: list[str], ctx: ScanContext, canary: str | None
) -> tuple[str, ...]:
    """The credential-like values of the request's system/developer messages, for the output scan.

    From the system texts as sent upstream (after input redaction and hardening), the values the input
    scan's ``secrets`` findings cover in system segments, and ``[SECRET_n]`` placeholders of system texts
    (echoed, the vault would restore them). Values the user's own messages contain are not secret to them.
    The canary's line is left out (``strip_canaries``): the rest repeats from request to request, and what is
    found in it is remembered (``collect_context_secrets``).
    """
    from shieldwall.scanners.canary import collect_context_secrets, strip_canaries

    extra: list[str] = []
    if v_in is not None:
        segs = mapped.segments
        for f in v_in.findings:
            if (
                f.category is Category.SECRET
                and f.span is not None
                and f.score >= 0.5
                and 0 <= f.segment < len(segs)
                and segs[f.segment].role is Role.SYSTEM
            ):
                extra.append(segs[f.segment].text[f.span.start : f.span.end])
    return collect_context_secrets(
        [strip_canaries(t, (canary,)) for t in system_texts] if canary else system_texts,
        extra=extra,
        vault=ctx.vault,
        exclude=[canary] if canary else (),
        known=[s.text for s in mapped.segments if s.role is Role.USER],
    )


class Gateway:
    """The gateway's state: config, store, pipelines per policy, upstream clients, metrics."""

    def __init__(
        self,
        cfg: GatewayConfig,
        *,
        db: Database | None = None,
        secret: bytes | None = None,
    ) -> None:
        from shieldwall._api import get_pipeline

        self.cfg = cfg
        self.db = db or Database(cfg.database.resolved_url())
        self.audit = AuditLog(self.db)
        self.audit_writer = AuditWriter(self.audit)  # group commit: concurrent requests share a transaction
        self.keys = KeyStore(self.db, secret if secret is not None else resolve_secret(cfg.server.secret_env))
        self.auth = Authenticator(self.keys, cache_ttl_s=cfg.server.key_cache_ttl_s)
        self.tenants = Tenants(cfg, TenantStore(self.db), ttl_s=cfg.server.key_cache_ttl_s)
        self.admin_digest = resolve_admin_digest(cfg.admin)  # None: the admin API answers 403
        self.metrics = Metrics()
        rl = cfg.rate_limits
        self.limiter: RateLimiter | RedisRateLimiter = (
            RedisRateLimiter(rl.redis_url, prefix=rl.key_prefix, fail_open=rl.fail_open)
            if rl.backend == "redis"
            else RateLimiter()
        )
        self.pipelines: dict[str, Pipeline] = {}
        for t in cfg.tenants:
            if t.policy not in self.pipelines:
                self.pipelines[t.policy] = get_pipeline(t.policy)  # built once per process, shared
        self._json_limits = next(iter(self.pipelines.values())).limits if self.pipelines else Limits()
        self._session: aiohttp.ClientSession | None = None
        self._upstreams: dict[UpstreamConfig, Upstream] = {}
        self._routes: dict[int, tuple[TenantConfig, dict[str, ModelRoute]]] = {}
        self._inline: dict[tuple[int, Direction], int] = {}
        self._mint, self._embed = _canary_functions()

    # -- lifecycle --------------------------------------------------------------------------------

    @property
    def session(self) -> aiohttp.ClientSession:
        """The upstream connection pool (one aiohttp session per process, made in its event loop)."""
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=1000, limit_per_host=0, keepalive_timeout=30, ttl_dns_cache=300)
            self._session = aiohttp.ClientSession(  # no cookie jar: one tenant's upstream cookie is never replayed
                connector=connector,
                trust_env=False,
                skip_auto_headers=("User-Agent",),
                cookie_jar=aiohttp.DummyCookieJar(),
            )
        return self._session

    async def aclose(self) -> None:
        await anyio.to_thread.run_sync(self.audit_writer.close)
        await self.limiter.aclose()
        session, self._session = self._session, None
        self._upstreams.clear()
        if session is not None:
            await session.close()

    def upstream(self, cfg: UpstreamConfig) -> Upstream:
        up = self._upstreams.get(cfg)
        if up is None:
            up = Upstream(cfg, self.metrics, self.session)
            self._upstreams[cfg] = up
        return up

    # -- request plumbing -------------------------------------------------------------------------

    async def handle(
        self, request: Request, endpoint: str, fn: Callable[[Request, Exchange], Awaitable[Response]]
    ) -> Response:
        ex = Exchange(endpoint)
        try:
            resp = await fn(request, ex)
        except GatewayError as exc:
            ex.status, ex.error = exc.status, exc.code or exc.type
            ex.upstream_status = ex.upstream_status or exc.upstream_status
            resp = exc.response()
        except ClientDisconnect:
            ex.status, ex.error = 499, "client_disconnected"
            resp = Response(status_code=499)
        except Exception as exc:  # never a traceback to the client
            log.exception("internal error in %s", endpoint)
            ex.status, ex.error = 500, f"internal_error:{type(exc).__name__}"
            resp = GatewayError(
                500, "Internal error in the Shieldwall gateway.", type_="server_error", code="internal_error"
            ).response()
        resp.headers["x-shieldwall-request-id"] = ex.request_id
        if ex.stream and isinstance(resp, StreamingResponse):
            return resp  # the stream writes its audit record when it ends
        if not await self.finish(ex, write=not ex.audited):
            err = GatewayError(
                503,
                "The audit log is unavailable; the request was not completed.",
                type_="server_error",
                code="audit_unavailable",
            )
            resp = err.response({"x-shieldwall-request-id": ex.request_id})
        return resp

    async def finish(self, ex: Exchange, *, write: bool = True) -> bool:
        """Metrics and the audit record (with incidents); False when the record could not be written."""
        total = time.perf_counter() - ex.t0
        ex.latency_ms["total"] = total * 1000.0
        self.metrics.child(self.metrics.requests, ex.endpoint, str(ex.status)).inc()
        self.metrics.child(self.metrics.request_seconds, ex.endpoint).observe(total)
        if not write:
            return True
        rec = ex.record()
        try:
            await self.audit_writer.append(rec, ex.incidents())
        except Exception:
            log.exception("audit write failed for request %s", ex.request_id)
            return False
        return True

    async def read_json(self, request: Request, ex: Exchange) -> Any:
        limit = self.cfg.server.max_body_bytes
        declared = request.headers.get("content-length")
        if declared is not None:
            try:
                if int(declared) > limit:
                    raise too_large(limit)
            except ValueError:
                raise bad_request("Invalid Content-Length header.") from None
        chunks: list[bytes] = []
        size = 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise too_large(limit)
            chunks.append(chunk)
        raw = b"".join(chunks)
        ex.request_hash = hashlib.sha256(raw).hexdigest()
        if not raw.strip():
            raise bad_request("The request body is empty; expected a JSON object.")
        try:
            return parse_json(decode_utf8(raw, what="request body"), limits=self._json_limits, what="request body")
        except InputError as exc:
            raise bad_request(f"We could not parse the JSON body of your request: {exc}") from None
        except ValueError:
            raise bad_request("We could not parse the JSON body of your request.") from None

    async def authenticate(self, request: Request, ex: Exchange) -> tuple[ApiKey, TenantConfig]:
        key = await self.auth.authenticate(request)
        ex.tenant, ex.key_id = key.tenant, key.key_id
        tenant = await self.tenants.get(key.tenant)
        if tenant is None:
            raise unauthorized(f"The API key's tenant {key.tenant!r} is not configured on this gateway.")
        return key, tenant

    def route(self, tenant: TenantConfig, model: str) -> tuple[ModelRoute, UpstreamConfig]:
        hit = self._routes.get(id(tenant))
        if hit is None or hit[0] is not tenant:  # (built once per tenant object, not per request)
            if len(self._routes) > 10_000:
                self._routes.clear()
            hit = self._routes[id(tenant)] = (tenant, tenant.routes())
        routes = hit[1]
        r = routes.get(model) or (ModelRoute(name=model) if "*" in routes else None)
        if r is None:
            raise model_not_found(model)
        return r, r.upstream or tenant.upstream

    async def pipeline(self, policy: str) -> Pipeline:
        """The pipeline of a policy (built once per process; a thread builds those of admin-created tenants)."""
        pipe = self.pipelines.get(policy)
        if pipe is None:
            from shieldwall._api import get_pipeline

            pipe = await anyio.to_thread.run_sync(get_pipeline, policy)
            self.pipelines[policy] = pipe
        return pipe

    def inline(self, pipeline: Pipeline, direction: Direction) -> int:
        """How many characters a scan may have to run on the event loop: ``inline_scan_chars``, or 0 when the
        pipeline runs a model (``SLOW_SCANNERS``) in that direction — 50-100 ms on the loop would stall every
        other request, while in the pipeline's threads ONNX runs beside the loop (it releases the GIL)."""
        key = (id(pipeline), direction)
        n = self._inline.get(key)
        if n is None:
            slow = any(s.name in SLOW_SCANNERS and direction in s.directions for s in pipeline.slots)
            n = self._inline[key] = 0 if slow else self.cfg.server.inline_scan_chars
        return n

    async def rate_limit(self, key: ApiKey, tenant: TenantConfig, tokens: int) -> None:
        q = tenant.quotas
        try:
            wait, which = await self.limiter.acheck(
                key.key_id, rpm=q.requests_per_minute, tpm=q.tokens_per_minute, tokens=tokens
            )
        except RateLimitUnavailable as exc:
            raise GatewayError(
                503, f"{exc}; try again later.", type_="server_error", code="rate_limit_unavailable"
            ) from None
        if wait > 0:
            raise rate_limited(f"Rate limit reached for {which} on this API key. Retry in {wait:.1f} s.", wait)

    async def scan_input(
        self,
        pipeline: Pipeline,
        mapped: msgs.Mapped,
        ctx: ScanContext,
        ex: Exchange,
        images: Images | None = None,
    ) -> Verdict | None:
        extra = check_images(mapped.images, images, pipeline, mapped.segments) if images and mapped.images else []
        if not mapped.segments and not extra:
            return None
        try:
            if mapped.segments:
                v = await run_scan(
                    pipeline, mapped.segments, ctx, Direction.INPUT, self.inline(pipeline, Direction.INPUT)
                )
            else:
                v = Verdict(
                    Action.ALLOW, (), (), None, 0.0, Direction.INPUT, pipeline.policy_id, pipeline.policy_version
                )
        except InputTooLarge as exc:
            raise GatewayError(413, str(exc), code="input_too_large") from None
        except InputError as exc:
            raise bad_request(str(exc), code="invalid_input") from None
        if extra:
            v = dataclasses.replace(v, action=Action.BLOCK, findings=(*v.findings, *extra))
        ex.input = v
        ex.latency_ms["scan_input"] = v.latency_ms
        self.metrics.observe_verdict(v)
        if v.action is Action.BLOCK:
            raise blocked("input", v.categories, v.rules, ex.request_id)
        return v

    async def scan_output(
        self, pipeline: Pipeline, segs: list[Segment], ctx: ScanContext, ex: Exchange
    ) -> Verdict | None:
        ex.output = ex.output or OutputRecord()
        if not segs:
            return None
        try:
            v = await run_scan(pipeline, segs, ctx, Direction.OUTPUT, self.inline(pipeline, Direction.OUTPUT))
        except InputError:
            raise upstream_error("The upstream answer could not be scanned (over the size limits).") from None
        ex.output.add(v)
        ex.latency_ms["scan_output"] = ex.output.latency_ms
        self.metrics.observe_verdict(v)
        if v.action is Action.BLOCK:
            raise blocked("output", v.categories, v.rules, ex.request_id)
        return v

    def verdict_headers(self, ex: Exchange) -> dict[str, str]:
        cats = sorted(set(ex.input.categories if ex.input else []) | set(ex.output.categories if ex.output else []))
        h = {"x-shieldwall-verdict": ex.action.value}
        if cats:
            h["x-shieldwall-categories"] = ",".join(cats)
        return h

    def output_context(
        self,
        tenant: TenantConfig,
        ex: Exchange,
        vault_ctx: ScanContext,
        system_texts: list[str],
        canary: str | None,
        secrets: tuple[str, ...] = (),
    ) -> ScanContext:
        return ScanContext(
            direction=Direction.OUTPUT,
            tenant=tenant.name,
            request_id=ex.request_id,
            history=[Segment(t, Role.SYSTEM) for t in system_texts],
            canaries=[canary] if canary else [],
            context_secrets=secrets,
            vault=vault_ctx.vault,
        )

    # -- endpoints --------------------------------------------------------------------------------

    async def chat(self, request: Request, ex: Exchange) -> Response:
        key, tenant = await self.authenticate(request, ex)
        body = msgs.require_object(await self.read_json(request, ex))
        ex.model = msgs.require_model(body)
        ex.stream = stream = msgs.common_checks(body)
        route, up_cfg = self.route(tenant, ex.model)
        mapped = msgs.chat_segments(body)
        await self.rate_limit(key, tenant, estimate_tokens(mapped.chars()) + int(body.get("max_tokens") or 0))
        pipeline = await self.pipeline(tenant.policy)
        ctx = ScanContext(direction=Direction.INPUT, tenant=tenant.name, request_id=ex.request_id)
        v_in = await self.scan_input(pipeline, mapped, ctx, ex, tenant.images)
        messages: list[Any] = body["messages"]
        if v_in is not None and v_in.texts is not None:
            messages = msgs.apply_chat_texts(messages, mapped, v_in.texts)
        hard = msgs.harden(messages, tenant.hardening, mint=self._mint, embed=self._embed)
        up_body = {**body, "messages": hard.messages, "model": route.upstream_model or ex.model}
        if self.cfg.database.store_texts:
            ex.texts = {"request": hard.messages}
        collect = functools.partial(context_secrets, mapped, v_in, hard.system_texts, ctx, hard.canary)
        big = sum(len(t) for t in hard.system_texts) > _INLINE_COLLECT_CHARS
        secrets = await anyio.to_thread.run_sync(collect) if big else collect()
        out_ctx = self.output_context(tenant, ex, ctx, hard.system_texts, hard.canary, secrets)
        upstream = self.upstream(up_cfg)
        if stream:
            return await self.open_stream(
                "chat", "/chat/completions", upstream, up_body, pipeline, out_ctx, ex, key, tenant
            )
        res = await upstream.request_json("POST", "/chat/completions", up_body)
        ex.upstream_status, ex.latency_ms["upstream"] = res.status, res.elapsed_s * 1000.0
        data = res.body
        choices = data.get("choices") if isinstance(data, dict) else None
        if not isinstance(choices, list) or not all(
            isinstance(c, dict) and isinstance(c.get("message"), dict) for c in choices
        ):
            raise upstream_error("The upstream answered with an unexpected shape (no choices).")
        segs: list[Segment] = []
        where: list[tuple[int, int | None]] = []
        for i, ch in enumerate(choices):
            m = ch["message"]
            if isinstance(m.get("content"), str):
                segs.append(Segment(m["content"], Role.ASSISTANT))
                where.append((i, None))
            for k, call in enumerate(m.get("tool_calls") or []):
                fn = call.get("function") if isinstance(call, dict) else None
                if isinstance(fn, dict) and isinstance(fn.get("arguments"), str):
                    segs.append(Segment(fn["arguments"], Role.TOOL_CALL, source=str(fn.get("name") or "")))
                    where.append((i, k))
        v_out = await self.scan_output(pipeline, segs, out_ctx, ex)
        if v_out is not None and v_out.texts is not None:
            for (ci, call_k), t in zip(where, v_out.texts, strict=True):
                msg = choices[ci]["message"]
                if call_k is None:
                    msg["content"] = t
                else:
                    msg["tool_calls"][call_k]["function"]["arguments"] = t
        await self.charge_usage(key, tenant, data)
        if ex.texts is not None:
            ex.texts["response"] = [c["message"] for c in choices]
        return JSONResponse(data, headers=self.verdict_headers(ex))

    async def completions(self, request: Request, ex: Exchange) -> Response:
        key, tenant = await self.authenticate(request, ex)
        body = msgs.require_object(await self.read_json(request, ex))
        ex.model = msgs.require_model(body)
        ex.stream = stream = msgs.common_checks(body)
        route, up_cfg = self.route(tenant, ex.model)
        if "prompt" not in body:
            raise bad_request(
                "Missing required parameter: 'prompt'.", param="prompt", code="missing_required_parameter"
            )
        mapped, is_list = msgs.list_segments(body["prompt"], "prompt")
        await self.rate_limit(key, tenant, estimate_tokens(mapped.chars()) + int(body.get("max_tokens") or 0))
        pipeline = await self.pipeline(tenant.policy)
        ctx = ScanContext(direction=Direction.INPUT, tenant=tenant.name, request_id=ex.request_id)
        v_in = await self.scan_input(pipeline, mapped, ctx, ex)
        prompts = [s.text for s in mapped.segments] if v_in is None or v_in.texts is None else list(v_in.texts)
        up_body = {**body, "prompt": prompts if is_list else prompts[0], "model": route.upstream_model or ex.model}
        if self.cfg.database.store_texts:
            ex.texts = {"request": up_body["prompt"]}
        out_ctx = self.output_context(tenant, ex, ctx, [], None)
        upstream = self.upstream(up_cfg)
        if stream:
            return await self.open_stream(
                "completions", "/completions", upstream, up_body, pipeline, out_ctx, ex, key, tenant
            )
        res = await upstream.request_json("POST", "/completions", up_body)
        ex.upstream_status, ex.latency_ms["upstream"] = res.status, res.elapsed_s * 1000.0
        data = res.body
        choices = data.get("choices") if isinstance(data, dict) else None
        if not isinstance(choices, list) or not all(isinstance(c, dict) for c in choices):
            raise upstream_error("The upstream answered with an unexpected shape (no choices).")
        idx = [i for i, c in enumerate(choices) if isinstance(c.get("text"), str)]
        v_out = await self.scan_output(
            pipeline, [Segment(choices[i]["text"], Role.ASSISTANT) for i in idx], out_ctx, ex
        )
        if v_out is not None and v_out.texts is not None:
            for i, t in zip(idx, v_out.texts, strict=True):
                choices[i]["text"] = t
        await self.charge_usage(key, tenant, data)
        if ex.texts is not None:
            ex.texts["response"] = [c.get("text") for c in choices]
        return JSONResponse(data, headers=self.verdict_headers(ex))

    async def embeddings(self, request: Request, ex: Exchange) -> Response:
        key, tenant = await self.authenticate(request, ex)
        body = msgs.require_object(await self.read_json(request, ex))
        ex.model = msgs.require_model(body)
        route, up_cfg = self.route(tenant, ex.model)
        if "input" not in body:
            raise bad_request("Missing required parameter: 'input'.", param="input", code="missing_required_parameter")
        mapped, is_list = msgs.list_segments(body["input"], "input")
        await self.rate_limit(key, tenant, estimate_tokens(mapped.chars()))
        pipeline = await self.pipeline(tenant.policy)
        ctx = ScanContext(direction=Direction.INPUT, tenant=tenant.name, request_id=ex.request_id)
        v_in = await self.scan_input(pipeline, mapped, ctx, ex)
        inputs = [s.text for s in mapped.segments] if v_in is None or v_in.texts is None else list(v_in.texts)
        up_body = {**body, "input": inputs if is_list else inputs[0], "model": route.upstream_model or ex.model}
        res = await self.upstream(up_cfg).request_json("POST", "/embeddings", up_body)
        ex.upstream_status, ex.latency_ms["upstream"] = res.status, res.elapsed_s * 1000.0
        if not isinstance(res.body, dict) or not isinstance(res.body.get("data"), list):
            raise upstream_error("The upstream answered with an unexpected shape (no data).")
        return JSONResponse(res.body, headers=self.verdict_headers(ex))

    async def models(self, request: Request, ex: Exchange) -> Response:
        _, tenant = await self.authenticate(request, ex)
        data = [
            {"id": name, "object": "model", "created": 0, "owned_by": f"shieldwall:{tenant.name}"}
            for name in tenant.routes()
            if name != "*"
        ]
        return JSONResponse({"object": "list", "data": data})

    async def charge_usage(self, key: ApiKey, tenant: TenantConfig, data: Any) -> None:
        usage = data.get("usage") if isinstance(data, dict) else None
        if isinstance(usage, dict) and isinstance(usage.get("completion_tokens"), int):
            await self.limiter.acharge(
                key.key_id, tpm=tenant.quotas.tokens_per_minute, tokens=usage["completion_tokens"]
            )

    # -- streaming --------------------------------------------------------------------------------

    async def open_stream(
        self,
        kind: Kind,
        path: str,
        upstream: Upstream,
        up_body: dict[str, Any],
        pipeline: Pipeline,
        out_ctx: ScanContext,
        ex: Exchange,
        key: ApiKey,
        tenant: TenantConfig,
    ) -> Response:
        stack = AsyncExitStack()
        t0 = time.perf_counter()
        try:
            resp = await stack.enter_async_context(upstream.stream(path, up_body))
        except BaseException:
            await stack.aclose()
            ex.stream = False  # an ordinary error answer, audited by ``handle``
            raise
        ex.upstream_status = resp.status_code
        ex.latency_ms["upstream_first_byte"] = (time.perf_counter() - t0) * 1000.0
        ex.output = OutputRecord()
        gen = self.relay(kind, resp, stack, pipeline, out_ctx, ex)
        headers = {**self.verdict_headers(ex), "cache-control": "no-cache", "x-accel-buffering": "no"}
        return StreamingResponse(gen, media_type="text/event-stream", headers=headers)

    async def relay(
        self,
        kind: Kind,
        resp: StreamResponse,
        stack: AsyncExitStack,
        pipeline: Pipeline,
        ctx: ScanContext,
        ex: Exchange,
    ) -> AsyncIterator[bytes]:
        record = ex.output or OutputRecord()
        ex.output = record
        cfg = self.cfg.server.streaming
        guards: dict[int, StreamGuard] = {}
        calls: dict[int, dict[int, dict[str, Any]]] = {}
        finished: set[int] = set()
        template: dict[str, Any] = {}
        first_in: float | None = None
        first_out = False
        out_parts: dict[int, list[str]] = {}
        closed = False

        async def close() -> None:
            """Close the upstream and write the audit record (before the client sees the end)."""
            nonlocal closed
            if closed:
                return
            closed = True
            with anyio.CancelScope(shield=True):
                try:
                    await stack.aclose()
                except Exception:  # closing a broken upstream connection must not lose the record
                    log.debug("closing the upstream stream failed", exc_info=True)
                ex.latency_ms["scan_output"] = record.latency_ms
                if ex.texts is not None:
                    ex.texts["response"] = {str(k): "".join(v) for k, v in out_parts.items()}
                if not await self.finish(ex):
                    raise upstream_error("The audit log is unavailable; the stream was cut.")

        def get_text(ch: Mapping[str, Any]) -> Any:
            if kind == "chat":
                delta = ch.get("delta")
                return delta.get("content") if isinstance(delta, dict) else None
            return ch.get("text")

        def set_text(ch: dict[str, Any], value: str) -> None:
            if kind == "chat":
                ch.setdefault("delta", {})["content"] = value
            else:
                ch["text"] = value

        def content_chunk(idx: int, text: str) -> dict[str, Any]:
            ch: dict[str, Any] = {"index": idx, "logprobs": None, "finish_reason": None}
            set_text(ch, text)
            return {**template, "choices": [ch]}

        async def flush(idx: int) -> list[dict[str, Any]]:
            """End of a choice: release the held text, scan and release its tool calls."""
            out: list[dict[str, Any]] = []
            guard = guards.get(idx)
            if guard is not None:
                tail = await guard.finish()
                if tail:
                    out.append(content_chunk(idx, tail))
            acc = calls.pop(idx, None)
            if acc:
                order = sorted(acc)
                segs = [Segment(acc[k]["arguments"], Role.TOOL_CALL, source=acc[k]["name"]) for k in order]
                v = await run_scan(pipeline, segs, ctx, Direction.OUTPUT, self.inline(pipeline, Direction.OUTPUT))
                record.add(v)
                self.metrics.observe_verdict(v)
                if v.action is Action.BLOCK:
                    raise StreamBlocked(v)
                texts = list(v.texts) if v.texts is not None else [s.text for s in segs]
                for k, args in zip(order, texts, strict=True):
                    tc = {
                        "index": k,
                        "id": acc[k]["id"],
                        "type": "function",
                        "function": {"name": acc[k]["name"], "arguments": args},
                    }
                    ch = {"index": idx, "delta": {"tool_calls": [tc]}, "logprobs": None, "finish_reason": None}
                    out.append({**template, "choices": [ch]})
            finished.add(idx)
            return out

        try:
            async for data in sse_events(resp.aiter_lines()):
                if data.strip() == "[DONE]":
                    break
                try:
                    chunk = json.loads(data)
                except ValueError:
                    raise upstream_error("The upstream sent a malformed stream event.") from None
                if not isinstance(chunk, dict):
                    raise upstream_error("The upstream sent a malformed stream event.")
                if isinstance(chunk.get("error"), dict):
                    raise upstream_error("The upstream reported an error mid-stream.")
                if not template:
                    template = {
                        k: chunk[k] for k in ("id", "object", "created", "model", "system_fingerprint") if k in chunk
                    }
                choices = chunk.get("choices")
                if not isinstance(choices, list) or not choices:
                    yield sse(chunk)  # e.g. the usage chunk
                    continue
                emit: list[dict[str, Any]] = []
                for ch in choices:
                    if not isinstance(ch, dict):
                        raise upstream_error("The upstream sent a malformed stream event.")
                    idx = ch.get("index", 0) if isinstance(ch.get("index", 0), int) else 0
                    ch = dict(ch)
                    if kind == "chat" and isinstance(ch.get("delta"), dict):
                        ch["delta"] = dict(ch["delta"])
                        tcs = ch["delta"].pop("tool_calls", None)
                        for tc in tcs if isinstance(tcs, list) else []:
                            if not isinstance(tc, dict):
                                continue
                            slot = calls.setdefault(idx, {}).setdefault(
                                int(tc.get("index", 0)), {"id": None, "name": "", "arguments": ""}
                            )
                            slot["id"] = tc.get("id") or slot["id"]
                            tfn = tc.get("function")
                            if isinstance(tfn, dict):
                                slot["name"] += tfn.get("name") or ""
                                slot["arguments"] += tfn.get("arguments") or ""
                    text = get_text(ch)
                    has_text = isinstance(text, str) and text != ""
                    if has_text:
                        if first_in is None:
                            first_in = time.perf_counter()
                        guard = guards.get(idx)
                        if guard is None:
                            guard = guards[idx] = StreamGuard(
                                pipeline, ctx, cfg, record, inline_chars=self.inline(pipeline, Direction.OUTPUT)
                            )
                        released = await guard.feed(text)
                        set_text(ch, released)
                        out_parts.setdefault(idx, []).append(released)
                    finish = ch.get("finish_reason")
                    if finish:
                        tail_chunks = await flush(idx)
                        for t in tail_chunks:
                            for c in t["choices"]:
                                tt = get_text(c)
                                if isinstance(tt, str):
                                    out_parts.setdefault(idx, []).append(tt)
                        if tail_chunks:
                            if emit:
                                yield sse({**chunk, "choices": emit})
                                emit = []
                            for t in tail_chunks:
                                yield sse(t)
                    if has_text and not get_text(ch) and not finish:
                        delta = ch.get("delta") if kind == "chat" else None
                        if not (isinstance(delta, dict) and delta.get("role")):
                            continue  # everything held back: nothing to send for this choice yet
                    if kind == "chat" and not finish and not has_text:
                        delta = ch.get("delta")
                        if isinstance(delta, dict) and not delta:
                            continue  # a tool-call fragment, held until the choice ends
                    emit.append(ch)
                if emit:
                    if not first_out and first_in is not None and any(get_text(c) for c in emit):
                        first_out = True
                        added = time.perf_counter() - first_in
                        self.metrics.stream_added_ttft.observe(added)
                        ex.latency_ms["added_ttft"] = added * 1000.0
                    yield sse({**chunk, "choices": emit})
            for idx in sorted(set(guards) | set(calls)):
                if idx not in finished:
                    for t in await flush(idx):
                        yield sse(t)
            final: GatewayError | None = None
        except StreamBlocked as b:
            self.metrics.observe_verdict(b.verdict)
            final = blocked("output", record.categories, record.rules, ex.request_id)
        except GatewayError as exc:
            final = exc
        except StreamTimeout:
            final = upstream_error("The upstream model server stalled mid-stream.", timeout=True)
        except StreamBroken as exc:
            final = upstream_error(f"The upstream stream broke ({exc}).")
        except (anyio.get_cancelled_exc_class(), GeneratorExit):
            ex.error = ex.error or "client_disconnected"
            await close()
            raise
        except Exception:  # never a traceback, never a lost record
            log.exception("internal error while relaying a stream")
            final = GatewayError(
                500, "Internal error in the Shieldwall gateway.", type_="server_error", code="internal_error"
            )
        try:
            if final is not None:
                ex.error = final.code or final.type
            await close()
        except GatewayError as exc:
            final = exc
        if final is not None:
            yield final.sse()
        yield DONE

    # -- service endpoints --------------------------------------------------------------------------

    async def ready(self) -> tuple[bool, str]:
        def probe() -> None:
            with self.db.engine.connect() as conn:
                conn.execute(sql_text("SELECT 1"))

        try:
            await anyio.to_thread.run_sync(probe)
        except Exception as exc:
            return False, f"database: {type(exc).__name__}"
        return True, "ok"


class FastPath:
    """The gateway's ASGI app: the OpenAI endpoints go straight to their handler; everything else (admin
    API, health, metrics, unknown paths, lifespan) through FastAPI's router and middleware, which cost
    about a tenth of the gateway's CPU per request on the hot path (``docs/benchmarks.md``).
    """

    def __init__(self, app: FastAPI, routes: Mapping[tuple[str, str], Callable[[Request], Awaitable[Response]]]):
        self.app = app
        self.routes = dict(routes)
        self.state = app.state

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            handler = self.routes.get((scope["method"], scope["path"]))
            if handler is not None:
                response = await handler(Request(scope, receive, send))  # ``Gateway.handle`` never raises
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


def create_app(gateway: Gateway) -> FastPath:
    """The ASGI app around a ``Gateway``."""

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        await gateway.aclose()

    app = FastAPI(title="Shieldwall gateway", docs_url=None, redoc_url=None, openapi_url=None, lifespan=lifespan)
    app.state.gateway = gateway

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if exc.status_code == 404:
            err = GatewayError(404, f"Unknown request URL: {request.method} {request.url.path}.", code="unknown_url")
        elif exc.status_code == 405:
            err = GatewayError(
                405, f"Method {request.method} is not allowed for {request.url.path}.", code="method_not_allowed"
            )
        else:
            err = GatewayError(exc.status_code, str(exc.detail)[:200])
        return err.response()

    @app.exception_handler(Exception)
    async def _internal(request: Request, exc: Exception) -> Response:  # pragma: no cover - last resort
        log.exception("unhandled error")
        return GatewayError(
            500, "Internal error in the Shieldwall gateway.", type_="server_error", code="internal_error"
        ).response()

    @app.post("/v1/chat/completions")
    async def chat_completions(request: Request) -> Response:
        return await gateway.handle(request, "chat.completions", gateway.chat)

    @app.post("/v1/completions")
    async def completions(request: Request) -> Response:
        return await gateway.handle(request, "completions", gateway.completions)

    @app.post("/v1/embeddings")
    async def embeddings(request: Request) -> Response:
        return await gateway.handle(request, "embeddings", gateway.embeddings)

    @app.get("/v1/models")
    async def models(request: Request) -> Response:
        return await gateway.handle(request, "models", gateway.models)

    @app.get("/healthz")
    async def healthz() -> Response:
        return JSONResponse({"status": "ok"})

    @app.get("/readyz")
    async def readyz() -> Response:
        ok, detail = await gateway.ready()
        return JSONResponse(
            {"status": "ready" if ok else "not ready", "detail": detail}, status_code=200 if ok else 503
        )

    @app.get("/metrics")
    async def metrics() -> Response:
        return Response(gateway.metrics.render(), media_type=CONTENT_TYPE)

    from shieldwall.gateway import admin

    admin.register(app, gateway)
    fast = {
        ("POST", "/v1/chat/completions"): chat_completions,
        ("POST", "/v1/completions"): completions,
        ("POST", "/v1/embeddings"): embeddings,
        ("GET", "/v1/models"): models,
    }
    return FastPath(app, fast)
