"""Detectors under test: a protocol, Shieldwall's own pipeline, and offline competitor adapters.

Competitors (``jailguard``, ``prismguard``) are optional (``pip install 'shieldwall[bench]'``) and imported
only when their adapter is built.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any, Protocol, runtime_checkable

from shieldwall.core.errors import ConfigError, InputError
from shieldwall.core.types import Action, Category, Direction, Finding, Role, Verdict

ATTACK_CATEGORIES = frozenset({Category.PROMPT_INJECTION, Category.JAILBREAK})
BENCH_ROLES = (Role.USER, Role.DOCUMENT, Role.TOOL)
JAILGUARD_MODEL_FILE = "all-MiniLM-L6-v2.onnx"
JAILGUARD_DIR_ENV = "SHIELDWALL_JAILGUARD_DIR"
DEFAULT_JAILGUARD_DIR = Path("~/.cache/shieldwall/jailguard")
_INSTALL = "pip install 'shieldwall[bench]'"


class AdapterUnavailable(ConfigError):
    """A detector cannot be built here: its package or model file is missing."""


class AdapterFailed(ConfigError):
    """A detector failed while predicting."""


@dataclass(frozen=True, slots=True)
class Prediction:
    """One text's outcome: ``flag`` when predicted an attack, ``score`` in [0, 1]."""

    flag: bool
    score: float


@runtime_checkable
class Adapter(Protocol):
    """A detector the harness can time: ``predict`` returns one ``Prediction`` per text, in order."""

    name: str

    def predict(self, texts: Sequence[str]) -> list[Prediction]: ...


def attack_decision(findings: Iterable[Finding]) -> Prediction:
    """Attack iff a prompt-injection or jailbreak finding got an action other than ``allow`` from the policy."""
    score = 0.0
    flag = False
    for f in findings:
        if f.category in ATTACK_CATEGORIES and f.action is not None and f.action is not Action.ALLOW:
            flag = True
            score = max(score, f.score)
    return Prediction(flag, score)


def verdict_decision(verdict: Verdict) -> Prediction:
    return attack_decision(verdict.findings)


class ShieldwallAdapter:
    """Shieldwall's pipeline under a policy; each text is one input segment with the given role.

    The scan is the one ``shieldwall scan --jsonl`` runs per line: ``get_pipeline(policy).scan(Segment(text,
    role), direction=input)``.
    """

    def __init__(self, *, policy: str | Path = "default", role: Role | str = Role.USER) -> None:
        from shieldwall import __version__
        from shieldwall._api import get_pipeline

        try:
            self.role = Role(role)
        except ValueError:
            raise InputError(f"role must be one of {', '.join(r.value for r in BENCH_ROLES)}, not {role!r}") from None
        if self.role not in BENCH_ROLES:
            raise InputError(f"role must be one of {', '.join(r.value for r in BENCH_ROLES)}, not {role!r}")
        self.name = "shieldwall"
        self.policy = str(policy)
        self._pipeline = get_pipeline(policy)
        self.version = f"{__version__} (policy {self._pipeline.policy_id})"

    def verdict(self, text: str) -> Verdict:
        from shieldwall.core.types import Segment

        return self._pipeline.scan(Segment(text, self.role), direction=Direction.INPUT)

    def predict(self, texts: Sequence[str]) -> list[Prediction]:
        return [verdict_decision(self.verdict(t)) for t in texts]


def _import(module: str, package: str) -> ModuleType:
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise AdapterUnavailable(
            f"the {package} adapter needs the {package!r} package: {_INSTALL} ({type(exc).__name__}: {exc})"
        ) from None


def _version(package: str) -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(package)
    except PackageNotFoundError:
        return None


def _guard(name: str, call: Callable[[], Any]) -> Any:
    """Run a competitor's call; its panics (``BaseException`` subclasses) become ``AdapterFailed``."""
    try:
        return call()
    except (KeyboardInterrupt, SystemExit, GeneratorExit):
        raise
    except BaseException as exc:  # Rust panics (pyo3 PanicException) derive from BaseException
        raise AdapterFailed(f"{name} failed: {type(exc).__name__}: {str(exc)[:200]}") from None


def jailguard_dir() -> Path:
    """Where the jailguard adapter looks for ``all-MiniLM-L6-v2.onnx``."""
    env = os.environ.get(JAILGUARD_DIR_ENV)
    return Path(env).expanduser() if env else DEFAULT_JAILGUARD_DIR.expanduser()


class JailguardAdapter:
    """``jailguard`` (MiniLM embeddings + MLP), offline with a locally exported MiniLM ONNX file."""

    def __init__(self, *, model_dir: Path | str | None = None) -> None:
        self.name = "jailguard"
        folder = Path(model_dir).expanduser() if model_dir is not None else jailguard_dir()
        model = folder / JAILGUARD_MODEL_FILE
        if not model.is_file():
            raise AdapterUnavailable(
                f"jailguard needs {model} to run offline (it would otherwise download it and panic without a "
                f"network): create it with scripts/export_jailguard_model.py --out {folder}, "
                f"or point ${JAILGUARD_DIR_ENV} at a folder holding {JAILGUARD_MODEL_FILE}"
            )
        os.environ["JAILGUARD_MODEL_DIR"] = str(folder)
        self._jg = _import("jailguard", "jailguard")
        self.version = _version("jailguard")

    def predict(self, texts: Sequence[str]) -> list[Prediction]:
        results = _guard(self.name, lambda: self._jg.detect_batch(list(texts)))
        return [Prediction(bool(r.is_injection), float(r.score)) for r in results]


class PrismguardAdapter:
    """``prismguard`` in its rules-only mode (its ML tier downloads a model and is not used here)."""

    def __init__(self) -> None:
        self.name = "prismguard"
        os.environ.setdefault("PRISMGUARD_OFFLINE", "1")
        factory = _import("prismguard.runtime.factory", "prismguard")
        self._checker = _guard(self.name, factory.create_checker_rules_only)
        self.version = _version("prismguard")

    def predict(self, texts: Sequence[str]) -> list[Prediction]:
        return _guard(self.name, lambda: [self._one(t) for t in texts])  # type: ignore[no-any-return]

    def _one(self, text: str) -> Prediction:
        r = self._checker.check(text)
        return Prediction(r.decision != "allow", min(1.0, max(0.0, float(r.fused_score or 0.0))))


COMPETITORS: dict[str, Callable[[], Adapter]] = {
    "jailguard": JailguardAdapter,
    "prismguard": PrismguardAdapter,
}


def make_adapters(
    compare: Sequence[str] = (), *, policy: str | Path = "default", role: Role | str = Role.USER
) -> list[Adapter]:
    """Shieldwall first, then each named competitor (unknown names are an ``InputError``)."""
    unknown = [c for c in compare if c not in COMPETITORS]
    if unknown:
        raise InputError(f"unknown competitor {unknown[0]!r} (known: {', '.join(COMPETITORS)})")
    adapters: list[Adapter] = [ShieldwallAdapter(policy=policy, role=role)]
    for name in dict.fromkeys(compare):
        adapters.append(COMPETITORS[name]())
    return adapters


__all__ = [
    "ATTACK_CATEGORIES",
    "Adapter",
    "AdapterFailed",
    "AdapterUnavailable",
    "COMPETITORS",
    "JailguardAdapter",
    "Prediction",
    "PrismguardAdapter",
    "ShieldwallAdapter",
    "attack_decision",
    "jailguard_dir",
    "make_adapters",
    "verdict_decision",
]
