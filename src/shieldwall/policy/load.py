"""YAML → validated ``Policy`` → ``Pipeline``.

- YAML is parsed safely (no tags, no Python objects), with bounded size and node count (alias bombs);
- ``${NAME}`` and ``${NAME:default}`` in string values are replaced from the environment;
- every error is a ``ConfigError`` naming the key path and the line;
- ``build_pipeline`` constructs each scanner once (its options are validated by its constructor).
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from shieldwall.core.errors import ConfigError, RegistryError, ShieldwallError
from shieldwall.core.pipeline import ActionRule, Pipeline, ScannerSlot
from shieldwall.core.types import Category
from shieldwall.policy.schema import Policy
from shieldwall.scanners import registry

BUILTIN_POLICIES = ("default", "strict", "fast")
MAX_POLICY_BYTES = 1 << 20
MAX_NODES = 100_000
_ENV_RE = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?::([^}]*))?\}")

Path_ = tuple[str | int, ...]


class _Converter:
    """Turns a composed YAML node tree into Python data, remembering the line of every path."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.lines: dict[Path_, int] = {}
        self.nodes = 0
        self._loader = yaml.SafeLoader("")

    def convert_document(self, node: yaml.Node) -> Any:
        """``convert`` for a whole document: bad scalar values and nesting too deep become a ``ConfigError``."""
        try:
            return self.convert(node)
        except yaml.YAMLError as exc:
            raise ConfigError(f"{self.source}: invalid YAML value: {str(exc).splitlines()[0]}") from None
        except RecursionError:
            raise ConfigError(f"{self.source}: YAML nested too deeply") from None

    def convert(self, node: yaml.Node, path: Path_ = ()) -> Any:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise ConfigError(f"{self.source}: more than {MAX_NODES:,} YAML nodes (alias bomb?)")
        self.lines[path] = node.start_mark.line + 1
        if isinstance(node, yaml.MappingNode):
            out: dict[str, Any] = {}
            for key_node, value_node in node.value:
                key = self.convert(key_node, (*path, "<key>"))
                if not isinstance(key, str | int | float | bool) or key is None:
                    raise ConfigError(f"{self.source}, line {key_node.start_mark.line + 1}: keys must be strings")
                skey = str(key)
                if skey in out:
                    raise ConfigError(f"{self.source}, line {key_node.start_mark.line + 1}: duplicate key {skey!r}")
                self.lines[(*path, skey)] = key_node.start_mark.line + 1
                out[skey] = self.convert(value_node, (*path, skey))
            return out
        if isinstance(node, yaml.SequenceNode):
            return [self.convert(v, (*path, i)) for i, v in enumerate(node.value)]
        value = self._loader.construct_object(node, deep=True)
        if isinstance(value, str):
            return self._interpolate(value, node.start_mark.line + 1)
        if value is not None and not isinstance(value, int | float | bool):
            line = node.start_mark.line + 1
            raise ConfigError(f"{self.source}, line {line}: unsupported value type {type(value).__name__}")
        return value

    def _interpolate(self, value: str, line: int) -> str:
        if "${" not in value:
            return value

        def sub(m: re.Match[str]) -> str:
            name, default = m.group(1), m.group(2)
            env = os.environ.get(name)
            if env is not None:
                return env
            if default is not None:
                return default
            raise ConfigError(f"{self.source}, line {line}: environment variable {name} is not set and has no default")

        return _ENV_RE.sub(sub, value)

    def line_of(self, loc: tuple[Any, ...]) -> int | None:
        path: Path_ = tuple(loc)
        while True:
            if path in self.lines:
                return self.lines[path]
            if not path:
                return None
            path = path[:-1]


