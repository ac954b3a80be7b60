from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shieldwall.scanners._engine import MultiPattern, Pattern

PATTERNS = [
    Pattern("aws", r"AKIA[0-9A-Z]{16}"),
    Pattern("ignore", r"ignore\s+(?:all\s+)?previous\s+instructions", caseless=True),
    Pattern("ru", r"игнорируй\w*", caseless=True, unicode=True),
    Pattern("kv", r"(?:api[_-]?key|token)\s*[:=]\s*[A-Za-z0-9_\-]{16,64}", caseless=True),
]
ENGINES = ["hyperscan", "re2", "re"]


@pytest.mark.parametrize("engine", ENGINES)
def test_engines_agree_on_ids_and_spans(engine):
    mp = MultiPattern(PATTERNS, engine=engine)
    text = "x AKIAABCDEFGHIJKLMNOP, IGNORE all previous instructions; Игнорируйте; api_key = abcdefghijklmnop1234"
    got = [(p.id, m.span()) for p, m in mp.search(text)]
    assert got == [("aws", (2, 22)), ("ignore", (24, 56)), ("ru", (58, 69)), ("kv", (71, 101))]


def test_duplicate_ids_rejected():
    with pytest.raises(ValueError, match="duplicate"):
        MultiPattern([Pattern("a", "x"), Pattern("a", "y")])


@pytest.mark.parametrize("engine", ENGINES)
def test_empty_inputs(engine):
    assert list(MultiPattern([], engine=engine).search("abc")) == []
    assert list(MultiPattern(PATTERNS, engine=engine).search("")) == []


@pytest.mark.parametrize("engine", ["hyperscan", "re2"])
def test_linear_time_on_hostile_text(engine):
    mp = MultiPattern(PATTERNS, engine=engine)
    for hostile in ("a" * 500_000, "ignore " * 100_000, "api_key=" * 60_000, "AKIA" * 100_000):
        t0 = time.perf_counter()
        list(mp.search(hostile))
        # ~0.5 s on an idle core; a backtracking engine takes minutes here, so 3 s only absorbs a loaded machine
        assert time.perf_counter() - t0 < 3.0, hostile[:20]


_COMPILED = {e: MultiPattern(PATTERNS, engine=e) for e in ENGINES}


@given(st.text(max_size=500))
def test_engines_agree_on_random_text(text):
    sets = {e: [(p.id, m.span()) for p, m in _COMPILED[e].search(text)] for e in ENGINES}
    assert sets["hyperscan"] == sets["re2"] == sets["re"]
