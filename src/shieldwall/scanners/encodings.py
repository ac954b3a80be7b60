"""Encoded payloads: decode what hides in base64, base32, hex, URL, HTML, unicode escapes and rot13.

An ``Expander``: ``expand`` returns the decoded texts as ``Derived`` (``via`` names the family:
``base64``, ``base32``, ``hex``, ``url``, ``html_entities``, ``unicode_escape``, ``rot13``) and the
pipeline scans them again with every scanner, up to its decoding depth; a derived text is expanded in
turn, so ``base64(hex(x))`` unwraps level by level. ``scan`` only reports structure: a payload encoded
two or more levels deep (``encodings.nested_encoding``).

Speed: the families are located on the ASCII bytes of the text (``bytes.translate`` to a class
alphabet, then literal ``find`` of a run of 16 class bytes), and on literal markers (``%``, ``&#``,
``\\``, ``0x``, a few rot13 words), so ordinary prose costs a few microseconds per KB. Work per call
is bounded: at most ``max_candidates`` decoded payloads, ``max_attempts`` decoding attempts and
``max_total_bytes`` decoded bytes; a single payload decodes to at most ``max_payload_bytes``.
"""

from __future__ import annotations

import base64
import binascii
import html
import itertools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import ClassVar
from urllib.parse import unquote_to_bytes

from shieldwall.core.scanner import Derived, ScanContext
from shieldwall.core.types import Category, Direction, Finding, Role, Segment, Span
from shieldwall.scanners._encodings_data import ENGLISH_WORDS

VIAS: tuple[str, ...] = ("base64", "base32", "hex", "url", "html_entities", "unicode_escape", "rot13")


def _table(mapping: Mapping[bytes, bytes], default: bytes) -> bytes:
    t = bytearray(default * 256)
    for chars, cls in mapping.items():
        for c in chars:
            t[c] = cls[0]
    return bytes(t)


_ALNUM = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_HEXDIGITS = b"0123456789abcdefABCDEF"
# base64 alphabet (both variants) -> "A"; everything else -> " "
_RUN_TABLE = _table({_ALNUM + b"+/_-": b"A"}, b" ")
# hex digits -> "h", separators of spaced hex -> "s"
_SPACED_TABLE = _table({_HEXDIGITS: b"h", b" :": b"s"}, b".")

_HEX_RE = re.compile(r"[0-9a-fA-F]+")
_B32_RE = re.compile(r"[A-Z2-7]+")
_SPACED_HEX_RE = re.compile(r"[0-9a-fA-F]{2}(?:[ :][0-9a-fA-F]{2})+")
_HEX_ESCAPES_RE = re.compile(r"(?:\\x[0-9a-fA-F]{2})+")
_OX_RE = re.compile(r"0[xX][0-9a-fA-F]{2}(?:,? ?0[xX][0-9a-fA-F]{2})+")
_PCT = r"%[0-9A-Fa-f]{2}"
_ENT = r"&#(?:[0-9]{1,7}|[xX][0-9a-fA-F]{1,6});?"
_UESC = r"(?:\\u[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{8}|\\u\{[0-9a-fA-F]{1,6}\})"
_PERCENT_RE = re.compile(_PCT)
_ENTITY_RE = re.compile(_ENT)
_UESC_RE = re.compile(_UESC)
# clusters: escapes less than 32 characters apart; the gap class excludes the escape's first
# character, so a cluster is matched in one linear pass
_PCT_CLUSTER_RE = re.compile(f"{_PCT}(?:[^%\\s]{{0,32}}{_PCT})*")
_ENT_CLUSTER_RE = re.compile(f"{_ENT}(?:[^&\\n]{{0,32}}{_ENT})*")
_UESC_CLUSTER_RE = re.compile(f"{_UESC}(?:[^\\\\\\n]{{0,32}}{_UESC})*")
_MAX_CLUSTERS = 256  # clusters looked at per family and text
_MAX_ESCAPED_REGION = 16_384  # characters of one escaped region decoded (URL, HTML, unicode, \\x)
_WORD_RE = re.compile(r"[A-Za-z]+")
_LETTER_RE = re.compile(r"[^\W\d_]")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]")

