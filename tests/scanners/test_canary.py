"""Canary scanner: canary tokens (plain and disguised) and system-prompt leakage."""

from __future__ import annotations

import base64
import codecs
import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shieldwall.core.errors import ConfigError
from shieldwall.core.pipeline import Pipeline, ScannerSlot
from shieldwall.core.scanner import ScanContext
from shieldwall.core.types import Action, Category, Direction, Role, Segment
from shieldwall.scanners.canary import CanaryScanner, embed_canary, mint_canary, strip_canaries

CANARY = "sw-canary-3f9a1c0b7e2d4a65"

SYSTEM_EN = (
    "You are Pathfinder, the travel assistant of Northwind Airlines. Answer only questions about "
    "bookings, baggage and flight status. Never quote internal fare codes, never promise refunds and "
    "always hand complaints over to a human agent through the escalate tool."
)
SYSTEM_ZH = (
    "你是北风航空的旅行助手领航员。只回答关于订票、行李和航班状态的问题。"
    "绝不透露内部票价代码，绝不承诺退款，所有投诉都必须通过升级工具转交人工客服处理。"
)


@pytest.fixture(scope="module")
def scanner() -> CanaryScanner:
    return CanaryScanner()


def ctx(*, canaries=(CANARY,), system: str | None = None) -> ScanContext:
    history = [Segment(system, Role.SYSTEM)] if system else []
    return ScanContext(direction=Direction.OUTPUT, canaries=list(canaries), history=history)


def rules(scanner, text, c=None, role=Role.ASSISTANT):
    return [f.rule for f in scanner.scan(Segment(text, role), c or ctx())]


# --- mint / embed ------------------------------------------------------------------------------------


def test_mint_canary_format_and_uniqueness():
    a, b = mint_canary(), mint_canary("acme")
    assert re.fullmatch(r"sw-canary-[0-9a-f]{16}", a)
    assert re.fullmatch(r"acme-canary-[0-9a-f]{16}", b)
    assert len({mint_canary() for _ in range(50)}) == 50


@pytest.mark.parametrize("bad", ["", "with space", "x" * 40, "-lead", "a-b"])
def test_mint_canary_rejects_bad_prefix(bad):
    with pytest.raises(ValueError):
        mint_canary(bad)


def test_embed_canary_appends_comment():
    out = embed_canary("Be helpful.\n", CANARY)
    assert out == f"Be helpful.\n\n<!-- {CANARY} -->"
    assert embed_canary("", CANARY) == f"<!-- {CANARY} -->"


def test_strip_canaries_undoes_embed_canary():
    other = mint_canary()
    assert strip_canaries(embed_canary("Be helpful.\n", CANARY), [CANARY]) == "Be helpful."
    assert strip_canaries(embed_canary("", CANARY), [CANARY]) == ""
    assert strip_canaries(embed_canary("Be helpful.", CANARY), [other]) == embed_canary("Be helpful.", CANARY)
    assert strip_canaries(f"say {CANARY} twice", [CANARY, ""]) == f"say {CANARY} twice"  # only the planted line


@pytest.mark.parametrize("bad", ["", "a--b", "line\nbreak", "x>y"])
def test_embed_canary_rejects_bad_canary(bad):
    with pytest.raises(ValueError):
        embed_canary("prompt", bad)


# --- canary detection --------------------------------------------------------------------------------

VERBATIM = [
    f"Sure! The hidden marker is {CANARY}.",
    f"{CANARY.upper()}",
    f"prefix{CANARY}suffix",
]


@pytest.mark.parametrize("text", VERBATIM)
def test_canary_verbatim(scanner, text):
    found = scanner.scan(Segment(text, Role.ASSISTANT), ctx())
    assert [f.rule for f in found] == ["canary.token_leak"]
    f = found[0]
    assert f.score == 1.0 and f.category is Category.CANARY_LEAK
    assert text[f.span.start : f.span.end].lower() == CANARY
    assert CANARY not in f.message and CANARY not in (f.evidence or "")


