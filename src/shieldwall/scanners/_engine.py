"""A linear-time multi-pattern engine: which of N patterns occur in a text, then where.

Stage 1 finds the set of patterns that match anywhere, in one pass over the UTF-8 bytes: Hyperscan
(block mode, single-match) where its wheel exists, else RE2's ``Set`` (both are linear in the input,
so regex bombs cannot stall them). Stage 2 runs Python ``re`` only for the patterns found, to get
spans in code points and capture groups; the patterns are written without nested quantifiers and
``tests/scanners/test_engine.py`` checks the time per KB on hostile text.

Compiling a large Hyperscan database takes hundreds of milliseconds, so compiled databases are cached
on disk (``~/.cache/shieldwall`` or ``$SHIELDWALL_CACHE_DIR``; ``off`` disables it), keyed by a hash of
the patterns, flags and Hyperscan version, and checked by SHA-256 before loading.

Patterns must use the common subset of Hyperscan, RE2 and Python ``re`` syntax: no lookaround, no
backreferences; ``(?:...)`` groups, classes, bounded ``{m,n}``; ``\\b`` is fine.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_hs: Any = None
_re2: Any = None
try:  # Hyperscan is an optional accelerator (x86_64 wheels only)
    import hyperscan

    _hs = hyperscan
except ImportError:  # pragma: no cover - exercised on platforms without the wheel
    pass

try:
    import re2

    _re2 = re2
except ImportError:  # pragma: no cover
    pass


@dataclass(frozen=True, slots=True)
class Pattern:
    """One pattern: a stable id, the regex, case sensitivity and Unicode-awareness."""

    id: str
    regex: str
    caseless: bool = False
    unicode: bool = False  # \\w, \\b and classes match non-ASCII letters (Hyperscan UTF8|UCP)
    dotall: bool = False


class _HyperscanSet:
    def __init__(self, patterns: Sequence[Pattern]) -> None:
        assert _hs is not None
        flags = []
        for p in patterns:
            f = _hs.HS_FLAG_SINGLEMATCH
            if p.caseless:
                f |= _hs.HS_FLAG_CASELESS
            if p.unicode:
                f |= _hs.HS_FLAG_UTF8 | _hs.HS_FLAG_UCP
            if p.dotall:
                f |= _hs.HS_FLAG_DOTALL
            flags.append(f)
        expressions = [p.regex.encode("utf-8") for p in patterns]
        key = hashlib.sha256(repr((_hs.__version__, expressions, flags)).encode()).hexdigest()[:32]
        db = _load_cached(key)
        if db is None:
            db = _hs.Database(mode=_hs.HS_MODE_BLOCK)
            db.compile(expressions=expressions, ids=list(range(len(patterns))), elements=len(patterns), flags=flags)
            _store_cached(key, db)
        self._db = db
        self._local = threading.local()

    def match(self, data: bytes) -> list[int]:
        scratch = getattr(self._local, "scratch", None)
        if scratch is None:
            scratch = _hs.Scratch(self._db)
            self._local.scratch = scratch
        hits: list[int] = []

        def on_match(idx: int, _from: int, _to: int, _flags: int, _ctx: Any) -> None:
            hits.append(idx)

        self._db.scan(data, match_event_handler=on_match, scratch=scratch)
        return hits


def cache_dir() -> Path | None:
    """Where compiled Hyperscan databases are cached (``SHIELDWALL_CACHE_DIR``; ``off`` disables)."""
    env = os.environ.get("SHIELDWALL_CACHE_DIR")
    if env is not None:
        return None if env.strip().lower() in ("", "off", "0", "none") else Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "shieldwall"


def load_cached(name: str) -> bytes | None:
    """A file's payload from the cache, or None (cache off, missing, or its SHA-256 does not match)."""
    d = cache_dir()
    if d is None:
        return None
    try:
        raw = (d / name).read_bytes()
    except OSError:
        return None
    digest, payload = raw[:32], raw[32:]
    if hashlib.sha256(payload).digest() != digest:
        return None
    return payload


