"""The gateway's tenants: those of the config file (fixed for the process) and those created through the
admin API (``store.tenants``; re-read after ``key_cache_ttl_s``, so every worker process sees a change
within that time). A name is either one or the other: config tenants are read-only through the API.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Mapping
from typing import Any

import anyio.to_thread
from pydantic import ValidationError

from shieldwall.gateway.config import GatewayConfig, TenantConfig
from shieldwall.gateway.errors import GatewayError, validation_error
from shieldwall.store.tenants import TenantNotFound, TenantStore

log = logging.getLogger("shieldwall.gateway")

SPEC_FIELDS = ("policy", "upstream", "models", "quotas", "hardening", "images")


def tenant_from_spec(name: str, spec: Mapping[str, Any]) -> TenantConfig:
    """Validate a stored/admin spec into a ``TenantConfig`` (a 400 naming the field when it is wrong)."""
    unknown = sorted(set(spec) - set(SPEC_FIELDS))
    if unknown:
        raise GatewayError(
            400, f"Unknown tenant field '{unknown[0][:64]}'.", param=unknown[0][:64], code="unknown_parameter"
        )
    try:
        return TenantConfig.model_validate({"name": name, **spec})
    except ValidationError as exc:
        raise validation_error(exc) from None


def tenant_spec(t: TenantConfig) -> dict[str, Any]:
    """The JSON spec of a tenant (what is stored; the name is the key)."""
    d = t.model_dump(mode="json", exclude_defaults=True)
    d.pop("name", None)
    return d


class Tenants:
    def __init__(self, cfg: GatewayConfig, store: TenantStore, *, ttl_s: float) -> None:
        self.static: dict[str, TenantConfig] = {t.name: t for t in cfg.tenants}
        self.store = store
        self.ttl = ttl_s
        self._cache: dict[str, tuple[TenantConfig | None, float]] = {}
        self._lock = threading.Lock()

    async def get(self, name: str) -> TenantConfig | None:
        t = self.static.get(name)
        if t is not None:
            return t
        now = time.monotonic()
        with self._lock:
            hit = self._cache.get(name)
        if hit is not None and hit[1] > now:
            return hit[0]
        t = await anyio.to_thread.run_sync(self._load, name)
        if self.ttl > 0:
            with self._lock:
                if len(self._cache) > 10_000:
                    self._cache.clear()
                self._cache[name] = (t, now + self.ttl)
        return t

    def _load(self, name: str) -> TenantConfig | None:
        try:
            st = self.store.get(name)
        except TenantNotFound:
            return None
        try:
            return tenant_from_spec(name, st.spec)
        except GatewayError as exc:  # edited in the database by hand: the tenant is unusable, not the gateway
            log.error("stored tenant %r is invalid: %s", name, exc.message)
            return None

    def forget(self, name: str | None = None) -> None:
        with self._lock:
            if name is None:
                self._cache.clear()
            else:
                self._cache.pop(name, None)
