"""The hash-chained audit log: appends, concurrency, and detection of modified, deleted and reordered records."""

from __future__ import annotations

import json
import sqlite3
import threading

import pytest
from sqlalchemy import text

from shieldwall.store.audit import AuditLog, IncidentData, canonical, chain_hash
from shieldwall.store.db import GENESIS, Database
from shieldwall.store.incidents import IncidentStore


def fill(db: Database, n: int = 5) -> AuditLog:
    log = AuditLog(db)
    for i in range(n):
        log.append({"tenant": "acme", "key_id": "k1", "model": "m", "n": i, "action": "allow"})
    return log


def sql(db: Database, stmt: str, **params: object) -> None:
    with db.engine.begin() as c:
        c.execute(text(stmt), params)


def test_chain_links_and_verifies(db: Database) -> None:
    log = fill(db)
    assert log.verify().ok and log.verify().records == 5
    with db.engine.connect() as c:
        rows = list(c.execute(text("SELECT seq, body, prev_hash, hash FROM sw_audit_log ORDER BY seq")))
    prev = GENESIS
    for r in rows:
        assert r.prev_hash == prev and r.hash == chain_hash(prev, r.body)
        assert json.loads(r.body)["seq"] == r.seq and r.body == canonical(json.loads(r.body))
        prev = r.hash


def test_empty_log_verifies(db: Database) -> None:
    assert AuditLog(db).verify().ok


def test_modified_body_detected(db: Database) -> None:
    log = fill(db)
    sql(db, "UPDATE sw_audit_log SET body = REPLACE(body, :a, :b) WHERE seq = 3", a='"n":2', b='"n":9')
    res = log.verify()
    assert not res.ok and res.problem is not None
    assert (res.problem.seq, res.problem.kind) == (3, "modified")


def test_modified_indexed_column_detected(db: Database) -> None:
    log = fill(db)
    sql(db, "UPDATE sw_audit_log SET tenant = 'other' WHERE seq = 2")
    res = log.verify()
    assert res.problem is not None and (res.problem.seq, res.problem.kind) == (2, "modified")


def test_rehashed_record_detected_by_the_next_link(db: Database) -> None:
    log = fill(db)
    with db.engine.begin() as c:
        row = c.execute(text("SELECT body, prev_hash FROM sw_audit_log WHERE seq = 2")).one()
        body = row.body.replace('"n":1', '"n":7')
        c.execute(
            text("UPDATE sw_audit_log SET body = :b, hash = :h WHERE seq = 2"),
            {"b": body, "h": chain_hash(row.prev_hash, body)},
        )
    res = log.verify()
    assert res.problem is not None and res.problem.seq == 3 and res.problem.kind == "reordered"


def test_deleted_record_detected(db: Database) -> None:
    log = fill(db)
    sql(db, "DELETE FROM sw_audit_log WHERE seq = 3")
    res = log.verify()
    assert res.problem is not None and (res.problem.seq, res.problem.kind) == (3, "deleted")
    assert "record 3 deleted" in res.problem.message


def test_deleted_tail_detected(db: Database) -> None:
    log = fill(db)
    sql(db, "DELETE FROM sw_audit_log WHERE seq >= 4")
    res = log.verify()
    assert res.problem is not None and (res.problem.seq, res.problem.kind) == (4, "deleted")


def test_reordered_records_detected(db: Database) -> None:
    log = fill(db)
    with db.engine.begin() as c:  # swap the contents of rows 2 and 4, keeping their positions
        r2 = c.execute(text("SELECT * FROM sw_audit_log WHERE seq = 2")).one()
        r4 = c.execute(text("SELECT * FROM sw_audit_log WHERE seq = 4")).one()
        for dst, src in ((2, r4), (4, r2)):
            c.execute(
                text("UPDATE sw_audit_log SET body=:b, prev_hash=:p, hash=:h, request_id=:r, ts=:t WHERE seq=:s"),
                {"b": src.body, "p": src.prev_hash, "h": src.hash, "r": src.request_id, "t": src.ts, "s": dst},
            )
    res = log.verify()
    assert res.problem is not None and (res.problem.seq, res.problem.kind) == (2, "reordered")


def test_renumbered_records_detected(db: Database) -> None:
    log = fill(db)
    sql(db, "UPDATE sw_audit_log SET seq = 100 WHERE seq = 2")
    res = log.verify()
    assert res.problem is not None and res.problem.seq == 2 and res.problem.kind in ("reordered", "deleted")