def store_cached(name: str, payload: bytes) -> None:
    """Write a payload to the cache atomically (a cache that cannot be written only costs start-up time)."""
    d = cache_dir()
    if d is None:
        return
    try:
        d.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp = d / f".{name}.{os.getpid()}.{threading.get_ident()}.tmp"
        tmp.write_bytes(hashlib.sha256(payload).digest() + payload)
        os.replace(tmp, d / name)
    except OSError:
        return


def _load_cached(key: str) -> Any:
    """A compiled database from the cache, or None (missing, corrupt or from another Hyperscan)."""
    payload = load_cached(f"hs-{key}.db")
    if payload is None:
        return None
    try:
        return _hs.loadb(payload, _hs.HS_MODE_BLOCK)
    except Exception:
        return None


def _store_cached(key: str, db: Any) -> None:
    try:
        payload = _hs.dumpb(db)
    except Exception:
        return
    store_cached(f"hs-{key}.db", payload)


class _Re2Set:
    def __init__(self, patterns: Sequence[Pattern]) -> None:
        assert _re2 is not None
        opts = _re2.Options()
        opts.max_mem = 256 << 20
        self._set = _re2.Set.SearchSet(opts)
        for p in patterns:
            prefix = "".join(flag for flag, on in (("i", p.caseless), ("s", p.dotall)) if on)
            self._set.Add(f"(?{prefix}){p.regex}" if prefix else p.regex)
        self._set.Compile()

    def match(self, data: bytes) -> list[int]:
        return list(self._set.Match(data) or ())


class MultiPattern:
    """Compile many patterns once; ``search`` yields (pattern, re.Match) for every occurrence."""

    def __init__(self, patterns: Sequence[Pattern], *, engine: str = "auto") -> None:
        ids = [p.id for p in patterns]
        if len(set(ids)) != len(ids):
            dup = sorted({i for i in ids if ids.count(i) > 1})
            raise ValueError(f"duplicate pattern ids: {dup}")
        self.patterns = tuple(patterns)
        self.engine = self._pick(engine)
        # Python ``re`` versions: all up front for the ``re`` engine, else on first use (stage 2 needs few of them)
        self._compiled: list[re.Pattern[str] | None] = [None] * len(patterns)
        self._set: _HyperscanSet | _Re2Set | None = None
        if self.engine == "re":
            for i in range(len(patterns)):
                self._regex(i)
        if not patterns:
            return
        if self.engine == "hyperscan":
            self._set = _HyperscanSet(patterns)
        elif self.engine == "re2":
            self._set = _Re2Set(patterns)

    def _regex(self, i: int) -> re.Pattern[str]:
        rx = self._compiled[i]
        if rx is None:
            p = self.patterns[i]
            flags = (
                (re.IGNORECASE if p.caseless else 0) | (re.DOTALL if p.dotall else 0) | (0 if p.unicode else re.ASCII)
            )
            rx = self._compiled[i] = re.compile(p.regex, flags)
        return rx

    @staticmethod
    def _pick(engine: str) -> str:
        if engine == "auto":
            if _hs is not None:
                return "hyperscan"
            if _re2 is not None:
                return "re2"
            return "re"
        if engine == "hyperscan" and _hs is None:
            raise ValueError("the hyperscan engine is not installed")
        if engine == "re2" and _re2 is None:
            raise ValueError("the re2 engine is not installed")
        if engine not in ("hyperscan", "re2", "re"):
            raise ValueError(f"unknown engine {engine!r}")
        return engine

    def matching(self, text: str, data: bytes | None = None) -> list[int]:
        """Indices of the patterns that occur anywhere in ``text`` (sorted)."""
        if not self.patterns or not text:
            return []
        if self._set is None:
            return [i for i in range(len(self.patterns)) if self._regex(i).search(text)]
        if data is None:
            data = text.encode("utf-8", "surrogatepass")
        return sorted(set(self._set.match(data)))

    def search(self, text: str, data: bytes | None = None) -> Iterator[tuple[Pattern, re.Match[str]]]:
        """Every occurrence of every pattern, in pattern order, with spans in code points."""
        for i in self.matching(text, data):
            rx = self._regex(i)
            p = self.patterns[i]
            for m in rx.finditer(text):
                yield p, m
