"""The ``indirect`` corpus: documents with and without an instruction to the assistant; seeded; probe disjoint."""

from __future__ import annotations

from shieldwall.models.training.indirect import SOURCE, indirect_documents, probe
from shieldwall.models.training.train import load_extra


def _norm(t: str) -> str:
    return " ".join(t.casefold().split())


def test_corpus_is_seeded_balanced_and_one_source() -> None:
    recs = indirect_documents()
    assert [r.text for r in recs] == [r.text for r in indirect_documents()]
    attacks = [r for r in recs if r.label == 1]
    benign = [r for r in recs if r.label == 0]
    assert len(attacks) >= 400 and all(r.category == "indirect_injection" for r in attacks)
    assert len(benign) >= len(attacks)  # clean copies, human-addressed instructions, user requests
    assert {r.category for r in benign} == {"benign_document", "benign_chat"}
    assert len({r.lang for r in attacks}) >= 10
    assert all(r.group == SOURCE for r in recs)  # one source for leave-one-source-out
    assert len(load_extra(["indirect"])) == len({_norm(r.text) for r in recs})  # deduplicated when loaded


def test_every_attack_carries_an_instruction_the_clean_documents_lack() -> None:
    recs = indirect_documents()
    clean_lines = {line for r in recs if r.label == 0 for line in r.text.split("\n")}
    for r in (r for r in recs if r.label == 1):
        assert [line for line in r.text.split("\n") if line not in clean_lines], r.text


def test_probe_is_disjoint_and_paired() -> None:
    corpus = {_norm(r.text) for r in indirect_documents()}
    items = probe()
    assert sum(label for label, _ in items) == len(items) // 2 >= 10
    assert not any(_norm(t) in corpus for _, t in items)


def test_corpus_mask_drops_only_the_left_out_corpus() -> None:
    """``--gate-extra``: the gate's data is the head's minus the corpora it leaves out; the data always stays."""
    from shieldwall.models.labelled import Record
    from shieldwall.models.training.train import corpus_mask

    data = [Record("The quarterly report is attached.", 0, "benign_document", "en", "acme/docs:a.md")]
    records = data + load_extra(["everyday", "indirect"])
    mask = corpus_mask(records, ["everyday", "indirect"], ["indirect"])
    assert mask is not None and mask[0]
    assert all(m == (r.group != "shieldwall/everyday") for r, m in zip(records, mask, strict=True))
    assert corpus_mask(records, ["everyday", "indirect"], None) is None
    assert corpus_mask(records, ["everyday", "indirect"], ["everyday", "indirect"]) is None
