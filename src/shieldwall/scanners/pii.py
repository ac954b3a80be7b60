"""The ``pii`` scanner: personal data found by pattern and confirmed by checksum or structure."""

from __future__ import annotations

import bisect
import functools
import ipaddress
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import ClassVar

from shieldwall.core.scanner import ScanContext
from shieldwall.core.types import Category, Direction, Finding, Role, Segment, Span, mask
from shieldwall.scanners import _pii_data as data
from shieldwall.scanners._engine import MultiPattern, Pattern

# -- entity types ----------------------------------------------------------------------------

# type key -> (entity label, rule description)
TYPES: dict[str, tuple[str, str]] = {
    "email": ("EMAIL", "E-mail address."),
    "phone": ("PHONE", "Phone number: E.164 or a national format, validated per region."),
    "credit_card": ("CREDIT_CARD", "Payment card number with a known brand prefix and a valid Luhn digit."),
    "iban": ("IBAN", "IBAN with the country's length and a valid mod-97 check."),
    "us_ssn": ("SSN", "US Social Security number (area, group and serial rules)."),
    "uk_nino": ("NINO", "UK National Insurance number (prefix and suffix rules)."),
    "in_aadhaar": ("AADHAAR", "Indian Aadhaar number (Verhoeff check digit)."),
    "es_dni": ("NATIONAL_ID", "Spanish DNI or NIE (check letter)."),
    "it_codice_fiscale": ("NATIONAL_ID", "Italian codice fiscale (check character)."),
    "fr_nir": ("NATIONAL_ID", "French social security number, NIR (mod-97 key)."),
    "nl_bsn": ("NATIONAL_ID", "Dutch BSN (11-proof), only next to a BSN keyword."),
    "ip_address": ("IP_ADDRESS", "IPv4 or IPv6 address (private and loopback ones score low)."),
    "crypto_btc": ("CRYPTO_ADDRESS", "Bitcoin address (base58check or bech32/bech32m checksum)."),
    "crypto_eth": ("CRYPTO_ADDRESS", "Ethereum address (0x + 40 hex; EIP-55 checksum when mixed case)."),
    "crypto_ltc": ("CRYPTO_ADDRESS", "Litecoin address (base58check or bech32 checksum)."),
}

# When findings overlap, the higher priority wins (then the higher score, then the longer span).
_PRIORITY: dict[str, int] = {
    "iban": 10, "credit_card": 9, "email": 9, "crypto_btc": 9, "crypto_eth": 9, "crypto_ltc": 9,
    "us_ssn": 8, "uk_nino": 8, "in_aadhaar": 8, "es_dni": 8, "it_codice_fiscale": 8, "fr_nir": 8,
    "nl_bsn": 7, "ip_address": 6, "phone": 5,
}  # fmt: skip

_CHUNK = 4096  # large texts are localized chunk by chunk before any Python regex runs
_OVERLAP = 640  # longer than any match

# -- candidate patterns ----------------------------------------------------------------------
# Each kind has a prefilter for the MultiPattern engine (a superset of what it accepts) and Python
# regexes that start with a character class or a literal, so that ``re`` scans quickly; the character
# before a candidate is checked in Python (lookbehind would disable re's prefix scan).

_B58 = "1-9A-HJ-NP-Za-km-z"
_DOMAIN = r"(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.){1,8}[A-Za-z]{2,24}"

# scan id -> (type key, extractor method, prefilter regex, caseless). The prefilters are supersets of
# what the extractors accept, written to be cheap in Hyperscan: each starts with a digit or a rare
# character (``@``, ``:``) or contains a literal, so that ordinary prose is skipped at memory speed.
_SCANS: tuple[tuple[str, str, str, str, bool], ...] = (
    ("email", "email", "_emails", r"[A-Za-z0-9._%+\-]@[A-Za-z0-9](?:[A-Za-z0-9\-]*\.)+[A-Za-z]{2}", False),
    ("phone", "phone", "_phones", r"[0-9](?:[ ().\-/]{0,3}[0-9]){8}|\+[0-9](?:[ ().\-/]{0,3}[0-9]){7}", False),
    ("card", "credit_card", "_cards", r"[0-9](?:[ \-]?[0-9]){12}", False),
    ("iban", "iban", "_ibans", r"[0-9]{2}(?: ?[A-Z0-9]){11}", False),
    ("ssn", "us_ssn", "_ssns", r"[0-9]{3}[ \-][0-9]{2}[ \-][0-9]{4}", False),
    ("ssn_kw", "us_ssn", "_ssns_kw", r"(?:ssn|social security|soc sec|ss ?#|tin)[^0-9]{0,24}[0-9]{9}", True),
    ("nino", "uk_nino", "_ninos", r"[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D]", False),
    ("aadhaar", "in_aadhaar", "_aadhaars", r"[2-9][0-9]{3}[ \-]?[0-9]{4}[ \-]?[0-9]{4}", False),
    ("dni", "es_dni", "_dnis", r"[0-9]{7}[ \-]?[A-Z]", False),
    ("cf", "it_codice_fiscale", "_cfs", r"[0-9]{2}[ABCDEHLMPRST][0-9]{2}[A-Z]", True),
    ("nir", "fr_nir", "_nirs", r"[12378] ?[0-9]{2} ?[0-9]{2} ?(?:[0-9]{2}|2[AB]) ?[0-9]{3} ?[0-9]{3} ?[0-9]{2}", False),
    ("bsn", "nl_bsn", "_bsns", r"(?:bsn|burgerservicenummer|sofi)[^0-9]{0,24}[0-9]{4}\.?[0-9]{2}\.?[0-9]{3}", True),
    ("ipv4", "ip_address", "_ipv4s", r"[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}", False),
    ("ipv6", "ip_address", "_ipv6s", r"::|:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}:", False),
    ("btc", "crypto_btc", "_btc", f"[13][{_B58}]{{25}}", False),
    ("btc_bech32", "crypto_btc", "_btc_bech32", r"bc1[ac-hj-np-z02-9]{11}", True),
    ("eth", "crypto_eth", "_eth", r"0[xX][0-9a-fA-F]{40}", False),
    ("ltc", "crypto_ltc", "_ltc", r"litecoin|ltc", True),
    ("ltc_bech32", "crypto_ltc", "_ltc_bech32", r"ltc1[ac-hj-np-z02-9]{11}", True),
)

