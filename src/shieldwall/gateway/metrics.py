"""Prometheus metrics, one registry per app (several apps can live in one process, e.g. tests)."""

from __future__ import annotations

from typing import Any

from prometheus_client import CollectorRegistry, Counter, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST

from shieldwall.core.types import Action, Verdict
from shieldwall.gateway.histogram import Histogram, Series

_FAST = (0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5)
_SLOW = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)

CONTENT_TYPE = CONTENT_TYPE_LATEST


class Metrics:
    def __init__(self) -> None:
        self._children: dict[tuple[int, tuple[str, ...]], Any] = {}
        self._per_scanner: dict[str, Series] = {}  # scanner_seconds by scanner name: ~15 per request
        self.registry = CollectorRegistry()
        r = self.registry
        self.requests = Counter(
            "shieldwall_requests", "Requests by endpoint and HTTP status.", ["endpoint", "status"], registry=r
        )
        self.verdicts = Counter(
            "shieldwall_verdicts", "Verdicts by direction and action.", ["direction", "action"], registry=r
        )
        self.findings = Counter(
            "shieldwall_findings",
            "Findings that changed the action, by direction, category and action.",
            ["direction", "category", "action"],
            registry=r,
        )
        self.request_seconds = Histogram(
            "shieldwall_request_seconds", "Whole request time in the gateway.", ["endpoint"], buckets=_SLOW, registry=r
        )
        self.scan_seconds = Histogram(
            "shieldwall_scan_seconds", "Pipeline time per scan.", ["direction"], buckets=_FAST, registry=r
        )
        self.scanner_seconds = Histogram(
            "shieldwall_scanner_seconds", "Time per scanner run.", ["scanner"], buckets=_FAST, registry=r
        )
        self.upstream_seconds = Histogram(
            "shieldwall_upstream_seconds",
            "Upstream time (until the full body, or the first byte when streaming).",
            ["upstream", "status"],
            buckets=_SLOW,
            registry=r,
        )
        self.stream_added_ttft = Histogram(
            "shieldwall_stream_added_ttft_seconds",
            "Time added to the first streamed content chunk by the gateway.",
            buckets=_FAST,
            registry=r,
        )
        self.upstream_retries = Counter(
            "shieldwall_upstream_retries", "Retries of upstream calls.", ["upstream"], registry=r
        )

    def child(self, metric: Any, *labels: str) -> Any:
        """``metric.labels(*labels)``, cached (``labels()`` takes a lock and builds a key on every call)."""
        key = (id(metric), labels)
        c = self._children.get(key)
        if c is None:
            c = self._children[key] = metric.labels(*labels)
        return c

    def observe_verdict(self, v: Verdict) -> None:
        d = v.direction.value
        child = self.child
        child(self.verdicts, d, v.action.value).inc()
        child(self.scan_seconds, d).observe(v.latency_ms / 1000.0)
        for f in v.findings:
            if f.action is not None and f.action > Action.ALLOW:
                child(self.findings, d, f.category.value, f.action.value).inc()
        per_scanner = self._per_scanner
        for run in v.runs:
            series = per_scanner.get(run.scanner)
            if series is None:
                series = per_scanner[run.scanner] = self.scanner_seconds.labels(run.scanner)
            series.observe(run.elapsed_ms / 1000.0)

    def render(self) -> bytes:
        return generate_latest(self.registry)
