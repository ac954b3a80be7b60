"""End to end: ``shieldwall redteam run`` against the demo assistant directly and through a real gateway,
callable targets, the HTML report in headless Chromium, and bad input (unreachable, garbage and
forever-streaming targets, malformed suites, an interrupted run resumed)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response, StreamingResponse
from starlette.routing import Route
from typer.testing import CliRunner

from shieldwall.cli.main import app
from shieldwall.gateway.launch import ServedApp
from shieldwall.redteam.runner import expand
from shieldwall.redteam.suites import load_suite

ROOT = Path(__file__).resolve().parents[2]
runner = CliRunner()


def _run(*args: str) -> tuple[int, str]:
    res = runner.invoke(app, ["redteam", *args], catch_exceptions=False)
    return res.exit_code, res.output


@pytest.mark.slow
def test_demo_direct_and_through_the_gateway(tmp_path: Path) -> None:
    db = tmp_path / "findings.db"
    code, out = _run(
        "run",
        "--target",
        "demo",
        "--suite",
        "smoke",
        "--through-gateway",
        "--out",
        str(tmp_path / "o"),
        "--db",
        f"sqlite:///{db}",
        "--no-progress",
    )
    assert code == 0, out
    rep = json.loads((tmp_path / "o" / "report.json").read_text())
    assert rep["modes"] == ["direct", "gateway"]
    for mode in ("direct", "gateway"):
        for key in ("asr", "asr_by_family", "attacks", "benign_false_block_rate", "asr_by_mutator", "asr_ci95"):
            assert key in rep[mode], (mode, key)
        assert rep[mode]["attacks"] == rep["attack_instances"] and rep[mode]["errors"] == 0
    assert rep["direct"]["asr"] >= 0.5 > rep["gateway"]["asr"]
    assert rep["comparison"]["asr_relative_reduction"] >= 0.8
    lo, hi = rep["direct"]["asr_ci95"]
    assert lo <= rep["direct"]["asr"] <= hi
    suites = ET.parse(tmp_path / "o" / "junit.xml").getroot().findall("testsuite")
    assert [s.get("name") for s in suites] == ["redteam.direct", "redteam.gateway"]
    assert int(suites[0].get("failures") or 0) == rep["direct"]["successes"]
    html = (tmp_path / "o" / "report.html").read_text()
    assert "<details>" in html and "http://" not in html.split("<h2>")[0].replace("http-equiv", "")
    rows = sqlite3.connect(db).execute("select source, count(*) from sw_incidents group by source").fetchall()
    assert rows == [("redteam", rep["direct"]["successes"] + rep["gateway"]["successes"])]
    # the gateway's own audit log of the run verifies
    code, out = (
        runner.invoke(app, ["audit", "verify", "--db", f"sqlite:///{tmp_path / 'o' / 'gateway.db'}"]).exit_code,
        "",
    )
    assert code == 0
    # --fail-above gates CI
    code, out = _run("report", str(tmp_path / "o"))
    assert code == 0, out
    code, out = _run(
        "run",
        "--target",
        "demo",
        "--suite",
        "smoke",
        "--out",
        str(tmp_path / "o2"),
        "--no-store",
        "--fail-above",
        "0.1",
        "--no-progress",
    )
    assert code == 1 and "above --fail-above 0.1" in out


def test_callable_target_and_listing(tmp_path: Path) -> None:
    code, out = _run(
        "run",
        "--target",
        "tests.redteam.targets_for_tests:obedient",
        "--suite",
        "smoke",
        "--out",
        str(tmp_path / "o"),
        "--no-store",
        "--no-progress",
    )
    assert code == 0, out
    rep = json.loads((tmp_path / "o" / "report.json").read_text())
    res = [json.loads(line) for line in (tmp_path / "o" / "results.jsonl").read_text().splitlines()]
    assert {r["outcome"] for r in res if not r["benign"]} == {"success", "refused"}
    assert (
        rep["direct"]["asr_by_family"]["prompt_extraction"] > 0
        and rep["direct"]["asr_by_family"]["goal_hijacking"] == 0
    )
    code, out = _run(
        "run",
        "--target",
        "tests.redteam.targets_for_tests:obedient",
        "--suite",
        "smoke",
        "--out",
        str(tmp_path / "x"),
        "--no-store",
        "--no-progress",
        "--exclude",
        "tool_misuse",
        "--exclude",
        "pe.*",
    )
    assert code == 0, out
    fams = json.loads((tmp_path / "x" / "report.json").read_text())["direct"]["asr_by_family"]
    assert "tool_misuse" not in fams and "prompt_extraction" not in fams and "goal_hijacking" in fams
    code, out = _run("mutators")
    assert code == 0 and "base64" in out and "tag_smuggle" in out and "lang_fr" in out
    code, out = _run("suites", "--json")
    assert code == 0 and {s["name"] for s in json.loads(out)} >= {"default", "smoke"}


@pytest.mark.slow
def test_html_report_opens_in_headless_chromium(tmp_path: Path) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if chromium is None:
        pytest.skip("chromium is not installed (apt-get install -y chromium); the HTML report was not opened")
    code, out = _run(
        "run", "--target", "demo", "--suite", "smoke", "--out", str(tmp_path / "o"), "--no-store", "--no-progress"
    )
    assert code == 0, out
    page = tmp_path / "o" / "report.html"
    profile = tempfile.mkdtemp()
    try:
        proc = subprocess.run(
            [
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                f"--user-data-dir={profile}",
                "--dump-dom",
                page.as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    assert proc.returncode == 0, proc.stderr[-2000:]
    dom = proc.stdout
    assert 'id="summary"' in dom and "attack success rate" in dom and dom.count("<details>") >= 1
    assert "Successful attacks — direct" in dom


# -- bad input --------------------------------------------------------------------------------------


def _served(app_: Starlette) -> Iterator[str]:
    with ServedApp(app_) as s:
        yield s.url + "/v1"


@pytest.fixture
def garbage_target() -> Iterator[str]:
    async def chat(request: Request) -> Response:
        return PlainTextResponse("<html>oops</html>", media_type="text/html")

    yield from _served(Starlette(routes=[Route("/v1/chat/completions", chat, methods=["POST"])]))


@pytest.fixture(params=["streams-forever", "stalls"])
def forever_target(request: pytest.FixtureRequest) -> Iterator[str]:
    async def chat(req: Request) -> Response:
        if request.param == "stalls":
            import asyncio

            await asyncio.sleep(3600)

        async def gen() -> AsyncIterator[bytes]:
            while True:
                yield b'data: {"choices":[{"index":0,"delta":{"content":"la "}}]}\n\n'
                import asyncio

                await asyncio.sleep(0.01)

        return StreamingResponse(gen(), media_type="text/event-stream")

    yield from _served(Starlette(routes=[Route("/v1/chat/completions", chat, methods=["POST"])]))


def test_unreachable_target(tmp_path: Path) -> None:
    from shieldwall.gateway.server import bind

    sock = bind("127.0.0.1", 0)
    port = sock.getsockname()[1]
    sock.close()
    code, out = _run(
        "run",
        "--target",
        f"http://127.0.0.1:{port}/v1",
        "--model",
        "m",
        "--suite",
        "smoke",
        "--out",
        str(tmp_path / "o"),
        "--no-progress",
        "--no-store",
    )
    assert code == 2 and "is not usable: ConnectError" in out and "Traceback" not in out


def test_garbage_target(tmp_path: Path, garbage_target: str) -> None:
    code, out = _run(
        "run",
        "--target",
        garbage_target,
        "--model",
        "m",
        "--suite",
        "smoke",
        "--out",
        str(tmp_path / "o"),
        "--no-progress",
        "--no-store",
    )
    assert code == 2 and "the answer is not JSON (HTTP 200, text/html" in out and "Traceback" not in out


@pytest.mark.parametrize("stream", [False, True])
def test_forever_streaming_target_is_cut_off(tmp_path: Path, forever_target: str, stream: bool) -> None:
    t0 = time.monotonic()
    code, out = _run(
        "run",
        "--target",
        forever_target,
        "--model",
        "m",
        "--suite",
        "smoke",
        "--timeout",
        "1",
        "--out",
        str(tmp_path / "o"),
        "--no-progress",
        "--no-store",
        *(["--stream"] if stream else []),
    )
    assert code == 2 and "no complete answer within 1 s" in out
    assert time.monotonic() - t0 < 15


def test_malformed_suite_names_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "systems.yaml").write_text("s: 'bot {canary}'\n", encoding="utf-8")
    (tmp_path / "a.yaml").write_text(
        "version: 1\nfamily: f\ncategory: c\nsystem: s\nattacks:\n  - id: x\n"
        "    goal: g\n    turns: [{user: hi}]\n    judge: {type: leak, valuez: [1]}\n"
    )
    (tmp_path / "s.yaml").write_text("version: 1\nname: t\nattacks: [a.yaml]\n")
    code, out = _run(
        "run", "--target", "demo", "--suite", str(tmp_path / "s.yaml"), "--out", str(tmp_path / "o"), "--no-progress"
    )
    assert code == 2 and "a.yaml, line 9: attacks[0].judge.valuez: unknown key" in out


def test_results_are_kept_and_errors_redone_on_resume(tmp_path: Path) -> None:
    """A run whose target fails mid-way keeps every result, exits 2, and --resume redoes only the errors."""
    calls = {"n": 0}

    async def chat(request: Request) -> Response:
        calls["n"] += 1
        if calls["n"] in (3, 5):
            return PlainTextResponse("garbage", status_code=200)
        from starlette.responses import JSONResponse

        return JSONResponse(
            {"choices": [{"index": 0, "message": {"role": "assistant", "content": "Hello!"}, "finish_reason": "stop"}]}
        )

    with ServedApp(Starlette(routes=[Route("/v1/chat/completions", chat, methods=["POST"])])) as s:
        args = [
            "run",
            "--target",
            s.url + "/v1",
            "--model",
            "m",
            "--suite",
            "smoke",
            "--out",
            str(tmp_path / "o"),
            "--no-progress",
            "--no-store",
            "--concurrency",
            "1",
        ]
        code, out = _run(*args)
        assert code == 2 and "2 instance(s) ended in a transport error" in out
        lines = (tmp_path / "o" / "results.jsonl").read_text().splitlines()
        n = len(lines)
        assert sum(json.loads(x)["outcome"] == "error" for x in lines) == 2
        code, out = _run(*args)
        assert code == 2 and "already holds results" in out
        before = calls["n"]
        code, out = _run(*args, "--resume")
        assert code == 0, out
        assert calls["n"] - before == 1 + 2  # the preflight and the two that failed
        rep = json.loads((tmp_path / "o" / "report.json").read_text())
        assert rep["direct"]["errors"] == 0 and rep["direct"]["attacks"] + rep["direct"]["benign"] == n
        other = [a if a != "smoke" else "default" for a in args]
        code, out = _run(*other, "--resume")
        assert code == 2 and "cannot resume: the suite digest differs" in out


@pytest.mark.slow
def test_killed_run_resumes_without_redoing_or_losing_results(tmp_path: Path) -> None:
    count = tmp_path / "calls.txt"
    env = {**os.environ, "RT_COUNT_FILE": str(count), "RT_DELAY": "0.05", "PYTHONPATH": str(ROOT)}
    out = tmp_path / "o"
    cmd = [
        sys.executable,
        "-m",
        "shieldwall",
        "redteam",
        "run",
        "--target",
        "tests.redteam.targets_for_tests:slow",
        "--suite",
        "default",
        "--out",
        str(out),
        "--no-progress",
        "--no-store",
        "--concurrency",
        "2",
    ]
    proc = subprocess.Popen(
        cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    results = out / "results.jsonl"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if results.exists() and results.read_text().count("\n") >= 40:
            break
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    done_before = {json.loads(x)["key"] for x in results.read_text().splitlines() if x.endswith("}")}
    total = len(expand(load_suite("default")))
    assert 40 <= len(done_before) < total
    calls_before = len(count.read_text().splitlines())
    res = subprocess.run([*cmd, "--resume"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr[-2000:]
    records = [json.loads(x) for x in results.read_text().splitlines()]
    keys = [r["key"] for r in records]
    assert len(keys) == len(set(keys)) == total  # nothing lost, nothing twice
    assert done_before <= set(keys)
    resumed_calls = len(count.read_text().splitlines()) - calls_before
    # one preflight, then one request per instance not done before (a conversation: one per user turn)
    expected = 1 + sum(r["turn"] or 1 for r in records if r["key"] not in done_before)
    assert resumed_calls == expected


@pytest.mark.slow
def test_url_target_with_key_from_env_through_the_gateway(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Any OpenAI-compatible URL (here the demo served separately): the model is read from /models, the
    key comes from the environment and never appears in a report."""
    from shieldwall.gateway.launch import serve_demo

    monkeypatch.setenv("RT_TEST_KEY", "sk-test-0123456789-very-secret")
    with serve_demo() as demo:
        code, out = _run(
            "run",
            "--target",
            demo.url + "/v1",
            "--api-key-env",
            "RT_TEST_KEY",
            "--suite",
            "smoke",
            "--through-gateway",
            "--out",
            str(tmp_path / "o"),
            "--no-store",
            "--no-progress",
        )
    assert code == 0, out
    rep = json.loads((tmp_path / "o" / "report.json").read_text())
    assert rep["direct"]["asr"] > rep["gateway"]["asr"]
    for f in (tmp_path / "o").iterdir():
        if f.suffix in (".json", ".jsonl", ".html", ".xml"):
            assert "very-secret" not in f.read_text(), f.name


