"""``shieldwall incidents list|show|label`` over the same store functions as the admin API.

Exit codes: 0 ok; 1 no such incident; 2 usage, input or configuration error; 3 internal error.
"""

from __future__ import annotations

import getpass
from typing import Annotated

import typer

from shieldwall.cli import render
from shieldwall.cli._common import EXIT_NOT_ALLOWED, guarded
from shieldwall.cli.gateway_cmds import ConfigOpt, DbOpt, _config, _database


def _actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):  # no user name for this uid (containers)
        return "cli"


def register(app: typer.Typer) -> None:
    inc_app = typer.Typer(help="List, show and label incidents (non-allowed verdicts).", no_args_is_help=True)
    app.add_typer(inc_app, name="incidents")

    @inc_app.command("list")
    @guarded
    def incidents_list(
        tenant: Annotated[str | None, typer.Option("--tenant", "-t", help="Only this tenant's incidents.")] = None,
        label: Annotated[str | None, typer.Option(help="Only incidents with this label (attack, benign).")] = None,
        unlabelled: Annotated[bool, typer.Option("--unlabelled", help="Only incidents without a label.")] = False,
        source: Annotated[str | None, typer.Option(help="Only incidents from this source (gateway, redteam).")] = None,
        limit: Annotated[int, typer.Option(min=1, max=1000, help="At most this many (newest first).")] = 50,
        as_json: Annotated[bool, typer.Option("--json", help="JSON output.")] = False,
        config: ConfigOpt = None,
        db: DbOpt = None,
    ) -> None:
        """List incidents, newest first."""
        from shieldwall.store.incidents import IncidentStore

        store = IncidentStore(_database(_config(config), db, create=False))
        rows = store.list(tenant=tenant, label=label, unlabelled=unlabelled, limit=limit, source=source)
        render.incidents_table([i.to_dict() for i in rows], as_json=as_json)

    @inc_app.command("show")
    @guarded
    def incidents_show(
        incident_id: Annotated[str, typer.Argument(help="Incident id (or a unique prefix of 6+ hex digits).")],
        config: ConfigOpt = None,
        db: DbOpt = None,
    ) -> None:
        """Show one incident (JSON: findings are masked)."""
        from shieldwall.store.incidents import IncidentNotFound, IncidentStore

        try:
            inc = IncidentStore(_database(_config(config), db, create=False)).get(incident_id)
        except IncidentNotFound as exc:
            render.error(str(exc))
            raise typer.Exit(EXIT_NOT_ALLOWED) from None
        render.json_doc(inc.to_dict())

    @inc_app.command("label")
    @guarded
    def incidents_label(
        incident_id: Annotated[str, typer.Argument(help="Incident id (or a unique prefix of 6+ hex digits).")],
        label: Annotated[str, typer.Argument(help="attack or benign (a false positive).")],
        by: Annotated[str | None, typer.Option(help="Who labels it (default: cli:<user name>).")] = None,
        note: Annotated[str | None, typer.Option(help="A short note kept with the label.")] = None,
        apply: Annotated[
            bool,
            typer.Option(
                "--apply",
                help="Also feed the adaptation loop: attack -> known-attack index, benign -> allow-exemplar "
                "(needs the incident's text; see shieldwall adapt label).",
            ),
        ] = False,
        config: ConfigOpt = None,
        db: DbOpt = None,
    ) -> None:
        """Label an incident attack|benign; the label and who/when go into the hash-chained audit log."""
        from shieldwall.store.audit import AuditLog
        from shieldwall.store.incidents import IncidentNotFound, IncidentStore, check_label

        check_label(label)
        database = _database(_config(config), db, create=False)
        try:
            inc = IncidentStore(database).label(
                incident_id, label, by=by or _actor(), note=note, audit=AuditLog(database), via="cli"
            )
        except IncidentNotFound as exc:
            render.error(str(exc))
            raise typer.Exit(EXIT_NOT_ALLOWED) from None
        render.incident_labelled(inc.to_dict())
        if apply:
            from shieldwall.adapt.feedback import apply_label

            added = apply_label(database, inc.id, label, by or _actor())
            state = "added" if added.created else "already present:"
            render.info(f"{state} {added.kind} {added.id} ({added.windows} window(s))")
