"""The hash-chained audit log.

Each record is stored as canonical JSON (``body``: sorted keys, no spaces, UTF-8) together with the
previous record's hash and its own: ``hash = sha256(prev_hash + "\\n" + body)``. The first record's
``prev_hash`` is 64 zeros. ``body`` carries the record's own ``seq``, so a record moved to another
position is detected, and a one-row head table holds the last ``seq`` and hash, so deleting the newest
records is detected too.

``verify`` walks the chain in ``seq`` order and reports the first problem: a modified record (its hash
does not match its body, or an indexed column disagrees with the body), a deleted one (a gap in
``seq``, or the head is ahead of the last record) or a reordered one (a body whose ``seq`` differs
from its position, or a broken link to the previous record).

Appends are serialized: an in-process lock plus a row lock on the head (``SELECT … FOR UPDATE`` on
PostgreSQL, ``BEGIN IMMEDIATE`` on SQLite), so several gateway processes can share one log.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import threading
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from sqlalchemy import Connection, Dialect, bindparam, func, insert, select, update

from shieldwall.core.errors import InputError
from shieldwall.store.db import GENESIS, Database, audit_head, audit_log, incidents

ProblemKind = Literal["modified", "deleted", "reordered"]


def canonical(obj: Any) -> str:
    """Canonical JSON: sorted keys, compact separators, UTF-8 kept, no NaN."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def chain_hash(prev_hash: str, body: str) -> str:
    return hashlib.sha256(f"{prev_hash}\n{body}".encode()).hexdigest()


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


@dataclass(frozen=True, slots=True)
class IncidentData:
    """One non-allowed verdict, recorded with the audit record in the same transaction."""

    direction: str
    action: str
    categories: Sequence[str]
    rules: Sequence[str]
    findings: Sequence[Mapping[str, Any]]


@dataclass(frozen=True, slots=True)
class Problem:
    seq: int
    kind: ProblemKind
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"seq": self.seq, "kind": self.kind, "message": self.message}


@dataclass(frozen=True, slots=True)
class Anchor:
    """A record's ``seq`` and hash kept outside the database (``SEQ:HASH``, as ``audit verify`` prints the head).

    The chain alone cannot tell a log whose newest records were deleted, head row included, from a shorter
    log, nor a chain rebuilt from some record on by someone with write access; a copy of the head kept
    elsewhere can.
    """

    seq: int
    hash: str

    @classmethod
    def parse(cls, text: str) -> Anchor:
        seq, sep, digest = text.strip().partition(":")
        digest = digest.lower()
        if not sep or not seq.isdigit() or int(seq) < 1 or len(digest) != 64 or not _HEX.issuperset(digest):
            raise InputError(f"an anchor is SEQ:HASH (a record number and its 64 hex digit hash), not {text[:80]!r}")
        return cls(int(seq), digest)

    def __str__(self) -> str:
        return f"{self.seq}:{self.hash}"


_HEX = frozenset("0123456789abcdef")


@dataclass(frozen=True, slots=True)
class VerifyResult:
    ok: bool
    records: int
    head_seq: int
    problem: Problem | None = None
    head_hash: str | None = None  # the hash of the last record (the value to anchor elsewhere)
    anchor: Anchor | None = None  # the anchor checked, if any

    @property
    def head(self) -> str | None:
        """``SEQ:HASH`` of the chain head (what to keep elsewhere and pass back as an anchor)."""
        return f"{self.head_seq}:{self.head_hash}" if self.head_hash and self.head_seq else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "records": self.records,
            "head_seq": self.head_seq,
            "head_hash": self.head_hash,
            "head": self.head,
            "anchor": str(self.anchor) if self.anchor else None,
            "problem": self.problem.to_dict() if self.problem else None,
        }


_INDEXED = ("request_id", "ts", "tenant", "key_id", "action")


class _Prepared:
    """A statement compiled once for a dialect: its SQL and how to order a parameter dict for the driver."""

    def __init__(self, stmt: Any, dialect: Dialect) -> None:
        compiled = stmt.compile(dialect=dialect)
        self.sql = str(compiled)
        self._order = list(compiled.positiontup or []) if dialect.positional else None

    def args(self, params: Mapping[str, Any]) -> Any:
        return tuple(params[n] for n in self._order) if self._order is not None else dict(params)


