"""A Prometheus histogram that costs one lock and one ``bisect`` per observation.

``prometheus_client.Histogram.observe`` takes two locks and walks the buckets in Python: ~1 µs, and the
gateway observes ~20 times per request (a histogram per scanner run). ``Histogram`` here keeps the same
exposition — ``_bucket`` (cumulative, ``le`` as prometheus_client writes it), ``_count``, ``_sum`` and
``_created`` samples per label set — from plain per-bucket counts, turned cumulative only when scraped.
"""

from __future__ import annotations

import bisect
import math
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from typing import cast

from prometheus_client import CollectorRegistry
from prometheus_client.metrics_core import HistogramMetricFamily, Metric
from prometheus_client.samples import Sample
from prometheus_client.utils import floatToGoString

_le_label = cast(Callable[[float], str], floatToGoString)  # how prometheus_client writes a bucket's bound

__all__ = ["Histogram", "Series"]


class Series:
    """One label set's buckets (not cumulative), sum and creation time."""

    __slots__ = ("_bounds", "_counts", "_lock", "_sum", "created")

    def __init__(self, bounds: Sequence[float], lock: threading.Lock) -> None:
        self._bounds = bounds
        self._counts = [0] * len(bounds)
        self._lock = lock
        self._sum = 0.0
        self.created = time.time()

    def observe(self, amount: float) -> None:
        i = bisect.bisect_left(self._bounds, amount)  # the first bound >= amount (``le``); +Inf is last
        with self._lock:
            self._counts[i] += 1
            self._sum += amount

    def snapshot(self) -> tuple[list[int], float]:
        """Cumulative bucket counts and the sum, read together."""
        with self._lock:
            counts, total = list(self._counts), self._sum
        running = 0
        for i, c in enumerate(counts):
            running += c
            counts[i] = running
        return counts, total


class Histogram:
    """A histogram family with fixed label names, registered with ``registry`` as a collector."""

    def __init__(
        self,
        name: str,
        documentation: str,
        labelnames: Sequence[str] = (),
        *,
        buckets: Sequence[float],
        registry: CollectorRegistry,
    ) -> None:
        bounds = sorted(float(b) for b in buckets)
        if not bounds or bounds[-1] != math.inf:
            bounds.append(math.inf)
        self.name = name
        self.documentation = documentation
        self.labelnames = tuple(labelnames)
        self._bounds = tuple(bounds)
        self._le = tuple(_le_label(b) for b in bounds)
        self._lock = threading.Lock()
        self._series: dict[tuple[str, ...], Series] = {}
        if not self.labelnames:
            self._series[()] = Series(self._bounds, self._lock)
        registry.register(self)

    def labels(self, *values: str) -> Series:
        """The series of one label set (made on first use)."""
        if len(values) != len(self.labelnames):
            raise ValueError(f"{self.name}: expected {len(self.labelnames)} label values, got {len(values)}")
        key = tuple(str(v) for v in values)
        series = self._series.get(key)
        if series is None:
            with self._lock:
                series = self._series.setdefault(key, Series(self._bounds, self._lock))
        return series

    def observe(self, amount: float) -> None:
        """Observe ``amount`` (a histogram without labels)."""
        if self.labelnames:
            raise ValueError(f"{self.name}: observe() on a histogram with labels; use labels(...)")
        self._series[()].observe(amount)

    def describe(self) -> list[Metric]:
        return [HistogramMetricFamily(self.name, self.documentation, labels=self.labelnames)]

    def collect(self) -> Iterator[Metric]:
        family = HistogramMetricFamily(self.name, self.documentation, labels=self.labelnames)
        for key, series in list(self._series.items()):
            counts, total = series.snapshot()
            family.add_metric(key, list(zip(self._le, counts, strict=True)), total)
            labels = dict(zip(self.labelnames, key, strict=True))
            family.samples.append(Sample(self.name + "_created", labels, series.created))
        yield family
