"""One send per answer: uvicorn's HTTP protocol with a response head held back until its body is written.

uvicorn writes a response's status line and headers (``http.response.start``) and its body
(``http.response.body``) with two ``transport.write`` calls: two ``send`` system calls and two TCP segments
for every answer, each woken up for on the client's side too. ``HeadFirstProtocol`` gives uvicorn a
transport that holds a write that is a response head (``HTTP/1.x …\\r\\n\\r\\n``) until the next write, which
then goes out with it in one ``send``. Nothing waits longer than the current step of the event loop: a head
that no body follows in that step (a stream whose first chunk is not ready yet) is sent on the loop's next
iteration, and closing the transport sends what it holds first. Bytes and their order never change.
"""

from __future__ import annotations

import asyncio
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

__all__ = ["HeadFirstProtocol", "HeadFirstTransport"]


def _is_head(data: bytes) -> bool:
    return data.startswith((b"HTTP/1.1 ", b"HTTP/1.0 ")) and data.endswith(b"\r\n\r\n")


class HeadFirstTransport:
    """A transport that holds a response head until the next write (or the loop's next iteration, or close)."""

    __slots__ = ("_held", "_loop", "_transport")

    def __init__(self, transport: asyncio.Transport, loop: asyncio.AbstractEventLoop) -> None:
        self._transport = transport
        self._loop = loop
        self._held: bytes | None = None

    def write(self, data: bytes | bytearray | memoryview) -> None:
        held, self._held = self._held, None
        if held is None and isinstance(data, bytes) and _is_head(data):
            self._held = data
            self._loop.call_soon(self.flush)
            return
        self._transport.write(held + bytes(data) if held is not None else data)

    def flush(self) -> None:
        """Send a held head now (nothing when the transport is already closing: its peer is gone)."""
        held, self._held = self._held, None
        if held is not None and not self._transport.is_closing():
            self._transport.write(held)

    def writelines(self, lines: Any) -> None:
        self.write(b"".join(lines))

    def close(self) -> None:
        self.flush()
        self._transport.close()

    def write_eof(self) -> None:
        self.flush()
        self._transport.write_eof()

    def abort(self) -> None:
        self._held = None
        self._transport.abort()

    def __getattr__(self, name: str) -> Any:  # is_closing, get_extra_info, pause_reading, set_protocol, ...
        return getattr(self._transport, name)


class HeadFirstProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol, writing through a ``HeadFirstTransport``."""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(HeadFirstTransport(transport, self.loop))  # type: ignore[arg-type]
