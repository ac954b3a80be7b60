"""``shieldwall adapt gate``: evaluate a candidate and the active detector side by side; promote only when no
guarded metric regresses beyond its margin. Every decision is recorded with its numbers.

Guarded metrics (``GateMargins``; a metric is compared only when both sides have it):

- attack recall per data category (``recall:injection`` …) and over the red-team suite (``recall:suite``): the
  candidate may lose at most the margin; per suite family (``recall:suite:<family>``, 5-15 attacks each) it may
  newly miss at most ``family_lost`` attacks;
- false-positive rates on benign data (``fpr:benign``), hard negatives (``fpr:hard_negative``) and the red-team
  benign control (``fpr:control``): the candidate may gain at most the margin;
- latency (``latency:p50_ms``): at most ``latency_ratio`` × the current one plus ``latency_slack_ms``.

On the feedback (the candidate's own training labels) the figures are reported, not guarded: a candidate has
learnt them by construction, so they prove nothing about regressions. They are model-only (the stored window
embeddings through each head), since the store keeps embeddings, not texts.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from shieldwall.adapt.embed import from_bytes
from shieldwall.adapt.guard import GuardItem, data_items, data_records, evaluate, metrics, probe_items, suite_items
from shieldwall.adapt.versions import Registry, VersionError
from shieldwall.core.errors import InputError
from shieldwall.models.artifacts import load_manifest
from shieldwall.models.detector import load_head
from shieldwall.store.db import Database
from shieldwall.store.exemplars import ExemplarStore, Kind

Log = Callable[[str], None]


@dataclass(frozen=True)
class GateMargins:
    recall: float = 0.02
    family_lost: int = 1  # a suite family has 5-15 attacks: a rate margin means nothing, so count attacks
    fpr_benign: float = 0.005
    fpr_hard_negative: float = 0.01
    fpr_control: float = 0.02  # one request of the 50-request benign control: a borderline item may flip, no more
    fpr_everyday: float = 0.03  # three of the 116 everyday probe texts
    latency_ratio: float = 1.5
    latency_slack_ms: float = 2.0

    def __post_init__(self) -> None:
        for k, v in asdict(self).items():
            if not 0.0 <= v <= (100.0 if k.startswith("latency") or k == "family_lost" else 1.0):
                raise InputError(f"margin {k} out of range: {v}")


@dataclass(frozen=True)
class Comparison:
    metric: str
    current: float
    candidate: float
    n: int
    limit: float  # the worst value the candidate may have
    regressed: bool
    guarded: bool

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def compare(
    cur: Mapping[str, Mapping[str, Any]], cand: Mapping[str, Mapping[str, Any]], m: GateMargins
) -> list[Comparison]:
    out: list[Comparison] = []
    for name in sorted(set(cur) & set(cand)):
        a, b = float(cur[name]["value"]), float(cand[name]["value"])
        n = int(cand[name]["n"])
        guarded = True
        if name in ("recall:feedback", "fpr:feedback"):
            guarded = False
            limit = a
            bad = False
        elif name.startswith("recall:"):
            margin = m.family_lost / n if name.startswith("recall:suite:") and n else m.recall
            limit = a - margin
            bad = b < limit - 1e-12
        elif name.startswith("fpr:"):
            margin = {
                "fpr:benign": m.fpr_benign,
                "fpr:hard_negative": m.fpr_hard_negative,
                "fpr:everyday": m.fpr_everyday,
            }.get(name, m.fpr_control)
            limit = a + margin
            bad = b > limit + 1e-12
        elif name.startswith("latency:"):
            limit = a * m.latency_ratio + m.latency_slack_ms
            bad = b > limit
        else:
            continue
        out.append(Comparison(name, a, b, n, round(limit, 4), bad and guarded, guarded))
    return out


def feedback_metrics(db: Database, folders: Sequence[Path]) -> list[dict[str, dict[str, Any]]]:
    """Per folder, model-only decisions on the stored feedback embeddings (known attacks, allow-exemplars): the
    heads alone score the windows the store holds, so no encoder is loaded and each table is read once."""
    heads = [load_head(f) for f in folders]
    encoders = [load_manifest(f, verify=False).encoder_version for f in folders]
    out: list[dict[str, dict[str, Any]]] = [{} for _ in folders]
    kinds: tuple[tuple[Kind, str], ...] = (("attack", "recall:feedback"), ("allow", "fpr:feedback"))
    for kind, name in kinds:
        k = [0] * len(folders)
        n = [0] * len(folders)
        for ex in ExemplarStore(db, kind).list(limit=10_000_000):
            x = from_bytes(ex.embedding, ex.windows, ex.dim)
            for i, head in enumerate(heads):
                if ex.model_version == encoders[i]:
                    n[i] += 1
                    k[i] += int(float(head.probs(x)[:, 0].max()) >= 0.8)
        for i in range(len(folders)):
            if n[i]:
                out[i][name] = {"value": round(k[i] / n[i], 4), "n": n[i], "k": k[i]}
    return out


@dataclass(frozen=True)
class GateResult:
    candidate: str
    current: str
    decision: str  # promote | reject
    promoted: bool
    reasons: list[str]
    comparisons: list[Comparison]
    items: dict[str, int]
    seconds: float

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["comparisons"] = [c.to_dict() for c in self.comparisons]
        return d


def guard_set(data: Path | None, *, per_category: int = 150, suite: str = "plain") -> list[GuardItem]:
    items = suite_items(suite) + probe_items()
    if data is not None:
        items += data_items(data_records(data), per_category=per_category)
    return items


def run_gate(
    db: Database,
    registry: Registry,
    candidate: str,
    *,
    by: str,
    data: Path | None = None,
    margins: GateMargins | None = None,
    per_category: int = 150,
    promote: bool = True,
    threads: int = 2,
    items: Sequence[GuardItem] | None = None,
    log: Log | None = None,
) -> GateResult:
    """Evaluate, decide, record the decision (and promote when it passes and ``promote``)."""
    m = margins or GateMargins()
    t0 = time.monotonic()
    current = registry.active()
    if candidate == current.version:
        raise VersionError(f"{candidate} is the active version; the gate compares a candidate with it")
    cand_path = registry.verify(candidate)
    cur_path = registry.verify(current.version)
    guard = list(items) if items is not None else guard_set(data, per_category=per_category)
    if log is not None:
        log(f"gate: {candidate} vs {current.version} on {len(guard)} guard items")
    res_cur, res_cand = evaluate([cur_path, cand_path], guard, threads=threads, log=log)
    mc = metrics(guard, res_cur.flagged, res_cur.seconds)
    md = metrics(guard, res_cand.flagged, res_cand.seconds)
    fc, fd = feedback_metrics(db, [cur_path, cand_path])
    mc.update(fc)
    md.update(fd)
    comps = compare(mc, md, m)
    reasons = [
        f"{c.metric}: {c.candidate:.4f} vs {c.current:.4f} (limit {c.limit:.4f}, n={c.n})" for c in comps if c.regressed
    ]
    decision = "reject" if reasons else "promote"
    groups: dict[str, int] = {}
    for it in guard:
        groups[it.group] = groups.get(it.group, 0) + 1
    flips = {
        "newly_flagged": int((res_cand.flagged & ~res_cur.flagged).sum()),
        "newly_missed": int((res_cur.flagged & ~res_cand.flagged).sum()),
    }
    details = {
        "margins": asdict(m),
        "metrics": {"current": mc, "candidate": md},
        "reasons": reasons,
        "flips": flips,
        "items": groups,
        "data": str(data) if data is not None else None,
    }
    registry.record_gate(candidate, current.version, decision, details, by=by)
    promoted = False
    if decision == "promote" and promote:
        registry.promote(candidate, by=by, details={"gate": "passed", "metrics": md})
        promoted = True
    return GateResult(
        candidate,
        current.version,
        decision,
        promoted,
        reasons,
        comps,
        groups,
        round(time.monotonic() - t0, 1),
    )
