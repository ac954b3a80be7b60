"""Known attacks by their nearest neighbour: the training attacks' window embeddings, shipped with the detector.

Jailbreak templates and injection payloads travel from one collection to the next with small edits (another
question in the template's slot, a renamed persona). The head generalises over them but is deliberately smooth, so
a new copy of a known template can still score under the block threshold. A window that lies as close to a
training attack as almost no benign text does is scored as that attack.

``exemplars.npz`` holds the attack windows' unit embeddings (int8, one scale per row) and the cosine threshold that
``shieldwall train detector`` calibrated: every benign training text is compared with the attacks of the *other*
sources, and the threshold is the similarity that only ``target_fpr`` of them reach (docs/detector.md). Windows
shorter than ``min_tokens`` are left to the head: between short texts the encoder's similarity says little ("Print
the result as JSON." lies as close to a short extraction attack as two copies of one jailbreak template do).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import numpy as np

from shieldwall.models.artifacts import ModelError

EXEMPLARS_FILE = "exemplars.npz"
_CHUNK = 256  # query rows per product: bounds the [rows, exemplars] similarity block (256 x 20,000 floats: 20 MB)


def quantize_rows(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Unit rows of ``x`` as int8 with one float32 scale per row (``q * scale[:, None]`` approximates them)."""
    x = normalize(x)
    scale = np.abs(x).max(axis=1) / 127.0
    scale[scale == 0] = 1.0
    q = np.clip(np.rint(x / scale[:, None]), -127, 127).astype(np.int8)
    return q, scale.astype(np.float32)


def normalize(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x, np.float32)
    norm = np.linalg.norm(x, axis=1, keepdims=True)
    out: np.ndarray = x / np.maximum(norm, 1e-12)
    return out


class Exemplars:
    """The nearest-attack tier: ``scores(x)`` is ``score`` for a window within ``threshold`` of a known attack."""

    def __init__(self, arrays: Mapping[str, np.ndarray]) -> None:
        try:
            q, scale = np.asarray(arrays["vectors"]), np.asarray(arrays["scale"], np.float32)
            threshold, score = float(arrays["threshold"]), float(arrays["score"])
            min_tokens = int(arrays["min_tokens"])
            columns = tuple(int(c) for c in np.asarray(arrays["columns"]).ravel())
        except (KeyError, TypeError, ValueError) as exc:
            raise ModelError(f"{EXEMPLARS_FILE}: missing or malformed array ({exc})") from None
        if q.dtype != np.int8 or q.ndim != 2 or scale.shape != (len(q),) or len(columns) != 2:
            raise ModelError(f"{EXEMPLARS_FILE}: expected int8 vectors [n, d], a scale per row and two column bounds")
        if not (0 <= columns[0] < columns[1] and columns[1] - columns[0] == q.shape[1]):
            raise ModelError(f"{EXEMPLARS_FILE}: columns {columns} do not match vectors of size {q.shape[1]}")
        if not (-1.0 <= threshold <= 1.0 and 0.0 <= score <= 1.0 and min_tokens >= 0):
            raise ModelError(f"{EXEMPLARS_FILE}: threshold {threshold}, score {score} or min_tokens out of range")
        self.columns: tuple[int, int] = (columns[0], columns[1])
        self.threshold = threshold
        self.score = score
        self.min_tokens = min_tokens
        self._v = np.multiply(q, scale[:, None], dtype=np.float32)  # [n, d]; BLAS reads its transpose in place

    def __len__(self) -> int:
        return int(self._v.shape[0])

    def similarity(self, x: np.ndarray) -> np.ndarray:
        """Each window's cosine similarity to its nearest exemplar (``x``: the detector's window embeddings)."""
        q = normalize(np.asarray(x, np.float32)[:, self.columns[0] : self.columns[1]])
        out = np.full(len(q), -1.0, np.float32)
        if not len(self):
            return out
        for s in range(0, len(q), _CHUNK):
            out[s : s + _CHUNK] = (q[s : s + _CHUNK] @ self._v.T).max(axis=1)
        return out

    def scores(self, x: np.ndarray, tokens: np.ndarray) -> np.ndarray:
        """``score`` where a window of at least ``min_tokens`` tokens (``tokens``: each window's length, with the
        prefix and special tokens) is within the threshold of a known attack, else 0."""
        tokens = np.asarray(tokens)
        if tokens.shape != (len(x),):
            raise ValueError(f"one token count per window expected, got {tokens.shape} for {len(x)} windows")
        out = np.zeros(len(x), np.float32)
        long = np.flatnonzero(tokens >= self.min_tokens)
        if len(long):
            out[long] = np.where(self.similarity(x[long]) >= self.threshold, np.float32(self.score), np.float32(0.0))
        return out


def load_exemplars(folder: Path) -> Exemplars:
    with np.load(folder / EXEMPLARS_FILE, allow_pickle=False) as z:
        return Exemplars({k: z[k] for k in z.files})