_ROT13 = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
    "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm",
)
# rot13 of frequent English words, as whole words: a rot13 text of any length holds some of them
# ("the", "and", "you", "ignore", "all"); five needles keep the check near 1 ns a character
_ROT13_MARKERS: tuple[str, ...] = (" gur ", " naq ", " lbh", "taber", " nyy ")
_TEXTUAL_MIME = ("text/", "application/json", "application/xml", "application/javascript")
_CLUSTER_GAP = 32  # escapes closer than this (and on one line) form one payload


@dataclass(slots=True)
class _Budget:
    attempts: int
    total_bytes: int
    results: int

    def spend(self, nbytes: int) -> bool:
        """Account one decoding attempt of ``nbytes``; False when the budget is gone."""
        if self.attempts <= 0 or self.total_bytes <= 0 or self.results <= 0:
            return False
        self.attempts -= 1
        self.total_bytes -= nbytes
        return True

    @property
    def open(self) -> bool:
        return self.attempts > 0 and self.total_bytes > 0 and self.results > 0


def looks_like_text(s: str) -> bool:
    """Decoded content that reads as text: >= 90% printable and some letters (a sample of 4096)."""
    sample = s[:4096]
    if not sample.strip():
        return False
    n = len(sample)
    if not sample.isprintable():
        bad = len(_CONTROL_RE.findall(sample))
        if bad > 0.1 * n:
            return False
        if "\x00" in sample:
            return False
    letters = len(_LETTER_RE.findall(sample))
    return letters >= 2 and letters >= 0.1 * len(sample.strip())


def _utf8(raw: bytes) -> str | None:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start >= len(raw) - 3 and exc.reason == "unexpected end of data":
            return raw[: exc.start].decode("utf-8", "replace")  # a payload cut in a character
        return None


def english_score(s: str) -> tuple[float, int]:
    """Share of words that are common English words, and the number of words (first 400)."""
    words = _WORD_RE.findall(s[:4096])[:400]
    if not words:
        return 0.0, 0
    hits = sum(1 for w in words if w.lower() in ENGLISH_WORDS)
    return hits / len(words), len(words)


def rot13(s: str) -> str:
    return s.translate(_ROT13)


