"""Static checks run as part of the test suite: ruff, mypy (strict on the package), import-linter."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent

pytestmark = pytest.mark.static


def _run(tool: str, *args: str) -> None:
    exe = BIN / tool
    cmd = [str(exe) if exe.exists() else (shutil.which(tool) or tool), *args]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, f"{' '.join(cmd)} failed:\n{proc.stdout[-6000:]}\n{proc.stderr[-3000:]}"


def test_ruff():
    _run("ruff", "check", "src", "tests", "benchmarks", "scripts")


def test_mypy_strict():
    _run("mypy")


def test_import_contracts():
    _run("lint-imports")
