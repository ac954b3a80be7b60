"""The ``roleplay`` corpus: benign games and security-awareness requests paired with attacks in the same forms."""

from __future__ import annotations

from shieldwall.models.training.roleplay import SOURCE, roleplay_requests


def test_corpus_is_seeded_paired_and_one_source() -> None:
    recs = roleplay_requests()
    assert [r.text for r in recs] == [r.text for r in roleplay_requests()]
    benign = [r for r in recs if r.label == 0]
    attacks = [r for r in recs if r.label == 1]
    assert len(benign) >= 100 and len(attacks) >= 50
    assert {r.category for r in attacks} == {"jailbreak", "injection"}
    assert len({r.lang for r in benign}) >= 10
    assert len({" ".join(r.text.casefold().split()) for r in recs}) == len(recs)  # no duplicates
    assert all(r.group == SOURCE for r in recs)


def test_attacks_ask_for_what_the_benign_side_never_does() -> None:
    """The contrast is the task (rules dropped, secrets asked for), not the form: no benign text asks for them."""
    words = ("no rules", "system prompt", "api key", "admin password", "hidden instructions", "secret token")
    recs = roleplay_requests()
    assert not [r.text for r in recs if r.label == 0 and any(w in r.text.casefold() for w in words)]
    hits = [r for r in recs if r.label == 1 and any(w in r.text.casefold() for w in words)]
    assert len(hits) >= len([r for r in recs if r.label == 1]) // 2