_A = re.ASCII
_EMAIL_RX = re.compile(r"@(" + _DOMAIN + r")(?![A-Za-z0-9\-]|\.[A-Za-z0-9])", _A)
_LOCAL_REV_RX = re.compile(r"[A-Za-z0-9._%+\-]{1,65}", _A)
# no trailing lookahead on the two candidates below: inside a long run of digits it would make re retry at
# every position; the end is checked in Python (``_clean_end``) and the run is skipped in one step
_PHONE_RX = re.compile(r"[+(0-9][+(]?[0-9]?(?:[ ().\-/]{0,3}[0-9]){8,16}", _A)
_DIGITS_RX = re.compile(r"[0-9]+", _A)
_CARD_RX = re.compile(r"[0-9](?:[ \-]?[0-9]){12,23}", _A)
_IBAN_RX = re.compile(r"[A-Z][A-Z][0-9][0-9](?: ?[A-Z0-9]){11,30}", _A)
_SSN_RX = re.compile(r"[0-9][0-9][0-9]([ \-])[0-9][0-9]\1[0-9]{4}(?![0-9A-Za-z_]|[\-.][0-9])", _A)
_SSN_CTX_RX = re.compile(r"(?:ssn|social security|soc sec|ss ?#|tin)[^0-9]{0,24}([0-9]{9})(?![0-9A-Za-z_])", _A | re.I)
_NINO_RX = re.compile(
    r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?[0-9][0-9] ?[0-9][0-9] ?[0-9][0-9] ?[A-D](?![0-9A-Za-z_])", _A
)
_AADHAAR_RX = re.compile(r"[2-9][0-9]{3}([ \-]?)[0-9]{4}\1[0-9]{4}(?![0-9A-Za-z_]|[\-.][0-9])", _A)
_DNI_RX = re.compile(r"[0-9XYZ](?:[ \-]?)[0-9]{7}[ \-]?[A-Z](?![0-9A-Za-z_])", _A)
_CF_RX = re.compile(
    r"[A-Z][A-Z]{5}[0-9LMNP-V]{2}[ABCDEHLMPRST][0-9LMNP-V]{2}[A-Z][0-9LMNP-V]{3}[A-Z](?![0-9A-Za-z_])", _A | re.I
)
_NIR_RX = re.compile(
    r"[12378]( ?)[0-9]{2}\1[0-9]{2}\1(?:[0-9]{2}|2[AB])\1[0-9]{3}\1[0-9]{3}( ?)[0-9]{2}(?![0-9A-Za-z_])", _A
)
_BSN_RX = re.compile(
    r"(?:bsn|burgerservicenummer|sofi)[^0-9]{0,24}([0-9]{4}\.?[0-9]{2}\.?[0-9]{3})(?![0-9A-Za-z_]|[\-.][0-9])",
    _A | re.I,
)
_IPV4_RX = re.compile(r"[0-9][0-9]{0,2}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}(?![0-9A-Za-z_]|\.[0-9])", _A)
_IPV6_RX = re.compile(
    r"[0-9A-Fa-f:][0-9A-Fa-f]{0,3}:[0-9A-Fa-f:]{1,37}(?:[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3})?"
    r"(?![0-9A-Za-z_]|\.[0-9])",
    _A,
)
_BTC_RX = re.compile(f"[13][{_B58}]{{25,34}}(?![0-9A-Za-z_])", _A)
_BECH_RX = {hrp: re.compile(hrp + r"1[ac-hj-np-z02-9]{11,87}(?![0-9A-Za-z_])", _A | re.I) for hrp in ("bc", "ltc")}
_LTC_RX = re.compile(f"[LM][{_B58}]{{26,33}}(?![0-9A-Za-z_])", _A)
_ETH_RX = re.compile(r"0[xX][0-9a-fA-F]{40}(?![0-9A-Za-z_])", _A)

# Characters that, right before a candidate, mean it is the tail of a longer token.
_DIGIT_CHARS = frozenset("0123456789")
_WORD_CHARS = frozenset("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_")
_BAD_PREV_NUM = frozenset("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_-./#+@&=%$€£¥")
_BAD_PREV_WORD = frozenset("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_")
_BAD_PREV_IP = frozenset("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_.:-")

# Full-width ASCII (digits, letters, "@", "+", "-", ...), the ideographic space and the decimal digits of
# other scripts map one code point to one ASCII code point, so a translated text keeps every offset.
_ALT_DIGITS: dict[int, int] = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_ALT_DIGITS[0x3000] = 0x20
for _zero in (0x0660, 0x06F0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66, 0x0E50):
    for _k in range(10):
        _ALT_DIGITS[_zero + _k] = 0x30 + _k
_ALT_DIGITS_RX = re.compile(
    "[\uff10-\uff19\uff20\uff21-\uff3a\uff41-\uff5a\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0a66-\u0a6f"
    "\u0ae6-\u0aef\u0b66-\u0b6f\u0be6-\u0bef\u0c66-\u0c6f\u0ce6-\u0cef\u0d66-\u0d6f\u0e50-\u0e59]"
)

