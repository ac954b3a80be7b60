"""Evaluate the ``injection`` scanner's heuristics on a labelled JSONL file.

Each line is a JSON object with ``text``, ``label`` (1 attack / 0 benign), ``category`` and ``lang``
(or ``language``). Prints recall per attack category and per language, the false-positive rate on
benign and hard-negative rows, at two operating points: "flag" (any finding, score >= min_score) and
"block" (score >= 0.8, the default policy). Indirect-injection rows are scanned as a DOCUMENT segment,
everything else as a USER segment.

    .venv/bin/python benchmarks/eval_injection_heuristics.py --data ../shared/data/prompt_attacks_dev.jsonl

No text from the data set is printed unless ``--show-errors N`` is given (for local debugging only).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

from shieldwall.core.scanner import ScanContext
from shieldwall.core.types import Role, Segment
from shieldwall.scanners.injection import InjectionScanner

BLOCK = 0.8


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", required=True, type=Path, help="labelled JSONL file")
    ap.add_argument("--show-errors", type=int, default=0, help="print N misses and N false positives")
    ap.add_argument("--as-user", action="store_true", help="scan every row as a USER segment")
    args = ap.parse_args(argv)

    scanner = InjectionScanner()
    rows = [json.loads(line) for line in args.data.read_text(encoding="utf-8").split("\n") if line.strip()]
    stats: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])  # n, flagged, blocked
    misses: list[tuple[str, str]] = []
    fps: list[tuple[str, str, str]] = []
    elapsed = 0.0
    total_chars = 0
    for row in rows:
        text = row["text"]
        label = int(row["label"])
        cat = row.get("category") or ("attack" if label else "benign")
        lang = row.get("lang") or row.get("language") or "?"
        role = Role.DOCUMENT if cat == "indirect_injection" and not args.as_user else Role.USER
        seg = Segment(text, role)
        t0 = time.perf_counter()
        findings = scanner.scan(seg, ScanContext())
        elapsed += time.perf_counter() - t0
        total_chars += len(text)
        score = max((f.score for f in findings), default=0.0)
        flagged = int(bool(findings))
        blocked = int(score >= BLOCK)
        for key in ((f"cat:{cat}", str(label)), (f"lang:{lang}", str(label))):
            s = stats[key]
            s[0] += 1
            s[1] += flagged
            s[2] += blocked
        if label and not flagged:
            misses.append((cat, text))
        if not label and flagged:
            fps.append((cat, ",".join(f.rule for f in findings), text))

    def table(prefix: str, label: str, title: str) -> None:
        print(f"\n{title}")
        print(f"  {'group':<28}{'n':>6}{'flag':>9}{'block':>9}")
        for (k, lab), (n, fl, bl) in sorted(stats.items()):
            if k.startswith(prefix) and lab == label:
                print(f"  {k[len(prefix) :]:<28}{n:>6}{fl / n:>9.1%}{bl / n:>9.1%}")

    table("cat:", "1", "Recall by attack category (flag = any finding, block = score >= 0.8)")
    table("cat:", "0", "False-positive rate by benign category")
    table("lang:", "1", "Recall by language (attacks)")
    table("lang:", "0", "False-positive rate by language (benign + hard negatives)")

    attacks = [v for (k, lab), v in stats.items() if k.startswith("cat:") and lab == "1"]
    benign = [v for (k, lab), v in stats.items() if k.startswith("cat:") and lab == "0"]
    for name, group in (("ALL attacks (recall)", attacks), ("ALL benign (FPR)", benign)):
        n = sum(v[0] for v in group)
        if n:
            print(f"\n{name}: n={n} flag={sum(v[1] for v in group) / n:.1%} block={sum(v[2] for v in group) / n:.1%}")
    if total_chars:
        print(f"\nscan time: {elapsed * 1e6 / max(1, total_chars / 1024):.1f} us per KB over {len(rows)} rows")

    if args.show_errors:
        print("\n--- misses ---")
        for cat, text in misses[: args.show_errors]:
            print(f"[{cat}] {text[:160]!r}")
        print("\n--- false positives ---")
        for cat, rules, text in fps[: args.show_errors]:
            print(f"[{cat}] {rules} {text[:160]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
