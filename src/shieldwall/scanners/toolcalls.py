"""Tool calls emitted by the model: allowlist, argument schemas and dangerous argument values.

A tool call arrives as ``Segment(role=Role.TOOL_CALL, text=<JSON arguments>, source=<tool name>)``. The
arguments are parsed with the core's bounded JSON parser, validated against an optional JSON Schema per
tool (a small built-in validator for the common subset) and every string value is checked for destructive
shell commands, download-and-execute pipelines, path traversal, server-side request forgery and, for
read-only tools, SQL writes. Spans point at the offending string inside the original JSON text.
"""

from __future__ import annotations

import bisect
import ipaddress
import json
import math
import re
import threading
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, ClassVar, TypeGuard
from urllib.parse import urlsplit

from shieldwall.core.errors import ConfigError, InputError
from shieldwall.core.limits import Limits, parse_json
from shieldwall.core.scanner import ScanContext
from shieldwall.core.types import Category, Direction, Finding, Role, Segment, Span, mask
from shieldwall.scanners import _toolcalls_data as data
from shieldwall.scanners._engine import MultiPattern, Pattern
from shieldwall.scanners._urls import HostAllowlist, normalize_host

__all__ = ["ToolCallScanner", "validate_schema"]

_MAX_STRINGS = 10_000  # string values checked per call
_MAX_STRING = 65_536  # characters of one string value checked
_MAX_FINDINGS = 64
_MAX_SCHEMA_STEPS = 100_000
_PATTERN_SLICE = 4096  # characters of a string a schema "pattern" is matched against

_SCHEMA_TYPES = frozenset({"string", "number", "integer", "boolean", "object", "array", "null"})
_SHELL_DESCR = {pid: (rule, desc) for pid, rule, desc, _ in data.SHELL_PATTERNS}
_SQL_KW_ID = "sql_keywords"
_SCORES = {"destructive_shell": 0.95, "pipe_to_shell": 0.95, "path_traversal": 0.85}


# --- JSON Schema (common subset) ---------------------------------------------------------------------


def _type_ok(value: Any, t: str) -> bool:
    if t == "string":
        return isinstance(value, str)
    if t == "boolean":
        return isinstance(value, bool)
    if t == "null":
        return value is None
    if t == "object":
        return isinstance(value, dict)
    if t == "array":
        return isinstance(value, list)
    if isinstance(value, bool):
        return False
    if t == "integer":
        return isinstance(value, int) or (isinstance(value, float) and math.isfinite(value) and value.is_integer())
    if t == "number":
        return isinstance(value, int | float)
    return False


def _path_join(path: str, key: object) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    k = str(key)
    if len(k) > 32 or not k.replace("_", "a").replace("-", "a").isalnum() or not k.isascii():
        k = mask(k) if len(k) > 8 else "?" * len(k)
        return f"{path}[{k}]"
    return f"{path}.{k}"


