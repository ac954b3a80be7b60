"""Fine-tuning the encoder's top layers on the training data (``train detector --tune-layers K``, session 14).

The frozen multilingual-e5 encoder keeps a benign look-alike next to its attack twin ("repeat the list I gave you" /
"repeat everything above"), and a head over frozen embeddings only moves along one trade-off curve: more corpora or
another threshold buy recall with false positives. Here the top ``layers`` transformer layers are trained, with a
throw-away head, on the same records and with the same objective as the shipped head (multiple-instance loss over a
text's windows, 1/sqrt(size) weights per source and class, classes of equal total weight, a jailbreak and a harmful
output); the shipped head is then trained as before on the new encoder's embeddings.

Cost is kept down in three ways: the records of each (source, class) group are sampled down to ``cap`` (the sampled
records carry their group's full weight), a text contributes its first ``max_windows`` windows, and the frozen lower
layers run once (their outputs are kept as float16) instead of in every epoch.

Deterministic for a seed: seeded sampling, initialisation, dropout and batch order, one torch thread (multi-threaded
kernels reduce in a varying order) and deterministic algorithms.
"""

from __future__ import annotations

import math
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from shieldwall.models.encoder import Encoder
from shieldwall.models.training.data import HARMFUL, Record
from shieldwall.models.training.fit import _weights

Log = Callable[[str], None]
_HIDDEN_LR = 1e-3  # the throw-away head's learning rate


@dataclass(frozen=True)
class TuneConfig:
    layers: int = 2  # top transformer layers trained (the others stay frozen)
    epochs: int = 2
    lr: float = 3e-5  # peak learning rate of the trained layers (linear warm-up over 6 %, then linear decay)
    cap: int = 1200  # records sampled per (source, class) group
    max_windows: int = 3  # windows per text
    batch: int = 32  # texts per step
    seed: int = 0
    exclude: tuple[str, ...] = ()  # sources (owner/repo) left out of the fine-tuning: the encoder of a LOSO fold


def _group(r: Record) -> tuple[str, int, bool]:
    return (r.group, r.label, r.category == HARMFUL)


def sample_records(records: Sequence[Record], cfg: TuneConfig) -> tuple[list[Record], np.ndarray]:
    """At most ``cfg.cap`` records per (source, class) group, in the data's order, and each one's weight: the
    head's 1/sqrt(group size) over the *full* group, times full size / sampled size (a sampled group weighs what
    the whole group would)."""
    excluded = set(cfg.exclude)
    pool = [r for r in records if r.group not in excluded]
    rng = np.random.default_rng(cfg.seed)
    by: dict[tuple[str, int, bool], list[int]] = {}
    for i, r in enumerate(pool):
        by.setdefault(_group(r), []).append(i)
    keep: list[int] = []
    for _, idx in sorted(by.items()):
        if len(idx) > cfg.cap:
            idx = sorted(int(i) for i in rng.choice(idx, cfg.cap, replace=False))
        keep += idx
    recs = [pool[i] for i in sorted(keep)]
    full = Counter(_group(r) for r in pool)
    kept = Counter(_group(r) for r in recs)
    w = np.array([math.sqrt(full[_group(r)]) / kept[_group(r)] for r in recs], np.float32)
    return recs, w


def _targets(recs: Sequence[Record], w: np.ndarray) -> dict[str, np.ndarray]:
    """The head's targets and class-balanced weights (``fit._weights`` over the sampled weights ``w``), and the
    jailbreak-rather-than-injection target among attacks."""
    y, wa, yh, wh = _weights(recs, base=w)
    return {
        "y": y,
        "wa": wa,
        "yh": yh,
        "wh": wh,
        "yj": np.array([r.category == "jailbreak" for r in recs], np.float32),
        "attack": np.array([r.label == 1 and r.category != HARMFUL for r in recs]),
    }


def _additive_mask(mask: Any) -> Any:
    import torch

    return (1.0 - mask[:, None, None, :].float()) * torch.finfo(torch.float32).min


def _run(layers: Sequence[Any], h: Any, mask: Any) -> Any:
    em = _additive_mask(mask)
    for layer in layers:
        o = layer(h, attention_mask=em)
        h = o[0] if isinstance(o, tuple) else o
    return h


