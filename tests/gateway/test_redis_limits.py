"""Redis-backed rate limits (``rate_limits.backend: redis``): two gateway instances share one limit.

Uses the Redis server at 127.0.0.1:6379, else starts ``redis-server`` on a free loopback port; skipped
with the reason when neither works.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from shieldwall.gateway.app import Gateway, create_app
from shieldwall.gateway.config import GatewayConfig
from shieldwall.gateway.demo_upstream import DEMO_MODEL
from shieldwall.store.db import Database
from tests.gateway._servers import ServerThread
from tests.gateway.conftest import SECRET

pytestmark = pytest.mark.slow

HELLO = {"model": DEMO_MODEL, "messages": [{"role": "user", "content": "hello"}]}


def _ping(url: str) -> str | None:
    import redis

    try:
        c = redis.Redis.from_url(url, socket_timeout=1, socket_connect_timeout=1)
        c.ping()
        c.close()
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"
    return None


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    pytest.importorskip("redis", reason="redis-py is not installed")
    url = "redis://127.0.0.1:6379/0"
    why = _ping(url)
    if why is None:
        yield url
        return
    exe = shutil.which("redis-server")
    if exe is None:
        pytest.skip(f"no Redis at {url} ({why}) and no redis-server on the PATH to start one")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [exe, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"redis://127.0.0.1:{port}/0"
    try:
        deadline = time.monotonic() + 10
        while (why := _ping(url)) is not None and time.monotonic() < deadline:
            time.sleep(0.1)
        if why is not None:
            pytest.skip(f"redis-server did not start on port {port}: {why}")
        yield url
    finally:
        proc.terminate()
        proc.wait(10)


def _config(
    policy: str, db_url: str, upstream: str, redis_url: str, prefix: str, quotas: dict[str, int], **rl: Any
) -> GatewayConfig:
    return GatewayConfig.model_validate(
        {
            "server": {"key_cache_ttl_s": 0},
            "database": {"url": db_url},
            "rate_limits": {"backend": "redis", "redis_url": redis_url, "key_prefix": prefix, **rl},
            "tenants": [
                {
                    "name": "acme",
                    "policy": policy,
                    "upstream": {"base_url": upstream, "max_retries": 0, "timeout_s": 10},
                    "models": [DEMO_MODEL],
                    "quotas": quotas,
                }
            ],
        }
    )


def _gateways(
    tmp_path: Path, policy_ref: str, upstream: str, redis_url: str, quotas: dict[str, int], n: int = 2, **rl: Any
) -> tuple[list[Gateway], str]:
    prefix = f"sw-test:{uuid.uuid4().hex}:"
    db_url = f"sqlite:///{tmp_path / 'gw.db'}"
    gws = []
    for _ in range(n):
        cfg = _config(policy_ref, db_url, upstream, redis_url, prefix, quotas, **rl)
        gws.append(Gateway(cfg, db=Database(db_url), secret=SECRET))
    _, key = gws[0].keys.create("acme")
    return gws, key


def _post(url: str, key: str, body: Any = HELLO) -> httpx.Response:
    return httpx.post(url + "/v1/chat/completions", json=body, headers={"Authorization": f"Bearer {key}"}, timeout=30)


def test_two_gateways_share_the_request_limit(
    tmp_path: Path, policy_ref: str, demo_upstream: ServerThread, redis_url: str
) -> None:
    gws, key = _gateways(tmp_path, policy_ref, demo_upstream.url + "/v1", redis_url, {"requests_per_minute": 3})
    with ServerThread(create_app(gws[0])) as a, ServerThread(create_app(gws[1])) as b:
        assert _post(a.url, key).status_code == 200
        assert _post(b.url, key).status_code == 200
        assert _post(a.url, key).status_code == 200
        for url in (b.url, a.url):  # the fourth request is over the shared limit, whichever process gets it
            r = _post(url, key)
            assert r.status_code == 429, r.text
            assert r.json()["error"]["code"] == "rate_limit_exceeded"
            assert "requests per minute" in r.json()["error"]["message"]
            assert 1 <= int(r.headers["retry-after"]) <= 61
        # each refusal is audited too
        recs = gws[0].audit.records(limit=100)
        assert sorted(r["status"] for r in recs) == [200, 200, 200, 429, 429]
        assert gws[0].audit.verify().ok


def test_two_gateways_share_the_token_limit(
    tmp_path: Path, policy_ref: str, demo_upstream: ServerThread, redis_url: str
) -> None:
    # "hello" is estimated at 1 token; max_tokens is counted up front
    gws, key = _gateways(tmp_path, policy_ref, demo_upstream.url + "/v1", redis_url, {"tokens_per_minute": 100})
    body = {**HELLO, "max_tokens": 40}
    with ServerThread(create_app(gws[0])) as a, ServerThread(create_app(gws[1])) as b:
        assert _post(a.url, key, body).status_code == 200
        r = _post(b.url, key, body)
        assert r.status_code in (200, 429)  # the first answer's usage may already have used up the rest
        last = _post(b.url, key, body)
        assert last.status_code == 429 and "tokens per minute" in last.json()["error"]["message"]


def test_other_keys_are_not_affected(
    tmp_path: Path, policy_ref: str, demo_upstream: ServerThread, redis_url: str
) -> None:
    gws, key = _gateways(tmp_path, policy_ref, demo_upstream.url + "/v1", redis_url, {"requests_per_minute": 1}, n=1)
    _, other = gws[0].keys.create("acme")
    with ServerThread(create_app(gws[0])) as a:
        assert _post(a.url, key).status_code == 200
        assert _post(a.url, key).status_code == 429
        assert _post(a.url, other).status_code == 200


def test_redis_down_fail_open_and_closed(tmp_path: Path, policy_ref: str, demo_upstream: ServerThread) -> None:
    pytest.importorskip("redis", reason="redis-py is not installed")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead = f"redis://127.0.0.1:{s.getsockname()[1]}/0"  # nothing listens there once closed
    up = demo_upstream.url + "/v1"
    gws, key = _gateways(tmp_path, policy_ref, up, dead, {"requests_per_minute": 1}, n=1, fail_open=True)
    with ServerThread(create_app(gws[0])) as a:
        assert [_post(a.url, key).status_code for _ in range(2)] == [200, 200]  # unlimited while Redis is down
    (tmp_path / "closed").mkdir()
    gws, key = _gateways(tmp_path / "closed", policy_ref, up, dead, {"requests_per_minute": 1}, n=1, fail_open=False)
    with ServerThread(create_app(gws[0])) as a:
        r = _post(a.url, key)
        assert r.status_code == 503 and r.json()["error"]["code"] == "rate_limit_unavailable"
        assert gws[0].audit.records()[0]["error"] == "rate_limit_unavailable"


def test_config_rejects_unknown_backend() -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError):
        GatewayConfig.model_validate({"rate_limits": {"backend": "memcached"}})
    assert GatewayConfig().rate_limits.backend == "memory"
