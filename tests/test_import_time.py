"""`import shieldwall` stays cheap and pulls in no ML, web or database library."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ["pydantic", "yaml", "typer", "rich", "hyperscan", "re2", "numpy", "onnxruntime", "torch",
         "sqlalchemy", "fastapi", "starlette", "httpx", "tokenizers", "asyncio"]


def _modules_after(stmt: str) -> set[str]:
    code = f"import sys; {stmt}; print('\\n'.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return set(out.split())


def test_import_shieldwall_pulls_in_nothing_heavy():
    mods = _modules_after("import shieldwall, shieldwall.core, shieldwall.scanners")
    leaked = sorted(m for m in HEAVY if m in mods)
    assert not leaked, f"import shieldwall imported {leaked}"


def test_listing_scanners_imports_no_scanner():
    mods = _modules_after("from shieldwall.scanners import registry; list(registry.entries())")
    assert not [m for m in mods if m.startswith("shieldwall.scanners.") and not m.endswith("__init__")]
