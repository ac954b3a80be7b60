from __future__ import annotations

import asyncio
import base64
import json

import pytest

from shieldwall.core import (
    Action,
    ActionRule,
    Category,
    Direction,
    InputError,
    InputTooLarge,
    Limits,
    Pipeline,
    Role,
    ScanContext,
    ScannerSlot,
    Segment,
    Status,
)
from tests.core._fakes import B64Expander, BoomScanner, SlowScanner, WordScanner

ALL_ROLES = frozenset(Role)
BOTH = frozenset(Direction)


def slot(scanner, roles=ALL_ROLES, directions=BOTH):
    return ScannerSlot(scanner.name, scanner, roles, directions)


def test_allow_when_nothing_found():
    v = Pipeline([slot(WordScanner())]).scan("hello world")
    assert v.action is Action.ALLOW and v.allowed and v.findings == () and v.texts is None
    assert [r.status for r in v.runs] == [Status.OK]


def test_redaction_applied_once_from_spans_and_restored_in_output():
    pipe = Pipeline([slot(WordScanner())])
    ctx = ScanContext()
    v = pipe.scan("a TOPSECRET and TOPSECRET again", ctx)
    assert v.action is Action.REDACT
    assert v.text == "a [WORD_1] and [WORD_1] again"  # same value, same placeholder
    out = pipe.scan("the model repeats [WORD_1].", ctx, direction=Direction.OUTPUT)
    assert out.text == "the model repeats TOPSECRET."


def test_output_redaction_is_not_undone_by_restoring_the_request_placeholders():
    pipe = Pipeline([slot(WordScanner())])
    ctx = ScanContext()
    assert pipe.scan("my code TOPSECRET", ctx).text == "my code [WORD_1]"
    ctx.vault.placeholder("EMAIL", "ann@example.com")  # another value of the request
    out = pipe.scan("[EMAIL_1] wrote TOPSECRET", ctx, direction=Direction.OUTPUT)
    # the model's own TOPSECRET is redacted (same value, same placeholder) and stays so; [EMAIL_1] is restored
    assert out.action is Action.REDACT and out.text == "ann@example.com wrote [WORD_1]"


def test_action_is_max_over_findings_and_threshold_applies():
    pipe = Pipeline(
        [slot(WordScanner(word="X1", score=0.95, category=Category.PROMPT_INJECTION)), slot(WordScanner(word="Y2"))],
        actions={Category.PROMPT_INJECTION: ActionRule(Action.BLOCK, 0.9)},
    )
    assert pipe.scan("X1 Y2").action is Action.BLOCK
    low = Pipeline(
        [slot(WordScanner(word="X1", score=0.5, category=Category.PROMPT_INJECTION))],
        actions={Category.PROMPT_INJECTION: ActionRule(Action.BLOCK, 0.9)},
    ).scan("X1")
    assert low.action is Action.ALLOW and low.findings[0].action is Action.ALLOW


def test_rule_override_and_disabled_rules():
    pipe = Pipeline([slot(WordScanner())], rule_actions={"word.hit": ActionRule(Action.FLAG, 0.1)})
    assert pipe.scan("TOPSECRET").action is Action.FLAG
    off = Pipeline([slot(WordScanner())], disabled_rules=frozenset({"word.hit"}))
    assert off.scan("TOPSECRET").action is Action.ALLOW


def test_scanner_error_is_isolated_and_fails_closed_without_leaking_payload():
    pipe = Pipeline([slot(BoomScanner()), slot(WordScanner())])
    v = pipe.scan("TOPSECRET")
    assert v.action is Action.BLOCK
    statuses = {r.scanner: r.status for r in v.runs}
    assert statuses == {"boom": Status.ERROR, "word": Status.OK}
    err = next(f for f in v.findings if f.category is Category.SCANNER_ERROR)
    assert err.rule == "pipeline.scanner_error"
    assert "TOPSECRET" not in json.dumps(v.to_dict()["findings"][0])  # redacted secret not echoed...
    # ... the error message carries the exception text but the finding for the word is still there
    assert any(f.rule == "word.hit" for f in v.findings)


def test_fail_open_allows_on_error():
    v = Pipeline([slot(BoomScanner())], fail_closed=False).scan("x")
    assert v.action is Action.ALLOW
    assert v.findings[0].category is Category.SCANNER_ERROR and "fail-open" in v.findings[0].message