_INCIDENT_COLUMNS = (
    "id", "ts", "request_id", "audit_seq", "tenant", "key_id", "direction", "action", "categories", "rules",
    "findings", "status",
)  # fmt: skip


class _Statements:
    def __init__(self, dialect: Dialect) -> None:
        head = select(audit_head.c.seq, audit_head.c.hash).where(audit_head.c.id == bindparam("hid"))
        self.head = _Prepared(head.with_for_update(), dialect)
        self.record = _Prepared(insert(audit_log).values({c.name: bindparam(c.name) for c in audit_log.c}), dialect)
        self.incident = _Prepared(insert(incidents).values({c: bindparam(c) for c in _INCIDENT_COLUMNS}), dialect)
        move = update(audit_head).where(audit_head.c.id == bindparam("hid"))
        self.move_head = _Prepared(move.values(seq=bindparam("new_seq"), hash=bindparam("new_hash")), dialect)


def _rows(
    seq: int, prev: str, items: Sequence[tuple[Mapping[str, Any], Sequence[IncidentData]]]
) -> tuple[list[tuple[int, str]], list[dict[str, Any]], list[dict[str, Any]]]:
    """The audit and incident rows of ``items`` chained after record ``seq`` (hash ``prev``), with each record's
    ``(seq, hash)``. ``request_id``, ``ts``, ``tenant``, ``key_id`` and ``action`` are filled in when absent."""
    out: list[tuple[int, str]] = []
    rows: list[dict[str, Any]] = []
    inc_rows: list[dict[str, Any]] = []
    for record, incidents_ in items:
        rec = dict(record)
        if "request_id" not in rec:  # not setdefault: a uuid4 costs microseconds, and gateway records have one
            rec["request_id"] = uuid.uuid4().hex
        if "ts" not in rec:
            rec["ts"] = now_iso()
        rec.setdefault("tenant", None)
        rec.setdefault("key_id", None)
        rec.setdefault("action", "allow")
        seq += 1
        rec["seq"] = seq
        body = canonical(rec)
        digest = chain_hash(prev, body)
        rows.append(
            {
                "seq": seq,
                "request_id": str(rec["request_id"]),
                "ts": str(rec["ts"]),
                "tenant": rec["tenant"],
                "key_id": rec["key_id"],
                "action": str(rec["action"]),
                "body": body,
                "prev_hash": prev,
                "hash": digest,
            }
        )
        for inc in incidents_:
            inc_rows.append(
                {
                    "id": uuid.uuid4().hex,
                    "ts": str(rec["ts"]),
                    "request_id": str(rec["request_id"]),
                    "audit_seq": seq,
                    "tenant": rec["tenant"],
                    "key_id": rec["key_id"],
                    "direction": inc.direction,
                    "action": inc.action,
                    "categories": canonical(list(inc.categories)),
                    "rules": canonical(list(inc.rules)),
                    "findings": canonical([dict(f) for f in inc.findings]),
                    "status": "open",
                }
            )
        out.append((seq, digest))
        prev = digest
    return out, rows, inc_rows


def _busy(exc: BaseException) -> bool:
    """SQLITE_BUSY or SQLITE_LOCKED from the driver ("database is locked", "database table is locked")."""
    code = getattr(exc, "sqlite_errorcode", None)
    return (isinstance(code, int) and (code & 0xFF) in (5, 6)) or "locked" in str(exc).lower()


