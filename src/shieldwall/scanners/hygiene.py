"""Unicode hygiene: characters that hide, reorder or disguise text (rules ``hygiene.*``).

The scanner reports invisible characters, Unicode tag characters, bidi controls, homoglyph words,
mixed-script tokens and "styled" (full-width or mathematical) Latin. As an ``Expander`` it hands the
pipeline what such characters hide, to be scanned again: the ASCII spelled by tag characters
(``via="unicode_tags"``), bytes smuggled in variation selectors (``"variation_selectors"``) or in
two-symbol zero-width runs (``"zero_width_binary"``), and the normalized reading of lines whose letters
were disguised (``"normalized"``).

ASCII text returns at once. Other text is first tested on its UTF-8 bytes (translate and literal
searches, at memory speed); the Python regexes and per-character work only run on what those tests
flag.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import ClassVar

from shieldwall.core.normalize import (
    CONFUSABLES,
    INVISIBLE_RANGES,
    may_have_invisible,
    mixed_token_spans,
    normalize,
)
from shieldwall.core.scanner import Derived, ScanContext
from shieldwall.core.types import Category, Direction, Finding, Role, Segment, Span, mask

_INVISIBLE_CLASS = "".join(f"\\U{a:08x}" if a == b else f"\\U{a:08x}-\\U{b:08x}" for a, b in INVISIBLE_RANGES)
_RUN_RE = re.compile(f"[{_INVISIBLE_CLASS}]+")
_BIDI_CLASS = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_TAG_CLASS = "\U000e0000-\U000e007f"
# the parts of one invisible run: tag characters, bidi controls, anything else
_SUBRUN_RE = re.compile(f"(?P<tag>[{_TAG_CLASS}]+)|(?P<bidi>[{_BIDI_CLASS}]+)|(?P<other>[^{_TAG_CLASS}{_BIDI_CLASS}]+)")
_VS_RUN_RE = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef]+")
_WORD_RE = re.compile(r"\w+")
# variation selector -> the byte it smuggles (U+FE00-FE0F: 0-15, U+E0100-E01EF: 16-255)
_VS_BYTES = {0xFE00 + b: chr(b) for b in range(16)} | {0xE0100 + b - 16: chr(b) for b in range(16, 256)}
_PRINTABLE_ASCII_DELETE = bytes(c for c in range(256) if not 0x20 <= c <= 0x7E)
_MAX_HIDDEN = 65_536  # characters decoded from one hidden run

_BOM = "\ufeff"
_ZWSP, _ZWNJ, _ZWJ = "\u200b", "\u200c", "\u200d"
_SOFT_HYPHEN = "\u00ad"
_LRO, _RLO = "\u202d", "\u202e"
_LRE, _RLE, _PDF = "\u202a", "\u202b", "\u202c"
_LRI, _RLI, _FSI, _PDI = "\u2066", "\u2067", "\u2068", "\u2069"
_BIDI_MARKS = frozenset({"\u200e", "\u200f", "\u061c"})  # LRM, RLM, ALM
_BIDI_OVERRIDES = frozenset({_LRO, _RLO})
_BIDI_EMBEDS = frozenset({_LRE, _RLE, _LRO, _RLO})  # closed by PDF
_BIDI_ISOLATES = frozenset({_LRI, _RLI, _FSI})  # closed by PDI
_BIDI = _BIDI_MARKS | _BIDI_EMBEDS | _BIDI_ISOLATES | {_PDF, _PDI}
_ZERO_WIDTH_BITS = frozenset({_ZWSP, _ZWNJ, _ZWJ, "\u2060", "\u2062", "\u2063", "\u2064", _BOM})

_TAG_FIRST, _TAG_LAST = 0xE0000, 0xE007F
_BLACK_FLAG = "\U0001f3f4"  # emoji tag sequences (subdivision flags) start with it
_CANCEL_TAG = "\U000e007f"

# UTF-8 of right-to-left scripts: Hebrew..NKo lead bytes, Arabic extended, presentation forms
_RTL_UTF8_RE = re.compile(rb"[\xd6-\xdf]|\xe0\xa2|\xef(?:\xac[\x9d-\xbf]|[\xad-\xb7]|\xb9[\xb0-\xbf]|\xba|\xbb)")
# Turkish/Azerbaijani letters: a dotless i next to them is spelling, not disguise
_TURKIC_UTF8: tuple[bytes, ...] = ("ğ".encode(), "ş".encode(), "İ".encode(), "Ğ".encode(), "Ş".encode())

# Latin letters written in styles: full-width, mathematical alphanumerics, letterlike, circled,
# parenthesized, squared. NFKC maps every one of them to ASCII.
_STYLED_LETTERS = (
    "\uff21-\uff3a\uff41-\uff5a"
    "\U0001d400-\U0001d6a5"
    "\u2102\u210a-\u2113\u2115\u2119-\u211d\u2124\u2128\u212c\u212d\u212f-\u2131\u2133\u2134"
    "\u249c-\u24e9"
    "\U0001f130-\U0001f189"
)
_STYLED_DIGITS = "\uff10-\uff19\U0001d7ce-\U0001d7ff"
_STYLED_RUN_RE = re.compile(
    f"[{_STYLED_LETTERS}{_STYLED_DIGITS}](?:[{_STYLED_LETTERS}{_STYLED_DIGITS} \u3000]*"
    f"[{_STYLED_LETTERS}{_STYLED_DIGITS}])?"
)
_STYLED_LETTER_RE = re.compile(f"[{_STYLED_LETTERS}]")
_STYLED_PAIR_RE = re.compile(f"[{_STYLED_LETTERS}]{{2}}")
_STYLED_UTF8_RES: tuple[tuple[bytes, re.Pattern[bytes]], ...] = (  # (lead byte, pattern)
    (b"\xef", re.compile(rb"\xef(?:\xbc[\xa1-\xba]|\xbd[\x81-\x9a])")),  # full-width letters
    (b"\xf0", re.compile(rb"\xf0\x9d[\x90-\x9f]|\xf0\x9f(?:\x84[\xb0-\xbf]|\x85|\x86[\x80-\x89])")),
    (b"\xe2", re.compile(rb"\xe2(?:\x84[\x82-\xb4]|\x92[\x9c-\xbf]|\x93[\x80-\xa9])")),
)
_CJK_UTF8_RE = re.compile(rb"[\xe3-\xe9]")  # kana, CJK ideographs (and a few neighbours)

_CYRILLIC = (0x0400, 0x052F)
_GREEK = ((0x0370, 0x03FF), (0x1F00, 0x1FFF))
_LATIN_TARGETS_OF_CYRILLIC = frozenset(v for k, v in CONFUSABLES.items() if 0x0400 <= ord(k) <= 0x052F)
_LATIN_TARGETS_OF_GREEK = frozenset(v for k, v in CONFUSABLES.items() if 0x0370 <= ord(k) <= 0x03FF)
_OTHER_CONFUSABLES = frozenset(k for k in CONFUSABLES if not 0x0370 <= ord(k) <= 0x052F)

_MAX_RUNS = 1024  # invisible runs (and parts of runs) looked at per text
_MAX_BIDI = 4096  # bidi controls looked at per text
_CONTEXT = 256  # characters of context on each side of a disguised region for the normalized reading


def _is_emojiish(ch: str) -> bool:
    cp = ord(ch)
    return (
        0x1F000 <= cp <= 0x1FAFF
        or 0x2190 <= cp <= 0x21FF
        or 0x2300 <= cp <= 0x23FF
        or 0x25A0 <= cp <= 0x27BF
        or 0x2900 <= cp <= 0x297F
        or 0x2B00 <= cp <= 0x2BFF
        or cp in (0x00A9, 0x00AE, 0x203C, 0x2049, 0x2122, 0x2139, 0x3030, 0x303D, 0x3297, 0x3299)
    )


def _uses_joiners(ch: str) -> bool:
    """Scripts whose spelling uses ZWJ/ZWNJ: Arabic, Syriac, Indic, Sinhala, Tibetan, Myanmar, Khmer."""
    cp = ord(ch)
    return (
        0x0600 <= cp <= 0x08FF
        or 0x0900 <= cp <= 0x0DFF
        or 0x0F00 <= cp <= 0x109F
        or 0x1780 <= cp <= 0x17FF
        or 0xA8E0 <= cp <= 0xA8FF
        or 0xFB50 <= cp <= 0xFDFF
        or 0xFE70 <= cp <= 0xFEFF
    )


def _breaks_lines_with_zwsp(ch: str) -> bool:
    """Scripts written without spaces, where ZWSP marks word breaks: Thai, Lao, Tibetan, Myanmar,
    Khmer, kana and CJK ideographs."""
    cp = ord(ch)
    return (
        0x0E00 <= cp <= 0x0EFF
        or 0x0F00 <= cp <= 0x109F
        or 0x1780 <= cp <= 0x17FF
        or 0x3000 <= cp <= 0x9FFF
        or 0xAC00 <= cp <= 0xD7AF
        or 0xF900 <= cp <= 0xFAFF
    )


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def looks_like_text(s: str, *, min_letters: int = 2) -> bool:
    """Decoded content that reads as text: printable (>= 90%) with some letters."""
    if not s or not s.strip():
        return False
    bad = 0
    letters = 0
    for ch in s[:4096]:
        if ch.isalpha():
            letters += 1
        elif not (ch.isprintable() or ch in "\n\r\t"):
            bad += 1
    n = min(len(s), 4096)
    return bad <= 0.1 * n and letters >= min(min_letters, n)


@dataclass(slots=True)
class _Analysis:
    findings: list[Finding] = field(default_factory=list)
    tag_runs: list[tuple[int, int]] = field(default_factory=list)
    vs_runs: list[tuple[int, int]] = field(default_factory=list)
    zw_runs: list[tuple[int, int]] = field(default_factory=list)
    disguised: list[tuple[int, int]] = field(default_factory=list)  # regions whose letters normalize


class HygieneScanner:
    """Invisible, bidi and Unicode-tag characters, homoglyphs and mixed-script tokens.

    Rules: ``hygiene.invisible_chars``, ``hygiene.unicode_tags``, ``hygiene.bidi_control``,
    ``hygiene.homoglyph``, ``hygiene.mixed_script``, ``hygiene.styled_text`` (see ``rules``).

    Not reported: a byte-order mark at position 0, ZWJ inside emoji sequences, ZWJ/ZWNJ in scripts
    that spell with them (Arabic, Indic, ...), ZWSP in scripts written without spaces, a single
    variation selector after a character, emoji subdivision-flag tag sequences, and bidi marks,
    embeddings and isolates in text that contains right-to-left letters (unless unbalanced or
    overriding). Pure Cyrillic or Greek words, and Japanese mixing kanji, kana and Latin, are normal.

    Options: ``max_findings`` (per text, default 64), ``expand_normalized`` (default True: hand the
    pipeline the normalized reading of lines with disguised letters).
    """

    name: ClassVar[str] = "hygiene"
    categories: ClassVar[frozenset[Category]] = frozenset({Category.OBFUSCATION})
    directions: ClassVar[frozenset[Direction]] = frozenset(Direction)
    roles: ClassVar[frozenset[Role]] = frozenset(Role)
    rules: ClassVar[Mapping[str, str]] = {
        "hygiene.invisible_chars": "zero-width or other invisible characters, worst when they split a word",
        "hygiene.unicode_tags": "Unicode tag characters (U+E0000-E007F) spelling invisible ASCII text",
        "hygiene.bidi_control": "bidi overrides, embeddings or isolates that reorder text (Trojan Source)",
        "hygiene.homoglyph": "a word mixing Latin letters with Cyrillic/Greek or other look-alike letters",
        "hygiene.mixed_script": "a token mixing scripts that do not mix (Latin/Cyrillic/Greek)",
        "hygiene.styled_text": "Latin words written in full-width or mathematical letters",
    }

    def __init__(self, *, max_findings: int = 64, expand_normalized: bool = True) -> None:
        if not isinstance(max_findings, int) or isinstance(max_findings, bool) or max_findings < 1:
            raise ValueError("max_findings must be a positive integer")
        if not isinstance(expand_normalized, bool):
            raise ValueError("expand_normalized must be true or false")
        self.max_findings = max_findings
        self.expand_normalized = expand_normalized

    # -- public ----------------------------------------------------------------------------------

    def scan(self, segment: Segment, ctx: ScanContext) -> list[Finding]:
        text = segment.text
        if text.isascii():
            return []
        return list(self._analysis(text, ctx).findings)

    def expand(self, segment: Segment, ctx: ScanContext) -> list[Derived]:
        text = segment.text
        if text.isascii():
            return []
        a = self._analysis(text, ctx)
        out: list[Derived] = []
        for s, e in a.tag_runs:
            hidden = _decode_tags(text[s:e])
            if hidden.strip():
                out.append(Derived(hidden, Span(s, e), "unicode_tags"))
        for s, e in a.vs_runs:
            smuggled = _decode_variation_selectors(text[s:e])
            if smuggled is not None:
                out.append(Derived(smuggled, Span(s, e), "variation_selectors"))
        for s, e in a.zw_runs:
            bits = _decode_zero_width_binary(text[s:e])
            if bits is not None:
                out.append(Derived(bits, Span(s, e), "zero_width_binary"))
        if self.expand_normalized and a.disguised:
            for s, e in _windows(text, a.disguised):
                reading = normalize(text[s:e]).text
                if reading != text[s:e]:
                    out.append(Derived(reading, Span(s, e), "normalized"))
        return out

    # -- analysis --------------------------------------------------------------------------------

    def _analysis(self, text: str, ctx: ScanContext) -> _Analysis:
        return ctx.memo(self, text, self._analyze, max_entries=16)

    def _analyze(self, text: str) -> _Analysis:
        a = _Analysis()
        data = text.encode("utf-8", "surrogatepass")
        if may_have_invisible(data):
            self._invisible(text, data, a)
        if any(data.find(lead) != -1 and rx.search(data) is not None for lead, rx in _STYLED_UTF8_RES):
            self._styled(text, data, a)
        self._mixed(text, data, a)
        if len(a.findings) > self.max_findings:
            a.findings.sort(key=lambda f: -f.score)
            del a.findings[self.max_findings :]
        a.findings.sort(key=lambda f: f.span.start if f.span else 0)
        return a

    # invisible, tags, bidi ----------------------------------------------------------------------

    def _invisible(self, text: str, data: bytes, a: _Analysis) -> None:
        n = len(text)
        bidi: list[int] = []
        groups: list[tuple[int, int]] = []  # suspicious invisible runs (other than tags and bidi)
        soft_only: list[bool] = []
        parts = 0
        for m in _RUN_RE.finditer(text):
            if parts >= _MAX_RUNS:
                break
            s0 = m.start()
            for sub in _SUBRUN_RE.finditer(m.group()):
                parts += 1
                if parts > _MAX_RUNS:
                    break
                i, j = sub.start() + s0, sub.end() + s0
                kind = sub.lastgroup
                if kind == "tag":
                    if not _is_flag_sequence(text, i, j):
                        a.tag_runs.append((i, j))
                elif kind == "bidi":
                    bidi.extend(range(i, min(j, i + _MAX_BIDI - len(bidi))))
                else:
                    self._other_run(text, i, j, n, groups, soft_only, a)
        for s, e in a.tag_runs:
            hidden = _decode_tags(text[s:e])
            a.findings.append(
                Finding(
                    scanner=self.name,
                    rule="hygiene.unicode_tags",
                    category=Category.OBFUSCATION,
                    score=0.95,
                    message=f"{e - s} Unicode tag characters spell invisible text ({len(hidden.strip())} chars)",
                    span=Span(s, e),
                    evidence=mask(hidden) if hidden.strip() else None,
                )
            )
        if bidi:
            self._bidi(text, data, bidi, a)
        if groups:
            self._report_invisible(text, groups, soft_only, a)

    def _other_run(
        self,
        text: str,
        s: int,
        e: int,
        n: int,
        groups: list[tuple[int, int]],
        soft_only: list[bool],
        a: _Analysis,
    ) -> None:
        """Classify one run of invisible characters (no tags, no bidi): benign ones are dropped."""
        run = text[s:e]
        prev = text[s - 1] if s > 0 else ""
        nxt = text[e] if e < n else ""
        length = e - s
        if length == 1:
            ch = run
            if ch == _BOM and s == 0:
                return
            if ch == _ZWJ and nxt and _is_emojiish(nxt) and prev and (_is_emojiish(prev) or _is_emoji_modifier(prev)):
                return
            if ch in (_ZWJ, _ZWNJ) and ((prev and _uses_joiners(prev)) or (nxt and _uses_joiners(nxt))):
                return
            if ch == _ZWSP and ((prev and _breaks_lines_with_zwsp(prev)) or (nxt and _breaks_lines_with_zwsp(nxt))):
                return
            if _is_variation_selector(ch) and prev and not prev.isspace():
                return  # emoji presentation, CJK ideographic variants
            cp = ord(ch)
            if 0x180B <= cp <= 0x180F and prev and 0x1800 <= ord(prev) <= 0x18AF:
                return  # Mongolian free variation selectors
            if 0x17B4 <= cp <= 0x17B5 and prev and 0x1780 <= ord(prev) <= 0x17FF:
                return
            if 0x115F <= cp <= 0x1160 and (
                (prev and 0x1100 <= ord(prev) <= 0x11FF) or (nxt and 0x1100 <= ord(nxt) <= 0x11FF)
            ):
                return
        # an emoji ZWJ sequence may carry VS-16 before the joiner: "❤️‍🔥" = U+2764 FE0F 200D 1F525
        pair = run in ("\ufe0f\u200d", "\ufe0e\u200d")
        if pair and prev and nxt and _is_emojiish(prev) and _is_emojiish(nxt):
            return
        if length >= 2 and _VS_RUN_RE.fullmatch(run):
            a.vs_runs.append((s, e))
        elif length >= 16 and set(run) <= _ZERO_WIDTH_BITS and len(set(run)) == 2:
            a.zw_runs.append((s, e))
        groups.append((s, e))
        soft_only.append(run == _SOFT_HYPHEN * length)

    def _report_invisible(self, text: str, groups: list[tuple[int, int]], soft_only: list[bool], a: _Analysis) -> None:
        n = len(text)
        total = sum(e - s for (s, e), soft in zip(groups, soft_only, strict=True) if not soft)
        merged: list[list[int]] = []  # [start, end, count, inside, soft, longest]
        for (s, e), soft in zip(groups, soft_only, strict=True):
            inside = s > 0 and e < n and _word_char(text[s - 1]) and _word_char(text[e])
            if merged and s < merged[-1][1]:  # within the word span of the previous group
                g = merged[-1]
                g[1] = max(g[1], e)
                g[2] += e - s
                g[3] = int(g[3] or inside)
                g[4] = int(g[4] and soft)
                g[5] = max(g[5], e - s)
                continue
            if len(merged) >= self.max_findings:
                break
            if inside:  # the affected word (at most 64 characters each side)
                merged.append([_word_start(text, s), _word_end(text, e), e - s, 1, int(soft), e - s])
            else:
                merged.append([s, e, e - s, 0, int(soft), e - s])
        for ws, we, count, in_word, soft_run, longest in merged:
            inside = bool(in_word)
            if soft_run:
                score = 0.3 if inside else 0.2
                what = "soft hyphen"
            else:
                score = 0.6 + min(0.3, 0.03 * (total - 1)) if inside else 0.35 + min(0.3, 0.02 * total)
                if longest >= 8:
                    score = max(score, 0.8)  # long invisible runs carry data
                what = "invisible character"
            if inside and not soft_run:
                a.disguised.append((ws, we))
            where = "inside a word" if inside else "between words"
            a.findings.append(
                Finding(
                    scanner=self.name,
                    rule="hygiene.invisible_chars",
                    category=Category.OBFUSCATION,
                    score=round(min(score, 1.0), 3),
                    message=f"{count} {what}{'s' if count > 1 else ''} {where} ({_names(text, ws, we)})",
                    span=Span(ws, we),
                )
            )

    def _bidi(self, text: str, data: bytes, positions: list[int], a: _Analysis) -> None:
        rtl: bool | None = None
        i = 0
        reported = 0
        while i < len(positions) and reported < self.max_findings:
            line_end = text.find("\n", positions[i])
            if line_end == -1:
                line_end = len(text)
            j = i
            while j < len(positions) and positions[j] < line_end:
                j += 1
            on_line = positions[i:j]
            i = j
            chars = [text[p] for p in on_line]
            override = any(c in _BIDI_OVERRIDES for c in chars)
            marks_only = all(c in _BIDI_MARKS for c in chars)
            balanced = _balanced(chars)
            if rtl is None:
                rtl = _RTL_UTF8_RE.search(data) is not None
            if override:
                score = 0.9 if (not balanced or not rtl) else 0.8
                what = "bidi override" + ("" if balanced else ", unbalanced")
            elif not balanced:
                score, what = 0.7, "unbalanced bidi embedding/isolate"
            elif rtl:
                continue  # balanced controls and marks in right-to-left text are how it is written
            elif marks_only:
                inside = any(
                    0 < p < len(text) - 1 and _word_char(text[p - 1]) and _word_char(text[p + 1]) for p in on_line
                )
                score, what = (0.6 if inside else 0.4), "bidi marks in text without right-to-left script"
            else:
                score, what = 0.6, "bidi embedding/isolate in text without right-to-left script"
            s, e = on_line[0], on_line[-1] + 1
            a.findings.append(
                Finding(
                    scanner=self.name,
                    rule="hygiene.bidi_control",
                    category=Category.OBFUSCATION,
                    score=score,
                    message=f"{len(on_line)} {what} ({_names(text, s, e)})",
                    span=Span(s, e),
                )
            )
            reported += 1

    # styled ---------------------------------------------------------------------------------

    def _styled(self, text: str, data: bytes, a: _Analysis) -> None:
        cjk: bool | None = None
        reported = 0
        for m in _STYLED_RUN_RE.finditer(text):
            run = m.group()
            if len(run) < 2 or _STYLED_PAIR_RE.search(run) is None:
                continue
            letters = len(_STYLED_LETTER_RE.findall(run))
            if letters < 3:
                continue
            fullwidth = all("\uff10" <= c <= "\uff5a" or c in " \u3000" for c in run)
            score = 0.4
            if fullwidth:
                if cjk is None:
                    cjk = _CJK_UTF8_RE.search(data) is not None
                if cjk:
                    score = 0.2  # full-width Latin is ordinary in Japanese/Chinese text
            s, e = m.span()
            a.disguised.append((s, e))
            a.findings.append(
                Finding(
                    scanner=self.name,
                    rule="hygiene.styled_text",
                    category=Category.OBFUSCATION,
                    score=score,
                    message=f"{letters} Latin letters written as {'full-width' if fullwidth else 'styled'} characters",
                    span=Span(s, e),
                )
            )
            reported += 1
            if reported >= self.max_findings:
                break

    # homoglyphs and mixed scripts -----------------------------------------------------------

    def _mixed(self, text: str, data: bytes, a: _Analysis) -> None:
        turkic: bool | None = None
        reported = 0
        for s, e in mixed_token_spans(text, data, limit=4 * self.max_findings):
            verdict = _classify_token(text[s : min(e, s + 1024)])
            if verdict is None:
                continue
            rule, score, what, dotless_only = verdict
            if dotless_only:
                if turkic is None:
                    turkic = any(t in data for t in _TURKIC_UTF8)
                if turkic:
                    continue
            if rule == "hygiene.homoglyph" and not what.startswith(("Cyrillic", "Greek")):
                a.disguised.append((s, e))  # a Latin word in disguise: its normalized reading matters
            a.findings.append(
                Finding(
                    scanner=self.name,
                    rule=rule,
                    category=Category.OBFUSCATION,
                    score=score,
                    message=what,
                    span=Span(s, e),
                    evidence=mask(text[s:e]),
                )
            )
            reported += 1
            if reported >= self.max_findings:
                break


def _classify_token(tok: str) -> tuple[str, float, str, bool] | None:
    """(rule, score, message, only-a-dotless-i) for a token, or None when its scripts mix normally."""
    lat = cyr = grk = conf_c = conf_g = ext = 0
    dotless = 0
    lat_letters: set[str] = set()
    for c in tok:
        if c < "\x80":
            if c.isalpha():
                lat += 1
                lat_letters.add(c)
            continue
        cp = ord(c)
        if _CYRILLIC[0] <= cp <= _CYRILLIC[1]:
            if c.isalpha():
                cyr += 1
                conf_c += c in CONFUSABLES
        elif any(lo <= cp <= hi for lo, hi in _GREEK):
            if c.isalpha():
                grk += 1
                conf_g += c in CONFUSABLES
        elif c in _OTHER_CONFUSABLES:
            ext += 1
            dotless += c == "ı"
        elif 0x00C0 <= cp <= 0x024F or 0x1E00 <= cp <= 0x1EFF:
            lat += 1  # accented Latin
    letters = lat + cyr + grk + ext
    if lat and (cyr or grk):
        other = "Cyrillic" if cyr >= grk else "Greek"
        if conf_c + conf_g == cyr + grk:
            return "hygiene.homoglyph", 0.7, f"Latin word with {other} look-alike letters", False
        targets = _LATIN_TARGETS_OF_CYRILLIC if cyr >= grk else _LATIN_TARGETS_OF_GREEK
        if lat < cyr + grk and lat_letters <= targets and not ext:
            return "hygiene.homoglyph", 0.7, f"{other} word with Latin look-alike letters", False
        score = 0.3 if letters <= 3 else 0.5  # short units and symbols: "μm", "ΔT"
        return "hygiene.mixed_script", score, f"token mixes Latin and {other} letters", False
    if cyr and grk:
        return "hygiene.mixed_script", 0.5, "token mixes Cyrillic and Greek letters", False
    if lat and ext:
        return "hygiene.homoglyph", 0.7, "Latin word with look-alike letters", dotless == ext
    return None


def _balanced(chars: list[str]) -> bool:
    stack: list[str] = []
    for c in chars:
        if c in _BIDI_EMBEDS:
            stack.append("PDF")
        elif c in _BIDI_ISOLATES:
            stack.append("PDI")
        elif c == _PDF:
            if not stack or stack[-1] != "PDF":
                return False
            stack.pop()
        elif c == _PDI:
            # a PDI also closes embeddings opened after its isolate (UAX #9)
            while stack and stack[-1] == "PDF":
                stack.pop()
            if not stack:
                return False
            stack.pop()
    return not stack


def _is_flag_sequence(text: str, s: int, e: int) -> bool:
    """An emoji subdivision flag: U+1F3F4, 2-6 tag letters/digits, CANCEL TAG."""
    if s == 0 or text[s - 1] != _BLACK_FLAG or text[e - 1] != _CANCEL_TAG or not 3 <= e - s <= 7:
        return False
    return all(0xE0030 <= ord(c) <= 0xE0039 or 0xE0061 <= ord(c) <= 0xE007A for c in text[s : e - 1])


def _is_variation_selector(ch: str) -> bool:
    cp = ord(ch)
    return 0xFE00 <= cp <= 0xFE0F or 0xE0100 <= cp <= 0xE01EF


def _is_emoji_modifier(ch: str) -> bool:
    return 0x1F3FB <= ord(ch) <= 0x1F3FF or ch in "\ufe0f\u20e3"


def _word_start(text: str, i: int) -> int:
    floor = max(0, i - 64)
    while i > floor and (_word_char(text[i - 1]) or text[i - 1] in _INVISIBLE_CHARS):
        i -= 1
    return i


def _word_end(text: str, i: int) -> int:
    ceil = min(len(text), i + 64)
    while i < ceil and (_word_char(text[i]) or text[i] in _INVISIBLE_CHARS):
        i += 1
    return i


_INVISIBLE_CHARS = frozenset(
    chr(c) for a, b in INVISIBLE_RANGES for c in range(a, b + 1) if not 0xE0000 <= c <= 0xE007F
)


def _names(text: str, s: int, e: int) -> str:
    seen: list[str] = []
    for c in text[s : min(e, s + 256)]:
        if c in _INVISIBLE_CHARS or _TAG_FIRST <= ord(c) <= _TAG_LAST:
            name = unicodedata.name(c, f"U+{ord(c):04X}")
            if name not in seen:
                seen.append(name)
                if len(seen) == 3:
                    break
    return ", ".join(seen) if seen else "none"


def _decode_tags(run: str) -> str:
    """The ASCII a run of tag characters spells (U+E0020-E007E); other tags are dropped."""
    low = run[:_MAX_HIDDEN].encode("utf-32-le")[::4]  # a tag's low byte is its ASCII code
    return low.translate(None, _PRINTABLE_ASCII_DELETE).decode("ascii")


def _decode_variation_selectors(run: str) -> str | None:
    raw = run[:_MAX_HIDDEN].translate(_VS_BYTES).encode("latin-1", "replace")
    try:
        s = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return s if looks_like_text(s) else None


def _decode_zero_width_binary(run: str) -> str | None:
    symbols = sorted(set(run))
    if len(symbols) != 2 or len(run) < 16:
        return None
    run = run[: 8 * _MAX_HIDDEN]
    usable = len(run) - len(run) % 8
    for zero, one in ((symbols[0], symbols[1]), (symbols[1], symbols[0])):
        bits = run[:usable].replace(zero, "0").replace(one, "1")
        data = int(bits, 2).to_bytes(usable // 8, "big")
        try:
            s = data.decode("utf-8")
        except UnicodeDecodeError:
            continue
        if looks_like_text(s, min_letters=2) and s.isprintable():
            return s
    return None


def _windows(text: str, regions: list[tuple[int, int]], limit: int = 8) -> list[tuple[int, int]]:
    """Lines around disguised regions (at most ``_CONTEXT`` characters each side), merged."""
    out: list[tuple[int, int]] = []
    n = len(text)
    for s, e in sorted(regions):
        e = min(e, s + 4 * _CONTEXT)  # a giant token is read from its start
        lo = text.rfind("\n", max(0, s - _CONTEXT), s) + 1 or max(0, s - _CONTEXT)
        hi = text.find("\n", e, min(n, e + _CONTEXT))
        if hi == -1:
            hi = min(n, e + _CONTEXT)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        elif len(out) < limit:
            out.append((lo, hi))
        else:
            break
    return out
