"""Engine, tables and connection settings.

- SQLite (the default, ``sqlite:///./.shieldwall/shieldwall.db``): WAL journal, ``synchronous=NORMAL``
  (durable across a process crash, ``kill -9`` included), a busy timeout, and ``BEGIN IMMEDIATE`` for every
  transaction so that two writers never deadlock on a lock upgrade.
- PostgreSQL by URL (``postgresql://user@host/db``; the psycopg 3 driver is chosen automatically).

Tables are plain SQLAlchemy Core tables (prefix ``sw_``) created on first use.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    Engine,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    insert,
    inspect,
    select,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, IntegrityError, NoSuchModuleError, OperationalError, ProgrammingError

from shieldwall.core.errors import ConfigError

DATA_DIR_ENV = "SHIELDWALL_HOME"
DATABASE_URL_ENV = "SHIELDWALL_DATABASE_URL"

metadata = MetaData()
_BigInt = BigInteger().with_variant(Integer(), "sqlite")

audit_log = Table(
    "sw_audit_log",
    metadata,
    Column("seq", _BigInt, primary_key=True, autoincrement=False),
    Column("request_id", String(64), nullable=False, index=True),
    Column("ts", String(40), nullable=False),
    Column("tenant", String(128), nullable=True, index=True),
    Column("key_id", String(64), nullable=True),
    Column("action", String(16), nullable=False),
    Column("body", Text, nullable=False),  # canonical JSON of the record (what the hash covers)
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
)

audit_head = Table(
    "sw_audit_head",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("seq", _BigInt, nullable=False),
    Column("hash", String(64), nullable=False),
)

api_keys = Table(
    "sw_api_keys",
    metadata,
    Column("key_id", String(32), primary_key=True),
    Column("tenant", String(128), nullable=False, index=True),
    Column("name", String(128), nullable=False, default=""),
    Column("digest", String(64), nullable=False),
    Column("created_at", String(40), nullable=False),
    Column("revoked_at", String(40), nullable=True),
)

incidents = Table(
    "sw_incidents",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("ts", String(40), nullable=False, index=True),
    Column("request_id", String(64), nullable=False, index=True),
    Column("audit_seq", _BigInt, nullable=True),
    Column("tenant", String(128), nullable=True, index=True),
    Column("key_id", String(64), nullable=True),
    Column("direction", String(16), nullable=False),
    Column("action", String(16), nullable=False),
    Column("categories", Text, nullable=False),  # JSON list
    Column("rules", Text, nullable=False),  # JSON list
    Column("findings", Text, nullable=False),  # JSON list of masked findings
    Column("status", String(16), nullable=False, default="open"),
    # who raised it: "gateway" (a non-allowed verdict) or "redteam" (a successful attack, for the adaptation loop)
    Column("source", String(16), nullable=False, server_default="gateway", index=True),
    # a reviewer's label (issue 7 builds on it): attack | benign, who gave it and when
    Column("label", String(16), nullable=True, index=True),
    Column("labelled_by", String(128), nullable=True),
    Column("labelled_at", String(40), nullable=True),
    Column("label_note", Text, nullable=True),
)

tenants = Table(
    "sw_tenants",
    metadata,
    Column("name", String(128), primary_key=True),
    Column("spec", Text, nullable=False),  # JSON: policy, upstream, models, quotas … (validated by the gateway)
    Column("created_at", String(40), nullable=False),
    Column("updated_at", String(40), nullable=False),
)

# columns added after a table first shipped: ``create_all`` adds them to an older database
_ADDED_COLUMNS = {"sw_incidents": ("source", "label", "labelled_by", "labelled_at", "label_note")}

GENESIS = "0" * 64


def _exemplar_table(name: str) -> Table:
    """Confirmed attacks (``sw_known_attacks``) and allow-exemplars (``sw_allow_exemplars``) of the adaptation
    loop: the text's hash, a short preview, its window embeddings (float32 little-endian ``[windows, dim]``)
    and where it came from. Removal is a tombstone (``removed_at``) so that running processes see it."""
    return Table(
        name,
        metadata,
        Column("id", String(32), primary_key=True),
        Column("text_hash", String(64), nullable=False, index=True),
        Column("preview", String(200), nullable=False, default=""),
        Column("windows", Integer, nullable=False),
        Column("dim", Integer, nullable=False),
        Column("embedding", LargeBinary, nullable=False),
        Column("model_version", String(64), nullable=False),
        Column("source", String(200), nullable=False),  # "incident:<id>", "redteam:<run>/<key>", "manual"
        Column("added_by", String(128), nullable=False),
        Column("added_at", String(40), nullable=False),
        Column("removed_at", String(40), nullable=True),
        Column("removed_by", String(128), nullable=True),
        Column("rev", _BigInt, nullable=False, index=True),  # the table's revision when last changed
    )


known_attacks = _exemplar_table("sw_known_attacks")
allow_exemplars = _exemplar_table("sw_allow_exemplars")

# one revision counter per adaptation table; running processes poll it to reload what changed
adapt_revisions = Table(
    "sw_adapt_revisions",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("value", _BigInt, nullable=False),
)


# the adaptation loop's detector versions (issue 7): every candidate a retrain wrote, and every decision about
# them (gate, promote, rollback) with its numbers. The active version is the last promote/rollback's.
model_versions = Table(
    "sw_model_versions",
    metadata,
    Column("version", String(64), primary_key=True),
    Column("path", Text, nullable=False),  # the model folder (manifest.json + files, SHA-256 verified at load)
    Column("parent", String(64), nullable=True),
    Column("manifest_sha256", String(64), nullable=False),
    Column("created_at", String(40), nullable=False),
    Column("created_by", String(128), nullable=False),
    Column("summary", Text, nullable=False),  # JSON: feedback counts, replay size, training figures
)

model_events = Table(
    "sw_model_events",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("ts", String(40), nullable=False),
    Column("kind", String(16), nullable=False),  # retrain | gate | promote | rollback
    Column("version", String(64), nullable=False, index=True),
    Column("previous", String(64), nullable=True),  # the version active before (promote/rollback), compared (gate)
    Column("decision", String(16), nullable=True),  # gate: promote | reject
    Column("actor", String(128), nullable=False),
    Column("details", Text, nullable=False),  # JSON: the gate's metrics and reasons, a rollback's reason, ...
)


def default_data_dir() -> Path:
    """``$SHIELDWALL_HOME`` or ``./.shieldwall`` (relative to the working directory)."""
    return Path(os.environ.get(DATA_DIR_ENV) or ".shieldwall")


def default_database_url() -> str:
    """``$SHIELDWALL_DATABASE_URL`` or a SQLite file in the data directory."""
    env = os.environ.get(DATABASE_URL_ENV)
    if env:
        return env
    return f"sqlite:///{default_data_dir() / 'shieldwall.db'}"


def _normalize_url(url: str) -> Any:
    try:
        u = make_url(url)
    except ArgumentError:
        raise ConfigError(f"invalid database URL {_redact_url(url)!r}") from None
    if u.drivername in ("postgresql", "postgres"):
        u = u.set(drivername="postgresql+psycopg")
    return u


def _redact_url(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<unparseable>"


class Database:
    """One engine plus the tables; thread-safe (SQLAlchemy's pool)."""

    def __init__(self, url: str | None = None, *, create: bool = True) -> None:
        self.url = url or default_database_url()
        u = _normalize_url(self.url)
        self.is_sqlite = u.get_backend_name() == "sqlite"
        kwargs: dict[str, Any] = {"future": True}
        if self.is_sqlite:
            path = u.database
            if path and path != ":memory:" and not path.startswith("file:"):
                if create:
                    Path(path).parent.mkdir(parents=True, exist_ok=True)
                elif not Path(path).exists():
                    raise ConfigError(f"database file {path} does not exist")
            kwargs["connect_args"] = {"check_same_thread": False, "timeout": 30}
        else:
            kwargs["pool_pre_ping"] = True
        try:
            self.engine: Engine = create_engine(u, **kwargs)
        except (ArgumentError, NoSuchModuleError, ImportError) as exc:
            raise ConfigError(f"cannot use database {_redact_url(self.url)}: {exc}") from None
        if self.is_sqlite:
            _sqlite_setup(self.engine)
        if create:
            self.create_all()

    @property
    def display_url(self) -> str:
        return _redact_url(self.url)

    def create_all(self) -> None:
        metadata.create_all(self.engine)
        self._add_missing_columns()
        with self.engine.begin() as conn:
            if conn.execute(select(audit_head.c.id).where(audit_head.c.id == 1)).first() is None:
                try:
                    with conn.begin_nested():
                        conn.execute(insert(audit_head).values(id=1, seq=0, hash=GENESIS))
                except IntegrityError:
                    pass  # another process created it first

    def _add_missing_columns(self) -> None:
        """``ALTER TABLE … ADD COLUMN`` for the columns an older database lacks (nullable, or with a string
        server default)."""
        insp = inspect(self.engine)
        for table_name, names in _ADDED_COLUMNS.items():
            have = {c["name"] for c in insp.get_columns(table_name)}
            table = metadata.tables[table_name]
            for name in names:
                if name in have:
                    continue
                col = table.c[name]
                ddl = col.type.compile(dialect=self.engine.dialect)
                if col.server_default is not None:
                    ddl += f" DEFAULT '{col.server_default.arg}'"  # type: ignore[attr-defined]
                if not col.nullable:
                    ddl += " NOT NULL"
                try:
                    with self.engine.begin() as conn:
                        conn.exec_driver_sql(f'ALTER TABLE {table_name} ADD COLUMN "{name}" {ddl}')
                except (OperationalError, ProgrammingError):
                    pass  # added concurrently by another process

    def dispose(self) -> None:
        self.engine.dispose()


def _sqlite_setup(engine: Engine) -> None:
    """WAL, NORMAL sync, busy timeout, and BEGIN IMMEDIATE (the SQLAlchemy-documented recipe)."""

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # let SQLAlchemy's "begin" event emit BEGIN itself
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")