_DATE_RX = re.compile(
    r"(?:(?:19|20)[0-9][0-9]([-/.])[0-9][0-9]?\1[0-9][0-9]?|[0-9][0-9]?([-/.])[0-9][0-9]?\2(?:19|20)[0-9][0-9])"
    r"(?![0-9])",
    _A,
)


_ALT_RUN_RX = re.compile(
    "[\uff01-\uff5e\u3000\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0a66-\u0a6f"
    "\u0ae6-\u0aef\u0b66-\u0b6f\u0be6-\u0bef\u0c66-\u0c6f\u0ce6-\u0cef\u0d66-\u0d6f\u0e50-\u0e59]+"
)


def _translate_run(m: re.Match[str]) -> str:
    return m.group().translate(_ALT_DIGITS)


_WORD_RX = re.compile(r"[a-z]+", _A)


class _Keywords:
    """Keywords near a candidate: ASCII words match whole words, other keywords match as substrings."""

    __slots__ = ("ascii_others", "tokens", "unicode_others")

    def __init__(self, words: Sequence[str]) -> None:
        self.tokens = frozenset(w for w in words if w.isascii() and w.isalpha())
        others = [w for w in words if not (w.isascii() and w.isalpha())]
        self.ascii_others = tuple(w for w in others if w.isascii())
        self.unicode_others = tuple(w for w in others if not w.isascii())

    def search(self, text: str) -> bool:
        low = text.lower()
        if not self.tokens.isdisjoint(_WORD_RX.findall(low)):
            return True
        if any(w in low for w in self.ascii_others):
            return True
        return not low.isascii() and any(w in low for w in self.unicode_others)


_PHONE_KW = _Keywords(data.PHONE_KEYWORDS)
_NOT_PHONE_KW = _Keywords(data.NOT_PHONE_KEYWORDS)
_VERSION_KW = _Keywords(data.VERSION_KEYWORDS)
_CARD_KW = _Keywords(data.CARD_KEYWORDS)
_SSN_KW = _Keywords(data.SSN_KEYWORDS)
_AADHAAR_KW = _Keywords(data.AADHAAR_KEYWORDS)
_VERSION_TAIL_RX = re.compile(r"\bv\s?$", re.I)


@dataclass(frozen=True, slots=True)
class _Hit:
    start: int
    end: int
    kind: str
    score: float
    message: str


_Extract = Callable[[str, int, int, int], Iterator[_Hit]]


def _clip(x: float) -> float:
    return 0.0 if x < 0.0 else 1.0 if x > 1.0 else round(x, 4)


def _before(text: str, start: int, width: int = 32) -> str:
    return text[max(0, start - width) : start]


def _canon(value: str) -> str:
    """Canonical form for allowlist comparison: case-folded, separators removed (but '@' kept)."""
    v = value.strip().lower()
    if "@" in v:
        return v
    return "".join(c for c in v if c.isalnum() or c == "+")


