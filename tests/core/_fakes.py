"""Small real scanners for core tests (not mocks: they implement the protocol)."""

from __future__ import annotations

import base64
import re
import time
from collections.abc import Mapping, Sequence
from typing import ClassVar

from shieldwall.core.scanner import Derived, ScanContext
from shieldwall.core.types import Category, Direction, Finding, Role, Segment, Span


class WordScanner:
    """Flags a configured word (test scanner)."""

    name: ClassVar[str] = "word"
    categories: ClassVar[frozenset[Category]] = frozenset({Category.SECRET})
    directions: ClassVar[frozenset[Direction]] = frozenset(Direction)
    roles: ClassVar[frozenset[Role]] = frozenset(Role)
    rules: ClassVar[Mapping[str, str]] = {"word.hit": "the word"}

    def __init__(self, *, word: str = "TOPSECRET", score: float = 0.9, category: Category = Category.SECRET) -> None:
        self.word = word
        self.score = score
        self.category = category

    def scan(self, segment: Segment, ctx: ScanContext) -> list[Finding]:
        out = []
        for m in re.finditer(re.escape(self.word), segment.text):
            out.append(
                Finding("word", "word.hit", self.category, self.score, "the word", Span(*m.span()), entity="WORD")
            )
        return out


class B64Expander:
    """Decodes base64 runs (test expander)."""

    name: ClassVar[str] = "b64"
    categories: ClassVar[frozenset[Category]] = frozenset({Category.OBFUSCATION})
    directions: ClassVar[frozenset[Direction]] = frozenset(Direction)
    roles: ClassVar[frozenset[Role]] = frozenset(Role)
    rules: ClassVar[Mapping[str, str]] = {}

    def scan(self, segment: Segment, ctx: ScanContext) -> list[Finding]:
        return []

    def expand(self, segment: Segment, ctx: ScanContext) -> Sequence[Derived]:
        out = []
        for m in re.finditer(r"[A-Za-z0-9+/]{8,}={0,2}", segment.text):
            try:
                out.append(Derived(base64.b64decode(m.group(), validate=True).decode(), Span(*m.span()), "base64"))
            except Exception:
                continue
        return out


class BoomScanner:
    """Always raises (test scanner)."""

    name: ClassVar[str] = "boom"
    categories: ClassVar[frozenset[Category]] = frozenset()
    directions: ClassVar[frozenset[Direction]] = frozenset(Direction)
    roles: ClassVar[frozenset[Role]] = frozenset(Role)
    rules: ClassVar[Mapping[str, str]] = {}

    def scan(self, segment: Segment, ctx: ScanContext) -> list[Finding]:
        raise RuntimeError("kaput " + segment.text)


class SlowScanner:
    """Sleeps (test scanner)."""

    name: ClassVar[str] = "slow"
    categories: ClassVar[frozenset[Category]] = frozenset()
    directions: ClassVar[frozenset[Direction]] = frozenset(Direction)
    roles: ClassVar[frozenset[Role]] = frozenset(Role)
    rules: ClassVar[Mapping[str, str]] = {}

    def __init__(self, *, seconds: float = 0.05) -> None:
        self.seconds = seconds

    def scan(self, segment: Segment, ctx: ScanContext) -> list[Finding]:
        time.sleep(self.seconds)
        return []


PHRASE = "ignore previous instructions"


class PhraseScanner:
    """Flags the phrase 'ignore previous instructions' (test scanner)."""

    name: ClassVar[str] = "phrase"
    categories: ClassVar[frozenset[Category]] = frozenset({Category.PROMPT_INJECTION})
    directions: ClassVar[frozenset[Direction]] = frozenset(Direction)
    roles: ClassVar[frozenset[Role]] = frozenset(Role)
    rules: ClassVar[Mapping[str, str]] = {"phrase.hit": "the phrase"}

    def scan(self, segment: Segment, ctx: ScanContext) -> list[Finding]:
        return [
            Finding("phrase", "phrase.hit", Category.PROMPT_INJECTION, 0.95, "phrase", Span(*m.span()))
            for m in re.finditer(PHRASE, segment.text, re.IGNORECASE)
        ]
