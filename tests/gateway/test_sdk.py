"""The official ``openai`` SDK pointed at the gateway: sync, async, streaming, tools, completions, embeddings."""

from __future__ import annotations

import asyncio
import json

import openai
import pytest

from shieldwall.gateway.demo_upstream import DEMO_MODEL
from tests.gateway.conftest import SYSTEM_PROMPT, Running

pytestmark = pytest.mark.slow


def client(gw: Running) -> openai.OpenAI:
    return openai.OpenAI(base_url=gw.base_url, api_key=gw.key, max_retries=0, timeout=30)


def test_sync_chat(gateway: Running) -> None:
    raw = client(gateway).chat.completions.with_raw_response.create(
        model=DEMO_MODEL,
        messages=[{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hello there"}],
    )
    resp = raw.parse()
    assert raw.headers["x-shieldwall-verdict"] == "allow"
    assert raw.headers["x-shieldwall-request-id"]
    assert resp.choices[0].message.content.endswith("You said: Hello there")
    assert resp.object == "chat.completion" and resp.usage is not None
    # the upstream got the system prompt with a canary planted in it, never the client's key
    seen = gateway.upstream_last()["messages"][0]["content"]
    assert seen.startswith("Be brief.") and "-canary-" in seen


def test_async_chat_and_model_rename(gateway: Running) -> None:
    async def run() -> list[str]:
        c = openai.AsyncOpenAI(base_url=gateway.base_url, api_key=gateway.key, max_retries=0)
        try:
            rs = await asyncio.gather(
                *(
                    c.chat.completions.create(model="renamed", messages=[{"role": "user", "content": f"n{i}"}])
                    for i in range(5)
                )
            )
        finally:
            await c.close()
        return [r.choices[0].message.content or "" for r in rs]

    out = asyncio.run(run())
    assert [o.rsplit(" ", 1)[-1] for o in out] == [f"n{i}" for i in range(5)]
    assert gateway.upstream_last()["model"] == DEMO_MODEL  # "renamed" routes to the upstream's model name


def test_streaming_chat(gateway: Running) -> None:
    stream = client(gateway).chat.completions.create(
        model=DEMO_MODEL,
        # (not "please echo this sentence back": the detector's model flags repeat/echo requests, docs/detector.md)
        messages=[{"role": "user", "content": "echo: the weather in Lisbon is mild in spring"}],
        stream=True,
        stream_options={"include_usage": True},
    )
    parts, finish, usage = [], None, None
    for chunk in stream:
        if chunk.usage:
            usage = chunk.usage
        for ch in chunk.choices:
            parts.append(ch.delta.content or "")
            finish = ch.finish_reason or finish
    assert "".join(parts) == "You said: echo: the weather in Lisbon is mild in spring"
    assert finish == "stop" and usage is not None


def test_multipart_content(gateway: Running) -> None:
    resp = client(gateway).chat.completions.create(
        model=DEMO_MODEL,
        messages=[
            {
                "role": "user",
                "content": [{"type": "text", "text": "part one"}, {"type": "text", "text": "echo part two"}],
            }
        ],
    )
    assert "part two" in (resp.choices[0].message.content or "")


def test_tools_non_streaming_and_streaming(gateway: Running) -> None:
    tools = [
        {
            "type": "function",
            "function": {
                "name": "lookup_order",
                "description": "Look up an order",
                "parameters": {"type": "object", "properties": {"id": {"type": "string"}}},
            },
        }
    ]
    msgs = [{"role": "user", "content": 'call lookup_order with {"id": "A-17"}'}]
    c = client(gateway)
    resp = c.chat.completions.create(model=DEMO_MODEL, messages=msgs, tools=tools)
    call = resp.choices[0].message.tool_calls[0]
    assert resp.choices[0].finish_reason == "tool_calls"
    assert call.function.name == "lookup_order" and json.loads(call.function.arguments) == {"id": "A-17"}
    # the tool result goes back as an untrusted segment; the upstream sees it spotlighted
    follow = [
        *msgs,
        resp.choices[0].message.model_dump(exclude_none=True),
        {"role": "tool", "tool_call_id": call.id, "content": "order A-17 shipped on Monday"},
    ]
    resp2 = c.chat.completions.create(model=DEMO_MODEL, messages=follow, tools=tools)
    assert "order A-17 shipped on Monday" in (resp2.choices[0].message.content or "")
    sent = gateway.upstream_last()["messages"]
    assert sent[-1]["content"].startswith("<<DATA ") and "order^A-17^shipped" in sent[-1]["content"]
    assert "untrusted data" in sent[0]["content"]  # the notice in the (inserted) system prompt
    # streaming: the tool call arrives complete after it was scanned
    with c.chat.completions.stream(model=DEMO_MODEL, messages=msgs, tools=tools) as s:
        final = s.get_final_completion()
    tc = final.choices[0].message.tool_calls[0]
    assert tc.function.name == "lookup_order" and json.loads(tc.function.arguments) == {"id": "A-17"}


def test_completions_embeddings_models(gateway: Running) -> None:
    c = client(gateway)
    comp = c.completions.create(model=DEMO_MODEL, prompt="echo hello completions")
    assert "hello completions" in comp.choices[0].text
    chunks = list(c.completions.create(model=DEMO_MODEL, prompt="echo streamed completion", stream=True))
    assert "".join(ch.choices[0].text for ch in chunks if ch.choices) == "You said: echo streamed completion"
    emb = c.embeddings.create(model=DEMO_MODEL, input=["a", "b"])
    assert len(emb.data) == 2 and len(emb.data[0].embedding) == 16
    ids = [m.id for m in c.models.list()]
    assert ids == [DEMO_MODEL, "renamed"]


def test_pii_redacted_upstream_and_restored_for_the_client(gateway: Running) -> None:
    text = "Write a short thank-you note signed with my email alice.doe@example.com."
    raw = client(gateway).chat.completions.with_raw_response.create(
        model=DEMO_MODEL, messages=[{"role": "user", "content": text}]
    )
    assert raw.headers["x-shieldwall-verdict"] == "redact"
    assert raw.parse().choices[0].message.content.endswith(f"You said: {text}")  # restored for the client
    seen = json.dumps(gateway.upstream_last())
    assert "alice.doe@example.com" not in seen and "[EMAIL_1]" in seen
    # streaming restores placeholders too, never splitting one across chunks
    stream = client(gateway).chat.completions.create(
        model=DEMO_MODEL, messages=[{"role": "user", "content": text}], stream=True
    )
    pieces = [ch.choices[0].delta.content or "" for ch in stream if ch.choices]
    assert "".join(pieces).endswith(f"You said: {text}")
    assert not any("[EMAIL" in p for p in pieces)


def test_every_request_is_audited_and_chain_verifies(gateway: Running) -> None:
    c = client(gateway)
    c.chat.completions.create(
        model=DEMO_MODEL, messages=[{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": "hi"}]
    )
    list(c.chat.completions.create(model=DEMO_MODEL, messages=[{"role": "user", "content": "hi"}], stream=True))
    recs = gateway.audit()
    assert len(recs) == 2
    assert {r["stream"] for r in recs} == {True, False}
    for r in recs:
        assert r["tenant"] == "acme" and r["model"] == DEMO_MODEL and r["status"] == 200
        assert len(r["request_hash"]) == 64 and r["upstream_status"] == 200
        assert "texts" not in r  # store_texts is off by default
    assert gateway.gateway.audit.verify().ok
