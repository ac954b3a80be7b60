"""``benchmarks/loso_operating_point.py`` on a hand-made scores file: pooled and per-source figures, bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from benchmarks import loso_operating_point as lop


def _write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _row(source: str, label: int, score: float, lang: str = "en", category: str = "") -> dict:
    cat = category or ("injection" if label else "benign_chat")
    return {"source": source, "category": cat, "lang": lang, "label": label, "detector": score, "model": score,
            "heuristics": 0.0}  # fmt: skip


def test_pooled_and_per_source_figures(tmp_path: Path) -> None:
    rows = [
        _row("a/attacks", 1, 0.9), _row("a/attacks", 1, 0.6), _row("a/attacks", 1, 0.2, lang="de"),
        _row("b/benign", 0, 0.1), _row("b/benign", 0, 0.7, category="hard_negative"),
        _row("c/mixed", 1, 0.95, lang="de"), _row("c/mixed", 0, 0.85, lang="de"),
    ]  # fmt: skip
    got = lop.read_scores(_write(tmp_path / "s.jsonl", rows), "detector")
    p = lop.point(got, 0.8)
    assert p.tpr == pytest.approx(2 / 4) and p.fpr == pytest.approx(1 / 3)
    assert p.hard_negative_accuracy == 1.0
    assert p.balanced_accuracy == pytest.approx((0.5 + 2 / 3) / 2)
    assert p.balanced_accuracy_en == pytest.approx((0.5 + 1.0) / 2)  # en: attacks 1/2, benign 2/2
    assert p.balanced_accuracy_other == pytest.approx((0.5 + 0.0) / 2)  # de: attacks 1/2, benign 0/1
    # a: recall 1/3; b: 2/2 kept; c: (1 + 0) / 2
    assert p.loso_mean == pytest.approx((1 / 3 + 1.0 + 0.5) / 3)
    low = lop.point(got, 0.5)
    assert low.tpr == pytest.approx(3 / 4) and low.hard_negative_accuracy == 0.0
    assert "| 0.80 |" in lop.table([p, low])


def test_bad_files_are_clear_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(_row("a/b", 1, 0.5)) + "\n{not json\n", encoding="utf-8")
    assert lop.main(["--scores", str(bad)]) == 2
    assert f"{bad}:2: not a `train loso --scores` line" in capsys.readouterr().err
    assert lop.main(["--scores", str(tmp_path / "missing.jsonl")]) == 2
    assert "cannot read" in capsys.readouterr().err
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n", encoding="utf-8")
    assert lop.main(["--scores", str(empty)]) == 2
    assert "no scores" in capsys.readouterr().err
    ok = _write(tmp_path / "ok.jsonl", [_row("a/b", 1, 0.5)])
    assert lop.main(["--scores", str(ok), "--column", "nope"]) == 2
    assert lop.main(["--scores", str(ok), "--thresholds", "0.5,x"]) == 2
    assert lop.main(["--scores", str(ok), "--thresholds", "1.5"]) == 2
    assert lop.main(["--scores", str(ok), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["points"][0]["tpr"] == 1.0
