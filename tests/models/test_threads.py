"""The detector's onnxruntime thread count: the scanner option, ``$SHIELDWALL_DETECTOR_THREADS``, and the share
``shieldwall serve --workers N`` gives each worker process."""

from __future__ import annotations

import pytest

from shieldwall.models.threads import DEFAULT_THREADS, THREADS_ENV, detector_threads, serving_threads


def test_option_then_environment_then_default(monkeypatch):
    monkeypatch.delenv(THREADS_ENV, raising=False)
    assert detector_threads() == DEFAULT_THREADS == 2
    assert detector_threads(3) == 3
    monkeypatch.setenv(THREADS_ENV, " 1 ")
    assert detector_threads() == 1
    assert detector_threads(4) == 4  # the policy's option wins
    monkeypatch.setenv(THREADS_ENV, "")
    assert detector_threads() == DEFAULT_THREADS


@pytest.mark.parametrize("raw", ["0", "65", "two", "1.5", "-1"])
def test_invalid_environment_is_an_error_naming_the_variable(monkeypatch, raw):
    monkeypatch.setenv(THREADS_ENV, raw)
    with pytest.raises(ValueError, match=THREADS_ENV):
        detector_threads()


@pytest.mark.parametrize(
    ("workers", "cpus", "threads"),
    [(1, 1, 1), (1, 2, 2), (2, 2, 1), (3, 2, 1), (1, 16, 2), (4, 16, 2), (16, 16, 1)],
)
def test_serving_threads_share_the_cpus_out(workers, cpus, threads):
    assert serving_threads(workers, cpus) == threads
    assert 1 <= serving_threads(workers) <= DEFAULT_THREADS


def test_scanners_read_the_environment_and_share_one_detector(monkeypatch, tmp_path):
    from shieldwall.adapt.scanner import KnownAttackScanner
    from shieldwall.models.detector import get_detector
    from shieldwall.models.scanner import DetectorScanner

    monkeypatch.setenv(THREADS_ENV, "1")
    det = DetectorScanner()._det
    assert det is get_detector(threads=1)
    known = KnownAttackScanner(database_url=f"sqlite:///{tmp_path / 'sw.db'}", poll_seconds=60)
    assert known._det is det
    monkeypatch.setenv(THREADS_ENV, "0")
    with pytest.raises(ValueError, match=THREADS_ENV):
        DetectorScanner()
