"""``benchmarks/bench_written_sets.py --thresholds``: pooled operating points over hand-made sets and scores."""

from __future__ import annotations

from benchmarks.bench_written_sets import operating_points


def _row(label: int, kind: str, lang: str = "en") -> dict:
    return {"label": label, "kind": kind, "lang": lang, "text": "t"}


def test_mixes_pool_attacks_and_ordinary_benign_and_hard_negatives_come_from_every_set() -> None:
    sets = {
        "1": [_row(1, "injection"), _row(1, "jailbreak", "de"), _row(0, "chat"), _row(0, "document"),
              _row(0, "hard_negative")],
        "2": [_row(1, "injection"), _row(0, "about_attacks"), _row(0, "system_prompt")],  # no chats: not a mix
    }  # fmt: skip
    scores = {
        "1": [{"user": s, "document": 0.0} for s in (0.9, 0.75, 0.85, 0.1, 0.79)],
        "2": [{"user": s, "document": 0.0} for s in (0.1, 0.95, 0.5)],
    }
    at8, at7 = operating_points(sets, scores, [0.8, 0.7])
    assert at8["counts"] == {"attacks": 2, "mix_benign": 3, "hard_negatives": 3}
    assert (at8["mix_tpr"], at8["mix_tpr_en"], at8["mix_tpr_other"]) == (0.5, 1.0, 0.0)
    assert at8["mix_fpr"] == round(1 / 3, 4) and at8["mix_fpr_ordinary"] == 0.5
    assert at8["mix_balanced_accuracy"] == round(0.5 * (0.5 + 1 - round(1 / 3, 4)), 4)
    assert at8["hard_negative_accuracy"] == round(2 / 3, 4)
    assert at7["mix_tpr"] == 1.0 and at7["mix_fpr"] == round(2 / 3, 4)
    assert at7["hard_negative_accuracy"] == round(1 / 3, 4)
