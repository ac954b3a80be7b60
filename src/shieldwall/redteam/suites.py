"""Attack suites as versioned YAML data files, and their loader.

A *suite* (``suites/<name>.yaml``) names attack files, benign control files, the seed and the mutator
chains; an *attack file* holds the attacks of one family. Every error names the file and the line::

    src/.../attacks/goal_hijacking.yaml, line 14: attacks[2].judge.type: unknown judge 'markr' (…)

Built-in suites live in this package (``shieldwall redteam suites`` lists them); any path to a suite file
works too. Nothing is executed: the files are data (``yaml.SafeLoader``), placeholders are plain names.
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from shieldwall.core.errors import ConfigError
from shieldwall.policy.load import _Converter, _format_loc, compose_yaml, read_config_file
from shieldwall.redteam.attack import TURN_ROLES, Attack, JudgeSpec, Turn

SUITE_VERSION = 1
MAX_FILE_BYTES = 4 << 20
JUDGE_TYPES = ("marker", "leak", "exfil", "tool_call", "comply", "benign")
_ID = r"^[a-z0-9][a-z0-9_.-]{0,95}$"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _JudgeModel(_Strict):
    type: str
    text: str | None = Field(None, min_length=1, max_length=500)
    at_start: bool = False
    values: list[str] = Field(default_factory=list, max_length=20)
    host: str | None = None
    tools: list[str] = Field(default_factory=list, max_length=50)
    args_contains: list[str] = Field(default_factory=list, max_length=50)
    on_tools: list[str] = Field(default_factory=list, max_length=50)
    expect_any: list[str] = Field(default_factory=list, max_length=50)

    @field_validator("type")
    @classmethod
    def _known(cls, v: str) -> str:
        if v not in JUDGE_TYPES:
            raise ValueError(f"unknown judge {v!r} (known: {', '.join(JUDGE_TYPES)})")
        return v

    @model_validator(mode="after")
    def _complete(self) -> _JudgeModel:
        if self.type == "tool_call" and not (self.tools or self.args_contains):
            raise ValueError("a tool_call judge needs 'tools' or 'args_contains'")
        if self.type == "comply" and not self.expect_any:
            raise ValueError("a comply judge needs 'expect_any' (words an on-topic answer contains)")
        return self


class _TurnModel(_Strict):
    system: str | None = Field(None, max_length=100_000)
    user: str | None = Field(None, max_length=100_000)
    assistant: str | None = Field(None, max_length=100_000)
    document: str | None = Field(None, max_length=100_000)
    tool: str | None = Field(None, max_length=100_000)
    name: str | None = Field(None, pattern=r"^[A-Za-z_][A-Za-z0-9_.-]{0,63}$")
    payload: bool = False
    repeat: int = Field(1, ge=1, le=512)  # many-shot: the turn repeated (with its example cycled)
    examples: list[list[str]] = Field(default_factory=list, max_length=256)  # many-shot [question, answer] pairs

    @model_validator(mode="after")
    def _one_role(self) -> _TurnModel:
        given = [r for r in TURN_ROLES if getattr(self, r) is not None]
        if len(given) != 1:
            raise ValueError(f"a turn has exactly one of {', '.join(TURN_ROLES)} (got {', '.join(given) or 'none'})")
        if self.name is not None and given[0] != "tool":
            raise ValueError("'name' is only for tool turns (the tool that returned the result)")
        if self.examples and any(len(e) != 2 for e in self.examples):
            raise ValueError("examples are [question, answer] pairs")
        return self


class _AttackModel(_Strict):
    id: str = Field(pattern=_ID)
    goal: str = Field(min_length=1, max_length=500)
    tags: list[str] = Field(default_factory=list, max_length=20)
    system: str | None = None  # a name from systems.yaml; default: the file's
    turns: list[_TurnModel] = Field(min_length=1, max_length=64)
    judge: _JudgeModel
    tools: list[dict[str, Any]] = Field(default_factory=list, max_length=32)
    conversation: bool = False
    mutate: bool = True

    @field_validator("judge", mode="before")
    @classmethod
    def _shorthand(cls, v: Any) -> Any:
        return {"type": v} if isinstance(v, str) else v

    @model_validator(mode="after")
    def _has_user(self) -> _AttackModel:
        if not any(t.user is not None or t.document is not None or t.tool is not None for t in self.turns):
            raise ValueError("an attack needs a user, document or tool turn")
        if sum(t.payload for t in self.turns) > 1:
            raise ValueError("at most one turn is the payload")
        for t in self.tools:
            fn = t.get("function") if isinstance(t, dict) else None
            if t.get("type") != "function" or not isinstance(fn, dict) or not isinstance(fn.get("name"), str):
                raise ValueError("tools are OpenAI tool definitions: {type: function, function: {name: …}}")
        return self


class _AttackFile(_Strict):
    version: Literal[1]
    family: str = Field(pattern=r"^[a-z][a-z0-9_]{0,63}$")
    category: str = Field(min_length=1, max_length=64)
    description: str = ""
    system: str = "support"
    benign: bool = False
    attacks: list[_AttackModel] = Field(min_length=1, max_length=2000)


class _Mutations(_Strict):
    variants: int = Field(1, ge=0, le=20)  # mutated variants per attack (besides the plain one)
    chains: list[list[str]] = Field(default_factory=list, max_length=200)
    plain: bool = True  # keep the unmutated instance


class _SuiteFile(_Strict):
    version: Literal[1]
    name: str = Field(pattern=r"^[a-z][a-z0-9_-]{0,63}$")
    description: str = ""
    seed: int = 0
    attacks: list[str] = Field(default_factory=list)
    benign: list[str] = Field(default_factory=list)
    only: list[str] = Field(default_factory=list)  # attack-id glob patterns to keep (default: all)
    mutations: _Mutations = Field(default_factory=_Mutations)


@dataclass(frozen=True, slots=True)
class Suite:
    name: str
    description: str
    seed: int
    attacks: tuple[Attack, ...]
    benign: tuple[Attack, ...]
    chains: tuple[tuple[str, ...], ...]
    variants: int
    plain: bool
    path: str
    digest: str  # sha256 over the files' bytes: a resumed run must use the same suite

    @property
    def families(self) -> list[str]:
        return sorted({a.family for a in self.attacks})


class _Converter2(_Converter):
    """The policy loader's line-tracking converter without ``${ENV}`` interpolation (attack texts are data)."""

    def _interpolate(self, value: str, line: int) -> str:
        return value


