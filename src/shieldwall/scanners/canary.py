"""Canary tokens, secrets of the system prompt and near-verbatim system-prompt leakage in model output.

Plant a canary in the system prompt with ``mint_canary()`` + ``embed_canary()``, pass it in
``ScanContext.canaries`` and the scanner reports when the model repeats it, plainly or disguised. The
credential-like values of the system prompt itself (``collect_context_secrets``: a password, an API key,
a high-entropy token; ``ScanContext.context_secrets``) are natural canaries and are searched the same way.
It also compares the output with the request's system prompt(s) (the ``Role.SYSTEM`` segments in
``ctx.history``) using word shingles, and reports long runs copied from it.
"""

from __future__ import annotations

import base64
import codecs
import re
import secrets
import threading
from collections import OrderedDict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import ClassVar

from shieldwall.core.errors import ConfigError
from shieldwall.core.normalize import NormalizedText, normalize
from shieldwall.core.scanner import ScanContext
from shieldwall.core.types import Category, Direction, Finding, Role, Segment, Span, mask
from shieldwall.scanners._context_secrets import collect_context_secrets
from shieldwall.scanners._engine import MultiPattern, Pattern

__all__ = ["CanaryScanner", "SecretHold", "collect_context_secrets", "embed_canary", "mint_canary", "strip_canaries"]

_PREFIX_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_]{0,31}\Z")


def mint_canary(prefix: str = "sw") -> str:
    """A fresh canary token, ``<prefix>-canary-<16 hex digits>`` (64 random bits from ``secrets``)."""
    if not isinstance(prefix, str) or not _PREFIX_RE.match(prefix):
        raise ValueError("canary prefix must be 1-32 ASCII letters, digits or underscores")
    return f"{prefix}-canary-{secrets.token_hex(8)}"


def embed_canary(system_prompt: str, canary: str) -> str:
    """``system_prompt`` with ``canary`` appended on its own line as an HTML comment ``<!-- canary -->``.

    The comment is invisible when rendered and carries no instruction, so a model only repeats it when it
    reproduces its prompt. The canary must be a single line without ``--``.
    """
    if not isinstance(system_prompt, str) or not isinstance(canary, str):
        raise TypeError("system_prompt and canary must be str")
    if not canary.strip() or len(canary) > 256 or "--" in canary or any(c in canary for c in "\r\n<>"):
        raise ValueError("canary must be 1-256 characters on one line, without '--', '<' or '>'")
    line = _canary_line(canary)
    body = system_prompt.rstrip()
    return f"{body}\n\n{line}" if body else line


def _canary_line(canary: str) -> str:
    return f"<!-- {canary} -->"


def strip_canaries(text: str, canaries: Iterable[str]) -> str:
    """``text`` without the lines that ``embed_canary`` added for ``canaries`` (and the blank line before each).

    What stays is the same for every request with the same system prompt, whatever its fresh canary: a key
    for what depends on the prompt alone (its index, its context secrets). Other occurrences of a canary
    (not in ``embed_canary``'s comment) stay.
    """
    for canary in canaries:
        if not canary:
            continue
        line = _canary_line(canary)
        if line in text:
            text = text.replace(f"\n\n{line}", "").replace(line, "")
    return text


# --- squeezing: lower case, separators removed (a cheap, C-speed canonical form) ------------------

_ASCII_SEP = bytes(b for b in range(128) if not chr(b).isalnum())
_UNICODE_SEP = "，。、；：？！“”‘’「」『』（）《》〈〉【】—–‐‑‒―…·・•\u00a0\u2000\u2001\u2002\u2003\u2009\u202f\u3000"
_SEP_CLASS = "[" + re.escape("".join(chr(b) for b in _ASCII_SEP) + _UNICODE_SEP) + "]*"