class _Validator:
    """Validates a parsed JSON value against a schema; collects at most a few errors, bounded in steps."""

    def __init__(self, patterns: Mapping[str, re.Pattern[str]]) -> None:
        self.patterns = patterns
        self.errors: list[str] = []
        self.steps = 0

    def validate(self, value: Any, schema: Any, path: str) -> bool:
        self.steps += 1
        if self.steps > _MAX_SCHEMA_STEPS or len(self.errors) >= 8:
            return False
        if schema is True or schema is None:
            return True
        if schema is False:
            return self._err(path, "is not allowed")
        if not isinstance(schema, Mapping):
            return True
        ok = True
        t = schema.get("type")
        if t is not None:
            types = [t] if isinstance(t, str) else list(t) if isinstance(t, list) else []
            if types and not any(_type_ok(value, x) for x in types):
                return self._err(path, f"expected {' or '.join(str(x) for x in types)}, got {_kind(value)}")
        if "const" in schema and not _json_equal(value, schema["const"]):
            ok = self._err(path, "does not equal the required constant")
        enum = schema.get("enum")
        if isinstance(enum, list) and not any(_json_equal(value, e) for e in enum):
            ok = self._err(path, "is not one of the allowed values")
        if isinstance(value, bool):
            pass
        elif isinstance(value, int | float):
            ok = self._numeric(value, schema, path) and ok
        elif isinstance(value, str):
            ok = self._string(value, schema, path) and ok
        elif isinstance(value, list):
            ok = self._array(value, schema, path) and ok
        elif isinstance(value, dict):
            ok = self._object(value, schema, path) and ok
        for key in ("allOf", "anyOf", "oneOf"):
            subs = schema.get(key)
            if isinstance(subs, list) and subs:
                ok = self._combinator(key, value, subs, path) and ok
        sub_not = schema.get("not")
        if isinstance(sub_not, Mapping | bool) and self._quiet(value, sub_not, path):
            ok = self._err(path, "matches a schema it must not match")
        return ok

    def _err(self, path: str, msg: str) -> bool:
        if len(self.errors) < 8:
            self.errors.append(f"{path} {msg}")
        return False

    def _quiet(self, value: Any, schema: Any, path: str) -> bool:
        saved = self.errors
        self.errors = []
        try:
            return self.validate(value, schema, path)
        finally:
            self.errors = saved

    def _combinator(self, key: str, value: Any, subs: list[Any], path: str) -> bool:
        if key == "allOf":
            ok = True
            for s in subs:
                ok = self.validate(value, s, path) and ok
            return ok
        passed = sum(1 for s in subs if self._quiet(value, s, path))
        if key == "anyOf" and passed == 0:
            return self._err(path, "matches none of the anyOf schemas")
        if key == "oneOf" and passed != 1:
            return self._err(path, f"matches {passed} of the oneOf schemas (exactly one required)")
        return True

    def _numeric(self, v: float, s: Mapping[str, Any], path: str) -> bool:
        ok = True
        lo, hi = s.get("minimum"), s.get("maximum")
        xlo, xhi = s.get("exclusiveMinimum"), s.get("exclusiveMaximum")
        if _num(lo) and v < lo:
            ok = self._err(path, f"is below the minimum {lo}")
        if _num(hi) and v > hi:
            ok = self._err(path, f"is above the maximum {hi}")
        if _num(xlo) and v <= xlo:
            ok = self._err(path, f"is not above {xlo}")
        if _num(xhi) and v >= xhi:
            ok = self._err(path, f"is not below {xhi}")
        mult = s.get("multipleOf")
        if _num(mult) and mult > 0:
            q = v / mult
            if not math.isfinite(q) or abs(q - round(q)) > 1e-9:
                ok = self._err(path, f"is not a multiple of {mult}")
        return ok

    def _string(self, v: str, s: Mapping[str, Any], path: str) -> bool:
        ok = True
        mn, mx = s.get("minLength"), s.get("maxLength")
        if isinstance(mn, int) and len(v) < mn:
            ok = self._err(path, f"is shorter than {mn} characters")
        if isinstance(mx, int) and len(v) > mx:
            ok = self._err(path, f"is longer than {mx} characters")
        pat = s.get("pattern")
        if isinstance(pat, str):
            rx = self.patterns.get(pat)
            if rx is not None and rx.search(v[:_PATTERN_SLICE]) is None:
                ok = self._err(path, "does not match the required pattern")
        return ok

    def _array(self, v: list[Any], s: Mapping[str, Any], path: str) -> bool:
        ok = True
        mn, mx = s.get("minItems"), s.get("maxItems")
        if isinstance(mn, int) and len(v) < mn:
            ok = self._err(path, f"has fewer than {mn} items")
        if isinstance(mx, int) and len(v) > mx:
            ok = self._err(path, f"has more than {mx} items")
        items = s.get("items")
        prefix = s.get("prefixItems")
        start = 0
        if isinstance(prefix, list):
            for i, (item, sub) in enumerate(zip(v, prefix, strict=False)):
                ok = self.validate(item, sub, _path_join(path, i)) and ok
            start = len(prefix)
        if isinstance(items, list):  # draft-04..2019 tuple form
            for i, (item, sub) in enumerate(zip(v, items, strict=False)):
                ok = self.validate(item, sub, _path_join(path, i)) and ok
        elif isinstance(items, Mapping | bool):
            for i in range(start, len(v)):
                ok = self.validate(v[i], items, _path_join(path, i)) and ok
                if self.steps > _MAX_SCHEMA_STEPS:
                    break
        if s.get("uniqueItems") is True and len(v) <= 1000:
            seen = set()
            for item in v:
                key = json.dumps(item, sort_keys=True)
                if key in seen:
                    ok = self._err(path, "has duplicate items")
                    break
                seen.add(key)
        return ok

    def _object(self, v: dict[str, Any], s: Mapping[str, Any], path: str) -> bool:
        ok = True
        req = s.get("required")
        if isinstance(req, list):
            for k in req:
                if isinstance(k, str) and k not in v:
                    ok = self._err(_path_join(path, k), "is required")
        mn, mx = s.get("minProperties"), s.get("maxProperties")
        if isinstance(mn, int) and len(v) < mn:
            ok = self._err(path, f"has fewer than {mn} properties")
        if isinstance(mx, int) and len(v) > mx:
            ok = self._err(path, f"has more than {mx} properties")
        props = s.get("properties")
        props = props if isinstance(props, Mapping) else {}
        pattern_props = s.get("patternProperties")
        pattern_props = pattern_props if isinstance(pattern_props, Mapping) else {}
        extra = s.get("additionalProperties", True)
        for k, item in v.items():
            sub_path = _path_join(path, k)
            matched = False
            if k in props:
                matched = True
                ok = self.validate(item, props[k], sub_path) and ok
            for pat, sub in pattern_props.items():
                rx = self.patterns.get(pat) if isinstance(pat, str) else None
                if rx is not None and rx.search(k[:_PATTERN_SLICE]):
                    matched = True
                    ok = self.validate(item, sub, sub_path) and ok
            if not matched:
                if extra is False:
                    ok = self._err(sub_path, "is not an allowed property")
                elif isinstance(extra, Mapping):
                    ok = self.validate(item, extra, sub_path) and ok
            if self.steps > _MAX_SCHEMA_STEPS:
                break
        return ok


