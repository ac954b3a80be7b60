"""Hostile input to the red team's parsers: suite files, results files and target answers never raise
anything but a ``ConfigError`` (files) or an error reply (targets)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shieldwall.core.errors import ConfigError
from shieldwall.redteam.runner import read_results
from shieldwall.redteam.suites import load_suite
from shieldwall.redteam.targets import _StreamState, parse_completion


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=600))
def test_any_bytes_as_a_suite_file(tmp_path: Path, data: bytes) -> None:
    p = tmp_path / "s.yaml"
    p.write_bytes(data)
    try:
        load_suite(p)
    except ConfigError as exc:
        assert str(exc)


def test_alias_bomb_and_deep_nesting(tmp_path: Path) -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{c}: &{c} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n"
        for p, c in zip("abcdefg", "bcdefgh", strict=True)
    )
    (tmp_path / "bomb.yaml").write_text("version: 1\nname: t\n" + bomb)
    with pytest.raises(ConfigError, match="YAML nodes"):
        load_suite(tmp_path / "bomb.yaml")
    (tmp_path / "deep.yaml").write_text("version: 1\nname: t\nx: " + "[" * 5000 + "]" * 5000 + "\n")
    with pytest.raises(ConfigError):
        load_suite(tmp_path / "deep.yaml")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=400))
def test_any_bytes_as_a_results_file(tmp_path: Path, data: bytes) -> None:
    p = tmp_path / "results.jsonl"
    p.write_bytes(data)
    try:
        read_results(p)
    except ConfigError as exc:
        assert "line" in str(exc)


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(_json)
def test_any_json_as_a_completion(body: object) -> None:
    r = parse_completion(body, 200, 1.0)
    assert r.error is not None or isinstance(r.content, str)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(max_size=80) | _json.map(lambda v: __import__("json").dumps(v)), max_size=6))
def test_any_stream_events(events: list[str]) -> None:
    st_ = _StreamState()
    for e in events:
        st_.feed(e)
    assert isinstance("".join(st_.content), str)
