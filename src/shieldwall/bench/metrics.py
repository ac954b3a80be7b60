"""Detection metrics as pure functions, and the typed records a benchmark report is made of.

Undefined ratios (no positives, no negatives, nothing flagged) are ``None``, never 0 or NaN.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from shieldwall.bench.datasets import Example

UNKNOWN = "unknown"


def _div(num: float, den: float) -> float | None:
    return num / den if den else None


def _r(value: float | None, digits: int = 4) -> float | None:
    return None if value is None else round(value, digits)


@dataclass(frozen=True, slots=True)
class Confusion:
    """Counts of a binary detector against labels (attack = positive)."""

    tp: int = 0
    fp: int = 0
    tn: int = 0
    fn: int = 0

    @property
    def positives(self) -> int:
        return self.tp + self.fn

    @property
    def negatives(self) -> int:
        return self.tn + self.fp

    @property
    def total(self) -> int:
        return self.positives + self.negatives


def confusion(labels: Iterable[int | bool], flags: Iterable[bool]) -> Confusion:
    """Tally labels (1 attack, 0 benign) against predictions; the two must have the same length."""
    tp = fp = tn = fn = 0
    ls, fs = list(labels), list(flags)
    if len(ls) != len(fs):
        raise ValueError(f"{len(ls)} labels but {len(fs)} predictions")
    for label, flag in zip(ls, fs, strict=True):
        if label:
            tp, fn = (tp + 1, fn) if flag else (tp, fn + 1)
        else:
            fp, tn = (fp + 1, tn) if flag else (fp, tn + 1)
    return Confusion(tp, fp, tn, fn)


def tpr(c: Confusion) -> float | None:
    """Recall on attacks: TP / (TP + FN)."""
    return _div(c.tp, c.positives)


def fpr(c: Confusion) -> float | None:
    """Share of benign texts flagged: FP / (FP + TN)."""
    return _div(c.fp, c.negatives)


def tnr(c: Confusion) -> float | None:
    return _div(c.tn, c.negatives)


def accuracy(c: Confusion) -> float | None:
    return _div(c.tp + c.tn, c.total)


def balanced_accuracy(c: Confusion) -> float | None:
    """(TPR + TNR) / 2; ``None`` unless both classes are present."""
    t, n = tpr(c), tnr(c)
    return None if t is None or n is None else (t + n) / 2


def precision(c: Confusion) -> float | None:
    return _div(c.tp, c.tp + c.fp)


def f1(c: Confusion) -> float | None:
    p, r = precision(c), tpr(c)
    if p is None or r is None:
        return None
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def percentile(values: Sequence[float], q: float) -> float | None:
    """The ``q``-th percentile (0-100) with linear interpolation between order statistics (NumPy's default)."""
    if not values:
        return None
    if not 0 <= q <= 100:
        raise ValueError(f"percentile {q} outside [0, 100]")
    xs = sorted(values)
    pos = (len(xs) - 1) * q / 100
    lo = math.floor(pos)
    hi = min(lo + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


@dataclass(frozen=True, slots=True)
class Scores:
    """The figures of one detector on one group of examples."""

    n: int
    attacks: int
    benign: int
    tp: int
    fp: int
    tn: int
    fn: int
    tpr: float | None
    fpr: float | None
    accuracy: float | None
    balanced_accuracy: float | None
    precision: float | None
    f1: float | None

    @classmethod
    def of(cls, c: Confusion) -> Scores:
        return cls(
            n=c.total,
            attacks=c.positives,
            benign=c.negatives,
            tp=c.tp,
            fp=c.fp,
            tn=c.tn,
            fn=c.fn,
            tpr=tpr(c),
            fpr=fpr(c),
            accuracy=accuracy(c),
            balanced_accuracy=balanced_accuracy(c),
            precision=precision(c),
            f1=f1(c),
        )

    @property
    def kind(self) -> str:
        """``attack`` or ``benign`` for a one-class group, ``mixed`` otherwise."""
        if self.benign == 0:
            return "attack"
        if self.attacks == 0:
            return "benign"
        return "mixed"

    def to_dict(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "attacks": self.attacks,
            "benign": self.benign,
            "kind": self.kind,
            "tp": self.tp,
            "fp": self.fp,
            "tn": self.tn,
            "fn": self.fn,
            "tpr": _r(self.tpr),
            "fpr": _r(self.fpr),
            "accuracy": _r(self.accuracy),
            "balanced_accuracy": _r(self.balanced_accuracy),
            "precision": _r(self.precision),
            "f1": _r(self.f1),
        }


def scores(examples: Sequence[Example], flags: Sequence[bool]) -> Scores:
    return Scores.of(confusion((e.label for e in examples), flags))


def grouped(
    examples: Sequence[Example], flags: Sequence[bool], key: Callable[[Example], str | None]
) -> dict[str, Scores]:
    """Scores per group, groups sorted by name (a missing key is grouped as ``unknown``)."""
    groups: dict[str, tuple[list[Example], list[bool]]] = {}
    for e, f in zip(examples, flags, strict=True):
        g = groups.setdefault(key(e) or UNKNOWN, ([], []))
        g[0].append(e)
        g[1].append(f)
    return {name: scores(*groups[name]) for name in sorted(groups)}


def per_category(examples: Sequence[Example], flags: Sequence[bool]) -> dict[str, Scores]:
    """Per category; its ``accuracy`` is the recall of an attack category and 1 - FPR of a benign one."""
    return grouped(examples, flags, lambda e: e.category)


def per_lang(examples: Sequence[Example], flags: Sequence[bool]) -> dict[str, Scores]:
    """Per language: balanced accuracy where both classes occur, plain accuracy otherwise."""
    return grouped(examples, flags, lambda e: e.lang)


def per_source(examples: Sequence[Example], flags: Sequence[bool]) -> dict[str, Scores]:
    return grouped(examples, flags, lambda e: e.source)


@dataclass(frozen=True, slots=True)
class Latency:
    """Per-text latency (one ``predict`` call per text) and batched throughput."""

    samples: int
    p50_ms: float | None
    p99_ms: float | None
    mean_ms: float | None
    throughput_texts_s: float | None
    throughput_chars_s: float | None
    batch_size: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "samples": self.samples,
            "p50_ms": _r(self.p50_ms),
            "p99_ms": _r(self.p99_ms),
            "mean_ms": _r(self.mean_ms),
            "throughput_texts_s": _r(self.throughput_texts_s, 1),
            "throughput_chars_s": _r(self.throughput_chars_s, 1),
            "batch_size": self.batch_size,
        }


def latency(per_text_s: Sequence[float], *, texts: int, chars: int, batched_s: float, batch_size: int) -> Latency:
    """Latency figures from per-text timings (seconds) and one batched pass over ``texts`` texts."""
    ms = [t * 1000.0 for t in per_text_s]
    return Latency(
        samples=len(ms),
        p50_ms=percentile(ms, 50),
        p99_ms=percentile(ms, 99),
        mean_ms=sum(ms) / len(ms) if ms else None,
        throughput_texts_s=_div(texts, batched_s),
        throughput_chars_s=_div(chars, batched_s),
        batch_size=batch_size,
    )


@dataclass(frozen=True, slots=True)
class AugmentScores:
    """One obfuscation transform applied to every text: figures on the copies and decision flips."""

    kind: str
    changed: int
    scores: Scores
    tpr_delta: float | None
    fpr_delta: float | None
    flip_rate: float | None
    evasion_rate: float | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "changed": self.changed,
            "tpr": _r(self.scores.tpr),
            "fpr": _r(self.scores.fpr),
            "balanced_accuracy": _r(self.scores.balanced_accuracy),
            "tpr_delta": _r(self.tpr_delta),
            "fpr_delta": _r(self.fpr_delta),
            "flip_rate": _r(self.flip_rate),
            "evasion_rate": _r(self.evasion_rate),
        }