def _num(x: Any) -> TypeGuard[float]:
    return isinstance(x, int | float) and not isinstance(x, bool)


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def _json_equal(a: Any, b: Any) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    return bool(a == b)


def _schema_patterns(schema: Any, owner: str) -> dict[str, re.Pattern[str]]:
    """Compile every ``pattern`` / ``patternProperties`` key of a schema (iteratively, bounded)."""
    out: dict[str, re.Pattern[str]] = {}
    stack: list[Any] = [schema]
    steps = 0
    while stack:
        steps += 1
        if steps > 100_000:
            raise ConfigError(f"{owner}: schema is too large")
        node = stack.pop()
        if isinstance(node, Mapping):
            pats = [node.get("pattern")]
            pp = node.get("patternProperties")
            if isinstance(pp, Mapping):
                pats.extend(pp.keys())
            for p in pats:
                if isinstance(p, str) and p not in out:
                    try:
                        out[p] = re.compile(p)
                    except re.error as exc:
                        raise ConfigError(f"{owner}: invalid schema pattern {p[:60]!r}: {exc}") from None
            t = node.get("type")
            if isinstance(t, str) and t not in _SCHEMA_TYPES:
                raise ConfigError(f"{owner}: unknown schema type {t[:40]!r}")
            stack.extend(v for v in node.values() if isinstance(v, Mapping | list))
        elif isinstance(node, list):
            stack.extend(v for v in node if isinstance(v, Mapping | list))
    return out


def validate_schema(value: Any, schema: Mapping[str, Any]) -> list[str]:
    """Errors of ``value`` against ``schema`` (the scanner's JSON Schema subset); empty when valid."""
    v = _Validator(_schema_patterns(schema, "schema"))
    v.validate(value, schema, "$")
    return v.errors


# --- hosts -------------------------------------------------------------------------------------------

_NUM_PART = re.compile(r"0[xX][0-9a-fA-F]{0,16}|[0-9]{1,20}")
_CGNAT = ipaddress.ip_network("100.64.0.0/10")


def _loose_ipv4(host: str) -> ipaddress.IPv4Address | None:
    """An IPv4 address in any form ``inet_aton`` accepts: ``2130706433``, ``0x7f000001``, ``0177.1``."""
    parts = host.split(".")
    if not 1 <= len(parts) <= 4 or len(host) > 64:
        return None
    nums: list[int] = []
    for p in parts:
        if not _NUM_PART.fullmatch(p):
            return None
        if p[:2].lower() == "0x":
            nums.append(int(p[2:] or "0", 16))
        elif len(p) > 1 and p[0] == "0":
            if any(c in "89" for c in p):
                return None
            nums.append(int(p, 8))
        else:
            nums.append(int(p))
    *head, last = nums
    if any(n > 255 for n in head) or last >= 256 ** (4 - len(head)):
        return None
    value = 0
    for n in head:
        value = value * 256 + n
    value = value * 256 ** (4 - len(head)) + last
    return ipaddress.IPv4Address(value)


