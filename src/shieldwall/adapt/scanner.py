"""The ``known_attacks`` scanner: inputs close to a confirmed attack, and the admin's allow-exemplars."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from importlib import resources
from typing import Any, ClassVar

import numpy as np

from shieldwall.adapt.embed import similarity_vectors
from shieldwall.adapt.live import LiveIndexes, get_live
from shieldwall.core.errors import ConfigError, ShieldwallError
from shieldwall.core.scanner import ScanContext
from shieldwall.core.types import Category, Direction, Finding, Role, Segment, Span
from shieldwall.models.detector import get_detector
from shieldwall.models.scanner import ENCODED_KEY, EXEMPT_KEY, detector_views, encoded_key, random_casing, shouting
from shieldwall.models.threads import detector_threads

REDIS_URL_ENV = "SHIELDWALL_REDIS_URL"
DEFAULT_ALLOW_THRESHOLD = 0.97
_FALLBACK_THRESHOLD = 0.92


def calibration() -> dict[str, Any]:
    """The shipped calibration (``shieldwall adapt calibrate`` writes it): threshold and measured FPR."""
    try:
        raw = resources.files("shieldwall.adapt").joinpath("calibration.json").read_text("utf-8")
        data: dict[str, Any] = json.loads(raw)
    except (OSError, ValueError):
        return {"threshold": _FALLBACK_THRESHOLD, "source": "fallback (no calibration.json)"}
    return data


def _odd_casing(text: str) -> bool:
    """Random casing or capitals: a lowercased view is looked up too. The fine-tuned encoder (session 14) puts a
    shouted copy of an attack at 0.70 from the original, under the index's threshold."""
    return random_casing(text) or shouting(text)


def _score(sim: float, threshold: float) -> float:
    """Similarity at the threshold -> 0.8 (the default policy's block threshold), 1.0 -> 1.0."""
    return round(min(1.0, 0.8 + 0.2 * (sim - threshold) / max(1e-6, 1.0 - threshold)), 4)


class KnownAttackScanner:
    """Inputs close to a confirmed attack (known-attack index); admin allow-exemplars exempt repeats.

    Every window of the hygiene-normalized text (and of its de-obfuscated view) is embedded with the
    detector's encoder and looked up in the known-attack index; a cosine similarity at or above
    ``threshold`` (calibrated on benign texts, see ``docs/adapt.md``) is a ``known_attack`` finding (rule
    ``known_attacks.match``) on that window. Encoded variants are caught when the pipeline rescans the
    decoded payload. The embeddings are handed to the ``detector`` scanner (which must come after this one
    in the policy) so the encoder runs once per text.

    Allow-exemplars: when no known attack matches and every window of the text is a near-duplicate
    (similarity ≥ ``allow_threshold``) of one allow-exemplar, the detector's model verdict on that text is
    dropped; the detector still reports whenever its heuristics fire. Nothing is encoded while both
    indexes are empty.

    Options: ``database_url`` (default ``$SHIELDWALL_DATABASE_URL`` or the default SQLite file),
    ``redis_url`` (default ``$SHIELDWALL_REDIS_URL``; reload notifications), ``poll_seconds`` (5),
    ``threshold``, ``allow_threshold`` (0.97), ``model_dir``, ``threads`` (as the detector's:
    ``$SHIELDWALL_DETECTOR_THREADS``, else 2), ``max_windows`` (48).
    """

    name: ClassVar[str] = "known_attacks"
    categories: ClassVar[frozenset[Category]] = frozenset({Category.KNOWN_ATTACK})
    directions: ClassVar[frozenset[Direction]] = frozenset({Direction.INPUT})
    roles: ClassVar[frozenset[Role]] = frozenset({Role.USER, Role.TOOL, Role.DOCUMENT, Role.MEMORY})
    rules: ClassVar[Mapping[str, str]] = {
        "known_attacks.match": "A window of the text is close to a confirmed attack in the known-attack index.",
    }

    def __init__(
        self,
        *,
        database_url: str | None = None,
        redis_url: str | None = None,
        poll_seconds: float = 5.0,
        threshold: float | None = None,
        allow_threshold: float = DEFAULT_ALLOW_THRESHOLD,
        model_dir: str | None = None,
        threads: int | None = None,
        max_windows: int = 48,
        live: LiveIndexes | None = None,
    ) -> None:
        thr = float(calibration()["threshold"]) if threshold is None else float(threshold)
        if not 0.0 < thr < 1.0:
            raise ValueError(f"threshold must be in (0, 1), got {thr!r}")
        if not thr <= allow_threshold < 1.0:
            raise ValueError(f"allow_threshold must be in [threshold, 1), got {allow_threshold!r}")
        self.threshold = thr
        self.allow_threshold = float(allow_threshold)
        from pathlib import Path

        self._det = get_detector(
            Path(model_dir) if model_dir else None, threads=detector_threads(threads), max_windows=max_windows
        )
        try:
            self._live = live or get_live(
                database_url,
                redis_url=redis_url if redis_url is not None else os.environ.get(REDIS_URL_ENV) or None,
                poll_seconds=poll_seconds,
                model_version=self._det.encoder_version,
                dim=self._det.encoder.dim,
                columns=self._det.similarity_columns,
            )
        except (ValueError, ShieldwallError):
            raise
        except Exception as exc:  # an unreachable or unreadable store: the policy does not load (fail closed)
            raise ConfigError(f"known_attacks cannot read the store: {type(exc).__name__}") from None

    @property
    def live(self) -> LiveIndexes:
        return self._live

    def scan(self, segment: Segment, ctx: ScanContext) -> list[Finding]:
        text = segment.text
        attacks, allows = self._live.attacks, self._live.allows
        if not text or text.isspace() or (len(attacks) == 0 and len(allows) == 0):
            return []
        norm = ctx.normalized(text)
        views = detector_views(norm.text)
        extra = [norm.text.lower()] if _odd_casing(norm.text) else []
        emb, spans = self._det.encoder.encode(views + extra)
        n_det = sum(1 for w in spans if w.text_index < len(views))  # windows are in view order
        cache = ctx.extra.setdefault(ENCODED_KEY, {})
        if len(cache) > 64:
            cache.clear()
        cache[encoded_key(self._det, views)] = (emb[:n_det], spans[:n_det])
        vec = similarity_vectors(emb, self._det.similarity_columns)
        match = attacks.lookup(vec)
        if match is not None and match.similarity >= self.threshold:
            w = spans[match.query_row]
            if w.text_index == 0:
                s, e = norm.to_original(w.start, w.end)
                span = Span(s, max(s, e))
            else:
                span = Span(0, len(text))
            return [
                Finding(
                    scanner=self.name,
                    rule="known_attacks.match",
                    category=Category.KNOWN_ATTACK,
                    score=_score(match.similarity, self.threshold),
                    message=f"Close to confirmed attack {match.entry_id[:12]} (similarity {match.similarity:.3f})",
                    span=span,
                    evidence=f"entry {match.entry_id}",
                )
            ]
        if len(allows):
            first = vec[[i for i, w in enumerate(spans) if w.text_index == 0]]
            best = allows.lookup(first)
            if best is not None and best.similarity >= self.allow_threshold:
                sims = allows.similarities(best.entry_id, first)
                if bool(np.all(sims >= self.allow_threshold)):
                    exempt = ctx.extra.setdefault(EXEMPT_KEY, {})
                    exempt[text] = best.entry_id
        return []
