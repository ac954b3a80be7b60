"""Known-attack index benchmark: lookup latency at 100,000 entries, benign FPR, catch rate on mutated attacks.

    .venv/bin/python benchmarks/bench_known_attacks.py [--entries 100000] [--data ../shared/data] [--json]

1. Latency (synthetic vectors; one thread): ``VectorIndex.lookup`` with ``--entries`` entries, for the exact
   numpy backend and hnswlib (what ``auto`` picks above 4,096 rows); queries of 1 and 2 rows (a one-window
   text and its de-obfuscated view). The synthetic rows are clustered like real text embeddings (a shared
   direction plus 512 topic centres plus noise), since uniformly random 384-d vectors are the worst case
   for any graph index and nothing like the encoder's output.
2. Benign FPR at the shipped threshold, on benign texts of the data folder *disjoint* from the calibration
   sample (same seeded shuffle, the rows after the first 1,200), with the calibration's 300 attacks indexed.
3. Catch rate: ``--confirmed`` attacks of the data folder (not among the indexed 300) are confirmed (added to
   the index), then every red-team mutator is applied to each and the mutated text is scanned by a
   pipeline of hygiene + encodings + known_attacks (decoded payloads are rescanned, as in the gateway).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np


def _percentiles(ts: list[float]) -> dict[str, float]:
    a = np.array(ts) * 1000.0
    return {"p50_ms": round(float(np.percentile(a, 50)), 3), "p99_ms": round(float(np.percentile(a, 99)), 3)}


def synthetic(n: int, dim: int, rng: np.random.Generator) -> np.ndarray:
    common = rng.standard_normal(dim).astype(np.float32)
    centres = rng.standard_normal((512, dim)).astype(np.float32)
    x = 2.0 * common + centres[rng.integers(0, 512, n)] + 0.8 * rng.standard_normal((n, dim)).astype(np.float32)
    out: np.ndarray = x / np.linalg.norm(x, axis=1, keepdims=True)
    return out


def bench_latency(n: int, queries: int, seed: int) -> dict[str, Any]:
    from shieldwall.adapt.index import VectorIndex

    rng = np.random.default_rng(seed)
    dim = 384
    data = synthetic(n, dim, rng)
    out: dict[str, Any] = {"entries": n, "dim": dim, "queries": queries}
    for backend in ("exact", "hnsw"):
        idx = VectorIndex(dim, backend=backend)
        t0 = time.perf_counter()
        for i in range(n):
            idx.add(str(i), data[i : i + 1])
        build = time.perf_counter() - t0
        res: dict[str, Any] = {"build_s": round(build, 1), "active": idx.active_backend}
        reps = queries if backend == "hnsw" else max(50, queries // 20)
        for q in (1, 2):
            ts, cpu, hits = [], [], 0
            for _ in range(reps):
                src = int(rng.integers(0, n))
                qv = data[src : src + 1] + 0.02 * rng.standard_normal((q, dim)).astype(np.float32)
                qv = qv / np.linalg.norm(qv, axis=1, keepdims=True)
                c, t = time.thread_time(), time.perf_counter()
                m = idx.lookup(qv)
                ts.append(time.perf_counter() - t)
                cpu.append(time.thread_time() - c)  # on-CPU time: wall minus time descheduled by other load
                hits += m is not None and m.entry_id == str(src)
            cpu_p = _percentiles(cpu)
            res[f"q{q}"] = {
                **_percentiles(ts),
                "cpu_p50_ms": cpu_p["p50_ms"],
                "cpu_p99_ms": cpu_p["p99_ms"],
                "recall_at_1": round(hits / reps, 4),
                "n": reps,
            }
        out[backend] = res
        del idx
    return out


def bench_quality(data_dir: Path, confirmed: int, benign: int, seed: int) -> dict[str, Any]:
    from shieldwall.adapt.calibrate import MAX_CHARS, read_labelled, wilson_upper
    from shieldwall.adapt.feedback import add_text
    from shieldwall.adapt.scanner import calibration
    from shieldwall.models.detector import get_detector
    from shieldwall.policy.load import build_pipeline, parse_policy
    from shieldwall.redteam.mutators import MUTATORS, mutate
    from shieldwall.store.db import Database

    det = get_detector()
    cal = calibration()
    attacks, ben = read_labelled(data_dir)
    rng = random.Random(int(cal.get("seed", 7)))
    rng.shuffle(attacks)
    rng.shuffle(ben)
    indexed, rest = attacks[:300], [a for a in attacks[300:] if 40 <= len(a) <= 600]
    held_benign = ben[1200 : 1200 + benign]
    conf = random.Random(seed).sample(rest, min(confirmed, len(rest)))
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/k.db"
        db = Database(url)
        for i, t in enumerate(indexed):
            add_text(db, "attack", t, source=f"bench:{i}", by="bench", det=det)
        policy = parse_policy(
            "id: ka\nversion: '1'\nlimits: {deadline_ms: 120000}\nscanners:\n  - name: hygiene\n  - name: encodings\n"
            f"  - name: known_attacks\n    options: {{database_url: '{url}', poll_seconds: 0.1}}\n"
            "actions:\n  known_attack: {action: block, threshold: 0.8}\n"
            "  obfuscation: {action: allow, threshold: 1.0}\n"
            "  prompt_injection: {action: allow, threshold: 1.0}\n  jailbreak: {action: allow, threshold: 1.0}\n"
        )
        pipe = build_pipeline(policy)
        known = "known_attack"

        def hit(text: str) -> bool:
            return any(f.category.value == known for f in pipe.scan(text[:MAX_CHARS]).findings)

        t0 = time.perf_counter()
        fp = sum(hit(t) for t in held_benign)
        fpr_s = time.perf_counter() - t0
        before = sum(hit(t) for t in conf)  # already close to one of the 300 indexed attacks
        for i, t in enumerate(conf):
            add_text(db, "attack", t, source=f"confirmed:{i}", by="bench", det=det)
        sc = next(s.scanner for s in pipe.slots if s.name == "known_attacks")
        end = time.monotonic() + 10
        while len(sc.live.attacks) < len(indexed) + len(conf) and time.monotonic() < end:  # type: ignore[attr-defined]
            time.sleep(0.05)
        per: dict[str, dict[str, Any]] = {}
        caught_all = total = 0
        for name in MUTATORS:
            c = 0
            for i, t in enumerate(conf):
                c += hit(mutate(t, [name], protect=[], seed=f"{seed}:{i}:{name}"))
            per[name] = {"caught": c, "n": len(conf), "rate": round(c / len(conf), 3)}
            caught_all += c
            total += len(conf)
        pipe.close()
        db.dispose()
    return {
        "threshold": cal["threshold"],
        "indexed_attacks": len(indexed),
        "benign_heldout": {
            "n": len(held_benign),
            "false_positives": fp,
            "fpr": round(fp / len(held_benign), 4),
            "wilson95_upper": round(wilson_upper(fp, len(held_benign)), 4),
            "ms_per_text": round(1000 * fpr_s / len(held_benign), 1),
        },
        "confirmed": len(conf),
        "confirmed_caught_before_adding": before,
        "mutated": {"caught": caught_all, "n": total, "rate": round(caught_all / total, 4), "per_mutator": per},
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--entries", type=int, default=100_000)
    ap.add_argument("--queries", type=int, default=2000)
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--confirmed", type=int, default=30)
    ap.add_argument("--benign", type=int, default=400)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--skip-quality", action="store_true")
    ap.add_argument("--skip-latency", action="store_true")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    report: dict[str, Any] = {}
    if not a.skip_latency:
        report["latency"] = bench_latency(a.entries, a.queries, a.seed)
    if not a.skip_quality:
        report["quality"] = bench_quality(a.data, a.confirmed, a.benign, a.seed)
    if a.json:
        print(json.dumps(report, indent=2))
    else:
        lat = report.get("latency", {})
        for b in ("exact", "hnsw") if lat else ():
            r = lat[b]
            print(
                f"{b:6} {lat['entries']:,} entries  build {r['build_s']} s  "
                f"1 row p50 {r['q1']['p50_ms']} ms p99 {r['q1']['p99_ms']} ms  "
                f"2 rows p50 {r['q2']['p50_ms']} ms p99 {r['q2']['p99_ms']} ms  recall@1 {r['q1']['recall_at_1']}  "
                f"on-CPU p99 {r['q1']['cpu_p99_ms']} / {r['q2']['cpu_p99_ms']} ms"
            )
        if "quality" in report:
            q = report["quality"]
            print(json.dumps(q, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