def internal_host(host: str) -> str | None:
    """Why ``host`` is internal (metadata endpoint, loopback, private, ...), or None for a public host."""
    h = normalize_host(host)
    if not h:
        return None
    if h in data.METADATA_HOSTS:
        return "a cloud metadata endpoint"
    if h in data.LOOPBACK_NAMES or h.endswith(".localhost"):
        return "the local machine"
    if h in data.REBIND_HOSTS or h.endswith(data.REBIND_SUFFIXES):
        return "a wildcard-DNS name that can resolve to an internal address"
    if h.endswith((".internal", ".local", ".svc.cluster.local", ".cluster.local")):
        return "an internal host name"
    addr: ipaddress.IPv4Address | ipaddress.IPv6Address | None = None
    if ":" in h:
        try:
            addr = ipaddress.IPv6Address(h.split("%", 1)[0])
        except ValueError:
            return None
        mapped = addr.ipv4_mapped or addr.sixtofour
        if mapped is not None:
            addr = mapped
    elif h[0].isdigit():
        addr = _loose_ipv4(h)
    if addr is None:
        return None
    if str(addr) in data.METADATA_HOSTS or (addr.version == 4 and addr in ipaddress.ip_network("169.254.0.0/16")):
        return "a link-local or cloud metadata address"
    if addr.is_loopback:
        return "the local machine"
    if addr.is_unspecified:
        return "the unspecified address (the local machine)"
    if addr.is_link_local:
        return "a link-local address"
    if addr.is_private or (addr.version == 4 and addr in _CGNAT):
        return "a private network address"
    if addr.is_reserved or addr.is_multicast:
        return "a reserved address"
    return None


# --- scanner -----------------------------------------------------------------------------------------


_PathRef = tuple[Any, ...] | None  # (parent ref, key): a linked list, formatted only when reported


def _path(ref: _PathRef) -> str:
    keys: list[object] = []
    while ref is not None:
        keys.append(ref[1])
        ref = ref[0]
    path = "$"
    for k in reversed(keys):
        path = _path_join(path, k)
    return path


def _walk(value: Any) -> list[tuple[_PathRef, str]]:
    """String values of a parsed JSON document with their paths (iterative, bounded, document order)."""
    out: list[tuple[_PathRef, str]] = []
    stack: list[tuple[_PathRef, Any]] = [(None, value)]
    while stack and len(out) < _MAX_STRINGS:
        ref, v = stack.pop()
        if isinstance(v, str):
            out.append((ref, v))
        elif isinstance(v, dict):
            stack.extend([((ref, k), x) for k, x in v.items()][::-1])
        elif isinstance(v, list):
            stack.extend([((ref, i), x) for i, x in enumerate(v)][::-1])
    return out


_ENGINE_LOCK = threading.Lock()
_ENGINE: tuple[MultiPattern, list[re.Pattern[str]]] | None = None


def _shared_engine() -> tuple[MultiPattern, list[re.Pattern[str]]]:
    """The pattern tables are static: compile them once per process (RE2 compiles them ~20x faster than
    Hyperscan, whose large bounded repeats are slow to build; both scan in linear time)."""
    global _ENGINE
    with _ENGINE_LOCK:
        if _ENGINE is None:
            pats = [Pattern(pid, rx, caseless=True) for pid, _, _, rx in data.SHELL_PATTERNS]
            pats.append(Pattern(_SQL_KW_ID, data.SQL_KEYWORDS, caseless=True))
            try:
                engine = MultiPattern(pats, engine="re2")
            except ValueError:  # pragma: no cover - RE2 missing: Hyperscan or plain re
                engine = MultiPattern(pats)
            _ENGINE = (engine, [re.compile(p.regex, re.IGNORECASE | re.ASCII) for p in pats])
        return _ENGINE


