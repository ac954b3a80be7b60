"""The detector on probe sets that other authors wrote for it, side by side with another checkout.

``benchmarks/data/written/set*.tsv`` (``LABEL<TAB>KIND<TAB>LANG<TAB>TEXT``, newlines as ``\\n``) were each written
by a separate helper agent from its own knowledge, without seeing the detector, its rules or the other sets (session
10): realistic documents with an instruction planted for the AI (indirect), role-play and fiction extraction,
jailbreaks and direct injections in 22 languages, against documents about AI and prompt injection, documents with
instructions for people, and chats that look risky on the surface. Each text is scanned by the ``default`` policy's
pipeline as a ``user`` turn (as ``shieldwall bench detect`` does) and as a ``document``; "flagged" means a
prompt-injection or jailbreak finding of the detector with score >= 0.8 (the policy's block threshold).

    python benchmarks/bench_written_sets.py [--sets 1,2,3,4,5,6] [--baseline /path/to/other/checkout/src] [--json]

``--baseline`` runs the same sets with another checkout's code (a subprocess with that ``src`` first on
``PYTHONPATH``), so that a change is measured against the code before it in one run.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "written"
ROLES = ("user", "document")
BLOCK = 0.8


def read_set(path: Path) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        parts = line.split("\t")
        if len(parts) != 4 or parts[0] not in ("0", "1"):
            raise SystemExit(f"{path}:{n}: expected LABEL<TAB>KIND<TAB>LANG<TAB>TEXT")
        rows.append({"label": int(parts[0]), "kind": parts[1], "lang": parts[2], "text": parts[3].replace("\\n", "\n")})
    return rows


def score_rows(rows: list[dict[str, Any]]) -> list[dict[str, float]]:
    from shieldwall.core.types import Category, Direction, Role, Segment
    from shieldwall.policy.load import build_pipeline, builtin_policy

    pipeline = build_pipeline(builtin_policy("default"))
    attacks = {Category.PROMPT_INJECTION, Category.JAILBREAK}
    out: list[dict[str, float]] = []
    for r in rows:
        scores: dict[str, float] = {}
        for role in ROLES:
            verdict = pipeline.scan(Segment(r["text"], Role(role)), direction=Direction.INPUT)
            found = [f.score for f in verdict.findings if f.scanner == "detector" and f.category in attacks]
            scores[role] = max(found, default=0.0)
        out.append(scores)
    return out


def summarise(rows: list[dict[str, Any]], scores: list[dict[str, float]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for role in ROLES:
        kinds: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for r, s in zip(rows, scores, strict=True):
            k = kinds[f"{r['label']}/{r['kind']}"]
            k[0] += 1
            k[1] += s[role] >= BLOCK

        def ba(pred: Any, _role: str = role) -> float | None:
            sel = [(r, s) for r, s in zip(rows, scores, strict=True) if pred(r)]
            att = [s[_role] >= BLOCK for r, s in sel if r["label"] == 1]
            ben = [s[_role] < BLOCK for r, s in sel if r["label"] == 0]
            if not att or not ben:
                return None
            return round(0.5 * (sum(att) / len(att) + sum(ben) / len(ben)), 4)

        result[role] = {
            "flagged_by_kind": {k: f"{v[1]}/{v[0]}" for k, v in sorted(kinds.items())},
            "balanced_accuracy": ba(lambda r: True),
            "balanced_accuracy_en": ba(lambda r: r["lang"] == "en"),
            "balanced_accuracy_other": ba(lambda r: r["lang"] != "en"),
        }
    return result


ORDINARY = ("chat", "document")  # the benign kinds that are not hard negatives


def operating_points(
    sets: dict[str, list[dict[str, Any]]], scores: dict[str, list[dict[str, float]]], thresholds: list[float]
) -> list[dict[str, Any]]:
    """Pooled figures per block threshold, as a user turn: the realistic mixes (the sets with chats) pooled — TPR,
    FPR on all their benign texts and on the ordinary ones (chats, documents), balanced accuracy — and the accuracy
    on every hard-negative text (every benign kind but chats and documents) of every set."""
    att: list[tuple[float, str]] = []
    benign: list[float] = []
    ordinary: list[float] = []
    hard: list[float] = []
    for n, rows in sets.items():
        mix = any(r["kind"] == "chat" for r in rows)
        for r, sc in zip(rows, scores[n], strict=True):
            x = sc["user"]
            if r["label"] == 0 and r["kind"] not in ORDINARY:
                hard.append(x)
            if not mix:
                continue
            if r["label"] == 1:
                att.append((x, r["lang"]))
            else:
                benign.append(x)
                if r["kind"] in ORDINARY:
                    ordinary.append(x)
    out: list[dict[str, Any]] = []
    for t in thresholds:

        def rate(xs: list[float], _t: float = t) -> float | None:
            return round(sum(x >= _t for x in xs) / len(xs), 4) if xs else None

        tpr = rate([x for x, _ in att])
        fpr = rate(benign)
        ba = round(0.5 * (tpr + 1 - fpr), 4) if tpr is not None and fpr is not None else None
        out.append(
            {
                "threshold": t,
                "mix_tpr": tpr,
                "mix_tpr_en": rate([x for x, lang in att if lang == "en"]),
                "mix_tpr_other": rate([x for x, lang in att if lang != "en"]),
                "mix_fpr": fpr,
                "mix_fpr_ordinary": rate(ordinary),
                "mix_balanced_accuracy": ba,
                "hard_negative_accuracy": round(1 - h, 4) if (h := rate(hard)) is not None else None,
                "counts": {"attacks": len(att), "mix_benign": len(benign), "hard_negatives": len(hard)},
            }
        )
    return out


def _ba(summary: dict[str, Any]) -> str:
    return (
        f"{summary['balanced_accuracy']} (en {summary['balanced_accuracy_en']}, "
        f"other {summary['balanced_accuracy_other']})"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default_sets = ",".join(sorted(q.stem.removeprefix("set") for q in DATA.glob("set*.tsv")))
    ap.add_argument("--sets", default=default_sets, help=f"which sets (default: all, {default_sets})")
    ap.add_argument("--baseline", type=Path, help="another checkout's src folder, measured in the same run")
    ap.add_argument("--json", action="store_true")
    ap.add_argument(
        "--thresholds",
        help="also report pooled figures at these block thresholds (e.g. 0.7,0.75,0.8,0.85): the mixes' TPR, FPR and"
        " balanced accuracy, and the accuracy on the hard negatives of all the sets",
    )
    ap.add_argument("--scores-only", action="store_true", help=argparse.SUPPRESS)  # the baseline subprocess
    args = ap.parse_args()
    names = [s.strip() for s in args.sets.split(",") if s.strip()]
    sets = {n: read_set(DATA / f"set{n}.tsv") for n in names}
    current = {n: score_rows(rows) for n, rows in sets.items()}
    if args.scores_only:
        json.dump(current, sys.stdout)
        return 0
    report: dict[str, Any] = {}
    base: dict[str, Any] | None = None
    if args.baseline is not None:
        env = dict(os.environ, PYTHONPATH=str(args.baseline.resolve()))
        cmd = [sys.executable, str(Path(__file__).resolve()), "--sets", args.sets, "--scores-only"]
        done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise SystemExit(f"the baseline run failed: {done.stderr.strip()[-2000:]}")
        base = json.loads(done.stdout)
    for n, rows in sets.items():
        report[f"set{n}"] = {"n": len(rows), "current": summarise(rows, current[n])}
        if base is not None:
            report[f"set{n}"]["baseline"] = summarise(rows, base[n])
    points: dict[str, Any] = {}
    if args.thresholds:
        try:
            ts = [float(x) for x in args.thresholds.split(",") if x.strip()]
        except ValueError:
            raise SystemExit(f"--thresholds: expected numbers like 0.7,0.8, got {args.thresholds!r}") from None
        points["current"] = operating_points(sets, current, ts)
        if base is not None:
            points["baseline"] = operating_points(sets, base, ts)
        report["operating_points"] = points
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    for name, rep in report.items():
        if name == "operating_points":
            continue
        print(f"## {name} ({rep['n']} texts)")
        for role in ROLES:
            cur = rep["current"][role]
            old = rep.get("baseline", {}).get(role)
            line = f"{role:9s} BA {_ba(cur)}"
            if old is not None:
                line += f"   baseline {_ba(old)}"
            print(line)
            olds = old["flagged_by_kind"] if old is not None else {}
            arrows = (f"{k}: {olds[k] + ' -> ' if k in olds else ''}{v}" for k, v in cur["flagged_by_kind"].items())
            print("          " + ", ".join(arrows))
    for side, rows in points.items():
        print(f"## operating points, {side} (user turn; mixes pooled, hard negatives of all sets)")
        for p in rows:
            print(
                f"block {p['threshold']:.2f}: mixes TPR {p['mix_tpr']} (en {p['mix_tpr_en']}, other"
                f" {p['mix_tpr_other']}), FPR {p['mix_fpr']} (chats and documents {p['mix_fpr_ordinary']}),"
                f" BA {p['mix_balanced_accuracy']};"
                f" hard-negative accuracy {p['hard_negative_accuracy']}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