def augment_scores(
    kind: str,
    examples: Sequence[Example],
    original: Sequence[bool],
    transformed: Sequence[bool],
    *,
    changed: int,
) -> AugmentScores:
    """Compare decisions on transformed copies with the originals.

    ``flip_rate``: share of all texts whose decision changed; ``evasion_rate``: share of the attacks caught
    in their original form that are missed once transformed.
    """
    base = scores(examples, original)
    new = scores(examples, transformed)
    flips = sum(a != b for a, b in zip(original, transformed, strict=True))
    caught = [i for i, e in enumerate(examples) if e.attack and original[i]]
    evaded = sum(1 for i in caught if not transformed[i])
    return AugmentScores(
        kind=kind,
        changed=changed,
        scores=new,
        tpr_delta=None if new.tpr is None or base.tpr is None else new.tpr - base.tpr,
        fpr_delta=None if new.fpr is None or base.fpr is None else new.fpr - base.fpr,
        flip_rate=_div(flips, len(examples)),
        evasion_rate=_div(evaded, len(caught)),
    )


@dataclass(frozen=True, slots=True)
class AdapterReport:
    """Everything measured for one detector."""

    name: str
    version: str | None
    overall: Scores
    per_category: Mapping[str, Scores]
    per_lang: Mapping[str, Scores]
    per_source: Mapping[str, Scores]
    latency: Latency
    augment: tuple[AugmentScores, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "version": self.version,
            "overall": self.overall.to_dict(),
            "per_category": {k: v.to_dict() for k, v in self.per_category.items()},
            "per_lang": {k: v.to_dict() for k, v in self.per_lang.items()},
            "per_source": {k: v.to_dict() for k, v in self.per_source.items()},
            "latency": self.latency.to_dict(),
            "augment": {a.kind: a.to_dict() for a in self.augment},
        }


