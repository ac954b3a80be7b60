"""``shieldwall adapt retrain``: a candidate detector from the base training data plus the labelled feedback.

Feedback, all of it admin-confirmed or judged by the red team:

- the known-attack index (attacks: admin labels, red-team imports, manual adds) and the allow-exemplars (benign:
  admin labels), read as the window embeddings the store already holds;
- labelled incidents whose text is known and is not in those tables yet (``attack`` / ``benign``);
- red-team incidents (successful attacks, judged by the run's deterministic judges) that nobody labelled benign.

Base data: a seeded, per-category sample (``replay`` texts) of the data folder's **training split** (the
guard split is kept for the promotion gate), embedded with the active detector's encoder once and cached
(``~/.cache/shieldwall/adapt``, keyed by the encoder's files and the texts). The candidate's head is the active
head fine-tuned on both (``adapt.finetune``); encoder, tokenizer and gate stay the parent's.
"""

from __future__ import annotations

import hashlib
import json
import random
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import select

from shieldwall.adapt.embed import embed_text, from_bytes, text_hash
from shieldwall.adapt.feedback import incidents_table, row_text
from shieldwall.adapt.finetune import FinetuneConfig, TrainSet, balanced_weights, finetune_head, preserve_fpr
from shieldwall.adapt.guard import data_records, in_guard_split
from shieldwall.adapt.versions import Registry
from shieldwall.core.errors import InputError
from shieldwall.models.detector import Detector
from shieldwall.models.labelled import Record
from shieldwall.store.db import Database
from shieldwall.store.exemplars import ExemplarStore, Kind

Log = Callable[[str], None]
REPLAY_MAX_WINDOWS = 8  # as ``shieldwall train detector`` embeds its data


@dataclass
class Feedback:
    vectors: list[np.ndarray] = field(default_factory=list)  # per text: [windows, dim]
    labels: list[int] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)

    def add(self, v: np.ndarray, label: int, what: str) -> None:
        self.vectors.append(np.asarray(v, np.float32))
        self.labels.append(label)
        self.counts[what] += 1


def collect_feedback(db: Database, det: Detector, *, log: Log | None = None) -> Feedback:
    fb = Feedback()
    seen: set[str] = set()
    kinds: tuple[tuple[Kind, int], ...] = (("attack", 1), ("allow", 0))
    for kind, label in kinds:
        for ex in ExemplarStore(db, kind).list(limit=10_000_000):
            if ex.model_version != det.encoder_version:
                fb.counts[f"skipped_other_encoder_{kind}"] += 1
                continue
            fb.add(from_bytes(ex.embedding, ex.windows, ex.dim), label, "known_attacks" if label else "allow_exemplars")
            seen.add(ex.text_hash)
    table = incidents_table(db)
    with db.engine.connect() as conn:  # one query: the row's text comes with it
        rows = conn.execute(select(table)).all()
    for row in rows:
        g = row._mapping
        label, source = g["label"], g.get("source")
        if label == "attack" or (label is None and source == "redteam"):
            y = 1
        elif label == "benign":
            y = 0
        else:
            continue
        text = row_text(g)
        if text is None:
            fb.counts["incidents_without_text"] += 1
            continue
        h = text_hash(text)
        if h in seen:
            continue
        seen.add(h)
        fb.add(embed_text(text[:20_000], det).vectors, y, "incidents_attack" if y else "incidents_benign")
    if log is not None:
        log(f"feedback: {dict(sorted(fb.counts.items()))}")
    return fb


