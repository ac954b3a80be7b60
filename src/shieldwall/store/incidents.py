"""Incidents: one per non-allowed verdict (written with its audit record; see ``AuditLog.append``)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import insert, select

from shieldwall.store.db import Database, incidents


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
    source: str = "gateway"

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
        }


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
        self, *, tenant: str | None = None, limit: int = 100, source: str | None = None
    ) -> list[Incident]:
        """The newest incidents first."""
        q = select(incidents).order_by(incidents.c.ts.desc()).limit(limit)
        if tenant is not None:
            q = q.where(incidents.c.tenant == tenant)
        if source is not None:
            q = q.where(incidents.c.source == source)
        with self.db.engine.connect() as conn:
            return [
                Incident(
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
                )
                for r in conn.execute(q)
            ]
