"""The policy schema (pydantic): which scanners run where, thresholds, actions, fail mode, limits.

Unknown keys are errors. ``shieldwall.policy.load`` turns YAML into a validated ``Policy`` and reports
errors with the key path and the line in the file.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from shieldwall.core.limits import Limits
from shieldwall.core.types import Action, Category, Direction, Role


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ScannerSpec(_Strict):
    """One scanner in a policy; ``options`` are its keyword-only constructor arguments."""

    name: str = Field(min_length=1)
    enabled: bool = True
    roles: list[Role] | None = None  # default: the scanner's own
    directions: list[Direction] | None = None  # default: the scanner's own
    options: dict[str, Any] = Field(default_factory=dict)


class ActionSpec(_Strict):
    """``action`` when a finding's score is at least ``threshold``; below it the finding is only reported."""

    action: Action
    threshold: float = Field(0.5, ge=0.0, le=1.0)


class LimitsSpec(_Strict):
    max_chars: int = Field(1_000_000, ge=1, le=100_000_000)
    max_total_chars: int = Field(4_000_000, ge=1, le=400_000_000)
    max_segments: int = Field(512, ge=1, le=100_000)
    max_json_depth: int = Field(32, ge=1, le=1_000)
    deadline_ms: float = Field(2_000.0, gt=0, le=600_000)
    max_decode_depth: int = Field(3, ge=0, le=3)
    max_decoded_chars: int = Field(65_536, ge=16, le=10_000_000)

    def to_limits(self) -> Limits:
        return Limits(
            max_chars=self.max_chars,
            max_total_chars=self.max_total_chars,
            max_segments=self.max_segments,
            max_json_depth=self.max_json_depth,
            deadline_ms=self.deadline_ms,
            max_decode_depth=self.max_decode_depth,
            max_decoded_chars=self.max_decoded_chars,
        )


class Policy(_Strict):
    """A whole policy document."""

    id: str = Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.-]+$")
    version: str = "1"
    description: str = ""
    extends: str | None = None  # a built-in policy this one starts from (resolved by the loader)
    fail_mode: Literal["closed", "open"] = "closed"
    limits: LimitsSpec = Field(default_factory=LimitsSpec)
    scanners: list[ScannerSpec] = Field(default_factory=list)
    actions: dict[Category, ActionSpec] = Field(default_factory=dict)
    rules: dict[str, ActionSpec] = Field(default_factory=dict)  # per-rule overrides, by rule id
    disabled_rules: list[str] = Field(default_factory=list)

    @property
    def fail_closed(self) -> bool:
        return self.fail_mode == "closed"
