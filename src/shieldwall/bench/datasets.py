"""Labelled JSON-lines data sets: one ``{"text", "label", ["category", "lang", "source"]}`` object a line."""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from shieldwall.core.errors import InputError
from shieldwall.core.limits import decode_utf8


@dataclass(frozen=True, slots=True)
class Example:
    """One labelled text: ``label`` is 1 for an attack, 0 for benign."""

    text: str
    label: int
    category: str | None = None
    lang: str | None = None
    source: str | None = None

    @property
    def attack(self) -> bool:
        return self.label == 1


_OPTIONAL = ("category", "lang", "source")


def parse_record(value: Any, *, where: str) -> Example:
    """Validate one decoded JSON value as an ``Example``; errors name ``where`` and the field."""
    if not isinstance(value, dict):
        raise InputError(f"{where}: expected a JSON object, got a JSON {_json_type(value)}")
    text = value.get("text")
    if text is None:
        raise InputError(f"{where}: field 'text' is missing")
    if not isinstance(text, str):
        raise InputError(f"{where}: field 'text' must be a string, not a JSON {_json_type(text)}")
    if not text.strip():
        raise InputError(f"{where}: field 'text' is empty")
    if "label" not in value:
        raise InputError(f"{where}: field 'label' is missing")
    label = value["label"]
    if isinstance(label, bool) or not isinstance(label, int) or label not in (0, 1):
        raise InputError(f"{where}: field 'label' must be 0 or 1, not {_describe(label)}")
    extra: dict[str, str | None] = {}
    for name in _OPTIONAL:
        v = value.get(name)
        if v is not None and not isinstance(v, str):
            raise InputError(f"{where}: field {name!r} must be a string, not a JSON {_json_type(v)}")
        extra[name] = v or None
    return Example(text, label, extra["category"], extra["lang"], extra["source"])


def load_jsonl(path: Path | str, *, limit: int | None = None) -> list[Example]:
    """Read a labelled JSONL file; blank lines are skipped, anything else malformed is an ``InputError``."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file")
    if p.is_dir():
        raise InputError(f"{p} is a directory")
    data = p.read_bytes()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    examples: list[Example] = []
    for lineno, raw in enumerate(data.split(b"\n"), 1):
        if limit is not None and len(examples) >= limit:
            break
        where = f"{p}: line {lineno}"
        line = decode_utf8(raw.rstrip(b"\r"), what=where)
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except RecursionError:
            raise InputError(f"{where}: invalid JSON: nested too deeply") from None
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: invalid JSON: {exc.msg} at column {exc.colno}") from None
        except ValueError as exc:
            raise InputError(f"{where}: invalid JSON: {str(exc)[:80]}") from None
        examples.append(parse_record(value, where=where))
    if not examples:
        raise InputError(f"{p}: no records (the file is empty)")
    return examples


def sample(examples: Sequence[Example], n: int, *, seed: int = 0) -> list[Example]:
    """A seeded random subset of ``n`` examples in their original order (all of them when ``n`` >= len)."""
    if n < 0:
        raise InputError(f"sample size must be >= 0, not {n}")
    if n >= len(examples):
        return list(examples)
    keep = sorted(random.Random(seed).sample(range(len(examples)), n))
    return [examples[i] for i in keep]


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def _describe(value: Any) -> str:
    if isinstance(value, bool | int | float) or value is None:
        return json.dumps(value)
    return f"a JSON {_json_type(value)}"


__all__ = ["Example", "load_jsonl", "parse_record", "sample"]