def _format_loc(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def compose_yaml(text: str, *, source: str) -> yaml.Node | None:
    """The YAML node tree of ``text`` (safe: no tags, no objects); syntax errors and nesting too deep for
    the parser become a ``ConfigError`` naming ``source`` and the line."""
    try:
        node: yaml.Node | None = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f", line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ConfigError(f"{source}{where}: invalid YAML: {problem}") from None
    except RecursionError:
        raise ConfigError(f"{source}: YAML nested too deeply") from None
    return node


def parse_policy(text: str, *, source: str = "<policy>") -> Policy:
    """Parse and validate a policy document (YAML text)."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_POLICY_BYTES:
        raise ConfigError(f"{source}: policy file is larger than {MAX_POLICY_BYTES:,} bytes")
    node = compose_yaml(text, source=source)
    if node is None:
        raise ConfigError(f"{source}: policy is empty")
    conv = _Converter(source)
    data = conv.convert_document(node)
    if not isinstance(data, dict):
        raise ConfigError(f"{source}: a policy must be a mapping at the top level")
    base = data.get("extends")
    if base is not None:
        if not isinstance(base, str) or base not in BUILTIN_POLICIES:
            line = conv.line_of(("extends",))
            raise ConfigError(f"{source}, line {line}: extends must be one of {', '.join(BUILTIN_POLICIES)}")
        parent = builtin_policy(base).model_dump(mode="json", exclude={"extends"})
        data = {**parent, **{k: (_merge(parent.get(k), v)) for k, v in data.items()}}
    try:
        return Policy.model_validate(data)
    except ValidationError as exc:
        msgs = []
        for err in exc.errors()[:10]:
            loc = tuple(err["loc"])
            line = conv.line_of(loc)
            where = f"line {line}: " if line else ""
            what = "unknown key" if err["type"] == "extra_forbidden" else err["msg"]
            msgs.append(f"{source}, {where}{_format_loc(loc)}: {what}")
        raise ConfigError("\n".join(msgs)) from None


def _merge(base: Any, override: Any) -> Any:
    """Override keys of mappings one level deep (actions, rules, limits); anything else replaces."""
    if isinstance(base, dict) and isinstance(override, dict):
        return {**base, **override}
    return override


def read_config_file(path: Path, *, what: str, max_bytes: int, missing: str) -> str:
    """The UTF-8 text of a configuration file, or a ``ConfigError`` naming the problem (never a traceback)."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(missing) from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read {what}: {exc.strerror}") from None
    if len(raw) > max_bytes:
        raise ConfigError(f"{path}: {what} file is larger than {max_bytes:,} bytes")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not valid UTF-8 at byte {exc.start}") from None


@lru_cache(maxsize=8)
def builtin_policy(name: str) -> Policy:
    if name not in BUILTIN_POLICIES:
        raise ConfigError(f"unknown built-in policy {name!r} (built-ins: {', '.join(BUILTIN_POLICIES)})")
    text = resources.files("shieldwall.policy").joinpath("defaults", f"{name}.yaml").read_text("utf-8")
    return parse_policy(text, source=f"builtin:{name}")


def load_policy(ref: str | Path) -> Policy:
    """A built-in policy by name, or a policy file by path."""
    if isinstance(ref, str) and ref in BUILTIN_POLICIES:
        return builtin_policy(ref)
    path = Path(ref)
    builtins = ", ".join(BUILTIN_POLICIES)
    text = read_config_file(
        path,
        what="policy",
        max_bytes=MAX_POLICY_BYTES,
        missing=f"policy {str(ref)!r} is neither a built-in ({builtins}) nor a file",
    )
    return parse_policy(text, source=str(path))


def build_pipeline(policy: Policy, *, overrides: Mapping[str, Mapping[str, Any]] | None = None) -> Pipeline:
    """Construct every enabled scanner once and wire them into a ``Pipeline``."""
    slots: list[ScannerSlot] = []
    known_rules: set[str] = set()
    for i, spec in enumerate(policy.scanners):
        if not spec.enabled:
            continue
        try:
            cls = registry.load(spec.name)
        except RegistryError as exc:
            raise ConfigError(f"policy {policy.id}: scanners[{i}]: {exc}") from None
        options = {**spec.options, **((overrides or {}).get(spec.name, {}))}
        try:
            scanner = cls(**options)
        except (TypeError, ValueError, ShieldwallError) as exc:
            raise ConfigError(f"policy {policy.id}: scanners[{i}] ({spec.name}): invalid options: {exc}") from None
        roles = frozenset(spec.roles) if spec.roles is not None else cls.roles
        directions = frozenset(spec.directions) if spec.directions is not None else cls.directions
        slots.append(ScannerSlot(spec.name, scanner, roles, directions))
        known_rules.update(getattr(cls, "rules", {}))
        known_rules.add(f"{spec.name}.hidden_content")
    known_rules.update({"pipeline.scanner_error", "pipeline.scanner_timeout"})
    for rule in [*policy.rules, *policy.disabled_rules]:
        if rule not in known_rules:
            raise ConfigError(f"policy {policy.id}: unknown rule id {rule!r} (no enabled scanner emits it)")
    actions = {Category(c): ActionRule(a.action, a.threshold) for c, a in policy.actions.items()}
    rule_actions = {r: ActionRule(a.action, a.threshold) for r, a in policy.rules.items()}
    return Pipeline(
        slots,
        actions=actions,
        rule_actions=rule_actions,
        disabled_rules=frozenset(policy.disabled_rules),
        fail_closed=policy.fail_closed,
        limits=policy.limits.to_limits(),
        policy_id=policy.id,
        policy_version=policy.version,
    )