def test_rate_limited_target_is_retried_after_retry_after(tmp_path: Path) -> None:
    from starlette.responses import JSONResponse

    seen: list[float] = []

    async def chat(request: Request) -> Response:
        seen.append(time.monotonic())
        if len(seen) in (2, 3):  # the first request after the preflight, and its first retry
            return JSONResponse(
                {"error": {"message": "slow down", "code": "rate_limit_exceeded"}}, 429, headers={"Retry-After": "1"}
            )
        return JSONResponse(
            {"choices": [{"index": 0, "message": {"role": "assistant", "content": "Hi"}, "finish_reason": "stop"}]}
        )

    with ServedApp(Starlette(routes=[Route("/v1/chat/completions", chat, methods=["POST"])])) as s:
        code, out = _run(
            "run",
            "--target",
            s.url + "/v1",
            "--model",
            "m",
            "--suite",
            "smoke",
            "--out",
            str(tmp_path / "o"),
            "--no-progress",
            "--no-store",
            "--concurrency",
            "1",
        )
    assert code == 0, out
    assert seen[3] - seen[1] >= 1.9  # two waits of Retry-After: 1 s
    rep = json.loads((tmp_path / "o" / "report.json").read_text())
    assert rep["direct"]["errors"] == 0 and len(seen) == 1 + 2 + rep["instances"]


