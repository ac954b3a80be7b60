"""The ``hardneg`` corpus: labelled both ways, 20+ languages, one source, and apart from every probe set."""

from __future__ import annotations

from pathlib import Path

from shieldwall.models.probes import conversation_probe, instruction_probe, probe_attacks, probe_texts
from shieldwall.models.training.hardneg import hardneg_texts
from shieldwall.models.training.train import load_extra

WRITTEN = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "written"


def _shingles(text: str) -> set[str]:
    words = text.casefold().split()
    return {" ".join(words[i : i + 8]) for i in range(max(0, len(words) - 7))}


def test_labelled_both_ways_in_many_languages() -> None:
    recs = hardneg_texts()
    benign = [r for r in recs if r.label == 0]
    attacks = [r for r in recs if r.label == 1]
    assert len(benign) >= 400 and len(attacks) >= 120
    assert len({r.lang for r in benign}) >= 20 and len({r.lang for r in attacks}) >= 20
    assert all(r.group == "shieldwall/hardneg" for r in recs)  # one source for leave-one-source-out
    assert {r.category for r in benign} == {"hard_negative"}
    assert len({r.text for r in recs}) == len(recs)


def test_apart_from_the_probes_and_the_written_probe_sets() -> None:
    corpus: set[str] = set()
    for r in hardneg_texts():
        corpus |= _shingles(r.text)
    others = [t for _, t in probe_texts() + probe_attacks() + conversation_probe() + instruction_probe()]
    for path in sorted(WRITTEN.glob("set*.tsv")):
        others += [line.split("\t")[3].replace("\\n", "\n") for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(others) > 700
    shared = [t for t in others if _shingles(t) & corpus]
    assert shared == []


def test_selected_by_name() -> None:
    assert len(load_extra(["hardneg"])) == len(hardneg_texts())
