"""Bad input and failing upstreams: each a precise OpenAI-shaped error or a clean close, and an audit record."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import openai
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from shieldwall.gateway.demo_upstream import DEMO_MODEL, create_demo_app
from tests.gateway._servers import ServerThread
from tests.gateway.conftest import Running, make_config, start_gateway

pytestmark = pytest.mark.slow

HELLO = {"model": DEMO_MODEL, "messages": [{"role": "user", "content": "hello"}]}
CALLS: dict[str, int] = {}
COOKIES: list[str | None] = []


def _chunk(text: str) -> bytes:
    c = {
        "id": "x",
        "object": "chat.completion.chunk",
        "created": 0,
        "model": "m",
        "choices": [{"index": 0, "delta": {"content": text}, "finish_reason": None}],
    }
    return b"data: " + json.dumps(c).encode() + b"\n\n"


def fake_upstream() -> Starlette:
    demo = create_demo_app()

    async def handler(request: Request) -> Response:
        mode = request.path_params["mode"]
        CALLS[mode] = CALLS.get(mode, 0) + 1
        if mode == "fail500":
            return JSONResponse({"error": {"message": "boom"}}, status_code=500)
        if mode == "flaky" and CALLS[mode] % 2 == 1:
            return JSONResponse({"error": {"message": "try again"}}, status_code=503)
        if mode == "garbage":
            return Response(b"<html>not json</html>", media_type="text/html")
        if mode == "shape":
            return JSONResponse({"hello": "world"})
        if mode == "stall":
            await asyncio.sleep(3)
        if mode == "badreq":
            return JSONResponse(
                {
                    "error": {
                        "message": "max_tokens is too large",
                        "type": "invalid_request_error",
                        "param": "max_tokens",
                        "code": None,
                    }
                },
                status_code=400,
            )
        if mode in ("stallstream", "badsse"):

            async def gen():  # type: ignore[no-untyped-def]
                yield _chunk("Hello ")
                yield _chunk("there ")
                if mode == "badsse":
                    yield b"data: {not json\n\n"
                else:
                    await asyncio.sleep(3)
                yield b"data: [DONE]\n\n"

            return StreamingResponse(gen(), media_type="text/event-stream")
        if mode == "cookie":
            COOKIES.append(request.headers.get("cookie"))
        # otherwise behave like the demo upstream
        scope = dict(request.scope)
        scope["path"] = "/v1/chat/completions"
        body = await request.body()

        async def receive():  # type: ignore[no-untyped-def]
            return {"type": "http.request", "body": body, "more_body": False}

        sent: dict = {"headers": [], "body": b""}

        async def send(msg):  # type: ignore[no-untyped-def]
            if msg["type"] == "http.response.start":
                sent["status"] = msg["status"]
                sent["headers"] = msg.get("headers", [])
            else:
                sent["body"] += msg.get("body", b"")

        await demo(scope, receive, send)
        resp = Response(sent["body"], status_code=sent["status"], media_type="application/json")
        if mode == "cookie":  # an upstream (or a proxy before it) that sets a session cookie
            resp.set_cookie("session", f"tenant-secret-{CALLS[mode]}")
        return resp

    return Starlette(routes=[Route("/{mode}/v1/chat/completions", handler, methods=["POST"])])


@pytest.fixture(scope="module")
def fake() -> Iterator[ServerThread]:
    with ServerThread(fake_upstream()) as srv:
        yield srv


@pytest.fixture
def gw_on(tmp_path: Path, policy_ref: str, fake: ServerThread):  # type: ignore[no-untyped-def]
    """A gateway whose tenant's upstream is ``fake/<mode>/v1``."""
    servers = []

    def start(mode: str, **upstream: object) -> Running:
        cfg = make_config(policy_ref, f"{fake.url}/{mode}/v1", f"sqlite:///{tmp_path / (mode + '.db')}")
        t = cfg.tenants[0]
        up = t.upstream.model_copy(update=upstream)
        cfg = cfg.model_copy(update={"tenants": [t.model_copy(update={"upstream": up})]})
        srv, gw, key = start_gateway(cfg)
        srv.__enter__()
        servers.append(srv)
        return Running(srv.url, key, gw, gw.db, "")

    yield start
    for s in servers:
        s.__exit__(None, None, None)


