"""Incidents: one per non-allowed verdict (written with its audit record; see ``AuditLog.append``).

A reviewer labels an incident ``attack`` or ``benign`` (a false positive); the label, who gave it and when
are stored on the incident, and each labelling writes its own audit record in the same transaction, so
the hash-chained log holds every label ever given (the adaptation loop, issue 7, learns from them).
The admin API (``/admin/incidents``) and ``shieldwall incidents`` both go through ``IncidentStore``.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal, cast, get_args

from sqlalchemy import Connection, Row, insert, select, update

from shieldwall.core.errors import InputError
from shieldwall.store.audit import AuditLog, now_iso
from shieldwall.store.db import Database, incidents

Label = Literal["attack", "benign"]
LABELS: tuple[str, ...] = get_args(Label)
MAX_LIST = 1000
_ID_RE = re.compile(r"[0-9a-f]{6,32}\Z")


class IncidentNotFound(InputError):
    """No incident has this id (or the prefix matches none or several)."""


@dataclass(frozen=True, slots=True)
class Incident:
    id: str
    ts: str
    request_id: str
    audit_seq: int | None
    tenant: str | None
    key_id: str | None
    direction: str
    action: str
    categories: list[str]
    rules: list[str]
    findings: list[dict[str, Any]]
    status: str
    source: str = "gateway"  # "gateway" (a non-allowed verdict) or "redteam" (a successful attack)
    label: str | None = None
    labelled_by: str | None = None
    labelled_at: str | None = None
    label_note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "ts": self.ts,
            "request_id": self.request_id,
            "audit_seq": self.audit_seq,
            "tenant": self.tenant,
            "key_id": self.key_id,
            "direction": self.direction,
            "action": self.action,
            "categories": self.categories,
            "rules": self.rules,
            "findings": self.findings,
            "status": self.status,
            "source": self.source,
            "label": self.label,
            "labelled_by": self.labelled_by,
            "labelled_at": self.labelled_at,
            "label_note": self.label_note,
        }


def _incident(r: Row[Any]) -> Incident:
    return Incident(
        r.id,
        r.ts,
        r.request_id,
        r.audit_seq,
        r.tenant,
        r.key_id,
        r.direction,
        r.action,
        json.loads(r.categories),
        json.loads(r.rules),
        json.loads(r.findings),
        r.status,
        r.source,
        r.label,
        r.labelled_by,
        r.labelled_at,
        r.label_note,
    )


def check_label(label: str) -> Label:
    if label not in LABELS:
        raise InputError(f"the label must be one of {', '.join(LABELS)}, not {label[:40]!r}")
    return cast(Label, label)


class IncidentStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(
        self,
        *,
        request_id: str,
        direction: str,
        action: str,
        categories: Sequence[str],
        rules: Sequence[str],
        findings: Sequence[Mapping[str, Any]],
        source: str,
        tenant: str | None = None,
    ) -> str:
        """Record an incident that has no audit record (a red-team finding); returns its id."""
        from shieldwall.store.audit import canonical

        iid = uuid.uuid4().hex
        with self.db.engine.begin() as conn:
            conn.execute(
                insert(incidents).values(
                    id=iid,
                    ts=datetime.now(UTC).isoformat(),
                    request_id=request_id[:64],
                    audit_seq=None,
                    tenant=tenant,
                    key_id=None,
                    direction=direction,
                    action=action,
                    categories=canonical(list(categories)),
                    rules=canonical(list(rules)),
                    findings=canonical([dict(f) for f in findings]),
                    status="open",
                    source=source,
                )
            )
        return iid

    def list(
        self,
        *,
        tenant: str | None = None,
        label: str | None = None,
        unlabelled: bool = False,
        limit: int = 100,
        source: str | None = None,
    ) -> list[Incident]:
        """The newest incidents first; ``label`` keeps one label, ``unlabelled`` those without one, ``source``
        those of one origin (``gateway``, ``redteam``)."""
        if not 1 <= limit <= MAX_LIST:
            raise InputError(f"limit must be between 1 and {MAX_LIST}")
        q = select(incidents).order_by(incidents.c.ts.desc(), incidents.c.id).limit(limit)
        if tenant is not None:
            q = q.where(incidents.c.tenant == tenant)
        if label is not None:
            q = q.where(incidents.c.label == check_label(label))
        if unlabelled:
            q = q.where(incidents.c.label.is_(None))
        if source is not None:
            q = q.where(incidents.c.source == source)
        with self.db.engine.connect() as conn:
            return [_incident(r) for r in conn.execute(q)]

    def get(self, incident_id: str) -> Incident:
        """One incident by id or by a unique prefix of at least 6 hex digits."""
        with self.db.engine.connect() as conn:
            return _incident(_find(conn, incident_id))

    def label(
        self,
        incident_id: str,
        label: str,
        *,
        by: str,
        audit: AuditLog,
        note: str | None = None,
        via: str = "cli",
        request_id: str | None = None,
    ) -> Incident:
        """Label an incident ``attack`` or ``benign``; the label and its audit record commit together.

        Labelling again replaces the label (the audit log keeps every one, with the previous label).
        """
        lab = check_label(label)
        who = by.strip()[:128]
        if not who:
            raise InputError("say who labels the incident (by)")
        if note is not None and len(note) > 2000:
            raise InputError("the note is over 2,000 characters")
        ts = now_iso()
        record: dict[str, Any] = {
            "request_id": request_id or uuid.uuid4().hex,
            "ts": ts,
            "endpoint": "incidents.label",
            "key_id": None,
            "action": "allow",
            "status": 200,
            "via": via,
        }
        found: list[str] = []

        def write(conn: Connection) -> None:
            row = _find(conn, incident_id)
            conn.execute(
                update(incidents)
                .where(incidents.c.id == row.id)
                .values(label=lab, labelled_by=who, labelled_at=ts, label_note=note, status="labelled")
            )
            record["tenant"] = row.tenant
            record["label"] = {
                "incident": row.id,
                "incident_request_id": row.request_id,
                "label": lab,
                "previous": row.label,
                "by": who,
                "at": ts,
                "note": note,
            }
            found.append(row.id)

        audit.append_many([(record, ())], before=write)
        return self.get(found[0])


def _find(conn: Connection, incident_id: str) -> Row[Any]:
    ident = incident_id.strip().lower()
    if not _ID_RE.match(ident):
        raise IncidentNotFound(f"no incident {incident_id[:40]!r} (ids are 32 hex digits; a prefix of 6 or more works)")
    if len(ident) == 32:
        row = conn.execute(select(incidents).where(incidents.c.id == ident)).first()
        rows = [row] if row is not None else []
    else:
        rows = list(conn.execute(select(incidents).where(incidents.c.id.startswith(ident, autoescape=True)).limit(2)))
    if not rows:
        raise IncidentNotFound(f"no incident {ident!r}")
    if len(rows) > 1:
        raise IncidentNotFound(f"the prefix {ident!r} matches several incidents; give more digits")
    return rows[0]