class PiiScanner:
    """E-mail, phone, payment card, IBAN, national ID, IP and crypto addresses, validated.

    Candidates come from one linear-time MultiPattern pass; Python validation (checksums, length and
    prefix rules, context keywords) runs only on candidates. Rule ids are ``pii.<type>``; findings carry
    an entity label for typed placeholders (``[EMAIL_1]``). Options:

    - ``entities``: restrict to these types (type keys such as ``"iban"``/``"pii.iban"`` or entity
      labels such as ``"EMAIL"``, ``"NATIONAL_ID"``); ``None`` means all.
    - ``min_score``: drop findings scoring below this (default 0.5).
    - ``allow_private_ips``: private, loopback, link-local and reserved IPs score 0.3 (below the
      default ``min_score``) instead of 0.7.
    - ``allowlist``: exact values never reported (compared case-insensitively, separators ignored).
    """

    name: ClassVar[str] = "pii"
    categories: ClassVar[frozenset[Category]] = frozenset({Category.PII})
    directions: ClassVar[frozenset[Direction]] = frozenset(Direction)
    roles: ClassVar[frozenset[Role]] = frozenset(Role)
    rules: ClassVar[Mapping[str, str]] = {f"pii.{k}": desc for k, (_, desc) in TYPES.items()}

    def __init__(
        self,
        *,
        entities: Sequence[str] | None = None,
        min_score: float = 0.5,
        allow_private_ips: bool = True,
        allowlist: Sequence[str] = (),
    ) -> None:
        if isinstance(min_score, bool) or not isinstance(min_score, (int, float)) or not 0.0 <= min_score <= 1.0:
            raise ValueError(f"min_score must be a number in [0, 1], got {min_score!r}")
        if not isinstance(allow_private_ips, bool):
            raise ValueError("allow_private_ips must be a bool")
        if isinstance(allowlist, str) or not all(isinstance(a, str) for a in allowlist):
            raise ValueError("allowlist must be a sequence of strings")
        self.min_score = float(min_score)
        self.allow_private_ips = allow_private_ips
        self.kinds: frozenset[str] = self._resolve(entities)
        self.allowlist: frozenset[str] = frozenset(_canon(a) for a in allowlist if a.strip())
        patterns: list[Pattern] = []
        self._by_index: list[_Extract] = []
        for scan_id, kind, method, rx, caseless in _SCANS:
            if kind in self.kinds:
                patterns.append(Pattern(scan_id, rx, caseless=caseless))
                self._by_index.append(getattr(self, method))
        self._engine = MultiPattern(patterns)
        # one small database per prefilter, to localize a match in a large text chunk by chunk
        self._single = [MultiPattern([p]) for p in patterns]

    @staticmethod
    def _resolve(entities: Sequence[str] | None) -> frozenset[str]:
        if entities is None:
            return frozenset(TYPES)
        if isinstance(entities, str):
            raise ValueError("entities must be a sequence of names, not a string")
        chosen: set[str] = set()
        for raw in entities:
            if not isinstance(raw, str):
                raise ValueError(f"entities: {raw!r} is not a string")
            key = raw.strip()
            key = key[4:] if key.lower().startswith("pii.") else key
            if key.lower() in TYPES:
                chosen.add(key.lower())
                continue
            matched = {k for k, (label, _) in TYPES.items() if label == key.upper()}
            if not matched:
                known = sorted(set(TYPES) | {label for label, _ in TYPES.values()})
                raise ValueError(f"unknown pii entity {raw!r}; known: {', '.join(known)}")
            chosen |= matched
        return frozenset(chosen)

    # -- scanning ---------------------------------------------------------------------------

    def scan(self, segment: Segment, ctx: ScanContext) -> list[Finding]:
        text = segment.text
        if len(text) < 6 or not self._by_index:
            return []
        if text.isascii():
            data = None
        else:
            if _ALT_DIGITS_RX.search(text) is not None:
                # one code point for one, so spans are unchanged; only the runs are translated (fast)
                text = _ALT_RUN_RX.sub(_translate_run, text)
            # every pattern is ASCII: scan one byte per code point, so byte and code-point offsets agree
            data = text.encode("ascii", "replace")
        n = len(text)
        hits: list[_Hit] = []
        matched = self._engine.matching(text, data)
        if not matched:
            return []
        if n <= _CHUNK + _OVERLAP:
            for i in matched:
                hits.extend(self._by_index[i](text, 0, n, n))
        else:
            # localize: the Python extractors only search the chunks where their prefilter matches
            for i in matched:
                single = self._single[i]
                extract = self._by_index[i]
                for a in range(0, n, _CHUNK):
                    b = min(n, a + _CHUNK + _OVERLAP)
                    chunk = data[a:b] if data is not None else None
                    if single.matching(text[a:b], chunk):
                        hits.extend(extract(text, a, b, min(n, a + _CHUNK)))
        if not hits:
            return []
        return self._findings(segment.text, hits)

    def _findings(self, text: str, hits: list[_Hit]) -> list[Finding]:
        uniq = {(h.start, h.end, h.kind): h for h in hits if h.score >= self.min_score}
        ranked = sorted(uniq.values(), key=lambda h: (-_PRIORITY[h.kind], -h.score, h.start - h.end, h.start))
        # kept spans are disjoint and sorted: only the nearest one starting before h.end can overlap h
        starts: list[int] = []
        kept: list[_Hit] = []
        for h in ranked:
            i = bisect.bisect_left(starts, h.end)
            if i > 0 and kept[i - 1].end > h.start:
                continue
            starts.insert(i, h.start)
            kept.insert(i, h)
        out: list[Finding] = []
        for h in kept:
            s, e = h.start, h.end
            value = text[s:e]
            if self.allowlist and _canon(value) in self.allowlist:
                continue
            out.append(
                Finding(
                    scanner=self.name,
                    rule=f"pii.{h.kind}",
                    category=Category.PII,
                    score=_clip(h.score),
                    message=h.message,
                    span=Span(s, e),
                    evidence=mask(value),
                    entity=TYPES[h.kind][0],
                )
            )
        return out

    # -- e-mail -------------------------------------------------------------------------------

    def _emails(self, text: str, pos: int, endpos: int, limit: int) -> Iterator[_Hit]:
        for m in _EMAIL_RX.finditer(text, pos, endpos):
            at = m.start()
            lo = max(0, at - 65)
            lm = _LOCAL_REV_RX.match(text[lo:at][::-1])
            if lm is None:
                continue
            local = lm.group()[::-1]
            if len(local) > 64:
                continue
            start = at - len(local)
            while local and local[0] == ".":
                local = local[1:]
                start += 1
            if not local or local.endswith(".") or ".." in local or not pos <= start < limit:
                continue
            domain = m.group(1)
            tld = domain.rsplit(".", 1)[-1].lower()
            if tld in data.NOT_TLDS or len(local) + 1 + len(domain) > 254:
                continue
            yield _Hit(start, m.end(), "email", 0.9, "e-mail address")

    # -- phone --------------------------------------------------------------------------------

    def _phones(self, text: str, pos: int, endpos: int, limit: int) -> Iterator[_Hit]:
        p = pos
        while p < limit:
            m = _PHONE_RX.search(text, p, endpos)
            if m is None or m.start() >= limit:
                return
            s, e = m.span()
            if s > 0 and text[s - 1] == "(" and text[s] == "+":
                s -= 1  # "(+44) 20 ..."
            hit, restart = _phone_at(text, s, e, s == 0 or text[s - 1] not in _BAD_PREV_NUM)
            if hit is None:
                p = restart
                continue
            before = _before(text, hit.start)
            if _PHONE_KW.search(before):
                hit = _Hit(hit.start, hit.end, "phone", min(hit.score + 0.3, 0.95), hit.message)
            elif _NOT_PHONE_KW.search(before[-16:]):
                hit = _Hit(hit.start, hit.end, "phone", hit.score - 0.35, hit.message)
            yield hit
            p = hit.end

    # -- payment cards ------------------------------------------------------------------------

    def _cards(self, text: str, pos: int, endpos: int, limit: int) -> Iterator[_Hit]:
        for m in _CARD_RX.finditer(text, pos, endpos):
            s = m.start()
            if s >= limit:
                return
            if s > 0 and text[s - 1] in _BAD_PREV_NUM:
                continue
            cand = m.group()
            seps = {c for c in cand if not c.isdigit()}
            if len(seps) > 1:
                continue
            groups = cand.replace("-", " ").split(" ") if seps else [cand]
            if not _clean_end(text, m.end()):
                groups.pop()  # the number goes on: only a shorter run of whole groups can be a card
            if not groups or (len(groups) > 1 and (any(len(g) < 4 for g in groups[:-1]) or len(groups[-1]) < 3)):
                continue
            # the longest run of whole groups that is a valid card number
            total = 0
            best: tuple[int, str] | None = None
            consumed = 0
            for g in groups:
                total += len(g)
                consumed += len(g) + (1 if consumed else 0)
                if total > 19:
                    break
                if total >= 13:
                    digits = "".join(groups)[:total]
                    brand = _card_brand(digits)
                    if brand and data.luhn_ok(digits) and len(set(digits)) > 1:
                        best = (consumed, brand)
            if best is None:
                continue
            length, brand = best
            score = 0.9 if (len(groups) == 1 or len(groups) >= 3) else 0.75
            if _CARD_KW.search(_before(text, s)):
                score += 0.05
            yield _Hit(s, s + length, "credit_card", score, f"payment card number ({brand}, Luhn valid)")

    # -- IBAN ---------------------------------------------------------------------------------

    def _ibans(self, text: str, pos: int, endpos: int, limit: int) -> Iterator[_Hit]:
        for m in _IBAN_RX.finditer(text, pos, endpos):
            s = m.start()
            if s >= limit:
                return
            if s > 0 and text[s - 1] in _BAD_PREV_WORD:
                continue
            cand = m.group()
            length = data.IBAN_LENGTHS.get(cand[:2])
            if length is None:
                continue
            # walk to the country's length; the character after must end the token
            count = 0
            end = 0
            for i, c in enumerate(cand):
                if c != " ":
                    count += 1
                    if count == length:
                        end = i + 1
                        break
            if count < length:
                continue
            after = text[s + end : s + end + 1]
            if after and (after.isascii() and after.isalnum()):
                continue
            compact = cand[:end].replace(" ", "")
            if not data.iban_ok(compact):
                continue
            yield _Hit(s, s + end, "iban", 0.95, "IBAN (mod-97 valid)")

    # -- national IDs -------------------------------------------------------------------------

    def _ssns(self, text: str, pos: int, endpos: int, limit: int) -> Iterator[_Hit]:
        for m in _SSN_RX.finditer(text, pos, endpos):
            s = m.start()
            if s >= limit:
                break
            if s > 0 and text[s - 1] in _BAD_PREV_NUM:
                continue
            digits = m.group().replace("-", "").replace(" ", "")
            if not _ssn_ok(digits):
                continue
            score = 0.85 if m.group(1) == "-" else 0.6
            if _SSN_KW.search(_before(text, s)):
                score += 0.1
            yield _Hit(s, m.end(), "us_ssn", score, "US Social Security number")

    def _ssns_kw(self, text: str, pos: int, endpos: int, limit: int) -> Iterator[_Hit]:
        for m in _SSN_CTX_RX.finditer(text, pos, endpos):
            s, e = m.span(1)
            if not pos <= s < limit or text[s - 1].isdigit():
                continue
            if _ssn_ok(m.group(1)):
                yield _Hit(s, e, "us_ssn", 0.75, "US Social Security number (next to an SSN keyword)")

    def _ninos(self, text: str, pos: int, endpos: int, limit: int) -> Iterator[_Hit]:
        for m in _NINO_RX.finditer(text, pos, endpos):
            s = m.start()
            if s >= limit:
                return
            if s > 0 and text[s - 1] in _BAD_PREV_WORD:
                continue
            if m.group()[:2] in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
                continue
            yield _Hit(s, m.end(), "uk_nino", 0.85, "UK National Insurance number")

    def _aadhaars(self, text: str, pos: int, endpos: int, limit: int) -> Iterator[_Hit]:
        for m in _AADHAAR_RX.finditer(text, pos, endpos):
            s = m.start()
            if s >= limit:
                return
            if s > 0 and text[s - 1] in _BAD_PREV_NUM:
                continue
            digits = re.sub(r"[ \-]", "", m.group())
            if len(set(digits)) == 1 or not data.verhoeff_ok(digits):
                continue
            score = 0.85 if m.group(1) else 0.5
            if _AADHAAR_KW.search(_before(text, s)):
                score += 0.1 if m.group(1) else 0.35
            yield _Hit(s, m.end(), "in_aadhaar", score, "Indian Aadhaar number (Verhoeff valid)")

    def _dnis(self, text: str, pos: int, endpos: int, limit: int) -> Iterator[_Hit]:
        for m in _DNI_RX.finditer(text, pos, endpos):
            s = m.start()
            if s >= limit:
                return
            if s > 0 and text[s - 1] in _BAD_PREV_NUM:
                continue
            compact = m.group().replace(" ", "").replace("-", "")
            if len(compact) != 9 or (m.group()[0].isdigit() and m.group()[1] in " -"):
                continue
            head, letter = compact[:8], compact[8]
            kind = "NIE" if head[0] in "XYZ" else "DNI"
            num = int(str("XYZ".index(head[0])) + head[1:]) if kind == "NIE" else int(head)
            if data.DNI_LETTERS[num % 23] != letter or len(set(head)) == 1:
                continue
            yield _Hit(s, m.end(), "es_dni", 0.85, f"Spanish {kind} (check letter valid)")

    def _cfs(self, text: str, pos: int, endpos: int, limit: int) -> Iterator[_Hit]:
        for m in _CF_RX.finditer(text, pos, endpos):
            s = m.start()
            if s >= limit:
                return
            if s > 0 and text[s - 1] in _BAD_PREV_WORD:
                continue
            cf = m.group().upper()
            if not data.codice_fiscale_ok(cf):
                continue
            score = 0.9 if m.group().isupper() else 0.7
            yield _Hit(s, m.end(), "it_codice_fiscale", score, "Italian codice fiscale (check character valid)")

    def _nirs(self, text: str, pos: int, endpos: int, limit: int) -> Iterator[_Hit]:
        for m in _NIR_RX.finditer(text, pos, endpos):
            s = m.start()
            if s >= limit:
                return
            if s > 0 and text[s - 1] in _BAD_PREV_NUM:
                continue
            nir = m.group().replace(" ", "")
            month = int(nir[3:5])
            if not (1 <= month <= 12 or month == 20 or 30 <= month <= 42 or month >= 50):
                continue
            if not data.nir_ok(nir):
                continue
            yield _Hit(s, m.end(), "fr_nir", 0.85, "French social security number (NIR key valid)")

    def _bsns(self, text: str, pos: int, endpos: int, limit: int) -> Iterator[_Hit]:
        for m in _BSN_RX.finditer(text, pos, endpos):
            s, e = m.span(1)
            if not pos <= s < limit or text[s - 1].isdigit():
                continue
            if data.bsn_ok(m.group(1).replace(".", "")):
                yield _Hit(s, e, "nl_bsn", 0.8, "Dutch BSN (11-proof valid)")

    # -- IP addresses -------------------------------------------------------------------------

    def _ipv4s(self, text: str, pos: int, endpos: int, limit: int) -> Iterator[_Hit]:
        for m in _IPV4_RX.finditer(text, pos, endpos):
            s = m.start()
            if s >= limit:
                return
            if s > 0 and text[s - 1] in _BAD_PREV_IP:
                continue
            try:
                ip4 = ipaddress.IPv4Address(m.group())
            except ValueError:
                continue
            before = _before(text, s, 24)
            if _VERSION_KW.search(before) or _VERSION_TAIL_RX.search(before):
                yield _Hit(s, m.end(), "ip_address", 0.15, "IPv4-like version number")
                continue
            yield self._ip_hit(s, m.end(), ip4.is_global, "IPv4")

    def _ipv6s(self, text: str, pos: int, endpos: int, limit: int) -> Iterator[_Hit]:
        for m in _IPV6_RX.finditer(text, pos, endpos):
            s = m.start()
            if s >= limit:
                return
            if s > 0 and text[s - 1] in _BAD_PREV_IP:
                continue
            cand = m.group()
            e = m.end()
            if cand.count(":") < 2:
                continue
            if cand.endswith(":") and not cand.endswith("::"):
                cand = cand[:-1]
                e -= 1
            if cand.startswith(":") and not cand.startswith("::"):
                continue
            groups = [g for g in cand.split(":") if g]
            if len(groups) < 3 and cand != "::1":
                continue
            try:
                ip6 = ipaddress.IPv6Address(cand)
            except ValueError:
                continue
            yield self._ip_hit(s, e, ip6.is_global, "IPv6")

    def _ip_hit(self, s: int, e: int, is_global: bool, version: str) -> _Hit:
        if is_global:
            return _Hit(s, e, "ip_address", 0.7, f"public {version} address")
        score = 0.3 if self.allow_private_ips else 0.7
        return _Hit(s, e, "ip_address", score, f"private or reserved {version} address")

    # -- crypto addresses ---------------------------------------------------------------------

    def _btc(self, text: str, pos: int, endpos: int, limit: int) -> Iterator[_Hit]:
        return self._base58(text, pos, endpos, limit, _BTC_RX, (0, 5), "crypto_btc", "Bitcoin")

    def _btc_bech32(self, text: str, pos: int, endpos: int, limit: int) -> Iterator[_Hit]:
        return self._bech32(text, pos, endpos, limit, "bc")

    def _ltc_bech32(self, text: str, pos: int, endpos: int, limit: int) -> Iterator[_Hit]:
        return self._bech32(text, pos, endpos, limit, "ltc")

    def _ltc(self, text: str, pos: int, endpos: int, limit: int) -> Iterator[_Hit]:
        return self._base58(text, pos, endpos, limit, _LTC_RX, (0x30, 0x32), "crypto_ltc", "Litecoin")

    @staticmethod
    def _base58(
        text: str,
        pos: int,
        endpos: int,
        limit: int,
        rx: re.Pattern[str],
        versions: tuple[int, ...],
        kind: str,
        coin: str,
    ) -> Iterator[_Hit]:
        for m in rx.finditer(text, pos, endpos):
            s = m.start()
            if s >= limit:
                break
            if s > 0 and text[s - 1] in _BAD_PREV_WORD:
                continue
            if data.base58check_version(m.group()) in versions:
                yield _Hit(s, m.end(), kind, 0.9, f"{coin} address (base58check valid)")

    def _bech32(self, text: str, pos: int, endpos: int, limit: int, hrp: str) -> Iterator[_Hit]:
        kind = "crypto_btc" if hrp == "bc" else "crypto_ltc"
        coin = "Bitcoin" if hrp == "bc" else "Litecoin"
        for m in _BECH_RX[hrp].finditer(text, pos, endpos):
            s = m.start()
            if s >= limit:
                return
            if s > 0 and text[s - 1] in _BAD_PREV_WORD:
                continue
            if data.segwit_ok(m.group(), hrp):
                yield _Hit(s, m.end(), kind, 0.9, f"{coin} address (bech32 checksum valid)")

    def _eth(self, text: str, pos: int, endpos: int, limit: int) -> Iterator[_Hit]:
        for m in _ETH_RX.finditer(text, pos, endpos):
            s = m.start()
            if s >= limit:
                return
            if s > 0 and text[s - 1] in _BAD_PREV_WORD:
                continue
            hexpart = m.group()[2:]
            if len(set(hexpart.lower())) < 4:
                continue  # 0x000...0 and friends: constants, not accounts
            if hexpart.lower() == hexpart or hexpart.upper() == hexpart:
                yield _Hit(s, m.end(), "crypto_eth", 0.7, "Ethereum address (no checksum case)")
            elif data.eip55_ok(hexpart):
                yield _Hit(s, m.end(), "crypto_eth", 0.9, "Ethereum address (EIP-55 checksum valid)")
            else:
                yield _Hit(s, m.end(), "crypto_eth", 0.4, "Ethereum-like address (EIP-55 checksum invalid)")


