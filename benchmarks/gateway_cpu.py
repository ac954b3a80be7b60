"""The gateway's CPU time per request, on loopback: a repeatable figure for A/B comparisons on a busy machine.

Starts the demo upstream and ``shieldwall serve`` (one process, unless ``--workers``) as in
``bench_gateway.py``, warms up, then sends ``--requests`` non-streaming chat completions with ``--concurrency``
clients, ``--rounds`` times, and prints the user+system CPU milliseconds the gateway's processes spent per
request in each round (from ``/proc``; wall time is not reported: it depends on what else runs on the machine).

    python benchmarks/gateway_cpu.py --policy fast --requests 2000 --concurrency 16 --rounds 3
    python benchmarks/gateway_cpu.py --policy default --requests 300 --concurrency 4
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_gateway import body, cpu_seconds, prepare_gateway, start, stop, wait_ready


async def drive(url: str, key: str, n: int, concurrency: int, stream: bool = False) -> int:
    import aiohttp

    done = 0
    ok = 0
    headers = {"Authorization": f"Bearer {key}", "Content-Type": "application/json"}
    async with aiohttp.ClientSession() as s:

        async def worker(w: int) -> None:
            nonlocal done, ok
            while done < n:
                i = done
                done += 1
                async with s.post(
                    f"{url}/v1/chat/completions", data=json.dumps(body(i + w, stream)), headers=headers
                ) as r:
                    await r.read()
                    ok += r.status == 200

        await asyncio.gather(*(worker(w) for w in range(concurrency)))
    return ok


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--policy", default="fast")
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--concurrency", type=int, default=16)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--stream", action="store_true", help="streaming chat completions")
    ap.add_argument("--env", action="append", default=[], help="NAME=VALUE for the gateway's environment")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--py-spy", metavar="OUT", help="sample the gateway with py-spy (collapsed stacks) into OUT")
    ap.add_argument("--launcher", help=argparse.SUPPRESS)  # a script run instead of `-m shieldwall serve` (profiling)
    args = ap.parse_args(argv)


    work = Path(tempfile.mkdtemp(prefix="sw-cpu-"))
    env = {
        **os.environ,
        "SHIELDWALL_HOME": str(work / "home"),
        "SHIELDWALL_SECRET": "bench-secret-0123456789abcdef",
        "PYTHONUNBUFFERED": "1",
    }
    for kv in args.env:
        k, _, v = kv.partition("=")
        env[k] = v
    up_port, gw_port, up_url, gw_url, cfg, db_url, key = prepare_gateway(work, args.policy, env)
    bench = str(Path(__file__).resolve().parent / "bench_gateway.py")
    procs = []
    try:
        procs.append(start([sys.executable, bench, "--serve-upstream", str(up_port)], env, work / "upstream.log"))
        launch = [args.launcher] if args.launcher else ["-m", "shieldwall", "serve"]
        cmd = [sys.executable, *launch, "--config", str(cfg), "--port", str(gw_port)]
        cmd += ["--db", db_url]
        if args.workers > 1:
            cmd += ["--workers", str(args.workers)]
        procs.append(start(cmd, env, work / "gateway.log"))
        wait_ready(f"{up_url}/v1/models")
        wait_ready(f"{gw_url}/healthz")
        gw = procs[1]
        asyncio.run(drive(gw_url, key, max(50, args.requests // 10), args.concurrency, args.stream))  # warm-up
        spy = None
        if args.py_spy:
            import shutil
            import subprocess

            exe = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
            spy = subprocess.Popen([exe, "record", "-p", str(gw.pid), "-r", "400", "-f", "raw", "-o", args.py_spy])
        rounds = []
        for _ in range(args.rounds):
            c0 = cpu_seconds(gw.pid)
            ok = asyncio.run(drive(gw_url, key, args.requests, args.concurrency, args.stream))
            c1 = cpu_seconds(gw.pid)
            if ok != args.requests:
                raise SystemExit(f"only {ok} of {args.requests} requests answered 200 (see {work})")
            assert c0 is not None and c1 is not None
            rounds.append((c1 - c0) * 1000.0 / args.requests)
        if spy is not None:
            import signal

            spy.send_signal(signal.SIGINT)
            spy.wait(30)
        res: dict[str, Any] = {
            "policy": args.policy,
            "requests": args.requests,
            "concurrency": args.concurrency,
            "workers": args.workers,
            "stream": args.stream,
            "cpu_ms_per_request": [round(r, 3) for r in rounds],
            "median": round(statistics.median(rounds), 3),
            "min": round(min(rounds), 3),  # the least disturbed round: the steadiest figure on a shared machine
        }
        if args.launcher:
            import signal
            import time

            os.kill(gw.pid, signal.SIGUSR1)
            time.sleep(3)
    finally:
        for p in procs:
            stop(p)
    print(json.dumps(res) if args.json else res)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