def _squeeze(text: str, *, lowered: bool = False) -> str:
    """``text`` lower-cased with ASCII punctuation/whitespace and common Unicode separators removed."""
    low = text if lowered else text.lower()
    if low.isascii():
        return low.encode("ascii").translate(None, _ASCII_SEP).decode("ascii")
    for ch in _UNICODE_SEP:
        if ch in low:
            low = low.replace(ch, "")
    return low.encode("utf-8", "surrogatepass").translate(None, _ASCII_SEP).decode("utf-8", "surrogatepass")


def _spread_regex(needle: str) -> re.Pattern[str]:
    """``needle``'s characters with any run of separators between them (linear: the class excludes them)."""
    return re.compile(_SEP_CLASS.join(re.escape(c) for c in needle), re.IGNORECASE)


# --- canaries -------------------------------------------------------------------------------------

_MIN_CORE = 8  # obfuscated forms are only searched for canaries with at least this many letters/digits
_MAX_HITS = 8  # findings per canary
_MAX_SECRETS = 32  # context secrets searched per output


@dataclass(frozen=True, slots=True)
class _CanaryPlan:
    canary: str
    low: str
    variants: tuple[tuple[str, str], ...]  # (label, squeezed needle) searched in the squeezed output
    b64: tuple[str, ...]  # base64 needles searched verbatim


def _b64_needles(raw: bytes) -> tuple[str, ...]:
    """Base64 of ``raw`` at the three byte alignments, trimmed to the characters it alone determines."""
    out: list[str] = []
    for off in range(3):
        enc = base64.b64encode(b"\0" * off + raw).decode("ascii")
        start = (0, 2, 3)[off]
        end = (off + len(raw)) * 8 // 6
        piece = enc[start:end]
        if len(piece) >= 8:
            out.append(piece)
            url = piece.replace("+", "-").replace("/", "_")
            if url != piece:
                out.append(url)
    return tuple(dict.fromkeys(out))


def _plan(canary: str) -> _CanaryPlan:
    core = _squeeze(canary)
    variants: list[tuple[str, str]] = []
    b64: tuple[str, ...] = ()
    if len(core) >= _MIN_CORE:
        if not core.isdigit():  # digits spread out or reversed are just other numbers
            variants.append(("with separators", core))
            variants.append(("reversed", core[::-1]))
        rot = codecs.encode(core, "rot13")
        if rot != core:
            variants.append(("rot13-encoded", rot))
        raw = canary.encode("utf-8")
        variants.append(("hex-encoded", raw.hex()))
        b64 = _b64_needles(raw)
    return _CanaryPlan(canary, canary.lower(), tuple(variants), b64)


# --- streaming: hold back the beginning of a secret ---------------------------------------------

_HOLD_MIN = 3  # squeezed characters of a value that a stream may show before it is held
_HOLD_MAX_CORE = 512


def _is_sep(ch: str) -> bool:
    return not _squeeze(ch)


class SecretHold:
    """Where a stream must stop releasing text so that no beginning of a secret leaves before it is scanned whole.

    Built from values (canaries, context secrets). ``cut(text)`` is the start of the longest suffix of
    ``text`` whose squeezed form (lower case, separators removed) is a proper prefix, of at least 3
    characters, of a value's squeezed form — so a value typed verbatim, spaced out ("s k - l i v e") or with
    spaces of its own is held until it is complete (and the output scan sees it) or turns into something
    else; ``len(text)`` when nothing needs holding. Cost per call: one squeeze of the last ~3 value lengths
    of ``text`` and a few ``find``s per value.
    """

    __slots__ = ("_cores", "_window")

    def __init__(self, values: Iterable[str]) -> None:
        cores = {_squeeze(v)[:_HOLD_MAX_CORE] for v in values if isinstance(v, str)}
        self._cores = tuple(sorted(c for c in cores if len(c) > _HOLD_MIN))
        self._window = 3 * max((len(c) for c in self._cores), default=0) + 32

    def __bool__(self) -> bool:
        return bool(self._cores)

    def __repr__(self) -> str:
        return f"SecretHold({len(self._cores)} values)"

    def cut(self, text: str) -> int:
        n = len(text)
        if not self._cores or not text:
            return n
        start = max(0, n - self._window)
        tail = text[start:]
        sq = _squeeze(tail)
        longest = 0
        for core in self._cores:
            p = sq.find(core[0], max(0, len(sq) - len(core) + 1))
            while p != -1 and len(sq) - p >= _HOLD_MIN:
                if len(sq) - p > longest and core.startswith(sq[p:]):
                    longest = len(sq) - p
                    break
                p = sq.find(core[0], p + 1)
        if not longest:
            return n
        i = len(tail)
        while i > 0 and longest > 0:  # back over `longest` non-separator characters
            i -= 1
            if not _is_sep(tail[i]):
                longest -= 1
        return start + i


