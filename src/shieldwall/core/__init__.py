"""Shieldwall's core: the vocabulary, the scanner protocol, the registry and the pipeline (stdlib only)."""

from shieldwall.core.errors import (
    ConfigError,
    InputError,
    InputTooLarge,
    RegistryError,
    ScanTimeout,
    ShieldwallError,
)
from shieldwall.core.limits import Limits
from shieldwall.core.pipeline import ActionRule, Pipeline, ScannerSlot
from shieldwall.core.redact import Vault
from shieldwall.core.registry import Registry, RegistryEntry
from shieldwall.core.scanner import Classifier, Derived, Expander, ScanContext, Scanner
from shieldwall.core.types import (
    Action,
    Category,
    Direction,
    Finding,
    Role,
    ScannerRun,
    Segment,
    Span,
    Status,
    Trust,
    Verdict,
)

__all__ = [
    "Action",
    "ActionRule",
    "Category",
    "Classifier",
    "ConfigError",
    "Derived",
    "Direction",
    "Expander",
    "Finding",
    "InputError",
    "InputTooLarge",
    "Limits",
    "Pipeline",
    "Registry",
    "RegistryEntry",
    "RegistryError",
    "Role",
    "ScanContext",
    "ScanTimeout",
    "Scanner",
    "ScannerRun",
    "ScannerSlot",
    "Segment",
    "ShieldwallError",
    "Span",
    "Status",
    "Trust",
    "Vault",
    "Verdict",
]
