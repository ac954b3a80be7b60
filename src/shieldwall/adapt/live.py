"""The persisted indexes (known attacks, allow-exemplars), kept current in a running process.

A ``LiveIndexes`` loads both tables once, then applies only what changed: a background thread checks each
table's revision counter every ``poll_seconds`` (default 5) and, when a Redis URL is configured, wakes up
at once on a notification published on ``shieldwall:adapt`` by whoever changed the store (the CLI,
``apply_label``). Redis is an accelerator, not a dependency: if it is down, polling still reloads.

If the store cannot be read at start the constructor raises (the scanner then fails closed); a failed
reload later keeps the last good index and is counted in ``stats()``. A SQLite file that does not exist
yet is an empty store (nothing is created until something is added).
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from shieldwall.adapt.embed import from_bytes, similarity_vectors
from shieldwall.adapt.index import VectorIndex
from shieldwall.store.db import Database, _normalize_url, default_database_url
from shieldwall.store.exemplars import ExemplarStore, Kind

CHANNEL = "shieldwall:adapt"
log = logging.getLogger("shieldwall.adapt")


@dataclass(slots=True)
class _Table:
    kind: Kind
    index: VectorIndex
    rev: int = 0
    skipped_version: set[str] = field(default_factory=set)
    skipped_dim: set[str] = field(default_factory=set)


def _sqlite_missing(url: str) -> bool:
    u = _normalize_url(url)
    if u.get_backend_name() != "sqlite":
        return False
    path = u.database
    return bool(path) and path != ":memory:" and not str(path).startswith("file:") and not Path(path).exists()


class LiveIndexes:
    def __init__(
        self,
        db_url: str | None = None,
        *,
        redis_url: str | None = None,
        poll_seconds: float = 5.0,
        model_version: str | None = None,
        dim: int | None = None,
        columns: tuple[int, int] | None = None,
        start: bool = True,
    ) -> None:
        if not 0.05 <= poll_seconds <= 3600:
            raise ValueError(f"poll_seconds must be in 0.05..3600, got {poll_seconds!r}")
        self.db_url = db_url or default_database_url()
        self.redis_url = redis_url
        self.poll_seconds = poll_seconds
        self.model_version = model_version
        # ``dim``: the encoder's embedding size (None: a reader without the model, e.g. ``index stats``, takes the
        # size of the first entry it loads); ``columns``: the part of an entry that lookups compare
        # (``Detector.similarity_columns``; default: all of it)
        self.dim = dim
        self.columns = columns
        self.tables: dict[str, _Table] = {
            "attack": _Table("attack", VectorIndex(self._width())),
            "allow": _Table("allow", VectorIndex(self._width())),
        }
        self._db: Database | None = None
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self.reloads = 0
        self.errors = 0
        self.last_error: str | None = None
        self.notifications = 0
        self.refresh()  # raises when the store cannot be read at start
        self._threads: list[threading.Thread] = []
        if start:
            self._spawn(self._poll_loop, "shieldwall-adapt-poll")
            if redis_url:
                self._spawn(self._redis_loop, "shieldwall-adapt-redis")

    @property
    def attacks(self) -> VectorIndex:
        return self.tables["attack"].index

    @property
    def allows(self) -> VectorIndex:
        return self.tables["allow"].index

    def _spawn(self, target: Any, name: str) -> None:
        t = threading.Thread(target=target, name=name, daemon=True)
        t.start()
        self._threads.append(t)

    def _database(self) -> Database | None:
        if self._db is None:
            if _sqlite_missing(self.db_url):
                return None
            self._db = Database(self.db_url)
        return self._db

    def refresh(self) -> bool:
        """Apply what changed in the store since the last refresh; True if anything did."""
        with self._lock:
            db = self._database()
            if db is None:
                return False
            changed = False
            for t in self.tables.values():
                store = ExemplarStore(db, t.kind)
                rev = store.revision()
                if rev <= t.rev:
                    continue
                for ex in store.changes(t.rev):
                    if ex.removed_at is not None:
                        t.index.remove(ex.id)
                    elif self.model_version is not None and ex.model_version != self.model_version:
                        t.skipped_version.add(ex.id)  # embedded by another encoder: not comparable
                    elif not self._accepts(ex.dim):
                        t.skipped_dim.add(ex.id)  # another embedding size: not comparable
                    else:
                        v = from_bytes(ex.embedding, ex.windows, ex.dim)
                        t.index.add(ex.id, similarity_vectors(v, self.columns or (0, ex.dim)))
                t.rev = rev
                changed = True
            if changed:
                self.reloads += 1
            return changed

    def _width(self) -> int:
        return self.columns[1] - self.columns[0] if self.columns is not None else self.dim or 384

    def _accepts(self, dim: int) -> bool:
        """An entry of this embedding size can be indexed; without a known size, the first entry sets it."""
        if self.dim is None:
            self.dim = dim
            for t in self.tables.values():
                t.index = VectorIndex(self._width())  # still empty: nothing was indexed before the size was known
        return dim == self.dim

    def _safe_refresh(self) -> None:
        try:
            self.refresh()
        except Exception as exc:  # keep the last good index; counted and logged (no text in the message)
            self.errors += 1
            self.last_error = f"{type(exc).__name__}: {str(exc).splitlines()[0][:160] if str(exc) else ''}"
            log.warning("known-attack index reload failed: %s", self.last_error)

    def _poll_loop(self) -> None:
        while not self._stop.is_set():
            self._wake.wait(self.poll_seconds)
            self._wake.clear()
            if self._stop.is_set():
                return
            self._safe_refresh()

    def _redis_loop(self) -> None:
        import redis

        assert self.redis_url is not None
        while not self._stop.is_set():
            try:
                client = redis.Redis.from_url(self.redis_url, socket_connect_timeout=2, socket_timeout=None)
                pubsub = client.pubsub(ignore_subscribe_messages=True)  # type: ignore[no-untyped-call, unused-ignore]  # typed from redis 8.2
                pubsub.subscribe(CHANNEL)
                while not self._stop.is_set():
                    msg = pubsub.get_message(timeout=1.0)
                    if msg is not None:
                        self.notifications += 1
                        self._wake.set()
                pubsub.close()
                client.close()
            except Exception as exc:  # Redis down: polling still works; retry later
                self.last_error = f"redis: {type(exc).__name__}"
                self._stop.wait(min(self.poll_seconds, 5.0))

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        for t in self._threads:
            t.join(timeout=3)
        if self._db is not None:
            self._db.dispose()

    def stats(self) -> dict[str, Any]:
        return {
            "database": self._db.display_url if self._db is not None else self.db_url.split("@")[-1],
            "known_attacks": {
                "entries": len(self.attacks),
                "rows": self.attacks.rows,
                "backend": self.attacks.active_backend,
                "revision": self.tables["attack"].rev,
                "skipped_other_model": len(self.tables["attack"].skipped_version),
                "skipped_other_size": len(self.tables["attack"].skipped_dim),
            },
            "allow_exemplars": {
                "entries": len(self.allows),
                "rows": self.allows.rows,
                "revision": self.tables["allow"].rev,
                "skipped_other_model": len(self.tables["allow"].skipped_version),
                "skipped_other_size": len(self.tables["allow"].skipped_dim),
            },
            "reloads": self.reloads,
            "reload_errors": self.errors,
            "last_error": self.last_error,
            "redis": bool(self.redis_url),
            "notifications": self.notifications,
            "poll_seconds": self.poll_seconds,
        }


def notify(redis_url: str | None) -> bool:
    """Tell running processes to reload now (best effort; they poll anyway). True if published."""
    if not redis_url:
        return False
    try:
        import redis

        client = redis.Redis.from_url(redis_url, socket_connect_timeout=2, socket_timeout=2)
        try:
            client.publish(CHANNEL, str(time.time()))
        finally:
            client.close()
    except Exception as exc:
        log.warning(
            "could not notify through Redis (%s); running processes reload on their next poll", type(exc).__name__
        )
        return False
    return True


_CACHE: dict[tuple[str, str | None, float, str | None, int | None, tuple[int, int] | None], LiveIndexes] = {}
_CACHE_LOCK = threading.Lock()


def get_live(
    db_url: str | None = None,
    *,
    redis_url: str | None = None,
    poll_seconds: float = 5.0,
    model_version: str | None = None,
    dim: int | None = None,
    columns: tuple[int, int] | None = None,
) -> LiveIndexes:
    """The process-wide live indexes for one store and embedding size (loaded once, then kept current)."""
    key = (db_url or default_database_url(), redis_url, poll_seconds, model_version, dim, columns)
    with _CACHE_LOCK:
        live = _CACHE.get(key)
        if live is None:
            live = _CACHE[key] = LiveIndexes(
                key[0],
                redis_url=redis_url,
                poll_seconds=poll_seconds,
                model_version=model_version,
                dim=dim,
                columns=columns,
            )
        return live


def refresh_all() -> int:
    """Reload every live index of this process now (instead of at the next poll); returns how many."""
    with _CACHE_LOCK:
        lives = list(_CACHE.values())
    for live in lives:
        live.refresh()
    return len(lives)