# -- validators ----------------------------------------------------------------------------------


def _clean_end(text: str, e: int) -> bool:
    """Whether a number may end at ``e``: no letter, digit or "-./"+digit follows."""
    if e >= len(text):
        return True
    c = text[e]
    if c in _WORD_CHARS:
        return False
    return not (c in "-./" and e + 1 < len(text) and text[e + 1] in _DIGIT_CHARS)


def _ssn_ok(d: str) -> bool:
    area, group, serial = d[:3], d[3:5], d[5:]
    if area in ("000", "666") or area[0] == "9" or group == "00" or serial == "0000":
        return False
    return d not in ("078051120", "219099999")


def _card_brand(d: str) -> str | None:
    n = len(d)
    p2, p3, p4, p6 = int(d[:2]), int(d[:3]), int(d[:4]), int(d[:6])
    if d[0] == "4":
        return "Visa" if n in (13, 16, 19) else None
    if 51 <= p2 <= 55 or 2221 <= p4 <= 2720:
        return "Mastercard" if n == 16 else None
    if p2 in (34, 37):
        return "American Express" if n == 15 else None
    if p4 == 6011 or 644 <= p3 <= 649 or p2 == 65 or 622126 <= p6 <= 622925:
        return "Discover" if 16 <= n <= 19 else None
    if 3528 <= p4 <= 3589:
        return "JCB" if 16 <= n <= 19 else None
    if 300 <= p3 <= 305 or p3 == 309 or p2 in (36, 38, 39):
        return "Diners Club" if 14 <= n <= 19 else None
    if p2 == 62 or p2 == 81:
        return "UnionPay" if 16 <= n <= 19 else None
    return None


