"""Shieldwall's ``secrets`` scanner against detect-secrets on a generated corpus (same run, same texts).

    .venv/bin/python benchmarks/bench_secrets.py [--n 1000] [--seed 7] [--json]

The corpus (``benchmarks/secrets_corpus.py``) has ``n`` texts with one real-format key each and ``n``
look-alikes. A text counts as detected by Shieldwall when a finding scores >= 0.5 (the default redact
threshold) and by detect-secrets when it reports any secret (default plugins and filters). Speed is the
scanning time only: detect-secrets gets one file per text written beforehand and is timed on
``SecretsCollection.scan_file``; Shieldwall is timed on ``SecretScanner.scan`` with the scanner built.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from secrets_corpus import Sample, generate

from shieldwall.core.scanner import ScanContext
from shieldwall.core.types import Segment
from shieldwall.scanners.secrets import SecretScanner


def run_shieldwall(samples: Sequence[Sample]) -> tuple[list[bool], float]:
    scanner = SecretScanner()
    segs = [Segment(s.text) for s in samples]
    for seg in segs[:50]:  # warm-up (thread-local Hyperscan scratch, caches)
        scanner.scan(seg, ScanContext())
    t0 = time.perf_counter()
    results = [scanner.scan(seg, ScanContext()) for seg in segs]
    elapsed = time.perf_counter() - t0
    return [any(f.score >= 0.5 for f in r) for r in results], elapsed


def run_detect_secrets(samples: Sequence[Sample]) -> tuple[list[bool], float]:
    from detect_secrets import SecretsCollection
    from detect_secrets.settings import default_settings

    with tempfile.TemporaryDirectory() as d:
        paths = []
        for i, s in enumerate(samples):
            p = os.path.join(d, f"t{i:05d}.txt")
            with open(p, "w", encoding="utf-8") as f:
                f.write(s.text)
            paths.append(p)
        flags = []
        with default_settings():
            SecretsCollection().scan_file(paths[0])  # warm-up (plugin initialization)
            t0 = time.perf_counter()
            for p in paths:
                sc = SecretsCollection()
                sc.scan_file(p)
                flags.append(any(True for _ in sc))
            elapsed = time.perf_counter() - t0
    return flags, elapsed


def score(samples: Sequence[Sample], flags: Sequence[bool], elapsed: float, kb: float) -> dict[str, Any]:
    tp = sum(1 for s, f in zip(samples, flags, strict=True) if s.label and f)
    fp = sum(1 for s, f in zip(samples, flags, strict=True) if not s.label and f)
    pos = sum(1 for s in samples if s.label)
    missed = Counter(s.kind for s, f in zip(samples, flags, strict=True) if s.label and not f)
    false = Counter(s.kind for s, f in zip(samples, flags, strict=True) if not s.label and f)
    return {
        "recall": round(tp / pos, 4) if pos else 0.0,
        "precision": round(tp / (tp + fp), 4) if tp + fp else 0.0,
        "tp": tp,
        "fp": fp,
        "fn": pos - tp,
        "us_per_kb": round(elapsed / kb * 1e6, 2),
        "total_ms": round(elapsed * 1e3, 2),
        "missed_by_kind": dict(missed.most_common()),
        "false_positives_by_kind": dict(false.most_common()),
    }


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000, help="positives and negatives each (default 1000)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    args = ap.parse_args(argv)
    samples = generate(args.n, args.seed)
    kb = sum(len(s.text.encode("utf-8")) for s in samples) / 1024
    tools: dict[str, Callable[[Sequence[Sample]], tuple[list[bool], float]]] = {
        "shieldwall": run_shieldwall,
        "detect-secrets": run_detect_secrets,
    }
    report: dict[str, Any] = {"n_texts": len(samples), "kb": round(kb, 1), "seed": args.seed, "tools": {}}
    for name, fn in tools.items():
        try:
            flags, elapsed = fn(samples)
        except ImportError as e:  # detect-secrets is an optional benchmark dependency
            report["tools"][name] = {"error": f"{type(e).__name__}: {e}"}
            continue
        report["tools"][name] = score(samples, flags, elapsed, kb)
    sw, ds = report["tools"].get("shieldwall", {}), report["tools"].get("detect-secrets", {})
    if "us_per_kb" in sw and "us_per_kb" in ds and sw["us_per_kb"]:
        report["speedup_per_kb"] = round(ds["us_per_kb"] / sw["us_per_kb"], 1)
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    print(f"corpus: {report['n_texts']} texts, {report['kb']} KB, seed {args.seed}")
    print(f"{'tool':16s} {'recall':>7s} {'precision':>9s} {'TP':>5s} {'FP':>5s} {'FN':>5s} {'µs/KB':>9s}")
    for name, r in report["tools"].items():
        if "error" in r:
            print(f"{name:16s} {r['error']}")
            continue
        print(
            f"{name:16s} {r['recall']:7.3f} {r['precision']:9.3f} {r['tp']:5d} {r['fp']:5d} {r['fn']:5d}"
            f" {r['us_per_kb']:9.1f}"
        )
    if "speedup_per_kb" in report:
        print(f"speed ratio (detect-secrets / shieldwall, per KB): {report['speedup_per_kb']}x")
    for name, r in report["tools"].items():
        if r.get("missed_by_kind"):
            print(f"{name} missed: {r['missed_by_kind']}")
        if r.get("false_positives_by_kind"):
            print(f"{name} false positives: {r['false_positives_by_kind']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
