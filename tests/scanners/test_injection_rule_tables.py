"""The rule tables written by helpers under a size budget: session 12 (overrides that void the assistant's rules,
jailbreak set-ups in the European languages) and session 13 (English jailbreak frames and extraction shapes, jailbreak
set-ups in 14 more languages, notes planted in documents for the AI that processes them in 22 languages). Every rule
matches its positive sentences and none of its look-alikes, has anchor words, and the scanner reports the positives
under the rule's family."""

from __future__ import annotations

import re
import time
import unicodedata

import pytest

from shieldwall.core.scanner import ScanContext
from shieldwall.core.types import Role, Segment
from shieldwall.scanners import _injection_data as data
from shieldwall.scanners import (
    _injection_dead_relative,
    _injection_en_frames,
    _injection_jb_asia,
    _injection_jb_east,
    _injection_jb_eu,
    _injection_notes,
    _injection_privilege,
    _injection_voided,
)
from shieldwall.scanners.injection import InjectionScanner, _anchor_sets
from tests.scanners.s12_jb_cases import TESTS as JB_CASES
from tests.scanners.s12_voided_cases import TESTS as VOIDED_CASES
from tests.scanners.s13_dead_relative_cases import TESTS as DEAD_CASES
from tests.scanners.s13_en_cases import TESTS as EN_CASES
from tests.scanners.s13_jb_asia_cases import TESTS as JB_ASIA_CASES
from tests.scanners.s13_jb_east_cases import TESTS as JB_EAST_CASES
from tests.scanners.s13_notes_cases import TESTS as NOTES_CASES
from tests.scanners.s13_privilege_cases import TESTS as PRIVILEGE_CASES

TABLES = (
    _injection_voided.TABLE,
    _injection_jb_eu.TABLE,
    _injection_en_frames.TABLE,
    _injection_jb_east.TABLE,
    _injection_jb_asia.TABLE,
    _injection_notes.TABLE,
    _injection_dead_relative.TABLE,
    _injection_privilege.TABLE,
)
CASES = {
    **VOIDED_CASES,
    **JB_CASES,
    **EN_CASES,
    **JB_EAST_CASES,
    **JB_ASIA_CASES,
    **NOTES_CASES,
    **DEAD_CASES,
    **PRIVILEGE_CASES,
}
RULES = {key: (family, rx, w) for table in TABLES for specs in table.values() for family, key, rx, w in specs}


def _norm(text: str) -> str:
    return ScanContext().normalized(text).text.lower()  # what the scanner matches: hygiene folds Turkish ı to i


def test_every_rule_has_cases_and_is_in_the_scanners_tables() -> None:
    assert len(RULES) >= 370
    assert set(RULES) <= set(CASES)
    keys = {spec[1] for spec in data.ALL}
    assert set(RULES) <= keys
    for key, (positives, negatives) in CASES.items():
        assert len(positives) >= 4 and len(negatives) >= 4, key


@pytest.mark.parametrize("key", sorted(RULES))
def test_rule_matches_its_positives_and_none_of_its_look_alikes(key: str) -> None:
    _family, rx, weight = RULES[key]
    assert 0.35 <= weight <= 0.8
    assert len(rx) <= 1300
    assert "*" not in rx.replace("\\*", "") and not re.search(r"\{\d+,\}", rx), "bounded repeats only"
    pattern = re.compile(unicodedata.normalize("NFKC", rx), re.IGNORECASE)
    positives, negatives = CASES[key]
    for text in positives:
        assert pattern.search(_norm(text)), (key, text)
    for text in negatives:
        assert not pattern.search(_norm(text)), (key, text)


@pytest.mark.parametrize("key", sorted(RULES))
def test_every_rule_has_anchor_words_found_quickly(key: str) -> None:
    started = time.perf_counter()
    sets = _anchor_sets(unicodedata.normalize("NFKC", RULES[key][1]), data.ANCHOR_HINTS.get(key))
    assert sets, key
    assert time.perf_counter() - started < 0.5


@pytest.fixture(scope="module")
def scanner() -> InjectionScanner:
    return InjectionScanner(min_score=0.0)


@pytest.mark.parametrize("key", sorted(RULES))
def test_the_scanner_reports_the_positives(scanner: InjectionScanner, key: str) -> None:
    family = RULES[key][0]
    for text in CASES[key][0]:
        findings = scanner.scan(Segment(text, Role.USER), ScanContext())
        assert any(family in f.message for f in findings), (key, text, [f.message for f in findings])
