"""Where the shipped detector lives, and its integrity check (SHA-256 of every file, from ``manifest.json``)."""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from shieldwall.core.errors import ShieldwallError

MANIFEST = "manifest.json"
ENV_DIR = "SHIELDWALL_DETECTOR_DIR"


class ModelError(ShieldwallError):
    """A model folder that is missing, incomplete or fails its integrity check."""


def shipped_dir() -> Path:
    """The weights shipped inside the package."""
    return Path(__file__).parent / "weights" / "detector"


def default_dir() -> Path:
    """``$SHIELDWALL_DETECTOR_DIR`` if set (e.g. the adaptation loop's ``…/models/detector/current``), else the
    weights shipped inside the package."""
    env = os.environ.get(ENV_DIR)
    return Path(env) if env else shipped_dir()


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


@dataclass(frozen=True)
class Manifest:
    version: str
    files: dict[str, str]  # name -> sha256
    config: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return {"version": self.version, "files": dict(sorted(self.files.items())), "config": self.config}

    @property
    def encoder_version(self) -> str:
        """The version of the encoder that makes the window embeddings: a head retrained by the adaptation loop
        keeps its parent's encoder (and so the known-attack index's embeddings stay comparable)."""
        return str(self.config.get("encoder_version") or self.version)


def write_manifest(folder: Path, version: str, config: dict[str, Any], names: list[str]) -> Manifest:
    m = Manifest(version=version, files={n: sha256_file(folder / n) for n in names}, config=config)
    (folder / MANIFEST).write_text(json.dumps(m.to_dict(), indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return m


def load_manifest(folder: Path, *, verify: bool = True) -> Manifest:
    """Read ``manifest.json`` and (by default) check every listed file's SHA-256."""
    path = folder / MANIFEST
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        m = Manifest(version=str(raw["version"]), files=dict(raw["files"]), config=dict(raw["config"]))
    except FileNotFoundError:
        raise ModelError(f"{folder}: no {MANIFEST}; is this a detector folder?") from None
    except (ValueError, KeyError, TypeError) as exc:
        raise ModelError(f"{path}: malformed manifest ({exc})") from None
    if verify:
        for name, digest in m.files.items():
            f = folder / name
            if not f.is_file():
                raise ModelError(f"{folder}: {name} is listed in the manifest but missing")
            got = sha256_file(f)
            if got != digest:
                raise ModelError(f"{f}: SHA-256 {got[:16]}… does not match the manifest ({digest[:16]}…)")
    return m
