"""The admin API (``/admin/…``): tenants, keys, incidents and audit verification.

It is authenticated by a separate admin token (``Authorization: Bearer <token>``) from the server's
environment (``$SHIELDWALL_ADMIN_KEY``) or its SHA-256 in the config (``admin.key_sha256``); the gateway
keeps only the digest and compares digests in constant time. Tenant keys are never admin credentials.
Without a configured token every admin call answers 403 ``admin_api_disabled``.

Every admin call gets an audit record like any other request (``endpoint: admin.…``, ``admin: {op, …}``;
never a key); labelling an incident writes its label record in the same transaction as the label.

| method and path | what |
|---|---|
| ``GET /admin/tenants`` | config and stored tenants (``source: config|store``) |
| ``POST /admin/tenants`` | create ``{name, policy, upstream, models, quotas, hardening, images}`` → 201 |
| ``GET /admin/tenants/{name}`` / ``PATCH …`` | show / update some fields of a stored tenant |
| ``GET /admin/keys[?tenant=]`` | list (never a key) |
| ``POST /admin/keys`` | create ``{tenant, name}`` → 201 with ``key`` (shown once) |
| ``POST /admin/keys/{key_id}/revoke`` | revoke |
| ``GET /admin/incidents[?tenant=&label=&unlabelled=true&source=&limit=]`` | newest first |
| ``GET /admin/incidents/{id}`` / ``POST …/label`` | show / label ``{label: attack|benign, by, note}`` |
| ``GET /admin/audit/verify[?anchor=SEQ:HASH]`` | the hash chain (and an anchored head) |
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import anyio.to_thread
from fastapi import FastAPI
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from shieldwall.core.errors import ConfigError, InputError
from shieldwall.gateway.errors import GatewayError, bad_request
from shieldwall.gateway.tenants import SPEC_FIELDS, tenant_from_spec, tenant_spec
from shieldwall.store.audit import Anchor
from shieldwall.store.incidents import MAX_LIST, IncidentNotFound, IncidentStore
from shieldwall.store.tenants import TenantExists, TenantNotFound, check_tenant_name

if TYPE_CHECKING:
    from shieldwall.gateway.app import Exchange, Gateway
    from shieldwall.gateway.config import TenantConfig

Handler = Callable[[Request, "Exchange"], Awaitable[Response]]
ACTOR_MAX = 128


def not_found(what: str, code: str) -> GatewayError:
    return GatewayError(404, what, code=code)


def conflict(what: str, code: str) -> GatewayError:
    return GatewayError(409, what, code=code)


def _note(ex: Exchange, key: str, value: Any) -> None:
    """Add a detail (never a secret) to the admin part of the request's audit record."""
    ex.admin = {**(ex.admin or {}), key: value}


