from __future__ import annotations

import contextlib
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shieldwall.core.errors import InputError, InputTooLarge
from shieldwall.core.limits import Limits, decode_utf8, json_depth, parse_json


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


def _depth(value):
    if isinstance(value, dict | list):
        children = value.values() if isinstance(value, dict) else value
        return 1 + max((_depth(c) for c in children), default=0)
    return 0


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(alphabet='[]{}"a', max_size=4),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(alphabet="[{a", max_size=3), inner, max_size=4),
    max_leaves=30,
)


@given(_JSON, st.integers(min_value=0, max_value=8))
def test_json_depth_and_parse_json_agree_with_a_recursive_count(value, limit):
    got = json_depth(value, limit=limit)
    assert got == _depth(value) if _depth(value) <= limit else got > limit
    text = json.dumps(value)  # brackets inside strings only make the shortcut walk more often
    if _depth(value) > limit:
        with pytest.raises(InputError, match="nested deeper"):
            parse_json(text, limits=Limits(max_json_depth=limit))
    else:
        assert parse_json(text, limits=Limits(max_json_depth=limit)) == value


@given(st.binary(max_size=2000))
def test_decode_utf8_never_raises_anything_but_input_error(data):
    with contextlib.suppress(InputError):
        decode_utf8(data)


@given(st.text(max_size=300))
def test_parse_json_never_raises_anything_but_input_error(text):
    with contextlib.suppress(InputError):
        parse_json(text, limits=Limits())