def test_deadline_marks_remaining_scanners_timeout_and_blocks():
    pipe = Pipeline([slot(SlowScanner(seconds=0.05)), slot(WordScanner())], limits=Limits(deadline_ms=10))
    v = pipe.scan("TOPSECRET")
    statuses = {r.scanner: r.status for r in v.runs}
    assert statuses["word"] is Status.TIMEOUT
    assert v.action is Action.BLOCK
    assert any(f.rule == "pipeline.scanner_timeout" for f in v.findings)


def test_routing_by_role_and_direction():
    only_user_input = slot(WordScanner(), frozenset({Role.USER}), frozenset({Direction.INPUT}))
    pipe = Pipeline([only_user_input])
    assert pipe.scan(Segment("TOPSECRET", Role.SYSTEM)).runs == ()
    assert pipe.scan("TOPSECRET", direction=Direction.OUTPUT).runs == ()
    assert pipe.scan(Segment("TOPSECRET", Role.USER)).action is Action.REDACT


def test_multiple_segments_keep_their_index():
    pipe = Pipeline([slot(WordScanner())])
    v = pipe.scan([Segment("clean", Role.SYSTEM), Segment("TOPSECRET", Role.USER)])
    assert [f.segment for f in v.findings] == [1]
    assert v.texts == ("clean", "[WORD_1]")


def test_decoded_payload_rescanned_and_reported_as_obfuscation():
    payload = base64.b64encode(b"say TOPSECRET now").decode()
    text = f"look: {payload} end"
    v = Pipeline([slot(B64Expander()), slot(WordScanner())]).scan(text)
    start = text.index(payload)
    hit = next(f for f in v.findings if f.rule == "word.hit")
    assert hit.via == ("base64",) and (hit.span.start, hit.span.end) == (start, start + len(payload))
    obf = next(f for f in v.findings if f.category is Category.OBFUSCATION)
    assert obf.rule == "b64.hidden_content" and "secret" in obf.message


def test_decoding_depth_is_bounded():
    inner = b"TOPSECRET"
    for _ in range(5):
        inner = base64.b64encode(inner)
    pipe = Pipeline([slot(B64Expander()), slot(WordScanner())], limits=Limits(max_decode_depth=3))
    assert not any(f.rule == "word.hit" for f in pipe.scan(inner.decode()).findings)
    inner3 = base64.b64encode(base64.b64encode(b"xx TOPSECRET xx")).decode()
    found = [f for f in pipe.scan(inner3).findings if f.rule == "word.hit"]
    assert found and found[0].via == ("base64", "base64")


def test_input_limits():
    pipe = Pipeline([slot(WordScanner())], limits=Limits(max_chars=10, max_segments=2))
    with pytest.raises(InputTooLarge, match="over the limit of 10"):
        pipe.scan("x" * 11)
    with pytest.raises(InputTooLarge, match="segments"):
        pipe.scan([Segment("a")] * 3)
    with pytest.raises(InputError, match="NUL"):
        pipe.scan("a\x00b")
    with pytest.raises(InputError, match="surrogate"):
        pipe.scan("a\ud800b")


def test_verdict_json_shape_is_stable():
    v = Pipeline([slot(WordScanner())]).scan("TOPSECRET")
    d = json.loads(json.dumps(v.to_dict()))
    assert {"action", "findings", "latency_ms", "texts", "runs", "policy", "allowed", "direction"} <= set(d)
    f = d["findings"][0]
    assert {"scanner", "rule", "category", "score", "span", "message", "action"} <= set(f)
    assert f["span"] == [0, 9] and f["category"] == "secret"


def test_ascan_matches_scan_and_runs_in_thread_pool():
    pipe = Pipeline([slot(WordScanner())])

    async def main():
        return await asyncio.gather(*(pipe.ascan("TOPSECRET") for _ in range(8)))

    results = asyncio.run(main())
    pipe.close()
    assert all(r.action is Action.REDACT for r in results)


def test_threads_share_one_pipeline():
    from concurrent.futures import ThreadPoolExecutor

    pipe = Pipeline([slot(WordScanner()), slot(B64Expander())])
    with ThreadPoolExecutor(4) as ex:
        results = list(ex.map(lambda i: pipe.scan(f"{i} TOPSECRET"), range(200)))
    assert all(r.text.endswith("[WORD_1]") for r in results)
