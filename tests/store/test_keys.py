from __future__ import annotations

import pytest
from sqlalchemy import text

from shieldwall.core.errors import ConfigError, InputError
from shieldwall.store.db import Database
from shieldwall.store.keys import KeyStore, parse_key_id

SECRET = b"k" * 32


def test_create_verify_revoke_list(db: Database) -> None:
    ks = KeyStore(db, SECRET)
    rec, key = ks.create("acme", name="ci")
    assert key.startswith("sk-sw-") and parse_key_id(key) == rec.key_id
    assert ks.verify(key) == rec
    assert ks.verify(key[:-1] + ("A" if key[-1] != "A" else "B")) is None
    assert ks.verify("sk-nope") is None
    assert KeyStore(db, b"other-secret-000000").verify(key) is None  # the digest depends on the server secret
    listed = ks.list()
    assert [k.key_id for k in listed] == [rec.key_id] and "digest" not in listed[0].to_dict()
    assert ks.revoke(rec.key_id) and not ks.revoke(rec.key_id)
    assert ks.verify(key) is None and ks.list()[0].revoked


def test_only_a_digest_is_stored(db: Database) -> None:
    ks = KeyStore(db, SECRET)
    _, key = ks.create("acme")
    with db.engine.connect() as c:
        dump = " ".join(str(v) for row in c.execute(text("SELECT * FROM sw_api_keys")) for v in row)
    # the secret is everything after "sk-sw-<12 hex>-"; token_urlsafe may itself contain "-"
    secret_part = key[len("sk-sw-") + 13 :]
    assert len(secret_part) >= 32
    assert key not in dump and secret_part not in dump and ks.digest(key) in dump


def test_validation() -> None:
    with pytest.raises(ConfigError):
        KeyStore(Database("sqlite://"), b"short")
    with pytest.raises(InputError):
        KeyStore(Database("sqlite://"), SECRET).create("bad tenant!")
