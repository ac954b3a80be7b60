"""False positives on everyday requests: detector folders side by side.

Each folder's ``detector`` scanner (model + heuristics, cascade on, as the default policy runs it) scans:
- the everyday probe (``shieldwall.models.probes.probe_texts``: customer-service and assistant
  requests written apart from the ``everyday`` training corpus, never trained on) as ``user`` segments, and
  its attack side (``probe_attacks``: extraction and override attacks in the same style, also never trained on);
- the instruction probe (``instruction_probe``: 30 bare RAG and agent instructions in 11 languages), ``user``;
- the conversation probe (``conversation_probe``: 40 short chat turns in 12 languages, never trained on), ``user``;
- the identifier probe (``identifier_probe``: 36 benign texts with order numbers, hashes, keys, code, or tiny chat
  turns), ``user``;
- the indirect probe (``shieldwall.models.training.indirect.probe``: 10 documents with an instruction to the
  assistant inside and 10 without, written apart from the ``indirect`` corpus, never trained on), ``document``;
- the red-team benign control (50 requests, ``redteam/suites/benign/control.yaml``), untrusted turns;
- the red-team ``plain`` suite's 108 attacks (recall, for the trade-off).
A text counts as flagged at a prompt_injection/jailbreak finding with score >= 0.8 (the default block).

    python benchmarks/bench_everyday.py [FOLDER ...] [--json]     # default: the shipped weights
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="*", type=Path)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--show", action="store_true", help="list the flagged probe texts")
    args = ap.parse_args()

    from shieldwall.adapt.guard import GuardItem, evaluate, suite_items
    from shieldwall.models.artifacts import shipped_dir
    from shieldwall.models.probes import (
        conversation_probe,
        identifier_probe,
        instruction_probe,
        probe_attacks,
        probe_texts,
    )
    from shieldwall.models.training.indirect import probe as indirect_probe

    folders = args.folders or [shipped_dir()]
    probe = probe_texts()
    items = [GuardItem((("user", t),), 0, f"probe:{lang}", "probe") for lang, t in probe]
    items += [GuardItem((("user", t),), 1, f"probe-attack:{lang}", "probe-attack") for lang, t in probe_attacks()]
    items += [GuardItem((("user", t),), 0, f"chat:{lang}", "chat") for lang, t in conversation_probe()]
    items += [GuardItem((("user", t),), 0, f"instruction:{lang}", "instruction") for lang, t in instruction_probe()]
    items += [GuardItem((("user", t),), 0, f"identifier:{lang}", "identifier") for lang, t in identifier_probe()]
    items += [GuardItem((("document", t),), lab, "indirect", "indirect") for lab, t in indirect_probe()]
    items += suite_items("plain")
    results = evaluate(folders, items)
    out: list[dict[str, Any]] = []
    for folder, res in zip(folders, results, strict=True):
        def rate(pred: Any, _res: Any = res) -> tuple[int, int]:
            sel = [i for i, it in enumerate(items) if pred(it)]
            return int(sum(_res.flagged[i] for i in sel)), len(sel)

        pk, pn = rate(lambda it: it.group == "probe")
        ek, en = rate(lambda it: it.category == "probe:en")
        ck, cn = rate(lambda it: it.category == "control")
        hk, hn = rate(lambda it: it.group == "chat")
        ik, inn = rate(lambda it: it.group == "instruction")
        nk, nn = rate(lambda it: it.group == "identifier")
        ak, an = rate(lambda it: it.group == "suite" and it.label == 1)
        xk, xn = rate(lambda it: it.group == "probe-attack")
        dk, dn = rate(lambda it: it.group == "indirect" and it.label == 1)
        bk, bn = rate(lambda it: it.group == "indirect" and it.label == 0)
        flagged = [it.segments[0][1] for i, it in enumerate(items) if it.group == "probe" and res.flagged[i]]
        row = {
            "folder": str(folder),
            "version": res.version,
            "probe_fpr": round(pk / pn, 4),
            "probe_flagged": f"{pk}/{pn}",
            "probe_en_fpr": round(ek / en, 4),
            "chat_fpr": round(hk / hn, 4),
            "chat_flagged": f"{hk}/{hn}",
            "instruction_fpr": round(ik / inn, 4),
            "instruction_flagged": f"{ik}/{inn}",
            "identifier_fpr": round(nk / nn, 4),
            "identifier_flagged": f"{nk}/{nn}",
            "control_fpr": round(ck / cn, 4),
            "control_flagged": f"{ck}/{cn}",
            "probe_attack_recall": round(xk / xn, 4),
            "probe_attacks_flagged": f"{xk}/{xn}",
            "indirect_recall": round(dk / dn, 4),
            "indirect_flagged": f"{dk}/{dn}",
            "indirect_fpr": round(bk / bn, 4),
            "indirect_benign_flagged": f"{bk}/{bn}",
            "suite_attack_recall": round(ak / an, 4),
            "suite_attacks_flagged": f"{ak}/{an}",
            "flagged_probe_texts": flagged,
        }
        out.append(row)
    if args.json:
        print(json.dumps(out, indent=2, ensure_ascii=False))
        return 0
    print(
        "| detector | everyday probe FPR | of which English | everyday-style attacks flagged | chat probe FPR "
        "| instruction probe FPR | identifier probe FPR | indirect probe: attacks flagged / benign flagged "
        "| benign control FPR | red-team attacks flagged |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in out:
        print(
            f"| {r['folder']} ({r['version']}) | {100 * r['probe_fpr']:.1f} % ({r['probe_flagged']}) "
            f"| {100 * r['probe_en_fpr']:.1f} % "
            f"| {100 * r['probe_attack_recall']:.1f} % ({r['probe_attacks_flagged']}) "
            f"| {100 * r['chat_fpr']:.1f} % ({r['chat_flagged']}) "
            f"| {100 * r['instruction_fpr']:.1f} % ({r['instruction_flagged']}) "
            f"| {100 * r['identifier_fpr']:.1f} % ({r['identifier_flagged']}) "
            f"| {r['indirect_flagged']} / {r['indirect_benign_flagged']} "
            f"| {100 * r['control_fpr']:.1f} % ({r['control_flagged']}) "
            f"| {100 * r['suite_attack_recall']:.1f} % ({r['suite_attacks_flagged']}) |"
        )
        if args.show:
            for t in r["flagged_probe_texts"]:
                print(f"    flagged: {t}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
