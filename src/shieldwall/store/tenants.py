"""Tenants created through the admin API (``sw_tenants``): a name and a JSON spec (policy, upstream,
models, quotas, hardening). The gateway validates the spec (``gateway.config.TenantConfig``) before it is
stored and again when it is read; tenants of the gateway's config file are never stored here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.exc import IntegrityError

from shieldwall.core.errors import InputError
from shieldwall.store.audit import canonical, now_iso
from shieldwall.store.db import Database, tenants

TENANT_RE = re.compile(r"[A-Za-z0-9_.-]{1,128}\Z")
MAX_SPEC_CHARS = 65536


class TenantExists(InputError):
    """A tenant of that name is already stored."""


class TenantNotFound(InputError):
    """No stored tenant has that name."""


@dataclass(frozen=True, slots=True)
class StoredTenant:
    name: str
    spec: dict[str, Any]
    created_at: str
    updated_at: str


def _spec_text(spec: Mapping[str, Any]) -> str:
    text = canonical(dict(spec))
    if len(text) > MAX_SPEC_CHARS:
        raise InputError(f"the tenant spec is over {MAX_SPEC_CHARS:,} characters")
    return text


def check_tenant_name(name: str) -> str:
    if not TENANT_RE.match(name):
        raise InputError("tenant names are 1-128 letters, digits, '_', '.' or '-'")
    return name


class TenantStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def create(self, name: str, spec: Mapping[str, Any]) -> StoredTenant:
        check_tenant_name(name)
        ts = now_iso()
        try:
            with self.db.engine.begin() as conn:
                conn.execute(insert(tenants).values(name=name, spec=_spec_text(spec), created_at=ts, updated_at=ts))
        except IntegrityError:
            raise TenantExists(f"tenant {name!r} already exists") from None
        return StoredTenant(name, dict(spec), ts, ts)

    def update(self, name: str, spec: Mapping[str, Any]) -> StoredTenant:
        ts = now_iso()
        with self.db.engine.begin() as conn:
            res = conn.execute(
                update(tenants).where(tenants.c.name == name).values(spec=_spec_text(spec), updated_at=ts)
            )
            if not res.rowcount:
                raise TenantNotFound(f"no stored tenant {name[:128]!r}")
        return self.get(name)

    def get(self, name: str) -> StoredTenant:
        with self.db.engine.connect() as conn:
            row = conn.execute(select(tenants).where(tenants.c.name == name)).first()
        if row is None:
            raise TenantNotFound(f"no stored tenant {name[:128]!r}")
        return StoredTenant(row.name, json.loads(row.spec), row.created_at, row.updated_at)

    def list(self) -> list[StoredTenant]:
        with self.db.engine.connect() as conn:
            rows = list(conn.execute(select(tenants).order_by(tenants.c.name)))
        return [StoredTenant(r.name, json.loads(r.spec), r.created_at, r.updated_at) for r in rows]
