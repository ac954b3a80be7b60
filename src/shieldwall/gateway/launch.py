"""Loopback harness: serve the demo assistant, a Python callable, or a real Shieldwall gateway in front of
an upstream, each in a background thread on ``127.0.0.1:<free port>`` (used by ``shieldwall redteam``).

The gateway is built exactly as ``shieldwall serve`` builds it (``Gateway`` + ``create_app`` +
``make_server`` on a pre-bound socket); only its tenant, database and secret are made up for the run.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import secrets
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from shieldwall.core.errors import ConfigError
from shieldwall.gateway.server import bind, make_server


class ServedApp:
    """An ASGI app served by uvicorn in a daemon thread; ``url`` is known before it starts."""

    def __init__(self, app: Any, *, log_level: str = "error") -> None:
        self.sock = bind("127.0.0.1", 0)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.server: uvicorn.Server = make_server(app, log_level=log_level)
        self.server.config.timeout_graceful_shutdown = 2  # do not wait for a stalled upstream's requests
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    def start(self, timeout_s: float = 30.0) -> ServedApp:
        self.thread.start()
        deadline = time.monotonic() + timeout_s
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                self.stop()
                raise ConfigError("the loopback server did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        if self.thread.is_alive():
            self.thread.join(timeout=10)
        self.sock.close()

    def __enter__(self) -> ServedApp:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def serve_demo() -> ServedApp:
    """The SIMULATED demo assistant (``gateway/demo_upstream.py``), not started yet."""
    from shieldwall.gateway.demo_upstream import create_demo_app

    return ServedApp(create_demo_app(chunk_delay_s=0.0))


def serve_callable(fn: Callable[..., Any], model: str = "callable") -> ServedApp:
    """A Python function ``fn(messages, tools) -> str | dict`` behind a minimal OpenAI chat endpoint, so a
    gateway can be put in front of it."""

    async def chat(request: Request) -> Response:
        try:
            body = json.loads(await request.body())
            messages, tools = body["messages"], body.get("tools") or []
        except (ValueError, KeyError, TypeError):
            return JSONResponse({"error": {"message": "bad request", "type": "invalid_request_error"}}, 400)
        try:
            out = (
                await fn(messages, tools)
                if inspect.iscoroutinefunction(fn)
                else await asyncio.to_thread(fn, messages, tools)
            )
        except Exception as exc:
            return JSONResponse({"error": {"message": f"{type(exc).__name__}", "type": "server_error"}}, 500)
        msg: dict[str, Any] = {"role": "assistant", "content": out if isinstance(out, str) else None}
        if isinstance(out, dict):
            msg["content"] = out.get("content")
            if out.get("tool_calls"):
                msg["tool_calls"] = out["tool_calls"]
        finish = "tool_calls" if msg.get("tool_calls") else "stop"
        return JSONResponse(
            {
                "id": f"chatcmpl-{uuid.uuid4().hex[:16]}",
                "object": "chat.completion",
                "created": int(time.time()),
                "model": model,
                "choices": [{"index": 0, "message": msg, "finish_reason": finish}],
            }
        )

    return ServedApp(Starlette(routes=[Route("/v1/chat/completions", chat, methods=["POST"])]))


class GatewayInFront:
    """A real gateway (default policy unless told otherwise) in front of ``upstream_url``, one tenant
    ``redteam`` allowing any model, a fresh API key, its audit log in ``db_path``."""

    def __init__(
        self,
        upstream_url: str,
        *,
        db_path: Path,
        policy: str = "default",
        api_key_env: str | None = None,
        timeout_s: float = 60.0,
    ) -> None:
        from shieldwall.gateway.app import Gateway, create_app
        from shieldwall.gateway.config import GatewayConfig
        from shieldwall.store.db import Database

        cfg = GatewayConfig.model_validate(
            {
                "server": {"key_cache_ttl_s": 60},
                "database": {"url": f"sqlite:///{db_path}"},
                "tenants": [
                    {
                        "name": "redteam",
                        "policy": policy,
                        "upstream": {
                            "base_url": upstream_url,
                            "api_key_env": api_key_env,
                            "timeout_s": timeout_s,
                            "max_retries": 1,
                        },
                        "models": ["*"],
                    }
                ],
            }
        )
        self.db = Database(cfg.database.resolved_url())
        self.gateway = Gateway(cfg, db=self.db, secret=secrets.token_bytes(32))
        _, self.key = self.gateway.keys.create("redteam", name="shieldwall redteam")
        self.served = ServedApp(create_app(self.gateway))

    @property
    def url(self) -> str:
        return self.served.url + "/v1"

    def __enter__(self) -> GatewayInFront:
        self.served.start(timeout_s=120)
        return self

    def __exit__(self, *exc: object) -> None:
        self.served.stop()
        self.db.dispose()
