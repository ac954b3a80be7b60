"""The ``secrets`` scanner: provider API keys, tokens, private keys, connection strings, generic secrets.

All rules (``_secrets_data.RULES``) are compiled into one ``MultiPattern`` (Hyperscan, RE2 fallback);
one linear pass finds which rules occur, and only those rules run again in Python ``re`` to get spans.
Each candidate then goes through its validator (GitHub/npm CRC32 checksum, JWT header, base64 content,
entropy, placeholder filter) and overlapping candidates are resolved to one finding per value.
"""

from __future__ import annotations

import base64
import binascii
import itertools
import json
import math
import re
import zlib
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import ClassVar

from shieldwall.core.scanner import ScanContext
from shieldwall.core.types import Category, Direction, Finding, Role, Segment, Span, mask
from shieldwall.scanners._engine import MultiPattern, Pattern
from shieldwall.scanners._secrets_data import (
    EXTRA_RULES,
    FAKE_WORDS,
    GENERIC_FAKE_WORDS,
    KEY_DENY_FIRST,
    KEY_DENY_LAST,
    KEY_QUALIFIERS,
    KNOWN_EXAMPLES,
    PASSWORD_WORDS,
    RULES,
    SECRET_WORDS,
    RuleSpec,
)

_BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_PEM_MAX_BODY = 20_000  # chars between BEGIN and END that still count as one block
_PEM_BODY_RE = re.compile(r"[A-Za-z0-9+/=\s\\:,.]{0,8192}")
_PEM_HEADER_KIND_RE = re.compile(r"-----BEGIN ((?:[A-Z0-9]{1,12} ){0,2})PRIVATE KEY")
_NON_B64_TABLE = {ord(c): None for c in " \t\r\n\\\"',:.=-<>*"}
_CAMEL_RE = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")
_CODE_REF_RE = re.compile(r"[A-Za-z_$][A-Za-z_$]*(?:[.\-_:][A-Za-z_$]+)*")
_NAME_HEAD_RE = re.compile(r"[A-Za-z0-9_.-]+\Z")
_MIN_TEXT = 8
_CLOG2C = (0.0, *(c * math.log2(c) for c in range(1, 4097)))  # c*log2(c), for entropy
_ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}
_LITERAL_PREFIX_RE = re.compile(r"(?:[A-Za-z0-9_~-]|\\[.$])+")
_COMMON_PLACEHOLDERS = frozenset(
    {"pass", "pwd", "pw", "user", "username", "admin", "root", "secret", "changeit", "guest", "p@ssw0rd",
     "p@ssword", "passw0rd", "123456", "1234", "12345678", "qwerty", "foo", "bar", "baz", "x", "xx", "xxx"}
)  # fmt: skip
_MAX_LOW_FINDINGS = 100  # findings scored below 0.5 (placeholders, look-alikes) kept per segment
_ODBC_KEYS = ("server=", "data source=", "driver=", "host=", "uid=", "user id=", "dsn=")
_TAIL_REPEAT_RE = re.compile(r"\[([^\]]+)\](\{\d+(?:,\d*)?\}|[*+])\)?\Z")
_END_REPEAT_RE = re.compile(r"\{(\d+)(?:,\d*)?\}(\)*)\Z")
_BOUNDED_RE = re.compile(r"\{(\d+),(\d+)\}")


def shannon_entropy(value: str) -> float:
    """Shannon entropy of ``value`` in bits per character (0 for the empty string)."""
    n = len(value)
    if n == 0:
        return 0.0
    counts = Counter(value).values()
    if n < len(_CLOG2C):
        return math.log2(n) - sum(map(_CLOG2C.__getitem__, counts)) / n
    return math.log2(n) - sum(c * math.log2(c) for c in counts) / n


def base62_crc32(data: str) -> str:
    """The 6-character base62 CRC32 checksum used by GitHub and npm tokens (``0-9A-Za-z``, zero-padded)."""
    n = zlib.crc32(data.encode("ascii", "replace")) & 0xFFFFFFFF
    out = []
    while n:
        n, r = divmod(n, 62)
        out.append(_BASE62[r])
    return "".join(reversed(out)).rjust(6, "0")


def token_checksum_ok(token: str) -> bool:
    """True when a ``prefix_`` + 30 random + 6 checksum token (GitHub ghp_/gho_/..., npm_) checks out."""
    _, _, body = token.partition("_")
    if len(body) != 36:
        return False
    return base62_crc32(body[:30]) == body[30:]


