"""``shieldwall redteam run|mutators|suites|report``.

Exit codes: 0 done (and the ASR is at or below ``--fail-above``); 1 an ASR above ``--fail-above``;
2 usage, suite, target or output-folder error, or instances that ended in transport errors (``--resume``
redoes them); 3 internal error; 130 interrupted (results so far are kept; ``--resume`` continues).
"""

from __future__ import annotations

import asyncio
import contextlib
import fnmatch
import functools
import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any

import typer

from shieldwall.cli import render, render_redteam
from shieldwall.cli._common import EXIT_NOT_ALLOWED, EXIT_USAGE, guarded
from shieldwall.core.errors import ConfigError

DEMO_MODEL = "sim-assistant"


@dataclass
class RunOptions:
    target: str
    out: Path
    suite: str = "default"
    model: str | None = None
    api_key_env: str | None = "OPENAI_API_KEY"
    through_gateway: bool = False
    policy: str = "default"
    concurrency: int = 8
    gateway_concurrency: int = 4
    timeout_s: float = 30.0
    stream: bool = False
    resume: bool = False
    overwrite: bool = False
    db: str | None = None
    store: bool = True
    progress: bool = True
    modes: list[str] = field(default_factory=list)
    max_tokens: int = 512
    exclude: list[str] = field(default_factory=list)  # attack-id globs or family names to leave out
    seed: int | None = None  # replaces the suite's seed (other canaries, markers and mutation randomness)
    fresh_mutations: bool = False  # no plain instances; each attack gets other mutator chains than by default


def _display(target: str) -> str:
    """The target as shown in reports: a URL without user:password@ (never a credential in a report)."""
    from urllib.parse import urlsplit, urlunsplit

    if not target.startswith(("http://", "https://")):
        return target
    u = urlsplit(target)
    if u.username is None and u.password is None:
        return target
    host = u.hostname or ""
    netloc = f"***@{host}" + (f":{u.port}" if u.port else "")
    return urlunsplit((u.scheme, netloc, u.path, u.query, u.fragment))


def _kind(target: str) -> str:
    if target == "demo":
        return "demo"
    if target.startswith(("http://", "https://")):
        return "url"
    if ":" in target and not target.startswith("/"):
        return "callable"
    raise ConfigError(f"--target must be a URL (http[s]://…/v1), 'demo' or module:function (got {target[:80]!r})")


async def _first_model(url: str, key: str | None, timeout_s: float) -> str:
    import httpx

    headers = {"Authorization": f"Bearer {key}"} if key else {}
    try:
        async with httpx.AsyncClient(timeout=min(timeout_s, 10.0), trust_env=False) as c:
            r = await c.get(url.rstrip("/") + "/models", headers=headers)
            data = r.json()
            return str(data["data"][0]["id"])
    except (httpx.HTTPError, ValueError, KeyError, IndexError, TypeError):
        return "default"


async def _preflight(target: Any) -> None:
    reply = await target.send([{"role": "user", "content": "Hello! Are you there?"}], [])
    if reply.error is not None:
        raise ConfigError(f"target {target.name} is not usable: {reply.error}")