def _parse(text: str, source: str) -> tuple[Any, _Converter2]:
    node = compose_yaml(text, source=source)
    if node is None:
        raise ConfigError(f"{source}, line 1: the file is empty")
    conv = _Converter2(source)
    data = conv.convert_document(node)
    if not isinstance(data, dict):
        raise ConfigError(f"{source}, line {node.start_mark.line + 1}: the file must be a mapping at the top level")
    return data, conv


def _validate(model: type[BaseModel], data: Any, conv: _Converter2, source: str) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        msgs = []
        for err in exc.errors()[:10]:
            loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and p in ("str", "_JudgeModel")))
            line = conv.line_of(loc)
            what = "unknown key" if err["type"] == "extra_forbidden" else err["msg"].removeprefix("Value error, ")
            msgs.append(f"{source}, line {line or 1}: {_format_loc(loc)}: {what}")
        raise ConfigError("\n".join(msgs)) from None


SUITES_DIR = Path(__file__).parent / "suites"


def _read_text(path: Path) -> tuple[str, bytes]:
    text = read_config_file(path, what="suite", max_bytes=MAX_FILE_BYTES, missing=f"{path}: file not found")
    return text, text.encode("utf-8")


def builtin_suites() -> list[str]:
    """The names of the suites shipped in the package."""
    return sorted(p.stem for p in SUITES_DIR.glob("*.yaml") if p.stem != "systems")


def suite_path(ref: str | Path) -> Path:
    """A built-in suite by name, or a suite file by path."""
    if isinstance(ref, str) and ref in builtin_suites():
        return SUITES_DIR / f"{ref}.yaml"
    p = Path(ref)
    if not p.exists():
        raise ConfigError(f"unknown suite {str(ref)!r}: neither a built-in ({', '.join(builtin_suites())}) nor a file")
    if p.is_dir():
        raise ConfigError(f"{p}: is a directory, not a suite file")
    return p


def load_systems(path: Path | None = None) -> dict[str, str]:
    """System-prompt templates by name (``suites/systems.yaml``)."""
    path = path or SUITES_DIR / "systems.yaml"
    text, _ = _read_text(path)
    data, conv = _parse(text, str(path))
    for k, v in data.items():
        if not isinstance(v, str) or not v.strip():
            raise ConfigError(
                f"{path}, line {conv.line_of((k,)) or 1}: {k}: a system prompt must be a non-empty string"
            )
    return dict(data)


