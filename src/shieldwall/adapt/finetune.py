"""Fine-tune the detector's head on window embeddings, in numpy (no torch): the adaptation loop's retraining.

The head is the MLP of ``head.npz`` (``w0, b0, w1, b1`` and a calibration): ``relu(unit(x) @ w0 + b0) @ w1 + b1``
with three logits (attack, jailbreak share, harmful). Retraining starts from the current head (warm start) and
trains the **attack logit** with the same multiple-instance loss as ``shieldwall train detector`` (a text's logit
is the maximum over its windows) on a replay sample of the base training data plus the labelled feedback, with:

- an L2-SP penalty towards the parent's weights (``anchor``), so a handful of labels moves the model only as far
  as the replay data lets it — a few poisoned labels cannot rewrite it, and the other two logits stay as they were;
- class-balanced weights on the replay sample, and ``feedback_weight`` times a replay text's weight per feedback
  text, all feedback together capped at ``feedback_share`` of the replay's weight, so that the feedback counts
  without drowning the base data;
- AdamW, seeded minibatches: the same inputs give the same head; at least ``min_steps`` updates whatever the
  data's size (a 100-text replay is one minibatch per epoch: ten epochs would be ten steps, too few to learn
  the feedback at all).

The calibration of the parent is kept, then lowered if needed so that the candidate's false-positive rate on the
replay sample's benign texts at the block score (0.8) is not above the parent's (``preserve_fpr``).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

BLOCK_SCORE = 0.8


@dataclass(frozen=True)
class FinetuneConfig:
    epochs: int = 10
    batch: int = 128
    lr: float = 2e-3
    weight_decay: float = 0.0
    anchor: float = 0.0005  # L2-SP strength towards the parent's weights
    feedback_weight: float = 80.0  # one feedback text weighs this many average replay texts …
    feedback_share: float = 0.25  # … but all feedback together at most this share of the replay's weight
    min_steps: int = 300  # more epochs when the data is small, so that every retrain makes this many updates
    seed: int = 0

    def __post_init__(self) -> None:
        if not 1 <= self.epochs <= 200:
            raise ValueError(f"epochs must be in 1..200, got {self.epochs}")
        if not 0 <= self.min_steps <= 100_000:
            raise ValueError(f"min_steps must be in 0..100000, got {self.min_steps}")
        if not 1 <= self.batch <= 65536:
            raise ValueError(f"batch must be in 1..65536, got {self.batch}")
        if not 0.0 < self.lr <= 0.1:
            raise ValueError(f"lr must be in (0, 0.1], got {self.lr}")
        if self.anchor < 0 or self.feedback_weight <= 0:
            raise ValueError("anchor must be >= 0 and feedback_weight > 0")
        if not 0.0 < self.feedback_share <= 1.0:
            raise ValueError(f"feedback_share must be in (0, 1], got {self.feedback_share}")


@dataclass(frozen=True)
class TrainSet:
    """Window embeddings ``x [windows, d]``; ``owner[k]`` is the text of window ``k``; per text: ``y`` (1 attack,
    0 benign), ``weight`` (already balanced), ``feedback`` (True for the labelled feedback)."""

    x: np.ndarray
    owner: np.ndarray
    y: np.ndarray
    weight: np.ndarray
    feedback: np.ndarray

    def __post_init__(self) -> None:
        n = len(self.y)
        if len(self.weight) != n or len(self.feedback) != n:
            raise ValueError("y, weight and feedback must have one entry per text")
        if len(self.owner) != len(self.x):
            raise ValueError("owner must have one entry per window")
        if len(self.owner) and (self.owner.min() < 0 or self.owner.max() >= n):
            raise ValueError("owner refers to a text that does not exist")
        if n and np.bincount(self.owner, minlength=n).min() == 0:
            raise ValueError("every text needs at least one window")


def balanced_weights(
    y: np.ndarray, feedback: np.ndarray, feedback_weight: float, feedback_share: float | None = None
) -> np.ndarray:
    """Replay texts: each class carries half the replay weight (mean 1.0); feedback texts: ``feedback_weight``
    each, but together at most ``feedback_share`` of the replay's total weight (so that a flood of labels —
    or a small replay set — cannot outweigh the base data)."""
    w = np.zeros(len(y), np.float64)
    replay = ~feedback
    n = int(replay.sum())
    for cls in (0, 1):
        m = replay & (y == cls)
        if m.any():
            w[m] = 0.5 * n / m.sum()
    n_fb = int(feedback.sum())
    if n_fb:
        cap = feedback_weight if feedback_share is None else feedback_share * max(n, 1) / n_fb
        w[feedback] = min(feedback_weight, cap)
    return w.astype(np.float32)


def _unit(x: np.ndarray) -> np.ndarray:
    out: np.ndarray = (x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-6)).astype(np.float32)
    return out


def _slots(owner: np.ndarray, n: int) -> np.ndarray:
    """``[n, k]`` window indices per text, padded with -1."""
    counts = np.bincount(owner, minlength=n)
    k = max(1, int(counts.max()) if n else 1)
    idx = np.full((n, k), -1, np.int64)
    order = np.argsort(owner, kind="stable")
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
    pos = np.arange(len(owner)) - np.repeat(starts, counts)
    idx[owner[order], pos] = order
    return idx


def attack_logits(arrays: Mapping[str, np.ndarray], x: np.ndarray, owner: np.ndarray, n: int) -> np.ndarray:
    """Per text, the uncalibrated attack logit (max over its windows)."""
    h = np.maximum(_unit(x) @ arrays["w0"] + arrays["b0"], 0.0)
    z = h @ arrays["w1"][:, 0] + arrays["b1"][0]
    out = np.full(n, -np.inf, np.float32)
    np.maximum.at(out, owner, z.astype(np.float32))
    return out


def _sigmoid(z: np.ndarray) -> np.ndarray:
    out: np.ndarray = 1.0 / (1.0 + np.exp(-np.clip(z, -40.0, 40.0)))
    return out


def finetune_head(
    parent: Mapping[str, np.ndarray], data: TrainSet, cfg: FinetuneConfig
) -> tuple[dict[str, np.ndarray], dict[str, float]]:
    """The fine-tuned head's arrays (same keys as ``parent``) and training figures."""
    n = len(data.y)
    if n == 0:
        raise ValueError("nothing to train on")
    names = ("w0", "b0", "w1", "b1")
    p0 = {k: np.asarray(parent[k], np.float32) for k in names}
    p = {k: v.copy() for k, v in p0.items()}
    m = {k: np.zeros_like(v) for k, v in p.items()}
    v2 = {k: np.zeros_like(v) for k, v in p.items()}
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    xn = _unit(data.x)
    slots = _slots(data.owner, n)
    y = data.y.astype(np.float32)
    w = data.weight.astype(np.float32)
    rng = np.random.default_rng(cfg.seed)
    step = 0
    losses: list[float] = []
    per_epoch = math.ceil(n / cfg.batch)
    epochs = max(cfg.epochs, math.ceil(cfg.min_steps / per_epoch))
    for _ in range(epochs):
        order = rng.permutation(n)
        epoch_loss = 0.0
        for s in range(0, n, cfg.batch):
            batch = order[s : s + cfg.batch]
            idx = slots[batch]
            valid = idx >= 0
            wins = idx[valid]
            h = np.maximum(xn[wins] @ p["w0"] + p["b0"], 0.0)
            z = np.full(idx.shape, -np.inf, np.float32)
            z[valid] = h @ p["w1"][:, 0] + p["b1"][0]
            best = z.argmax(axis=1)
            sel = idx[np.arange(len(batch)), best]  # the window that decides each text
            xs = xn[sel]
            pre = xs @ p["w0"] + p["b0"]
            hs = np.maximum(pre, 0.0)
            zt = hs @ p["w1"][:, 0] + p["b1"][0]
            yt, wt = y[batch], w[batch]
            prob = _sigmoid(zt)
            bce = np.logaddexp(0.0, zt) - yt * zt
            denom = float(len(batch))
            epoch_loss += float((wt * bce).sum())
            dz = (wt * (prob - yt) / denom).astype(np.float32)
            g = {k: np.zeros_like(v) for k, v in p.items()}
            g["w1"][:, 0] = hs.T @ dz
            g["b1"][0] = dz.sum()
            dh = np.outer(dz, p["w1"][:, 0]) * (pre > 0)
            g["w0"] = (xs.T @ dh).astype(np.float32)
            g["b0"] = dh.sum(axis=0).astype(np.float32)
            step += 1
            for k in names:
                gk = g[k] + cfg.anchor * (p[k] - p0[k])
                m[k] = (beta1 * m[k] + (1 - beta1) * gk).astype(np.float32)
                v2[k] = (beta2 * v2[k] + (1 - beta2) * gk * gk).astype(np.float32)
                mh = m[k] / (1 - beta1**step)
                vh = v2[k] / (1 - beta2**step)
                p[k] = (p[k] - cfg.lr * (mh / (np.sqrt(vh) + eps) + cfg.weight_decay * p[k])).astype(np.float32)
        losses.append(epoch_loss / max(float(w.sum()), 1e-9))
    out = {k: np.asarray(parent[k]).copy() for k in parent}
    out.update(p)
    drift = math.sqrt(sum(float(((p[k] - p0[k]) ** 2).sum()) for k in names))
    scale = math.sqrt(sum(float((p0[k] ** 2).sum()) for k in names))
    return out, {
        "epochs": float(epochs),
        "steps": float(step),
        "first_epoch_loss": losses[0],
        "last_epoch_loss": losses[-1],
        "relative_drift": drift / scale,
    }


