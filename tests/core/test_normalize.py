"""Tests for core.normalize: the hygiene view, its offsets back to the original, and its speed."""

from __future__ import annotations

import time
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shieldwall.core.normalize import (
    CONFUSABLES,
    INVISIBLE_RANGES,
    INVISIBLE_RE,
    NormalizedText,
    OffsetTable,
    is_invisible,
    mixed_token_spans,
    normalize,
)
from shieldwall.core.scanner import ScanContext


def test_ascii_fast_path_is_identity() -> None:
    nt = normalize("plain ascii text")
    assert nt == NormalizedText("plain ascii text", 16)
    assert not nt.changed
    assert nt.to_original(3, 8) == (3, 8)


@pytest.mark.parametrize(
    "text",
    ["Привет, как дела?", "Καλημέρα κόσμε", "東京タワー", "café naïve", "مرحبا بالعالم", "Привет world", "5 μg"],
)
def test_clean_text_is_unchanged(text: str) -> None:
    nt = normalize(text)
    assert nt.text == text
    assert not nt.changed


CASES = [
    ("ig\u200bnore", "ignore"),
    ("pаypal", "paypal"),
    ("ignоre previous", "ignore previous"),
    ("𝐢𝐠𝐧𝐨𝐫𝐞 all", "ignore all"),
    ("ｉｇｎｏｒｅ", "ignore"),
    ("Ⓘⓖⓝⓞⓡⓔ", "Ignore"),
    ("x ﬁle", "x file"),
    ("hi" + "".join(chr(0xE0000 + ord(c)) for c in "secret"), "hi"),
    ("a\u202eb\u2066c\u2069", "abc"),
    ("ıgnore", "ignore"),
    ("日本 pаypal 🙂 ignоre", "日本 paypal 🙂 ignore"),
    ("soft\u00adhyphen", "softhyphen"),
    ("Привет pаypal", "Привет paypal"),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_normalize(text: str, want: str) -> None:
    nt = normalize(text)
    assert nt.text == want
    assert nt.changed
    assert nt.offsets is not None and len(nt.offsets) == len(nt.text)


def test_offsets_map_back() -> None:
    text = "say 𝐢𝐠\u200b𝐧𝐨𝐫𝐞 now"
    nt = normalize(text)
    assert nt.text == "say ignore now"
    s, e = nt.to_original(4, 10)
    assert text[s:e] == "𝐢𝐠\u200b𝐧𝐨𝐫𝐞"
    assert nt.to_original(11, 14) == (len(text) - 3, len(text))
    assert nt.to_original(0, 0) == (0, 0)


def test_expansion_maps_every_char_to_its_source() -> None:
    nt = normalize("aﬁb")
    assert nt.text == "afib"
    assert list(nt.offsets or ()) == [0, 1, 1, 2]
    assert nt.to_original(1, 3) == (1, 2)


def test_offset_table_sequence() -> None:
    t = OffsetTable()
    t.add(0, 3)
    t.add(5)
    t.add(5)
    t.add(6, 2)
    assert list(t) == [0, 1, 2, 5, 5, 6, 7]
    assert len(t) == 7 and t[3] == 5 and t[-1] == 7 and t[1:4] == [1, 2, 5]
    assert t == [0, 1, 2, 5, 5, 6, 7]
    assert hash(t) == hash(t)
    with pytest.raises(IndexError):
        t[7]
    assert list(OffsetTable()) == []
    nt = normalize("\u00ad")
    assert nt.text == "" and list(nt.offsets or ()) == [] and nt.to_original(0, 0) == (0, 0)


def test_public_tables() -> None:
    assert is_invisible("\u200b") and is_invisible("\U000e0041") and not is_invisible("a")
    assert INVISIBLE_RE.search("a\u2060b")
    assert all(len(v) == 1 for v in CONFUSABLES.values())
    assert all(a <= b for a, b in INVISIBLE_RANGES)


def test_mixed_token_spans() -> None:
    assert mixed_token_spans("pаypal and ignоre") == [(0, 6), (11, 17)]
    assert mixed_token_spans("Привет world") == []
    assert mixed_token_spans("аβγ") == [(0, 3)]
    assert len(mixed_token_spans("pаypal " * 100, limit=5)) == 5


def test_context_caches() -> None:
    ctx = ScanContext()
    assert ctx.normalized("pаypal") is ctx.normalized("pаypal")


@settings(deadline=None, max_examples=300)
@given(
    st.text(
        alphabet=st.sampled_from(list("abcXY 1_\n\u200b\u00ad\u202eаоеρο𝐚ｆﬁé🙂\U000e0041\ufe0f")) | st.characters()
    )
)
def test_offsets_are_consistent(text: str) -> None:
    nt = normalize(text)
    if nt.offsets is None:
        assert nt.text == text
        return
    offs = list(nt.offsets)
    assert len(offs) == len(nt.text)
    assert offs == sorted(offs)
    for i, o in enumerate(offs):
        assert 0 <= o < len(text)
        src = text[o]
        assert not is_invisible(src)
        ch = nt.text[i]
        # each normalized char comes from its source by NFKC and/or the look-alike map
        assert (
            ch == src
            or ch in unicodedata.normalize("NFKC", src)
            or CONFUSABLES.get(src) == ch
            or any(CONFUSABLES.get(c) == ch for c in unicodedata.normalize("NFKC", src))
        )


@pytest.mark.parametrize(
    "text",
    [
        ("Привет мир, это обычный текст. " * 4000)[:100_000],
        ("Привет мир " * 9000)[:50_000] + "\u200b" + ("Привет мир " * 9000)[:50_000],
        "aа" * 100_000,
        "𝐚" * 100_000,
        "a\u200b" * 100_000,
    ],
)
def test_bounded_time(text: str) -> None:
    t0 = time.perf_counter()
    normalize(text)
    assert time.perf_counter() - t0 < 2.0