@pytest.mark.slow
def test_streamed_answers_through_the_gateway_are_blocked_mid_stream(tmp_path: Path) -> None:
    code, out = _run(
        "run",
        "--target",
        "demo",
        "--suite",
        "smoke",
        "--through-gateway",
        "--stream",
        "--out",
        str(tmp_path / "o"),
        "--no-store",
        "--no-progress",
    )
    assert code == 0, out
    res = [json.loads(x) for x in (tmp_path / "o" / "results.jsonl").read_text().splitlines()]
    out_blocks = [
        r
        for r in res
        if r["mode"] == "gateway"
        and r["outcome"] == "blocked"
        and r["response"]["blocked"].get("direction") == "output"
    ]
    assert out_blocks  # e.g. the leaked system prompt cut off in the stream
    direct = [r for r in res if r["mode"] == "direct" and r["outcome"] == "success"]
    assert direct and all(r["response"]["content"] or r["response"].get("tool_calls") for r in direct)


@pytest.mark.slow
def test_callable_target_through_the_gateway(tmp_path: Path) -> None:
    code, out = _run(
        "run",
        "--target",
        "tests.redteam.targets_for_tests:obedient",
        "--suite",
        "smoke",
        "--through-gateway",
        "--out",
        str(tmp_path / "o"),
        "--no-store",
        "--no-progress",
    )
    assert code == 0, out
    rep = json.loads((tmp_path / "o" / "report.json").read_text())
    assert rep["direct"]["asr_by_family"]["prompt_extraction"] > 0
    assert rep["gateway"]["asr"] == 0.0 and rep["gateway"]["outcomes"].get("blocked", 0) > 0
