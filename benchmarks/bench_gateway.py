"""Load benchmark: the demo upstream called directly vs through the Shieldwall gateway, in one run.

Starts, on loopback only, the simulated upstream (``create_demo_app``, its own process) and the gateway
(``shieldwall serve --config …``, its own process or ``--workers`` processes, a throw-away data
directory, the tenant's policy ``--policy``: ``default`` includes the ML detector, ``fast`` has no model),
then drives both with the same load:

(a) saturated: non-streaming chat completions with benign prompts, ``--connections`` concurrent clients
    (default 50) without pause, for ``--duration`` seconds: requests/s and latency p50/p99, direct vs
    gateway, and the CPU milliseconds the server's processes spent per request (``/proc``; independent of
    how busy the machine is with other work, unlike req/s). The load generator is ``wrk`` (a Lua script
    for the POST body) when it is on the PATH, else a bounded asyncio httpx client (``--client httpx``).
    Streaming with the same concurrency: time to first token (first content chunk), by an asyncio httpx
    client (which is itself the bottleneck there).
(b) paced: the same clients, each pausing 0.5-1.5 × (connections / ``--paced-rps``, or
    ``--paced-stream-rps`` for streams) after an answer, so that the offered load stays below saturation:
    the latency and TTFT the gateway adds, without queueing.
(c) one client at a time (``light_*``): the gateway's own per-request cost.

Everything stops by itself; the servers are killed at the end; the audit chain is verified. ``--json``
prints the figures as JSON.

    python benchmarks/bench_gateway.py --policy fast --workers 2      # no ML tier, 2 gateway processes
    python benchmarks/bench_gateway.py --policy default --workers 2   # with the ML detector
    python benchmarks/bench_gateway.py --duration 5 --json
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

MODEL = "sim-assistant"
PROMPTS = [
    "What is the capital of France?",
    "Summarize the plot of Hamlet in two sentences.",
    "Give me three tips for writing clear documentation.",
    "How do I reverse a list in Python?",
]


def prepare_gateway(work: Path, policy: str, env: dict[str, str]) -> tuple[int, int, str, str, Path, str, str]:
    """Ports, URLs, the gateway config (one tenant ``bench`` with ``policy`` in front of the upstream), the
    SQLite store URL and a fresh API key: ``(up_port, gw_port, up_url, gw_url, cfg, db_url, key)``."""
    from shieldwall.gateway.config import resolve_secret
    from shieldwall.store.db import Database
    from shieldwall.store.keys import KeyStore

    up_port, gw_port = free_port(), free_port()
    up_url, gw_url = f"http://127.0.0.1:{up_port}", f"http://127.0.0.1:{gw_port}"
    cfg = work / "gateway.yaml"
    cfg.write_text(
        f"tenants:\n  - name: bench\n    policy: {policy}\n    upstream: {{base_url: '{up_url}/v1'}}\n"
        f"    models: [{MODEL}]\n"
    )
    db_url = f"sqlite:///{work / 'home' / 'shieldwall.db'}"
    os.environ["SHIELDWALL_SECRET"] = env["SHIELDWALL_SECRET"]
    db = Database(db_url)
    _, key = KeyStore(db, resolve_secret("SHIELDWALL_SECRET")).create("bench", name="bench")
    db.dispose()
    return up_port, gw_port, up_url, gw_url, cfg, db_url, key


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_ready(url: str, timeout: float = 30.0) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=1.0).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"{url} did not come up in {timeout} s")


def serve_upstream(port: int, delay: float) -> None:
    """Child mode: the simulated upstream on 127.0.0.1:port."""
    import uvicorn

    from shieldwall.gateway.demo_upstream import create_demo_app

    uvicorn.run(
        create_demo_app(chunk_delay_s=delay), host="127.0.0.1", port=port, log_level="warning", access_log=False
    )


def body(i: int, stream: bool) -> dict[str, Any]:
    return {
        "model": MODEL,
        "stream": stream,
        "messages": [
            {"role": "system", "content": "You are a helpful assistant."},
            {"role": "user", "content": PROMPTS[i % len(PROMPTS)]},
        ],
    }


# -- load generators ---------------------------------------------------------------------------------


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    k = min(len(s) - 1, max(0, round(p / 100.0 * (len(s) - 1))))
    return s[k]


_UNIT = {"us": 1e-3, "ms": 1.0, "s": 1e3, "m": 6e4}


def _ms(text: str) -> float:
    m = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text.strip())
    if not m:
        raise ValueError(f"cannot parse wrk latency {text!r}")
    return float(m.group(1)) * _UNIT[m.group(2)]


def run_wrk(
    url: str,
    key: str | None,
    connections: int,
    duration: float,
    threads: int,
    workdir: Path,
    think_ms: float = 0.0,
) -> dict[str, Any]:
    payload = json.dumps(body(0, False))
    lua = workdir / "post.lua"
    headers = 'wrk.headers["Content-Type"] = "application/json"\n'
    if key:
        headers += f'wrk.headers["Authorization"] = "Bearer {key}"\n'
    lua.write_text(
        f'wrk.method = "POST"\nwrk.body = {json.dumps(payload)}\n{headers}'
        "local non2xx = 0\n"
        "response = function(status, headers, body) if status ~= 200 then non2xx = non2xx + 1 end end\n"
        + (  # paced: each connection waits 0.5-1.5 x think_ms after an answer (a client that reads it)
            f"function delay() return math.random({int(think_ms * 0.5)}, {int(think_ms * 1.5)}) end\n"
            if think_ms > 0
            else ""
        )
    )
    cmd = [
        "wrk",
        "-t",
        str(threads),
        "-c",
        str(connections),
        "-d",
        f"{max(1, round(duration))}s",  # wrk takes whole seconds
        "--latency",
        "-s",
        str(lua),
        f"{url}/v1/chat/completions",
    ]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=duration + 60, check=True).stdout
    if os.environ.get("BENCH_DEBUG"):
        print(out, file=sys.stderr)
    lat = {m.group(1): _ms(m.group(2)) for m in re.finditer(r"^\s+(50|75|90|99)%\s+(\S+)\s*$", out, re.M)}
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    total = int(re.search(r"(\d+) requests in", out).group(1))  # type: ignore[union-attr]
    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    errors = re.search(r"Socket errors:.*", out)
    return {
        "rps": rps,
        "requests": total,
        "p50_ms": lat.get("50"),
        "p99_ms": lat.get("99"),
        "non_2xx": int(non2xx.group(1)) if non2xx else 0,
        "socket_errors": errors.group(0) if errors else None,
        "command": " ".join(cmd),
    }


async def _httpx_load(
    url: str, key: str | None, connections: int, duration: float, stream: bool, think_s: float = 0.0
) -> dict[str, Any]:
    import random

    import httpx

    headers = {"Authorization": f"Bearer {key}"} if key else {}
    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    lat: list[float] = []
    ttft: list[float] = []
    bad = 0
    deadline = time.perf_counter() + duration
    async with httpx.AsyncClient(base_url=url, headers=headers, limits=limits, timeout=30.0, trust_env=False) as c:

        async def worker(w: int) -> None:
            nonlocal bad
            i = w
            if think_s > 0:  # paced: the clients start spread over one think time, not as one burst of 50
                await asyncio.sleep(think_s * random.uniform(0.0, 1.0))
            while time.perf_counter() < deadline:
                i += connections
                t0 = time.perf_counter()
                try:
                    if not stream:
                        r = await c.post("/v1/chat/completions", json=body(i, False))
                        ok = r.status_code == 200
                    else:
                        first = None
                        async with c.stream("POST", "/v1/chat/completions", json=body(i, True)) as r:
                            ok = r.status_code == 200
                            async for line in r.aiter_lines():
                                if (
                                    first is None
                                    and line.startswith("data: {")
                                    and '"content":"' in line
                                    and '"content":""' not in line
                                ):
                                    first = time.perf_counter() - t0
                        if first is not None:
                            ttft.append(first * 1000.0)
                        else:
                            ok = False
                except httpx.HTTPError:
                    ok = False
                if ok:
                    lat.append((time.perf_counter() - t0) * 1000.0)
                else:
                    bad += 1
                if think_s > 0:
                    await asyncio.sleep(think_s * random.uniform(0.5, 1.5))

        t_start = time.perf_counter()
        await asyncio.gather(*(worker(w) for w in range(connections)))
        elapsed = time.perf_counter() - t_start
    res: dict[str, Any] = {
        "rps": len(lat) / elapsed,
        "requests": len(lat),
        "p50_ms": pct(lat, 50),
        "p99_ms": pct(lat, 99),
        "non_2xx": bad,
    }
    if stream:
        res.update(ttft_p50_ms=pct(ttft, 50), ttft_p99_ms=pct(ttft, 99))
    return res


def run_httpx(
    url: str, key: str | None, connections: int, duration: float, stream: bool, think_s: float = 0.0
) -> dict[str, Any]:
    try:
        import uvloop

        return uvloop.run(_httpx_load(url, key, connections, duration, stream, think_s))
    except ImportError:
        return asyncio.run(_httpx_load(url, key, connections, duration, stream, think_s))


# -- CPU accounting ----------------------------------------------------------------------------------


def _tree(pid: int) -> list[int]:
    """``pid`` and its descendants (Linux /proc); the gateway's worker processes are its children."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            kids = Path(f"/proc/{p}/task/{p}/children").read_text().split()
        except OSError:
            continue
        todo.extend(int(k) for k in kids)
    return out


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU seconds of a process tree (None where /proc is unavailable)."""
    total = 0.0
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    try:
        for p in _tree(pid):
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / tick
    except (OSError, IndexError, ValueError):
        return None
    return total


def with_cpu(pid: int, fn: Any, *args: Any) -> dict[str, Any]:
    """Run a load case and add the CPU milliseconds ``pid``'s tree spent per answered request."""
    c0 = cpu_seconds(pid)
    res: dict[str, Any] = fn(*args)
    c1 = cpu_seconds(pid)
    if c0 is not None and c1 is not None and res.get("requests"):
        res["server_cpu_ms_per_request"] = (c1 - c0) * 1000.0 / res["requests"]
    return res


