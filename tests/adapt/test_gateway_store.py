"""A running gateway (a real ``shieldwall serve`` process with ``--db``) blocks a text added to *its* store's
known-attack index after it started, without a restart."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from shieldwall.adapt.feedback import add_text
from shieldwall.gateway.demo_upstream import DEMO_MODEL, create_demo_app
from shieldwall.store.db import Database
from shieldwall.store.keys import KeyStore
from tests.gateway._servers import ServerThread

pytestmark = pytest.mark.slow
SECRET = "adapt-store-secret-0123456789abcdef"
# allowed by every other scanner, so only the known-attack index can block it (an admin confirmed it as an attack)
TEXT = "Summarize the quarterly sales figures in three bullet points and mention the northern region first."


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_serve_reads_its_own_store(tmp_path: Path) -> None:
    db_url = f"sqlite:///{tmp_path / 'elsewhere' / 'gw.db'}"  # not the default ./.shieldwall store
    env = {k: v for k, v in os.environ.items() if k != "SHIELDWALL_DATABASE_URL"}
    env.update({"SHIELDWALL_HOME": str(tmp_path / "home"), "SHIELDWALL_SECRET": SECRET})
    with ServerThread(create_demo_app()) as upstream:
        cfg = tmp_path / "gw.yaml"
        cfg.write_text(
            "tenants:\n  - name: acme\n    policy: default\n"
            f"    upstream: {{base_url: '{upstream.url}/v1', max_retries: 0}}\n    models: [{DEMO_MODEL}]\n"
        )
        db = Database(db_url)
        _, key = KeyStore(db, SECRET.encode()).create("acme")
        port = _free_port()
        log = tmp_path / "gw.log"
        cmd = [sys.executable, "-m", "shieldwall", "serve", "--config", str(cfg), "--port", str(port), "--db", db_url]
        with log.open("ab") as out:
            proc = subprocess.Popen(cmd, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            base = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 90
            while True:
                assert proc.poll() is None, log.read_text()[-2000:]
                try:
                    if httpx.get(base + "/healthz", timeout=1).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                assert time.monotonic() < deadline, "the gateway did not come up"
                time.sleep(0.2)

            def ask() -> httpx.Response:
                body = {"model": DEMO_MODEL, "messages": [{"role": "user", "content": TEXT}]}
                return httpx.post(
                    base + "/v1/chat/completions", json=body, headers={"Authorization": f"Bearer {key}"}, timeout=60
                )

            first = ask()
            assert first.status_code == 200, first.text  # not known yet
            add_text(db, "attack", TEXT, source="test", by="admin")
            deadline = time.monotonic() + 30  # the scanner polls its store every 5 s
            while True:
                r = ask()
                if r.status_code == 400:
                    break
                assert time.monotonic() < deadline, f"still {r.status_code} after the entry was added"
                time.sleep(1)
            err = r.json()["error"]
            assert err["code"] == "shieldwall_blocked" and "known_attack" in str(err), err
        finally:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=30)