# --- system-prompt shingles -----------------------------------------------------------------------

_SHINGLE = 6  # tokens per shingle
_NOSPACE = (
    "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f"
)
# A token is one character of a script written without spaces (CJK, Thai, ...) or a run of other
# letters/digits. Both alternatives are single classes: linear.
_TOKEN_RE = re.compile(f"[{_NOSPACE}]|[^\\W_{_NOSPACE}]+")
_MAX_ANCHORS = 256
_INLINE_ANCHORS = 8  # up to this many anchors are tested with `in`; more get a compiled set once seen twice


@dataclass(slots=True)
class _PromptIndex:
    shingles: frozenset[str]
    anchors: tuple[str, ...]
    seen: int = 1
    matcher: MultiPattern | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)

    def maybe_in(self, squeezed: str) -> bool:
        """Cheap necessary condition: some anchor of the prompt occurs in the squeezed output."""
        m = self.matcher
        if m is not None:
            return bool(m.matching(squeezed, squeezed.encode("utf-8", "surrogatepass")))
        return any(a in squeezed for a in self.anchors)


def _tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group().lower()) for m in _TOKEN_RE.finditer(text)]


def _build_index(prompt: str) -> _PromptIndex | None:
    nt = normalize(prompt).text
    toks = _tokens(nt)
    n = len(toks)
    if n < _SHINGLE:
        return None
    shingles = frozenset("\x1f".join(t[2] for t in toks[i : i + _SHINGLE]) for i in range(n - _SHINGLE + 1))
    # Anchors: windows of `w` tokens every `s` tokens; any copied run of >= w + s - 1 tokens contains one.
    w, s = 3, 4  # w + s - 1 == _SHINGLE: exact pre-check for any shingle match
    if (n - w + 1) / s > _MAX_ANCHORS:
        w = _SHINGLE
        s = max(7, -(-(n - w + 1) // _MAX_ANCHORS))
    anchors = tuple(dict.fromkeys(_squeeze(nt[toks[i][0] : toks[i + w - 1][1]]) for i in range(0, n - w + 1, s)))
    return _PromptIndex(shingles, tuple(a for a in anchors if a))


def _compile_anchors(anchors: Sequence[str]) -> MultiPattern | None:
    try:
        pats = [Pattern(str(i), re.escape(a), unicode=not a.isascii()) for i, a in enumerate(anchors)]
        return MultiPattern(pats)
    except Exception:  # pragma: no cover - an engine refusing a literal: keep the `in` loop
        return None


class CanaryScanner:
    """Canary tokens, secrets of the system prompt and near-verbatim system-prompt text leaking into model output.

    Canaries come from ``ctx.canaries`` (mint them with ``mint_canary`` and plant them with
    ``embed_canary``). Each is searched verbatim (case-insensitively) and disguised: with separators
    between its characters (spaces, dashes, dots, zero-width characters), reversed, rot13, hex and base64
    (also inside a longer base64 run). Context secrets — the credential-like values of the request's trusted
    system/developer messages (``ctx.context_secrets``; when the caller did not collect them, collected here
    from the system segments of ``ctx.history`` with ``collect_context_secrets``) — are searched the same
    way. The system prompt(s) are the ``Role.SYSTEM`` segments of ``ctx.history``; the output is compared
    with them by 6-token shingles (words, or single characters for scripts written without spaces such as
    Chinese and Japanese), without the lines ``embed_canary`` planted for ``ctx.canaries`` (a canary's leak is
    its own rule; without them, a prompt's index and context secrets are built once, not once per canary).

    Rules: ``canary.token_leak`` (verbatim, 1.0), ``canary.token_obfuscated`` (0.95),
    ``canary.context_secret`` (a context secret, verbatim 1.0, disguised 0.95),
    ``canary.system_prompt_leak`` (0.7-1.0, with the share of the prompt reproduced).

    Options: ``min_leak_words`` (a copied run this long is reported, default 12), ``leak_ratio``
    (runs covering this share of the prompt's shingles are reported, default 0.3),
    ``detect_prompt_leak`` (default True), ``detect_context_secrets`` (default True).
    """

    name: ClassVar[str] = "canary"
    categories: ClassVar[frozenset[Category]] = frozenset({Category.CANARY_LEAK})
    directions: ClassVar[frozenset[Direction]] = frozenset({Direction.OUTPUT})
    roles: ClassVar[frozenset[Role]] = frozenset({Role.ASSISTANT, Role.TOOL_CALL})
    rules: ClassVar[Mapping[str, str]] = {
        "canary.token_leak": "a canary token planted in the system prompt appears verbatim in the output",
        "canary.token_obfuscated": "a canary token appears spaced out, reversed, rot13, hex- or base64-encoded",
        "canary.context_secret": "a credential of the system prompt (password, key, token) appears in the output",
        "canary.system_prompt_leak": "the output reproduces a long run or a large share of the system prompt",
    }

    _CACHE_SIZE: ClassVar[int] = 32

    def __init__(
        self,
        *,
        min_leak_words: int = 12,
        leak_ratio: float = 0.3,
        detect_prompt_leak: bool = True,
        detect_context_secrets: bool = True,
    ) -> None:
        if isinstance(min_leak_words, bool) or not isinstance(min_leak_words, int):
            raise ConfigError("canary: min_leak_words must be an integer")
        if not _SHINGLE <= min_leak_words <= 100_000:
            raise ConfigError(f"canary: min_leak_words must be between {_SHINGLE} and 100000")
        if isinstance(leak_ratio, bool) or not isinstance(leak_ratio, int | float):
            raise ConfigError("canary: leak_ratio must be a number")
        if not 0.0 < float(leak_ratio) <= 1.0:
            raise ConfigError("canary: leak_ratio must be in (0, 1]")
        if not isinstance(detect_prompt_leak, bool):
            raise ConfigError("canary: detect_prompt_leak must be true or false")
        if not isinstance(detect_context_secrets, bool):
            raise ConfigError("canary: detect_context_secrets must be true or false")
        self.min_leak_words = min_leak_words
        self.leak_ratio = float(leak_ratio)
        self.detect_prompt_leak = detect_prompt_leak
        self.detect_context_secrets = detect_context_secrets
        self._lock = threading.Lock()
        self._plans: OrderedDict[str, _CanaryPlan] = OrderedDict()
        self._prompts: OrderedDict[str, _PromptIndex | None] = OrderedDict()

    # -- caches (bounded, thread-safe; the scanner's behaviour never depends on them) -----------

    def _get_plan(self, canary: str) -> _CanaryPlan:
        with self._lock:
            hit = self._plans.get(canary)
            if hit is not None:
                self._plans.move_to_end(canary)
                return hit
        plan = _plan(canary)
        with self._lock:
            self._plans[canary] = plan
            while len(self._plans) > 8 * self._CACHE_SIZE:
                self._plans.popitem(last=False)
        return plan

    def _get_index(self, prompt: str) -> _PromptIndex | None:
        with self._lock:
            if prompt in self._prompts:
                idx = self._prompts[prompt]
                self._prompts.move_to_end(prompt)
                if idx is None:
                    return None
                idx.seen += 1
                compile_now = idx.seen == 2 and len(idx.anchors) > _INLINE_ANCHORS
            else:
                idx = None
                compile_now = False
        if compile_now and idx is not None:
            matcher = _compile_anchors(idx.anchors)
            with idx.lock:
                idx.matcher = matcher
            return idx
        if idx is not None:
            return idx
        built = _build_index(prompt)
        with self._lock:
            self._prompts[prompt] = built
            while len(self._prompts) > self._CACHE_SIZE:
                self._prompts.popitem(last=False)
        return built

    # -- scanning -----------------------------------------------------------------------------------

    def _context_secrets(self, ctx: ScanContext, canaries: Sequence[str]) -> Sequence[str]:
        if not self.detect_context_secrets:
            return ()
        if ctx.context_secrets is not None:
            return [v for v in ctx.context_secrets if isinstance(v, str) and v.strip()][:_MAX_SECRETS]
        system = [s.text for s in ctx.history if s.role is Role.SYSTEM and s.text.strip()][:8]
        system = [strip_canaries(t, canaries) for t in system]
        if not system:
            return ()
        known = [s.text for s in ctx.history if s.role is Role.USER]
        key = "\x1f".join(system)
        return ctx.memo(
            self,
            "context-secrets\x1e" + key,
            lambda _: collect_context_secrets(system, vault=ctx.vault, exclude=canaries, known=known),
        )

    def scan(self, segment: Segment, ctx: ScanContext) -> list[Finding]:
        text = segment.text
        if not text:
            return []
        canaries = [c for c in ctx.canaries if isinstance(c, str) and c.strip()]
        prompts: list[str] = []
        if self.detect_prompt_leak:
            prompts = [s.text for s in ctx.history if s.role is Role.SYSTEM and s.text.strip()]
        secrets_ = self._context_secrets(ctx, canaries)
        if not canaries and not prompts and not secrets_:
            return []
        nt = ctx.normalized(text)
        low = nt.text.lower()
        squeezed = _squeeze(low, lowered=True)
        findings: list[Finding] = []
        taken: list[tuple[int, int]] = []
        for i, canary in enumerate(dict.fromkeys(canaries)):
            findings.extend(self._canary(i + 1, self._get_plan(canary), text, nt, low, squeezed, taken))
        for i, value in enumerate(dict.fromkeys(secrets_)):
            findings.extend(self._canary(i + 1, self._get_plan(value), text, nt, low, squeezed, taken, secret=True))
        for prompt in prompts[:8]:
            idx = self._get_index(strip_canaries(prompt, canaries))  # the same index whatever the canary
            if idx is not None and idx.maybe_in(squeezed):
                findings.extend(self._prompt_leak(idx, nt))
        return findings

    def _canary(
        self,
        number: int,
        plan: _CanaryPlan,
        text: str,
        nt: NormalizedText,
        low: str,
        squeezed: str,
        taken: list[tuple[int, int]],
        *,
        secret: bool = False,
    ) -> list[Finding]:
        """Findings for one canary (or, with ``secret``, one context secret), skipping regions in ``taken``."""
        t = nt.text
        out: list[Finding] = []
        if secret:
            # never the value, not even masked: only its number and length
            what = f"context secret #{number} (a {len(plan.canary)}-character credential of the system prompt)"
            evidence, entity = None, "SECRET"
            verbatim_rule = obfuscated_rule = "canary.context_secret"
        else:
            what = f"canary token #{number}"
            evidence, entity = mask(plan.canary), "CANARY"
            verbatim_rule, obfuscated_rule = "canary.token_leak", "canary.token_obfuscated"
        digits = plan.low.isdigit()

        def free(s: int, e: int) -> bool:
            if any(s < te and ts < e for ts, te in taken):
                return False
            # a number inside a longer number is another number
            return not (digits and ((s > 0 and t[s - 1].isdigit()) or (e < len(t) and t[e].isdigit())))

        if plan.low in low:
            if len(low) == len(t):
                spans = _find_all(low, plan.low)
            else:  # lower-casing changed lengths (rare letters such as U+0130): use the regex
                spans = [m.span() for m in re.finditer(re.escape(plan.canary), t, re.IGNORECASE)][:_MAX_HITS]
            for s, e in spans:
                if not free(s, e):
                    continue
                taken.append((s, e))
                os_, oe = nt.to_original(s, e)
                if text[os_:oe].lower() == plan.low:
                    rule, score, how = verbatim_rule, 1.0, "verbatim"
                else:  # equal only once invisible characters are removed / NFKC is applied
                    rule, score, how = obfuscated_rule, 0.95, "with invisible or look-alike characters"
                out.append(
                    Finding(
                        scanner=self.name,
                        rule=rule,
                        category=Category.CANARY_LEAK,
                        score=score,
                        message=f"{what} appears {how} in the output",
                        span=Span(os_, oe),
                        evidence=evidence,
                        entity=entity,
                    )
                )
        hits: list[tuple[str, tuple[int, int] | None]] = []
        for label, needle in plan.variants:
            if needle not in squeezed:
                continue
            located = False
            for m in _spread_regex(needle).finditer(t):
                got = m.span()
                if not free(*got):
                    continue
                taken.append(got)
                hits.append((label, got))
                located = True
                if len(hits) >= _MAX_HITS:
                    break
            if not located and label != "with separators":
                hits.append((label, None))  # found in the squeezed view only (e.g. unusual separators)
        for needle in plan.b64:
            if needle in t:
                for found in _find_all(t, needle):
                    if not any(found[0] < e and s < found[1] for s, e in taken):
                        taken.append(found)
                        hits.append(("base64-encoded", found))
        for label, span in hits[:_MAX_HITS]:
            out.append(
                Finding(
                    scanner=self.name,
                    rule=obfuscated_rule,
                    category=Category.CANARY_LEAK,
                    score=0.95,
                    message=f"{what} appears {label} in the output",
                    span=Span(*nt.to_original(*span)) if span else None,
                    evidence=evidence,
                    entity=entity,
                )
            )
        return out

    def _prompt_leak(self, idx: _PromptIndex, nt: NormalizedText) -> list[Finding]:
        toks = _tokens(nt.text)
        k = _SHINGLE
        shingles = idx.shingles
        matched: set[str] = set()
        runs: list[tuple[int, int]] = []  # token ranges [a, b) covered by matching shingles
        cur_a = cur_b = -1
        for i in range(len(toks) - k + 1):
            key = "\x1f".join(t[2] for t in toks[i : i + k])
            if key not in shingles:
                continue
            matched.add(key)
            if cur_b >= i:
                cur_b = i + k
            else:
                if cur_b > 0:
                    runs.append((cur_a, cur_b))
                cur_a, cur_b = i, i + k
        if cur_b > 0:
            runs.append((cur_a, cur_b))
        if not runs:
            return []
        coverage = len(matched) / len(shingles)
        covered = sum(b - a for a, b in runs)
        by_ratio = coverage >= self.leak_ratio and covered >= min(self.min_leak_words, k + 2)
        report = runs if by_ratio else [r for r in runs if r[1] - r[0] >= self.min_leak_words]
        score = round(0.7 + 0.3 * min(1.0, coverage), 4)
        out: list[Finding] = []
        for a, b in report[:16]:
            start, end = nt.to_original(toks[a][0], toks[b - 1][1])
            out.append(
                Finding(
                    scanner=self.name,
                    rule="canary.system_prompt_leak",
                    category=Category.CANARY_LEAK,
                    score=score,
                    message=(
                        f"output reproduces {b - a} consecutive words of the system prompt "
                        f"({coverage:.0%} of the prompt's word sequences in total)"
                    ),
                    span=Span(start, end),
                )
            )
        return out


def _find_all(haystack: str, needle: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    i = haystack.find(needle)
    while i != -1 and len(spans) < _MAX_HITS:
        spans.append((i, i + len(needle)))
        i = haystack.find(needle, i + len(needle))
    return spans