# -- orchestration -----------------------------------------------------------------------------------


def start(cmd: list[str], env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(cmd, env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT, start_new_session=True)


def stop(p: subprocess.Popen[bytes]) -> None:
    if p.poll() is None:
        os.killpg(p.pid, signal.SIGTERM)
        try:
            p.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL)
            p.wait(10)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--connections", type=int, default=50)
    ap.add_argument("--duration", type=float, default=10.0, help="seconds per case")
    ap.add_argument("--workers", type=int, default=1, help="gateway worker processes")
    ap.add_argument("--client", choices=["auto", "wrk", "httpx"], default="auto")
    ap.add_argument("--wrk-threads", type=int, default=2)
    ap.add_argument(
        "--policy", default="default", help="the bench tenant's policy: default (with the ML detector), fast"
    )
    ap.add_argument("--paced-rps", type=float, default=200.0, help="offered load of the paced chat case (req/s)")
    ap.add_argument("--paced-stream-rps", type=float, default=25.0, help="offered load of the paced streams (/s)")
    ap.add_argument("--stream-delay", type=float, default=0.0, help="demo upstream: seconds between chunks")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--serve-upstream", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.serve_upstream:
        serve_upstream(args.serve_upstream, args.stream_delay)
        return 0
    use_wrk = args.client == "wrk" or (args.client == "auto" and shutil.which("wrk") is not None)

    from shieldwall.store.db import Database

    work = Path(tempfile.mkdtemp(prefix="sw-bench-"))
    env = {
        **os.environ,
        "SHIELDWALL_HOME": str(work / "home"),
        "SHIELDWALL_SECRET": "bench-secret-0123456789abcdef",
        "PYTHONUNBUFFERED": "1",
    }
    up_port, gw_port, up_url, gw_url, cfg, db_url, key = prepare_gateway(work, args.policy, env)
    procs: list[subprocess.Popen[bytes]] = []
    try:
        procs.append(
            start(
                [sys.executable, __file__, "--serve-upstream", str(up_port), "--stream-delay", str(args.stream_delay)],
                env,
                work / "upstream.log",
            )
        )
        gw_cmd = [
            sys.executable,
            "-m",
            "shieldwall",
            "serve",
            "--config",
            str(cfg),
            "--port",
            str(gw_port),
            "--db",
            db_url,
        ]
        if args.workers > 1:
            gw_cmd += ["--workers", str(args.workers)]
        procs.append(start(gw_cmd, env, work / "gateway.log"))
        wait_ready(f"{up_url}/v1/models")
        wait_ready(f"{gw_url}/healthz")
        # warm-up (connections, caches, first scans)
        run_httpx(up_url, None, 4, 1.0, False)
        run_httpx(gw_url, key, 4, 1.0, False)

        results: dict[str, Any] = {
            "connections": args.connections,
            "duration_s": args.duration,
            "gateway_workers": args.workers,
            "policy": args.policy,
            "paced_rps": args.paced_rps,
            "paced_stream_rps": args.paced_stream_rps,
            "client": "wrk" if use_wrk else "httpx",
            "cpus": os.cpu_count(),
        }
        up_proc, gw_proc = procs
        for name, url, k, proc in (("direct", up_url, None, up_proc), ("gateway", gw_url, key, gw_proc)):
            if use_wrk:
                results[f"chat_{name}"] = with_cpu(
                    proc.pid, run_wrk, url, k, args.connections, args.duration, args.wrk_threads, work
                )
            else:
                results[f"chat_{name}"] = with_cpu(proc.pid, run_httpx, url, k, args.connections, args.duration, False)
        for name, url, k in (("direct", up_url, None), ("gateway", gw_url, key)):
            results[f"stream_{name}"] = run_httpx(url, k, args.connections, args.duration, True)
        # one client at a time: the gateway's own per-request cost, without queueing
        light = max(2.0, args.duration / 2)
        for name, url, k in (("direct", up_url, None), ("gateway", gw_url, key)):
            if use_wrk:
                results[f"light_chat_{name}"] = run_wrk(url, k, 1, light, 1, work)
            else:
                results[f"light_chat_{name}"] = run_httpx(url, k, 1, light, False)
            results[f"light_stream_{name}"] = run_httpx(url, k, 1, light, True)
        d, g = results["chat_direct"], results["chat_gateway"]
        sd, sg = results["stream_direct"], results["stream_gateway"]
        results["added"] = {
            "p50_ms": g["p50_ms"] - d["p50_ms"],
            "p99_ms": g["p99_ms"] - d["p99_ms"],
            "ttft_p50_ms": sg["ttft_p50_ms"] - sd["ttft_p50_ms"],
        }
        ld, lg = results["light_chat_direct"], results["light_chat_gateway"]
        lsd, lsg = results["light_stream_direct"], results["light_stream_gateway"]
        # paced: the same 50 clients, each pausing after an answer, so that the offered load (about
        # --paced-rps) stays below what the gateway serves on this machine: the latency it adds, not queueing
        think = args.connections / args.paced_rps
        for name, url, k in (("direct", up_url, None), ("gateway", gw_url, key)):
            if use_wrk:
                results[f"paced_chat_{name}"] = run_wrk(
                    url, k, args.connections, args.duration, args.wrk_threads, work, think * 1000.0
                )
            else:
                results[f"paced_chat_{name}"] = run_httpx(url, k, args.connections, args.duration, False, think)
            stream_think = args.connections / args.paced_stream_rps
            results[f"paced_stream_{name}"] = run_httpx(url, k, args.connections, args.duration, True, stream_think)
        pd, pg = results["paced_chat_direct"], results["paced_chat_gateway"]
        psd, psg = results["paced_stream_direct"], results["paced_stream_gateway"]
        results["added_paced"] = {
            "p50_ms": pg["p50_ms"] - pd["p50_ms"],
            "p99_ms": pg["p99_ms"] - pd["p99_ms"],
            "ttft_p50_ms": psg["ttft_p50_ms"] - psd["ttft_p50_ms"],
        }
        results["added_one_client"] = {
            "p50_ms": lg["p50_ms"] - ld["p50_ms"],
            "p99_ms": lg["p99_ms"] - ld["p99_ms"],
            "ttft_p50_ms": lsg["ttft_p50_ms"] - lsd["ttft_p50_ms"],
        }
        # the audit log must hold one record per request the gateway answered
        db = Database(db_url, create=False)
        from shieldwall.store.audit import AuditLog

        audit = AuditLog(db)
        v = audit.verify()
        results["audit"] = {"records": v.records, "chain_ok": v.ok}
        db.dispose()
    finally:
        for p in reversed(procs):
            stop(p)
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        _table(results)
    shutil.rmtree(work, ignore_errors=True)
    return 0