_SEP_CORES = frozenset({"", " ", "-", ".", "/", " - ", " / ", " -", "- ", " /", "/ "})


@functools.lru_cache(maxsize=256)
def _sep_kind(sep: str) -> str | None:
    """The separator's punctuation ("" for spaces/parentheses only), or None when it is not a phone separator."""
    core = sep.replace("(", "").replace(")", "")
    if len(sep) > 4 or core not in _SEP_CORES or (sep.count("(") + sep.count(")") > 1 and sep != ")("):
        return None
    return core.strip()


def _restart(cand: str, spans: list[tuple[int, int]], s: int, e: int) -> int:
    """Where a number could start again after a rejected candidate: a later group after a space."""
    if "+" in cand[: spans[0][0]]:
        return e  # the rest of a rejected international number is not a national one
    for j in range(1, len(spans)):
        gap = cand[spans[j - 1][1] : spans[j][0]]
        if gap.endswith((" ", " (")) and (
            (j + 1 < len(spans) and spans[j + 1][1] - spans[j + 1][0] >= 2) or spans[j][1] - spans[j][0] >= 9
        ):
            return s + spans[j][0] - (1 if gap.endswith("(") else 0)
    return e


def _phone_at(text: str, s: int, e: int, start_ok: bool) -> tuple[_Hit | None, int]:
    """A phone number starting at ``s`` (within the candidate ``text[s:e]``), or where to search next."""
    cand = text[s:e]
    spans = [m.span() for m in _DIGITS_RX.finditer(cand)]
    if not start_ok:
        return None, _restart(cand, spans, s, e)
    groups = [cand[a:b] for a, b in spans]
    lead = cand[: spans[0][0]]
    intl = lead in ("+", "(+", "+(")
    if not intl:
        if lead not in ("", "(") or (len(groups[0]) == 1 and groups[0] != "1") or _DATE_RX.match(cand):
            return None, _restart(cand, spans, s, e)
        if groups[0].startswith("00") and len(groups[0]) >= 3 and groups[0][2] != "0":
            intl = True  # 00 international prefix
    # separators: one kind of punctuation (dashes may mix with slashes), single-digit groups only where
    # a format has them (the country code, a trunk "(0)", the NANP leading 1)
    kinds: set[str] = set()
    last = 0
    for k in range(1, len(groups)):
        kind = _sep_kind(cand[spans[k - 1][1] : spans[k][0]])
        if kind is None or (len(groups[k]) == 1 and not (intl and k == 1)):
            break
        if kind:
            kinds.add(kind)
        last = k
    if len(kinds) > 1 and kinds != {"-", "/"}:
        return None, _restart(cand, spans, s, e)
    if last == len(groups) - 1 and not _clean_end(text, e):
        last -= 1  # the last group goes on beyond the candidate
    need, most = (8, 17) if intl else (9, 12)
    total = sum(len(g) for g in groups[: last + 1])
    # the longest valid prefix (two numbers in a row, or a number and a year)
    for k in range(last, -1, -1):
        if total < need:
            break
        if total <= most:
            res = _validate_phone(groups[: k + 1], intl, "." in kinds, cand[: spans[k][1]])
            if res is not None:
                return _Hit(s, s + spans[k][1], "phone", res[0], res[1]), e
        total -= len(groups[k])
    return None, _restart(cand, spans, s, e)


