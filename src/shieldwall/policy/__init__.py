"""Policies: schema, loading (YAML with line-numbered errors and env interpolation), built-ins."""

from shieldwall.policy.load import BUILTIN_POLICIES, build_pipeline, builtin_policy, load_policy, parse_policy
from shieldwall.policy.schema import ActionSpec, LimitsSpec, Policy, ScannerSpec

__all__ = [
    "ActionSpec",
    "BUILTIN_POLICIES",
    "LimitsSpec",
    "Policy",
    "ScannerSpec",
    "build_pipeline",
    "builtin_policy",
    "load_policy",
    "parse_policy",
]
