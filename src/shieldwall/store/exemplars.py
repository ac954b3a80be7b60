"""Known attacks and allow-exemplars (the adaptation loop's memory), with a revision counter per table.

Every add and remove bumps the table's revision in the same transaction and stamps the row with it, so a
running process that knows revision ``r`` reloads exactly the rows changed since (``changes(r)``).
Embeddings are opaque bytes here (``adapt`` encodes and decodes them).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

from sqlalchemy import Connection, Table, insert, select, update
from sqlalchemy.exc import IntegrityError

from shieldwall.core.errors import InputError
from shieldwall.store.db import Database, adapt_revisions, allow_exemplars, known_attacks

Kind = Literal["attack", "allow"]
TABLES: dict[str, Table] = {"attack": known_attacks, "allow": allow_exemplars}


@dataclass(frozen=True, slots=True)
class Exemplar:
    id: str
    kind: str
    text_hash: str
    preview: str
    windows: int
    dim: int
    embedding: bytes
    model_version: str
    source: str
    added_by: str
    added_at: str
    removed_at: str | None
    removed_by: str | None
    rev: int

    def to_dict(self) -> dict[str, object]:
        """Everything but the embedding bytes."""
        return {
            "id": self.id,
            "kind": self.kind,
            "text_hash": self.text_hash,
            "preview": self.preview,
            "windows": self.windows,
            "dim": self.dim,
            "model_version": self.model_version,
            "source": self.source,
            "added_by": self.added_by,
            "added_at": self.added_at,
            "removed_at": self.removed_at,
            "removed_by": self.removed_by,
        }


def _row(kind: str, r: object) -> Exemplar:
    g = r._mapping  # type: ignore[attr-defined]
    return Exemplar(
        g["id"],
        kind,
        g["text_hash"],
        g["preview"],
        int(g["windows"]),
        int(g["dim"]),
        bytes(g["embedding"]),
        g["model_version"],
        g["source"],
        g["added_by"],
        g["added_at"],
        g["removed_at"],
        g["removed_by"],
        int(g["rev"]),
    )


class ExemplarStore:
    """One of the two tables (``kind`` = ``attack`` or ``allow``)."""

    def __init__(self, db: Database, kind: Kind) -> None:
        if kind not in TABLES:
            raise InputError(f"kind must be attack or allow, not {kind!r}")
        self.db = db
        self.kind = kind
        self.table = TABLES[kind]
        with db.engine.begin() as conn:
            if conn.execute(select(adapt_revisions.c.value).where(adapt_revisions.c.name == kind)).first() is None:
                try:
                    with conn.begin_nested():
                        conn.execute(insert(adapt_revisions).values(name=kind, value=0))
                except IntegrityError:
                    pass  # another process created it first

    def _bump(self, conn: Connection) -> int:
        conn.execute(
            update(adapt_revisions).where(adapt_revisions.c.name == self.kind).values(value=adapt_revisions.c.value + 1)
        )
        value = conn.execute(select(adapt_revisions.c.value).where(adapt_revisions.c.name == self.kind)).scalar_one()
        return int(value)

    def revision(self) -> int:
        with self.db.engine.connect() as conn:
            v = conn.execute(select(adapt_revisions.c.value).where(adapt_revisions.c.name == self.kind)).scalar()
        return int(v or 0)

    def add(
        self,
        *,
        text_hash: str,
        preview: str,
        windows: int,
        dim: int,
        embedding: bytes,
        model_version: str,
        source: str,
        added_by: str,
    ) -> tuple[str, bool]:
        """Add an entry; ``(id, True)``, or ``(existing id, False)`` when the same text is already active."""
        if len(embedding) != windows * dim * 4 or windows < 1 or dim < 1:
            raise InputError(f"embedding is {len(embedding)} bytes, not {windows} x {dim} float32")
        t = self.table
        with self.db.engine.begin() as conn:
            have = conn.execute(select(t.c.id).where(t.c.text_hash == text_hash, t.c.removed_at.is_(None))).scalar()
            if have is not None:
                return str(have), False
            rev = self._bump(conn)
            eid = uuid.uuid4().hex
            conn.execute(
                insert(t).values(
                    id=eid,
                    text_hash=text_hash,
                    preview=preview[:200],
                    windows=windows,
                    dim=dim,
                    embedding=embedding,
                    model_version=model_version[:64],
                    source=source[:200],
                    added_by=added_by[:128],
                    added_at=datetime.now(UTC).isoformat(),
                    removed_at=None,
                    removed_by=None,
                    rev=rev,
                )
            )
        return eid, True

    def remove(self, entry_id: str, *, by: str) -> bool:
        """Tombstone an active entry; False when there is no active entry with that id."""
        t = self.table
        with self.db.engine.begin() as conn:
            have = conn.execute(select(t.c.id).where(t.c.id == entry_id, t.c.removed_at.is_(None))).scalar()
            if have is None:
                return False
            rev = self._bump(conn)
            conn.execute(
                update(t)
                .where(t.c.id == entry_id)
                .values(removed_at=datetime.now(UTC).isoformat(), removed_by=by[:128], rev=rev)
            )
        return True

    def get(self, entry_id: str) -> Exemplar | None:
        with self.db.engine.connect() as conn:
            r = conn.execute(select(self.table).where(self.table.c.id == entry_id)).first()
        return _row(self.kind, r) if r is not None else None

    def list(self, *, limit: int = 100, include_removed: bool = False) -> list[Exemplar]:
        """Newest first."""
        t = self.table
        q = select(t).order_by(t.c.rev.desc()).limit(limit)
        if not include_removed:
            q = q.where(t.c.removed_at.is_(None))
        with self.db.engine.connect() as conn:
            return [_row(self.kind, r) for r in conn.execute(q)]

    def count(self) -> int:
        from sqlalchemy import func

        t = self.table
        with self.db.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(t).where(t.c.removed_at.is_(None))).scalar_one())

    def changes(self, since: int, *, batch: int = 5000) -> Iterator[Exemplar]:
        """Rows changed after revision ``since`` (added or removed), oldest change first, in batches."""
        t = self.table
        last = since
        while True:
            with self.db.engine.connect() as conn:
                rows = conn.execute(select(t).where(t.c.rev > last).order_by(t.c.rev).limit(batch)).all()
            if not rows:
                return
            for r in rows:
                ex = _row(self.kind, r)
                last = max(last, ex.rev)
                yield ex
            if len(rows) < batch:
                return
