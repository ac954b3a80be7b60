"""Test helpers: real uvicorn servers on free loopback ports (in threads), and a policy of the scanners
that exist today (the default policy as soon as every scanner it names is implemented)."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest

from shieldwall.gateway.server import bind, make_server

_MISSING: dict[str, str] | None = None


def missing_scanners() -> dict[str, str]:
    """Scanners of the default policy that cannot be imported or constructed yet, with the reason."""
    global _MISSING
    if _MISSING is None:
        from shieldwall.policy.load import builtin_policy
        from shieldwall.scanners import registry

        out = {}
        for spec in builtin_policy("default").scanners:
            try:
                registry.load(spec.name)(**spec.options)
            except Exception as exc:
                out[spec.name] = f"{type(exc).__name__}: {str(exc)[:80]}"
        _MISSING = out
    return _MISSING


def require_scanner(name: str) -> None:
    why = missing_scanners().get(name)
    if why is not None:
        pytest.skip(f"scanner {name!r} (named by the default policy) is not usable yet: {why}")


def available_policy(directory: Path) -> str:
    """'default' when every scanner of the default policy loads, else a file with the ones that do."""
    missing = missing_scanners()
    if not missing:
        return "default"
    from shieldwall.policy.load import builtin_policy

    names = [s.name for s in builtin_policy("default").scanners if s.name not in missing]
    path = directory / "available-policy.yaml"
    path.write_text(
        "extends: default\nid: default-available\nscanners:\n" + "".join(f"  - name: {n}\n" for n in names),
        encoding="utf-8",
    )
    return str(path)


class ServerThread:
    """A uvicorn server for ``app`` on 127.0.0.1:<free port>, in a daemon thread."""

    def __init__(self, app: Any) -> None:
        self.sock = bind("127.0.0.1", 0)
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = make_server(app, log_level="error")  # as `shieldwall serve` runs it
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    def __enter__(self) -> ServerThread:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("test server did not start")
            time.sleep(0.005)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.sock.close()
