"""``shieldwall serve``, ``shieldwall keys …`` and ``shieldwall audit verify``.

Exit codes: 0 ok; 1 ``audit verify`` found tampering (or ``keys revoke`` found no such key); 2 usage,
input or configuration error; 3 internal error.
"""

from __future__ import annotations

import contextlib
import os
import socket
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from shieldwall.cli import render
from shieldwall.cli._common import EXIT_INTERNAL, EXIT_NOT_ALLOWED, EXIT_USAGE, guarded

if TYPE_CHECKING:
    from shieldwall.gateway.config import GatewayConfig
    from shieldwall.store.db import Database

ConfigOpt = Annotated[Path | None, typer.Option("--config", "-c", help="Gateway config (YAML).")]
DbOpt = Annotated[
    str | None,
    typer.Option("--db", help="Database URL (default: the config's, else sqlite:///./.shieldwall/shieldwall.db)."),
]


def _config(path: Path | None) -> GatewayConfig:
    from shieldwall.gateway.config import GatewayConfig, load_config

    return load_config(path) if path is not None else GatewayConfig()


def _database(cfg: GatewayConfig, db: str | None, *, create: bool = True) -> Database:
    from shieldwall.store.db import Database

    return Database(db or cfg.database.resolved_url(), create=create)


def register(app: typer.Typer) -> None:
    """Add the gateway's commands to the CLI."""
    keys_app = typer.Typer(help="Create, list and revoke gateway API keys.", no_args_is_help=True)
    audit_app = typer.Typer(help="Inspect and verify the audit log.", no_args_is_help=True)
    app.add_typer(keys_app, name="keys")
    app.add_typer(audit_app, name="audit")

    @app.command()
    @guarded
    def serve(
        config: ConfigOpt = None,
        host: Annotated[str | None, typer.Option(help="Listen address (default 127.0.0.1).")] = None,
        port: Annotated[int | None, typer.Option(help="Listen port (default 8080).")] = None,
        demo: Annotated[
            bool, typer.Option("--demo", help="Also start a local SIMULATED assistant upstream and a demo tenant.")
        ] = False,
        demo_delay: Annotated[float, typer.Option(help="Demo: seconds between streamed chunks.")] = 0.02,
        demo_policy: Annotated[str, typer.Option(help="Demo: the demo tenant's policy (name or file).")] = "default",
        db: DbOpt = None,
        log_level: Annotated[str, typer.Option(help="uvicorn log level.")] = "warning",
        workers: Annotated[
            int,
            typer.Option(
                min=1, max=64, help="Gateway worker processes sharing the port (POSIX; rate limits: use Redis)."
            ),
        ] = 1,
    ) -> None:
        """Run the OpenAI-compatible gateway (with --demo: plus a simulated upstream, a demo tenant and key)."""
        import asyncio

        from shieldwall.core.errors import ConfigError
        from shieldwall.gateway.app import Gateway, create_app
        from shieldwall.gateway.config import TenantConfig, UpstreamConfig
        from shieldwall.gateway.demo_upstream import DEMO_MODEL, create_demo_app
        from shieldwall.gateway.server import bind, freeze_heap, make_server, serve_all
        from shieldwall.models.threads import THREADS_ENV, serving_threads
        from shieldwall.store.db import DATABASE_URL_ENV

        cfg = _config(config)
        servers = []
        demo_url = None
        if demo:
            demo_sock = bind("127.0.0.1", 0)
            demo_url = f"http://127.0.0.1:{demo_sock.getsockname()[1]}/v1"
            tenant = TenantConfig(
                name="demo", policy=demo_policy, upstream=UpstreamConfig(base_url=demo_url), models=[DEMO_MODEL]
            )
            cfg = cfg.model_copy(update={"tenants": [*(t for t in cfg.tenants if t.name != "demo"), tenant]})
            servers.append((make_server(create_demo_app(chunk_delay_s=demo_delay), log_level=log_level), demo_sock))
        if not cfg.tenants and not _admin_or_stored_tenants(cfg, db):
            raise ConfigError(
                "no tenants configured: give --config FILE (see docs/gateway.md), use --demo, or set "
                "$SHIELDWALL_ADMIN_KEY and create tenants through the admin API"
            )
        host_ = host or cfg.server.host
        port_ = port if port is not None else cfg.server.port
        sock = bind(host_, port_)
        url = f"http://{host_}:{sock.getsockname()[1]}"
        # the adaptation loop's scanner (known_attacks) reads the store named by $SHIELDWALL_DATABASE_URL unless its
        # policy options say otherwise: make it this gateway's store (inherited by --workers processes)
        os.environ.setdefault(DATABASE_URL_ENV, db or cfg.database.resolved_url())
        # the detector's onnxruntime threads, unless the policy or the environment says otherwise: the CPUs shared
        # out among the worker processes (2 workers x 2 threads on 2 cores cost ~1.7x the CPU per request)
        os.environ.setdefault(THREADS_ENV, str(serving_threads(workers)))
        if workers > 1:
            _serve_workers(cfg, db, sock, url, workers, servers, demo_url, log_level)
            return
        database = _database(cfg, db)
        gateway = Gateway(cfg, db=database)
        servers.insert(0, (make_server(create_app(gateway), log_level=log_level), sock))
        key = None
        if demo:
            _, key = gateway.keys.create("demo", name="demo (serve --demo)")
        freeze_heap()
        render.serve_banner(
            url=url,
            tenants=[t.name for t in cfg.tenants],
            database=database.display_url,
            demo_upstream=demo_url,
            demo_key=key,
            demo_model=DEMO_MODEL if demo else None,
        )
        with contextlib.suppress(KeyboardInterrupt):
            asyncio.run(serve_all(servers))

    @keys_app.command("create")
    @guarded
    def keys_create(
        tenant: Annotated[str, typer.Option("--tenant", "-t", help="Tenant the key belongs to.")],
        name: Annotated[str, typer.Option(help="A label for the key.")] = "",
        config: ConfigOpt = None,
        db: DbOpt = None,
    ) -> None:
        """Create an API key and print it (once: only its digest is stored)."""
        from shieldwall.core.errors import ConfigError
        from shieldwall.store.tenants import TenantNotFound, TenantStore

        cfg = _config(config)
        keys = _keys(cfg, db)
        if config is not None and cfg.tenant(tenant) is None:
            try:
                TenantStore(keys.db).get(tenant)
            except TenantNotFound:
                known = ", ".join(t.name for t in cfg.tenants) or "none"
                raise ConfigError(
                    f"tenant {tenant!r} is neither in {config} (tenants: {known}) nor created through the admin API"
                ) from None
        rec, key = keys.create(tenant, name=name)
        render.key_created(rec.to_dict(), key)

    @keys_app.command("list")
    @guarded
    def keys_list(
        tenant: Annotated[str | None, typer.Option("--tenant", "-t", help="Only this tenant's keys.")] = None,
        as_json: Annotated[bool, typer.Option("--json", help="JSON output.")] = False,
        config: ConfigOpt = None,
        db: DbOpt = None,
    ) -> None:
        """List keys (ids, tenants, dates; never the keys)."""
        rows = [k.to_dict() for k in _keys(_config(config), db).list(tenant=tenant)]
        render.keys_table(rows, as_json=as_json)

    @keys_app.command("revoke")
    @guarded
    def keys_revoke(
        key_id: Annotated[str, typer.Argument(help="The key id (the 12 hex digits after 'sk-sw-').")],
        config: ConfigOpt = None,
        db: DbOpt = None,
    ) -> None:
        """Revoke a key (takes effect within the gateway's key cache TTL, 5 s by default)."""
        ok = _keys(_config(config), db).revoke(key_id)
        render.key_revoked(key_id, ok)
        if not ok:
            raise typer.Exit(EXIT_NOT_ALLOWED)

    @audit_app.command("verify")
    @guarded
    def audit_verify(
        config: ConfigOpt = None,
        db: DbOpt = None,
        anchor: Annotated[
            str | None,
            typer.Option(
                help="SEQ:HASH of a head printed earlier (kept outside the database): detects a cut tail or "
                "a rebuilt chain."
            ),
        ] = None,
        as_json: Annotated[bool, typer.Option("--json", help="JSON output.")] = False,
    ) -> None:
        """Verify the audit log's hash chain; exit 0 intact, 1 tampered (names the first bad record), 2 error.

        Prints the head (SEQ:HASH) on stderr: keep it elsewhere and pass it back with --anchor.
        """
        from sqlalchemy.exc import SQLAlchemyError

        from shieldwall.store.audit import Anchor, AuditLog

        cfg = _config(config)
        anchored = Anchor.parse(anchor) if anchor is not None else None
        database = _database(cfg, db, create=False)
        try:
            result = AuditLog(database).verify(anchored)
        except SQLAlchemyError as exc:
            render.error(f"cannot read the audit log at {database.display_url}: {type(exc).__name__}")
            raise typer.Exit(EXIT_USAGE) from None
        render.audit_verify(result.to_dict(), database.display_url, as_json=as_json)
        raise typer.Exit(0 if result.ok else EXIT_NOT_ALLOWED)

    _ = EXIT_INTERNAL