def test_concurrent_appends_keep_one_chain(db: Database) -> None:
    log = AuditLog(db)
    other = AuditLog(db)  # a second writer (as another gateway process would be) on the same database

    def work(lg: AuditLog, t: int) -> None:
        for i in range(15):
            lg.append({"tenant": f"t{t}", "n": i})

    threads = [threading.Thread(target=work, args=(log if t % 2 else other, t)) for t in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    res = log.verify()
    assert res.ok and res.records == 60 and res.head_seq == 60


def test_incident_written_with_its_record(db: Database) -> None:
    log = AuditLog(db)
    seq, _ = log.append(
        {"tenant": "acme", "key_id": "k", "action": "block"},
        [IncidentData("input", "block", ["prompt_injection"], ["injection.x"], [{"rule": "injection.x"}])],
    )
    inc = IncidentStore(db).list()
    assert len(inc) == 1 and inc[0].audit_seq == seq and inc[0].categories == ["prompt_injection"]
    assert inc[0].to_dict()["tenant"] == "acme"


def test_group_commit_writer(db: Database) -> None:
    import asyncio

    from shieldwall.store.audit import AuditWriter

    log = AuditLog(db)
    writer = AuditWriter(log, max_batch=16)

    async def main() -> list[object]:
        good = [writer.append({"request_id": f"r{i}", "n": i}) for i in range(100)]
        bad = writer.append({"request_id": "bad", "x": object()})  # not JSON-serializable: fails alone
        inc = IncidentData("input", "block", ["prompt_injection"], ["r1"], [{"rule": "r1"}])
        with_inc = writer.append({"request_id": "inc", "action": "block"}, [inc])
        return await asyncio.gather(*good, bad, with_inc, return_exceptions=True)

    res = asyncio.run(main())
    writer.close()
    assert isinstance(res[100], TypeError)
    ok = [r for i, r in enumerate(res) if i != 100]
    assert sorted(s for s, _ in ok) == list(range(1, 102))  # type: ignore[misc]
    v = log.verify()
    assert v.ok and v.records == 101
    assert {r["request_id"] for r in log.records(limit=200)} == {f"r{i}" for i in range(100)} | {"inc"}


def _lock_sqlite(db: Database) -> sqlite3.Connection:
    """Another connection (as another gateway process's) holding SQLite's write lock."""
    path = db.engine.url.database
    assert path
    other = sqlite3.connect(path, isolation_level=None, timeout=0)
    other.execute("BEGIN IMMEDIATE")
    return other


def test_append_now_writes_nothing_while_another_connection_writes(db: Database) -> None:
    if not db.is_sqlite:
        pytest.skip("try_append_now is for SQLite files")
    log = fill(db, 2)
    other = _lock_sqlite(db)
    try:
        assert log.try_append_now({"n": "blocked"}) is None  # never waits for the lock, never half-writes
    finally:
        other.rollback()
        other.close()
    # None also while a checkpoint briefly holds a lock: then the caller appends the usual way (as AuditWriter does)
    seq, _ = log.try_append_now({"n": "free"}) or log.append({"n": "free"})
    assert seq == 3
    for i in range(300):  # past the checkpoint interval: checkpoints run beside, the chain stays whole
        assert log.try_append_now({"n": i}) or log.append({"n": i})
    log.close_now()
    v = log.verify()
    assert v.ok and v.records == 303 and v.head_seq == 303
    assert [r["n"] for r in log.records(limit=303)][-3:] == ["free", 1, 0]  # newest first


def test_writer_commits_on_the_loop_when_free_and_queues_when_locked(db: Database) -> None:
    import asyncio

    from shieldwall.store.audit import AuditWriter

    log = AuditLog(db)
    writer = AuditWriter(log)

    async def main() -> list[tuple[int, str]]:
        first = await writer.append({"request_id": "now"})
        other = _lock_sqlite(db) if db.is_sqlite else None
        task = asyncio.ensure_future(writer.append({"request_id": "queued"}))
        await asyncio.sleep(0.3)
        assert not task.done() or other is None  # waiting for the lock in the writer thread, not on the loop
        if other is not None:
            other.rollback()
            other.close()
        return [first, await task]

    res = asyncio.run(main())
    writer.close()
    assert [s for s, _ in res] == [1, 2]
    assert log.verify().ok and {r["request_id"] for r in log.records()} == {"now", "queued"}


def test_anchor_detects_a_cut_tail_with_a_rewritten_head(db: Database) -> None:
    """Deleting the newest records and moving the head back passes the chain check; the anchor catches it."""
    from shieldwall.store.audit import Anchor

    log = fill(db, 6)
    res = log.verify()
    assert res.ok and res.head is not None and res.head.startswith("6:")
    anchor = Anchor.parse(res.head)
    fill(db, 2)  # the log grows after the anchor was taken: still fine
    assert log.verify(anchor).ok
    with db.engine.begin() as c:
        c.execute(text("DELETE FROM sw_audit_log WHERE seq >= 5"))
        h4 = c.execute(text("SELECT hash FROM sw_audit_log WHERE seq = 4")).scalar_one()
        c.execute(text("UPDATE sw_audit_head SET seq = 4, hash = :h"), {"h": h4})
    assert log.verify().ok  # the chain alone cannot tell
    bad = log.verify(anchor)
    assert not bad.ok and bad.problem is not None
    assert (bad.problem.seq, bad.problem.kind) == (5, "deleted") and "anchored" in bad.problem.message


def test_anchor_detects_a_rebuilt_chain(db: Database) -> None:
    from shieldwall.store.audit import Anchor

    log = fill(db, 3)
    anchor = Anchor.parse(log.verify().head or "")
    with db.engine.begin() as c:  # rewrite record 2 and rebuild the chain from there
        rows = list(c.execute(text("SELECT seq, body, prev_hash FROM sw_audit_log WHERE seq >= 2 ORDER BY seq")))
        prev = rows[0].prev_hash
        for r in rows:
            body = r.body.replace('"n":1', '"n":5')
            h = chain_hash(prev, body)
            c.execute(
                text("UPDATE sw_audit_log SET body=:b, prev_hash=:p, hash=:h WHERE seq=:s"),
                {"b": body, "p": prev, "h": h, "s": r.seq},
            )
            prev = h
        c.execute(text("UPDATE sw_audit_head SET hash = :h"), {"h": prev})
    assert log.verify().ok
    bad = log.verify(anchor)
    assert bad.problem is not None and (bad.problem.seq, bad.problem.kind) == (3, "modified")


def test_anchor_parse_errors() -> None:
    import pytest

    from shieldwall.core.errors import InputError
    from shieldwall.store.audit import Anchor

    for text_ in ("", "5", "x:" + "0" * 64, "0:" + "0" * 64, "5:abc", "5:" + "g" * 64):
        with pytest.raises(InputError, match="SEQ:HASH"):
            Anchor.parse(text_)
    a = Anchor.parse("7:" + "A" * 64)
    assert str(a) == "7:" + "a" * 64
