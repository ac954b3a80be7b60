from __future__ import annotations

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shieldwall.core.errors import InputError, InputTooLarge
from shieldwall.core.limits import Limits, decode_utf8, parse_json


def test_decode_utf8_precise_errors():
    assert decode_utf8("héllo".encode()) == "héllo"
    assert decode_utf8(b"\xef\xbb\xbfhi") == "hi"
    with pytest.raises(InputError, match=r"byte 0xff at offset 3"):
        decode_utf8(b"abc\xffdef")
    with pytest.raises(InputError, match="NUL byte at offset 2"):
        decode_utf8(b"ab\x00c")
    with pytest.raises(InputTooLarge, match="over the limit of 4 bytes"):
        decode_utf8(b"12345", max_bytes=4)


def test_parse_json_depth_and_malformed():
    lim = Limits(max_json_depth=5)
    assert parse_json('{"a": [1, 2]}', limits=lim) == {"a": [1, 2]}
    with pytest.raises(InputError, match="nested deeper than 5"):
        parse_json("[" * 6 + "]" * 6, limits=lim)
    with pytest.raises(InputError, match="nested deeper"):
        parse_json("[" * 100_000 + "]" * 100_000, limits=lim)
    with pytest.raises(InputError, match="malformed"):
        parse_json('{"a": ', limits=lim)


@given(st.binary(max_size=2000))
def test_decode_utf8_never_raises_anything_but_input_error(data):
    with contextlib.suppress(InputError):
        decode_utf8(data)


@given(st.text(max_size=300))
def test_parse_json_never_raises_anything_but_input_error(text):
    with contextlib.suppress(InputError):
        parse_json(text, limits=Limits())