@dataclass(frozen=True, slots=True)
class Comparison:
    """A competitor's figures as ratios of the baseline's (``competitor / baseline``)."""

    name: str
    baseline: str
    balanced_accuracy_ratio: float | None
    tpr_ratio: float | None
    fpr_ratio: float | None
    p50_latency_ratio: float | None
    throughput_ratio: float | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "baseline": self.baseline,
            "balanced_accuracy_ratio": _r(self.balanced_accuracy_ratio),
            "tpr_ratio": _r(self.tpr_ratio),
            "fpr_ratio": _r(self.fpr_ratio),
            "p50_latency_ratio": _r(self.p50_latency_ratio),
            "throughput_ratio": _r(self.throughput_ratio),
        }


def _ratio(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None or b == 0 else a / b


def compare(competitor: AdapterReport, baseline: AdapterReport) -> Comparison:
    c, b = competitor, baseline
    return Comparison(
        name=c.name,
        baseline=b.name,
        balanced_accuracy_ratio=_ratio(c.overall.balanced_accuracy, b.overall.balanced_accuracy),
        tpr_ratio=_ratio(c.overall.tpr, b.overall.tpr),
        fpr_ratio=_ratio(c.overall.fpr, b.overall.fpr),
        p50_latency_ratio=_ratio(c.latency.p50_ms, b.latency.p50_ms),
        throughput_ratio=_ratio(c.latency.throughput_texts_s, b.latency.throughput_texts_s),
    )


@dataclass(frozen=True, slots=True)
class DetectReport:
    """The result of ``run_detect``: one ``AdapterReport`` per detector, and ratios against the baseline."""

    examples: int
    attacks: int
    benign: int
    adapters: tuple[AdapterReport, ...]
    comparisons: tuple[Comparison, ...]
    settings: Mapping[str, Any] = field(default_factory=dict)

    def adapter(self, name: str) -> AdapterReport:
        for a in self.adapters:
            if a.name == name:
                return a
        raise KeyError(name)

    def to_dict(self) -> dict[str, Any]:
        """``{"schema", "dataset", "settings", "results": {name: ...}, "comparisons": {name: ...}}``."""
        return {
            "schema": "shieldwall.bench.detect/1",
            "dataset": {"examples": self.examples, "attacks": self.attacks, "benign": self.benign},
            "settings": dict(self.settings),
            "results": {a.name: a.to_dict() for a in self.adapters},
            "comparisons": {c.name: c.to_dict() for c in self.comparisons},
        }


__all__ = [
    "AdapterReport",
    "AugmentScores",
    "Comparison",
    "Confusion",
    "DetectReport",
    "Latency",
    "Scores",
    "accuracy",
    "augment_scores",
    "balanced_accuracy",
    "compare",
    "confusion",
    "f1",
    "fpr",
    "grouped",
    "latency",
    "per_category",
    "per_lang",
    "per_source",
    "percentile",
    "precision",
    "scores",
    "tnr",
    "tpr",
]
