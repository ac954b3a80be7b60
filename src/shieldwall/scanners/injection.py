"""The ``injection`` scanner: fast heuristic tier for prompt injection and jailbreaks."""

from __future__ import annotations

import functools
import hashlib
import importlib
import json
import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from shieldwall.core.scanner import Classifier, ScanContext
from shieldwall.core.types import Category, Direction, Finding, Role, Segment, Span
from shieldwall.scanners import _injection_data as data
from shieldwall.scanners._engine import MultiPattern, Pattern, load_cached, store_cached

# Python's own regex parser (3.11+: re._parser), to expand patterns into literal anchors
_sre_parse: Any = importlib.import_module("re._parser")
_C: Any = importlib.import_module("re._constants")

_PI = Category.PROMPT_INJECTION
_JB = Category.JAILBREAK

FAMILY_CATEGORY: Mapping[str, Category] = {
    data.OVERRIDE: _PI,
    data.EXTRACTION: _PI,
    data.PERSONA: _JB,
    data.REFUSAL: _JB,
    data.DELIMITER: _PI,
    data.INDIRECT: _PI,
    data.EXFILTRATION: _PI,
    data.TOOL_MISUSE: _PI,
    data.ADVERSARIAL_SUFFIX: _JB,
    data.MANY_SHOT: _JB,
    data.AI_READER: _PI,
}

# Families whose signal means more inside untrusted content (documents, tool results, memory): there,
# any instruction addressed to the model is off-task by construction.
_UNTRUSTED_BOOST = frozenset(
    {
        data.OVERRIDE,
        data.EXTRACTION,
        data.INDIRECT,
        data.AI_READER,
        data.EXFILTRATION,
        data.TOOL_MISUSE,
        data.DELIMITER,
    }
)
# A user turn that pastes content after a short request ("Summarise this e-mail:\n\n<the e-mail>") carries that
# content in the user's role; an instruction to the AI inside it is as off-task as in a document. Only the
# families that address the machine reading the content are raised there: instructions for people (overrides,
# "ignore the previous e-mail") are common in pasted documents.
_EMBEDDED_BOOST = frozenset({data.INDIRECT, data.AI_READER})
_EMBED_HEAD_MAX = 400  # characters of the request before the pasted content
_EMBED_BODY_MIN = 160  # characters of pasted content
_EMBED_SPLIT = re.compile(r"[:：?？]\s*\n|\n\s*\n")
# Families that mean little when the user writes them ("if you are an AI, ...", "instead of summarizing").
_USER_DAMPING: Mapping[str, float] = {data.INDIRECT: 0.6, data.TOOL_MISUSE: 0.8}