def replay_records(records: Sequence[Record], n: int, *, seed: int = 0) -> list[Record]:
    """Up to ``n`` training-split records, the same share per category, seeded."""
    by_cat: dict[str, list[Record]] = defaultdict(list)
    for r in records:
        if not in_guard_split(r.text):
            by_cat[r.category].append(r)
    if not by_cat:
        return []
    rng = random.Random(seed)
    per = max(1, n // len(by_cat))
    out: list[Record] = []
    for cat in sorted(by_cat):
        rs = list(by_cat[cat])
        rng.shuffle(rs)
        out.extend(rs[:per])
    return out


def _cache_root() -> Path | None:
    from shieldwall.scanners._engine import cache_dir

    base = cache_dir()
    return None if base is None else base / "adapt"


def embed_replay(det: Detector, records: Sequence[Record], *, log: Log | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Window embeddings ``[windows, d]`` and their owner index; cached on disk by encoder and texts."""
    h = hashlib.sha256()
    for name in sorted(det.manifest.files):
        if name != "head.npz":
            h.update(f"{name}={det.manifest.files[name]}\n".encode())
    for r in records:
        h.update(hashlib.sha256(r.text.encode("utf-8", "surrogatepass")).digest())
    key = h.hexdigest()[:32]
    root = _cache_root()
    path = root / f"replay-{key}.npz" if root is not None else None
    if path is not None and path.is_file():
        try:
            with np.load(path) as z:
                return z["x"], z["owner"]
        except (OSError, ValueError, KeyError):
            pass  # a damaged cache file: embed again
    ids_all: list[list[int]] = []
    owner: list[int] = []
    ids, spans = det.encoder.windows([r.text for r in records])
    per: Counter[int] = Counter()
    for w_ids, w in zip(ids, spans, strict=True):
        if per[w.text_index] < REPLAY_MAX_WINDOWS:
            per[w.text_index] += 1
            ids_all.append(w_ids)
            owner.append(w.text_index)
    t0 = time.monotonic()
    xs = []
    step = 256
    for s in range(0, len(ids_all), step):
        xs.append(det.encoder.encode_ids(ids_all[s : s + step]))
        if log is not None:
            done = min(s + step, len(ids_all))
            log(f"  embedded {done}/{len(ids_all)} replay windows ({time.monotonic() - t0:.0f} s)")
    x = np.concatenate(xs).astype(np.float32) if xs else np.zeros((0, det.encoder.dim), np.float32)
    own = np.asarray(owner, np.int64)
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp.npz")
            np.savez(tmp, x=x, owner=own)
            tmp.replace(path)
        except OSError:
            pass  # the cache is an optimisation
    return x, own


@dataclass(frozen=True)
class RetrainResult:
    version: str
    path: str
    parent: str
    summary: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def retrain(
    db: Database,
    registry: Registry,
    *,
    data: Path,
    by: str,
    replay: int = 4000,
    cfg: FinetuneConfig | None = None,
    threads: int = 2,
    log: Log | None = None,
) -> RetrainResult:
    cfg = cfg or FinetuneConfig()
    if not 100 <= replay <= 200_000:
        raise InputError(f"--replay must be between 100 and 200,000 texts, got {replay}")
    t0 = time.monotonic()
    active = registry.active()
    parent = Detector(registry.verify(active.version), threads=threads, cascade=False, verify=False)  # just verified
    fb = collect_feedback(db, parent, log=log)
    if not fb.labels:
        raise InputError(
            "no feedback to learn from: label incidents (shieldwall incidents label ID attack|benign --apply), "
            "import a red-team run (shieldwall adapt import-redteam DIR) or add known attacks first"
        )
    records = replay_records(data_records(data), replay)
    if len(records) < 50:
        raise InputError(f"{data}: too few training-split texts to replay ({len(records)}; need 50)")
    if log is not None:
        cats = Counter(r.category for r in records)
        log(f"replay: {len(records)} texts from {data} ({', '.join(f'{k} {v}' for k, v in sorted(cats.items()))})")
    rx, rown = embed_replay(parent, records, log=log)
    n_rep = len(records)
    xs = [rx]
    owners = [rown]
    for k, v in enumerate(fb.vectors):
        xs.append(v)
        owners.append(np.full(len(v), n_rep + k, np.int64))
    y = np.array([r.label for r in records] + fb.labels, np.int64)
    is_fb = np.zeros(len(y), bool)
    is_fb[n_rep:] = True
    ts = TrainSet(
        np.concatenate(xs),
        np.concatenate(owners),
        y,
        balanced_weights(y, is_fb, cfg.feedback_weight, cfg.feedback_share),
        is_fb,
    )
    with np.load(parent.folder / "head.npz") as z:
        parent_arrays = {k: z[k] for k in z.files}
    child, fit_stats = finetune_head(parent_arrays, ts, cfg)
    benign_replay = (~is_fb) & (y == 0)
    cal = preserve_fpr(parent_arrays, child, ts.x, ts.owner, benign_replay)
    summary = {
        "data": str(data),
        "replay_texts": n_rep,
        "replay_categories": dict(sorted(Counter(r.category for r in records).items())),
        "feedback": dict(sorted(fb.counts.items())),
        "feedback_attacks": int(sum(fb.labels)),
        "feedback_benign": int(len(fb.labels) - sum(fb.labels)),
        "finetune": asdict(cfg),
        "training": {k: round(v, 6) for k, v in fit_stats.items()},
        "calibration": {k: round(v, 6) for k, v in cal.items()},
        "seconds": round(time.monotonic() - t0, 1),
    }
    row = registry.write_candidate(parent, active.version, child, by=by, summary=summary)
    if log is not None:
        log(f"candidate {row.version} written to {row.path}")
        log(json.dumps(summary["training"]))
    return RetrainResult(row.version, row.path, active.version, summary)
