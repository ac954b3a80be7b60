from __future__ import annotations

import pytest

from shieldwall.bench.datasets import Example, load_jsonl, sample
from shieldwall.core.errors import InputError


def test_load_fixture(mini):
    ex = load_jsonl(mini)
    assert len(ex) == 13
    assert ex[0] == Example(ex[0].text, 1, "injection", "en", "handmade:direct")
    assert {e.lang for e in ex} == {"en", "fr", "ja"}
    assert sum(e.label for e in ex) == 6
    assert load_jsonl(mini, limit=3) == ex[:3]


def test_optional_fields_and_blank_lines(tmp_path):
    f = tmp_path / "d.jsonl"
    f.write_bytes(b'\xef\xbb\xbf{"text": "hi", "label": 0}\r\n\n   \n{"text": "x", "label": 1, "lang": null}\n')
    assert load_jsonl(f) == [Example("hi", 0), Example("x", 1)]


@pytest.mark.parametrize(
    ("content", "match"),
    [
        (b'{"text": "ok", "label": 0}\n{"text": "bad", \n', r"line 2: invalid JSON: .* at column \d+"),
        (b'{"label": 1}\n', "line 1: field 'text' is missing"),
        (b'{"text": 5, "label": 1}\n', "line 1: field 'text' must be a string, not a JSON number"),
        (b'{"text": "  ", "label": 1}\n', "line 1: field 'text' is empty"),
        (b'{"text": "a"}\n', "line 1: field 'label' is missing"),
        (b'{"text": "a", "label": 2}\n', "line 1: field 'label' must be 0 or 1, not 2"),
        (b'{"text": "a", "label": true}\n', "line 1: field 'label' must be 0 or 1, not true"),
        (b'{"text": "a", "label": "1"}\n', "line 1: field 'label' must be 0 or 1, not a JSON string"),
        (b'{"text": "a", "label": 0, "lang": 3}\n', "line 1: field 'lang' must be a string, not a JSON number"),
        (b'["text", 1]\n', "line 1: expected a JSON object, got a JSON array"),
        (b'{"text": "ok", "label": 0}\n{"text": "caf\xe9", "label": 0}\n', "line 2 is not valid UTF-8: byte 0xe9"),
        (b"", "no records"),
        (b"\n \n", "no records"),
    ],
)
def test_errors_name_the_line(tmp_path, content, match):
    f = tmp_path / "bad.jsonl"
    f.write_bytes(content)
    with pytest.raises(InputError, match=match):
        load_jsonl(f)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_jsonl(tmp_path / "nope.jsonl")
    with pytest.raises(InputError, match="is a directory"):
        load_jsonl(tmp_path)


def test_sample_is_seeded_and_ordered(mini):
    ex = load_jsonl(mini)
    a = sample(ex, 5, seed=7)
    assert a == sample(ex, 5, seed=7)
    assert len(a) == 5 and [ex.index(e) for e in a] == sorted(ex.index(e) for e in a)
    assert sample(ex, 100) == ex
    with pytest.raises(InputError):
        sample(ex, -1)
