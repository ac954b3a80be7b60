from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from shieldwall.store.db import Database

PG_URLS = ("postgresql+psycopg://postgres@127.0.0.1:5432/test", "postgresql+psycopg://root@127.0.0.1:5432/test")


def _pg_base() -> tuple[str | None, str]:
    reasons = []
    for url in PG_URLS:
        try:
            eng = create_engine(url, connect_args={"connect_timeout": 2})
            with eng.connect() as c:
                c.execute(text("SELECT 1"))
            eng.dispose()
            return url, ""
        except Exception as exc:  # the driver's or the server's error, shown in the skip reason
            reasons.append(f"{url}: {type(exc).__name__}: {str(exc).splitlines()[0][:120]}")
    return None, "; ".join(reasons)


_PG: tuple[str | None, str] | None = None


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    global _PG
    if request.param == "sqlite":
        d = Database(f"sqlite:///{tmp_path / 'store.db'}")
        yield d
        d.dispose()
        return
    if _PG is None:
        _PG = _pg_base()
    base, why = _PG
    if base is None:
        pytest.skip(f"PostgreSQL unreachable: {why}")
    schema = f"sw_test_{secrets.token_hex(4)}"
    admin = create_engine(base)
    with admin.begin() as c:
        c.execute(text(f'CREATE SCHEMA "{schema}"'))
    d = Database(f"{base}?options=-csearch_path%3D{schema}")
    try:
        yield d
    finally:
        d.dispose()
        with admin.begin() as c:
            c.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