class AuditLog:
    """Append and verify; one instance per process and database."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._lock = threading.Lock()
        self._statements: _Statements | None = None
        self._now: Any = None  # the driver connection of ``try_append_now`` (SQLite files only), made on first use
        self._now_commits = 0
        url = db.engine.url
        self._now_ok = db.is_sqlite and bool(url.database) and url.database != ":memory:"

    def append(self, record: Mapping[str, Any], incidents_: Sequence[IncidentData] = ()) -> tuple[int, str]:
        """Append ``record`` (JSON-serializable) and its incidents atomically; returns ``(seq, hash)``.

        ``request_id``, ``ts`` (ISO 8601), ``tenant``, ``key_id`` and ``action`` are filled in when absent.
        """
        return self.append_many([(record, incidents_)])[0]

    def append_many(
        self,
        items: Sequence[tuple[Mapping[str, Any], Sequence[IncidentData]]],
        *,
        before: Callable[[Connection], None] | None = None,
    ) -> list[tuple[int, str]]:
        """Append several records (each with its incidents) in one transaction: all or none.

        ``before(conn)`` runs first in the same transaction (after the head is locked), so a change and its
        audit record commit together; an exception from it writes nothing.
        """
        sql = self._sql()
        if before is None:
            with self._lock:
                return self._append_driver(sql, items)
        with self._lock, self.db.engine.begin() as conn:
            head = conn.exec_driver_sql(sql.head.sql, sql.head.args({"hid": 1})).one()
            before(conn)  # it may complete the records (they are copied only now)
            out, rows, inc_rows = _rows(int(head[0]), str(head[1]), items)
            if not rows:
                return out
            conn.exec_driver_sql(sql.record.sql, [sql.record.args(r) for r in rows])
            if inc_rows:
                conn.exec_driver_sql(sql.incident.sql, [sql.incident.args(r) for r in inc_rows])
            seq, digest = out[-1]
            conn.exec_driver_sql(sql.move_head.sql, sql.move_head.args({"new_seq": seq, "new_hash": digest, "hid": 1}))
        return out

    def _append_driver(
        self, sql: _Statements, items: Sequence[tuple[Mapping[str, Any], Sequence[IncidentData]]]
    ) -> list[tuple[int, str]]:
        """``append_many`` on the pool's driver connection, without SQLAlchemy's per-statement work (which cost
        ~0.3 ms of CPU per transaction, most of an append): the same statements, the same ``BEGIN IMMEDIATE`` on
        SQLite, one commit. Errors come as the driver's exceptions."""
        raw = self.db.engine.raw_connection()
        try:
            if self.db.is_sqlite:
                raw.cursor().execute("BEGIN IMMEDIATE")  # what the engine's "begin" event does for SQLAlchemy
            return self._write_driver(raw, sql, items)
        finally:
            raw.close()  # back to the pool

    def _write_driver(
        self, raw: Any, sql: _Statements, items: Sequence[tuple[Mapping[str, Any], Sequence[IncidentData]]]
    ) -> list[tuple[int, str]]:
        """The rows of ``items`` in the transaction open on the driver connection ``raw``, committed."""
        cur = raw.cursor()
        try:
            cur.execute(sql.head.sql, sql.head.args({"hid": 1}))
            head = cur.fetchone()
            if head is None:
                raise LookupError("the audit log has no head row (sw_audit_head)")
            out, rows, inc_rows = _rows(int(head[0]), str(head[1]), items)
            if rows:
                cur.executemany(sql.record.sql, [sql.record.args(r) for r in rows])
                if inc_rows:
                    cur.executemany(sql.incident.sql, [sql.incident.args(r) for r in inc_rows])
                seq, digest = out[-1]
                cur.execute(sql.move_head.sql, sql.move_head.args({"new_seq": seq, "new_hash": digest, "hid": 1}))
            raw.commit()
        except BaseException:
            with contextlib.suppress(Exception):  # keep the original error (a dead connection cannot roll back)
                raw.rollback()
            raise
        finally:
            cur.close()
        return out

    def try_append_now(
        self, record: Mapping[str, Any], incidents_: Sequence[IncidentData] = ()
    ) -> tuple[int, str] | None:
        """``append`` if that cannot wait: a SQLite file whose write lock is free right now, no other append of
        this process under way; else None, having written nothing (then use ``append``, or ``AuditWriter``).

        For an event loop, to commit a record without the hop to a writer thread and back (two thread wake-ups,
        and the wait for the GIL while the loop is busy): the commit costs ~0.2 ms of CPU and never waits for a
        lock (``busy_timeout`` 0 on its own connection). Checkpoints, which fsync the database file, run in a
        background thread every 256 such commits instead of in the committing call.
        """
        if not self._now_ok or not self._lock.acquire(blocking=False):
            return None
        try:
            raw = self._now
            if raw is None:
                raw = self._now = self.db.engine.raw_connection()
                raw.detach()  # its own connection, never shared through the pool
                cur = raw.cursor()
                cur.execute("PRAGMA busy_timeout=0")
                cur.execute("PRAGMA wal_autocheckpoint=0")
                cur.close()
            try:
                raw.cursor().execute("BEGIN IMMEDIATE")
                res = self._write_driver(raw, self._sql(), [(record, incidents_)])[0]
            except Exception as exc:
                if _busy(exc):
                    return None  # another connection holds a lock it needs: rolled back, nothing written
                raise
        finally:
            self._lock.release()
        self._now_commits += 1
        if self._now_commits % 256 == 0:
            threading.Thread(target=self._checkpoint, name="shieldwall-audit-checkpoint", daemon=True).start()
        return res

    def _checkpoint(self) -> None:
        with contextlib.suppress(Exception), self.db.engine.connect() as conn:  # PASSIVE: never blocks writers
            conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")

    def close_now(self) -> None:
        """Close the connection of ``try_append_now`` (a later call opens a new one)."""
        with self._lock:
            raw, self._now = self._now, None
        if raw is not None:
            with contextlib.suppress(Exception):
                raw.close()

    def _sql(self) -> _Statements:
        if self._statements is None:
            self._statements = _Statements(self.db.engine.dialect)
        return self._statements

    def count(self) -> int:
        with self.db.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(audit_log)).scalar_one())

    def records(self, *, limit: int = 100, tenant: str | None = None) -> list[dict[str, Any]]:
        """The newest records (parsed bodies), newest first."""
        q = select(audit_log.c.body).order_by(audit_log.c.seq.desc()).limit(limit)
        if tenant is not None:
            q = q.where(audit_log.c.tenant == tenant)
        with self.db.engine.connect() as conn:
            return [json.loads(r.body) for r in conn.execute(q)]

    def verify(self, anchor: Anchor | None = None) -> VerifyResult:
        """Walk the chain and report the first modified, deleted or reordered record.

        With an ``anchor`` (a record's ``seq`` and hash saved earlier, e.g. the head printed by a previous
        ``audit verify``), also report a log that no longer reaches the anchored record (its tail was cut)
        or whose record there has another hash (the chain was rebuilt).
        """
        with self.db.engine.connect() as conn:
            head = conn.execute(select(audit_head.c.seq, audit_head.c.hash).where(audit_head.c.id == 1)).first()
            head_seq = int(head.seq) if head is not None else 0
            prev_hash = GENESIS
            expected = 1
            n = 0
            rows = conn.execution_options(yield_per=1000).execute(select(audit_log).order_by(audit_log.c.seq))
            anchored: str | None = None
            try:
                for row in rows:
                    n += 1
                    problem = _check_row(row, expected, prev_hash)
                    if problem is not None:
                        return VerifyResult(False, n, head_seq, problem, anchor=anchor)
                    prev_hash = row.hash
                    expected = int(row.seq) + 1
                    if anchor is not None and expected - 1 == anchor.seq:
                        anchored = str(row.hash)
            finally:
                rows.close()
            last = expected - 1
            tip = prev_hash if last else None

            def bad(seq: int, kind: ProblemKind, message: str) -> VerifyResult:
                return VerifyResult(False, n, head_seq, Problem(seq, kind, message), tip, anchor)

            if head is None:
                if last:
                    return bad(last, "deleted", "the chain head row is missing")
                return VerifyResult(True, 0, 0, anchor=anchor) if anchor is None else _anchor_missing(anchor, 0, 0)
            if head_seq > last:
                return bad(
                    last + 1, "deleted", f"records {last + 1}..{head_seq} were deleted (the head is at {head_seq})"
                )
            if head_seq < last or head.hash != prev_hash:
                return bad(head_seq, "modified", "the chain head does not match the last record")
            if anchor is not None:
                if anchor.seq > last:
                    return _anchor_missing(anchor, n, head_seq, tip)
                if anchored != anchor.hash:
                    return bad(
                        anchor.seq,
                        "modified",
                        f"record {anchor.seq} differs from its anchored hash {anchor.hash[:12]}…: the chain was "
                        f"rewritten at or before record {anchor.seq}",
                    )
            return VerifyResult(True, n, head_seq, None, tip, anchor)