@contextlib.contextmanager
def _targets(opts: RunOptions) -> Iterator[dict[str, Any]]:
    """Start what the run needs (demo, callable server, gateway) and yield {mode: target}."""
    from shieldwall.gateway.launch import GatewayInFront, serve_callable, serve_demo
    from shieldwall.redteam.targets import CallableTarget, OpenAITarget, api_key_from_env

    kind = _kind(opts.target)
    key = api_key_from_env(opts.api_key_env) if kind == "url" else None
    with contextlib.ExitStack() as stack:
        targets: dict[str, Any] = {}
        upstream_url: str | None = None
        model = opts.model
        if kind == "demo":
            demo = stack.enter_context(serve_demo())
            upstream_url = demo.url + "/v1"
            model = model or DEMO_MODEL
            targets["direct"] = OpenAITarget(
                upstream_url,
                model=model,
                name="demo",
                timeout_s=opts.timeout_s,
                stream=opts.stream,
                max_tokens=opts.max_tokens,
            )
        elif kind == "url":
            upstream_url = opts.target
            model = model or asyncio.run(_first_model(opts.target, key, opts.timeout_s))
            targets["direct"] = OpenAITarget(
                opts.target,
                name=_display(opts.target),
                model=model,
                api_key=key,
                timeout_s=opts.timeout_s,
                stream=opts.stream,
                max_tokens=opts.max_tokens,
            )
        else:
            ct = CallableTarget.from_ref(opts.target, timeout_s=opts.timeout_s)
            targets["direct"] = ct
            model = model or "callable"
            if opts.through_gateway:
                upstream_url = stack.enter_context(serve_callable(ct.fn, model)).url + "/v1"
        if opts.through_gateway:
            assert upstream_url is not None
            opts.out.mkdir(parents=True, exist_ok=True)
            gw = stack.enter_context(
                GatewayInFront(
                    upstream_url,
                    db_path=(opts.out / "gateway.db").resolve(),
                    policy=opts.policy,
                    api_key_env=opts.api_key_env if kind == "url" else None,
                    timeout_s=opts.timeout_s,
                )
            )
            targets["gateway"] = OpenAITarget(
                gw.url,
                model=model,
                api_key=gw.key,
                name=f"gateway({targets['direct'].name})",
                timeout_s=opts.timeout_s * 2,
                stream=opts.stream,
                max_tokens=opts.max_tokens,
                document_role="document",
            )
        yield targets


def _advance(bar: render_redteam.RunProgress, mode: str, result: Any) -> None:
    bar.advance(mode, result.outcome.value)


def vary(suite: Any, *, seed: int | None, fresh_mutations: bool) -> Any:
    """The suite with another seed and/or fresh mutations: plain instances off and the mutator chains rotated
    by ``variants`` places, so that the round-robin gives every attack chains it did not get before."""
    import dataclasses

    if seed is not None:
        suite = dataclasses.replace(suite, seed=seed)
    if fresh_mutations:
        if not suite.chains:
            raise ConfigError(f"suite {suite.name} has no mutator chains: --fresh-mutations needs some")
        k = suite.variants % len(suite.chains) or 1
        suite = dataclasses.replace(suite, plain=False, chains=(*suite.chains[k:], *suite.chains[:k]))
    return suite


def execute(opts: RunOptions) -> dict[str, Any]:
    """Run the suite against the target (and through a gateway), write the reports; returns report.json's data."""
    from shieldwall.redteam.findings import store_findings
    from shieldwall.redteam.report import write_reports
    from shieldwall.redteam.runner import RunFiles, expand, latest, prepare_out, read_results, run_mode
    from shieldwall.redteam.suites import load_suite

    suite = vary(load_suite(opts.suite), seed=opts.seed, fresh_mutations=opts.fresh_mutations)
    instances = [
        i
        for i in expand(suite)
        if not any(i.attack.family == p or fnmatch.fnmatchcase(i.attack.id, p) for p in opts.exclude)
    ]
    if not instances:
        raise ConfigError("--exclude left no attack or benign request to run")
    kind = _kind(opts.target)
    meta = {
        "suite": suite.name,
        "suite_path": suite.path,
        "suite_digest": suite.digest,
        "seed": suite.seed,
        "fresh_mutations": opts.fresh_mutations,
        "target": "demo" if kind == "demo" else _display(opts.target),
        "through_gateway": opts.through_gateway,
        "policy": opts.policy if opts.through_gateway else None,
        "excluded": opts.exclude,
        "request_defaults": {
            "model": opts.model or "auto",
            "temperature": 0,
            "max_tokens": opts.max_tokens,
            "stream": opts.stream,
        },
        "instances": len(instances),
        "attack_instances": sum(not i.attack.benign for i in instances),
        "benign_instances": sum(i.attack.benign for i in instances),
        "families": sorted({i.attack.family for i in instances if not i.attack.benign}),
        "started": datetime.now(UTC).isoformat(timespec="seconds"),
        "run_id": uuid.uuid4().hex,
    }
    done = prepare_out(opts.out, meta, resume=opts.resume, overwrite=opts.overwrite)
    files = RunFiles(opts.out)
    bar = render_redteam.RunProgress(enabled=opts.progress)
    new: list[Any] = []

    async def run_all(targets: dict[str, Any]) -> None:
        try:
            for mode in opts.modes or list(targets):
                target = targets[mode]
                await _preflight(target)
                todo = sum(
                    1 for i in instances if (mode, i.key) not in done or done[(mode, i.key)].outcome.value == "error"
                )
                bar.start(mode, todo)
                new.extend(
                    await run_mode(
                        mode,
                        instances,
                        target,
                        files.results,
                        done=done,
                        concurrency=opts.gateway_concurrency if mode == "gateway" else opts.concurrency,
                        on_result=functools.partial(_advance, bar, mode),
                    )
                )
        finally:
            for t in targets.values():
                await t.aclose()

    try:
        with _targets(opts) as targets:
            asyncio.run(run_all(targets))
    finally:
        bar.close()
    keys = {i.key for i in instances}
    by_mode: dict[str, list[Any]] = {}
    for (mode, key), r in latest(read_results(files.results)).items():
        if key in keys:
            by_mode.setdefault(mode, []).append(r)
    order = {i.key: n for n, i in enumerate(instances)}
    for rs in by_mode.values():
        rs.sort(key=lambda r: order[r.key])
    meta["finished"] = datetime.now(UTC).isoformat(timespec="seconds")
    report = write_reports(opts.out, by_mode, meta)
    if opts.store:
        report["findings_stored"] = store_findings(new, opts.db, run_id=str(meta["run_id"]), target=str(meta["target"]))
    return report


