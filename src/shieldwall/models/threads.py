"""How many onnxruntime intra-op threads the detector's session uses (stdlib only: the CLI reads it before a fork).

The ``detector`` and ``known_attacks`` scanners take a ``threads`` option; when a policy does not give one, they
use ``$SHIELDWALL_DETECTOR_THREADS``, else 2. Both scanners share one detector per process only when they ask
for the same number of threads. ``shieldwall serve --workers N`` sets the variable (unless it is already set) to
``serving_threads(N)``: ``N`` processes with 2 threads each on 2 cores oversubscribe the machine, and an
oversubscribed session spends more CPU per text, not less (``docs/benchmarks.md``).
"""

from __future__ import annotations

import os

THREADS_ENV = "SHIELDWALL_DETECTOR_THREADS"
DEFAULT_THREADS = 2
MAX_THREADS = 64


def detector_threads(threads: int | None = None) -> int:
    """``threads`` when given, else ``$SHIELDWALL_DETECTOR_THREADS``, else ``DEFAULT_THREADS``."""
    if threads is not None:
        return threads
    raw = os.environ.get(THREADS_ENV, "").strip()
    if not raw:
        return DEFAULT_THREADS
    try:
        n = int(raw)
    except ValueError:
        n = 0
    if not 1 <= n <= MAX_THREADS:
        raise ValueError(f"${THREADS_ENV} must be a whole number in 1..{MAX_THREADS}, got {raw!r}")
    return n


def available_cpus() -> int:
    """The CPUs this process may run on (its affinity mask where the OS has one, else the CPU count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def serving_threads(workers: int, cpus: int | None = None) -> int:
    """Threads per detector session for ``workers`` serving processes: the CPUs shared out among them, at least
    1 and at most ``DEFAULT_THREADS`` (short prompts gain nothing from more; idle threads only cost)."""
    cpus = available_cpus() if cpus is None else cpus
    return max(1, min(DEFAULT_THREADS, cpus // max(1, workers)))
