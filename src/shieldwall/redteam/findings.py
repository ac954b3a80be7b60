"""Successful attacks → incidents with ``source = "redteam"`` in the store (SQLite by default), for the
adaptation loop: the attack's own text is kept (it is the red team's, not a user's), the target's answer
only as the judge's reason and a short masked excerpt (a real target's answer can hold real secrets)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from shieldwall.redteam.attack import Outcome, Result

MAX_ATTACK_CHARS = 8000


def _attack_text(r: Result) -> str:
    parts = [
        str(m.get("content"))
        for m in r.request
        if m.get("role") in ("user", "document", "tool") and isinstance(m.get("content"), str)
    ]
    return "\n\n".join(parts)[:MAX_ATTACK_CHARS]


def _mask(s: str, keep: int = 24) -> str:
    return s[:keep] + (f"… ({len(s)} chars)" if len(s) > keep else "")


def store_findings(results: Iterable[Result], db_url: str | None, *, run_id: str, target: str) -> int:
    """Write one incident per successful attack; returns how many were written."""
    from shieldwall.store.db import Database
    from shieldwall.store.incidents import IncidentStore

    wins = [r for r in results if r.outcome is Outcome.SUCCESS and not r.benign]
    if not wins:
        return 0
    db = Database(db_url)
    try:
        store = IncidentStore(db)
        for r in wins:
            rid = hashlib.sha256(f"{run_id}:{r.mode}:{r.key}".encode()).hexdigest()[:32]
            store.add(
                request_id=rid,
                direction="input",
                action="allow",  # what the defence did: it let a successful attack through
                categories=[r.category],
                rules=[f"redteam.{r.family}"],
                findings=[
                    {
                        "attack_id": r.attack_id,
                        "key": r.key,
                        "family": r.family,
                        "mutators": r.mutators,
                        "mode": r.mode,
                        "target": target,
                        "run_id": run_id,
                        "judge": r.judge,
                        "reason": r.reason,
                        "attack_text": _attack_text(r),
                        "response_excerpt": _mask(str(r.response.get("content") or "")),
                    }
                ],
                source="redteam",
                tenant=None,
            )
    finally:
        db.dispose()
    return len(wins)
