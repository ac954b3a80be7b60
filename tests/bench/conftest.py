from __future__ import annotations

from pathlib import Path

import pytest

MINI = Path(__file__).parent / "data" / "mini.jsonl"


@pytest.fixture
def mini() -> Path:
    return MINI