def _table(r: dict[str, Any]) -> None:
    def f(x: Any) -> str:
        return "—" if x is None else (f"{x:,.1f}" if isinstance(x, float) else str(x))

    print(
        f"{r['connections']} concurrent clients, {r['duration_s']:g} s per case, load: {r['client']}, "
        f"gateway workers: {r['gateway_workers']}, policy: {r['policy']}, CPUs: {r['cpus']}"
    )
    print(f"{'case':<22}{'req/s':>10}{'p50 ms':>10}{'p99 ms':>10}{'TTFT p50':>10}{'TTFT p99':>10}{'errors':>8}")
    base = ["chat_direct", "chat_gateway", "stream_direct", "stream_gateway"]
    names = base + ["paced_" + n for n in base] + ["light_" + n for n in base]
    for name in names:
        x = r[name]
        print(
            f"{name:<22}{f(x['rps']):>10}{f(x['p50_ms']):>10}{f(x['p99_ms']):>10}"
            f"{f(x.get('ttft_p50_ms')):>10}{f(x.get('ttft_p99_ms')):>10}{x['non_2xx']:>8}"
        )
    a = r["added"]
    print(
        f"added by the gateway: p50 {a['p50_ms']:+.2f} ms, p99 {a['p99_ms']:+.2f} ms, "
        f"TTFT p50 {a['ttft_p50_ms']:+.2f} ms"
    )
    for name in ("chat_direct", "chat_gateway"):
        cpu = r[name].get("server_cpu_ms_per_request")
        if cpu is not None:
            who = "upstream" if name == "chat_direct" else "gateway (all its processes)"
            print(f"{name}: {who} CPU per request {cpu:.2f} ms")
    a = r["added_paced"]
    print(
        f"added, 50 paced clients (~{r['paced_rps']:g} req/s, streams ~{r['paced_stream_rps']:g}/s offered): "
        f"p50 {a['p50_ms']:+.2f} ms, p99 {a['p99_ms']:+.2f} ms, TTFT p50 {a['ttft_p50_ms']:+.2f} ms"
    )
    a = r["added_one_client"]
    print(
        f"added, one client at a time (light_*): p50 {a['p50_ms']:+.2f} ms, p99 {a['p99_ms']:+.2f} ms, "
        f"TTFT p50 {a['ttft_p50_ms']:+.2f} ms"
    )
    print(f"audit log: {r['audit']['records']} records, chain {'intact' if r['audit']['chain_ok'] else 'BROKEN'}")
    if shutil.which("wrk") and r["client"] == "wrk":
        print(f"wrk: {r['chat_gateway']['command']}")


if __name__ == "__main__":
    sys.exit(main())
