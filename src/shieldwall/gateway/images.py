"""Checks of ``image_url`` parts in multi-part chat content.

The upstream fetches an image URL by itself, so an image URL is a request the model provider makes on
the caller's behalf — the same channel as the markdown-image exfiltration the output scanner stops: an
injected agent (or an attacker-controlled tool result passed on as an image) can put conversation data
into the URL. Each ``http(s)`` image URL is therefore

* scanned as text with the tenant's input policy (a secret or an e-mail address in a query string is found
  and redacted or blocked like anywhere else; the URL is its own segment), and
* analysed by the ``exfiltration`` scanner of the tenant's policy (so its ``allowed_hosts`` apply) as the
  automatically fetched image it is: a URL to a non-allowlisted host that carries data (long or encoded
  query values, encoded path segments or subdomains, text repeated from the conversation) is blocked
  (``exfiltration.markdown_image`` with data); a plain image URL passes.

Gateway rules (``scanner: gateway``, category ``exfiltration``, always ``block``):
``gateway.image_url_scheme`` (a scheme other than http, https or data), ``gateway.image_data_uri`` (a
``data:`` URI that is not an image, or any ``data:`` URI when the tenant's ``images.data_uris`` is false),
``gateway.image_host`` (a host outside the tenant's ``images.allowed_hosts`` when that list is set: exact
hosts, ``*.example.com`` for its subdomains, as the scanners' allowlists).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from shieldwall.core.scanner import ScanContext, Scanner
from shieldwall.core.types import Action, Category, Direction, Finding, Role, Segment
from shieldwall.scanners._urls import HostAllowlist, web_host

if TYPE_CHECKING:
    from shieldwall.core.pipeline import Pipeline
    from shieldwall.gateway.config import Images

_IMAGE_TYPES = frozenset({"image/png", "image/jpeg", "image/jpg", "image/gif", "image/webp"})
_DATA_SCORE = 0.95  # the exfiltration scanner scores an image to a non-allowlisted host 0.9, 0.97 with data


@dataclass(frozen=True, slots=True)
class ImageRef:
    """One ``image_url`` part: where it is and its URL; ``segment`` is its text segment (http(s) only)."""

    msg: int
    part: int
    url: str
    role: Role
    segment: int | None = None


def _block(rule: str, message: str, segment: int, evidence: str | None = None) -> Finding:
    return Finding(
        scanner="gateway",
        rule=rule,
        category=Category.EXFILTRATION,
        score=1.0,
        message=message[:300],
        evidence=evidence[:64] if evidence else None,
        segment=segment,
        action=Action.BLOCK,
    )


def _exfiltration_scanner(pipeline: Pipeline) -> Scanner | None:
    for slot in pipeline.slots:
        if slot.name == "exfiltration":
            return slot.scanner
    return None


def check_images(
    images: Sequence[ImageRef], rules: Images, pipeline: Pipeline, history: Sequence[Segment]
) -> list[Finding]:
    """Blocking findings for the image URLs of a request (empty: they may pass)."""
    out: list[Finding] = []
    allowed = HostAllowlist(rules.allowed_hosts, owner="images") if rules.allowed_hosts else None
    scanner: Scanner | None = None
    ctx = ScanContext(direction=Direction.OUTPUT, history=list(history))
    for img in images:
        seg = img.segment if img.segment is not None else 0
        url = img.url.strip()
        scheme = url.split(":", 1)[0].lower() if ":" in url[:16] else ""
        if scheme == "data":
            mime = url[5:64].split(";", 1)[0].split(",", 1)[0].lower()
            if not rules.data_uris:
                out.append(_block("gateway.image_data_uri", "inline data: image URIs are not allowed", seg))
            elif mime not in _IMAGE_TYPES:
                what = f"data: URI of type {mime[:40] or 'none'!r} as an image"
                out.append(_block("gateway.image_data_uri", what, seg))
            continue
        if scheme not in ("http", "https"):
            out.append(_block("gateway.image_url_scheme", f"image URL with scheme {scheme[:16] or 'none'!r}", seg))
            continue
        resolved = web_host(url)  # the host as a fetcher resolves it (backslashes, extra slashes …)
        host = resolved.host if resolved is not None else ""
        if allowed is not None and host not in allowed:
            what = f"image URL to host {host[:64]!r} outside images.allowed_hosts"
            out.append(_block("gateway.image_host", what, seg, host))
            continue
        if scanner is None:
            scanner = _exfiltration_scanner(pipeline) or _default_exfiltration()
        probe = Segment(f"![image]({url})", Role.ASSISTANT)
        for f in scanner.scan(probe, ctx):
            if f.score >= _DATA_SCORE:
                out.append(
                    Finding(
                        scanner=f.scanner,
                        rule=f.rule,
                        category=f.category,
                        score=f.score,
                        message=f"image_url part: {f.message}"[:300],
                        evidence=f.evidence,
                        segment=seg,
                        action=Action.BLOCK,
                    )
                )
    return out


def _default_exfiltration() -> Scanner:
    from shieldwall.scanners.exfiltration import ExfiltrationScanner

    return ExfiltrationScanner()
