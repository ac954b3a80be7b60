"""The numpy head fine-tuner: learns, is seeded, stays anchored, keeps the false-positive rate."""

from __future__ import annotations

import numpy as np
import pytest

from shieldwall.adapt.finetune import (
    FinetuneConfig,
    TrainSet,
    attack_logits,
    balanced_weights,
    finetune_head,
    preserve_fpr,
)
from shieldwall.store.model_versions import EventRow, active_stack

D, H = 16, 8


def _parent(seed: int = 1) -> dict[str, np.ndarray]:
    r = np.random.default_rng(seed)
    return {
        "w0": r.normal(0, 0.3, (D, H)).astype(np.float32),
        "b0": np.zeros(H, np.float32),
        "w1": r.normal(0, 0.3, (H, 3)).astype(np.float32),
        "b1": np.zeros(3, np.float32),
        "calib": np.array([[1.0, 0.0]] * 3, np.float32),
    }


def _data(n: int = 200, seed: int = 0) -> TrainSet:
    """Attacks point along +e0, benign along -e0; every second text has two windows (one of them noise)."""
    r = np.random.default_rng(seed)
    y = (np.arange(n) % 2).astype(np.int64)
    xs, owner = [], []
    for i in range(n):
        v = r.normal(0, 0.2, D)
        v[0] += 1.0 if y[i] else -1.0
        xs.append(v)
        owner.append(i)
        if i % 2 == 0:
            xs.append(r.normal(0, 0.2, D) - np.eye(D)[0])  # a benign-looking extra window
            owner.append(i)
    fb = np.zeros(n, bool)
    return TrainSet(np.array(xs, np.float32), np.array(owner), y, balanced_weights(y, fb, 5.0), fb)


def _acc(arrays: dict[str, np.ndarray], d: TrainSet) -> float:
    z = attack_logits(arrays, d.x, d.owner, len(d.y))
    return float(((z > 0).astype(int) == d.y).mean())


def test_learns_and_is_deterministic() -> None:
    d = _data()
    cfg = FinetuneConfig(epochs=30, lr=0.01, anchor=0.0)
    a, stats = finetune_head(_parent(), d, cfg)
    b, _ = finetune_head(_parent(), d, cfg)
    assert _acc(a, d) > 0.95
    assert stats["last_epoch_loss"] < stats["first_epoch_loss"]
    for k in ("w0", "b0", "w1", "b1"):
        assert np.array_equal(a[k], b[k])
    # only the attack logit is trained: the other outputs' last layer is untouched
    assert np.array_equal(a["w1"][:, 1:], _parent()["w1"][:, 1:])


def test_anchor_limits_drift() -> None:
    d = _data()
    _, s_free = finetune_head(_parent(), d, FinetuneConfig(epochs=20, lr=0.01, anchor=0.0))
    _, s_held = finetune_head(_parent(), d, FinetuneConfig(epochs=20, lr=0.01, anchor=50.0))
    assert s_held["relative_drift"] < 0.5 * s_free["relative_drift"]


def test_feedback_weight_counts() -> None:
    """One feedback text labelled attack, lying among benign ones: with weight it is learnt."""
    d = _data()
    r = np.random.default_rng(3)
    v = r.normal(0, 0.2, D).astype(np.float32)
    v[0] -= 1.0  # looks benign
    v[1] += 2.0  # but has its own direction
    x = np.vstack([d.x, v])
    owner = np.concatenate([d.owner, [len(d.y)]])
    y = np.concatenate([d.y, [1]])
    fb = np.zeros(len(y), bool)
    fb[-1] = True
    cfg = FinetuneConfig(epochs=30, lr=0.01, anchor=0.0)
    weak = TrainSet(x, owner, y, balanced_weights(y, fb, 0.01), fb)
    strong = TrainSet(x, owner, y, balanced_weights(y, fb, 50.0), fb)
    zw = attack_logits(finetune_head(_parent(), weak, cfg)[0], x, owner, len(y))[-1]
    zs = attack_logits(finetune_head(_parent(), strong, cfg)[0], x, owner, len(y))[-1]
    assert zs > zw and zs > 0


def test_preserve_fpr_lowers_the_offset_only_when_needed() -> None:
    d = _data()
    parent = _parent()
    child = {k: v.copy() for k, v in parent.items()}
    child["b1"] = child["b1"] + np.array([5.0, 0, 0], np.float32)  # every text now scores high
    benign = d.y == 0
    res = preserve_fpr(parent, child, d.x, d.owner, benign)
    assert res["child_fpr_before"] > res["parent_fpr"]
    assert res["child_fpr"] <= res["parent_fpr"] + 1e-9 and res["offset_shift"] < 0
    same = {k: v.copy() for k, v in parent.items()}
    assert preserve_fpr(parent, same, d.x, d.owner, benign)["offset_shift"] == 0.0


def test_balanced_weights() -> None:
    y = np.array([0, 0, 0, 1, 1])
    fb = np.array([False, False, False, False, True])
    w = balanced_weights(y, fb, 7.0)
    assert w[4] == 7.0
    assert np.isclose(w[:3].sum(), w[3:4].sum())
    capped = balanced_weights(y, fb, 7.0, feedback_share=0.25)
    assert np.isclose(capped[4], 0.25 * 4)  # a quarter of the four replay texts' weight


@pytest.mark.parametrize(
    "kwargs",
    [{"epochs": 0}, {"lr": 0.0}, {"lr": 1.0}, {"batch": 0}, {"anchor": -1.0}, {"feedback_weight": 0.0}],
)
def test_bad_config(kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        FinetuneConfig(**kwargs)  # type: ignore[arg-type]


def test_bad_train_sets() -> None:
    x = np.zeros((2, D), np.float32)
    with pytest.raises(ValueError, match="one entry per text"):
        TrainSet(x, np.array([0, 1]), np.array([0, 1]), np.ones(3, np.float32), np.zeros(2, bool))
    with pytest.raises(ValueError, match="at least one window"):
        TrainSet(x, np.array([0, 0]), np.array([0, 1]), np.ones(2, np.float32), np.zeros(2, bool))
    with pytest.raises(ValueError, match="does not exist"):
        TrainSet(x, np.array([0, 5]), np.array([0, 1]), np.ones(2, np.float32), np.zeros(2, bool))


def _ev(kind: str, version: str) -> EventRow:
    return EventRow(0, "", kind, version, None, None, "t", {})


def test_active_stack() -> None:
    evs = [_ev("promote", "a"), _ev("gate", "b"), _ev("promote", "b"), _ev("rollback", "b"), _ev("promote", "c")]
    assert active_stack(evs, "shipped") == ["shipped", "a", "c"]
    assert active_stack([_ev("rollback", "x")], "shipped") == ["shipped"]