class EncodingScanner:
    """Decodes base64/base32/hex/URL/HTML/unicode-escape/rot13 payloads so they are scanned again.

    ``expand`` returns each decoded payload as a ``Derived`` text with ``via`` one of ``base64``
    (standard and URL-safe, padded or not, MIME line-wrapped), ``base32``, ``hex`` (plain, spaced,
    ``\\x41`` and ``0x41`` sequences), ``url`` (percent-encoding that hides letters or non-ASCII text),
    ``html_entities`` (numeric character references), ``unicode_escape`` (``\\u0069``, ``\\U...``,
    ``\\u{...}``) and ``rot13`` (only where the rot13 reading is clearly better English). A payload
    must decode to valid UTF-8 that looks like text; ``data:image/...`` URIs are not decoded.

    Rules: ``encodings.nested_encoding`` (a decoded payload that is itself encoded).

    Options: ``min_length`` (16: shortest base64/base32/hex run), ``min_escape_length`` (8: shortest
    ``\\x41`` run), ``max_candidates`` (16 payloads per text), ``max_attempts`` (256),
    ``max_payload_bytes`` (65536 decoded bytes per payload), ``max_total_bytes`` (262144 per call),
    ``rot13`` (True), ``nested_score`` (0.6).
    """

    name: ClassVar[str] = "encodings"
    categories: ClassVar[frozenset[Category]] = frozenset({Category.OBFUSCATION})
    directions: ClassVar[frozenset[Direction]] = frozenset(Direction)
    roles: ClassVar[frozenset[Role]] = frozenset(Role)
    rules: ClassVar[Mapping[str, str]] = {
        "encodings.nested_encoding": "a decoded payload is itself encoded (two or more levels deep)",
    }

    def __init__(
        self,
        *,
        min_length: int = 16,
        min_escape_length: int = 8,
        max_candidates: int = 16,
        max_attempts: int = 256,
        max_payload_bytes: int = 65_536,
        max_total_bytes: int = 262_144,
        rot13: bool = True,
        nested_score: float = 0.6,
    ) -> None:
        for label, value, low in (
            ("min_length", min_length, 8),
            ("min_escape_length", min_escape_length, 4),
            ("max_candidates", max_candidates, 1),
            ("max_attempts", max_attempts, 1),
            ("max_payload_bytes", max_payload_bytes, 16),
            ("max_total_bytes", max_total_bytes, 16),
        ):
            if not isinstance(value, int) or isinstance(value, bool) or value < low:
                raise ValueError(f"{label} must be an integer >= {low}")
        if not isinstance(rot13, bool):
            raise ValueError("rot13 must be true or false")
        if not isinstance(nested_score, int | float) or not 0.0 <= float(nested_score) <= 1.0:
            raise ValueError("nested_score must be a number in [0, 1]")
        self.min_length = min_length
        self.min_escape_length = min_escape_length
        self.max_candidates = max_candidates
        self.max_attempts = max_attempts
        self.max_payload_bytes = max_payload_bytes
        self.max_total_bytes = max_total_bytes
        self.rot13 = rot13
        self.nested_score = float(nested_score)
        self._run_marker = b"A" * min_length
        self._spaced_marker = b"hhs" * max(2, (min_length + 2) // 3) + b"hh"

    # -- public ----------------------------------------------------------------------------------

    def scan(self, segment: Segment, ctx: ScanContext) -> list[Finding]:
        derived = self._cached(segment.text, ctx)
        findings: list[Finding] = []
        for d in derived:
            inner = self._cached(d.text, ctx)
            if not inner:
                continue
            kinds = ", ".join(sorted({i.via for i in inner}))
            findings.append(
                Finding(
                    scanner=self.name,
                    rule="encodings.nested_encoding",
                    category=Category.OBFUSCATION,
                    score=self.nested_score,
                    message=f"{d.via}-encoded payload holds another encoded payload ({kinds})",
                    span=d.span,
                )
            )
        return findings

    def expand(self, segment: Segment, ctx: ScanContext) -> list[Derived]:
        return list(self._cached(segment.text, ctx))

    # -- decoding --------------------------------------------------------------------------------

    def _cached(self, text: str, ctx: ScanContext) -> tuple[Derived, ...]:
        if len(text) < 8:
            return ()
        return ctx.memo(self, text, lambda t: tuple(self.decode_all(t)))

    def decode_all(self, text: str) -> list[Derived]:
        """Every decodable payload of ``text`` (bounded), sorted by position."""
        budget = _Budget(self.max_attempts, self.max_total_bytes, self.max_candidates)
        out: list[Derived] = []
        taken: list[tuple[int, int]] = []

        def accept(d: Derived | None) -> None:
            if d is None or budget.results <= 0:
                return
            if any(s <= d.span.start and d.span.end <= e for s, e in taken):
                return
            out.append(d)
            taken.append((d.span.start, d.span.end))
            budget.results -= 1

        if "%" in text:
            for d in self._url(text, budget):
                accept(d)
        if "&" in text and "&#" in text:
            for d in self._entities(text, budget):
                accept(d)
        if "\\" in text:
            if "\\u" in text or "\\U" in text:
                for d in self._unicode_escapes(text, budget):
                    accept(d)
            if "\\x" in text:
                for d in self._hex_escapes(text, budget):
                    accept(d)
        if "0" in text and "0x" in text:
            for d in self._ox(text, budget):
                accept(d)
        data = text.encode("ascii", "replace")  # one byte per code point: offsets carry over
        cls = data.translate(_RUN_TABLE)
        # spaced hex of text has " 20 " (a space) or groups starting with 6 and 7 (letters), or colons
        if budget.open and (" 20 " in text or ":6" in text or (" 6" in text and " 7" in text)):
            for d in self._spaced_hex(text, data, budget):
                accept(d)
        if budget.open and self._run_marker in cls:
            for d in self._runs(text, cls, budget):
                accept(d)
        if self.rot13 and budget.open and any(m in text for m in _ROT13_MARKERS):
            for d in self._rot13(text, budget):
                accept(d)
        out.sort(key=lambda d: (d.span.start, d.span.end))
        return out

    # base64 / base32 / hex runs -----------------------------------------------------------------

    def _runs(self, text: str, cls: bytes, budget: _Budget) -> Iterator[Derived]:
        marker = self._run_marker
        n = len(text)
        i = cls.find(marker)
        while i != -1 and budget.open:
            j = cls.find(b" ", i)
            if j == -1:
                j = n
            start, end = i, j
            pieces = [text[i:j]]
            # MIME-style line wrapping: full lines of >= 40 characters continue on the next line
            while j - i >= 40 and end < n and budget.open:
                k = end + 2 if text.startswith("\r\n", end) else end + 1 if text[end] == "\n" else -1
                if k == -1 or k >= n or cls[k] != 65:  # 65 == ord("A")
                    break
                j2 = cls.find(b" ", k)
                if j2 == -1:
                    j2 = n
                if j2 - k > j - i:
                    break
                pieces.append(text[k:j2])
                i, j, end = k, j2, j2
            pad = end
            while pad < n and pad - end < 6 and text[pad] == "=":
                pad += 1
            yield from self._decode_run(text, "".join(pieces), start, pad, budget)
            i = cls.find(marker, pad)

    def _decode_run(self, text: str, run: str, start: int, end: int, budget: _Budget) -> Iterator[Derived]:
        body = run.rstrip("=")[: 2 * self.max_payload_bytes + 2]  # enough for every family
        if start >= 8 and text.endswith(";base64,", 0, start) and not _textual_data_uri(text, start):
            return
        low = body[2:] if body[:2] in ("0x", "0X") else body
        if len(low) >= self.min_length and _HEX_RE.fullmatch(low):
            d = self._hex(low, start, end, budget)
            if d is not None:
                yield d
                return
        if _B32_RE.fullmatch(body):
            d = self._base32(body, start, end, budget)
            if d is not None:
                yield d
                return
        d = self._base64(body, start, end, budget)
        if d is not None:
            yield d
            return
        if "/" in body and "\n" not in text[start:end]:  # a URL path whose last segment is the payload
            last = body.rsplit("/", 1)[1]
            if len(last) >= self.min_length:
                d = self._base64(last, text.rfind("/", start, end) + 1, end, budget)
                if d is not None:
                    yield d

    def _hex(self, body: str, start: int, end: int, budget: _Budget) -> Derived | None:
        body = body[: len(body) - len(body) % 2][: 2 * self.max_payload_bytes]
        if not budget.spend(len(body) // 2):
            return None
        text = _utf8(bytes.fromhex(body))
        return Derived(text, Span(start, end), "hex") if text and looks_like_text(text) else None

    def _base32(self, body: str, start: int, end: int, budget: _Budget) -> Derived | None:
        limit = self.max_payload_bytes * 8 // 5 // 8 * 8
        if len(body) > limit:
            body = body[:limit]
        if len(body) % 8 in (1, 3, 6) or not budget.spend(len(body) * 5 // 8):
            return None
        try:
            raw = base64.b32decode(body + "=" * (-len(body) % 8))
        except (binascii.Error, ValueError):
            return None
        text = _utf8(raw)
        return Derived(text, Span(start, end), "base32") if text and looks_like_text(text) else None

    def _base64(self, body: str, start: int, end: int, budget: _Budget) -> Derived | None:
        if ("-" in body or "_" in body) and ("+" in body or "/" in body):
            return None
        if "-" in body or "_" in body:
            body = body.replace("-", "+").replace("_", "/")
        limit = self.max_payload_bytes * 4 // 3 // 4 * 4
        if len(body) > limit:
            body = body[:limit]
        elif len(body) % 4 == 1:
            body = body[:-1]
        if not budget.spend(len(body) * 3 // 4):
            return None
        try:
            raw = binascii.a2b_base64(body + "=" * (-len(body) % 4), strict_mode=True)
        except (binascii.Error, ValueError):
            return None
        text = _utf8(raw)
        return Derived(text, Span(start, end), "base64") if text and looks_like_text(text) else None

    # hex with separators, \x41, 0x41 -------------------------------------------------------------

    def _spaced_hex(self, text: str, data: bytes, budget: _Budget) -> Iterator[Derived]:
        cls = data.translate(_SPACED_TABLE)
        i = cls.find(self._spaced_marker)
        while i != -1 and budget.open:
            if i > 0 and cls[i - 1] == 104:  # "h": inside a longer hex word, not a group start
                i = cls.find(self._spaced_marker, i + 1)
                continue
            m = _SPACED_HEX_RE.match(text, i)
            if m is None:
                i = cls.find(self._spaced_marker, i + 1)
                continue
            end = m.end()
            if end < len(text) and cls[end] == 104:
                end = m.end() - 3  # the last group ran into a longer word: drop it
            d = self._bytes_payload(bytes.fromhex(re.sub("[ :]", "", text[i:end])), i, end, "hex", budget)
            if d is not None:
                yield d
            i = cls.find(self._spaced_marker, max(end, i + 1))

    def _hex_escapes(self, text: str, budget: _Budget) -> Iterator[Derived]:
        runs = [
            (m.start(), m.end())
            for m in _HEX_ESCAPES_RE.finditer(text)
            if m.end() - m.start() >= self.min_escape_length
        ]
        for s, e in _line_windows(text, runs):
            if not budget.open:
                return
            if not budget.spend(e - s):
                return
            decoded = _HEX_ESCAPES_RE.sub(_unescape_hex_run, text[s:e])
            if looks_like_text(decoded):
                yield Derived(decoded[: self.max_payload_bytes], Span(s, e), "hex")

    def _ox(self, text: str, budget: _Budget) -> Iterator[Derived]:
        for m in _OX_RE.finditer(text):
            if not budget.open:
                return
            digits = re.sub(r"0[xX]|[, ]", "", m.group())
            if len(digits) < self.min_escape_length:
                continue
            d = self._bytes_payload(bytes.fromhex(digits), m.start(), m.end(), "hex", budget)
            if d is not None:
                yield d

    def _bytes_payload(self, raw: bytes, start: int, end: int, via: str, budget: _Budget) -> Derived | None:
        raw = raw[: self.max_payload_bytes]
        if not budget.spend(len(raw)):
            return None
        text = _utf8(raw)
        return Derived(text, Span(start, end), via) if text and looks_like_text(text) else None

    # escapes: URL, HTML, unicode ----------------------------------------------------------------

    def _url(self, text: str, budget: _Budget) -> Iterator[Derived]:
        for s, e in _clusters(text, _PCT_CLUSTER_RE):
            if not budget.open:
                return
            escapes = [int(m.group()[1:], 16) for m in itertools.islice(_PERCENT_RE.finditer(text, s, e), 64)]
            alnum = sum(1 for b in escapes if b < 0x80 and chr(b).isalnum())
            high = sum(1 for b in escapes if b >= 0x80)
            if alnum < 3 and high < 6:
                continue  # %20, %2F, %3D...: ordinary URL escaping
            s, e = _extend_url(text, s, min(e, s + _MAX_ESCAPED_REGION))
            raw = unquote_to_bytes(text[s:e])
            d = self._bytes_payload(raw, s, e, "url", budget)
            if d is not None:
                yield d

    def _entities(self, text: str, budget: _Budget) -> Iterator[Derived]:
        clusters = [
            (s, e)
            for s, e in _clusters(text, _ENT_CLUSTER_RE)
            if text.count("&#", s, e) >= 3
            and any(_entity_is_alnum(m.group()) for m in itertools.islice(_ENTITY_RE.finditer(text, s, e), 64))
        ]
        for s, e in _line_windows(text, clusters):
            if not budget.open:
                return
            if not budget.spend(e - s):
                return
            decoded = html.unescape(text[s:e])
            if looks_like_text(decoded):
                yield Derived(decoded[: self.max_payload_bytes], Span(s, e), "html_entities")

    def _unicode_escapes(self, text: str, budget: _Budget) -> Iterator[Derived]:
        clusters = [
            (s, e)
            for s, e in _clusters(text, _UESC_CLUSTER_RE)
            if text.count("\\u", s, e) + text.count("\\U", s, e) >= 3
        ]
        for s, e in _line_windows(text, clusters):
            if not budget.open:
                return
            if not budget.spend(e - s):
                return
            decoded = _UESC_RE.sub(_unescape_one, text[s:e])
            # join surrogate pairs written as two escapes; lone surrogates become U+FFFD
            decoded = decoded.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
            if looks_like_text(decoded):
                yield Derived(decoded[: self.max_payload_bytes], Span(s, e), "unicode_escape")

    # rot13 --------------------------------------------------------------------------------------

    def _rot13(self, text: str, budget: _Budget) -> Iterator[Derived]:
        n = len(text)
        nxt = {m: text.find(m) for m in _ROT13_MARKERS}
        pos = 0
        for _ in range(self.max_candidates):
            for m, at in list(nxt.items()):
                if 0 <= at < pos:
                    nxt[m] = text.find(m, pos)
            hits = [at for at in nxt.values() if at != -1]
            if not hits or not budget.open:
                return
            hit = min(hits)
            s = text.rfind("\n", max(0, hit - 2048), hit) + 1 or max(0, hit - 2048)
            e = text.find("\n", hit, min(n, hit + 2048))
            if e == -1:
                e = min(n, hit + 2048)
            pos = max(e, hit + 1)
            line = text[s:e]
            stripped = line.strip()
            if len(stripped) < 20 or not budget.spend(len(line)):
                continue
            s += len(line) - len(line.lstrip())
            e = s + len(stripped)
            decoded = rot13(stripped)
            before, words = english_score(stripped)
            after, _ = english_score(decoded)
            if words >= 4 and after >= 0.35 and after >= before + 0.25:
                yield Derived(decoded, Span(s, e), "rot13")


def _clusters(text: str, rx: re.Pattern[str]) -> list[tuple[int, int]]:
    """Spans of the first ``_MAX_CLUSTERS`` matches of a cluster pattern."""
    return [m.span() for m in itertools.islice(rx.finditer(text), _MAX_CLUSTERS)]


def _line_windows(text: str, regions: list[tuple[int, int]], context: int = 256) -> list[tuple[int, int]]:
    """Regions grown to their line (at most ``context`` characters each side), merged when they meet."""
    out: list[tuple[int, int]] = []
    n = len(text)
    for s, e in regions:
        e = min(e, s + _MAX_ESCAPED_REGION)
        lo = text.rfind("\n", max(0, s - context), s) + 1 or max(0, s - context)
        hi = text.find("\n", e, min(n, e + context))
        if hi == -1:
            hi = min(n, e + context)
        if out and lo < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _unescape_hex_run(m: re.Match[str]) -> str:
    raw = bytes.fromhex(m.group().replace("\\x", ""))
    return raw.decode("utf-8", "replace")


def _extend_url(text: str, s: int, e: int) -> tuple[int, int]:
    """Grow a percent-escape cluster to the surrounding non-space characters (at most 64 each side)."""
    floor = max(0, s - 64)
    while s > floor and not text[s - 1].isspace() and text[s - 1] not in "\"'<>()[]":
        s -= 1
    ceil = min(len(text), e + 64)
    while e < ceil and not text[e].isspace() and text[e] not in "\"'<>()[]":
        e += 1
    return s, e


def _entity_is_alnum(entity: str) -> bool:
    body = entity[2:].rstrip(";")
    try:
        cp = int(body[1:], 16) if body[:1] in "xX" else int(body)
    except ValueError:
        return False
    return cp < 0x80 and chr(cp).isalnum()


def _unescape_one(m: re.Match[str]) -> str:
    g = m.group()
    digits = g[3:-1] if g.startswith("\\u{") else g[2:]
    cp = int(digits, 16)
    return chr(cp) if cp <= 0x10FFFF else "\ufffd"


def _textual_data_uri(text: str, start: int) -> bool:
    """For a base64 run after ``;base64,``: whether its ``data:`` URI declares a textual type."""
    head = text[max(0, start - 96) : start]
    at = head.rfind("data:")
    if at == -1:
        return True  # not a data URI after all
    mime = head[at + 5 :].split(";", 1)[0].strip().lower()
    return mime == "" or mime.startswith(_TEXTUAL_MIME)
