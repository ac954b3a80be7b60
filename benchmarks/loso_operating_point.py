"""Out-of-source operating points: what each score threshold would give on texts from sources the model never saw.

    shieldwall train loso --data ../shared/data --model DIR --cache DIR --scores loso_scores.jsonl
    .venv/bin/python benchmarks/loso_operating_point.py --scores loso_scores.jsonl [--column detector] [--json]

``train loso --scores`` keeps every held-out text's score (each scored by a head trained without its source). For
each threshold this prints, over all held-out texts pooled: attack recall (TPR), false-positive rate on benign
texts, hard-negative accuracy, balanced accuracy (the PINT score), the same for English and for every other
language pooled, and the leave-one-source-out mean as ``train loso`` computes it (per source: balanced accuracy,
or the accuracy on its one class). The shipped policy blocks at 0.8; this measures what another cut would cost
and buy on unseen sources, which in-sample or out-of-fold figures cannot show.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

COLUMNS = ("detector", "model", "heuristics", "without_known")  # without_known: the detector without the exemplar tier
DEFAULT_THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


@dataclass(frozen=True, slots=True)
class Row:
    source: str
    category: str
    lang: str
    label: int
    score: float


@dataclass(frozen=True, slots=True)
class Point:
    threshold: float
    tpr: float | None
    fpr: float | None
    hard_negative_accuracy: float | None
    balanced_accuracy: float | None
    balanced_accuracy_en: float | None
    balanced_accuracy_other: float | None
    loso_mean: float


class ScoresError(ValueError):
    """A scores file that cannot be read."""


def read_scores(path: Path, column: str) -> list[Row]:
    if column not in COLUMNS:
        raise ScoresError(f"--column must be one of {', '.join(COLUMNS)}, not {column!r}")
    rows: list[Row] = []
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ScoresError(f"{path}: cannot read: {exc}") from None
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            rows.append(Row(str(d["source"]), str(d["category"]), str(d["lang"]), int(d["label"]), float(d[column])))
        except (ValueError, KeyError, TypeError) as exc:
            raise ScoresError(f"{path}:{n}: not a `train loso --scores` line ({type(exc).__name__}: {exc})") from None
    if not rows:
        raise ScoresError(f"{path}: no scores")
    return rows


def _rate(hits: Iterable[bool]) -> float | None:
    xs = list(hits)
    return sum(xs) / len(xs) if xs else None


def _balanced(rows: Sequence[Row], t: float) -> float | None:
    tpr = _rate(r.score >= t for r in rows if r.label == 1)
    tnr = _rate(r.score < t for r in rows if r.label == 0)
    if tpr is None or tnr is None:
        return None
    return (tpr + tnr) / 2


def point(rows: Sequence[Row], t: float) -> Point:
    by_source: dict[str, list[Row]] = defaultdict(list)
    for r in rows:
        by_source[r.source].append(r)
    per_source = []
    for rs in by_source.values():
        parts = [
            v
            for v in (_rate(r.score >= t for r in rs if r.label == 1), _rate(r.score < t for r in rs if r.label == 0))
            if v is not None
        ]
        per_source.append(sum(parts) / len(parts))
    fpr = _rate(r.score >= t for r in rows if r.label == 0)
    return Point(
        threshold=t,
        tpr=_rate(r.score >= t for r in rows if r.label == 1),
        fpr=fpr,
        hard_negative_accuracy=_rate(r.score < t for r in rows if r.category == "hard_negative"),
        balanced_accuracy=_balanced(rows, t),
        balanced_accuracy_en=_balanced([r for r in rows if r.lang == "en"], t),
        balanced_accuracy_other=_balanced([r for r in rows if r.lang != "en"], t),
        loso_mean=sum(per_source) / len(per_source),
    )


def _fmt(v: float | None) -> str:
    return "–" if v is None else f"{v:.3f}"


def table(points: Sequence[Point]) -> str:
    head = "| threshold | TPR | FPR | hard negatives | balanced acc. | en | other languages | LOSO mean |"
    lines = [head, "|" + "---|" * 8]
    for p in points:
        cells = (p.tpr, p.fpr, p.hard_negative_accuracy, p.balanced_accuracy, p.balanced_accuracy_en,
                 p.balanced_accuracy_other, p.loso_mean)  # fmt: skip
        lines.append(f"| {p.threshold:.2f} | " + " | ".join(_fmt(c) for c in cells) + " |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--scores", type=Path, required=True, help="the JSON lines written by `train loso --scores`")
    ap.add_argument("--column", default="detector", help=f"which score: {', '.join(COLUMNS)} (default detector)")
    ap.add_argument("--thresholds", default=",".join(str(t) for t in DEFAULT_THRESHOLDS))
    ap.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = ap.parse_args(argv)
    try:
        thresholds = [float(x) for x in args.thresholds.split(",") if x.strip()]
        if not thresholds or any(not 0.0 <= t <= 1.0 for t in thresholds):
            raise ScoresError(f"--thresholds: numbers in [0, 1], got {args.thresholds!r}")
        rows = read_scores(args.scores, args.column)
    except ValueError as exc:  # ScoresError, or a threshold that is not a number
        print(f"error: {exc}", file=sys.stderr)
        return 2
    points = [point(rows, t) for t in thresholds]
    if args.json:
        print(json.dumps({"column": args.column, "texts": len(rows), "points": [asdict(p) for p in points]}, indent=2))
    else:
        sources = len({r.source for r in rows})
        attacks = sum(r.label for r in rows)
        print(f"{len(rows)} held-out texts ({attacks} attacks) from {sources} sources; column {args.column}\n")
        print(table(points))
    return 0


if __name__ == "__main__":
    sys.exit(main())