def err(r: httpx.Response, status: int, code: str | None = None) -> dict:
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"} and {"message", "type", "param", "code"} <= set(body["error"])
    if code is not None:
        assert body["error"]["code"] == code
    assert "Traceback" not in r.text
    return body["error"]


def test_upstream_cookies_are_not_kept(gw_on, fake: ServerThread) -> None:  # type: ignore[no-untyped-def]
    """A cookie an upstream sets on one answer is never sent back on a later call (of this or another tenant):
    the gateway's upstream pool keeps no cookie jar. By host name: aiohttp's default jar ignores IP addresses."""
    g = gw_on("cookie", base_url=f"http://localhost:{fake.port}/cookie/v1")
    for _ in range(3):
        r = httpx.post(g.base_url + "/chat/completions", json=HELLO, headers={"Authorization": f"Bearer {g.key}"})
        assert r.status_code == 200, r.text
        assert "set-cookie" not in r.headers  # nor is it passed on to the client
    assert COOKIES == [None, None, None]


def test_auth_errors(gateway: Running) -> None:
    url = gateway.base_url + "/chat/completions"
    err(httpx.post(url, json=HELLO), 401, "invalid_api_key")
    err(httpx.post(url, json=HELLO, headers={"Authorization": "Basic abc"}), 401, "invalid_api_key")
    err(httpx.post(url, json=HELLO, headers={"Authorization": "Bearer sk-sw-000000000000-" + "x" * 43}), 401)
    err(httpx.post(url, json=HELLO, headers={"Authorization": gateway.headers()["Authorization"] + "x"}), 401)
    key_id = gateway.key.split("-")[2]
    assert gateway.post("/chat/completions", HELLO).status_code == 200
    assert gateway.gateway.keys.revoke(key_id)
    err(gateway.post("/chat/completions", HELLO), 401, "invalid_api_key")
    # the SDK maps it to AuthenticationError
    with pytest.raises(openai.AuthenticationError):
        openai.OpenAI(base_url=gateway.base_url, api_key="sk-wrong", max_retries=0).models.list()
    recs = gateway.audit()
    assert len(recs) == 7 and all(r["status"] == 401 for r in recs if r["status"] != 200)


def test_bad_bodies(gateway: Running) -> None:
    url = gateway.base_url + "/chat/completions"
    h = {**gateway.headers(), "content-type": "application/json"}
    e = err(httpx.post(url, content=b'{"model": "x", "messages": [', headers=h), 400)
    assert "parse the JSON body" in e["message"]
    err(httpx.post(url, content=b"", headers=h), 400)
    err(httpx.post(url, content=b"\xff\xfe", headers=h), 400)
    err(httpx.post(url, content=b"[1, 2]", headers=h), 400)
    err(httpx.post(url, content=b"[" * 100 + b"]" * 100, headers=h), 400)
    e = err(gateway.post("/chat/completions", {"model": DEMO_MODEL}), 400, "missing_required_parameter")
    assert e["param"] == "messages"
    e = err(gateway.post("/chat/completions", {"model": 7, "messages": []}), 400, "invalid_type")
    assert e["param"] == "model"
    e = err(gateway.post("/chat/completions", {"model": DEMO_MODEL, "messages": "hi"}), 400, "invalid_type")
    assert e["param"] == "messages"
    bad = {"model": DEMO_MODEL, "messages": [{"role": "user", "content": 42}]}
    assert err(gateway.post("/chat/completions", bad), 400)["param"] == "messages[0].content"
    bad = {"model": DEMO_MODEL, "messages": [{"role": "wizard", "content": "x"}]}
    assert err(gateway.post("/chat/completions", bad), 400)["param"] == "messages[0].role"
    assert err(gateway.post("/chat/completions", {**HELLO, "stream": "yes"}), 400)["param"] == "stream"
    assert err(gateway.post("/completions", {"model": DEMO_MODEL, "prompt": [1, 2, 3]}), 400)["param"] == "prompt"
    assert err(gateway.post("/embeddings", {"model": DEMO_MODEL, "input": {"a": 1}}), 400)["param"] == "input"
    with pytest.raises(openai.BadRequestError):
        openai.OpenAI(base_url=gateway.base_url, api_key=gateway.key, max_retries=0).chat.completions.create(
            model=DEMO_MODEL,
            messages="nope",  # type: ignore[arg-type]
        )
    # every one of them has its audit record, with the error and the hash of the body as received
    recs = gateway.audit()
    assert len(recs) == 14 and {r["status"] for r in recs} == {400}
    assert all(r["error"] and r["request_hash"] and r["tenant"] == "acme" for r in recs)
    assert {r["error"] for r in recs} >= {"invalid_type", "missing_required_parameter", "invalid_value"}
    assert gateway.gateway.audit.verify().ok