def _admin_or_stored_tenants(cfg: GatewayConfig, db: str | None) -> bool:
    """Whether a gateway without config tenants has any use: the admin API is on or tenants are stored."""
    from shieldwall.gateway.config import resolve_admin_digest
    from shieldwall.store.tenants import TenantStore

    if resolve_admin_digest(cfg.admin) is not None:
        return True
    database = _database(cfg, db)
    try:
        return bool(TenantStore(database).list())
    finally:
        database.dispose()


def _keys(cfg: GatewayConfig, db: str | None):  # type: ignore[no-untyped-def]
    from shieldwall.gateway.config import resolve_secret
    from shieldwall.store.keys import KeyStore

    return KeyStore(_database(cfg, db), resolve_secret(cfg.server.secret_env))


def _serve_workers(
    cfg: GatewayConfig,
    db: str | None,
    sock: socket.socket,
    url: str,
    workers: int,
    demo_servers: list[Any],
    demo_url: str | None,
    log_level: str,
) -> None:
    """Fork ``workers`` processes that serve the gateway on the one listening socket (the kernel spreads the
    connections); this process runs the demo upstream, if any, and stops the workers when it stops."""
    import asyncio
    import os
    import signal

    from shieldwall.core.errors import ConfigError
    from shieldwall.gateway.demo_upstream import DEMO_MODEL

    if not hasattr(os, "fork"):
        raise ConfigError("--workers needs a POSIX system (os.fork)")
    from shieldwall.gateway.config import resolve_secret
    from shieldwall.store.keys import KeyStore

    # Tables and the demo key are made here, before the fork, and every connection is closed: an SQLite
    # connection must never cross a fork (a parent closing its copy can delete the workers' WAL file).
    database = _database(cfg, db)
    key = None
    if demo_url is not None:
        _, key = KeyStore(database, resolve_secret(cfg.server.secret_env)).create("demo", name="demo (serve --demo)")
    display = database.display_url
    database.dispose()
    del database
    pids: list[int] = []
    for _ in range(workers):
        pid = os.fork()
        if pid == 0:  # a worker: its own engine, pipelines, clients and event loop
            code = 0
            try:
                from shieldwall.gateway.app import Gateway, create_app
                from shieldwall.gateway.server import freeze_heap, make_server, serve_all

                for _server, demo_sock in demo_servers:
                    demo_sock.close()
                gateway = Gateway(cfg, db=_database(cfg, db))
                freeze_heap()
                with contextlib.suppress(KeyboardInterrupt):
                    asyncio.run(serve_all([(make_server(create_app(gateway), log_level=log_level), sock)]))
            except BaseException:
                import traceback

                traceback.print_exc()
                code = 3
            finally:
                os._exit(code)
        pids.append(pid)
    sock.close()
    render.serve_banner(
        url=url,
        tenants=[t.name for t in cfg.tenants],
        database=f"{display} ({workers} worker processes)",
        demo_upstream=demo_url,
        demo_key=key,
        demo_model=DEMO_MODEL if key else None,
    )

    def stop(*_: object) -> None:
        for pid in pids:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)

    def interrupt(*_: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)
    try:
        if demo_servers:
            from shieldwall.gateway.server import serve_all

            asyncio.run(serve_all(demo_servers))
        else:
            while pids:
                pid, _status = os.wait()
                pids.remove(pid)
                stop()  # one worker died: stop them all (a supervisor restarts the service)
    except KeyboardInterrupt:
        pass
    finally:
        stop()
        for pid in list(pids):
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, 0)
