"""The ``everyday`` benign corpus: benign by construction, disjoint from its probe, deterministic."""

from __future__ import annotations

from shieldwall.core.scanner import ScanContext
from shieldwall.core.types import Segment
from shieldwall.models.probes import conversation_probe, instruction_probe, probe_attacks, probe_texts
from shieldwall.models.training.everyday import everyday_requests
from shieldwall.scanners.injection import InjectionScanner


def _norm(t: str) -> str:
    return " ".join(t.casefold().split())


def test_corpus_is_multilingual_and_seeded() -> None:
    recs = everyday_requests()
    benign = [r for r in recs if r.label == 0]
    attacks = [r for r in recs if r.label == 1]
    assert len(benign) >= 300 and all(r.category == "benign_chat" for r in benign)
    assert len(attacks) >= 100 and all(r.category == "injection" for r in attacks)
    assert len({r.lang for r in benign}) >= 10
    assert len({_norm(r.text) for r in recs}) == len(recs)  # no duplicates
    assert [r.text for r in recs] == [r.text for r in everyday_requests()]
    assert all(r.group == "shieldwall/everyday" for r in recs)  # one source for leave-one-source-out


def test_the_heuristics_see_no_attack_in_it() -> None:
    """A guard against writing attack-like phrasing into a benign corpus by mistake."""
    scanner = InjectionScanner()
    probes = probe_texts() + conversation_probe() + instruction_probe()
    texts = [r.text for r in everyday_requests() if r.label == 0] + [t for _, t in probes]
    hits = [t for t in texts if any(f.score >= 0.5 for f in scanner.scan(Segment(t), ScanContext()))]
    assert hits == []


def test_probe_is_disjoint_from_the_corpus() -> None:
    corpus = {_norm(r.text) for r in everyday_requests()}
    probe = [t for _, t in probe_texts()]
    attacks = [t for _, t in probe_attacks()]
    chat = [t for _, t in conversation_probe() + instruction_probe()]
    assert len(probe) >= 40 and len(attacks) >= 10 and len(chat) >= 40
    assert not any(_norm(t) in corpus for t in probe + attacks + chat)
    assert len({lang for lang, _ in conversation_probe()}) >= 12
