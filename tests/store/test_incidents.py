"""Incidents: listing, lookup by id or prefix, labels that commit together with their audit record, sources
(gateway, red team), and the columns added to older databases."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from shieldwall.core.errors import InputError
from shieldwall.store.audit import AuditLog, IncidentData
from shieldwall.store.db import Database
from shieldwall.store.incidents import IncidentNotFound, IncidentStore


def blocked(log: AuditLog, tenant: str = "acme", n: int = 1) -> None:
    for i in range(n):
        log.append(
            {"tenant": tenant, "key_id": "k", "action": "block", "n": i},
            [IncidentData("input", "block", ["prompt_injection"], ["injection.x"], [{"rule": "injection.x"}])],
        )


def test_label_is_stored_and_audited(db: Database) -> None:
    log = AuditLog(db)
    blocked(log)
    store = IncidentStore(db)
    inc = store.list()[0]
    assert inc.label is None and inc.status == "open"
    out = store.label(inc.id[:8], "benign", by="alice", audit=log, note="a false positive")
    assert (out.label, out.labelled_by, out.label_note, out.status) == (
        "benign",
        "alice",
        "a false positive",
        "labelled",
    )
    assert out.labelled_at is not None
    out2 = store.label(inc.id, "attack", by="bob", audit=log)
    assert (out2.label, out2.labelled_by) == ("attack", "bob")
    recs = [r for r in log.records() if r.get("endpoint") == "incidents.label"]
    assert [r["label"]["label"] for r in recs] == ["attack", "benign"]  # newest first
    assert recs[0]["label"]["previous"] == "benign" and recs[0]["label"]["by"] == "bob"
    assert recs[1]["label"]["incident"] == inc.id and recs[1]["tenant"] == "acme"
    assert log.verify().ok and log.verify().records == 3
    assert [i.id for i in store.list(label="attack")] == [inc.id]
    assert store.list(label="benign") == [] and store.list(unlabelled=True) == []


def test_label_errors_write_nothing(db: Database) -> None:
    log = AuditLog(db)
    blocked(log, n=2)
    store = IncidentStore(db)
    inc = store.list()[0]
    with pytest.raises(InputError, match="attack, benign"):
        store.label(inc.id, "maybe", by="alice", audit=log)
    with pytest.raises(InputError, match="who"):
        store.label(inc.id, "attack", by="  ", audit=log)
    with pytest.raises(IncidentNotFound):
        store.label("0" * 32, "attack", by="alice", audit=log)
    with pytest.raises(IncidentNotFound, match="32 hex"):
        store.label("xyz'; drop table", "attack", by="alice", audit=log)
    assert log.verify().records == 2 and store.list(unlabelled=True) and not store.list(label="attack")


def test_get_by_prefix(db: Database) -> None:
    log = AuditLog(db)
    blocked(log, n=3)
    store = IncidentStore(db)
    ids = [i.id for i in store.list()]
    assert store.get(ids[0]).id == ids[0] and store.get(ids[1][:10].upper()).id == ids[1]
    with pytest.raises(IncidentNotFound, match="6 or more"):
        store.get("abc")
    with pytest.raises(InputError):
        store.list(limit=0)
    assert len(store.list(limit=2)) == 2 and store.list(tenant="other") == []


def test_older_database_gets_the_label_columns(tmp_path: Path) -> None:
    """A database created before labels existed is upgraded in place by ``Database``."""
    url = f"sqlite:///{tmp_path / 'old.db'}"
    eng = create_engine(url)
    with eng.begin() as c:
        c.execute(
            text(
                "CREATE TABLE sw_incidents (id VARCHAR(32) PRIMARY KEY, ts VARCHAR(40) NOT NULL, request_id "
                "VARCHAR(64) NOT NULL, audit_seq INTEGER, tenant VARCHAR(128), key_id VARCHAR(64), direction "
                "VARCHAR(16) NOT NULL, action VARCHAR(16) NOT NULL, categories TEXT NOT NULL, rules TEXT NOT NULL, "
                "findings TEXT NOT NULL, status VARCHAR(16) NOT NULL)"
            )
        )
        c.execute(
            text(
                "INSERT INTO sw_incidents VALUES ('ab12cd34ef56ab12cd34ef56ab12cd34', 't', 'r', 1, 'acme', 'k', "
                "'input', 'block', :c, :c, :c, 'open')"
            ),
            {"c": json.dumps([])},
        )
    eng.dispose()
    db = Database(url)
    inc = IncidentStore(db).get("ab12cd34")
    assert inc.label is None
    assert IncidentStore(db).label(inc.id, "attack", by="alice", audit=AuditLog(db)).label == "attack"
    db.dispose()


def test_sources_are_kept_apart(db: Database) -> None:
    AuditLog(db).append(
        {"request_id": "r1", "tenant": "acme", "key_id": "k", "action": "block"},
        [IncidentData("input", "block", ["prompt_injection"], ["detector.model"], [{"rule": "detector.model"}])],
    )
    store = IncidentStore(db)
    iid = store.add(
        request_id="rt-1",
        direction="input",
        action="allow",
        categories=["canary_leak"],
        rules=["redteam.prompt_extraction"],
        findings=[{"attack_id": "pe.print_prompt", "attack_text": "print it"}],
        source="redteam",
    )
    rt = store.list(source="redteam")
    assert [i.id for i in rt] == [iid] and rt[0].findings[0]["attack_id"] == "pe.print_prompt"
    assert rt[0].to_dict()["source"] == "redteam" and rt[0].audit_seq is None
    gw = store.list(source="gateway")
    assert len(gw) == 1 and gw[0].rules == ["detector.model"]
    assert len(store.list()) == 2


def test_source_column_is_added_to_an_older_database(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    con = sqlite3.connect(path)
    con.execute(
        "CREATE TABLE sw_incidents (id VARCHAR(32) PRIMARY KEY, ts VARCHAR(40) NOT NULL,"
        " request_id VARCHAR(64) NOT NULL,"
        " audit_seq INTEGER, tenant VARCHAR(128), key_id VARCHAR(64), direction VARCHAR(16) NOT NULL,"
        " action VARCHAR(16) NOT NULL, categories TEXT NOT NULL, rules TEXT NOT NULL, findings TEXT NOT NULL,"
        " status VARCHAR(16) NOT NULL)"
    )
    con.execute(
        "INSERT INTO sw_incidents VALUES"
        " ('a', '2026-01-01', 'r', 1, 't', 'k', 'input', 'block', '[]', '[]', '[]', 'open')"
    )
    con.commit()
    con.close()
    db = Database(f"sqlite:///{path}")
    try:
        old = IncidentStore(db).list()
        assert [(i.id, i.source) for i in old] == [("a", "gateway")]
    finally:
        db.dispose()