def _words_re(words: Sequence[str]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


_FAKE_RE = _words_re(FAKE_WORDS)
_GENERIC_FAKE_RE = _words_re(GENERIC_FAKE_WORDS)
_RUN_RE = re.compile(r"(.)\1{7}", re.DOTALL)
_SEQ3_RE = re.compile(
    "|".join(
        a[i : i + 3]
        for a in ("0123456789", "abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        for i in range(len(a) - 2)
    )
    + "|"
    + "|".join(
        a[i : i + 3][::-1]
        for a in ("0123456789", "abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        for i in range(len(a) - 2)
    )
)


def looks_fake(value: str, words: re.Pattern[str] = _FAKE_RE) -> str | None:
    """Why ``value`` looks like a placeholder or documentation example, or None."""
    if value in KNOWN_EXAMPLES:
        return "documentation example"
    if words.search(value.lower()):
        return "placeholder"
    n = len(value)
    if n < 8:
        return None
    distinct = len(set(value))
    if distinct < min(10, n // 3):
        return "low variety"
    if _RUN_RE.search(value):
        return "repeated characters"
    if _SEQ3_RE.search(value):
        seq = sum(1 for a, b in itertools.pairwise(value) if abs(ord(b) - ord(a)) == 1)
        if seq * 2 >= n:
            return "sequential characters"
    if distinct <= 8:
        for p in range(2, distinct + 1):
            if n >= 3 * p and value == (value[:p] * (n // p + 1))[:n]:
                return "repeating pattern"
    return None


def _b64decode(s: str, *, urlsafe: bool) -> bytes | None:
    s = s.strip().rstrip("=")
    s += "=" * (-len(s) % 4)
    try:
        if urlsafe:
            return base64.urlsafe_b64decode(s)
        return base64.b64decode(s, validate=True)
    except (binascii.Error, ValueError):
        return None


def _json_obj(raw: bytes | None) -> dict[str, object] | None:
    if raw is None:
        return None
    try:
        obj = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    return obj if isinstance(obj, dict) else None


def _key_tokens(name: str) -> list[str]:
    out: list[str] = []
    for part in re.split(r"[^A-Za-z0-9]+", name):
        out.extend(t.lower() for t in _CAMEL_RE.findall(part))
    return out


def _key_kind(name: str) -> str | None:
    """ "password", "secret" or None for a key name such as ``DB_PASSWORD`` or ``apiKey``."""
    toks = _key_tokens(name)
    if not toks or toks[-1] in KEY_DENY_LAST or toks[0] in KEY_DENY_FIRST:
        return None
    kind: str | None = None
    for i, t in enumerate(toks):
        if t in PASSWORD_WORDS or t.endswith(("password", "passwd")):
            return "password"
        if (
            t in SECRET_WORDS
            or t.endswith(("secret", "token", "apikey", "secretkey", "privatekey"))
            or (t == "key" and i > 0 and toks[i - 1] in KEY_QUALIFIERS)
        ):
            kind = "secret"
    return kind


class _ScanState:
    """Per-scan memo: lookups that would otherwise repeat for every match of a rule."""

    __slots__ = ("_lower", "_odbc_any", "pem_end", "service_account", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.pem_end = -2  # next "-----END" position (-1: none left, -2: not looked up yet)
        self.service_account = -2  # first "service_account" position (same convention)
        self._lower: str | None = None
        self._odbc_any: bool | None = None

    def lower(self) -> str:
        """The text with ASCII letters lowered (same length and offsets as the text)."""
        if self._lower is None:
            t = self.text
            self._lower = t.lower() if t.isascii() else t.translate(_ASCII_LOWER)
        return self._lower

    def odbc_context(self, start: int) -> bool:
        """Whether an ODBC/ADO.NET connection string surrounds ``start`` (a server/driver key before it)."""
        low = self.lower()
        if self._odbc_any is None:
            self._odbc_any = any(k in low for k in _ODBC_KEYS)
        if not self._odbc_any:
            return False
        before = low[max(0, start - 400) : start]
        return ";" in before and any(k in before for k in _ODBC_KEYS)


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    rule: str
    tier: int
    score: float
    message: str
    value: str


class SecretScanner:
    """API keys, tokens, private keys, connection strings and high-entropy credentials.

    Detects provider credentials by format (OpenAI, Anthropic, Hugging Face, AWS, GCP, Azure, GitHub with
    its CRC32 checksum, GitLab, Slack, Stripe, Twilio, SendGrid, npm, PyPI, and ~40 more; see ``rules``),
    private-key blocks, JWTs, passwords in connection strings and URLs, bearer/basic credentials and
    generic ``key = value`` secrets tested for entropy. Placeholders and documentation examples
    (``your-api-key-here``, ``xxxx``, ``AKIAIOSFODNN7EXAMPLE``) get a low score or no finding.

    Every finding has entity ``SECRET``, a span over the secret value only, and masked evidence.

    Options:
        min_score: drop findings scored below this (0..1, default 0).
        disabled_rules: rule ids (``secrets.<name>``) not to run.
        generic_min_entropy: bits per character a generic (key-name anchored) secret needs (0..8,
            default 3.5; relaxed for short values).
        engine: multi-pattern engine, ``auto``, ``hyperscan``, ``re2`` or ``re``.
    """

    name: ClassVar[str] = "secrets"
    categories: ClassVar[frozenset[Category]] = frozenset({Category.SECRET})
    directions: ClassVar[frozenset[Direction]] = frozenset(Direction)
    roles: ClassVar[frozenset[Role]] = frozenset(Role)
    rules: ClassVar[Mapping[str, str]] = {
        **{r.id: r.label for r in RULES},
        **EXTRA_RULES,
    }

    def __init__(
        self,
        *,
        min_score: float = 0.0,
        disabled_rules: Sequence[str] = (),
        generic_min_entropy: float = 3.5,
        engine: str = "auto",
    ) -> None:
        if isinstance(min_score, bool) or not isinstance(min_score, int | float) or not 0.0 <= min_score <= 1.0:
            raise ValueError(f"secrets: min_score must be a number in [0, 1], got {min_score!r}")
        if (
            isinstance(generic_min_entropy, bool)
            or not isinstance(generic_min_entropy, int | float)
            or not 0.0 <= generic_min_entropy <= 8.0
        ):
            raise ValueError(
                f"secrets: generic_min_entropy must be a number in [0, 8] (bits per char), got {generic_min_entropy!r}"
            )
        if isinstance(disabled_rules, str):
            raise ValueError("secrets: disabled_rules must be a list of rule ids, not a string")
        unknown = sorted(str(r) for r in disabled_rules if r not in self.rules)
        if unknown:
            raise ValueError(f"secrets: unknown rule ids in disabled_rules: {unknown}")
        self._min_score = float(min_score)
        self._min_entropy = float(generic_min_entropy)
        self._disabled = frozenset(disabled_rules)
        specs = [r for r in RULES if not self._all_disabled(r)]
        self._specs = tuple(specs)
        self._py = tuple(self._python_regex(r) for r in specs)
        self._mp = MultiPattern(
            [Pattern(r.id, _engine_regex(r.regex), caseless=r.caseless) for r in specs], engine=engine
        )

    def _all_disabled(self, spec: RuleSpec) -> bool:
        if spec.check == "generic":
            return spec.id in self._disabled and "secrets.generic_password" in self._disabled
        return spec.id in self._disabled

    @staticmethod
    def _python_regex(spec: RuleSpec) -> re.Pattern[str]:
        body = spec.py_regex or spec.regex
        tail = _TAIL_REPEAT_RE.search(body)
        if spec.right and tail is not None and tail.group(1) == spec.right:
            # The last repeat's class is the right boundary: backtracking into it can never satisfy the
            # boundary, so a possessive repeat is equivalent and avoids O(n) backtracking per start.
            body = body[: tail.end(2)] + "+" + body[tail.end(2) :]
        left = spec.left
        if left is None:  # as the right boundary, but a token may follow "=" or "/" (KEY=..., a URL path)
            left = spec.right.replace("+/=", "").replace("=", "").replace("%", "")
        if left:
            prefix = _literal_prefix(body)
            # "ghp_(?<![cls]ghp_)..." keeps the literal prefix first, so ``re`` can skip to it fast
            body = f"{prefix}(?<![{left}]{prefix}){body[len(prefix) :]}" if prefix else f"(?<![{left}])(?:{body})"
        if spec.right:
            body = f"(?:{body})(?![{spec.right}])"
        return re.compile(body, re.ASCII | (re.IGNORECASE if spec.caseless else 0))

    def _matches(self, i: int, text: str, state: _ScanState) -> Iterator[re.Match[str]]:
        """Every match of rule ``i``: a full ``finditer``, or ``match`` at the rule's anchors only."""
        spec = self._specs[i]
        rx = self._py[i]
        if not spec.anchors:
            yield from rx.finditer(text)
            return
        low = state.lower()
        positions: list[int] = []
        for a in spec.anchors:
            p = low.find(a)
            while p != -1:
                positions.append(p)
                p = low.find(a, p + 1)
        if len(spec.anchors) > 1:
            positions = sorted(set(positions))
        back = spec.back
        last_end = 0
        for p in positions:
            if p < last_end:
                continue
            starts = [p]
            if back:
                s0 = p
                limit = max(last_end, p - 30)
                while s0 > limit and text[s0 - 1] in back:
                    s0 -= 1
                if s0 < p:
                    starts = [s0]
                    plus = text.rfind("+", s0, p)
                    if plus != -1:
                        starts.append(plus + 1)
            for s0 in starts:
                m = rx.match(text, s0)
                if m is not None:
                    yield m
                    last_end = max(m.end(), p + 1)
                    break

    # ------------------------------------------------------------------------------------------------
    def scan(self, segment: Segment, ctx: ScanContext) -> list[Finding]:
        text = segment.text
        if len(text) < _MIN_TEXT:
            return []
        offsets = None
        if not text.isascii():
            norm = ctx.normalized(text)
            if norm.changed:
                offsets = norm
                text = norm.text
        hits = self._mp.matching(text)
        if not hits:
            return []
        cands: list[_Candidate] = []
        state = _ScanState(text)
        for i in hits:
            spec = self._specs[i]
            for m in self._matches(i, text, state):
                c = self._candidate(spec, m, text, state)
                if c is not None:
                    cands.append(c)
        if not cands:
            return []
        findings: list[Finding] = []
        low = 0
        for c in _resolve(cands):
            if c.score < self._min_score or c.rule in self._disabled:
                continue
            if c.score < 0.5:
                low += 1
                if low > _MAX_LOW_FINDINGS:
                    continue
            s, e = c.start, c.end
            if offsets is not None:
                s, e = offsets.to_original(s, e)
            findings.append(
                Finding(
                    scanner=self.name,
                    rule=c.rule,
                    category=Category.SECRET,
                    score=round(min(1.0, max(0.0, c.score)), 4),
                    message=c.message,
                    span=Span(s, e),
                    evidence=mask(c.value),
                    entity="SECRET",
                )
            )
        return findings

    # ------------------------------------------------------------------------------------------------
    def _candidate(self, spec: RuleSpec, m: re.Match[str], text: str, state: _ScanState) -> _Candidate | None:
        check = spec.check
        if check == "pem":
            return self._pem(spec, m, text, state)
        if check == "generic":
            return self._generic(spec, m, text)
        start, end = m.span()
        if m.lastindex:
            for g in range(1, m.lastindex + 1):
                if m.start(g) >= 0:
                    start, end = m.span(g)
                    break
        value = text[start:end]
        # a trailing '.' or ',' ends the sentence, not the token
        while value and value[-1] in ".,":
            value = value[:-1]
            end -= 1
        if not value:
            return None
        if check == "odbc" and not state.odbc_context(start):
            return None
        score = spec.score
        label = spec.label
        note = ""
        if spec.fake_filter:
            why = looks_fake(value)
            if why is not None:
                return _Candidate(start, end, spec.id, spec.tier, 0.2, f"{label} ({why})", value)
        if check == "crc32":
            if token_checksum_ok(value):
                note = "checksum valid"
            else:
                score, note = 0.6, "checksum invalid"
        elif check == "openai":
            if "T3BlbkFJ" in value:
                score = 0.99
        elif check == "entropy":
            if shannon_entropy(value) < min(3.5, 0.8 * math.log2(len(value))):
                return None
        elif check == "jwt":
            res = _check_jwt(value)
            if res is None:
                return None
            score, note = res
        elif check == "discord":
            raw = _b64decode(value.split(".", 1)[0], urlsafe=True)
            if not (raw and raw.isdigit()):
                score, note = 0.4, "unverified user ID part"
        elif check == "twilio":
            if "twilio" not in text[max(0, start - 300) : start].lower():
                score = 0.75
        elif check == "sas":
            before = text[max(0, start - 600) : start].lower()
            if not any(k in before for k in ("sv=", "se=", "sp=", "sr=", "skoid=")):
                score, note = 0.6, "no SAS parameters nearby"
        elif check in ("password", "odbc"):
            if _password_fake(value) is not None:
                return None
        elif check == "basic":
            raw = _b64decode(value, urlsafe=False)
            try:
                decoded = raw.decode("utf-8") if raw is not None else ""
            except UnicodeDecodeError:
                decoded = ""
            _user, sep, pw = decoded.partition(":")
            if not sep or not pw or not decoded.isprintable():
                score, note = 0.4, "not user:password"
            elif _password_fake(pw) is not None:
                score, note = 0.2, "placeholder"
        elif check == "bearer":
            why = looks_fake(value, _GENERIC_FAKE_RE)
            if why is not None:
                return None
            if len(value) < 16 or shannon_entropy(value) < self._entropy_floor(len(value)):
                return None
            if not any(ch.isdigit() for ch in value):
                return None
            if "authorization" in text[max(0, start - 40) : start].lower():
                score = 0.88
        message = f"{label} ({note})" if note else label
        return _Candidate(start, end, spec.id, spec.tier, score, message, value)

    def _entropy_floor(self, n: int) -> float:
        # a random string of n < 2**bits chars cannot reach ``bits``: scale the floor down for short values
        return min(self._min_entropy, self._min_entropy * 0.8 * math.log2(max(2, n)) / 3.5)

    def _pem(self, spec: RuleSpec, m: re.Match[str], text: str, state: _ScanState) -> _Candidate | None:
        start, hdr_end = m.span()
        kind_m = _PEM_HEADER_KIND_RE.match(m.group())
        kind = kind_m.group(1).strip() if kind_m else ""
        label = f"{kind} private key" if kind else "Private key"
        if state.service_account == -2:
            state.service_account = text.find("service_account")
        if 0 <= state.service_account < start:
            label = "GCP service-account private key"
        nxt = state.pem_end
        if nxt == -2 or (nxt != -1 and nxt < hdr_end):
            nxt = text.find("-----END", hdr_end)
            state.pem_end = nxt
        if nxt != -1 and nxt - hdr_end <= _PEM_MAX_BODY:
            body = text[hdr_end:nxt]
            close = text.find("-----", nxt + 8, nxt + 80)
            end = close + 5 if close != -1 else nxt + 8
            complete = True
        else:
            bm = _PEM_BODY_RE.match(text, hdr_end)
            body = bm.group() if bm else ""
            end = hdr_end + len(body.rstrip())
            complete = False
        chunk = body[:2048]
        material = len(chunk.translate(_NON_B64_TABLE))
        low = chunk.lower()
        if material < 64 or "..." in low or "xxxx" in low or "<" in low or "example" in low:
            return _Candidate(start, end, spec.id, spec.tier, 0.3, f"{label} header without key material", "")
        score = spec.score if complete else 0.9
        note = "" if complete else " (no END line)"
        return _Candidate(start, end, spec.id, spec.tier, score, f"{label} block{note}", text[start:end])

    def _generic(self, spec: RuleSpec, m: re.Match[str], text: str) -> _Candidate | None:
        start, end = m.span(3)
        value = m.group(3)
        quoted = m.group(2) is not None
        if not quoted and text[end : end + 1] in ("(", "[", "."):
            return None
        while value and value[-1] in ".,)":
            value = value[:-1]
            end -= 1
        if len(value) < 6 or value[0] in "/~$%@!&*#" or value.isdigit() or "://" in value:
            return None
        if value.rstrip("=").count("=") >= 2:
            return None  # query strings, repeated assignments
        kw_start = m.start()
        head = _NAME_HEAD_RE.search(text, max(0, kw_start - 40), kw_start)
        name_start = head.start() if head else kw_start
        kind = _key_kind(text[name_start : m.end(1)])
        if kind is None:
            return None
        if looks_fake(value, _GENERIC_FAKE_RE) is not None:
            return None
        if _CODE_REF_RE.fullmatch(value) and (not quoted or "." in value or "_" in value):
            return None  # os.environ, settings.SECRET, a plain word or identifier
        rule = "secrets.generic_password" if kind == "password" else spec.id
        if rule in self._disabled:
            return None
        h = shannon_entropy(value)
        if kind == "password":
            if h < min(2.3, self._min_entropy):
                return None
            score = 0.55 + 0.25 * min(1.0, (h - 2.3) / 2.0) + (0.05 if quoted else 0.0)
            return _Candidate(start, end, rule, spec.tier, score, EXTRA_RULES[rule], value)
        floor = self._entropy_floor(len(value))
        if len(value) < 12 or h < floor:
            return None
        if not any(ch.isdigit() for ch in value) and value.isalpha() and (value.islower() or value.isupper()):
            return None
        score = 0.5 + 0.3 * min(1.0, (h - floor) / 1.2) + (0.03 if quoted else 0.0)
        return _Candidate(start, end, rule, spec.tier, score, spec.label, value)


def _literal_prefix(body: str) -> str:
    """The literal characters a pattern starts with ("" when < 2 or the pattern has a top-level '|')."""
    depth = 0
    escaped = False
    in_class = False
    for ch in body:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return ""
    m = _LITERAL_PREFIX_RE.match(body)
    if m is None:
        return ""
    prefix = m.group()
    if body[m.end() : m.end() + 1] in ("{", "?", "*", "+"):
        prefix = prefix[:-2] if prefix.endswith(("\\.", "\\$")) else prefix[:-1]
    return prefix if len(prefix.replace("\\", "")) >= 2 else ""


def _engine_regex(regex: str) -> str:
    """The stage-1 copy of a pattern: long bounded repeats ``{m,n}`` become ``{m,}``.

    Stage 1 only has to find a superset of the matches (the Python copy decides); open repeats keep
    Hyperscan's compile time and RE2's repeat limit (1000) in check, and a repeat that ends the pattern
    is cut to at most 16 repetitions (Hyperscan slows down on long repeats over self-overlapping input
    such as ``"figd_" * 40000``).
    """
    if regex.endswith("={0,2}"):  # optional base64 padding adds nothing to a superset
        regex = regex[:-6]
    tail = _END_REPEAT_RE.search(regex)
    if tail is not None and int(tail.group(1)) > 0:  # a repeat that ends the pattern needs only a few
        regex = regex[: tail.start()] + f"{{{min(int(tail.group(1)), 16)}}}" + regex[tail.start(2) :]
    return _BOUNDED_RE.sub(lambda m: m.group(0) if int(m.group(2)) <= 64 else f"{{{m.group(1)},}}", regex)


def _password_fake(value: str) -> str | None:
    if value.startswith(("$", "%", "{", "<")):
        return "template or variable"
    if value.lower() in _COMMON_PLACEHOLDERS:
        return "placeholder"
    return looks_fake(value, _GENERIC_FAKE_RE) if len(value) >= 3 else "too short"


def _check_jwt(value: str) -> tuple[float, str] | None:
    parts = value.split(".")
    if len(parts) != 3:
        return None
    header = _json_obj(_b64decode(parts[0], urlsafe=True))
    if header is None or "alg" not in header:
        return None
    payload = _json_obj(_b64decode(parts[1], urlsafe=True))
    if value.endswith(tuple(KNOWN_EXAMPLES)) or (payload and payload.get("name") == "John Doe"):
        return 0.2, "documentation example"
    alg = str(header.get("alg", "")).lower()
    if not parts[2] or alg == "none":
        return 0.6, "unsigned"
    if payload is None:
        return 0.7, "payload is not JSON"
    return 0.9, ""


def _resolve(cands: list[_Candidate]) -> list[_Candidate]:
    """One candidate per region: highest tier, then score, then length wins; result sorted by start."""
    if len(cands) == 1:
        return cands
    order = sorted(cands, key=lambda c: (-c.tier, -c.score, -(c.end - c.start), c.start))
    starts: list[int] = []
    kept: list[_Candidate] = []  # parallel to ``starts``, sorted by start, non-overlapping
    for c in order:
        i = bisect_left(starts, c.start)
        if i < len(kept) and kept[i].start < c.end:
            continue
        if i > 0 and kept[i - 1].end > c.start:
            continue
        if c.start == c.end and i < len(kept) and kept[i].start == c.start:
            continue
        starts.insert(i, c.start)
        kept.insert(i, c)
    return kept