def preserve_fpr(
    parent: Mapping[str, np.ndarray], child: dict[str, np.ndarray], x: np.ndarray, owner: np.ndarray, benign: np.ndarray
) -> dict[str, float]:
    """Lower the child's attack calibration offset, if needed, so that its false-positive rate at the block score
    on the benign texts (``benign``: mask over texts) is not above the parent's. Edits ``child["calib"]``."""
    n = len(benign)
    a, b = (float(v) for v in parent["calib"][0])
    zp = attack_logits(parent, x, owner, n)[benign]
    zc = attack_logits(child, x, owner, n)[benign]
    fpr_p = float((_sigmoid(a * zp + b) >= BLOCK_SCORE).mean()) if len(zp) else 0.0
    fpr_c = float((_sigmoid(a * zc + b) >= BLOCK_SCORE).mean()) if len(zc) else 0.0
    new_b = b
    if fpr_c > fpr_p and len(zc):
        allowed = math.floor(fpr_p * len(zc))
        srt = np.sort(zc)[::-1]
        t = float(srt[allowed]) + 1e-4  # the (allowed+1)-th highest benign logit must fall below the threshold
        new_b = min(b, math.log(BLOCK_SCORE / (1 - BLOCK_SCORE)) - a * t)
    calib = np.asarray(child["calib"], np.float32).copy()
    calib[0, 1] = new_b
    child["calib"] = calib
    fpr_after = float((_sigmoid(a * zc + new_b) >= BLOCK_SCORE).mean()) if len(zc) else 0.0
    return {"parent_fpr": fpr_p, "child_fpr_before": fpr_c, "child_fpr": fpr_after, "offset_shift": new_b - b}
