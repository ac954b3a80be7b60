"""Calibrate the ``known_attacks`` threshold on benign data so its false-positive rate is measured and bounded.

A reference set of confirmed attacks (label 1 rows of the data) is indexed; for every benign text (label 0
rows: ordinary prompts *and* the hard negatives that talk about attacks) its best similarity to any attack
is computed. The threshold is the smallest value that keeps the false-positive rate on a calibration split at
or below ``target_fpr``; the rate is then measured on a held-out split and reported with its 95% Wilson
upper bound. Deterministic (seeded sampling).
"""

from __future__ import annotations

import json
import math
import random
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np

from shieldwall.adapt.embed import embed_text, similarity_vectors
from shieldwall.adapt.index import VectorIndex
from shieldwall.core.errors import InputError
from shieldwall.models.detector import Detector, get_detector

MAX_CHARS = 2000  # calibration texts are cut here (keeps the encoder cost modest on a shared machine)


@dataclass(frozen=True, slots=True)
class Calibration:
    threshold: float
    target_fpr: float
    calib_benign: int
    heldout_benign: int
    heldout_fpr: float
    heldout_fpr_wilson95_upper: float
    attacks_indexed: int
    seed: int
    model_version: str
    source: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def wilson_upper(k: int, n: int, z: float = 1.96) -> float:
    if n == 0:
        return 1.0
    p = k / n
    d = 1 + z * z / n
    c = p + z * z / (2 * n)
    r = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return min(1.0, (c + r) / d)


def read_labelled(folder: Path) -> tuple[list[str], list[str]]:
    """``(attacks, benign)`` texts from every ``*.jsonl`` of ``folder`` (fields ``text`` and ``label`` 0/1)."""
    files = sorted(folder.glob("*.jsonl"))
    if not files:
        raise InputError(f"{folder}: no *.jsonl files")
    attacks: list[str] = []
    benign: list[str] = []
    for f in files:
        with f.open(encoding="utf-8") as fh:
            for line in fh:
                try:
                    r = json.loads(line)
                except ValueError:
                    continue
                t, lab = r.get("text"), r.get("label")
                if isinstance(t, str) and t.strip() and lab in (0, 1):
                    (attacks if lab == 1 else benign).append(t[:MAX_CHARS])
    return attacks, benign


def best_similarities(index: VectorIndex, texts: Sequence[str], det: Detector) -> np.ndarray:
    out = np.zeros(len(texts), np.float32)
    for i, t in enumerate(texts):
        m = index.lookup(similarity_vectors(embed_text(t, det).vectors, det.similarity_columns))
        out[i] = m.similarity if m is not None else -1.0
    return out


def calibrate(
    folder: Path,
    *,
    attacks: int = 300,
    benign: int = 1200,
    target_fpr: float = 0.01,
    seed: int = 7,
    det: Detector | None = None,
) -> Calibration:
    if not 0.0 < target_fpr < 0.5:
        raise InputError(f"target FPR must be in (0, 0.5), got {target_fpr}")
    det = det or get_detector()
    att, ben = read_labelled(folder)
    rng = random.Random(seed)
    rng.shuffle(att)
    rng.shuffle(ben)
    att, ben = att[:attacks], ben[:benign]
    if len(att) < 10 or len(ben) < 100:
        raise InputError(f"{folder}: need at least 10 attacks and 100 benign texts, found {len(att)} and {len(ben)}")
    lo, hi = det.similarity_columns
    index = VectorIndex(hi - lo, backend="exact")
    for i, t in enumerate(att):
        index.add(str(i), similarity_vectors(embed_text(t, det).vectors, (lo, hi)))
    half = len(ben) // 2
    cal = np.sort(best_similarities(index, ben[:half], det))
    allowed = math.floor(target_fpr * len(cal))  # benign texts allowed at or above the threshold
    thr = float(cal[len(cal) - allowed - 1]) + 1e-4 if allowed < len(cal) else float(cal[0])
    held = best_similarities(index, ben[half:], det)
    k = int((held >= thr).sum())
    return Calibration(
        threshold=round(thr, 4),
        target_fpr=target_fpr,
        calib_benign=len(cal),
        heldout_benign=len(held),
        heldout_fpr=round(k / len(held), 4),
        heldout_fpr_wilson95_upper=round(wilson_upper(k, len(held)), 4),
        attacks_indexed=len(att),
        seed=seed,
        model_version=det.encoder_version,
        source=f"shieldwall adapt calibrate --data {folder.name}",
    )
