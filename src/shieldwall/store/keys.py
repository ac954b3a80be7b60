"""API keys: ``sk-sw-<key id>-<secret>``, stored as an HMAC-SHA256 digest under the server secret.

The plaintext is shown once, at creation. Verification looks the key up by its id and compares
digests with ``hmac.compare_digest`` (constant time). Revocation is a timestamp; ``list`` never
returns a key or its digest.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select, update

from shieldwall.core.errors import ConfigError
from shieldwall.store.audit import now_iso
from shieldwall.store.db import Database, api_keys
from shieldwall.store.tenants import check_tenant_name

KEY_PREFIX = "sk-sw-"
_KEY_RE = re.compile(r"sk-sw-([0-9a-f]{12})-([A-Za-z0-9_-]{32,64})\Z")
MIN_SECRET_BYTES = 16


@dataclass(frozen=True, slots=True)
class ApiKey:
    key_id: str
    tenant: str
    name: str
    created_at: str
    revoked_at: str | None = None

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None

    def to_dict(self) -> dict[str, Any]:
        return {
            "key_id": self.key_id,
            "tenant": self.tenant,
            "name": self.name,
            "created_at": self.created_at,
            "revoked_at": self.revoked_at,
        }


def parse_key_id(key: str) -> str | None:
    """The key id of a well-formed key, else None."""
    m = _KEY_RE.match(key)
    return m.group(1) if m else None


class KeyStore:
    """Create, verify, list and revoke API keys."""

    def __init__(self, db: Database, secret: bytes) -> None:
        if len(secret) < MIN_SECRET_BYTES:
            raise ConfigError(f"the server secret must be at least {MIN_SECRET_BYTES} bytes")
        self.db = db
        self._secret = secret

    def digest(self, key: str) -> str:
        return hmac.new(self._secret, key.encode("utf-8"), hashlib.sha256).hexdigest()

    def create(self, tenant: str, *, name: str = "") -> tuple[ApiKey, str]:
        """A new key for ``tenant``: the record and the plaintext (shown once, never stored)."""
        check_tenant_name(tenant)
        key_id = secrets.token_hex(6)
        plaintext = f"{KEY_PREFIX}{key_id}-{secrets.token_urlsafe(32)}"
        rec = ApiKey(key_id, tenant, name[:128], now_iso())
        with self.db.engine.begin() as conn:
            conn.execute(
                insert(api_keys).values(
                    key_id=key_id,
                    tenant=tenant,
                    name=rec.name,
                    digest=self.digest(plaintext),
                    created_at=rec.created_at,
                )
            )
        return rec, plaintext

    def verify(self, key: str) -> ApiKey | None:
        """The key's record when ``key`` is valid and not revoked, else None (constant-time compare)."""
        key_id = parse_key_id(key)
        if key_id is None:
            return None
        with self.db.engine.connect() as conn:
            row = conn.execute(select(api_keys).where(api_keys.c.key_id == key_id)).first()
        candidate = self.digest(key)
        stored = row.digest if row is not None else "0" * 64
        if not hmac.compare_digest(candidate, stored) or row is None or row.revoked_at is not None:
            return None
        return ApiKey(row.key_id, row.tenant, row.name, row.created_at, row.revoked_at)

    def revoke(self, key_id: str) -> bool:
        """Revoke a key by id; False when no such (unrevoked) key exists."""
        with self.db.engine.begin() as conn:
            res = conn.execute(
                update(api_keys)
                .where(api_keys.c.key_id == key_id, api_keys.c.revoked_at.is_(None))
                .values(revoked_at=now_iso())
            )
            return bool(res.rowcount)

    def get(self, key_id: str) -> ApiKey | None:
        """A key's record by id (revoked or not), else None."""
        with self.db.engine.connect() as conn:
            r = conn.execute(select(api_keys).where(api_keys.c.key_id == key_id[:32])).first()
        return None if r is None else ApiKey(r.key_id, r.tenant, r.name, r.created_at, r.revoked_at)

    def list(self, *, tenant: str | None = None) -> list[ApiKey]:
        q = select(api_keys).order_by(api_keys.c.created_at)
        if tenant is not None:
            q = q.where(api_keys.c.tenant == tenant)
        with self.db.engine.connect() as conn:
            return [ApiKey(r.key_id, r.tenant, r.name, r.created_at, r.revoked_at) for r in conn.execute(q)]