class AdminApi:
    def __init__(self, gateway: Gateway) -> None:
        self.gw = gateway
        self.incidents = IncidentStore(gateway.db)

    # -- plumbing -----------------------------------------------------------------------------------

    def authenticate(self, request: Request, ex: Exchange, op: str) -> None:
        ex.admin = {"op": op}
        if self.gw.admin_digest is None:
            raise GatewayError(
                403,
                "The admin API is disabled: set $SHIELDWALL_ADMIN_KEY (or admin.key_sha256 in the config) "
                "on the server.",
                type_="permission_error",
                code="admin_api_disabled",
            )
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token:
            raise GatewayError(
                401,
                "The admin API needs the admin token in an Authorization header (Bearer).",
                code="invalid_admin_key",
                headers={"www-authenticate": "Bearer"},
            )
        given = hashlib.sha256(token[:1024].encode("utf-8", "replace")).digest()
        if not hmac.compare_digest(given, self.gw.admin_digest):
            raise GatewayError(
                401, "Incorrect admin token (tenant API keys are not admin credentials).", code="invalid_admin_key"
            )
        ex.key_id = "admin"

    async def body(self, request: Request, ex: Exchange) -> dict[str, Any]:
        data = await self.gw.read_json(request, ex)
        if not isinstance(data, dict):
            raise bad_request("The request body must be a JSON object.", code="invalid_type")
        return data

    @staticmethod
    def query_int(request: Request, name: str, default: int, lo: int, hi: int) -> int:
        raw = request.query_params.get(name)
        if raw is None:
            return default
        if not raw.isdigit() or not lo <= int(raw) <= hi:
            raise bad_request(
                f"Invalid value for '{name}': expected an integer from {lo} to {hi}.", param=name, code="invalid_value"
            )
        return int(raw)

    @staticmethod
    def string(body: dict[str, Any], name: str, *, required: bool, max_len: int = 256) -> str | None:
        v = body.get(name)
        if v is None:
            if required:
                raise bad_request(
                    f"Missing required parameter: '{name}'.", param=name, code="missing_required_parameter"
                )
            return None
        if not isinstance(v, str):
            raise bad_request(f"Invalid type for '{name}': expected a string.", param=name, code="invalid_type")
        if len(v) > max_len:
            raise bad_request(f"'{name}' is over {max_len} characters.", param=name, code="invalid_value")
        return v

    # -- tenants ------------------------------------------------------------------------------------

    def tenant_view(self, t: TenantConfig, source: str, created: str | None, updated: str | None) -> dict[str, Any]:
        return {
            "object": "tenant",
            "name": t.name,
            "source": source,
            **t.model_dump(mode="json", exclude={"name"}),
            "created_at": created,
            "updated_at": updated,
        }

    async def check_tenant(self, t: TenantConfig) -> TenantConfig:
        """What the schema cannot check: the upstream key variables an admin may name, and the policy (a
        policy file is stored as its absolute path)."""
        allowed = set(self.gw.cfg.admin.upstream_key_envs)
        ups = [("upstream", t.upstream)] + [
            (f"models.{r.name}.upstream", r.upstream) for r in t.routes().values() if r.upstream is not None
        ]
        for where, up in ups:
            if up.api_key_env and up.api_key_env not in allowed:
                raise bad_request(
                    f"'{where}.api_key_env' may only name a variable listed in the server's "
                    f"admin.upstream_key_envs ({', '.join(sorted(allowed)) or 'none'}).",
                    param=f"{where}.api_key_env",
                    code="invalid_value",
                )
        policy = self.check_policy_ref(t.policy)
        if policy != t.policy:
            t = t.model_copy(update={"policy": policy})
        try:
            await self.gw.pipeline(t.policy)
        except (ConfigError, InputError, OSError) as exc:
            raise bad_request(
                f"Invalid policy {t.policy[:200]!r}: {exc}", param="policy", code="invalid_value"
            ) from None
        return t

    def check_policy_ref(self, policy: str) -> str:
        """A built-in policy name, or a file inside ``admin.policy_dir``: the admin API never makes the
        server read an arbitrary file (its parse errors would echo parts of it)."""
        from shieldwall.policy import BUILTIN_POLICIES

        if policy in BUILTIN_POLICIES:
            return policy
        root = self.gw.cfg.admin.policy_dir
        where = f"a file in {root}" if root else "a file (admin.policy_dir is not set)"
        err = bad_request(
            f"Invalid value for 'policy': expected a built-in policy ({', '.join(BUILTIN_POLICIES)}) or {where}.",
            param="policy",
            code="invalid_value",
        )
        if root is None:
            raise err
        base = Path(root).resolve()
        try:
            target = (base / policy).resolve()
        except (OSError, RuntimeError, ValueError):
            raise err from None
        if not target.is_relative_to(base) or not target.is_file():
            raise err
        return str(target)

    async def list_tenants(self, request: Request, ex: Exchange) -> Response:
        self.authenticate(request, ex, "tenants.list")
        data = [self.tenant_view(t, "config", None, None) for t in self.gw.tenants.static.values()]
        for st in await anyio.to_thread.run_sync(self.gw.tenants.store.list):
            if st.name not in self.gw.tenants.static:
                try:
                    data.append(
                        self.tenant_view(tenant_from_spec(st.name, st.spec), "store", st.created_at, st.updated_at)
                    )
                except GatewayError as exc:
                    data.append({"object": "tenant", "name": st.name, "source": "store", "invalid": exc.message})
        return JSONResponse({"object": "list", "data": data})

    async def get_tenant(self, request: Request, ex: Exchange) -> Response:
        name = request.path_params["name"]
        self.authenticate(request, ex, "tenants.get")
        ex.tenant = name[:128]
        static = self.gw.tenants.static.get(name)
        if static is not None:
            return JSONResponse(self.tenant_view(static, "config", None, None))
        try:
            st = await anyio.to_thread.run_sync(self.gw.tenants.store.get, name)
        except TenantNotFound:
            raise not_found(f"No tenant {name[:128]!r}.", "tenant_not_found") from None
        return JSONResponse(self.tenant_view(tenant_from_spec(name, st.spec), "store", st.created_at, st.updated_at))

    async def create_tenant(self, request: Request, ex: Exchange) -> Response:
        self.authenticate(request, ex, "tenants.create")
        body = await self.body(request, ex)
        name = self.string(body, "name", required=True, max_len=128) or ""
        try:
            check_tenant_name(name)
        except InputError as exc:
            raise bad_request(str(exc), param="name", code="invalid_value") from None
        ex.tenant = name
        _note(ex, "target", name)
        if name in self.gw.tenants.static:
            raise conflict(f"Tenant {name!r} is defined in the gateway's config file.", "tenant_exists")
        spec = {k: v for k, v in body.items() if k != "name"}
        t = await self.check_tenant(tenant_from_spec(name, spec))
        try:
            st = await anyio.to_thread.run_sync(self.gw.tenants.store.create, name, tenant_spec(t))
        except TenantExists:
            raise conflict(f"Tenant {name!r} already exists.", "tenant_exists") from None
        self.gw.tenants.forget(name)
        ex.status = 201
        return JSONResponse(self.tenant_view(t, "store", st.created_at, st.updated_at), status_code=201)

    async def update_tenant(self, request: Request, ex: Exchange) -> Response:
        name = request.path_params["name"]
        self.authenticate(request, ex, "tenants.update")
        ex.tenant = name[:128]
        _note(ex, "target", ex.tenant)
        body = await self.body(request, ex)
        if name in self.gw.tenants.static:
            raise conflict(
                f"Tenant {name!r} is defined in the gateway's config file; change it there.", "tenant_read_only"
            )
        if "name" in body:
            raise bad_request("A tenant cannot be renamed.", param="name", code="invalid_value")
        try:
            st = await anyio.to_thread.run_sync(self.gw.tenants.store.get, name)
        except TenantNotFound:
            raise not_found(f"No tenant {name[:128]!r}.", "tenant_not_found") from None
        merged = {**st.spec, **body}
        _note(ex, "fields", sorted(k for k in body if k in SPEC_FIELDS))
        t = await self.check_tenant(tenant_from_spec(name, merged))
        st = await anyio.to_thread.run_sync(self.gw.tenants.store.update, name, tenant_spec(t))
        self.gw.tenants.forget(name)
        return JSONResponse(self.tenant_view(t, "store", st.created_at, st.updated_at))

    # -- keys ---------------------------------------------------------------------------------------

    async def list_keys(self, request: Request, ex: Exchange) -> Response:
        self.authenticate(request, ex, "keys.list")
        tenant = request.query_params.get("tenant")
        keys = await anyio.to_thread.run_sync(lambda: self.gw.keys.list(tenant=tenant))
        return JSONResponse({"object": "list", "data": [{"object": "api_key", **k.to_dict()} for k in keys]})

    async def create_key(self, request: Request, ex: Exchange) -> Response:
        self.authenticate(request, ex, "keys.create")
        body = await self.body(request, ex)
        tenant = self.string(body, "tenant", required=True, max_len=128) or ""
        name = self.string(body, "name", required=False, max_len=128) or ""
        ex.tenant = tenant
        if await self.gw.tenants.get(tenant) is None:
            raise not_found(f"No tenant {tenant!r}; create it first.", "tenant_not_found")
        rec, key = await anyio.to_thread.run_sync(lambda: self.gw.keys.create(tenant, name=name))
        _note(ex, "target", rec.key_id)
        ex.status = 201
        return JSONResponse({"object": "api_key", **rec.to_dict(), "key": key}, status_code=201)

    async def revoke_key(self, request: Request, ex: Exchange) -> Response:
        key_id = request.path_params["key_id"][:32]
        self.authenticate(request, ex, "keys.revoke")
        _note(ex, "target", key_id)
        if not await anyio.to_thread.run_sync(self.gw.keys.revoke, key_id):
            raise not_found(f"No active key {key_id!r}.", "key_not_found")
        self.gw.auth.forget()  # this process stops accepting it at once (others within key_cache_ttl_s)
        rec = await anyio.to_thread.run_sync(self.gw.keys.get, key_id)
        assert rec is not None
        ex.tenant = rec.tenant
        return JSONResponse({"object": "api_key", **rec.to_dict()})

    # -- incidents ----------------------------------------------------------------------------------

    async def list_incidents(self, request: Request, ex: Exchange) -> Response:
        self.authenticate(request, ex, "incidents.list")
        q = request.query_params
        limit = self.query_int(request, "limit", 100, 1, MAX_LIST)
        unlabelled = q.get("unlabelled", "false").lower()
        if unlabelled not in ("true", "false"):
            raise bad_request("'unlabelled' must be true or false.", param="unlabelled", code="invalid_value")
        try:
            rows = await anyio.to_thread.run_sync(
                lambda: self.incidents.list(
                    tenant=q.get("tenant"),
                    label=q.get("label"),
                    unlabelled=unlabelled == "true",
                    limit=limit,
                    source=q.get("source"),
                )
            )
        except InputError as exc:
            raise bad_request(str(exc), param="label", code="invalid_value") from None
        return JSONResponse({"object": "list", "data": [{"object": "incident", **i.to_dict()} for i in rows]})

    async def get_incident(self, request: Request, ex: Exchange) -> Response:
        ident = request.path_params["incident_id"]
        self.authenticate(request, ex, "incidents.get")
        try:
            inc = await anyio.to_thread.run_sync(self.incidents.get, ident)
        except IncidentNotFound as exc:
            raise not_found(str(exc), "incident_not_found") from None
        ex.tenant = inc.tenant
        return JSONResponse({"object": "incident", **inc.to_dict()})

    async def label_incident(self, request: Request, ex: Exchange) -> Response:
        ident = request.path_params["incident_id"]
        self.authenticate(request, ex, "incidents.label")
        body = await self.body(request, ex)
        label = self.string(body, "label", required=True, max_len=16) or ""
        by = self.string(body, "by", required=False, max_len=ACTOR_MAX) or "admin"
        note = self.string(body, "note", required=False, max_len=2000)
        if label not in ("attack", "benign"):
            raise bad_request("'label' must be 'attack' or 'benign'.", param="label", code="invalid_value")
        try:
            inc = await anyio.to_thread.run_sync(
                lambda: self.incidents.label(
                    ident, label, by=by, note=note, audit=self.gw.audit, via="admin_api", request_id=ex.request_id
                )
            )
        except IncidentNotFound as exc:
            raise not_found(str(exc), "incident_not_found") from None
        except InputError as exc:
            raise bad_request(str(exc), param="by", code="invalid_value") from None
        ex.audited = True  # the label's own audit record (same request id) is this request's record
        return JSONResponse({"object": "incident", **inc.to_dict()})

    # -- audit --------------------------------------------------------------------------------------

    async def verify_audit(self, request: Request, ex: Exchange) -> Response:
        self.authenticate(request, ex, "audit.verify")
        raw = request.query_params.get("anchor")
        try:
            anchor = Anchor.parse(raw) if raw is not None else None
        except InputError as exc:
            raise bad_request(str(exc), param="anchor", code="invalid_value") from None
        res = await anyio.to_thread.run_sync(self.gw.audit.verify, anchor)
        return JSONResponse({"object": "audit.verification", **res.to_dict()})