class ToolCallScanner:
    """Tool calls outside the allowlist, invalid arguments and dangerous shell, path, URL or SQL arguments.

    Input: ``Segment(role=Role.TOOL_CALL, text=<JSON arguments>, source=<tool name>)``; non-JSON argument
    text is checked as one string. Options: ``allowed_tools`` (None: any tool), ``schemas`` (tool name ->
    JSON Schema of its arguments: type, properties, required, additionalProperties, patternProperties,
    enum, const, minimum/maximum (exclusive too), multipleOf, minLength/maxLength, pattern, items,
    prefixItems, minItems/maxItems, uniqueItems, allOf/anyOf/oneOf/not), ``read_only_tools`` (tools whose
    arguments must not carry SQL writes), ``allowed_hosts`` (hosts URL arguments may target; when set, other
    hosts are reported too), ``max_json_depth``.

    Rules: ``toolcalls.not_allowed`` (1.0), ``toolcalls.invalid_arguments`` (0.8),
    ``toolcalls.destructive_shell`` (0.95), ``toolcalls.pipe_to_shell`` (0.95),
    ``toolcalls.path_traversal`` (0.85), ``toolcalls.ssrf`` (0.9), ``toolcalls.host_not_allowed`` (0.75),
    ``toolcalls.sql_write`` (0.9), ``toolcalls.sql_destructive`` (0.9; option ``destructive_sql``, on: DROP,
    TRUNCATE, DELETE without WHERE, ALTER TABLE ... DROP in the arguments of any tool), ``toolcalls.mass_delete``
    (0.85; option ``mass_delete``, on: a tool whose name says it deletes given "*", "%", "all", ...).
    """

    name: ClassVar[str] = "toolcalls"
    categories: ClassVar[frozenset[Category]] = frozenset({Category.UNSAFE_TOOL_CALL})
    directions: ClassVar[frozenset[Direction]] = frozenset({Direction.OUTPUT})
    roles: ClassVar[frozenset[Role]] = frozenset({Role.TOOL_CALL})
    rules: ClassVar[Mapping[str, str]] = {
        "toolcalls.not_allowed": "the tool is not in the configured allowlist",
        "toolcalls.invalid_arguments": "arguments are malformed JSON, nested too deeply or violate the tool's schema",
        "toolcalls.destructive_shell": "a destructive shell command (rm -rf /, mkfs, dd to a disk, fork bomb, ...)",
        "toolcalls.pipe_to_shell": "downloaded or decoded content executed (curl | sh, iex (iwr ...), ...)",
        "toolcalls.path_traversal": "a path that climbs out with ../ or points into system or credential files",
        "toolcalls.ssrf": "a URL or host aimed at cloud metadata, loopback, private networks or file:/gopher:",
        "toolcalls.host_not_allowed": "a URL argument to a host outside allowed_hosts (when it is set)",
        "toolcalls.sql_write": "a SQL write or DDL statement in the arguments of a read-only tool",
        "toolcalls.sql_destructive": "DROP, TRUNCATE, DELETE without WHERE or ALTER ... DROP in any tool's arguments",
        "toolcalls.mass_delete": "a deleting tool (delete_*, remove_*, purge_*, ...) given an argument selecting all",
    }

    def __init__(
        self,
        *,
        allowed_tools: Sequence[str] | None = None,
        schemas: Mapping[str, Mapping[str, Any]] | None = None,
        read_only_tools: Sequence[str] = (),
        allowed_hosts: Sequence[str] = (),
        max_json_depth: int = 32,
        destructive_sql: bool = True,
        mass_delete: bool = True,
    ) -> None:
        self.destructive_sql = bool(destructive_sql)
        self.mass_delete = bool(mass_delete)
        if allowed_tools is not None:
            allowed_tools = _names(allowed_tools, "allowed_tools")
        self.allowed_tools: frozenset[str] | None = None if allowed_tools is None else frozenset(allowed_tools)
        self.read_only_tools = frozenset(_names(read_only_tools, "read_only_tools"))
        if schemas is not None and not isinstance(schemas, Mapping):
            raise ConfigError("toolcalls: schemas must map tool names to JSON Schemas")
        self.schemas: dict[str, Mapping[str, Any]] = {}
        self._patterns: dict[str, re.Pattern[str]] = {}
        for tool, schema in (schemas or {}).items():
            if not isinstance(tool, str) or not isinstance(schema, Mapping | bool):
                raise ConfigError("toolcalls: schemas must map tool names to JSON Schemas (objects)")
            self.schemas[tool] = schema if isinstance(schema, Mapping) else ({} if schema else {"not": {}})
            self._patterns.update(_schema_patterns(schema, f"toolcalls: schema of {tool[:40]!r}"))
        self._allow = HostAllowlist(allowed_hosts, owner="toolcalls")
        self.allowed_hosts = tuple(allowed_hosts)
        if isinstance(max_json_depth, bool) or not isinstance(max_json_depth, int) or not 1 <= max_json_depth <= 256:
            raise ConfigError("toolcalls: max_json_depth must be an integer between 1 and 256")
        self.max_json_depth = max_json_depth
        self._limits = Limits(max_json_depth=max_json_depth)
        self._engine, self._regexes = _shared_engine()

    def scan(self, segment: Segment, ctx: ScanContext) -> list[Finding]:
        text = segment.text
        tool = segment.source
        shown_tool = _show(tool)
        findings: list[Finding] = []
        whole = Span(0, len(text))
        if self.allowed_tools is not None and (tool is None or tool not in self.allowed_tools):
            findings.append(self._f("not_allowed", 1.0, f"tool {shown_tool} is not in the allowlist", whole))
        schema = self.schemas.get(tool) if tool is not None else None
        stripped = text.strip()
        parsed: Any = None
        is_json = False
        if stripped[:1] in ("{", "[", '"') or (schema is not None and stripped):
            try:
                parsed = parse_json(text, limits=self._limits, what="arguments")
                is_json = True
            except InputError as exc:
                findings.append(self._f("invalid_arguments", 0.8, f"tool {shown_tool}: {exc}"[:300], whole))
        elif not stripped:
            parsed, is_json = {}, schema is not None
        if schema is not None and is_json:
            v = _Validator(self._patterns)
            v.validate(parsed, schema, "$")
            if v.errors:
                more = f" (+{len(v.errors) - 1} more)" if len(v.errors) > 1 else ""
                msg = f"tool {shown_tool}: arguments violate the schema: {v.errors[0]}{more}"
                findings.append(self._f("invalid_arguments", 0.8, msg[:300], whole))
        strings: list[tuple[_PathRef, str]] = _walk(parsed) if is_json else [(None, text)]
        if strings:
            self._check_strings(text, strings, is_json, tool, shown_tool, findings)
        return findings[:_MAX_FINDINGS]

    # -- string checks ------------------------------------------------------------------------------

    def _check_strings(
        self,
        text: str,
        strings: list[tuple[_PathRef, str]],
        is_json: bool,
        tool: str | None,
        shown_tool: str,
        out: list[Finding],
    ) -> None:
        locator = _Locator(text, is_json)
        values = [s[:_MAX_STRING] for _, s in strings]
        joined = "\n".join(values)
        starts: list[int] = []
        pos = 0
        for v in values:
            starts.append(pos)
            pos += len(v) + 1
        reported: set[tuple[str, int]] = set()
        # shell and path patterns: one pass over all strings
        ids = self._engine.matching(joined)
        sql_keywords = False
        for pid, m in self._matches(ids, joined):
            if m is None:
                sql_keywords = True
                continue
            if len(out) >= _MAX_FINDINGS:
                return
            rule, desc = _SHELL_DESCR[pid]
            idx = bisect.bisect_right(starts, m.start()) - 1
            if (rule, idx) in reported:
                continue
            reported.add((rule, idx))
            s0 = m.start() - starts[idx]
            s1 = min(m.end() - starts[idx], len(values[idx]))
            what = "shell command" if rule != "path_traversal" else "path"
            msg = f"{what} in argument {_path(strings[idx][0])}: {desc}"
            out.append(
                self._f(rule, _SCORES[rule], msg, locator.span(strings[idx][1], s0, s1), mask(m.group().strip()))
            )
        # URLs and hosts
        for idx, v in enumerate(values):
            if len(out) >= _MAX_FINDINGS:
                return
            if "://" in v or (len(v) <= 300 and " " not in v and ("." in v or ":" in v or v in _BARE_NAMES)):
                self._check_hosts(idx, v, _path(strings[idx][0]), locator, reported, out)
        read_only = tool is not None and tool in self.read_only_tools
        # SQL: a read-only tool may receive no write at all; any other tool nothing irreversible
        if sql_keywords and (read_only or self.destructive_sql):
            for idx, v in enumerate(values):
                if len(out) >= _MAX_FINDINGS:
                    return
                stmt = _sql_write(v) if read_only else _sql_destructive(v)
                if stmt is not None:
                    where = _path(strings[idx][0])
                    span = locator.span(strings[idx][1], 0, len(v))
                    if read_only:
                        msg = f"read-only tool {shown_tool} receives a SQL {stmt} statement in argument {where}"
                        out.append(self._f("sql_write", 0.9, msg, span, stmt))
                    else:
                        msg = f"tool {shown_tool} receives an irreversible SQL statement ({stmt}) in argument {where}"
                        out.append(self._f("sql_destructive", 0.9, msg, span, stmt))
        # a deleting tool told to select everything
        if self.mass_delete and tool is not None and data.DELETE_TOOL.search(tool):
            for idx, v in enumerate(values):
                if v.strip().lower() in data.SELECT_ALL:
                    where = _path(strings[idx][0])
                    msg = f"deleting tool {shown_tool} is given {v.strip()!r} (everything) in argument {where}"
                    out.append(self._f("mass_delete", 0.85, msg, locator.span(strings[idx][1], 0, len(v)), v.strip()))
                    break

    def _matches(self, ids: list[int], joined: str) -> Iterator[tuple[str, re.Match[str] | None]]:
        for i in ids:
            pid = self._engine.patterns[i].id
            if pid == _SQL_KW_ID:
                yield pid, None
                continue
            for m in self._regexes[i].finditer(joined):
                yield pid, m

    def _check_hosts(
        self,
        idx: int,
        v: str,
        path: str,
        locator: _Locator,
        reported: set[tuple[str, int]],
        out: list[Finding],
    ) -> None:
        targets: list[tuple[int, int, str | None, str]] = []  # (start, end, host, scheme)
        if "://" in v or v[:5].lower() in ("file:", "dict:") or v[:7].lower() == "gopher:":
            targets.extend(_urls(v))
        if len(v) <= 300 and not targets:
            m = data.BARE_HOST.fullmatch(v.strip())
            if m is not None:
                off = len(v) - len(v.lstrip())
                targets.append((off, off + len(v.strip()), m.group(1), ""))
        for s, e, host, scheme in targets[:16]:
            if scheme in data.SSRF_SCHEMES:
                if ("ssrf", idx) not in reported:
                    reported.add(("ssrf", idx))
                    msg = f"argument {path} uses a {scheme}: URL"
                    out.append(self._f("ssrf", 0.9, msg, locator.span(v, s, e), f"{scheme}:"))
                continue
            if not host:
                continue
            hn = normalize_host(host)
            if hn in self._allow:
                continue
            why = internal_host(hn)
            if why is not None:
                if ("ssrf", idx) not in reported:
                    reported.add(("ssrf", idx))
                    msg = f"argument {path} targets {why} ({hn[:64]})"
                    out.append(self._f("ssrf", 0.9, msg, locator.span(v, s, e), hn[:64]))
            elif self._allow and ("host", idx) not in reported and scheme:
                reported.add(("host", idx))
                msg = f"argument {path} targets host {hn[:64]} outside allowed_hosts"
                out.append(self._f("host_not_allowed", 0.75, msg, locator.span(v, s, e), hn[:64]))

    def _f(self, rule: str, score: float, message: str, span: Span | None, evidence: str | None = None) -> Finding:
        return Finding(
            scanner=self.name,
            rule=f"toolcalls.{rule}",
            category=Category.UNSAFE_TOOL_CALL,
            score=score,
            message=message,
            span=span,
            evidence=evidence,
        )


