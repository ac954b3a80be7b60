"""Fit the nearest-attack tier (``exemplars.npz``, see ``shieldwall.models.exemplars``) from window embeddings.

The exemplars are the attack windows of the training data, less three kinds: harmful requests (a separate category,
off by default); indirect injections (a benign document with one line added: indexing them would make every
similar benign document look like an attack); and attacks that are mostly an encoded payload (runs of base64 or
hex: what makes them attacks is the decoded text, which the encodings scanner recovers for the detector to read;
their embedding only says "a long code", so a benign hash lies as close to them as a copy would).

The threshold is calibrated out of source: each benign text is compared only with the attacks of *other*
sources, as a new text from an unseen source will be, and the threshold is the similarity that a fraction
``target_fpr`` of those texts reach. Only windows of at least ``min_tokens`` tokens are compared (at run time
too), so the threshold is calibrated on the benign texts that have one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import numpy as np

from shieldwall.models.exemplars import normalize, quantize_rows
from shieldwall.models.training.data import HARMFUL
from shieldwall.models.training.fit import Embedded

NOT_INDEXED = frozenset({HARMFUL, "indirect_injection"})
MAX_CODE_SHARE = 0.25  # an attack with more of its text in code runs is not indexed
_CODE_RUN = re.compile(r"[A-Za-z0-9+/=_-]{16,}")


def _is_code(run: str) -> bool:
    """Hex, a key or base64 — not a hyphenated word with a number in it ("state-of-the-art-v2")."""
    digits = sum(c.isdigit() for c in run)
    if digits == len(run):
        return False
    upper = sum(c.isupper() for c in run)
    lower = sum(c.islower() for c in run)
    return digits >= 3 or (upper >= 4 and lower >= 4)  # base64 mixes cases even where it has few or no digits


def code_share(text: str) -> float:
    """The share of ``text``'s non-space characters in runs of 16+ base64/hex-like characters that look like a code
    (encoded payloads, keys, hashes: ``_is_code``)."""
    total = sum(1 for c in text if not c.isspace())
    if not total:
        return 0.0
    code = 0
    for m in _CODE_RUN.finditer(text):
        run = m.group()
        if _is_code(run):
            code += len(run)
    return code / total


DEFAULT_TARGET_FPR = 0.005


@dataclass(frozen=True)
class ExemplarConfig:
    target_fpr: float = DEFAULT_TARGET_FPR  # benign texts with a long enough window (out of source) within it
    min_tokens: int = 24  # shorter windows (with the prefix and special tokens) are left to the head
    score: float = 0.9  # the attack probability of a window within it (the default policy blocks at 0.8)
    columns: tuple[int, int] | None = None  # the embedding's columns to compare (None: all)


def exemplar_windows(data: Embedded) -> np.ndarray:
    """Indices of the windows to index: attacks, without harmful requests, indirect injections and encoded payloads."""
    keep = np.array(
        [r.label == 1 and r.category not in NOT_INDEXED and code_share(r.text) < MAX_CODE_SHARE for r in data.records],
        bool,
    )
    return np.flatnonzero(keep[data.owner]) if len(data.owner) else np.zeros(0, np.int64)


def group_max(query: np.ndarray, vectors: np.ndarray, vector_group: np.ndarray, n_groups: int) -> np.ndarray:
    """``[len(query), n_groups]``: each query row's highest cosine to the vectors of each group (-1 if none).

    ``query`` and ``vectors`` are unit rows."""
    out = np.full((len(query), n_groups), -1.0, np.float32)
    for g in range(n_groups):
        cols = vectors[vector_group == g]
        if not len(cols):
            continue
        t = np.ascontiguousarray(cols.T)
        for s in range(0, len(query), 2048):
            out[s : s + 2048, g] = (query[s : s + 2048] @ t).max(axis=1)
    return out


def fit_exemplars(
    data: Embedded, cfg: ExemplarConfig = ExemplarConfig()
) -> tuple[dict[str, np.ndarray], dict[str, Any]]:
    """The arrays of ``exemplars.npz`` and a summary (the threshold, how many benign texts reach it)."""
    if not 0.0 < cfg.target_fpr < 1.0:
        raise ValueError(f"target_fpr must be in (0, 1), got {cfg.target_fpr}")
    lo, hi = cfg.columns or (0, int(data.x.shape[1]))
    idx = exemplar_windows(data)
    q, scale = quantize_rows(normalize(data.x[idx, lo:hi]))  # normalised before and in quantize_rows: the shipped bytes
    vectors = q.astype(np.float32) * scale[:, None]  # what the detector will compare with
    groups = sorted({r.group for r in data.records})
    gid = {g: k for k, g in enumerate(groups)}
    rec_group = np.array([gid[r.group] for r in data.records], np.int64)
    benign = np.array([r.label == 0 and r.category != HARMFUL for r in data.records], bool)
    if data.tokens is None:
        raise ValueError("fit_exemplars needs each window's token count (Embedded.tokens)")
    win = np.flatnonzero(benign[data.owner] & (data.tokens >= cfg.min_tokens))
    sims = group_max(normalize(data.x[win, lo:hi]), vectors, rec_group[data.owner[idx]], len(groups))
    own = rec_group[data.owner[win]]
    sims[np.arange(len(win)), own] = -1.0  # out of source: never the text's own source
    per_text = np.full(len(data.records), -1.0, np.float32)
    np.maximum.at(per_text, data.owner[win], sims.max(axis=1))
    values = per_text[benign & (per_text > -1.0)]  # the benign texts with a long enough window
    threshold = float(np.quantile(values, 1.0 - cfg.target_fpr)) if len(values) else 1.0
    threshold = max(threshold, 0.5)  # never a threshold that unrelated texts reach
    arrays: dict[str, np.ndarray] = {
        "vectors": q,
        "scale": scale,
        "threshold": np.array(threshold, np.float32),
        "score": np.array(cfg.score, np.float32),
        "columns": np.array([lo, hi], np.int64),
        "min_tokens": np.array(cfg.min_tokens, np.int64),
    }
    stats: dict[str, Any] = {
        "exemplars": len(idx),
        "threshold": round(threshold, 5),
        "target_fpr": cfg.target_fpr,
        "min_tokens": cfg.min_tokens,
        "benign_texts": len(values),
        "benign_within_threshold": int((values >= threshold).sum()),
    }
    return arrays, stats
