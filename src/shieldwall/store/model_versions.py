"""Detector versions and the decisions about them (``sw_model_versions``, ``sw_model_events``).

A version row is written when ``shieldwall adapt retrain`` writes a candidate folder; an event row for every
retrain, gate decision, promotion and rollback, with its numbers (JSON). Which version is active follows from
the events: promotions push a version, rollbacks pop the last one (see ``active_stack``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import Connection, insert, select

from shieldwall.store.audit import now_iso
from shieldwall.store.db import Database, model_events, model_versions


@dataclass(frozen=True, slots=True)
class VersionRow:
    version: str
    path: str
    parent: str | None
    manifest_sha256: str
    created_at: str
    created_by: str
    summary: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class EventRow:
    seq: int
    ts: str
    kind: str
    version: str
    previous: str | None
    decision: str | None
    actor: str
    details: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _json(obj: Any) -> str:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), default=str)


def insert_version(conn: Connection, row: VersionRow) -> None:
    """Write one version in the caller's transaction (with its ``retrain`` event)."""
    conn.execute(
        insert(model_versions).values(
            version=row.version,
            path=row.path,
            parent=row.parent,
            manifest_sha256=row.manifest_sha256,
            created_at=row.created_at,
            created_by=row.created_by,
            summary=_json(row.summary),
        )
    )


def _version(r: Any) -> VersionRow:
    g = r._mapping
    return VersionRow(
        g["version"],
        g["path"],
        g["parent"],
        g["manifest_sha256"],
        g["created_at"],
        g["created_by"],
        json.loads(g["summary"]),
    )


def get_version(db: Database, version: str) -> VersionRow | None:
    with db.engine.connect() as conn:
        r = conn.execute(select(model_versions).where(model_versions.c.version == version)).first()
    return _version(r) if r is not None else None


def list_versions(db: Database) -> list[VersionRow]:
    with db.engine.connect() as conn:
        rows = conn.execute(select(model_versions).order_by(model_versions.c.created_at)).all()
    return [_version(r) for r in rows]


def insert_event(
    conn: Connection,
    kind: str,
    version: str,
    *,
    actor: str,
    previous: str | None = None,
    decision: str | None = None,
    details: dict[str, Any] | None = None,
) -> EventRow:
    """Write one event in the caller's transaction (e.g. together with its audit record)."""
    ts = now_iso()
    body = details or {}
    res = conn.execute(
        insert(model_events).values(
            ts=ts,
            kind=kind,
            version=version,
            previous=previous,
            decision=decision,
            actor=actor,
            details=_json(body),
        )
    )
    seq = int(res.inserted_primary_key[0]) if res.inserted_primary_key else 0
    return EventRow(seq, ts, kind, version, previous, decision, actor, body)


def list_events(db: Database, *, kinds: Sequence[str] = ()) -> list[EventRow]:
    q = select(model_events).order_by(model_events.c.seq)
    if kinds:
        q = q.where(model_events.c.kind.in_(list(kinds)))
    with db.engine.connect() as conn:
        rows = conn.execute(q).all()
    out = []
    for r in rows:
        g = r._mapping
        out.append(
            EventRow(
                int(g["seq"]),
                g["ts"],
                g["kind"],
                g["version"],
                g["previous"],
                g["decision"],
                g["actor"],
                json.loads(g["details"]),
            )
        )
    return out


def active_stack(events: Sequence[EventRow], base: str) -> list[str]:
    """The activation history: ``base`` (the shipped model), then each promotion; a rollback pops the top."""
    stack = [base]
    for e in events:
        if e.kind == "promote":
            stack.append(e.version)
        elif e.kind == "rollback" and len(stack) > 1:
            stack.pop()
    return stack