class _Locator:
    """Maps a string value (and a range inside it) to a span of the original argument text."""

    __slots__ = ("_cache", "is_json", "text")

    def __init__(self, text: str, is_json: bool) -> None:
        self.text = text
        self.is_json = is_json
        self._cache: dict[str, tuple[int, int, bool] | None] = {}

    def span(self, value: str, start: int, end: int) -> Span:
        n = len(self.text)
        if not self.is_json:
            return Span(min(start, n), min(end, n))
        if value not in self._cache:
            self._cache[value] = self._find(value)
        hit = self._cache[value]
        if hit is None:
            return Span(0, n)
        pos, length, exact = hit
        if exact:  # the raw text holds the value without escapes: point at the exact range
            return Span(pos + start, pos + end)
        return Span(pos, pos + length)

    def _find(self, value: str) -> tuple[int, int, bool] | None:
        """(start of the string's contents, their length, written without escapes) of its first occurrence."""
        for ascii_only in (False, True):
            enc = json.dumps(value, ensure_ascii=ascii_only)
            i = self.text.find(enc)
            if i != -1:
                return i + 1, len(enc) - 2, enc[1:-1] == value
        return None


_BARE_NAMES = frozenset({"localhost", "metadata", "instance-data"})
_URL_BODY = re.compile(r"""[^\s"'<>`{}|\\^]{0,2048}""")
_SCHEME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+.-")


