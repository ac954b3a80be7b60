"""Train the detector head on encoder window embeddings; leave-one-source-out evaluation.

The head is an MLP trained full-batch (deterministic for a seed) with a multiple-instance loss: a
text's attack logit is the maximum over its windows, so a long benign document must be clean in every
window and an attack needs only one suspicious window. Sources are weighted by 1/sqrt(size) so that
no single corpus dominates, and the two classes carry equal total weight.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from shieldwall.models.training.data import HARMFUL, Record


@dataclass(frozen=True)
class Embedded:
    """Window embeddings of a list of records: ``x[k]`` belongs to record ``owner[k]``; ``gx[k]`` are the
    same window's gate features (sub-word embedding statistics), when computed; ``tokens[k]`` its length in tokens
    (with the prefix and special tokens), when known."""

    x: np.ndarray
    owner: np.ndarray
    records: list[Record]
    gx: np.ndarray | None = None
    tokens: np.ndarray | None = None

    def subset(self, keep: np.ndarray) -> Embedded:
        """The records whose index is in ``keep`` (boolean mask over records), renumbered."""
        new_index = np.cumsum(keep) - 1
        win = keep[self.owner]
        recs = [r for r, k in zip(self.records, keep, strict=True) if k]
        gx = self.gx[win] if self.gx is not None else None
        tokens = self.tokens[win] if self.tokens is not None else None
        return Embedded(self.x[win], new_index[self.owner[win]], recs, gx, tokens)

    def gate_view(self) -> Embedded:
        """The same windows with the gate features as ``x`` (to train the gate with ``train_head``)."""
        if self.gx is None:
            raise ValueError("no gate features were computed for these windows")
        return Embedded(self.gx, self.owner, self.records, None)


def language_projection(data: Embedded, *, min_texts: int = 20, rank: int = 24) -> np.ndarray:
    """A projection ``[d, d]`` that removes the directions separating languages.

    The centroids of benign texts per language (languages with at least ``min_texts`` benign texts)
    span the subspace where the encoder encodes *which language* a text is in; projecting it out
    keeps a head from learning "this language is always benign" (or always an attack) from a corpus
    where some languages only have one class."""
    x = data.x / np.maximum(np.linalg.norm(data.x, axis=1, keepdims=True), 1e-6)
    d = x.shape[1]
    by_lang: dict[str, list[int]] = {}
    for k, o in enumerate(data.owner):
        r = data.records[o]
        if r.label == 0 and r.category != HARMFUL and r.lang not in ("und", ""):
            by_lang.setdefault(r.lang, []).append(k)
    cents = [x[idx].mean(0) for lang, idx in sorted(by_lang.items()) if len({data.owner[i] for i in idx}) >= min_texts]
    if len(cents) < 2:
        return np.eye(d, dtype=np.float32)
    c = np.stack(cents)
    c = c - c.mean(0)
    _, sv, vt = np.linalg.svd(c, full_matrices=False)
    keep = vt[: min(rank, int((sv > 1e-6).sum()))]
    out: np.ndarray = (np.eye(d) - keep.T @ keep).astype(np.float32)
    return out


@dataclass(frozen=True)
class HeadConfig:
    hidden: int = 256
    epochs: int = 12
    batch: int = 256
    lr: float = 2e-3
    weight_decay: float = 1e-4
    dropout: float = 0.1
    seed: int = 0
    language_rank: int = 24  # 0 = no language projection
    # (source group, multiplier) on top of the 1/sqrt(size) weight: e.g. ("shieldwall/everyday", 0.3)
    source_weights: tuple[tuple[str, float], ...] = ()


def _weights(
    records: Sequence[Record], source_weights: Sequence[tuple[str, float]] = (), *, base: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per-record (attack target, attack weight, harmful target, harmful weight). ``base``: each record's weight
    before the classes are balanced (default: 1/sqrt of its (source, class) group's size, times ``source_weights``)."""
    n = len(records)
    y = np.array([r.label if r.category != HARMFUL else 0 for r in records], np.float32)
    if base is None:
        groups = Counter((r.group, r.label, r.category == HARMFUL) for r in records)
        mult = dict(source_weights)
        w = np.array(
            [mult.get(r.group, 1.0) / math.sqrt(groups[(r.group, r.label, r.category == HARMFUL)]) for r in records],
            np.float32,
        )
    else:
        w = base
    harm = np.array([r.category == HARMFUL for r in records])
    wa = w.copy()
    wa[harm] = 0.0  # harmful requests are neither attacks nor benign for the attack head
    for cls in (0.0, 1.0):
        m = (y == cls) & ~harm
        if m.any():
            wa[m] *= 0.5 * n / wa[m].sum()
    yh = harm.astype(np.float32)
    wh = np.zeros(n, np.float32)
    benign = (y == 0) & ~harm
    for m in (harm, benign):
        if m.any():
            wh[m] = w[m] * 0.5 * n / w[m].sum()
    return y, wa, yh, wh


def _slots(owner: np.ndarray, n: int) -> Any:
    """``[n, k]`` window indices per text, padded with ``len(owner)`` (a row of -inf logits)."""
    import torch

    counts = np.bincount(owner, minlength=n)
    k = max(1, int(counts.max()) if len(counts) else 1)
    idx = np.full((n, k), len(owner), np.int64)
    fill = np.zeros(n, np.int64)
    for w, o in enumerate(owner):
        idx[o, fill[o]] = w
        fill[o] += 1
    return torch.from_numpy(idx)