def test_body_too_large(gateway: Running) -> None:
    big = {"model": DEMO_MODEL, "messages": [{"role": "user", "content": "x" * (5 * 1024 * 1024)}]}
    err(gateway.post("/chat/completions", big), 413, "request_too_large")

    def chunked():  # type: ignore[no-untyped-def]
        for _ in range(6):
            yield b" " * (1024 * 1024)

    r = httpx.post(gateway.base_url + "/chat/completions", content=chunked(), headers=gateway.headers())
    err(r, 413, "request_too_large")
    recs = gateway.audit()
    assert [(x["status"], x["error"]) for x in recs] == [(413, "request_too_large")] * 2


def test_unknown_model_and_url(gateway: Running) -> None:
    e = err(gateway.post("/chat/completions", {**HELLO, "model": "gpt-17"}), 404, "model_not_found")
    assert e["param"] == "model"
    with pytest.raises(openai.NotFoundError):
        openai.OpenAI(base_url=gateway.base_url, api_key=gateway.key, max_retries=0).chat.completions.create(
            model="gpt-17", messages=[{"role": "user", "content": "x"}]
        )
    err(httpx.get(gateway.url + "/v1/nothing-here"), 404, "unknown_url")
    err(httpx.get(gateway.base_url + "/chat/completions"), 405)
    recs = gateway.audit()
    assert [(x["status"], x["error"], x["model"]) for x in recs] == [(404, "model_not_found", "gpt-17")] * 2


def test_upstream_down(tmp_path: Path, policy_ref: str) -> None:
    from shieldwall.gateway.server import bind

    s = bind("127.0.0.1", 0)
    port = s.getsockname()[1]
    s.close()  # nothing listens there any more
    cfg = make_config(policy_ref, f"http://127.0.0.1:{port}/v1", f"sqlite:///{tmp_path / 'd.db'}")
    srv, gw, key = start_gateway(cfg)
    with srv:
        r = httpx.post(srv.url + "/v1/chat/completions", json=HELLO, headers={"Authorization": f"Bearer {key}"})
        e = err(r, 502, "upstream_error")
        assert e["type"] == "server_error" and "unreachable" in e["message"]
        rec = gw.audit.records()[0]
        assert rec["status"] == 502 and rec["error"] == "upstream_error"


def test_upstream_5xx_retried_then_502(gw_on) -> None:  # type: ignore[no-untyped-def]
    CALLS.clear()
    g = gw_on("fail500", max_retries=2)
    err(g.post("/chat/completions", HELLO), 502, "upstream_error")
    assert CALLS["fail500"] == 3
    assert g.audit()[0]["upstream_status"] == 500
    f = gw_on("flaky", max_retries=1)
    r = f.post("/chat/completions", HELLO)
    assert r.status_code == 200 and CALLS["flaky"] == 2