def _validate_phone(groups: list[str], intl: bool, dotted: bool, cand: str) -> tuple[float, str] | None:
    """(score, message) when these digit groups make a plausible phone number, else None."""
    if dotted and len(groups) == 4 and all(len(g) <= 3 for g in groups):
        return None  # an IPv4 address or a version
    if cand.count("(") != cand.count(")") or cand.count("(") > 1:
        return None
    if "(" in cand and cand.index("(") > cand.index(")"):
        return None
    digits = "".join(groups)
    if len(set(digits)) == 1:
        return None
    if not intl:
        return _validate_national(digits, groups, "(" in cand)
    if not cand.lstrip("(").startswith("+"):
        digits = digits[2:]
        groups = [groups[0][2:], *groups[1:]] if len(groups[0]) > 2 else groups[1:]
        res = _validate_intl(digits, groups, cand)
        return None if res is None else (res[0] - 0.1, res[1])
    return _validate_intl(digits, groups, cand)


def _validate_intl(digits: str, groups: list[str], cand: str) -> tuple[float, str] | None:
    trunk = "(0)" in cand
    if not 8 <= len(digits) <= 15 + trunk:
        return None
    cc = next((digits[:k] for k in (1, 2, 3) if digits[:k] in data.CALLING_CODES), None)
    if cc is None:
        return None
    if len(groups) > 1 and len(groups[0]) < len(cc):
        return None  # "+4 4..." splits the country code
    nsn = digits[len(cc) :]
    if trunk and nsn.startswith("0"):
        nsn = nsn[1:]
    if len(cc) + len(nsn) > 15:
        return None
    n = len(nsn)
    if not nsn or (nsn[0] == "0" and cc != "39"):
        return None
    region = {
        "1": "US/CA", "44": "UK", "49": "DE", "33": "FR", "91": "IN", "86": "CN", "81": "JP", "55": "BR",
    }.get(cc)  # fmt: skip
    if region is None:
        if n < 6:
            return None
        return 0.75, "phone number (international format)"
    ok = {
        "1": n == 10 and _nanp_ok(nsn),
        "44": n in (9, 10),
        "49": 6 <= n <= 13,
        "33": n == 9,
        "91": n == 10,
        "86": (n == 11 and nsn[0] == "1" and nsn[1] in "3456789")
        or (9 <= n <= 11 and nsn[0] != "1")
        or (n == 10 and nsn.startswith("10")),
        "81": n in (9, 10),
        "55": n in (10, 11) and "0" not in nsn[:2] and (n == 10 or nsn[2] == "9"),
    }[cc]
    if not ok:
        return None
    return 0.9, f"phone number (international format, {region})"


