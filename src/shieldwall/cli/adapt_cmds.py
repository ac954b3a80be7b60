"""``shieldwall adapt``: the known-attack index, allow-exemplars, labels, red-team import, calibration.

Exit codes: 0 done; 2 usage or input error (empty text, unknown id, an incident without a stored text,
a folder that is not a red-team output, an unreachable database); 3 internal error.
"""

from __future__ import annotations

import getpass
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from shieldwall.cli import render
from shieldwall.cli._common import guarded

if TYPE_CHECKING:
    from shieldwall.store.db import Database

DbOpt = Annotated[
    str | None,
    typer.Option(
        "--db", help="Database URL (default: $SHIELDWALL_DATABASE_URL, else sqlite:///./.shieldwall/shieldwall.db)."
    ),
]
RedisOpt = Annotated[
    str | None,
    typer.Option("--redis", help="Redis URL to notify running gateways (default: $SHIELDWALL_REDIS_URL)."),
]
ByOpt = Annotated[str | None, typer.Option("--by", help="Who does it (recorded; default: the OS user).")]
JsonOpt = Annotated[bool, typer.Option("--json", help="JSON output.")]


def _db(url: str | None) -> Database:
    from shieldwall.store.db import Database

    return Database(url)


def _redis(url: str | None) -> str | None:
    return url or os.environ.get("SHIELDWALL_REDIS_URL") or None


def _by(by: str | None) -> str:
    if by is not None:
        return by
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


def _read_text(text: str | None, file: Path | None) -> str:
    import sys

    from shieldwall.core.errors import InputError
    from shieldwall.core.limits import decode_utf8

    if (text is None) == (file is None):
        raise InputError("give exactly one of TEXT, '-' or --file")
    if file is not None:
        if file.is_dir():
            raise InputError(f"{file} is a directory")
        data = file.read_bytes()[:200_001]
        if len(data) > 200_000:
            raise InputError(f"{file} is over 200,000 bytes")
        return decode_utf8(data, what=str(file))
    if text == "-":
        return decode_utf8(sys.stdin.buffer.read(200_001)[:200_000], what="stdin")
    assert text is not None
    return text


def _print_added(added: Any, as_json: bool) -> None:
    if as_json:
        render.write_line(json.dumps(added.to_dict()))
    elif added.created:
        render.write_line(f"added {added.kind} {added.id} ({added.windows} window(s))")
    else:
        render.write_line(f"already present: {added.kind} {added.id}")


