"""The ``lookalike`` corpus: labelled both ways, 22 languages, one source, and apart from every probe set."""

from __future__ import annotations

from shieldwall.models.training.hardneg import hardneg_texts
from shieldwall.models.training.lookalike import lookalike_texts
from shieldwall.models.training.train import load_extra
from tests.models.test_hardneg import WRITTEN, _shingles


def test_labelled_both_ways_in_many_languages() -> None:
    recs = lookalike_texts()
    benign = [r for r in recs if r.label == 0]
    attacks = [r for r in recs if r.label == 1]
    assert len(benign) >= 280 and len(attacks) >= 280
    assert len({r.lang for r in benign}) >= 22 and len({r.lang for r in attacks}) >= 22
    assert all(r.group == "shieldwall/lookalike" for r in recs)  # one source for leave-one-source-out
    assert {r.category for r in benign} == {"hard_negative"}
    assert {r.category for r in attacks} == {"injection", "jailbreak"}
    assert len({r.text for r in recs}) == len(recs)


def test_apart_from_the_written_probe_sets_and_hardneg() -> None:
    corpus: set[str] = set()
    for r in lookalike_texts():
        corpus |= _shingles(r.text)
    others = [r.text for r in hardneg_texts()]
    for path in sorted(WRITTEN.glob("set*.tsv")):
        others += [line.split("\t")[3].replace("\\n", "\n") for line in path.read_text(encoding="utf-8").splitlines()]
    assert [t for t in others if _shingles(t) & corpus] == []


def test_selected_by_name() -> None:
    assert len(load_extra(["lookalike"])) == len(lookalike_texts())
