"""The result of scanning one file (or one archive member) and how findings become a verdict."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any

from shieldwall.core.types import Finding

MALICIOUS_AT = 0.9  # a finding scored at least this makes a file malicious
SUSPICIOUS_AT = 0.5  # ... at least this, suspicious; lower scores are informational


class ModelVerdict(enum.StrEnum):
    """Ordered: ``clean < error < suspicious < malicious`` (the strongest wins)."""

    CLEAN = "clean"
    ERROR = "error"
    SUSPICIOUS = "suspicious"
    MALICIOUS = "malicious"

    @property
    def rank(self) -> int:
        return _ORDER.index(self)


_ORDER = [ModelVerdict.CLEAN, ModelVerdict.ERROR, ModelVerdict.SUSPICIOUS, ModelVerdict.MALICIOUS]


def verdict_of(findings: list[Finding]) -> ModelVerdict:
    top = max((f.score for f in findings), default=0.0)
    if top >= MALICIOUS_AT:
        return ModelVerdict.MALICIOUS
    if top >= SUSPICIOUS_AT:
        return ModelVerdict.SUSPICIOUS
    return ModelVerdict.CLEAN


@dataclass(slots=True)
class FileResult:
    """One scanned file; archive members are nested in ``members`` (their paths are member names)."""

    path: str
    format: str
    findings: list[Finding] = field(default_factory=list)
    members: list[FileResult] = field(default_factory=list)
    error: str | None = None
    size: int = 0
    globals: list[str] = field(default_factory=list)
    # torch storages the pickle names (key, storage type, element count, offset): checked against the archive
    storages: list[tuple[str, str, int, int]] = field(default_factory=list)

    @property
    def verdict(self) -> ModelVerdict:
        v = verdict_of(self.findings)
        if self.error is not None and v is ModelVerdict.CLEAN:
            v = ModelVerdict.ERROR
        for m in self.members:
            mv = m.verdict
            if mv.rank > v.rank:
                v = mv
        return v

    def all_findings(self) -> list[Finding]:
        """This file's findings and its members', flattened (members carry their name in ``via``)."""
        out = list(self.findings)
        for m in self.members:
            out.extend(m.all_findings())
        return out

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "path": self.path,
            "verdict": self.verdict.value,
            "format": self.format,
            "findings": [f.to_dict() for f in self.findings],
        }
        if self.members:
            d["members"] = [m.to_dict() for m in self.members]
        if self.error is not None:
            d["error"] = self.error
        return d