# A matched phrase that is *mentioned*, not used: short, in quotation marks, introduced as an example
# ('attackers hide phrases such as "ignore previous instructions"'). Its weight is cut so that the heuristic
# alone no longer blocks; the detector's model still reads the text (a real injection wrapped in quotes is
# still an instruction to the model, and the model scores it).
_MENTION_FACTOR = 0.4
_OPEN_QUOTES = "\"'\u201c\u2018\u00ab\u300c\u300e\u201e"
_CLOSE_QUOTES = "\"'\u201d\u2019\u00bb\u300d\u300f\u201c"
# Quote marks that are not also apostrophes: counted to tell an opening mark from a closing one (even: outside)
_PAIRED_QUOTES = frozenset('"\u201c\u201d\u201e\u00ab\u00bb\u300c\u300d\u300e\u300f')
_USE_CUE = re.compile(
    r"\b(?:do (?:it|this|that|so)|follow (?:it|this|that|them)|obey|comply|execute|now|immediately|right away)\b",
    re.IGNORECASE,
)
_MENTION_CUE = re.compile(
    r"(?:such as|like|e\.g\.|for example|for instance|phrases?|words?|strings?|sentences?|lines?|text|called|"
    r"known as|the form|wie|etwa|comme|tels? que|telles? que|como|tales como|come|ad esempio|такие как|например|"
    r"例如|比如|など|のような|같은|"
    # nouns and verbs that introduce a quoted phrase, in the other languages of the tables
    r"satz|sätze|phrase|formulierung|befehl|zeile|beispielsweise|zum beispiel|expression|par exemple|la phrase|"
    r"frase|texto|por ejemplo|por exemplo|per esempio|frasi|вроде|типа|фраз[ау]|фразы|текст|команду|"
    r"输入|輸入|写道|寫道|说|說|像|如|诸如|諸如|称为|稱為|という|と入力|문장|문구|seperti|misalnya|contohnya|kalimat|"
    r"zoals|bijvoorbeeld|zin|np\.|na przykład|zdanie|örneğin|gibi|cümle|ví dụ|như|câu|เช่น|ประโยค|مثل|عبارة|"
    r"جملة|مانند|جمله|כמו|משפט|जैसे|वाक्य|som|till exempel|mening|"
    # who wrote or typed it ("the teacher wrote:", "after a user asked it to"), and a definition in parentheses
    r"wrote|writes|said|says|saying|reads|reading|read|typed|types|typing|entered|posted|sent|sends|asks|asked|replied|"
    r"the\s+string|"
    r"strings?|messages?|asked\s+(?:it|the\s+(?:model|bot|chatbot|assistant|ai))\s+to|asking\s+(?:it|the\s+(?:model|bot|"
    r"chatbot|assistant|ai))\s+to|tells?\s+(?:it|the\s+(?:model|bot|chatbot|assistant|ai))\s+to|[a-z0-9]\s*\(|"
    # a quoted item of a list or a config file: ["…", "…"], - "…"
    r"[\[{]\s*|[\"”']\s*,\s*|(?:^|\n)\s*[-*•]\s*|"
    r"написать(?:\s+ему)?|сообщени\w{0,3}|текст\w{0,3}|تقول|برسالة|رسالة|عبارة|dizendo|diciendo|disant|sagt|"
    r"schreibt|scrivendo|dicendo|du\s+type|del\s+tipo|do\s+tipo|vom\s+typ|"
    # the message or request that carried it ("a message saying", "повідомленням «…»", "pisząc mu „…”")
    r"сообщением|фразой|словами|запросом|просьбой|написав(?:ши)?(?:\s+ему)?|повідомленням|повідомлення|фразою|"
    r"запитом|проханням|написавши|пишучи|pisząc(?:\s+mu)?|wiadomością|wiadomość|poleceniem|komendą|frazą|"
    r"nachricht|eingabe|aufforderung|mensagem|mensaje|messaggio|richiesta|petición|pedido|demande)\W{0,3}$",
    re.IGNORECASE,
)
# Languages that put the cue after the quotation: 「…」といった, “…”之类的, "…" 같은; in English, what the phrase is
# said to be ('"ignore previous instructions" became a meme', '... is a classic attack').
_MENTION_CUE_AFTER = re.compile(
    r"^\s{0,2}(?:といった|などの|などと|のような|のように|という|とか|等|之类|之類|这样的|這樣的|这类|這類|一类|一類|"
    r"같은|와\s*같은|과\s*같은|이라는|라는|(?:이)?라고|는\s|란\s|"
    r"(?:mesaj[ıi](?:yla|yle|n[ıi])?|ifadesi(?:yle|ni)?|cümlesi(?:yle|ni)?|komutu(?:yla|nu)?|diyerek|yazarak|şeklinde)\b|"
    r"(?:became|has\s+become|is\s+(?:a|an|the|one)|was\s+(?:a|an|the|one)|are\s+(?:a|an|common|typical|classic)|"
    r"went\s+viral|-?style|attacks?|prompts?|phrases?|tricks?|memes?|jailbreaks?)\b)",
    re.IGNORECASE,
)
# "..." which an agent might obey: a described use, not an order to use it
_MODAL_BEFORE = re.compile(r"\b(?:might|may|would|could|can|will|to|which|that|then)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
# A quotation that the text asks to translate is the object of the translation, not an order to the model.
_TRANSLATE_CUE = re.compile(
    r"(?:translate|translation|übersetze|übersetzen|übersetzung|tradu(?:is|ire|isez|ce|cir|zca|za|zir|ci|rre|zione)|"
    r"переведи|переведите|перевод|翻译|翻譯|翻訳|번역|terjemahkan|vertaal|przetłumacz|çevir|dịch|แปล|ترجم|"
    r"ترجمه|תרגם|अनुवाद|översätt)\b[^\n]{0,70}$",
    re.IGNORECASE,
)
# Families checked for a negation before the verb and for self-reference.
_NEGATABLE = frozenset({data.OVERRIDE, data.EXTRACTION})

_UNTRUSTED_ROLES = frozenset({Role.DOCUMENT, Role.TOOL, Role.MEMORY})
_MAX_MATCHES_PER_PATTERN = 64
_MAX_ANCHOR_SETS = 6  # per rule: the most selective anchor sets (each is one more pattern in the anchor pass)
# long texts: stage 1 runs per chunk, stage 2 only on the chunks where a rule's anchors all occur
_CHUNKED_FROM = 4096
_CHUNK = 2048
_OVERLAP = 512  # longer than any pattern's match

_NEG_PREFIX = re.compile(data.NEGATION_PREFIX, re.IGNORECASE)
_NEG_INSIDE = re.compile(data.NEGATION_AFTER_VERB, re.IGNORECASE)
_NEG_SUFFIX = re.compile(data.NEGATION_SUFFIX, re.IGNORECASE)
_SELF_REF = re.compile(data.SELF_REFERENCE, re.IGNORECASE)
_DESCRIPTIVE = re.compile(data.DESCRIPTIVE_PREFIX, re.IGNORECASE)
_HUMAN_SOURCE = re.compile(data.HUMAN_SOURCE_AFTER, re.IGNORECASE)
_DATA_SOURCE = re.compile(data.DATA_SOURCE_AFTER, re.IGNORECASE)
_TOPIC = re.compile(data.ATTACK_TOPIC_TERMS, re.IGNORECASE)
_TOPIC_SPAN = 6000  # characters of the text searched for topic words
_USE_BEFORE = re.compile(
    r"\b(?:respond|reply|answer|follow|execute|obey|comply|act\s+on|carry\s+out|perform|run|do\s+(?:this|what)|treat)\b"
    r"[^.\n\"“«]{0,24}$",
    re.IGNORECASE,
)

# adversarial-suffix statistics (run on one bounded line of at most 200 characters)
_SYMBOL = re.compile(r"[!-/:-@\[-`{-~]")  # ASCII punctuation and symbols
_ODD_RUN = re.compile(r"[!-/:-@\[-`{-~]{2,}")
_COMMON_RUNS = frozenset(
    {"...", "..", "--", "?!", "!?", "!!", "??", '."', ".'", '",', "',", ").", "),", '?"', '!"', "**", "://", "//",
     "->", "=>", "<-", ".)", ").\"", ":)", ":(", ";)", "(:", "$.", "%.", "%,", "%)", "\".", "'.", "”.", "’.", ".”"}
)  # fmt: skip
_CAMEL_JOIN = re.compile(r"[a-z]{3,}[A-Z][a-z]")
_CODE_MARKERS = ("def ", "return ", "import ", "class ", "function", "self.", "const ", "=>", "};", "();", "</")

_DEFAULT_CLASSIFIER_LABELS: Mapping[str, str] = {
    "injection": "prompt_injection",
    "prompt_injection": "prompt_injection",
    "indirect_injection": "prompt_injection",
    "jailbreak": "jailbreak",
    "attack": "any",
    "malicious": "any",
    "unsafe": "any",
}

_CATEGORY_NAMES: Mapping[Category, str] = {_PI: "Prompt-injection", _JB: "Jailbreak"}


# -- stage 1: literal anchors ------------------------------------------------------------------------
# The patterns have bounded gaps ("ignore <up to 3 words> previous <...> instructions"), which make
# multi-pattern automata explode (RE2's DFA thrashes; Hyperscan compiles for tens of seconds and scans
# slowly). Stage 1 therefore looks only for LITERAL anchors: every pattern is split at its top-level
# gaps into segments, each segment is expanded (alternations, optional parts, whitespace) into the
# words that any match of it must contain, and the (up to) two most selective segments become two
# literal sets. A pattern goes to stage 2 (Python ``re``, exact) only when both its anchor sets occur
# in the lower-cased text. Literal sets compile in milliseconds and scan at memory speed.

_GAP_AT = re.compile(
    r"\[\^[^\]]*\]\{\d+,\d+\}"  # [^...]{0,N}
    r"|\(\?:\[[^\]]*\]\{\d+,\d+\}\\s(?:\{\d+,\d+\}|\+)\)(?:\{\d+,\d+\}|\?)"  # (?:[...]{a,b}\s+){0,n}
    r"|\(\?:\\w\{\d+,\d+\}\\s\+\)\?"  # (?:\w{a,b}\s+)?
)
_EXPANSION_BUDGET = 40_000  # strings built while expanding one segment
_EXPANSION_LIMIT = 200


def _segments(rx: str) -> list[str]:
    """Split a regex at its top-level gap constructs (a match contains a match of every segment)."""
    segs: list[str] = []
    depth = 0
    i = start = 0
    n = len(rx)
    while i < n:
        c = rx[i]
        if c == "\\":
            i += 2
            continue
        if c in "[(" and depth == 0:
            m = _GAP_AT.match(rx, i)
            if m:
                segs.append(rx[start:i])
                i = start = m.end()
                continue
        if c == "[":
            j = i + 1
            if j < n and rx[j] == "^":
                j += 1
            if j < n and rx[j] == "]":
                j += 1
            while j < n and rx[j] != "]":
                j += 2 if rx[j] == "\\" else 1
            i = j + 1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return [rx]  # top-level alternation: one segment
        i += 1
    segs.append(rx[start:])
    return [seg for seg in segs if seg.strip()]


def _is_space(op: Any, av: Any) -> bool:
    return op is _C.IN and all(o is _C.CATEGORY and a is _C.CATEGORY_SPACE for o, a in av)


_WILD = "\x00"  # stands for a part of a match that is not a literal (a class, a long repeat)
_EDGE = "\x01"  # a word boundary (``\b``, ``^``, ``$``) in the pattern
_SPLIT = re.compile("([\\s\x00\x01])")

Anchor = tuple[str, bool, bool]  # word, word boundary before, word boundary after


class _TooComplex(Exception):
    """A pattern whose literal expansions would take too long to enumerate (it gets no anchors from that part)."""


def _expand(items: Any, chunks: list[list[str]] | None = None, budget: list[int] | None = None) -> list[str]:
    """Literal expansions of a parsed regex; non-literal parts become ``_WILD`` (a word break).

    With ``chunks`` (top level), an expansion that grows too large is cut: the part so far is kept as
    a chunk of its own (every match contains one of its expansions) and expansion starts afresh.
    ``budget`` bounds the strings built over the whole expansion (``_TooComplex`` past it): alternations of
    alternations in the larger tables would otherwise take minutes to enumerate.
    """
    if budget is None:
        budget = [_EXPANSION_BUDGET]
    out = [""]
    for op, av in items:
        budget[0] -= len(out)
        if budget[0] < 0:
            raise _TooComplex
        alts: list[str]
        if op is _C.LITERAL:
            alts = [chr(av)]
        elif op is _C.AT:
            alts = [_EDGE]
        elif op is _C.SUBPATTERN:
            alts = _expand(av[3], budget=budget)
        elif op is _C.BRANCH:
            alts = [x for branch in av[1] for x in _expand(branch, budget=budget)]
        elif op is _C.IN:
            if _is_space(op, av):
                alts = [" "]
            elif len(av) <= 4 and all(o is _C.LITERAL for o, _ in av):
                alts = [chr(a) for _, a in av]
            else:
                alts = [_WILD]
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
            lo, hi, sub_items = av
            sub_list = list(sub_items)
            if len(sub_list) == 1 and _is_space(*sub_list[0]):
                alts = [" "] if lo >= 1 else ["", " "]
            elif lo == 0 and hi == 1:
                alts = ["", *_expand(sub_items, budget=budget)]
            elif lo >= 1:
                alts = [_WILD + x + _WILD for x in _expand(sub_items, budget=budget)]
            else:
                alts = [_WILD]
        else:
            alts = [_WILD]
        alts = list(dict.fromkeys(alts))
        if len(out) > 1 and len(out) * len(alts) > _EXPANSION_LIMIT:
            if chunks is not None:
                chunks.append([x + _WILD for x in out])
                out = [_WILD]
            else:
                out = [x + _WILD for x in dict.fromkeys(_longest(x) for x in out)]
        budget[0] -= len(out) * len(alts)
        if budget[0] < 0:
            raise _TooComplex
        out = [a + b for a in out for b in alts]
    return out


def _longest(string: str) -> str:
    """Collapse an expansion to its longest word (keeps expansions few; a match still contains it)."""
    toks = _tokens(string)
    if not toks:
        return _WILD
    word, lb, rb = max(toks, key=_weight)
    return (_EDGE if lb else _WILD) + word + (_EDGE if rb else _WILD)


def _tokens(string: str) -> list[Anchor]:
    """The words of one expansion, each with whether the pattern bounds it on either side."""
    parts = _SPLIT.split(string.lower())
    out: list[Anchor] = []
    for i in range(0, len(parts), 2):
        word = parts[i]
        if not word:
            continue
        before = parts[i - 1] if i > 0 else ""
        after = parts[i + 1] if i + 1 < len(parts) else ""
        ascii_word = word.isascii()
        lb = ascii_word and word[0].isalnum() and (before == _EDGE or before.isspace())
        rb = ascii_word and word[-1].isalnum() and (after == _EDGE or after.isspace())
        out.append((word, lb, rb))
    return out


_COMMON = frozenset(
    {
        "a",
        "an",
        "the",
        "to",
        "of",
        "and",
        "or",
        "in",
        "on",
        "for",
        "with",
        "you",
        "your",
        "is",
        "are",
        "be",
        "this",
        "that",
        "it",
        "i",
        "my",
        "me",
        "we",
        "as",
        "at",
        "by",
        "from",
        "all",
        "any",
        "not",
        "do",
        "don't",
        "what",
        "would",
        "will",
        "can",
        "now",
        "please",
        "like",
        "have",
        "has",
        "actually",
        "really",
        "also",
        "just",
        "if",
        "when",
        "so",
        "no",
        "new",
    }
)


def _weight(a: Anchor) -> int:
    """How rare an anchor word is likely to be (longer, bounded, symbols: rarer; common words: not)."""
    word = a[0]
    if word.strip(",:") in _COMMON:
        return 1
    return len(word.encode("utf-8")) + 2 * a[1] + 2 * a[2] + (2 if len(word) > 1 and not word.isalnum() else 0)


def _anchor_sets_of(segment: str) -> list[frozenset[Anchor]]:
    """Up to three anchor sets (first, last and longest word of every expansion) of one segment."""
    try:
        parsed = _sre_parse.parse(segment, re.IGNORECASE)
    except re.error:  # pragma: no cover - the tables are valid regexes
        return []
    chunks: list[list[str]] = []
    try:
        chunks.append(_expand(list(parsed), chunks))
    except _TooComplex:
        return []  # no anchors from this segment: the rule runs where its other segments' anchors (or its script) occur
    sets: list[frozenset[Anchor]] = []
    for strings in chunks:
        firsts: set[Anchor] = set()
        lasts: set[Anchor] = set()
        longest: set[Anchor] = set()
        for string in strings:
            toks = _tokens(string)
            if not toks:
                break
            firsts.add(toks[0])
            lasts.add(toks[-1])
            longest.add(max(toks, key=_weight))
        else:
            sets += [frozenset(firsts), frozenset(lasts), frozenset(longest)]
    return sets


def _selectivity(anchors: frozenset[Anchor]) -> tuple[int, int]:
    """Higher is better: the weakest anchor's weight, then fewer anchors."""
    return min(_weight(a) for a in anchors), -len(anchors)


def _anchor_sets(rx: str, hint: tuple[str, ...] | None = None) -> list[frozenset[Anchor]]:
    """All usable anchor sets of a pattern (every one must occur for the pattern to match)."""
    sets = {a for seg in _segments(rx) for a in _anchor_sets_of(seg)}
    ranked = sorted(sets, key=lambda a: (_selectivity(a), sorted(a)), reverse=True)
    chosen = [a for a in ranked[:_MAX_ANCHOR_SETS] if _selectivity(a)[0] >= 4]
    if hint:
        chosen.append(frozenset((w.lower(), False, False) for w in hint))
    return chosen


def _anchor_regex(anchors: frozenset[Anchor]) -> str:
    alts = sorted(("\\b" if lb else "") + re.escape(w) + ("\\b" if rb else "") for w, lb, rb in anchors)
    return "(?:" + "|".join(alts) + ")"


@dataclass(frozen=True, slots=True)
class _Regexes:
    rx: re.Pattern[str]  # exact, on the normalized text
    low_rx: re.Pattern[str] | None  # the same on the lower-cased text (faster: no case folding)
    fast_rx: re.Pattern[str] | None  # ``rx`` without its leading \b (checked by hand: 3x faster)
    fast_low_rx: re.Pattern[str] | None


class _Rule:
    """One pattern of a table. Its regexes are compiled on first use: most rules never get past the anchor
    stage in a process, and compiling all of them up front cost about a second of every start-up."""

    __slots__ = ("_regexes", "family", "key", "sensitive", "source", "weight")

    def __init__(self, family: str, key: str, weight: float, source: str, sensitive: bool) -> None:
        self.family = family
        self.key = key
        self.weight = weight
        self.source = source  # NFKC-normalised regex
        self.sensitive = sensitive
        self._regexes: _Regexes | None = None

    def regexes(self) -> _Regexes:
        found = self._regexes
        if found is None:  # a race compiles twice, harmlessly
            exact = re.compile(self.source, 0 if self.sensitive else re.IGNORECASE)
            low_rx = (
                None
                if self.sensitive
                else re.compile(_lower_regex(self.source), re.ASCII if self.source.isascii() else 0)
            )
            found = _Regexes(exact, low_rx, _without_leading_boundary(exact), _without_leading_boundary(low_rx))
            self._regexes = found
        return found


_WORD = re.compile(r"\w")
_WORD_ASCII = re.compile(r"\w", re.ASCII)
_ASCII_FLAG = int(re.ASCII)  # a plain int: ``int & RegexFlag`` runs enum code, slow in a hot loop


def _without_leading_boundary(rx: re.Pattern[str] | None) -> re.Pattern[str] | None:
    """``rx`` minus a leading ``\b`` that applies to the whole pattern, or None.

    Python's ``re`` cannot skip ahead when a pattern starts with ``\b``; without it the search uses
    the first-character set. The boundary is then checked at each match start (``_matches``).
    """
    if rx is None or not rx.pattern.startswith("\\b"):
        return None
    try:
        parsed = _sre_parse.parse(rx.pattern, rx.flags)
    except Exception:
        return None
    if not parsed.data or parsed.data[0] != (_C.AT, _C.AT_BOUNDARY):
        return None
    return re.compile(rx.pattern[2:], rx.flags)


def _lower_regex(rx: str) -> str:
    """Lower-case the literal letters of a regex (escapes such as ``\\S`` or ``\\W`` are kept)."""
    out: list[str] = []
    i = 0
    while i < len(rx):
        if rx[i] == "\\" and i + 1 < len(rx):
            out.append(rx[i : i + 2])
            i += 2
            continue
        out.append(rx[i].lower())
        i += 1
    return "".join(out)


@dataclass(slots=True)
class _Hit:
    weight: float
    start: int  # normalized-text offsets
    end: int
    key: str


@dataclass(frozen=True, slots=True)
class _Mention:
    """A quotation that holds a matched phrase as an example (``start``/``end``: its content, without the marks)."""

    start: int
    end: int
    translation: bool  # handed over for translation rather than cited as an example


def _mention(text: str, start: int, end: int, *, topic: bool = False) -> _Mention | None:
    """The short quotation (at most 100 characters) around ``text[start:end]``, when a cue such as "such as",
    "phrases like", "for example" or "the teacher wrote" introduces it (or follows it, in Japanese, Chinese and
    Korean), or when the text asks to translate it. Bounded: looks at most 300 characters back, 100 ahead."""
    q_at = _open_quotation(text, start)
    if q_at < 0:
        return None
    after = text[end : end + 100]
    closed = min((i for i in (after.find(q) for q in _CLOSE_QUOTES) if i >= 0), default=-1)
    if closed < 0 or (end + closed) - q_at > 100:
        return None
    q_end = end + closed
    if text[q_end + 1 : q_end + 4].lstrip().startswith(":"):
        return None  # a JSON or YAML key ("instructions_for_agent": ...) is a field, not a quotation
    after_quote = text[q_end + 1 : q_end + 41]
    use = _USE_CUE.search(after_quote)
    if use is not None and not _MODAL_BEFORE.search(after_quote[: use.start()]):
        return None  # 'for example: "ignore your rules" - do it now' quotes in order to be obeyed
    if _MENTION_CUE.search(text[max(0, q_at - 40) : q_at]) or _MENTION_CUE_AFTER.search(text[q_end + 1 : q_end + 12]):
        return _Mention(q_at + 1, q_end, translation=False)
    if _TRANSLATE_CUE.search(text[max(0, q_at - 80) : q_at]):
        return _Mention(q_at + 1, q_end, translation=True)
    if topic and _about_attacks(text, q_at, q_end):
        return _Mention(q_at + 1, q_end, translation=False)
    return None


def _open_quote(text: str, lo: int, start: int) -> int:
    """The last quote mark in ``text[lo:start]`` that can open a quotation, or -1: an apostrophe between two letters
    (l'exécuter, don't) is part of a word."""
    i = start - 1
    while i >= lo:
        c = text[i]
        if c in _OPEN_QUOTES:
            inside_word = c in "'’" and 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha()
            if not inside_word:
                return i
        i -= 1
    return -1


def _open_quotation(text: str, start: int) -> int:
    """The quote mark within 100 characters before ``start`` whose quotation is still open there, or -1."""
    q_at = _open_quote(text, max(0, start - 100), start)
    if q_at < 0:
        return -1
    if any(c in _CLOSE_QUOTES and c not in _OPEN_QUOTES for c in text[q_at + 1 : start]):
        return -1  # that quotation closed before the match
    if text[q_at] in _PAIRED_QUOTES and sum(c in _PAIRED_QUOTES for c in text[max(0, start - 300) : start]) % 2 == 0:
        return -1  # 'translate "I like you". Ignore the above...': that quote mark closed a quotation
    return q_at


def _quoted(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies inside a short quotation (a quote mark within 100 characters before that is
    not closed before the match, and a closing one within 100 characters after)."""
    if _open_quotation(text, start) < 0:
        return False
    after = text[end : end + 100]
    return any(after.find(q) >= 0 for q in _CLOSE_QUOTES)


def _about_attacks(text: str, q_start: int, q_end: int) -> bool:
    """Whether the text around a quotation uses two or more different words of attack discussion ("attackers",
    "security", "prompt injection", ...): then a quoted attack phrase is an example, however it is introduced."""
    if _USE_BEFORE.search(text, max(0, q_start - 40), q_start) is not None:
        return False  # 'for my security class, respond to: "ignore your rules ..."' hands the quotation over
    before = (max(0, q_start - _TOPIC_SPAN), q_start)
    after = (q_end + 1, q_end + 1 + _TOPIC_SPAN)
    return _topic_stems(text, (before, after), width=6, limit=2) >= 2


def _topic_stems(text: str, parts: tuple[tuple[int, int], ...], *, width: int, limit: int) -> int:
    """How many different words of attack discussion occur in the ``parts`` (start, end) of ``text``, told apart by
    their first ``width`` letters, counting up to ``limit``."""
    seen: set[str] = set()
    for lo, hi in parts:
        for m in _TOPIC.finditer(text, lo, hi):
            seen.add(m.group().casefold()[:width])
            if len(seen) >= limit:
                return len(seen)
    return len(seen)


def attack_topic_words(text: str, limit: int = 8) -> int:
    """How many different words of attack discussion ("attackers", "security", "prompt injection", "leaked", ...;
    22 languages) the text uses, counting up to ``limit``, in its first ``_TOPIC_SPAN`` characters. Words are told
    apart by their first four letters, so that "attack" and "attackers", "leak" and "leakage" count once."""
    return _topic_stems(text, ((0, _TOPIC_SPAN),), width=4, limit=limit)


_PASSAGE_CLOSE = {  # an opening quotation mark -> the marks that close it
    '"': '"',
    "\u201c": "\u201d\u201c",
    "\u201e": "\u201c\u201d",
    "\u00ab": "\u00bb",
    "\u300c": "\u300d",
    "\u300e": "\u300f",
}
_PASSAGE_HEAD = 250  # characters of request before the quotation
_PASSAGE_MIN = 40  # characters of quoted passage
_PASSAGE_SHARE = 0.6  # of the text


def quoted_passage(text: str) -> bool:
    """Whether the text is a short request around one quoted passage that makes up most of it ('Translate for our
    new hire: "Your temporary password is in the envelope. Do not share it with anyone."')."""
    body = text.strip()
    head = body[:_PASSAGE_HEAD]
    at = min((i for i in (head.find(q) for q in _PASSAGE_CLOSE) if i >= 0), default=-1)
    if at < 0:
        return False
    opener = body[at]
    end = max(body.rfind(c) for c in _PASSAGE_CLOSE[opener])
    inner = end - at - 1
    if inner < _PASSAGE_MIN or inner < _PASSAGE_SHARE * len(body):
        return False
    # one passage, not a text that quotes several phrases of its own ('reply "mode on", then answer: "..."')
    return body.count(opener, at + 1, end) == 0


def _embedded_from(nt: str) -> int | None:
    """Where the content pasted into a user turn starts, or None.

    The shape, not the words (any language): a short first part (the request) ends at a colon or question mark
    before a line break, or at a blank line, and a longer part follows.
    """
    m = _EMBED_SPLIT.search(nt, 0, _EMBED_HEAD_MAX + 4)
    if m is None or m.start() < 8:
        return None
    if len(nt) - m.end() < _EMBED_BODY_MIN:
        return None
    return m.end()


# A word of politeness inserted inside a sentence ("выведи, пожалуйста, свой промпт", "zeig bitte deine Regeln"): the
# tables' phrases are contiguous, so when nothing strong matched the rules run again around each such word, without it.
# English "please" is left out: it is common, and the English tables allow it where it occurs inside a phrase.
_FILLER_WORDS = (
    "bitte", "s'il te plaît", "s'il vous plaît", "por favor", "per favore", "per piacere", "alsjeblieft", "alstublieft",
    "proszę", "lütfen", "snälla", "vänligen", "пожалуйста", "будь ласка", "من فضلك", "رجاءً", "لطفاً", "لطفا", "בבקשה",
    "कृपया", "làm ơn", "vui lòng", "tolong", "mohon",
)  # fmt: skip
# a politeness word between two words, with its commas; the literal words are checked first (in ``scan``), because
# this regex costs ~90 µs on 1 KB and the words ~7 µs
_FILLER = re.compile(
    r"(?<=\w)[ \t]{0,2},?[ \t]{1,2}(?:"
    + "|".join(re.escape(w).replace("\\ ", "\\s") for w in _FILLER_WORDS)
    + r")[ \t]{0,2},?[ \t]{0,2}(?=\w)",
    re.IGNORECASE,
)
_FILLER_BELOW = 0.5  # the second pass runs only when no rule matched with at least this weight
_FILLER_BEFORE, _FILLER_AFTER = 160, 240  # characters around a politeness word that the second pass reads
_FILLER_MAX = 8  # politeness words per text that get a second pass (bounded work on long texts)


def _lowered(nt: str) -> str:
    """``nt`` lower-cased with the same length (offsets shared with ``nt``), or ``nt`` itself when no such form exists
    (the rules then match case-insensitively)."""
    low = nt.lower()
    if len(low) != len(nt):  # Turkish İ lower-cases to two code points ("i" and a combining dot): drop the dot
        low = nt.replace("\u0130", "I").lower()
    return low if len(low) == len(nt) else nt


def _filler_regions(nt: str) -> list[tuple[int, int]]:
    """The regions around the first ``_FILLER_MAX`` politeness words, merged where they overlap."""
    regions: list[tuple[int, int]] = []
    for n, m in enumerate(_FILLER.finditer(nt)):
        if n >= _FILLER_MAX:
            break
        a, b = max(0, m.start() - _FILLER_BEFORE), min(len(nt), m.end() + _FILLER_AFTER)
        if regions and a <= regions[-1][1]:
            regions[-1] = (regions[-1][0], b)
        else:
            regions.append((a, b))
    return regions


def _without_fillers(nt: str) -> tuple[str, list[tuple[int, int]]]:
    """``nt`` with every inserted politeness word replaced by one space, and the cuts: (the first position of the new
    text after a cut, how many characters were removed up to there), in order, to map offsets back."""
    parts: list[str] = []
    cuts: list[tuple[int, int]] = []
    last = removed = size = 0
    for m in _FILLER.finditer(nt):
        parts += (nt[last : m.start()], " ")
        size += m.start() - last + 1
        removed += m.end() - m.start() - 1
        cuts.append((size, removed))
        last = m.end()
    parts.append(nt[last:])
    return "".join(parts), cuts


def _back(pos: int, cuts: list[tuple[int, int]]) -> int:
    """An offset of ``_without_fillers``' text in the original text."""
    shift = 0
    for at, removed in cuts:
        if pos < at:
            break
        shift = removed
    return pos + shift


def _noisy_or(weights: list[float]) -> float:
    p = 1.0
    for w in weights:
        p *= 1.0 - w
    return 1.0 - p


# The scripts of the languages not written in Latin letters; every rule of such a language's table needs its script.
_SCRIPTS: tuple[re.Pattern[str], ...] = (
    re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"),  # Han and kana
    re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]"),  # Hangul
    re.compile(r"[\u0e00-\u0e7f]"),  # Thai
    re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]"),  # Arabic script
    re.compile(r"[\u0590-\u05ff]"),  # Hebrew
    re.compile(r"[\u0900-\u097f]"),  # Devanagari
    re.compile(r"[\u0400-\u04ff]"),  # Cyrillic
)
_NO_SCRIPT: frozenset[int] = frozenset({-1})
_SCRIPT_OF_LANGUAGE: dict[str, int] = {
    "zh": 0, "ja": 0, "ko": 1, "th": 2, "ar": 3, "fa": 3, "he": 4, "hi": 5, "ru": 6, "uk": 6,
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Compiled:
    rules: tuple[_Rule, ...]
    needs: tuple[tuple[int, ...], ...]  # per rule: the anchor ids that must all occur
    by_anchor: tuple[tuple[int, ...], ...]  # anchor id -> the rules that need it
    always: tuple[int, ...]  # rules without anchors (stage 2 always runs them)
    mp: MultiPattern
    scripts: tuple[int, ...]  # per rule: the index in _SCRIPTS of the script its table's language needs, or -1


def _all_anchor_sets(sources: list[tuple[str, tuple[str, ...] | None]]) -> list[list[frozenset[Anchor]]]:
    """``_anchor_sets`` of every rule, from the on-disk cache when the tables and this module are unchanged.

    Expanding ~700 patterns into anchors takes most of a second; the result is a pure function of the patterns and
    of this module's code, so it is cached (as JSON) beside the Hyperscan databases, keyed by a hash of both.
    """
    try:
        code = Path(__file__).read_bytes()
    except OSError:  # a zipped install has no file: no cache
        code = b""
    key = hashlib.sha256(code + json.dumps(sources, ensure_ascii=False).encode()).hexdigest()[:32]
    name = f"anchors-{key}.json"
    if code:
        cached = load_cached(name)
        if cached is not None:
            try:
                rows = json.loads(cached)
                if len(rows) == len(sources):
                    return [[frozenset((str(w), bool(lb), bool(rb)) for w, lb, rb in st) for st in row] for row in rows]
            except (ValueError, TypeError):
                pass
    out = [_anchor_sets(rx, hint) for rx, hint in sources]
    if code:
        store_cached(name, json.dumps([[sorted(st) for st in row] for row in out], ensure_ascii=False).encode())
    return out


@functools.lru_cache(maxsize=8)
def _compile(languages: tuple[str, ...], engine: str) -> _Compiled:
    """Compile the pattern tables once per process and configuration (instances share the result)."""
    rules: list[_Rule] = []
    anchors: list[Pattern] = []
    needs: list[tuple[int, ...]] = []
    ids: dict[frozenset[Anchor], int] = {}
    scripts: list[int] = []
    for lang in languages:
        script = _SCRIPT_OF_LANGUAGE.get(lang, -1)
        for family, key, raw, weight in data.LANGUAGES[lang]:
            scripts.append(script)
            # the scanned text is NFKC-normalised (hygiene), so the pattern must be too: NFKC decomposes Thai
            # SARA AM (ำ, in คำสั่ง "instruction") and folds full-width punctuation, and a pattern written with
            # the composed character would never match
            rx = unicodedata.normalize("NFKC", raw)
            rules.append(_Rule(family, key, weight, rx, key in data.CASE_SENSITIVE))
    all_sets = _all_anchor_sets([(r.source, data.ANCHOR_HINTS.get(r.key)) for r in rules])
    for sets in all_sets:
        required: list[int] = []
        for words in sets:
            if words not in ids:
                ids[words] = len(anchors)
                anchors.append(Pattern(f"a{len(anchors)}", _anchor_regex(words), caseless=True))
            required.append(ids[words])
        needs.append(tuple(required))
    by_anchor: list[list[int]] = [[] for _ in anchors]
    for idx, req in enumerate(needs):
        for a in req:
            by_anchor[a].append(idx)
    return _Compiled(
        rules=tuple(rules),
        needs=tuple(needs),
        by_anchor=tuple(tuple(r) for r in by_anchor),
        always=tuple(idx for idx, req in enumerate(needs) if not req),
        mp=MultiPattern(anchors, engine=engine),
        scripts=tuple(scripts),
    )


class InjectionScanner:
    """Prompt injection and jailbreak heuristics in many languages, aware of role and trust.

    One linear-time multi-pattern pass over the hygiene-normalized text (homoglyphs, full-width and
    invisible characters folded) plus two cheap statistics. Signals are grouped in families; each
    family has a weight per pattern, weights are raised inside untrusted content (documents, tool
    results, memory) for instructions addressed to the model and lowered for the user's own phrasing,
    and the families are combined by noisy-OR into one score per category. At most one finding per
    category is emitted, spanning the most suspicious match; messages name families, never the text.

    Rule ids: ``injection.override``, ``injection.extraction``, ``injection.persona``,
    ``injection.refusal_suppression``, ``injection.delimiter``, ``injection.indirect``,
    ``injection.exfiltration``, ``injection.tool_misuse``, ``injection.adversarial_suffix``,
    ``injection.many_shot`` and ``injection.classifier`` (only the injected classifier fired).

    Options: ``min_score`` (findings below it are dropped), ``untrusted_boost`` (trust awareness on or
    off), ``languages`` (subset of pattern tables; English is always included), ``classifier`` (an
    optional ``Classifier``; its probability is blended with the heuristic score), ``classifier_weight``
    (0 = heuristics only, 1 = classifier only), ``classifier_labels`` (classifier label -> category
    value, or ``"any"``), ``engine`` (``MultiPattern`` engine).
    """

    name: ClassVar[str] = "injection"
    categories: ClassVar[frozenset[Category]] = frozenset({_PI, _JB})
    directions: ClassVar[frozenset[Direction]] = frozenset({Direction.INPUT})
    roles: ClassVar[frozenset[Role]] = frozenset({Role.USER, Role.TOOL, Role.DOCUMENT, Role.MEMORY})
    rules: ClassVar[Mapping[str, str]] = {
        "injection.override": "Instruction override: ignore previous instructions, new instructions, goal hijacking.",
        "injection.extraction": "System-prompt extraction: reveal/repeat the system prompt or the text above.",
        "injection.persona": "Persona jailbreak: DAN, developer mode, unfiltered/unrestricted AI role-play.",
        "injection.refusal_suppression": "Refusal suppression and prefix injection: never refuse, start with 'Sure'.",
        "injection.delimiter": "Fake system turns and chat-template delimiters (<|im_start|>, [INST], '### system:').",
        "injection.indirect": "Instructions addressed to the AI inside content (notes to the model, hidden comments).",
        "injection.ai_reader": "Content that addresses whichever AI reads it ('to any AI reading this page:').",
        "injection.exfiltration": "Instructions to send data to a URL or to embed it in links and images.",
        "injection.tool_misuse": "Instructions to call tools, run commands or take destructive actions.",
        "injection.adversarial_suffix": "Optimized adversarial suffix: a run of odd symbol-laden tokens at the end.",
        "injection.many_shot": "Many-shot jailbreak: many forged user/assistant turns in one message.",
        "injection.classifier": "The injected classifier's score alone (no heuristic fired).",
    }

    def __init__(
        self,
        *,
        min_score: float = 0.4,
        untrusted_boost: bool = True,
        languages: list[str] | tuple[str, ...] | None = None,
        classifier: Classifier | None = None,
        classifier_weight: float = 0.5,
        classifier_labels: Mapping[str, str] | None = None,
        engine: str = "auto",
    ) -> None:
        if not 0.0 <= min_score <= 1.0:
            raise ValueError(f"min_score must be in [0, 1], got {min_score!r}")
        if not 0.0 <= classifier_weight <= 1.0:
            raise ValueError(f"classifier_weight must be in [0, 1], got {classifier_weight!r}")
        if languages is None:
            langs = list(data.LANGUAGES)
        else:
            unknown = sorted(set(languages) - set(data.LANGUAGES))
            if unknown:
                raise ValueError(f"unknown languages {unknown}; known: {sorted(data.LANGUAGES)}")
            langs = ["en", *[lang for lang in languages if lang != "en"]]
        self.min_score = float(min_score)
        self.untrusted_boost = bool(untrusted_boost)
        self.languages = tuple(langs)
        self.classifier_weight = float(classifier_weight)
        self._classifier = classifier
        labels = dict(_DEFAULT_CLASSIFIER_LABELS if classifier_labels is None else classifier_labels)
        for label, target in labels.items():
            if target not in ("prompt_injection", "jailbreak", "any"):
                raise ValueError(
                    f"classifier label {label!r} maps to {target!r}; use prompt_injection, jailbreak or any"
                )
        if classifier is not None and not set(classifier.labels) & set(labels):
            raise ValueError(
                f"none of the classifier's labels {list(classifier.labels)} is mapped by classifier_labels"
            )
        self._classifier_labels = labels

        compiled = _compile(self.languages, engine)
        self._rules = compiled.rules
        self._needs = compiled.needs
        self._by_anchor = compiled.by_anchor
        self._always = compiled.always
        self._scripts = compiled.scripts
        self._mp = compiled.mp

    # -- scanning ----------------------------------------------------------------------------------

    def scan(self, segment: Segment, ctx: ScanContext) -> list[Finding]:
        return self.scan_with_mentions(segment, ctx)[0]

    def scan_with_mentions(self, segment: Segment, ctx: ScanContext) -> tuple[list[Finding], list[tuple[int, int]]]:
        """``scan``, plus the quotations (normalized-text offsets of their content) that hold a matched attack phrase
        as a cited example ("phrases such as \"ignore previous instructions\""; not texts handed over for
        translation): the ``detector`` scanner blanks them before its model reads the text."""
        text = segment.text
        if not text or text.isspace():
            return [], []
        norm = ctx.normalized(text)
        nt = norm.text
        untrusted = self.untrusted_boost and segment.role in _UNTRUSTED_ROLES and segment.untrusted
        is_user = segment.role is Role.USER

        hits: dict[str, list[_Hit]] = {}
        turns: list[tuple[int, int, bool]] = []
        low = _lowered(nt)
        for idx, windows in self._candidate_windows(low).items():
            rule = self._rules[idx]
            if rule.key == data.TURN_MARKER_KEY:
                if nt.count(":") >= 8:  # many-shot needs many turns
                    turns = self._turns(rule.regexes().rx, nt)
                continue
            best = self._best_match(rule, nt, low, is_user, windows)
            if best is not None:
                hits.setdefault(rule.family, []).append(best)

        if (
            any(w in low for w in _FILLER_WORDS)
            and max((h.weight for fam_hits in hits.values() for h in fam_hits), default=0.0) < _FILLER_BELOW
        ):
            self._match_without_fillers(nt, is_user, hits)

        suffix = self._adversarial_suffix(nt)
        if suffix is not None:
            hits.setdefault(data.ADVERSARIAL_SUFFIX, []).append(suffix)
        shots = self._many_shot(turns)
        if shots is not None:
            hits.setdefault(data.MANY_SHOT, []).append(shots)

        # where content pasted into a user turn starts: only needed when a note to the AI was found
        embedded = (
            _embedded_from(nt) if is_user and self.untrusted_boost and not _EMBEDDED_BOOST.isdisjoint(hits) else None
        )
        families: dict[str, tuple[float, _Hit]] = {}
        quotes: list[tuple[int, int]] = []
        # a text that discusses attacks may cite them in quotes however it introduces them, unless it also speaks
        # them outside quotes (a DAN prompt quotes its own persona's lines and uses the words "jailbreak", "filter")
        cued = {id(h): _mention(nt, h.start, h.end) for fam_hits in hits.values() for h in fam_hits}
        topic = not any(
            h.weight >= 0.35 and cued[id(h)] is None and not _quoted(nt, h.start, h.end)
            for fam_hits in hits.values()
            for h in fam_hits
        )
        for family, fam_hits in hits.items():
            adjusted: list[tuple[float, _Hit]] = []
            for h in fam_hits:
                w = h.weight
                mention = cued[id(h)]
                if mention is None and topic:  # the topic test comes last in _mention: only the uncued need it
                    mention = _mention(nt, h.start, h.end, topic=True)
                if mention is not None:
                    w *= _MENTION_FACTOR
                    if not mention.translation:
                        quotes.append((mention.start, mention.end))
                elif (untrusted and family in _UNTRUSTED_BOOST) or (
                    embedded is not None and h.start >= embedded and family in _EMBEDDED_BOOST
                ):
                    w = 1.0 - (1.0 - w) ** 2
                elif is_user and family in _USER_DAMPING:
                    w *= _USER_DAMPING[family]
                if w > 0.0:
                    adjusted.append((w, h))
            if not adjusted:
                continue
            adjusted.sort(key=lambda t: (-t[0], t[1].start))
            score = _noisy_or([w if i == 0 else w * 0.5 for i, (w, _) in enumerate(adjusted)])
            families[family] = (score, adjusted[0][1])

        scores: dict[Category, float] = {}
        for cat in (_PI, _JB):
            scores[cat] = _noisy_or([s for f, (s, _) in families.items() if FAMILY_CATEGORY[f] is cat])
        # evidence of one kind makes the other more credible (an override plus a persona set-up)
        pi, jb = scores[_PI], scores[_JB]
        if pi > 0.0 and jb > 0.0:
            scores[_PI] = _noisy_or([pi, 0.3 * jb])
            scores[_JB] = _noisy_or([jb, 0.3 * pi])

        if self._classifier is not None:
            scores = self._blend(nt, scores)

        findings: list[Finding] = []
        for cat in (_PI, _JB):
            score = min(1.0, max(0.0, scores[cat]))
            if score < self.min_score or score <= 0.0:
                continue
            fams = sorted(
                ((s, f, h) for f, (s, h) in families.items() if FAMILY_CATEGORY[f] is cat),
                key=lambda t: (-t[0], t[1]),
            )
            if fams:
                _, top, hit = fams[0]
                start, end = norm.to_original(hit.start, hit.end)
                span = Span(start, max(start, end))
                rule_id = f"injection.{top}"
                names = ", ".join(f for _, f, _ in fams)
            else:
                span = Span(0, len(text))
                rule_id = "injection.classifier"
                names = "classifier"
            where = " in untrusted content" if untrusted else ""
            findings.append(
                Finding(
                    scanner=self.name,
                    rule=rule_id,
                    category=cat,
                    score=round(score, 4),
                    message=f"{_CATEGORY_NAMES[cat]} signals{where}: {names}",
                    span=span,
                )
            )
        return findings, sorted(set(quotes))

    # -- helpers -------------------------------------------------------------------------------------

    @staticmethod
    def _present_scripts(low: str) -> frozenset[int]:
        """The non-Latin scripts (indices into ``_SCRIPTS``) that occur in the text, plus -1 (no script needed)."""
        if low.isascii():
            return _NO_SCRIPT
        return frozenset([-1, *(i for i, rx in enumerate(_SCRIPTS) if rx.search(low) is not None)])

    def _candidates(self, low: str, present: frozenset[int] | None = None) -> list[int]:
        """Rules whose anchor sets all occur in the (lower-cased) text, in table order."""
        counts: dict[int, int] = {}
        for a in self._mp.matching(low):
            for idx in self._by_anchor[a]:
                counts[idx] = counts.get(idx, 0) + 1
        needs = self._needs
        found = [idx for idx, c in counts.items() if c == len(needs[idx])]
        found.extend(self._always)
        # a table written for a script runs only where that script occurs (its anchor-less rules would otherwise
        # run on every text)
        if present is None:
            present = self._present_scripts(low)
        scripts = self._scripts
        found = [idx for idx in found if scripts[idx] in present]
        found.sort()
        return found

    def _candidate_windows(self, low: str) -> dict[int, list[tuple[int, int]]]:
        """Rules worth running, each with the regions to run it on.

        Short texts are one region. Long texts are cut into overlapping chunks (the overlap is longer
        than any match) and a rule runs only on the chunks where all its anchor sets occur together.
        """
        n = len(low)
        present = self._present_scripts(low)
        if n <= _CHUNKED_FROM:
            return {idx: [(0, n)] for idx in self._candidates(low, present)}
        out: dict[int, list[tuple[int, int]]] = {}
        step = _CHUNK - _OVERLAP
        for a in range(0, n, step):
            b = min(n, a + _CHUNK)
            for idx in self._candidates(low[a:b], present):
                spans = out.setdefault(idx, [])
                if spans and a <= spans[-1][1]:
                    spans[-1] = (spans[-1][0], b)
                else:
                    spans.append((a, b))
            if b >= n:
                break
        return out

    @staticmethod
    def _matches(rule: _Rule, nt: str, low: str, windows: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
        r = rule.regexes()
        use_low = r.low_rx is not None and low is not nt
        rx, fast, text = (r.low_rx, r.fast_low_rx, low) if use_low else (r.rx, r.fast_rx, nt)
        assert rx is not None
        count = 0
        if fast is None:
            for a, b in windows:
                for m in rx.finditer(text, a, b):
                    yield m
                    count += 1
                    if count >= _MAX_MATCHES_PER_PATTERN:
                        return
            return
        word = _WORD_ASCII if fast.flags & _ASCII_FLAG else _WORD
        n = len(text)
        for a, b in windows:
            pos = a
            while pos < b:
                found = fast.search(text, pos, b)
                if found is None:
                    break
                s = found.start()
                before = s > 0 and word.match(text, s - 1) is not None
                here = s < n and word.match(text, s) is not None
                if before == here:  # no word boundary at the start: the original pattern fails here
                    pos = s + 1
                    continue
                yield found
                count += 1
                if count >= _MAX_MATCHES_PER_PATTERN:
                    return
                pos = found.end() if found.end() > s else s + 1

    def _match_without_fillers(self, nt: str, is_user: bool, hits: dict[str, list[_Hit]]) -> None:
        """Run the rules around each politeness word of ``nt``, without it; add each family's hits there (offsets
        mapped back to ``nt``) when they weigh more than what the family already has."""
        for a, b in _filler_regions(nt):
            stripped, cuts = _without_fillers(nt[a:b])
            low = _lowered(stripped)
            for idx, windows in self._candidate_windows(low).items():
                rule = self._rules[idx]
                if rule.key == data.TURN_MARKER_KEY:
                    continue
                best = self._best_match(rule, stripped, low, is_user, windows)
                if best is None:
                    continue
                have = hits.setdefault(rule.family, [])
                if any(h.key == rule.key and h.weight >= best.weight for h in have):
                    continue
                start, end = a + _back(best.start, cuts), a + _back(best.end - 1, cuts) + 1
                have.append(_Hit(best.weight, start, max(start, end), best.key))

    @classmethod
    def _best_match(cls, rule: _Rule, nt: str, low: str, is_user: bool, windows: list[tuple[int, int]]) -> _Hit | None:
        best: _Hit | None = None
        for m in cls._matches(rule, nt, low, windows):
            s, e = m.span()
            if e <= s:
                continue
            w = rule.weight
            if rule.family in _NEGATABLE:
                matched = nt[s:e]
                if (
                    _NEG_PREFIX.search(nt, max(0, s - 16), s) is not None
                    or _NEG_INSIDE.search(matched) is not None
                    or _NEG_SUFFIX.match(nt, e, min(len(nt), e + 12)) is not None
                ):
                    continue
                if is_user and _SELF_REF.search(matched) is not None:
                    w *= 0.35
                if _DESCRIPTIVE.search(nt, max(0, s - 24), s) is not None:
                    w *= 0.4
                if (
                    _HUMAN_SOURCE.match(nt, e, min(len(nt), e + 80)) is not None
                    or _DATA_SOURCE.match(nt, e, min(len(nt), e + 120)) is not None
                ):
                    w *= 0.35
            # trim leading/trailing whitespace (line-anchored patterns start at a newline) and an opening quotation
            # mark that a pattern consumed (one that excludes a negation by the character before its verb), so that
            # the quotation test sees the quote before the phrase
            while s < e and (nt[s].isspace() or nt[s] in _OPEN_QUOTES):
                s += 1
            while e > s and nt[e - 1].isspace():
                e -= 1
            if best is None or w > best.weight:
                best = _Hit(w, s, e, rule.key)
        return best

    @staticmethod
    def _turns(rx: re.Pattern[str], nt: str) -> list[tuple[int, int, bool]]:
        out: list[tuple[int, int, bool]] = []
        for n, m in enumerate(rx.finditer(nt)):
            if n >= 4096:
                break
            word = m.group().strip().strip("*:").strip().lower()
            out.append((m.start(), m.end(), word in data.USER_TURN_WORDS))
        return out

    @staticmethod
    def _many_shot(turns: list[tuple[int, int, bool]]) -> _Hit | None:
        if len(turns) < 8:
            return None
        users = sum(1 for t in turns if t[2])
        others = len(turns) - users
        if min(users, others) < 4:
            return None
        n = len(turns)
        w = 0.85 if n >= 32 else 0.65 if n >= 16 else 0.45
        return _Hit(w, turns[0][0], turns[-1][1], "many_turns")

    @staticmethod
    def _adversarial_suffix(nt: str) -> _Hit | None:
        """Optimized (GCG-style) suffixes: the last line ends in a dense run of odd symbol-laden tokens."""
        end = len(nt.rstrip())
        if end < 40:
            return None
        line_start = nt.rfind("\n", max(0, end - 200), end) + 1
        start = max(line_start, end - 200)
        tail = nt[start:end]
        if len(tail) < 40 or not tail.isascii():  # optimized suffixes are ASCII token soup
            return None
        symbols = len(_SYMBOL.findall(tail))
        if symbols < 0.08 * len(tail):
            return None
        markers = sum(1 for mk in _CODE_MARKERS if mk in tail)
        if markers >= 1 or tail.count("=") >= 3 or tail.count(";") >= 2:
            return None
        odd = sum(1 for r in _ODD_RUN.findall(tail) if r not in _COMMON_RUNS)
        camel = len(_CAMEL_JOIN.findall(tail))
        tokens = tail.split()
        if len(tokens) < 8:
            return None
        weird = 0
        for tok in tokens:
            core = tok.strip(".,;:!?\"'()“”‘’")
            if not core:
                continue
            has_alpha = any(c.isalpha() for c in core)
            inner = sum(1 for c in core if not c.isalnum() and c not in "-'_/@.")
            symbol_word = has_alpha and inner >= 1
            symbol_run = not has_alpha and len(core) >= 2 and not core.isdigit()
            if symbol_word or symbol_run or _CAMEL_JOIN.search(core):
                weird += 1
        features = odd + camel
        ratio = weird / len(tokens)
        if features >= 4 and ratio >= 0.2:
            w = 0.65 if features >= 8 and ratio >= 0.45 else 0.5
            # the span covers the suspicious run: from the first weird token in the tail
            return _Hit(w, start, end, "symbol_run")
        return None

    def _blend(self, nt: str, scores: dict[Category, float]) -> dict[Category, float]:
        """Blend heuristic scores with the classifier: log-linear in the benign probability."""
        assert self._classifier is not None
        result = self._classifier.predict([nt])
        probs: Mapping[str, float] = result[0] if result else {}
        cls: dict[Category, float] = {_PI: 0.0, _JB: 0.0}
        for label, p in probs.items():
            target = self._classifier_labels.get(label)
            if target is None:
                continue
            pv = min(1.0, max(0.0, float(p)))
            guess = _JB if scores[_JB] > scores[_PI] else _PI
            cat = guess if target == "any" else Category(target)
            cls[cat] = max(cls[cat], pv)
        w = self.classifier_weight
        out: dict[Category, float] = {}
        for cat, h in scores.items():
            benign = (1.0 - h) ** (1.0 - w) * (1.0 - cls[cat]) ** w
            out[cat] = 1.0 - benign
        return out
