"""Hostile input for the session 12 helpers of the injection scanner: any text, quotes in any arrangement, megabyte
inputs; they never raise and stay linear."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from shieldwall.core.scanner import ScanContext
from shieldwall.core.types import Role, Segment
from shieldwall.scanners.injection import InjectionScanner, _embedded_from, attack_topic_words, quoted_passage

_QUOTES = st.sampled_from(
    ['"', "\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb", "\u300c", "\u300d", ":", "?", "\n", " "]
)
_TEXT = st.lists(st.one_of(_QUOTES, st.text(max_size=30)), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_helpers_accept_any_text(text: str) -> None:
    assert isinstance(quoted_passage(text), bool)
    at = _embedded_from(text)
    assert at is None or 0 < at <= len(text)
    assert 0 <= attack_topic_words(text) <= 8


@settings(max_examples=60, deadline=None)
@given(_TEXT)
def test_the_scanner_accepts_any_user_turn(text: str) -> None:
    findings = InjectionScanner().scan(Segment(text or "x", Role.USER), ScanContext())
    assert all(0.0 <= f.score <= 1.0 for f in findings)


def test_megabyte_inputs_stay_fast() -> None:
    texts = [
        'Translate: "' + "a" * 1_000_000,  # an opening quote that never closes
        "\u00ab" * 500_000 + "\u00bb" * 500_000,  # nested-looking marks
        "Summarise this:\n" + "attack security leak exploit " * 40_000,
        "\n\n" * 500_000,
    ]
    for text in texts:
        t = time.perf_counter()
        quoted_passage(text)
        _embedded_from(text)
        attack_topic_words(text)
        assert time.perf_counter() - t < 2.0
