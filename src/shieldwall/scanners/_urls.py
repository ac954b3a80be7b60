"""URL helpers shared by the exfiltration and tool-call scanners: host allowlists and host resolution."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple
from urllib.parse import unquote, urlsplit

from shieldwall.core.errors import ConfigError

_HOST_RE = re.compile(r"(?:\*\.)?[a-z0-9_-]+(?:\.[a-z0-9_-]+)*|\[[0-9a-f:.]+\]|[0-9a-f:.]+")
_WEB_SCHEMES = frozenset({"http", "https", "ftp", "ftps", "sftp", "ws", "wss"})
_CTRL_WS = re.compile(r"[\x00-\x20\x7f]+")


class HostAllowlist:
    """Exact hosts and ``*.example.com`` wildcards (which match subdomains, not ``example.com`` itself)."""

    __slots__ = ("exact", "suffixes")

    def __init__(self, hosts: Sequence[str], *, owner: str) -> None:
        if isinstance(hosts, str) or not isinstance(hosts, Sequence):
            raise ConfigError(f"{owner}: allowed_hosts must be a list of host names")
        exact: set[str] = set()
        suffixes: list[str] = []
        for h in hosts:
            if not isinstance(h, str):
                raise ConfigError(f"{owner}: allowed_hosts entries must be strings")
            hn = h.strip().lower().rstrip(".")
            if not hn or not _HOST_RE.fullmatch(hn):
                raise ConfigError(f"{owner}: invalid allowed host {h[:80]!r}")
            if hn.startswith("*."):
                suffixes.append(hn[1:])
            else:
                exact.add(hn.strip("[]"))
        self.exact = frozenset(exact)
        self.suffixes = tuple(suffixes)

    def __bool__(self) -> bool:
        return bool(self.exact or self.suffixes)

    def __contains__(self, host: object) -> bool:
        if not isinstance(host, str):
            return False
        return host in self.exact or any(host.endswith(s) for s in self.suffixes)


def normalize_host(host: str) -> str:
    """Lower-case, percent-decoded, without a trailing dot or IPv6 brackets."""
    h = host
    if "%" in h:
        h = unquote(h)
    return h.strip().lower().rstrip(".").strip("[]")


class WebUrl(NamedTuple):
    scheme: str
    host: str  # normalized (see ``normalize_host``)
    path: str
    query: str


def web_host(url: str) -> WebUrl | None:
    """A web URL's parts as a browser would resolve its host, or None (relative URL, other scheme).

    Tabs and newlines are dropped, backslashes count as slashes and any number of slashes may follow the
    scheme (``https:\\\\evil.example`` goes to ``evil.example``), as in the WHATWG URL standard.
    """
    u = _CTRL_WS.sub("", url) if any(c in url for c in "\t\r\n") else url.strip()
    if u.startswith(("//", "\\\\", "/\\", "\\/")):
        u = "http:" + u
    colon = u.find(":", 0, 16)
    if colon <= 0:
        return None
    scheme = u[:colon].lower()
    if scheme not in _WEB_SCHEMES:
        return None
    rest = u[colon + 1 :].replace("\\", "/").lstrip("/")
    try:
        parts = urlsplit(f"{scheme}://{rest}")
        host = parts.hostname
    except ValueError:
        return None
    if not host:
        return None
    return WebUrl(scheme, normalize_host(host), parts.path, parts.query)
