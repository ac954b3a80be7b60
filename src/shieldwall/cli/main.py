"""``shieldwall``: scan text, list scanners, check policies.

Exit codes: 0 allowed; 1 not allowed (flag, redact or block); 2 usage, input or configuration error;
3 internal error. Batch mode: 2 if any line could not be scanned, else 1 if any line was not allowed.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from shieldwall.cli import (
    adapt_cmds,
    bench_cmds,
    gateway_cmds,
    incident_cmds,
    redteam_cmds,
    render,
    supply_cmds,
    train_cmds,
)
from shieldwall.cli._common import EXIT_ALLOWED, EXIT_NOT_ALLOWED, EXIT_USAGE, guarded

app = typer.Typer(
    name="shieldwall",
    help="Security for LLM applications: scan prompts, documents, tool output and model answers.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
policy_app = typer.Typer(help="Check and show policies.", no_args_is_help=True)
app.add_typer(policy_app, name="policy")
gateway_cmds.register(app)  # serve, keys, audit
incident_cmds.register(app)  # incidents list|show|label
supply_cmds.register(app)  # scan-model
bench_cmds.register(app)  # bench detect
train_cmds.register(app)  # train detector, train loso
redteam_cmds.register(app)  # redteam run, mutators, suites, report
adapt_cmds.register(app)  # adapt index|allow|label|import-redteam|calibrate|retrain|gate|promote|rollback|versions|demo


@app.command()
@guarded
def scan(
    text: Annotated[str | None, typer.Argument(help="Text to scan; '-' reads stdin.")] = None,
    file: Annotated[Path | None, typer.Option("--file", "-f", help="Scan the contents of a file.")] = None,
    jsonl: Annotated[
        Path | None, typer.Option("--jsonl", help="Batch: scan each JSON line of a file ('-' for stdin).")
    ] = None,
    role: Annotated[
        str, typer.Option(help="Role of the text: user, system, assistant, tool, tool_call, document, memory.")
    ] = "user",
    direction: Annotated[str, typer.Option(help="input (to the model) or output (from the model).")] = "input",
    policy: Annotated[str, typer.Option(help="Built-in policy name (default, strict) or a policy file.")] = "default",
    fmt: Annotated[str, typer.Option("--format", help="table or json (batch mode writes JSON lines).")] = "table",
    text_field: Annotated[str, typer.Option(help="Batch: the JSON field holding the text.")] = "text",
    workers: Annotated[int, typer.Option(help="Batch: worker processes (default: one per core).")] = 0,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Batch: write JSON lines here.")] = None,
) -> None:
    """Scan a text, a file, stdin or a JSON-lines batch and print the verdict."""
    from shieldwall.core.errors import InputError
    from shieldwall.core.types import Direction, Role

    try:
        role_v = Role(role)
        dir_v = Direction(direction)
    except ValueError as exc:
        raise InputError(str(exc)) from None
    if fmt not in ("table", "json"):
        raise InputError(f"--format must be table or json, not {fmt!r}")
    sources = [s for s in (text, file, jsonl) if s is not None]
    if len(sources) != 1:
        raise InputError("give exactly one of TEXT, '-', --file or --jsonl")
    if jsonl is not None:
        raise typer.Exit(_scan_batch(jsonl, role_v, dir_v, policy, text_field, workers, output))
    raise typer.Exit(_scan_one(text, file, role_v, dir_v, policy, fmt))


def _scan_one(text: str | None, file: Path | None, role: Any, direction: Any, policy: str, fmt: str) -> int:
    from shieldwall._api import get_pipeline
    from shieldwall.core.errors import InputError
    from shieldwall.core.limits import decode_utf8
    from shieldwall.core.types import Segment

    pipeline = get_pipeline(policy)
    max_bytes = pipeline.limits.max_chars * 4
    if file is not None:
        if file.is_dir():
            raise InputError(f"{file} is a directory")
        with file.open("rb") as fh:
            data = fh.read(max_bytes + 1)
        body = decode_utf8(data, what=str(file), max_bytes=max_bytes)
    elif text == "-":
        body = decode_utf8(sys.stdin.buffer.read(max_bytes + 1), what="stdin", max_bytes=max_bytes)
    else:
        assert text is not None
        body = text
    if not body.strip():
        raise InputError("input is empty")
    verdict = pipeline.scan(Segment(body, role), direction=direction)
    if fmt == "json":
        render.verdict_json(verdict)
    else:
        render.verdict_table(verdict)
    return EXIT_ALLOWED if verdict.allowed else EXIT_NOT_ALLOWED


def _scan_batch(
    path: Path, role: Any, direction: Any, policy: str, text_field: str, workers: int, output: Path | None
) -> int:
    from shieldwall._api import get_pipeline
    from shieldwall.cli.batch import BatchConfig, default_workers, run_batch

    get_pipeline(policy)  # validate the policy once, before any worker starts
    cfg = BatchConfig(policy=policy, role=role, direction=direction, text_field=text_field)
    n = workers if workers > 0 else default_workers()
    out = output.open("w", encoding="utf-8") if output is not None else sys.stdout
    try:
        if str(path) == "-":
            counts = run_batch(sys.stdin.buffer, out, cfg, workers=n, total_bytes=None, progress=sys.stderr.isatty())
        else:
            if path.is_dir():
                from shieldwall.core.errors import InputError

                raise InputError(f"{path} is a directory")
            with path.open("rb") as fh:
                size = path.stat().st_size
                counts = run_batch(fh, out, cfg, workers=n, total_bytes=size, progress=sys.stderr.isatty())
    finally:
        if output is not None:
            out.close()
    if counts.get("error"):
        return EXIT_USAGE
    not_allowed = sum(v for k, v in counts.items() if k in ("flag", "redact", "block"))
    return EXIT_NOT_ALLOWED if not_allowed else EXIT_ALLOWED


@app.command("scanners")
@guarded
def scanners(as_json: Annotated[bool, typer.Option("--json", help="JSON output.")] = False) -> None:
    """List the available scanners with their one-line descriptions (imports none of them)."""
    from shieldwall.scanners import registry

    rows = [{"name": e.name, "description": e.description, "origin": e.origin} for e in registry.entries()]
    render.scanners_table(rows, as_json=as_json)


@policy_app.command("check")
@guarded
def policy_check(path: Annotated[Path, typer.Argument(help="Policy YAML file.")]) -> None:
    """Validate a policy file and build its pipeline (every scanner's options are checked)."""
    from shieldwall.policy import build_pipeline, load_policy

    pol = load_policy(path)
    pipe = build_pipeline(pol)
    render.policy_ok(pol.id, len(pipe.slots), str(path))


@policy_app.command("show")
@guarded
def policy_show(name: Annotated[str, typer.Argument(help="Built-in policy name.")] = "default") -> None:
    """Print a built-in policy's YAML (a starting point for your own)."""
    from importlib import resources

    from shieldwall.policy import BUILTIN_POLICIES

    if name not in BUILTIN_POLICIES:
        from shieldwall.core.errors import ConfigError

        raise ConfigError(f"unknown built-in policy {name!r} (built-ins: {', '.join(BUILTIN_POLICIES)})")
    render.text(resources.files("shieldwall.policy").joinpath("defaults", f"{name}.yaml").read_text("utf-8"))


@app.command()
def version() -> None:
    """Print the version."""
    from shieldwall import __version__

    render.text(__version__)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
