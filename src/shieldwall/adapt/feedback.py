"""Feedback into the adaptation memory: texts, labelled incidents and red-team runs.

- ``add_text``: embed a text and add it to the known-attack index (``attack``) or the allow-exemplars
  (``allow``); idempotent per normalized text.
- ``apply_label(db, incident_id, label, by)``: ``attack`` -> known-attack entry, ``benign`` -> allow-exemplar.
  It needs the incident's text: red-team incidents carry the attack's own text in their finding
  (``attack_text``); a gateway incident carries one only when the store has a text column for it
  (``text``, ``input_text`` or ``request_text``: the gateway writes request texts only when its config says so).
  Otherwise it refuses with ``FeedbackError`` naming why.
- ``import_redteam(db, folder, by)``: every successful attack of a red-team output folder (``results.jsonl``).

Every change bumps the table's revision (running scanners reload within their poll interval) and, with a
Redis URL, notifies them at once.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import MetaData, Table, select

from shieldwall.adapt.embed import embed_text, to_bytes
from shieldwall.adapt.live import notify
from shieldwall.core.errors import InputError
from shieldwall.models.detector import Detector
from shieldwall.store.db import Database
from shieldwall.store.exemplars import ExemplarStore, Kind

MAX_TEXT_CHARS = 20_000  # 48 windows of the encoder cover about this much English text
TEXT_COLUMNS = ("text", "input_text", "request_text")
LABELS: dict[str, Kind] = {"attack": "attack", "benign": "allow"}


class FeedbackError(InputError):
    """A label or import that cannot be applied (the message says why)."""


@dataclass(frozen=True, slots=True)
class Added:
    id: str
    kind: str
    created: bool  # False: the same text was already there (its id is returned)
    windows: int

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "created": self.created, "windows": self.windows}


def add_text(
    db: Database,
    kind: Kind,
    text: str,
    *,
    source: str,
    by: str,
    det: Detector | None = None,
    redis_url: str | None = None,
) -> Added:
    if not isinstance(text, str) or not text.strip():
        raise InputError("the text is empty")
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(f"the text is {len(text):,} characters, over the limit of {MAX_TEXT_CHARS:,}")
    if "\x00" in text:
        raise InputError("the text holds NUL characters (binary data?)")
    if not by.strip():
        raise InputError("who adds it (--by) must not be empty")
    e = embed_text(text, det)
    preview = " ".join(text.split())[:80]
    eid, created = ExemplarStore(db, kind).add(
        text_hash=e.text_hash,
        preview=preview,
        windows=int(e.vectors.shape[0]),
        dim=int(e.vectors.shape[1]),
        embedding=to_bytes(e.vectors),
        model_version=e.model_version,
        source=source,
        added_by=by,
    )
    if created:
        notify(redis_url)
    return Added(eid, kind, created, int(e.vectors.shape[0]))


def remove_entry(db: Database, kind: Kind, entry_id: str, *, by: str, redis_url: str | None = None) -> None:
    if not ExemplarStore(db, kind).remove(entry_id, by=by):
        what = "known attack" if kind == "attack" else "allow-exemplar"
        raise InputError(f"no active {what} with id {entry_id!r}")
    notify(redis_url)


def incidents_table(db: Database) -> Table:
    """``sw_incidents`` as the live schema has it, whatever its version (text columns are optional)."""
    return Table("sw_incidents", MetaData(), autoload_with=db.engine)


def row_text(g: Any) -> str | None:
    """The text an incident row is about: a stored request text, else a red-team finding's ``attack_text``."""
    for col in TEXT_COLUMNS:
        if col in g and isinstance(g[col], str) and g[col].strip():
            return str(g[col])
    try:
        findings = json.loads(g["findings"])
    except (TypeError, ValueError):
        findings = []
    for f in findings if isinstance(findings, list) else []:
        if isinstance(f, dict) and isinstance(f.get("attack_text"), str) and f["attack_text"].strip():
            return str(f["attack_text"])
    return None


def incident_text(db: Database, incident_id: str) -> str:
    """The text an incident is about, or ``FeedbackError`` saying why there is none."""
    table = incidents_table(db)
    with db.engine.connect() as conn:
        row = conn.execute(select(table).where(table.c.id == incident_id)).first()
    if row is None:
        raise FeedbackError(f"no incident with id {incident_id!r}")
    g = row._mapping
    text = row_text(g)
    if text is not None:
        return text
    source = g.get("source", "gateway")
    raise FeedbackError(
        f"incident {incident_id} ({source}) has no stored text: the gateway records request texts only when "
        "its configuration says so; add the text yourself with 'shieldwall adapt index add' or "
        "'shieldwall adapt allow add'"
    )


def apply_label(
    db: Database,
    incident_id: str,
    label: str,
    by: str,
    *,
    det: Detector | None = None,
    redis_url: str | None = None,
) -> Added:
    """``attack`` -> a known-attack entry, ``benign`` -> an allow-exemplar, from the incident's own text."""
    kind = LABELS.get(label)
    if kind is None:
        raise FeedbackError(f"label must be attack or benign, not {label!r}")
    text = incident_text(db, incident_id)
    return add_text(db, kind, text, source=f"incident:{incident_id}", by=by, det=det, redis_url=redis_url)


def redteam_successes(folder: Path) -> Iterator[tuple[str, str]]:
    """``(source, attack text)`` for every successful attack in a red-team output folder."""
    from shieldwall.redteam.attack import Outcome, Result
    from shieldwall.redteam.findings import _attack_text as attack_text

    path = folder / "results.jsonl"
    if not path.is_file():
        raise InputError(f"{folder} is not a red-team output folder (no results.jsonl)")
    with path.open(encoding="utf-8", errors="strict") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                r = Result.from_dict(json.loads(line))
            except (ValueError, KeyError, TypeError) as exc:
                raise InputError(f"{path}:{n}: not a red-team result ({type(exc).__name__})") from None
            if r.outcome is Outcome.SUCCESS and not r.benign:
                text = attack_text(r)
                if text.strip():
                    yield f"redteam:{folder.name}/{r.mode}/{r.key}"[:200], text


def import_redteam(
    db: Database, folder: Path, *, by: str, det: Detector | None = None, redis_url: str | None = None
) -> list[Added]:
    out: list[Added] = []
    for source, text in redteam_successes(folder):
        out.append(add_text(db, "attack", text[:MAX_TEXT_CHARS], source=source, by=by, det=det))
    if any(a.created for a in out):
        notify(redis_url)
    return out