def _urls(v: str) -> list[tuple[int, int, str | None, str]]:
    """URLs in a string: (start, end, host or None, lower-case scheme)."""
    out: list[tuple[int, int, str | None, str]] = []
    low = v.lower()
    for sch in ("file:", "gopher:", "dict:"):
        if low.startswith(sch) and "://" not in v[: len(sch) + 3]:
            out.append((0, len(v), None, sch[:-1]))
    i = v.find("://")
    while i != -1 and len(out) < 16:
        k = i
        while k > 0 and i - k < 16 and v[k - 1] in _SCHEME_CHARS:
            k -= 1
        while k < i and not v[k].isalpha():
            k += 1
        scheme = v[k:i].lower()
        m = _URL_BODY.match(v, i + 3)
        end = m.end() if m else i + 3
        if scheme:
            url = v[k:end]
            host: str | None = None
            try:
                host = urlsplit(url.replace("\\", "/")).hostname
            except ValueError:
                host = None
            if host is None and scheme not in data.SSRF_SCHEMES:
                # urlsplit refuses odd hosts ("http://[::1"); take the authority as written
                host = url[len(scheme) + 3 :].split("/", 1)[0].rsplit("@", 1)[-1].split(":", 1)[0] or None
            out.append((k, end, host, scheme))
        i = v.find("://", max(end, i + 3))
    return out