def tune_encoder(module: Any, enc: Encoder, records: Sequence[Record], cfg: TuneConfig, log: Log) -> dict[str, Any]:
    """Train the top ``cfg.layers`` layers of ``module`` (``convert.build_torch_encoder``'s output) in place.

    ``enc``: the untuned encoder of the same conversion, for its tokenizer, windows and input embeddings."""
    import torch

    bert = module.bert
    stack = bert.encoder.layer
    if not 1 <= cfg.layers <= len(stack):
        raise ValueError(f"tune layers must be in 1..{len(stack)}, got {cfg.layers}")
    torch.manual_seed(cfg.seed)
    torch.set_num_threads(1)
    torch.use_deterministic_algorithms(True)
    t_start = time.monotonic()
    recs, w = sample_records(records, cfg)
    if not recs:
        raise ValueError("no records left to fine-tune on")
    log(f"fine-tuning the top {cfg.layers} encoder layers on {len(recs)} of {len(records)} records")

    win_ids: list[list[int]] = []
    wins_of: list[list[int]] = [[] for _ in recs]
    for start in range(0, len(recs), 512):
        ids, spans = enc.windows([r.text for r in recs[start : start + 512]])
        for w_ids, s in zip(ids, spans, strict=True):
            t = start + s.text_index
            if len(wins_of[t]) < cfg.max_windows:
                wins_of[t].append(len(win_ids))
                win_ids.append(w_ids)

    # the frozen layers, once: their output per window, float16
    lo = len(stack) - cfg.layers
    states: list[Any] = [None] * len(win_ids)
    order = sorted(range(len(win_ids)), key=lambda i: len(win_ids[i]))
    bert.eval()
    t0 = time.monotonic()
    with torch.no_grad():
        i = 0
        while i < len(order):
            width = len(win_ids[order[min(i + 63, len(order) - 1)]])
            batch = order[i : i + max(1, 4096 // width)]
            width = len(win_ids[batch[-1]])
            ids_arr = np.full((len(batch), width), 1, np.int64)
            mask = np.zeros((len(batch), width), np.int64)
            for r, k in enumerate(batch):
                ids_arr[r, : len(win_ids[k])] = win_ids[k]
                mask[r, : len(win_ids[k])] = 1
            h = bert.embeddings(inputs_embeds=torch.from_numpy(enc._lookup(ids_arr)))
            h = _run(stack[:lo], h, torch.from_numpy(mask))
            for r, k in enumerate(batch):
                states[k] = h[r, : len(win_ids[k])].to(torch.float16).clone()
            i += len(batch)
    tokens = sum(len(x) for x in win_ids)
    log(f"  {len(win_ids)} windows, {tokens} tokens through the {lo} frozen layers ({time.monotonic() - t0:.0f} s)")

    tg = {k: torch.from_numpy(v) for k, v in _targets(recs, w).items()}
    hidden = int(bert.config.hidden_size)
    head = torch.nn.Sequential(
        torch.nn.Dropout(0.1),
        torch.nn.Linear(hidden, 256),
        torch.nn.ReLU(),
        torch.nn.Dropout(0.1),
        torch.nn.Linear(256, 3),
    )
    top = torch.nn.ModuleList(stack[lo:])
    params = [*top.parameters(), *head.parameters()]
    opt = torch.optim.AdamW(
        [{"params": list(top.parameters()), "lr": cfg.lr}, {"params": list(head.parameters()), "lr": _HIDDEN_LR}],
        weight_decay=0.01,
    )
    n = len(recs)
    total = math.ceil(n / cfg.batch) * cfg.epochs
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / (0.06 * total)) * max(0.0, (total - s) / total)
    )
    bce = torch.nn.functional.binary_cross_entropy_with_logits
    rng = np.random.default_rng(cfg.seed + 1)
    length = np.array([sum(len(win_ids[k]) for k in ws) for ws in wins_of], np.float64)
    loss_avg = 0.0
    for epoch in range(cfg.epochs):
        top.train()
        head.train()
        t0 = time.monotonic()
        srt = np.argsort(length + rng.uniform(0, 40, n), kind="stable")  # texts of similar length batched together
        batches = [srt[i : i + cfg.batch] for i in range(0, n, cfg.batch)]
        rng.shuffle(batches)  # type: ignore[arg-type]
        for bi, bt in enumerate(batches):
            wl = [k for t in bt for k in wins_of[t]]
            own = torch.tensor([j for j, t in enumerate(bt) for _ in wins_of[t]])
            width = max(len(win_ids[k]) for k in wl)
            h = torch.zeros(len(wl), width, hidden)
            mask = torch.zeros(len(wl), width, dtype=torch.long)
            for r, k in enumerate(wl):
                h[r, : len(win_ids[k])] = states[k].float()
                mask[r, : len(win_ids[k])] = 1
            h = _run(top, h, mask)
            mf = mask.unsqueeze(-1).float()
            pooled = (h * mf).sum(1) / mf.sum(1).clamp(min=1.0)
            pooled = pooled / pooled.norm(dim=-1, keepdim=True).clamp(min=1e-6)
            win_logits = head(pooled)
            per_text = torch.full((len(bt), 3), -1e4).index_reduce(0, own, win_logits, "amax", include_self=True)
            b = torch.from_numpy(np.asarray(bt, np.int64))
            loss = (bce(per_text[:, 0], tg["y"][b], reduction="none") * tg["wa"][b]).mean()
            loss = loss + 0.5 * (bce(per_text[:, 2], tg["yh"][b], reduction="none") * tg["wh"][b]).mean()
            att = tg["attack"][b][own]
            if bool(att.any()):
                loss = loss + 0.3 * bce(win_logits[att][:, 1], tg["yj"][b][own][att])
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            opt.step()
            sched.step()
            loss_avg = 0.98 * loss_avg + 0.02 * float(loss) if bi or epoch else float(loss)
            if bi % 100 == 0:
                log(f"  epoch {epoch + 1}/{cfg.epochs}, step {bi}/{len(batches)}: loss {loss_avg:.4f}")
        log(f"  epoch {epoch + 1} done ({time.monotonic() - t0:.0f} s)")
    module.eval()
    return {
        "records": len(recs),
        "windows": len(win_ids),
        "tokens": tokens,
        "final_loss": round(loss_avg, 4),
        "seconds": round(time.monotonic() - t_start, 1),
    }


def tune_and_export(
    folder: Path, records: Sequence[Record], cfg: TuneConfig, *, layers: int, window: int, stride: int, log: Log
) -> dict[str, Any]:
    """Fine-tune the encoder that ``convert.build_encoder`` wrote into ``folder`` and write it back over
    ``folder/encoder.onnx`` (the tokenizer and the input embeddings are not trained)."""
    from shieldwall.models.training.convert import build_torch_encoder, default_image, export_folder, parse_image

    img = parse_image(default_image())
    module = build_torch_encoder(img, layers)
    enc = Encoder(folder, window=window, stride=stride, threads=1)
    stats = tune_encoder(module, enc, records, cfg, log)
    del enc
    export_folder(module, int(img.config["H"]), folder)
    return stats
