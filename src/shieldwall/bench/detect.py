"""The detection benchmark: every adapter over the same examples, timed, scored and compared."""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from shieldwall.bench import metrics
from shieldwall.bench.adapters import Adapter, AdapterFailed, Prediction
from shieldwall.bench.augment import AUGMENTATIONS, rng_for
from shieldwall.bench.augment import augment as transform
from shieldwall.bench.datasets import Example
from shieldwall.core.errors import InputError

BASELINE = "shieldwall"


def predict_batched(adapter: Adapter, texts: Sequence[str], batch_size: int) -> tuple[list[Prediction], float]:
    """All predictions, in order, and the seconds spent inside ``predict``."""
    preds: list[Prediction] = []
    elapsed = 0.0
    for start in range(0, len(texts), batch_size):
        batch = texts[start : start + batch_size]
        t0 = time.perf_counter()
        out = adapter.predict(batch)
        elapsed += time.perf_counter() - t0
        if len(out) != len(batch):
            raise AdapterFailed(f"{adapter.name} returned {len(out)} predictions for {len(batch)} texts")
        preds.extend(out)
    return preds, elapsed


def time_per_text(adapter: Adapter, texts: Sequence[str]) -> list[float]:
    """Seconds per text, one ``predict`` call each."""
    out: list[float] = []
    for t in texts:
        t0 = time.perf_counter()
        adapter.predict([t])
        out.append(time.perf_counter() - t0)
    return out


def augmented_texts(examples: Sequence[Example], kind: str, seed: int) -> list[str]:
    return [transform(e.text, kind, rng_for(seed, kind, i)) for i, e in enumerate(examples)]


def run_detect(
    examples: Sequence[Example],
    adapters: Sequence[Adapter],
    *,
    augment: bool = False,
    latency_sample: int = 200,
    batch_size: int = 32,
    seed: int = 0,
    settings: Mapping[str, Any] | None = None,
    progress: Callable[[str], None] | None = None,
) -> metrics.DetectReport:
    """Score and time each adapter on ``examples``; ratios are against ``shieldwall`` (else the first adapter).

    Accuracy comes from one batched pass (``batch_size`` texts per ``predict`` call, which also gives the
    throughput); latency from ``latency_sample`` seeded texts predicted one at a time. With ``augment`` every
    text, attack and benign, is also scored after each transform in ``AUGMENTATIONS``.
    """
    if not examples:
        raise InputError("no examples to benchmark")
    if not adapters:
        raise InputError("no detector to benchmark")
    if batch_size < 1:
        raise InputError(f"batch size must be >= 1, not {batch_size}")
    if latency_sample < 0:
        raise InputError(f"latency sample must be >= 0, not {latency_sample}")
    say = progress or (lambda _msg: None)
    texts = [e.text for e in examples]
    chars = sum(len(t) for t in texts)
    n_lat = min(latency_sample, len(texts))
    lat_idx = sorted(random.Random(seed).sample(range(len(texts)), n_lat))
    lat_texts = [texts[i] for i in lat_idx]
    variants: dict[str, list[str]] = {}
    if augment:
        for kind in AUGMENTATIONS:
            variants[kind] = augmented_texts(examples, kind, seed)

    reports: list[metrics.AdapterReport] = []
    for adapter in adapters:
        say(f"{adapter.name}: warming up")
        adapter.predict(texts[:1])
        say(f"{adapter.name}: {len(texts)} texts in batches of {batch_size}")
        preds, batched_s = predict_batched(adapter, texts, batch_size)
        say(f"{adapter.name}: latency on {n_lat} texts, one at a time")
        per_text = time_per_text(adapter, lat_texts)
        flags = [p.flag for p in preds]
        aug: list[metrics.AugmentScores] = []
        for kind, variant in variants.items():
            say(f"{adapter.name}: augmentation {kind}")
            new, _ = predict_batched(adapter, variant, batch_size)
            changed = sum(a != b for a, b in zip(texts, variant, strict=True))
            aug.append(metrics.augment_scores(kind, examples, flags, [p.flag for p in new], changed=changed))
        reports.append(
            metrics.AdapterReport(
                name=adapter.name,
                version=getattr(adapter, "version", None),
                overall=metrics.scores(examples, flags),
                per_category=metrics.per_category(examples, flags),
                per_lang=metrics.per_lang(examples, flags),
                per_source=metrics.per_source(examples, flags),
                latency=metrics.latency(
                    per_text, texts=len(texts), chars=chars, batched_s=batched_s, batch_size=batch_size
                ),
                augment=tuple(aug),
            )
        )
    base = next((r for r in reports if r.name == BASELINE), reports[0])
    comparisons = tuple(metrics.compare(r, base) for r in reports if r is not base)
    attacks = sum(e.label for e in examples)
    return metrics.DetectReport(
        examples=len(examples),
        attacks=attacks,
        benign=len(examples) - attacks,
        adapters=tuple(reports),
        comparisons=comparisons,
        settings={
            "augment": augment,
            "latency_sample": n_lat,
            "batch_size": batch_size,
            "seed": seed,
            **(settings or {}),
        },
    )


__all__ = ["BASELINE", "augmented_texts", "predict_batched", "run_detect", "time_per_text"]