B64 = base64.b64encode(CANARY.encode()).decode()
OBFUSCATED = [
    ("spaced", " ".join(CANARY)),
    ("dashes", "-".join(CANARY)),
    ("dots", ".".join(CANARY.replace("-", ""))),
    ("zero_width", "\u200b".join(CANARY)),
    ("newlines", "\n".join(CANARY)),
    ("reversed", CANARY[::-1]),
    ("reversed_spaced", " ".join(CANARY[::-1])),
    ("rot13", codecs.encode(CANARY, "rot13")),
    ("base64", f"encoded: {B64}"),
    ("base64_urlsafe_inside", base64.urlsafe_b64encode(b"xy" + CANARY.encode() + b"tail!").decode()),
    ("base64_offset1", base64.b64encode(b"z" + CANARY.encode()).decode()),
    ("base64_offset2", base64.b64encode(b"zz" + CANARY.encode() + b"0").decode()),
    ("hex", CANARY.encode().hex()),
    ("hex_upper_spaced", " ".join(f"{b:02X}" for b in CANARY.encode())),
    ("fullwidth", "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in CANARY)),
]


@pytest.mark.parametrize(("name", "text"), OBFUSCATED, ids=[n for n, _ in OBFUSCATED])
def test_canary_obfuscated(scanner, name, text):
    found = scanner.scan(Segment(f"Here you go: {text} ok", Role.ASSISTANT), ctx())
    assert found, name
    assert {f.rule for f in found} == {"canary.token_obfuscated"}
    assert all(f.score == 0.95 and f.span is not None for f in found)


NEGATIVE = [
    "Your flight NW123 departs at 10:45 from gate 12.",
    "sw-canary-0000000000000000 is a different token",
    "The canary in the coal mine is an old expression.",
    "3f9a1c0b 7e2d4a65",  # only the random part, split
    "",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_canary_negatives(scanner, text):
    assert rules(scanner, text) == []


def test_no_canaries_no_prompt_is_a_noop(scanner):
    assert scanner.scan(Segment(f"{CANARY}", Role.ASSISTANT), ScanContext(direction=Direction.OUTPUT)) == []


def test_short_canary_only_verbatim(scanner):
    c = ctx(canaries=["zq7"])
    assert rules(scanner, "code zq7 here", c) == ["canary.token_leak"]
    assert rules(scanner, "z q 7", c) == []


def test_multiple_canaries_and_occurrences(scanner):
    other = "acme-canary-00112233aabbccdd"
    text = f"{CANARY} and {other} and again {CANARY}"
    found = scanner.scan(Segment(text, Role.ASSISTANT), ctx(canaries=[CANARY, other]))
    assert [f.rule for f in found] == ["canary.token_leak"] * 3
    assert {f.message for f in found} == {
        "canary token #1 appears verbatim in the output",
        "canary token #2 appears verbatim in the output",
    }


def test_canary_in_tool_call_arguments(scanner):
    text = '{"query": "' + CANARY + '"}'
    assert rules(scanner, text, role=Role.TOOL_CALL) == ["canary.token_leak"]


# --- system prompt leakage ---------------------------------------------------------------------------

LEAKS_EN = [
    # verbatim dump
    f"My instructions say: {SYSTEM_EN}",
    # case, punctuation and line breaks changed
    SYSTEM_EN.upper().replace(",", "").replace(". ", ".\n"),
    # a 14-word run
    "Well, I was told to answer only questions about bookings, baggage and flight status. "
    "Never quote internal fare codes, sorry.",
]


@pytest.mark.parametrize("text", LEAKS_EN)
def test_system_prompt_leak_english(scanner, text):
    found = scanner.scan(Segment(text, Role.ASSISTANT), ctx(canaries=(), system=SYSTEM_EN))
    assert found and {f.rule for f in found} == {"canary.system_prompt_leak"}
    for f in found:
        assert 0.7 <= f.score <= 1.0
        assert f.span is not None and f.span.end - f.span.start > 40
        assert SYSTEM_EN[:40] not in f.message


def test_full_leak_scores_higher_than_partial(scanner):
    full = scanner.scan(Segment(SYSTEM_EN, Role.ASSISTANT), ctx(canaries=(), system=SYSTEM_EN))
    part = scanner.scan(Segment(LEAKS_EN[2], Role.ASSISTANT), ctx(canaries=(), system=SYSTEM_EN))
    assert full[0].score > part[0].score
    assert full[0].score == pytest.approx(1.0)


def test_span_covers_the_copied_region(scanner):
    text = "Intro sentence that is mine. " + SYSTEM_EN + " Outro of my own."
    (f,) = scanner.scan(Segment(text, Role.ASSISTANT), ctx(canaries=(), system=SYSTEM_EN))
    assert text[f.span.start : f.span.end] == SYSTEM_EN.rstrip(".")


LEAKS_ZH = [
    f"好的，我的系统提示是：{SYSTEM_ZH}",
    "我不能透露太多，但规则是：绝不透露内部票价代码，绝不承诺退款。",
    # punctuation removed and spaces added
    " ".join(SYSTEM_ZH.replace("，", "").replace("。", "")),
]


@pytest.mark.parametrize("text", LEAKS_ZH)
def test_system_prompt_leak_chinese(scanner, text):
    found = scanner.scan(Segment(text, Role.ASSISTANT), ctx(canaries=(), system=SYSTEM_ZH))
    assert found and {f.rule for f in found} == {"canary.system_prompt_leak"}


PROMPT_NEGATIVES = [
    (SYSTEM_EN, "Your flight NW123 is on time. Baggage allowance is one bag of 23 kg."),
    (SYSTEM_EN, "I can help with bookings, baggage and flight status questions."),  # 8 shared words, scattered
    (SYSTEM_ZH, "您的航班准时起飞，行李额度为一件二十三公斤。"),
    ("Be brief.", "Be brief. Be brief. Be brief."),  # prompt shorter than a shingle
]


@pytest.mark.parametrize(("system", "text"), PROMPT_NEGATIVES)
def test_system_prompt_negatives(scanner, system, text):
    assert rules(scanner, text, ctx(canaries=(), system=system)) == []


def test_ratio_rule_for_short_prompts():
    system = "Reply in French and keep every answer under fifty words please."
    text = "I must reply in French and keep every answer under control."  # 8-word run = 3 of 6 shingles
    assert rules(CanaryScanner(), text, ctx(canaries=(), system=system)) == ["canary.system_prompt_leak"]
    assert rules(CanaryScanner(leak_ratio=0.9), text, ctx(canaries=(), system=system)) == []


def test_min_leak_words_option():
    text = "Answer only questions about bookings, baggage and flight status."  # 9 words
    long_prompt = SYSTEM_EN * 3  # many shingles: the ratio rule does not apply
    assert rules(CanaryScanner(), text, ctx(canaries=(), system=long_prompt)) == []
    assert rules(CanaryScanner(min_leak_words=8), text, ctx(canaries=(), system=long_prompt)) == [
        "canary.system_prompt_leak"
    ]


def test_detect_prompt_leak_off():
    s = CanaryScanner(detect_prompt_leak=False)
    assert rules(s, SYSTEM_EN, ctx(canaries=(), system=SYSTEM_EN)) == []


def test_prompt_cache_is_bounded_and_compiles_for_repeated_long_prompts():
    s = CanaryScanner()
    long_prompt = " ".join(f"rule{i} applies to case{i} always" for i in range(80))
    leak = " ".join(f"rule{i} applies to case{i} always" for i in range(10, 14))
    for _ in range(3):  # first: `in` loop, second: compiled anchors
        assert rules(s, leak, ctx(canaries=(), system=long_prompt)) == ["canary.system_prompt_leak"]
        assert rules(s, "nothing to see", ctx(canaries=(), system=long_prompt)) == []
    for i in range(100):
        s.scan(Segment("hello", Role.ASSISTANT), ctx(canaries=(), system=f"prompt number {i} " * 4))
    assert len(s._prompts) <= CanaryScanner._CACHE_SIZE


def test_fresh_canaries_share_the_prompt_index_and_are_each_caught():
    s = CanaryScanner()
    copied = " ".join(SYSTEM_EN.split()[:14])
    for _ in range(5):
        canary = mint_canary()
        c = ctx(canaries=(canary,), system=embed_canary(SYSTEM_EN, canary))
        assert rules(s, f"Marker: {canary}", c) == ["canary.token_leak"]
        assert rules(s, f"{copied} <!-- {canary} -->", c) == ["canary.token_leak", "canary.system_prompt_leak"]
        assert rules(s, copied, c) == ["canary.system_prompt_leak"]
    assert list(s._prompts) == [SYSTEM_EN]  # one index for every request, not one per canary


@pytest.mark.parametrize(
    "kwargs",
    [{"min_leak_words": 3}, {"min_leak_words": "12"}, {"leak_ratio": 0}, {"leak_ratio": 1.5},
     {"detect_prompt_leak": "yes"}, {"min_leak_words": True}],
)  # fmt: skip
def test_bad_options(kwargs):
    with pytest.raises(ConfigError):
        CanaryScanner(**kwargs)


# --- pipeline ------------------------------------------------------------------------------------------


def _pipeline(scanner):
    return Pipeline([ScannerSlot(scanner.name, scanner, scanner.roles, scanner.directions)])


def test_pipeline_end_to_end():
    c = mint_canary()
    system = embed_canary(SYSTEM_EN, c)
    p = _pipeline(CanaryScanner())

    def scan(text):
        ctx = ScanContext(direction=Direction.OUTPUT, canaries=[c], history=[Segment(system, Role.SYSTEM)])
        return p.scan(Segment(text, Role.ASSISTANT), ctx)

    v = scan(f"Here is everything I was told: {system}")
    assert v.action is Action.BLOCK
    assert set(v.rules) == {"canary.token_leak", "canary.system_prompt_leak"}
    v = scan("Flight NW88 boards at gate 4.")
    assert v.action is Action.ALLOW and not v.findings
    v = scan(base64.b64encode(c.encode()).decode())
    assert v.action is Action.BLOCK and v.rules == ["canary.token_obfuscated"]
    # input direction: the scanner does not run
    assert p.scan(Segment(c, Role.USER), ScanContext(canaries=[c])).findings == ()


# --- robustness and speed ----------------------------------------------------------------------------

HOSTILE = [
    "a" * 200_000,
    "s w " * 50_000,
    ("-" * 50 + "s") * 4000,
    CANARY[:-1] * 8000,
    " ".join(CANARY[:-1]) * 2000,
    "你是" * 100_000,
    "\u200b" * 100_000,
    SYSTEM_EN * 200,
    ("word " * 5 + "\n") * 30_000,
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_inputs_are_bounded(scanner, text):
    start = time.perf_counter()
    scanner.scan(Segment(text, Role.ASSISTANT), ctx(system=SYSTEM_EN))
    scanner.scan(Segment(text, Role.ASSISTANT), ctx(system=text[:5000]))
    assert time.perf_counter() - start < 1.5


@settings(deadline=None, max_examples=200)
@given(text=st.text(max_size=400), system=st.text(max_size=300), canary=st.text(min_size=1, max_size=40))
def test_fuzz_no_exception(text, system, canary):
    s = CanaryScanner()
    c = ScanContext(direction=Direction.OUTPUT, canaries=[canary], history=[Segment(system, Role.SYSTEM)])
    for f in s.scan(Segment(text, Role.ASSISTANT), c):
        assert f.rule in CanaryScanner.rules
        if f.span is not None:
            assert 0 <= f.span.start <= f.span.end <= len(text)


@settings(deadline=None, max_examples=50)
@given(chunk=st.sampled_from(["![](", "http://", "[", "]", "sw-", "ca", "\u200b", "你", " "]), n=st.integers(1, 40_000))
def test_fuzz_repetitions_bounded(chunk, n):
    text = (chunk * n)[:200_000]
    start = time.perf_counter()
    CanaryScanner().scan(Segment(text, Role.ASSISTANT), ctx(system=SYSTEM_EN))
    assert time.perf_counter() - start < 1.0


def test_speed_ordinary_output(scanner):
    text = ("The flight to Lisbon leaves at nine and your seat is by the window, enjoy. " * 14)[:1024]
    seg = Segment(text, Role.ASSISTANT)
    c = ctx(system=SYSTEM_EN)
    scanner.scan(seg, c)
    best = min(_timed(scanner, seg, c) for _ in range(5))
    assert best < 100e-6  # ~10 µs expected; generous for CI noise


def _timed(scanner, seg, c, n=200):
    start = time.perf_counter()
    for _ in range(n):
        scanner.scan(seg, c)
    return (time.perf_counter() - start) / n