def _sql_write(v: str) -> str | None:
    """The first SQL write keyword outside literals and comments, or None."""
    if len(v) < 6:
        return None
    bare = data.SQL_STRIP.sub(" ", v[:_MAX_STRING])
    for pos in _statement_starts(bare):
        m = data.SQL_WRITE.match(bare, pos)
        if m is not None:
            return m.group(1).split(None, 1)[0].upper()
    if data.SQL_INTO_FILE.search(bare):
        return "INTO OUTFILE"
    return None


def _sql_destructive(v: str) -> str | None:
    """The first irreversible statement (DROP …, TRUNCATE, DELETE without WHERE, ALTER TABLE … DROP) outside
    literals and comments, as e.g. "DROP TABLE", or None. A quoted string inside the value that is itself such a
    statement counts too (arguments that carry JSON inside a string: ``{"input": "… {\\"sql\\": \\"DROP …\\"}"}``)."""
    if len(v) < 6:
        return None
    head = v[:_MAX_STRING]
    found = _destructive_statement(data.SQL_STRIP.sub(" ", head))
    if found is None and '"' in head:
        for m in _QUOTED.finditer(head):
            found = _destructive_statement(data.SQL_STRIP.sub(" ", m.group(1)))
            if found is not None:
                break
    return found


_QUOTED = re.compile(r'"([^"\\\n]{6,2000})"')


def _statement_starts(bare: str) -> list[int]:
    """Where SQL statements may start: the beginning, after ';', inside or after parentheses, a new line."""
    return [0, *(m.end() for m in data.SQL_STATEMENT_START.finditer(bare, 0, 1 << 30))][:4096]


def _destructive_statement(bare: str) -> str | None:
    for pos in _statement_starts(bare):
        m = data.SQL_DESTRUCTIVE.match(bare, pos)
        if m is None:
            continue
        words = m.group(1).split()
        kind = words[0].upper()
        if kind == "DELETE":
            return "DELETE without WHERE"  # the pattern ends the statement after the table (and an alias)
        if kind == "DROP":
            return f"DROP {words[1].upper()}"
        return "ALTER TABLE ... DROP" if kind == "ALTER" else kind
    return None


def _names(value: Any, what: str) -> list[str]:
    if isinstance(value, str) or not isinstance(value, Sequence | frozenset | set):
        raise ConfigError(f"toolcalls: {what} must be a list of tool names")
    out = []
    for v in value:
        if not isinstance(v, str) or not v:
            raise ConfigError(f"toolcalls: {what} entries must be non-empty strings")
        out.append(v)
    return out


def _show(tool: str | None) -> str:
    if tool is None:
        return "(unnamed)"
    t = tool if len(tool) <= 64 else tool[:61] + "..."
    return repr(t)
