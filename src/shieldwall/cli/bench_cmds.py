"""``shieldwall bench detect``: Shieldwall's detection rate, false positives and speed next to competitors.

Exit codes: 0 done; 2 bad input, unknown competitor or a competitor that cannot run here; 3 internal error.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from shieldwall.cli import render
from shieldwall.cli._common import EXIT_ALLOWED, guarded


def register(app: typer.Typer) -> None:
    """Add the ``bench`` commands to the CLI."""
    bench_app = typer.Typer(help="Benchmarks: detection quality and speed against labelled data.", no_args_is_help=True)
    app.add_typer(bench_app, name="bench")

    @bench_app.command("detect")
    @guarded
    def detect(
        data: Annotated[
            Path, typer.Option("--data", help="Labelled JSON lines: text, label (0/1), [category, lang, source].")
        ],
        compare: Annotated[str, typer.Option(help="Competitors, comma-separated: jailguard, prismguard.")] = "",
        as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
        policy: Annotated[
            str, typer.Option(help="Built-in policy name (default, strict) or a policy file.")
        ] = "default",
        role: Annotated[str, typer.Option(help="Role of every text: user, document or tool.")] = "user",
        limit: Annotated[int, typer.Option(help="Use only the first N records (0: all).")] = 0,
        sample: Annotated[int, typer.Option(help="Use a seeded random sample of N records (0: all).")] = 0,
        seed: Annotated[int, typer.Option(help="Seed for --sample, the latency sample and --augment.")] = 0,
        augment: Annotated[bool, typer.Option("--augment", help="Also score obfuscated copies of every text.")] = False,
        latency_sample: Annotated[int, typer.Option(help="Texts timed one at a time for p50/p99.")] = 200,
        batch_size: Annotated[int, typer.Option(help="Texts per predict call in the throughput pass.")] = 32,
        out: Annotated[
            Path | None, typer.Option("--out", "-o", help="Also write the JSON report to this file.")
        ] = None,
    ) -> None:
        """Score Shieldwall (and competitors) on a labelled JSONL file: TPR, FPR, balanced accuracy, latency.

        A text counts as flagged by Shieldwall when the policy gives a prompt-injection or jailbreak finding an
        action other than allow, the same decision as `shieldwall scan --jsonl` with that policy.
        """
        from shieldwall.bench.adapters import make_adapters
        from shieldwall.bench.datasets import load_jsonl
        from shieldwall.bench.datasets import sample as take_sample
        from shieldwall.bench.detect import run_detect
        from shieldwall.core.errors import InputError

        for opt, value in (("--limit", limit), ("--sample", sample), ("--latency-sample", latency_sample)):
            if value < 0:
                raise InputError(f"{opt} must be >= 0, not {value}")
        if batch_size < 1:
            raise InputError(f"--batch-size must be >= 1, not {batch_size}")
        competitors = [c.strip() for c in compare.split(",") if c.strip()]
        adapters = make_adapters(competitors, policy=policy, role=role)
        examples = load_jsonl(data, limit=limit or None)
        if sample:
            examples = take_sample(examples, sample, seed=seed)
        report = run_detect(
            examples,
            adapters,
            augment=augment,
            latency_sample=latency_sample,
            batch_size=batch_size,
            seed=seed,
            settings={"data": str(data), "policy": policy, "role": role, "limit": limit, "sample": sample},
            progress=render.info if sys.stderr.isatty() else None,
        ).to_dict()
        if out is not None:
            out.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        if as_json:
            render.bench_detect_json(report)
        else:
            render.bench_detect_table(report)
        raise typer.Exit(EXIT_ALLOWED)
