"""HeadFirstTransport: a response head goes out with its body in one write, never later than the next loop turn."""

from __future__ import annotations

import asyncio
from typing import Any

from shieldwall.gateway.coalesce import HeadFirstTransport

HEAD = b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n"


class FakeTransport:
    def __init__(self) -> None:
        self.writes: list[bytes] = []
        self.closing = False
        self.aborted = False

    def write(self, data: Any) -> None:
        self.writes.append(bytes(data))

    def is_closing(self) -> bool:
        return self.closing

    def close(self) -> None:
        self.closing = True

    def abort(self) -> None:
        self.closing = self.aborted = True

    def get_extra_info(self, name: str) -> Any:
        return ("127.0.0.1", 8080) if name == "sockname" else None


def _run(body: Any) -> Any:
    async def main() -> Any:
        fake = FakeTransport()
        return await body(fake, HeadFirstTransport(fake, asyncio.get_running_loop()))  # type: ignore[arg-type]

    return asyncio.run(main())


def test_head_and_body_in_one_write() -> None:
    async def body(fake: FakeTransport, t: HeadFirstTransport) -> None:
        t.write(HEAD)
        assert fake.writes == []
        t.write(b"{}")
        assert fake.writes == [HEAD + b"{}"]
        await asyncio.sleep(0)
        assert fake.writes == [HEAD + b"{}"]  # nothing sent twice

    _run(body)


def test_a_head_alone_goes_out_on_the_next_loop_turn() -> None:
    async def body(fake: FakeTransport, t: HeadFirstTransport) -> None:
        t.write(HEAD)
        await asyncio.sleep(0)
        assert fake.writes == [HEAD]
        t.write(b"chunk")  # a stream's chunks pass straight through
        assert fake.writes == [HEAD, b"chunk"]

    _run(body)


def test_other_writes_are_not_held_and_order_is_kept() -> None:
    async def body(fake: FakeTransport, t: HeadFirstTransport) -> None:
        t.write(b"5\r\nhello\r\n")
        t.write(bytearray(b"HTTP/1.1 is not a head without its blank line"))
        assert fake.writes == [b"5\r\nhello\r\n", b"HTTP/1.1 is not a head without its blank line"]

    _run(body)


def test_close_sends_the_head_first_abort_drops_it() -> None:
    async def body(fake: FakeTransport, t: HeadFirstTransport) -> tuple[list[bytes], bool]:
        t.write(HEAD)
        t.close()
        assert fake.writes == [HEAD] and fake.closing
        other = FakeTransport()
        t2 = HeadFirstTransport(other, asyncio.get_running_loop())  # type: ignore[arg-type]
        t2.write(HEAD)
        t2.abort()
        await asyncio.sleep(0)
        return other.writes, other.aborted

    assert _run(body) == ([], True)


def test_nothing_is_written_to_a_closing_transport_and_the_rest_is_delegated() -> None:
    async def body(fake: FakeTransport, t: HeadFirstTransport) -> None:
        t.write(HEAD)
        fake.closing = True  # the peer went away before the loop turned
        await asyncio.sleep(0)
        assert fake.writes == []
        assert t.is_closing() and t.get_extra_info("sockname") == ("127.0.0.1", 8080)

    _run(body)