def train_head(data: Embedded, cfg: HeadConfig) -> dict[str, np.ndarray]:
    """Fit the MLP; returns the arrays of ``head.npz`` (uncalibrated: ``calib`` is the identity)."""
    import torch

    torch.manual_seed(cfg.seed)
    torch.set_num_threads(1)  # multi-threaded CPU kernels reduce in varying order: not bit-reproducible
    torch.use_deterministic_algorithms(True)
    proj = (
        language_projection(data, rank=cfg.language_rank)
        if cfg.language_rank
        else np.eye(data.x.shape[1], dtype=np.float32)
    )
    xn = data.x / np.maximum(np.linalg.norm(data.x, axis=1, keepdims=True), 1e-6)
    x = torch.from_numpy((xn @ proj).astype(np.float32))
    owner = torch.from_numpy(data.owner.astype(np.int64))
    n = len(data.records)
    y, wa, yh, wh = (torch.from_numpy(a) for a in _weights(data.records, cfg.source_weights))
    is_attack = torch.tensor([r.label == 1 and r.category != HARMFUL for r in data.records])
    yj = torch.tensor([r.category == "jailbreak" for r in data.records], dtype=torch.float32)
    win_attack = is_attack[owner]
    jb_w = torch.ones(int(win_attack.sum()))
    n_jb = float(yj[owner][win_attack].sum())
    n_pi = float(len(jb_w) - n_jb)
    if n_jb and n_pi:
        jb_w = torch.where(yj[owner][win_attack] > 0, len(jb_w) / (2 * n_jb), len(jb_w) / (2 * n_pi))

    model = torch.nn.Sequential(
        torch.nn.Dropout(cfg.dropout),
        torch.nn.Linear(x.shape[1], cfg.hidden),
        torch.nn.ReLU(),
        torch.nn.Dropout(cfg.dropout),
        torch.nn.Linear(cfg.hidden, 3),
    )
    opt = torch.optim.AdamW(model.parameters(), lr=cfg.lr, weight_decay=cfg.weight_decay)
    bce = torch.nn.functional.binary_cross_entropy_with_logits
    slots = _slots(data.owner, n)
    gen = torch.Generator().manual_seed(cfg.seed)
    jb_full = torch.zeros(len(data.owner))
    jb_full[win_attack] = jb_w
    yj_win = yj[owner]
    for _ in range(cfg.epochs):
        model.train()
        for batch in torch.randperm(n, generator=gen).split(cfg.batch):
            idx = slots[batch]  # [b, k] window ids, padded with len(owner)
            valid = idx < len(data.owner)
            wins = idx[valid]
            out = torch.full((*idx.shape, 3), -1e4)
            out[valid] = model(x[wins])
            per_text = out.amax(dim=1)
            att, har = per_text[:, 0], per_text[:, 2]
            loss = (bce(att, y[batch], reduction="none") * wa[batch]).mean()
            loss = loss + 0.5 * (bce(har, yh[batch], reduction="none") * wh[batch]).mean()
            jw = jb_full[wins]
            if bool((jw > 0).any()):
                jl = bce(out[valid][:, 1], yj_win[wins], reduction="none") * jw
                loss = loss + 0.3 * jl.sum() / max(1.0, float((jw > 0).sum()))
            opt.zero_grad()
            loss.backward()
            opt.step()
    model.eval()
    lin1: Any = model[1]
    lin2: Any = model[4]
    return {
        "w0": (proj @ lin1.weight.detach().numpy().T).astype(np.float32),  # the projection folded in
        "b0": lin1.bias.detach().numpy().copy(),
        "w1": lin2.weight.detach().numpy().T.copy(),
        "b1": lin2.bias.detach().numpy().copy(),
        "calib": np.array([[1.0, 0.0]] * 3, np.float32),
    }


def text_logits(arrays: dict[str, np.ndarray], data: Embedded) -> np.ndarray:
    """Per-record max-over-windows logits ``[n, 3]`` (uncalibrated)."""
    from shieldwall.models.detector import Head

    z = Head(arrays).logits(data.x)
    out = np.full((len(data.records), 3), -1e9, np.float32)
    np.maximum.at(out, data.owner, z)
    return out


def calibrate(
    attack_logits: np.ndarray, y: np.ndarray, hard: np.ndarray, *, max_fpr: float, at: float
) -> tuple[float, float, float]:
    """Pick the logit threshold with the best balanced accuracy whose benign (and hard-negative) FPR
    stays under ``max_fpr``; return Platt-like ``(a, b)`` mapping that threshold to probability ``at``
    and the threshold. ``a`` is the inverse spread of the benign/attack logits, so scores stay graded."""
    pos, neg = attack_logits[y == 1], attack_logits[y == 0]
    hn = attack_logits[(y == 0) & hard]
    best = (-1.0, float(np.median(neg)))
    for t in np.unique(np.quantile(attack_logits, np.linspace(0.01, 0.99, 397))):
        fpr = float((neg >= t).mean())
        hfpr = float((hn >= t).mean()) if len(hn) else 0.0
        if fpr > max_fpr or hfpr > 2 * max_fpr:
            continue
        ba = 0.5 * (float((pos >= t).mean()) + 1.0 - fpr)
        if ba > best[0]:
            best = (ba, float(t))
    t = best[1]
    spread = float(np.std(np.concatenate([pos, neg]))) or 1.0
    a = 2.0 / spread
    b = math.log(at / (1.0 - at)) - a * t
    return a, b, t
