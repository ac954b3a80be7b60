"""What the cascade gate's run-time margin costs and buys: benign windows sent to the transformer, attacks lost.

    .venv/bin/python benchmarks/bench_gate_margin.py --data ../shared/data/prompt_attacks_dev.jsonl \
        [--margins 0.5,0.75,1.0] [--benign 600] [--attacks 300] [--model DIR] [--json]

For each margin (logits below the gate's trained thresholds that still pass):

- ``benign_windows_passed``: share of the windows of a seeded sample of benign texts that the gate sends to the
  transformer (the latency cost: each costs a transformer pass);
- ``attacks_lost``: sampled attacks that the full model (no gate) blocks (score >= 0.8) but the cascade does not;
- ``diluted_passed`` / ``diluted_flagged``: of 30 one-sentence instructions in the middle of a 1 KB business text
  (``bench_detector.py``'s ``1kb_attack`` texts), how many get a window past the gate, and how many score >= 0.5
  (the full model's count is given as ``diluted_flagged_full``).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_detector import INJECTION, text_of

from shieldwall.models.detector import Detector
from shieldwall.models.labelled import read_folder


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, required=True, help="labelled JSONL file or folder (text, label)")
    ap.add_argument("--margins", default="0.5,0.75,1.0")
    ap.add_argument("--benign", type=int, default=600)
    ap.add_argument("--attacks", type=int, default=300)
    ap.add_argument("--model", type=Path, default=None, help="detector folder (default: the shipped one)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    try:
        rows = read_folder(args.data)  # a JSONL file or a folder of them; DataError names the file and line
        margins = [float(m) for m in args.margins.split(",")]
    except (OSError, ValueError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    rng = random.Random(0)
    benign = [r.text for r in rows if r.label == 0]
    attacks = [r.text for r in rows if r.label == 1]
    rng.shuffle(benign)
    rng.shuffle(attacks)
    benign, attacks = benign[: args.benign], attacks[: args.attacks]
    texts = [text_of(1000, s) for s in range(30)]
    diluted = [t[: 500 - len(INJECTION) // 2] + INJECTION + t[500 + len(INJECTION) // 2 :] for t in texts]
    full = Detector(args.model, cascade=False)
    full_attacks = full.analyze(attacks)
    blocked = [a.attack >= 0.8 for a in full_attacks]
    full_diluted = sum(a.attack >= 0.5 for a in full.analyze(diluted))
    out: dict[str, object] = {"benign": len(benign), "attacks": len(attacks), "attacks_blocked_full": sum(blocked)}
    for m in margins:
        det = Detector(args.model, gate_margin=m)
        b = det.analyze(benign)
        a = det.analyze(attacks)
        d = det.analyze(diluted)
        windows = sum(x.windows for x in b)
        out[f"margin_{m:g}"] = {
            "benign_windows_passed": round(sum(x.encoded for x in b) / max(windows, 1), 4),
            "attacks_lost": sum(1 for x, bl in zip(a, blocked, strict=True) if bl and x.attack < 0.8),
            "diluted_passed": sum(1 for x in d if x.encoded),
            "diluted_flagged": sum(1 for x in d if x.attack >= 0.5),
            "diluted_flagged_full": full_diluted,
        }
    if args.json:
        print(json.dumps(out, indent=2))
    else:
        for k, v in out.items():
            print(f"{k}: {v}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
