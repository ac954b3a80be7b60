"""The gateway's histogram: the same exposition as prometheus_client's, cheaper observations."""

from __future__ import annotations

import re
import threading

import prometheus_client
import pytest
from prometheus_client import CollectorRegistry, generate_latest

from shieldwall.gateway.histogram import Histogram

BUCKETS = (0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5)
VALUES = (0.0, 1e-9, 0.0001, 0.00011, 0.003, 2.5, 7.0, -1.0)


def _exposition(registry: CollectorRegistry) -> str:
    return re.sub(r"_created(\{[^}]*\})? \S+", r"_created\1 T", generate_latest(registry).decode())


def test_exposition_is_prometheus_clients() -> None:
    theirs, ours = CollectorRegistry(), CollectorRegistry()
    a = prometheus_client.Histogram("x_seconds", "Per scanner.", ["scanner"], buckets=BUCKETS, registry=theirs)
    b = Histogram("x_seconds", "Per scanner.", ["scanner"], buckets=BUCKETS, registry=ours)
    a0 = prometheus_client.Histogram("y_seconds", "No labels.", buckets=(0.5, 1), registry=theirs)
    b0 = Histogram("y_seconds", "No labels.", buckets=(0.5, 1), registry=ours)
    for v in VALUES:
        for name in ("pii", "canary"):
            a.labels(name).observe(v)
            b.labels(name).observe(v)
        a0.observe(v)
        b0.observe(v)
    assert _exposition(ours) == _exposition(theirs)
    assert 'x_seconds_bucket{le="0.0001",scanner="pii"} 4.0' in _exposition(ours)  # le: the bound is inclusive


def test_concurrent_observations_all_count() -> None:
    h = Histogram("z_seconds", "Concurrent.", ["k"], buckets=BUCKETS, registry=CollectorRegistry())

    def work() -> None:
        for i in range(20_000):
            h.labels("a").observe(i % 7 / 1000.0)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    counts, total = h.labels("a").snapshot()
    assert counts[-1] == 80_000 and total == pytest.approx(4 * sum(i % 7 / 1000.0 for i in range(20_000)))


def test_label_count_is_checked() -> None:
    h = Histogram("w_seconds", "Labels.", ["a", "b"], buckets=BUCKETS, registry=CollectorRegistry())
    with pytest.raises(ValueError):
        h.labels("only-one")
    with pytest.raises(ValueError):
        h.observe(1.0)