def register(app: typer.Typer) -> None:
    """Add ``shieldwall redteam …``."""
    rt = typer.Typer(
        help="Attack an assistant (directly and through a Shieldwall gateway) and report success rates.",
        no_args_is_help=True,
    )
    app.add_typer(rt, name="redteam")

    @rt.command("run")
    @guarded
    def run(
        target: Annotated[str, typer.Option(help="An OpenAI-compatible base URL (…/v1), 'demo', or module:function.")],
        out: Annotated[Path, typer.Option(help="Output folder (results.jsonl, report.json/.html, junit.xml).")],
        suite: Annotated[str, typer.Option(help="Built-in suite name or a suite file.")] = "default",
        model: Annotated[
            str | None, typer.Option(help="Model name to request (default: the target's first model).")
        ] = None,
        api_key_env: Annotated[
            str, typer.Option(help="Environment variable holding the target's API key.")
        ] = "OPENAI_API_KEY",
        through_gateway: Annotated[
            bool, typer.Option("--through-gateway", help="Also run through a Shieldwall gateway on loopback.")
        ] = False,
        policy: Annotated[str, typer.Option(help="The gateway's policy (name or file).")] = "default",
        concurrency: Annotated[int, typer.Option(min=1, max=256, help="Parallel requests, direct.")] = 8,
        gateway_concurrency: Annotated[
            int, typer.Option(min=1, max=256, help="Parallel requests through the gateway.")
        ] = 4,
        timeout: Annotated[float, typer.Option(min=0.1, max=3600, help="Seconds per request (cut off after).")] = 30.0,
        stream: Annotated[bool, typer.Option("--stream", help="Request streamed answers (SSE).")] = False,
        resume: Annotated[bool, typer.Option("--resume", help="Continue an interrupted run in --out.")] = False,
        overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace earlier results in --out.")] = False,
        fail_above: Annotated[
            float | None, typer.Option(min=0.0, max=1.0, help="Exit 1 if an ASR (any mode) is above this rate.")
        ] = None,
        db: Annotated[
            str | None, typer.Option(help="Store for findings (default sqlite:///./.shieldwall/shieldwall.db).")
        ] = None,
        no_store: Annotated[
            bool, typer.Option("--no-store", help="Do not store successful attacks as findings.")
        ] = False,
        no_progress: Annotated[bool, typer.Option("--no-progress", help="No progress bar.")] = False,
        max_tokens: Annotated[int, typer.Option(min=1, max=32768, help="max_tokens per answer.")] = 512,
        exclude: Annotated[
            list[str] | None,
            typer.Option(help="Leave out a family or attack ids matching a glob (repeatable), e.g. tool_misuse."),
        ] = None,
        seed: Annotated[
            int | None, typer.Option(help="Replace the suite's seed (other canaries, markers, mutations).")
        ] = None,
        fresh_mutations: Annotated[
            bool,
            typer.Option(
                "--fresh-mutations", help="Only mutated variants, each attack through chains it did not get before."
            ),
        ] = False,
    ) -> None:
        """Run an attack suite against a target and write the reports."""
        if resume and overwrite:
            raise ConfigError("--resume and --overwrite exclude each other")
        opts = RunOptions(
            target=target,
            out=out,
            suite=suite,
            model=model,
            api_key_env=api_key_env,
            through_gateway=through_gateway,
            policy=policy,
            concurrency=concurrency,
            gateway_concurrency=gateway_concurrency,
            timeout_s=timeout,
            stream=stream,
            max_tokens=max_tokens,
            exclude=list(exclude or []),
            resume=resume,
            overwrite=overwrite,
            db=db,
            store=not no_store,
            progress=not no_progress,
            seed=seed,
            fresh_mutations=fresh_mutations,
        )
        try:
            report = execute(opts)
        except KeyboardInterrupt:
            render.error(f"interrupted: the results so far are in {out / 'results.jsonl'}; --resume continues")
            raise typer.Exit(130) from None
        render_redteam.run_summary(report, str(out))
        errors = sum(report[m]["errors"] for m in report["modes"])
        if errors:
            render.error(f"{errors} instance(s) ended in a transport error (see results.jsonl); --resume redoes them")
            raise typer.Exit(EXIT_USAGE)
        if fail_above is not None:
            over = [m for m in report["modes"] if report[m]["asr"] > fail_above]
            if over:
                render.error(
                    ", ".join(f"{m} ASR {report[m]['asr']:.3f}" for m in over) + f" above --fail-above {fail_above}"
                )
                raise typer.Exit(EXIT_NOT_ALLOWED)

    @rt.command("mutators")
    @guarded
    def mutators(as_json: Annotated[bool, typer.Option("--json", help="JSON output.")] = False) -> None:
        """List the mutators (composable payload rewrites)."""
        from shieldwall.redteam.mutators import MUTATORS

        render_redteam.mutators_table(
            [{"name": n, "kind": m.kind, "description": m.description()} for n, m in MUTATORS.items()], as_json=as_json
        )

    @rt.command("suites")
    @guarded
    def suites(as_json: Annotated[bool, typer.Option("--json", help="JSON output.")] = False) -> None:
        """List the built-in attack suites with their sizes."""
        from shieldwall.redteam.runner import expand
        from shieldwall.redteam.suites import builtin_suites, load_suite

        rows = []
        for name in builtin_suites():
            s = load_suite(name)
            inst = expand(s)
            rows.append(
                {
                    "name": name,
                    "attacks": sum(not i.attack.benign for i in inst),
                    "benign": sum(i.attack.benign for i in inst),
                    "families": s.families,
                    "description": s.description,
                }
            )
        render_redteam.suites_table(rows, as_json=as_json)

    @rt.command("report")
    @guarded
    def report_cmd(out: Annotated[Path, typer.Argument(help="A run's output folder.")]) -> None:
        """Rebuild report.json/.html and junit.xml from a folder's results.jsonl."""
        from shieldwall.redteam.report import write_reports
        from shieldwall.redteam.runner import RunFiles, latest, read_results

        files = RunFiles(out)
        if not files.results.exists():
            raise ConfigError(f"{files.results}: no results file")
        try:
            meta = json.loads(files.meta.read_text("utf-8")) if files.meta.exists() else {}
        except ValueError:
            raise ConfigError(f"{files.meta}: damaged run description (not JSON)") from None
        by_mode: dict[str, list[Any]] = {}
        for (mode, _), r in latest(read_results(files.results)).items():
            by_mode.setdefault(mode, []).append(r)
        render_redteam.run_summary(write_reports(out, by_mode, meta), str(out))