def test_upstream_garbage_shape_4xx_and_timeout(gw_on) -> None:  # type: ignore[no-untyped-def]
    for mode in ("garbage", "shape"):
        g = gw_on(mode)
        err(g.post("/chat/completions", HELLO), 502, "upstream_error")
        (rec,) = g.audit()
        assert (rec["status"], rec["upstream_status"], rec["error"]) == (502, 200, "upstream_error")
    g = gw_on("badreq")
    e = err(g.post("/chat/completions", HELLO), 400)
    assert e["param"] == "max_tokens"  # an upstream 4xx passes through in its own words
    assert g.audit()[0]["upstream_status"] == 400
    g = gw_on("stall", timeout_s=0.3)
    err(g.post("/chat/completions", HELLO), 504, "upstream_timeout")
    assert g.audit()[0]["status"] == 504


def test_upstream_stream_stall_and_garbage(gw_on) -> None:  # type: ignore[no-untyped-def]
    for mode, code in (("stallstream", "upstream_timeout"), ("badsse", "upstream_error")):
        g = gw_on(mode, timeout_s=0.3)
        body = {**HELLO, "stream": True}
        with httpx.stream("POST", g.base_url + "/chat/completions", json=body, headers=g.headers(), timeout=10) as s:
            events = [line[6:] for line in s.iter_lines() if line.startswith("data: ")]
        assert events[-1] == "[DONE]"
        assert json.loads(events[-2])["error"]["code"] == code
        text = "".join(json.loads(e)["choices"][0]["delta"].get("content", "") for e in events[:-2])
        assert text == "Hello there "
        rec = g.audit()[0]
        assert rec["stream"] and rec["error"] == code


def test_client_disconnect_mid_stream_is_audited(tmp_path: Path, policy_ref: str) -> None:
    with ServerThread(create_demo_app(chunk_delay_s=0.05)) as slow:
        cfg = make_config(policy_ref, slow.url + "/v1", f"sqlite:///{tmp_path / 'c.db'}")
        srv, gw, key = start_gateway(cfg)
        with srv:
            body = {
                "model": DEMO_MODEL,
                "stream": True,
                "messages": [{"role": "user", "content": "echo " + "word " * 60}],
            }
            with httpx.stream(
                "POST", srv.url + "/v1/chat/completions", json=body, headers={"Authorization": f"Bearer {key}"}
            ) as s:
                for line in s.iter_lines():
                    if '"content"' in line:
                        break  # hang up after the first content chunk
            import time

            deadline = time.monotonic() + 5
            while time.monotonic() < deadline and not gw.audit.records():
                time.sleep(0.05)
            recs = gw.audit.records()
            assert len(recs) == 1 and recs[0]["stream"]
            assert gw.audit.verify().ok


def test_rate_limit(tmp_path: Path, policy_ref: str, demo_upstream: ServerThread) -> None:
    cfg = make_config(
        policy_ref, demo_upstream.url + "/v1", f"sqlite:///{tmp_path / 'r.db'}", quotas={"requests_per_minute": 2}
    )
    srv, gw, key = start_gateway(cfg)
    with srv:
        g = Running(srv.url, key, gw, gw.db, "")
        assert [g.post("/chat/completions", HELLO).status_code for _ in range(2)] == [200, 200]
        r = g.post("/chat/completions", HELLO)
        err(r, 429, "rate_limit_exceeded")
        assert int(r.headers["retry-after"]) >= 1


def test_health_ready_metrics(gateway: Running) -> None:
    assert httpx.get(gateway.url + "/healthz").json() == {"status": "ok"}
    assert httpx.get(gateway.url + "/readyz").status_code == 200
    gateway.post("/chat/completions", HELLO)
    gateway.post("/chat/completions", {**HELLO, "model": "nope"})
    text = httpx.get(gateway.url + "/metrics").text
    assert 'shieldwall_requests_total{endpoint="chat.completions",status="200"} 1.0' in text
    assert 'shieldwall_requests_total{endpoint="chat.completions",status="404"} 1.0' in text
    assert 'shieldwall_verdicts_total{action="allow",direction="input"}' in text
    assert "shieldwall_scanner_seconds_bucket" in text and "shieldwall_upstream_seconds_bucket" in text