def _list(kind: str, db: str | None, limit: int, include_removed: bool, as_json: bool) -> None:
    from shieldwall.store.exemplars import ExemplarStore

    rows = [e.to_dict() for e in ExemplarStore(_db(db), kind).list(limit=limit, include_removed=include_removed)]  # type: ignore[arg-type]
    if as_json:
        render.write_line(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(show_edge=False, pad_edge=False)
    for col in ("id", "source", "added_by", "added_at", "removed_at", "preview"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(*(str(r[c] or "-") for c in ("id", "source", "added_by", "added_at", "removed_at", "preview")))
    Console(highlight=False).print(table)


def _make_group(kind: str, what: str) -> typer.Typer:
    grp = typer.Typer(help=f"The {what}.", no_args_is_help=True)

    @grp.command("add")
    @guarded
    def add(
        text: Annotated[str | None, typer.Argument(help="The text; '-' reads stdin.")] = None,
        file: Annotated[Path | None, typer.Option("--file", "-f", help="Read the text from a file.")] = None,
        by: ByOpt = None,
        db: DbOpt = None,
        redis: RedisOpt = None,
        as_json: JsonOpt = False,
    ) -> None:
        """Embed a text and add it (manual source)."""
        from shieldwall.adapt.feedback import add_text

        body = _read_text(text, file)
        added = add_text(_db(db), kind, body, source="manual", by=_by(by), redis_url=_redis(redis))  # type: ignore[arg-type]
        _print_added(added, as_json)

    @grp.command("list")
    @guarded
    def list_(
        limit: Annotated[int, typer.Option(help="At most this many, newest first.")] = 100,
        include_removed: Annotated[bool, typer.Option("--all", help="Include removed entries.")] = False,
        db: DbOpt = None,
        as_json: JsonOpt = False,
    ) -> None:
        """List the entries (id, source, who, when, a short preview)."""
        _list(kind, db, limit, include_removed, as_json)

    @grp.command("remove")
    @guarded
    def remove(
        entry_id: Annotated[str, typer.Argument(help="The entry's id.")],
        by: ByOpt = None,
        db: DbOpt = None,
        redis: RedisOpt = None,
    ) -> None:
        """Remove an entry (running gateways drop it on their next reload)."""
        from shieldwall.adapt.feedback import remove_entry

        remove_entry(_db(db), kind, entry_id, by=_by(by), redis_url=_redis(redis))  # type: ignore[arg-type]
        render.write_line(f"removed {kind} {entry_id}")

    return grp


def register(app: typer.Typer) -> None:
    """Add ``shieldwall adapt …`` to the CLI."""
    from shieldwall.cli import adapt_model_cmds

    adapt = typer.Typer(
        help="The adaptation loop: known attacks, allow-exemplars, labels, retraining behind a promotion gate.",
        no_args_is_help=True,
    )
    app.add_typer(adapt, name="adapt")
    adapt_model_cmds.register(adapt)
    index = _make_group("attack", "known-attack index (confirmed attacks, blocked when an input is close)")
    adapt.add_typer(index, name="index")
    adapt.add_typer(_make_group("allow", "allow-exemplars (admin-confirmed false positives)"), name="allow")

    @index.command("stats")
    @guarded
    def stats(db: DbOpt = None, as_json: JsonOpt = False) -> None:
        """Entries, rows, backend and revision of both indexes as a running scanner would load them."""
        from shieldwall.adapt.live import LiveIndexes
        from shieldwall.adapt.scanner import calibration

        live = LiveIndexes(db, start=False)
        out = {**live.stats(), "calibration": calibration()}
        live.stop()
        if as_json:
            render.write_line(json.dumps(out, indent=2))
            return
        ka, al, cal = out["known_attacks"], out["allow_exemplars"], out["calibration"]
        render.write_line(f"database        {out['database']}")
        render.write_line(
            f"known attacks   {ka['entries']} entries, {ka['rows']} rows, {ka['backend']}, rev {ka['revision']}"
        )
        render.write_line(f"allow-exemplars {al['entries']} entries, {al['rows']} rows, rev {al['revision']}")
        render.write_line(
            f"threshold       {cal['threshold']} (held-out benign FPR {cal.get('heldout_fpr', '?')}, "
            f"95% upper {cal.get('heldout_fpr_wilson95_upper', '?')})"
        )

    @adapt.command("label")
    @guarded
    def label(
        incident_id: Annotated[str, typer.Argument(help="The incident's id.")],
        verdict: Annotated[str, typer.Argument(help="attack (-> known-attack index) or benign (-> allow-exemplar).")],
        by: ByOpt = None,
        db: DbOpt = None,
        redis: RedisOpt = None,
        as_json: JsonOpt = False,
    ) -> None:
        """Turn a labelled incident into a known attack or an allow-exemplar (needs the incident's text)."""
        from shieldwall.adapt.feedback import apply_label

        _print_added(apply_label(_db(db), incident_id, verdict, _by(by), redis_url=_redis(redis)), as_json)

    @adapt.command("import-redteam")
    @guarded
    def import_redteam(
        folder: Annotated[Path, typer.Argument(help="A 'shieldwall redteam run --out' folder.")],
        by: ByOpt = None,
        db: DbOpt = None,
        redis: RedisOpt = None,
        as_json: JsonOpt = False,
    ) -> None:
        """Add every successful attack of a red-team run to the known-attack index."""
        from shieldwall.adapt import feedback

        added = feedback.import_redteam(_db(db), folder, by=_by(by), redis_url=_redis(redis))
        new = sum(a.created for a in added)
        if as_json:
            render.write_line(json.dumps({"successes": len(added), "added": new, "ids": [a.id for a in added]}))
        else:
            render.write_line(f"{len(added)} successful attacks, {new} added, {len(added) - new} already present")

    @adapt.command("calibrate")
    @guarded
    def calibrate(
        data: Annotated[Path, typer.Option("--data", help="A folder of *.jsonl with text and label 0/1.")],
        out: Annotated[Path | None, typer.Option("--out", help="Write the calibration JSON here.")] = None,
        attacks: Annotated[int, typer.Option(help="Attacks to index.")] = 300,
        benign: Annotated[int, typer.Option(help="Benign texts (half calibrate, half held out).")] = 1200,
        target_fpr: Annotated[float, typer.Option(help="False-positive rate to stay under.")] = 0.01,
    ) -> None:
        """Calibrate the known_attacks threshold on benign data (measured FPR on a held-out half)."""
        from shieldwall.adapt.calibrate import calibrate as run

        res = run(data, attacks=attacks, benign=benign, target_fpr=target_fpr).to_dict()
        text = json.dumps(res, indent=2) + "\n"
        if out is not None:
            out.write_text(text, encoding="utf-8")
        render.write_line(text.rstrip())
