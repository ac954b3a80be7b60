from __future__ import annotations

import pytest

from shieldwall.core.errors import InputError
from shieldwall.store.db import Database
from shieldwall.store.keys import KeyStore
from shieldwall.store.tenants import TenantExists, TenantNotFound, TenantStore


def test_create_get_update_list(db: Database) -> None:
    ts = TenantStore(db)
    spec = {"policy": "fast", "upstream": {"base_url": "http://127.0.0.1:1/v1"}, "models": ["m"]}
    t = ts.create("beta", spec)
    assert ts.get("beta").spec == spec and t.created_at == t.updated_at
    with pytest.raises(TenantExists):
        ts.create("beta", spec)
    u = ts.update("beta", {**spec, "quotas": {"requests_per_minute": 5}})
    assert u.spec["quotas"] == {"requests_per_minute": 5} and u.created_at == t.created_at
    ts.create("alpha", spec)
    assert [x.name for x in ts.list()] == ["alpha", "beta"]
    with pytest.raises(TenantNotFound):
        ts.update("nope", spec)
    with pytest.raises(TenantNotFound):
        ts.get("nope")
    with pytest.raises(InputError, match="tenant names"):
        ts.create("bad name", spec)
    with pytest.raises(InputError, match="over"):
        ts.create("huge", {"x": "y" * 70000})


def test_key_get(db: Database) -> None:
    ks = KeyStore(db, b"k" * 32)
    rec, _ = ks.create("acme")
    assert ks.get(rec.key_id) == rec and ks.get("000000000000") is None
    ks.revoke(rec.key_id)
    got = ks.get(rec.key_id)
    assert got is not None and got.revoked
