"""Run ASGI apps with uvicorn on pre-bound sockets (so the ports are known before start-up)."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Sequence
from typing import Any

import uvicorn

from shieldwall.gateway.coalesce import HeadFirstProtocol


def bind(host: str, port: int) -> socket.socket:
    """A listening TCP socket (``port`` 0 picks a free one)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto must be IPPROTO_TCP (not 0): asyncio sets TCP_NODELAY on accepted connections only then, and
    # without it Nagle + delayed ACK add ~40 ms to every answer on a kept-alive connection.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def make_server(app: Any, *, log_level: str = "warning", access_log: bool = False) -> uvicorn.Server:
    # proxy_headers off: the gateway never uses the client address, and the middleware costs on every request
    config = uvicorn.Config(
        app,
        log_level=log_level,
        access_log=access_log,
        lifespan="on",
        timeout_keep_alive=30,
        proxy_headers=False,
        http=HeadFirstProtocol,  # an answer's head and body in one send
    )
    return uvicorn.Server(config)


def freeze_heap() -> None:
    """Move everything built at start-up (pipelines, pattern databases, pydantic models, SQLAlchemy) out of the
    garbage collector's reach (``gc.freeze``): full collections then scan only per-request garbage instead
    of pausing a serving process for tens of milliseconds."""
    import gc

    gc.collect()
    gc.freeze()


async def serve_all(servers: Sequence[tuple[uvicorn.Server, socket.socket]]) -> None:
    """Serve until the first server stops (Ctrl-C), then stop the others."""
    tasks = [asyncio.create_task(s.serve(sockets=[sock])) for s, sock in servers]
    try:
        await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for s, _ in servers:
            s.should_exit = True
        await asyncio.gather(*tasks, return_exceptions=True)