def _anchor_missing(anchor: Anchor, n: int, head_seq: int, tip: str | None = None) -> VerifyResult:
    end = f"the log ends at record {head_seq}" if head_seq else "the log is empty"
    span = f"record {anchor.seq}" if anchor.seq == head_seq + 1 else f"records {head_seq + 1}..{anchor.seq}"
    message = f"{span} deleted: record {anchor.seq} was anchored but {end} (the tail was cut)"
    return VerifyResult(False, n, head_seq, Problem(head_seq + 1, "deleted", message), tip, anchor)


class AuditWriter:
    """Group commit for an event loop: ``await writer.append(record, incidents)`` returns once the record is
    committed. Records queued while a batch is being written go into the next batch (one transaction, one
    commit), so many concurrent requests share a commit instead of queueing for the head lock one by one.
    A failed batch is retried record by record, so one bad record fails only its own request.

    A record with nothing to be grouped with (no batch queued or being written) is committed at once on the
    event loop when ``AuditLog.try_append_now`` can (a SQLite file whose write lock is free), which costs less
    CPU and latency than the hop to the writer thread and back; otherwise it is queued.
    """

    def __init__(self, log: AuditLog, *, max_batch: int = 256) -> None:
        self.log = log
        self.max_batch = max_batch
        self._queue: list[tuple[Mapping[str, Any], Sequence[IncidentData], Any, Any]] = []
        self._cv = threading.Condition()
        self._thread: threading.Thread | None = None
        self._closed = False

    async def append(self, record: Mapping[str, Any], incidents_: Sequence[IncidentData] = ()) -> tuple[int, str]:
        import asyncio

        if not self._queue and not self._closed:  # nothing to group it with: commit it here if that is free
            res = self.log.try_append_now(record, incidents_)
            if res is not None:
                return res
        loop = asyncio.get_running_loop()
        fut: asyncio.Future[tuple[int, str]] = loop.create_future()
        with self._cv:
            if self._closed:
                raise RuntimeError("the audit writer is closed")
            self._queue.append((record, incidents_, loop, fut))
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="shieldwall-audit", daemon=True)
                self._thread.start()
            self._cv.notify()
        return await fut

    def close(self, timeout: float = 10.0) -> None:
        """Write what is queued, then stop the thread (appends meanwhile are refused)."""
        with self._cv:
            self._closed = True
            self._cv.notify()
            t = self._thread
        if t is not None:
            t.join(timeout)
        self.log.close_now()
        with self._cv:
            self._closed = False  # a later append starts a new thread

    def _run(self) -> None:
        while True:
            with self._cv:
                while not self._queue and not self._closed:
                    self._cv.wait()
                if not self._queue:
                    return
                batch, self._queue = self._queue[: self.max_batch], self._queue[self.max_batch :]
            outcomes: list[tuple[tuple[int, str] | None, BaseException | None]]
            try:
                outcomes = [(r, None) for r in self.log.append_many([(rec, inc) for rec, inc, _, _ in batch])]
            except Exception:
                outcomes = []
                for rec, inc, _, _ in batch:
                    try:
                        outcomes.append((self.log.append(rec, inc), None))
                    except Exception as err:
                        outcomes.append((None, err))
            for (_, _, loop, fut), (res, error) in zip(batch, outcomes, strict=True):
                with contextlib.suppress(RuntimeError):  # the loop is gone; the record is written all the same
                    loop.call_soon_threadsafe(_resolve, fut, res, error)


