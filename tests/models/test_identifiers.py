"""The ``identifiers`` corpus: seeded, labelled both ways, disjoint from its probe, benign side heuristics-clean."""

from __future__ import annotations

from shieldwall.core.scanner import ScanContext
from shieldwall.core.types import Segment
from shieldwall.models.probes import identifier_probe
from shieldwall.models.training.identifiers import identifier_texts
from shieldwall.scanners.injection import InjectionScanner


def _norm(t: str) -> str:
    return " ".join(t.casefold().split())


def test_corpus_is_seeded_and_labelled_both_ways() -> None:
    recs = identifier_texts()
    assert [r.text for r in recs] == [r.text for r in identifier_texts()]
    assert [r.text for r in recs] != [r.text for r in identifier_texts(seed=1)]
    benign = [r for r in recs if r.label == 0]
    attacks = [r for r in recs if r.label == 1]
    assert len(benign) >= 250 and len(attacks) >= 40
    assert len({r.lang for r in benign}) >= 9
    assert all(r.group == "shieldwall/identifiers" for r in recs)  # one source for leave-one-source-out


def test_disjoint_from_the_identifier_probe() -> None:
    corpus = {_norm(r.text) for r in identifier_texts()}
    probe = [t for _, t in identifier_probe()]
    assert len(probe) == 36
    assert not corpus & {_norm(t) for t in probe}


def test_the_heuristics_see_no_attack_on_the_benign_side_and_some_on_the_attack_side() -> None:
    scanner = InjectionScanner()
    recs = identifier_texts()
    benign_hits = [r.text for r in recs if r.label == 0 and scanner.scan(Segment(r.text), ScanContext())]
    assert benign_hits == []
    attack_hits = [r for r in recs if r.label == 1 and scanner.scan(Segment(r.text), ScanContext())]
    assert len(attack_hits) >= 30
