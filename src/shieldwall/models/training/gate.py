"""Train and calibrate the detector's first tier (``gate.npz``; inference in ``models/gate.py``).

The gate is the head's MLP trained on the windows' sub-word embedding statistics instead of the
transformer's embedding (same multiple-instance loss, source weighting and language projection). Its
two thresholds are chosen on out-of-fold gate scores against the full model's out-of-fold window
probabilities: of the attacks (and harmful requests) that the full model flags, a share ``keep`` must
still have a flagged window that the gate lets through. Everything the gate stops is scored low.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from shieldwall.models.detector import Head
from shieldwall.models.gate import DEFAULT_MARGIN, SKIPPED_MAX, Gate, static_features
from shieldwall.models.training.data import HARMFUL, Record
from shieldwall.models.training.fit import Embedded, HeadConfig, train_head

FLAG_AT = 0.8  # the full model's probability that the default policy blocks at


@dataclass(frozen=True)
class GateConfig:
    keep_attacks: float = 0.995  # share of the full model's flagged attacks the gate must pass on
    keep_harmful: float = 0.99
    head: HeadConfig = field(default_factory=lambda: HeadConfig(hidden=128))


def gate_features(enc: Any, ids: Sequence[Sequence[int]], *, chunk: int = 4096) -> np.ndarray:
    """The gate's features of token windows (``Encoder.windows`` ids), computed as the detector does."""
    parts = []
    for s in range(0, len(ids), chunk):
        emb, lengths = enc.content_embeddings(ids[s : s + chunk])
        parts.append(static_features(emb, lengths))
    return np.concatenate(parts) if parts else np.zeros((0, 2 * enc.hidden), np.float32)


def _hot_max(gz: np.ndarray, hot: np.ndarray, owner: np.ndarray, n: int) -> np.ndarray:
    """Per text, the highest gate logit among its windows that the full model flags (-inf if none)."""
    out = np.full(n, -np.inf, np.float32)
    np.maximum.at(out, owner[hot], gz[hot])
    return out


def choose_threshold(
    gz: np.ndarray, teacher_p: np.ndarray, owner: np.ndarray, positive: np.ndarray, keep: float
) -> float:
    """The highest gate logit threshold that still passes at least one flagged window of a share
    ``keep`` of the ``positive`` texts the full model flags. -inf (pass everything) if there are none."""
    m = _hot_max(gz, teacher_p >= FLAG_AT, owner, len(positive))
    m = m[positive & np.isfinite(m)]
    if not len(m):
        return float("-inf")
    return float(np.quantile(m, 1.0 - keep, method="lower"))


def _targets(records: Sequence[Record]) -> tuple[np.ndarray, np.ndarray]:
    attack = np.array([r.label == 1 and r.category != HARMFUL for r in records])
    harmful = np.array([r.category == HARMFUL for r in records])
    return attack, harmful


def gate_arrays(arrays: dict[str, np.ndarray], t_attack: float, t_harmful: float) -> dict[str, np.ndarray]:
    """A trained gate head plus its thresholds and the calibration of the scores of stopped windows
    (the threshold maps to ``SKIPPED_MAX``)."""
    low = math.log(SKIPPED_MAX / (1.0 - SKIPPED_MAX))
    th = np.array([t_attack, t_harmful], np.float32)
    finite = np.where(np.isfinite(th), th, -1e4).astype(np.float32)
    out = dict(arrays)
    out["threshold"] = finite
    out["calib"] = np.array([[1.0, low - finite[0]], [1.0, low - finite[1]]], np.float32)
    return out


def fit_gate(
    data: Embedded, teacher_window_p: np.ndarray, cfg: GateConfig, *, folds: int = 5
) -> tuple[dict[str, np.ndarray], dict[str, Any]]:
    """Train the gate on ``data.gx``; thresholds from out-of-fold gate logits (same seeded folds as the
    head) against the full model's out-of-fold window probabilities ``teacher_window_p``."""
    g = data.gate_view()
    n = len(data.records)
    fold = np.random.default_rng(cfg.head.seed).integers(0, folds, n)
    oof = np.zeros((len(data.owner), 3), np.float32)
    for f in range(folds):
        tr = fold != f
        arrays = train_head(g.subset(tr), cfg.head)
        oof[~tr[data.owner]] = Head(arrays).logits(g.x[~tr[data.owner]])
    attack, harmful = _targets(data.records)
    t_a = choose_threshold(oof[:, 0], teacher_window_p[:, 0], data.owner, attack, cfg.keep_attacks)
    t_h = choose_threshold(oof[:, 2], teacher_window_p[:, 2], data.owner, harmful, cfg.keep_harmful)
    final = gate_arrays(train_head(g, cfg.head), t_a, t_h)
    passes = (oof[:, 0] >= t_a) | (oof[:, 2] >= t_h)
    benign_win = ~(attack | harmful)[data.owner]
    stats = {
        "threshold_attack": t_a,
        "threshold_harmful": t_h,
        "oof_windows_passed": float(passes.mean()),
        "oof_benign_windows_passed": float(passes[benign_win].mean()) if benign_win.any() else None,
        "oof_flagged_attacks_kept": _kept(oof[:, 0], t_a, teacher_window_p[:, 0], data.owner, attack),
        "oof_flagged_harmful_kept": _kept(oof[:, 2], t_h, teacher_window_p[:, 2], data.owner, harmful),
    }
    return final, stats


def _kept(gz: np.ndarray, t: float, tp: np.ndarray, owner: np.ndarray, positive: np.ndarray) -> float | None:
    m = _hot_max(gz, tp >= FLAG_AT, owner, len(positive))
    flagged = positive & np.isfinite(m)
    return float((m[flagged] >= t).mean()) if flagged.any() else None


def cascade_probs(
    gate: dict[str, np.ndarray], head: dict[str, np.ndarray], data: Embedded, *, margin: float = DEFAULT_MARGIN
) -> np.ndarray:
    """Calibrated window probabilities ``[windows, 3]`` as the detector computes them with the gate on."""
    if data.gx is None:
        raise ValueError("no gate features were computed for these windows")
    passes, low = Gate(gate).decide(data.gx, margin)
    out = np.zeros((len(data.owner), 3), np.float32)
    out[:, 0], out[:, 2] = low[:, 0], low[:, 1]
    if passes.any():
        out[passes] = Head(head).probs(data.x[passes])
    return out
