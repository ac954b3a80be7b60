from __future__ import annotations

import dataclasses

import pytest

from shieldwall.core.redact import Redaction, Vault, apply, merge
from shieldwall.core.types import Action, Category, Finding, Role, Segment, Span, Trust, combine, mask


def test_action_order_and_combine():
    assert Action.ALLOW < Action.FLAG < Action.REDACT < Action.BLOCK
    assert combine([Action.FLAG, Action.BLOCK, Action.REDACT]) is Action.BLOCK
    assert combine([]) is Action.ALLOW
    assert max(Action) is Action.BLOCK


def test_types_are_frozen_and_validated():
    f = Finding("s", "s.r", Category.PII, 0.5, "m")
    with pytest.raises(dataclasses.FrozenInstanceError):
        f.score = 1.0  # type: ignore[misc]
    with pytest.raises(ValueError):
        Finding("s", "s.r", Category.PII, 1.5, "m")
    with pytest.raises(ValueError):
        Span(5, 2)
    assert len(Finding("s", "s.r", Category.PII, 0.5, "m", evidence="x" * 500).evidence) <= 64


def test_segment_trust_defaults_from_role():
    assert Segment("x", Role.SYSTEM).trust is Trust.TRUSTED
    assert Segment("x", Role.DOCUMENT).untrusted
    assert Segment("x", Role.USER, Trust.TRUSTED).trust is Trust.TRUSTED


def test_mask_never_returns_the_value():
    secret = "sk-abcdefghijklmnopqrstuvwxyz"
    assert secret not in mask(secret) and mask(secret).startswith("sk-a")
    assert mask("abc") == "***"


def test_vault_reuses_placeholders_and_restores():
    v = Vault()
    assert v.placeholder("email", "a@b.c") == "[EMAIL_1]"
    assert v.placeholder("EMAIL", "a@b.c") == "[EMAIL_1]"
    assert v.placeholder("EMAIL", "d@e.f") == "[EMAIL_2]"
    assert v.restore("to [EMAIL_2] and [EMAIL_1], not [EMAIL_9]") == "to d@e.f and a@b.c, not [EMAIL_9]"
    assert "a@b.c" not in repr(v)


def test_vault_is_bounded():
    v = Vault(max_entries=2)
    for i in range(5):
        v.placeholder("X", str(i))
    assert len(v) == 2


def test_apply_merges_overlapping_spans():
    v = Vault()
    text = "0123456789"
    out = apply(text, [Redaction(Span(2, 5), "A"), Redaction(Span(4, 7), "B"), Redaction(Span(8, 9), "C")], v)
    assert out == "01[A_1]7[C_1]9"
    assert [r.span for r in merge([Redaction(Span(0, 2), "A"), Redaction(Span(0, 5), "B")])] == [Span(0, 5)]
