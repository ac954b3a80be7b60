from __future__ import annotations

import pytest

from shieldwall.bench import metrics as m
from shieldwall.bench.datasets import Example

# labels/flags by hand: 4 attacks (3 caught), 6 benign (1 flagged)
LABELS = [1, 1, 1, 1, 0, 0, 0, 0, 0, 0]
FLAGS = [True, True, True, False, True, False, False, False, False, False]


def test_confusion_and_rates():
    c = m.confusion(LABELS, FLAGS)
    assert (c.tp, c.fp, c.tn, c.fn) == (3, 1, 5, 1)
    assert m.tpr(c) == pytest.approx(0.75)
    assert m.fpr(c) == pytest.approx(1 / 6)
    assert m.tnr(c) == pytest.approx(5 / 6)
    assert m.balanced_accuracy(c) == pytest.approx((0.75 + 5 / 6) / 2)
    assert m.precision(c) == pytest.approx(0.75)
    assert m.f1(c) == pytest.approx(0.75)
    assert m.accuracy(c) == pytest.approx(0.8)


def test_undefined_figures_are_none():
    only_benign = m.confusion([0, 0], [False, False])
    assert m.tpr(only_benign) is None and m.balanced_accuracy(only_benign) is None
    assert m.precision(only_benign) is None and m.f1(only_benign) is None
    assert m.fpr(only_benign) == 0.0 and m.accuracy(only_benign) == 1.0
    missed_all = m.confusion([1, 0], [False, True])
    assert m.f1(missed_all) == 0.0
    assert m.balanced_accuracy(missed_all) == 0.0


def test_confusion_length_mismatch():
    with pytest.raises(ValueError, match="2 labels but 1 predictions"):
        m.confusion([0, 1], [True])


@pytest.mark.parametrize(
    ("values", "q", "expected"),
    [
        ([5.0], 50, 5.0),
        ([1.0, 2.0, 3.0, 4.0], 50, 2.5),
        ([3.0, 1.0, 2.0], 50, 2.0),
        ([float(i) for i in range(1, 101)], 99, 99.01),
        ([1.0, 2.0, 3.0, 4.0], 0, 1.0),
        ([1.0, 2.0, 3.0, 4.0], 100, 4.0),
        ([], 50, None),
    ],
)
def test_percentile(values, q, expected):
    got = m.percentile(values, q)
    assert got == (pytest.approx(expected) if expected is not None else None)


def test_percentile_range():
    with pytest.raises(ValueError):
        m.percentile([1.0], 101)


def _examples() -> list[Example]:
    return [
        Example("a1", 1, "injection", "en", "s1"),
        Example("a2", 1, "injection", "en", "s1"),
        Example("a3", 1, "jailbreak", "fr", "s2"),
        Example("b1", 0, "benign_chat", "en", "s1"),
        Example("b2", 0, "benign_chat", "fr", "s2"),
        Example("b3", 0, "hard_negative", "de", None),
    ]


def test_per_group_scores():
    ex = _examples()
    flags = [True, False, True, True, False, False]
    cat = m.per_category(ex, flags)
    assert list(cat) == ["benign_chat", "hard_negative", "injection", "jailbreak"]
    assert cat["injection"].accuracy == pytest.approx(0.5) and cat["injection"].kind == "attack"
    assert cat["benign_chat"].accuracy == pytest.approx(0.5) and cat["benign_chat"].kind == "benign"
    assert cat["jailbreak"].accuracy == 1.0
    lang = m.per_lang(ex, flags)
    assert lang["en"].balanced_accuracy == pytest.approx((0.5 + 0.0) / 2)
    assert lang["fr"].balanced_accuracy == pytest.approx(1.0)
    assert lang["de"].balanced_accuracy is None and lang["de"].accuracy == 1.0
    src = m.per_source(ex, flags)
    assert set(src) == {"s1", "s2", m.UNKNOWN}
    assert src["s1"].n == 3 and src["s1"].tpr == pytest.approx(0.5) and src["s1"].fpr == 1.0


def test_latency_figures():
    lat = m.latency([0.001, 0.002, 0.003], texts=30, chars=300, batched_s=0.5, batch_size=8)
    assert lat.p50_ms == pytest.approx(2.0) and lat.mean_ms == pytest.approx(2.0)
    assert lat.p99_ms == pytest.approx(2.98)
    assert lat.throughput_texts_s == pytest.approx(60.0) and lat.throughput_chars_s == pytest.approx(600.0)
    empty = m.latency([], texts=0, chars=0, batched_s=0.0, batch_size=1)
    assert empty.p50_ms is None and empty.throughput_texts_s is None


def test_augment_scores_flips_and_evasion():
    ex = _examples()
    before = [True, True, True, False, False, False]
    after = [True, False, True, True, False, False]
    a = m.augment_scores("spacing", ex, before, after, changed=6)
    assert a.flip_rate == pytest.approx(2 / 6)
    assert a.evasion_rate == pytest.approx(1 / 3)
    assert a.tpr_delta == pytest.approx(-1 / 3)
    assert a.fpr_delta == pytest.approx(1 / 3)


def _report(name: str, flags: list[bool], p50: float, rate: float) -> m.AdapterReport:
    ex = _examples()
    return m.AdapterReport(
        name=name,
        version="1",
        overall=m.scores(ex, flags),
        per_category=m.per_category(ex, flags),
        per_lang=m.per_lang(ex, flags),
        per_source=m.per_source(ex, flags),
        latency=m.Latency(10, p50, p50 * 2, p50, rate, rate * 10, 32),
    )


def test_compare_ratios_and_stable_json_shape():
    base = _report("shieldwall", [True, True, True, True, False, False], 0.1, 1000.0)
    other = _report("other", [True, False, False, True, True, False], 1.0, 100.0)
    c = m.compare(other, base)
    assert c.balanced_accuracy_ratio == pytest.approx((0.5 * (1 / 3 + 1 / 3)) / (0.5 * (1 + 2 / 3)))
    assert c.fpr_ratio == pytest.approx(2.0)
    assert c.p50_latency_ratio == pytest.approx(10.0)
    assert c.throughput_ratio == pytest.approx(0.1)
    zero_fpr = _report("z", [True, True, True, False, False, False], 0.1, 1.0)
    assert m.compare(other, zero_fpr).fpr_ratio is None
    report = m.DetectReport(6, 3, 3, (base, other), (c,), {"seed": 0})
    d = report.to_dict()
    assert list(d) == ["schema", "dataset", "settings", "results", "comparisons"]
    assert list(d["results"]) == ["shieldwall", "other"]
    assert list(d["results"]["other"]) == [
        "name", "version", "overall", "per_category", "per_lang", "per_source", "latency", "augment",
    ]  # fmt: skip
    assert set(d["results"]["other"]["overall"]) >= {"tpr", "fpr", "balanced_accuracy", "precision", "f1", "kind"}
    assert d["comparisons"]["other"]["fpr_ratio"] == 2.0
    assert report.adapter("other") is other
