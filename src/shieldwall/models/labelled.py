"""Labelled texts from JSON-lines files: ``{"text", "label": 0|1, "category", "lang", "source"}`` per line.

Read by the trainer (``models.training``), the adaptation loop's retraining and guard set (``adapt``), with
one set of error messages. Standard library only, so that inference-side code can read data without the
training stack.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ATTACK_CATEGORIES = ("injection", "indirect_injection", "jailbreak")
HARMFUL = "harmful_request"


@dataclass(frozen=True, slots=True)
class Record:
    text: str
    label: int
    category: str
    lang: str
    source: str

    @property
    def group(self) -> str:
        """The source repository (``owner/repo``): the unit of leave-one-source-out."""
        return self.source.split(":", 1)[0].split("+", 1)[0]


class DataError(ValueError):
    """A training file that cannot be read as labelled records."""


def read_jsonl(path: Path) -> Iterator[Record]:
    with path.open("rb") as fh:
        for no, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                raise DataError(f"{path}:{no}: not a JSON line ({exc})") from None
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                raise DataError(f"{path}:{no}: a record needs a string 'text'")
            label = obj.get("label")
            if label not in (0, 1):
                raise DataError(f"{path}:{no}: 'label' must be 0 or 1, got {label!r}")
            text = obj["text"]
            if not text.strip():
                continue
            yield Record(
                text=text,
                label=int(label),
                category=str(obj.get("category") or ("attack" if label else "benign")),
                lang=str(obj.get("lang") or "und"),
                source=str(obj.get("source") or path.name),
            )


def read_folder(folder: Path) -> list[Record]:
    """Every ``*.jsonl`` file of ``folder`` (sorted by name), or one file."""
    files = [folder] if folder.is_file() else sorted(folder.glob("*.jsonl"))
    if not files:
        raise DataError(f"{folder}: no *.jsonl files")
    return [r for f in files for r in read_jsonl(f)]


def dedupe(records: list[Record]) -> list[Record]:
    """Drop exact repeats (after whitespace and case folding); the first occurrence wins."""
    seen: set[str] = set()
    out: list[Record] = []
    for r in records:
        key = " ".join(r.text.casefold().split())
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out