def _expand_turns(turns: list[_TurnModel]) -> tuple[Turn, ...]:
    out: list[Turn] = []
    for t in turns:
        role = next(r for r in TURN_ROLES if getattr(t, r) is not None)
        content = str(getattr(t, role))
        if t.examples:  # many-shot: the template's {q}/{a} filled from the examples, cycled `repeat` times
            parts = []
            for i in range(t.repeat):
                q, a = t.examples[i % len(t.examples)]
                parts.append(content.replace("{q}", q).replace("{a}", a))
            content = "\n".join(parts)
        elif t.repeat > 1:
            content = "\n".join([content] * t.repeat)
        out.append(Turn(role, content, name=t.name, payload=t.payload))
    if not any(t.payload for t in out):  # default: the (last) untrusted document/tool turn, else the last user turn
        untrusted = [i for i, t in enumerate(out) if t.role in ("document", "tool")]
        idx = untrusted[-1] if untrusted else max(i for i, t in enumerate(out) if t.role == "user")
        out[idx] = Turn(out[idx].role, out[idx].content, name=out[idx].name, payload=True)
    return tuple(out)


def load_attack_file(path: Path, systems: dict[str, str], *, benign: bool) -> tuple[list[Attack], bytes]:
    text, raw = _read_text(path)
    source = str(path)
    data, conv = _parse(text, source)
    f: _AttackFile = _validate(_AttackFile, data, conv, source)
    if f.benign != benign:
        want = "benign control" if benign else "attack"
        raise ConfigError(
            f"{source}, line {conv.line_of(('benign',)) or 1}: listed as {want} file but benign is {f.benign}"
        )
    out = []
    for i, a in enumerate(f.attacks):
        line = conv.line_of(("attacks", i)) or 1
        system_name = a.system or f.system
        if system_name not in systems:
            loc: tuple[str | int, ...] = ("attacks", i, "system") if a.system else ("system",)
            raise ConfigError(
                f"{source}, line {conv.line_of(loc) or line}: {_format_loc(loc)}: "
                f"unknown system prompt {system_name!r} "
                f"(known: {', '.join(sorted(systems))})"
            )
        j = a.judge
        judge = JudgeSpec(
            type=j.type,
            text=j.text,
            at_start=j.at_start,
            values=tuple(j.values),
            host=j.host,
            tools=tuple(j.tools),
            args_contains=tuple(j.args_contains),
            on_tools=tuple(j.on_tools),
            expect_any=tuple(j.expect_any),
        )
        out.append(
            Attack(
                id=a.id,
                family=f.family,
                category=f.category,
                goal=a.goal,
                turns=_expand_turns(a.turns),
                judge=judge,
                system=systems[system_name],
                tags=tuple(a.tags),
                tools=tuple(a.tools),
                conversation=a.conversation,
                mutate=a.mutate and not benign,
                benign=benign,
                source=f"{source}:{line}",
            )
        )
    return out, raw


def load_suite(ref: str | Path) -> Suite:
    """Load and validate a suite and every file it names; mutator names are checked too."""
    import hashlib

    from shieldwall.redteam.mutators import check_chain

    path = suite_path(ref)
    text, raw = _read_text(path)
    source = str(path)
    data, conv = _parse(text, source)
    s: _SuiteFile = _validate(_SuiteFile, data, conv, source)
    for i, chain in enumerate(s.mutations.chains):
        try:
            check_chain(chain)
        except ConfigError as exc:
            raise ConfigError(f"{source}, line {conv.line_of(('mutations', 'chains', i)) or 1}: {exc}") from None
    systems_path = path.parent / "systems.yaml"
    systems = load_systems(systems_path if systems_path.exists() else None)
    digest = hashlib.sha256(raw)
    seen: dict[str, str] = {}
    groups: dict[bool, list[Attack]] = {False: [], True: []}
    for benign, key in ((False, "attacks"), (True, "benign")):
        for i, rel in enumerate(getattr(s, key)):
            p = (path.parent / rel).resolve()
            if not p.is_file():
                raise ConfigError(f"{source}, line {conv.line_of((key, i)) or 1}: {key}[{i}]: file {rel!r} not found")
            attacks, file_raw = load_attack_file(p, systems, benign=benign)
            digest.update(file_raw)
            for a in attacks:
                if a.id in seen:
                    raise ConfigError(f"{a.source}: duplicate attack id {a.id!r} (first defined at {seen[a.id]})")
                seen[a.id] = a.source
                if not s.only or any(fnmatch.fnmatchcase(a.id, pat) for pat in s.only):
                    groups[benign].append(a)
    if not groups[False] and not groups[True]:
        raise ConfigError(f"{source}: the suite selects no attacks")
    return Suite(
        name=s.name,
        description=s.description,
        seed=s.seed,
        attacks=tuple(groups[False]),
        benign=tuple(groups[True]),
        chains=tuple(tuple(c) for c in s.mutations.chains),
        variants=s.mutations.variants,
        plain=s.mutations.plain,
        path=source,
        digest=digest.hexdigest(),
    )
