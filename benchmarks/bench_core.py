"""Core performance benchmark: latency of the default policy, a 100 KB document, import time, batch rate.

    .venv/bin/python benchmarks/bench_core.py [--policy fast] [--batch-lines 100000] [--json]

Texts are generated here (ordinary English prose); nothing is read from ../shared/data.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WORDS = [
    "the",
    "report",
    "shows",
    "revenue",
    "grew",
    "in",
    "the",
    "third",
    "quarter",
    "while",
    "costs",
    "stayed",
    "flat",
    "across",
    "most",
    "regions",
    "and",
    "our",
    "team",
    "plans",
    "to",
    "expand",
    "the",
    "pilot",
    "program",
    "next",
    "year",
    "pending",
    "approval",
    "from",
    "the",
    "board",
    "please",
    "review",
    "the",
    "attached",
    "summary",
    "and",
    "send",
    "comments",
    "by",
    "friday",
    "so",
    "we",
    "can",
    "finalize",
    "the",
    "plan",
    "customers",
    "asked",
    "for",
    "better",
    "onboarding",
    "clearer",
    "pricing",
    "and",
    "faster",
    "support",
    "response",
    "times",
    "which",
    "we",
    "will",
    "address",
]


def prose(rng: random.Random, n_chars: int) -> str:
    out: list[str] = []
    size = 0
    while size < n_chars:
        sentence = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 18))).capitalize() + ". "
        out.append(sentence)
        size += len(sentence)
    return "".join(out)[:n_chars]


def pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(q * len(s)))]


def bench_latency(policy: str, n: int) -> dict[str, float]:
    import shieldwall

    pipe = shieldwall.get_pipeline(policy)
    rng = random.Random(7)
    texts = [prose(rng, 1024) for _ in range(200)]
    for t in texts[:50]:
        pipe.scan(t)
    times = []
    for i in range(n):
        t0 = time.perf_counter()
        pipe.scan(texts[i % len(texts)])
        times.append((time.perf_counter() - t0) * 1000)
    doc = prose(rng, 100_000)
    doc_times = []
    for _ in range(30):
        t0 = time.perf_counter()
        pipe.scan(doc)
        doc_times.append((time.perf_counter() - t0) * 1000)
    return {
        "prompt_1kb_p50_ms": statistics.median(times),
        "prompt_1kb_p99_ms": pct(times, 0.99),
        "doc_100kb_p50_ms": statistics.median(doc_times),
        "doc_100kb_max_ms": max(doc_times),
    }


def bench_import(runs: int = 15) -> dict[str, float]:
    code = "import time; t=time.perf_counter(); import shieldwall; print((time.perf_counter()-t)*1000)"
    vals = [float(subprocess.check_output([sys.executable, "-c", code], text=True)) for _ in range(runs)]
    return {"import_ms_median": statistics.median(vals)}


def bench_batch(policy: str, lines: int, workers: int) -> dict[str, float]:
    rng = random.Random(11)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        with src.open("w", encoding="utf-8") as fh:
            for i in range(lines):
                fh.write(json.dumps({"id": i, "text": prose(rng, rng.randint(40, 200))}) + "\n")
        cmd = [
            sys.executable,
            "-m",
            "shieldwall",
            "scan",
            "--jsonl",
            str(src),
            "--policy",
            policy,
            "--workers",
            str(workers),
            "-o",
            os.devnull,
        ]
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True)
        elapsed = time.perf_counter() - t0
        if proc.returncode not in (0, 1):
            raise SystemExit(f"batch scan failed: {proc.stderr[-500:]}")
    return {
        "batch_lines": lines,
        "batch_workers": workers,
        "batch_seconds": elapsed,
        "batch_texts_per_s": lines / elapsed,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--policy", default="fast", help="fast = the heuristics pipeline (issue 2 figures)")
    ap.add_argument("--n", type=int, default=5000, help="latency samples")
    ap.add_argument("--batch-lines", type=int, default=100_000)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    res: dict[str, float] = {}
    res.update(bench_import())
    res.update(bench_latency(args.policy, args.n))
    if args.batch_lines:
        res.update(bench_batch(args.policy, args.batch_lines, args.workers))
    if args.json:
        print(json.dumps(res, indent=2))
        return
    for k, v in res.items():
        print(f"{k:24s} {v:12.3f}")


if __name__ == "__main__":
    main()