def register(app: FastAPI, gateway: Gateway) -> None:
    """Add the ``/admin/…`` routes to the gateway's app."""
    api = AdminApi(gateway)

    def route(method: str, path: str, endpoint: str, fn: Handler) -> None:
        async def handler(request: Request) -> Response:
            return await gateway.handle(request, endpoint, fn)

        app.add_api_route(path, handler, methods=[method], include_in_schema=False)

    route("GET", "/admin/tenants", "admin.tenants.list", api.list_tenants)
    route("POST", "/admin/tenants", "admin.tenants.create", api.create_tenant)
    route("GET", "/admin/tenants/{name}", "admin.tenants.get", api.get_tenant)
    route("PATCH", "/admin/tenants/{name}", "admin.tenants.update", api.update_tenant)
    route("GET", "/admin/keys", "admin.keys.list", api.list_keys)
    route("POST", "/admin/keys", "admin.keys.create", api.create_key)
    route("POST", "/admin/keys/{key_id}/revoke", "admin.keys.revoke", api.revoke_key)
    route("GET", "/admin/incidents", "admin.incidents.list", api.list_incidents)
    route("GET", "/admin/incidents/{incident_id}", "admin.incidents.get", api.get_incident)
    route("POST", "/admin/incidents/{incident_id}/label", "admin.incidents.label", api.label_incident)
    route("GET", "/admin/audit/verify", "admin.audit.verify", api.verify_audit)
