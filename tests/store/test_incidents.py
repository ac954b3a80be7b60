"""Incidents from the gateway and from the red team (``source``), and the column added to old databases."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from shieldwall.store.audit import AuditLog, IncidentData
from shieldwall.store.db import Database
from shieldwall.store.incidents import IncidentStore


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
