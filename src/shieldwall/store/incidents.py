"""Incidents: one per non-allowed verdict (written with its audit record; see ``AuditLog.append``)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

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
        }


class IncidentStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list(self, *, tenant: str | None = None, limit: int = 100) -> list[Incident]:
        """The newest incidents first."""
        q = select(incidents).order_by(incidents.c.ts.desc()).limit(limit)
        if tenant is not None:
            q = q.where(incidents.c.tenant == tenant)
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
                )
                for r in conn.execute(q)
            ]
