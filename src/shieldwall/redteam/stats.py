"""Rates with 95% Wilson score intervals, and the per-mode summary that ``report.json`` holds."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from shieldwall.redteam.attack import Outcome, Result

Z95 = 1.959963984540054


def wilson(k: int, n: int, z: float = Z95) -> tuple[float, float]:
    """The Wilson score interval for ``k`` successes in ``n`` trials (``(0, 1)`` when ``n`` is 0)."""
    if n <= 0:
        return 0.0, 1.0
    if not 0 <= k <= n:
        raise ValueError(f"need 0 <= k <= n (k={k}, n={n})")
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


def rate(k: int, n: int) -> dict[str, Any]:
    lo, hi = wilson(k, n)
    return {"rate": round(k / n, 4) if n else None, "successes": k, "n": n, "ci95": [round(lo, 4), round(hi, 4)]}


def _group(results: Iterable[Result], key: Any) -> dict[str, list[Result]]:
    out: dict[str, list[Result]] = defaultdict(list)
    for r in results:
        out[key(r)].append(r)
    return dict(sorted(out.items()))


def summarize(results: Sequence[Result]) -> dict[str, Any]:
    """One mode's figures. ``asr`` = successes / judged attack instances (errors are excluded and counted)."""
    attacks = [r for r in results if not r.benign]
    benign = [r for r in results if r.benign]
    judged = [r for r in attacks if r.outcome is not Outcome.ERROR]
    judged_b = [r for r in benign if r.outcome is not Outcome.ERROR]

    def succ(rs: Sequence[Result]) -> int:
        return sum(r.outcome is Outcome.SUCCESS for r in rs)

    def by(key: Any) -> dict[str, dict[str, Any]]:
        return {k: rate(succ(v), len(v)) for k, v in _group(judged, key).items()}

    outcomes: dict[str, int] = defaultdict(int)
    for r in attacks:
        outcomes[r.outcome.value] += 1
    b_blocked = sum(r.outcome is Outcome.BLOCKED for r in judged_b)
    b_refused = sum(r.outcome is Outcome.REFUSED for r in judged_b)
    overall = rate(succ(judged), len(judged))
    fb = rate(b_blocked, len(judged_b))
    return {
        "asr": overall["rate"] if judged else 0.0,
        "asr_ci95": overall["ci95"],
        "asr_by_family": {k: v["rate"] for k, v in by(lambda r: r.family).items()},
        "asr_by_family_detail": by(lambda r: r.family),
        "asr_by_mutator": by(lambda r: "+".join(r.mutators) or "none"),
        "asr_by_category": by(lambda r: r.category),
        "attacks": len(attacks),
        "attacks_judged": len(judged),
        "successes": succ(judged),
        "errors": sum(r.outcome is Outcome.ERROR for r in results),
        "outcomes": dict(sorted(outcomes.items())),
        "benign": len(benign),
        "benign_false_block_rate": fb["rate"] if judged_b else 0.0,
        "benign_false_block_ci95": fb["ci95"],
        "benign_blocked": b_blocked,
        "benign_refusal_rate": round(b_refused / len(judged_b), 4) if judged_b else 0.0,
        "benign_blocked_by_direction": (by_dir := _directions(r for r in judged_b if r.outcome is Outcome.BLOCKED)),
        # blocks of the request itself (a false positive of the input scan); output blocks can be the target's
        # fault (a benign question answered with a leak), so they are in the rate above but not in this one
        "benign_input_block_rate": round(by_dir.get("input", 0) / len(judged_b), 4) if judged_b else 0.0,
    }


def _directions(results: Iterable[Result]) -> dict[str, int]:
    out: dict[str, int] = defaultdict(int)
    for r in results:
        blocked = r.response.get("blocked") if isinstance(r.response, dict) else None
        out[str((blocked or {}).get("direction") or "target")] += 1
    return dict(sorted(out.items()))


def relative_reduction(direct: float, gateway: float) -> float | None:
    """1 - gateway/direct (None when the direct rate is 0)."""
    return round(1 - gateway / direct, 4) if direct else None
