"""What ``shieldwall redteam`` shows (the red team's part of ``render``): a rich progress bar on stderr,
the mutator/suite tables and the run summary."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Mapping
from typing import Any

from shieldwall.cli.render import _stderr_console, text


class RunProgress:
    """One progress bar per mode, with live success/blocked/error counts (silent when stderr is no terminal)."""

    def __init__(self, *, enabled: bool) -> None:
        self._bar: Any = None
        if enabled and sys.stderr.isatty():
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self._bar = Progress(
                TextColumn("[bold]{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[stats]}"),
                TimeElapsedColumn(),
                console=_stderr_console(),
                transient=False,
            )
            self._bar.start()
        self._tasks: dict[str, Any] = {}
        self._counts: dict[str, dict[str, int]] = {}

    def start(self, mode: str, total: int) -> None:
        self._counts[mode] = {}
        if self._bar is not None:
            self._tasks[mode] = self._bar.add_task(mode, total=total, stats="")

    def advance(self, mode: str, outcome: str) -> None:
        c = self._counts.setdefault(mode, {})
        c[outcome] = c.get(outcome, 0) + 1
        if self._bar is not None and mode in self._tasks:
            stats = " ".join(f"{k} {v}" for k, v in sorted(c.items()))
            self._bar.update(self._tasks[mode], advance=1, stats=stats)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None


def mutators_table(rows: Iterable[Mapping[str, str]], *, as_json: bool) -> None:
    rows = list(rows)
    if as_json:
        text(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    width = max(len(r["name"]) for r in rows)
    for r in rows:
        text(f"{r['name']:<{width}}  {r['kind']:<11}  {r['description']}")


def suites_table(rows: Iterable[Mapping[str, Any]], *, as_json: bool) -> None:
    rows = list(rows)
    if as_json:
        text(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    for r in rows:
        text(f"{r['name']:<10} {r['attacks']:>4} attack instances, {r['benign']:>3} benign  {r['description']}")


def run_summary(report: Mapping[str, Any], out: str) -> None:
    con = _stderr_console()
    for mode in report.get("modes", []):
        s = report[mode]
        lo, hi = s["asr_ci95"]
        con.print(
            f"[bold]{mode}[/bold]: ASR {100 * s['asr']:.1f}% [95% CI {100 * lo:.1f}–{100 * hi:.1f}] "
            f"({s['successes']}/{s['attacks_judged']} attacks, {s['errors']} errors); benign false-block "
            f"{100 * s['benign_false_block_rate']:.1f}% ({s['benign_blocked']}/{s['benign']})",
            highlight=False,
            soft_wrap=True,
        )
        fams = ", ".join(f"{k} {100 * v:.0f}%" for k, v in s["asr_by_family"].items() if v)
        if fams:
            con.print(f"  succeeded: {fams}", highlight=False, soft_wrap=True)
    comp = report.get("comparison")
    if comp and comp.get("asr_relative_reduction") is not None:
        con.print(
            f"gateway: ASR reduced by {100 * comp['asr_relative_reduction']:.1f}% (relative)",
            highlight=False,
            soft_wrap=True,
        )
    con.print(f"reports: {out}/report.html, report.json, junit.xml, results.jsonl", highlight=False, soft_wrap=True)