def _resolve(fut: Any, res: tuple[int, str] | None, exc: BaseException | None) -> None:
    if fut.done():  # the request was cancelled meanwhile (its record is written all the same)
        return
    if exc is not None:
        fut.set_exception(exc)
    else:
        fut.set_result(res)


def _check_row(row: Any, expected: int, prev_hash: str) -> Problem | None:
    seq = int(row.seq)
    try:
        body = json.loads(row.body)
    except ValueError:
        return Problem(seq, "modified", f"record {seq}: the body is not valid JSON")
    if not isinstance(body, dict):
        return Problem(seq, "modified", f"record {seq}: the body is not a JSON object")
    body_seq = body.get("seq")
    if seq > expected:
        missing = f"record {expected}" if seq == expected + 1 else f"records {expected}..{seq - 1}"
        if isinstance(body_seq, int) and body_seq != seq:
            return Problem(expected, "reordered", f"{missing} missing and record {seq} holds record {body_seq}")
        return Problem(expected, "deleted", f"{missing} deleted (the next record is {seq})")
    if chain_hash(row.prev_hash, row.body) != row.hash:
        return Problem(seq, "modified", f"record {seq}: its hash does not match its content")
    if body_seq != seq:
        return Problem(seq, "reordered", f"record at position {seq} is record {body_seq}")
    if row.prev_hash != prev_hash:
        return Problem(seq, "reordered", f"record {seq} does not follow record {seq - 1} (broken link)")
    for col in _INDEXED:
        if getattr(row, col) != body.get(col) and not (col == "action" and body.get(col) is None):
            return Problem(seq, "modified", f"record {seq}: column {col!r} differs from the hashed record")
    return None