def _nanp_ok(d: str) -> bool:
    return d[0] in "23456789" and d[3] in "23456789" and d[1:3] != "11" and d[4:6] != "11"


def _validate_national(digits: str, groups: list[str], paren: bool) -> tuple[float, str] | None:
    """National formats: (region, grouping) rules; the first rule whose grouping matches wins."""
    n = len(digits)
    if n < 9 or n > 12:
        return None
    sizes = [len(g) for g in groups]
    d0, d1 = digits[0], digits[1]
    # (region, digits plausible, grouping typical)
    rules: list[tuple[str, bool, bool]] = [
        # NANP: (NXX) NXX-XXXX, NXX-NXX-XXXX, 1-NXX-NXX-XXXX
        (
            "US/CA",
            (n == 10 and _nanp_ok(digits)) or (n == 11 and d0 == "1" and _nanp_ok(digits[1:])),
            sizes in ([3, 3, 4], [1, 3, 3, 4]),
        ),
        # China mobile 1[3-9]X XXXX XXXX
        ("CN mobile", n == 11 and d0 == "1" and d1 in "3456789", sizes in ([3, 4, 4], [3, 8])),
        # India mobile XXXXX XXXXX, with or without the trunk 0
        (
            "IN mobile",
            (n == 10 and d0 in "6789") or (n == 11 and d0 == "0" and d1 in "6789"),
            sizes in ([5, 5], [6, 5], [3, 3, 4], [4, 3, 3]),
        ),
        # Brazil (AA) NNNNN-NNNN / (AA) NNNN-NNNN
        (
            "BR",
            n in (10, 11)
            and "0" not in digits[:2]
            and ((n == 10 and digits[2] in "2345") or (n == 11 and digits[2] == "9")),
            sizes in ([2, 4, 4], [2, 5, 4]) and paren,
        ),
        # France 0X XX XX XX XX
        ("FR", n == 10 and d0 == "0" and d1 != "0", sizes == [2, 2, 2, 2, 2]),
        # trunk prefix 0 + area code + subscriber: UK, DE, JP, CN/IN landlines, ...
        (
            "trunk-prefix",
            d0 == "0" and d1 != "0" and n >= 10,
            len(sizes) in (2, 3, 4) and 2 <= sizes[0] <= 5 and all(2 <= s <= 8 for s in sizes),
        ),
    ]
    plausible = [(region, typical) for region, ok, typical in rules if ok]
    if not plausible:
        return None
    for region, typical in plausible:
        if typical:
            return 0.8, f"phone number (national format, {region} rules)"
    region = plausible[0][0]
    if len(groups) == 1:
        if any(r == "CN mobile" for r, _ in plausible):
            return 0.55, "phone number (unformatted, CN mobile rules)"
        return 0.35, f"phone number (unformatted, {region} rules)"
    return 0.4, f"phone number (unusual grouping, {region} rules)"
