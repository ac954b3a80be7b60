"""The detector's cheap first tier: which windows are clearly benign, without running the transformer.

Every window is described by the mean and the maximum of its tokens' (multilingual) input embeddings,
read from the same 4-bit table the encoder uses — a bag of sub-words, about 1 % of a window's
transformer cost — and scored by a small MLP with two outputs: attack and harmful request. A window
goes on to the transformer when either score reaches its threshold; the thresholds are chosen at
training time so that the windows the full model would flag keep reaching it (see
``training/gate.py``). A window the gate stops gets a low attack score (below the detector's
finding threshold), never zero, so a text's score stays graded.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from shieldwall.models.artifacts import ModelError
from shieldwall.models.mlp import MLP

GATE_FILE = "gate.npz"
SKIPPED_MAX = 0.3  # the highest probability a window stopped by the gate can get
DEFAULT_MARGIN = 0.5  # logits below the trained thresholds that still pass (see docs/detector.md, "The gate")


def static_features(embed: np.ndarray, lengths: Sequence[int]) -> np.ndarray:
    """``[len(lengths), 2 * hidden]``: mean and max of consecutive runs of token embeddings.

    ``embed`` holds the content tokens of every window one after another (``sum(lengths)`` rows); an
    empty window gets zeros."""
    n = len(lengths)
    hidden = embed.shape[1] if embed.ndim == 2 else 0
    out = np.zeros((n, 2 * hidden), np.float32)
    lens = np.asarray(lengths, np.int64)
    nonempty = lens > 0
    if not nonempty.any():
        return out
    starts = np.concatenate([[0], np.cumsum(lens)[:-1]])[nonempty]
    sums = np.add.reduceat(embed, starts, axis=0)
    out[nonempty, :hidden] = sums / lens[nonempty, None]
    out[nonempty, hidden:] = np.maximum.reduceat(embed, starts, axis=0)
    return out


class Gate:
    """The first-tier MLP (``gate.npz``: ``w*``/``b*`` layers, ``threshold`` [2] logits, ``calib`` [2, 2])."""

    def __init__(self, arrays: Mapping[str, np.ndarray]) -> None:
        self.mlp = MLP(arrays)
        if self.mlp.outputs < 3:
            raise ModelError(f"{GATE_FILE}: the gate must have the head's outputs (attack, jailbreak, harmful)")
        try:
            self.threshold = arrays["threshold"].astype(np.float32).reshape(2)
            self.calib = arrays["calib"].astype(np.float32).reshape(2, 2)
        except (KeyError, ValueError) as exc:
            raise ModelError(f"{GATE_FILE}: missing or malformed threshold/calib ({exc})") from None

    def logits(self, x: np.ndarray) -> np.ndarray:
        """``[n, 2]``: attack and harmful logits of each window's features."""
        out: np.ndarray = self.mlp.forward(x)[:, [0, 2]]
        return out

    def decide(self, x: np.ndarray, margin: float = 0.0) -> tuple[np.ndarray, np.ndarray]:
        """``(passes [n] bool, skipped_probs [n, 2])``: which windows go on, and the low scores of the rest.

        ``margin`` (logits) lowers both thresholds: more windows reach the transformer."""
        z = self.logits(x)
        passes: np.ndarray = np.asarray((z >= self.threshold - margin).any(axis=1))
        p = 1.0 / (1.0 + np.exp(-np.clip(z * self.calib[:, 0] + self.calib[:, 1], -40.0, 40.0)))
        return passes, np.minimum(p, SKIPPED_MAX).astype(np.float32)
