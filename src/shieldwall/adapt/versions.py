"""Detector versions of the adaptation loop: candidate folders, the active version, promotion and rollback.

Layout (``root``, default ``$SHIELDWALL_HOME/models/detector`` i.e. ``./.shieldwall/models/detector``)::

    <root>/<version>/     a complete detector folder (manifest.json with the SHA-256 of every file)
    <root>/current        a symbolic link to the active version's folder (the shipped weights at first)

Processes read the active detector through ``SHIELDWALL_DETECTOR_DIR=<root>/current`` (or the policy's
``model_dir``); promotion and rollback replace the link atomically (``os.replace``), and a process picks the
new version up when it next builds its policy (a gateway restart). The store records every version and every
event (``sw_model_versions``, ``sw_model_events``), and each promotion and rollback is also appended to the
hash-chained audit log. A version is verified against its manifest before it becomes active.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from shieldwall.core.errors import InputError
from shieldwall.models.artifacts import MANIFEST, ModelError, load_manifest, sha256_file, shipped_dir, write_manifest
from shieldwall.models.detector import Detector
from shieldwall.store.audit import AuditLog, now_iso
from shieldwall.store.db import Database, default_data_dir
from shieldwall.store.model_versions import (
    EventRow,
    VersionRow,
    active_stack,
    get_version,
    insert_event,
    insert_version,
    list_events,
    list_versions,
)

SHIPPED = "shipped"
CURRENT = "current"
HEAD_FILE = "head.npz"


class VersionError(InputError):
    """A version that does not exist, fails its integrity check, or cannot be switched to."""


def default_root() -> Path:
    return default_data_dir() / "models" / "detector"


@dataclass(frozen=True, slots=True)
class Active:
    version: str  # "shipped" or a registered version
    path: Path
    model_version: str  # the manifest's version string


class Registry:
    def __init__(self, db: Database, root: Path | None = None) -> None:
        self.db = db
        self.root = (root or default_root()).absolute()

    @property
    def link(self) -> Path:
        return self.root / CURRENT

    def path_of(self, version: str) -> Path:
        if version == SHIPPED:
            return shipped_dir()
        row = get_version(self.db, version)
        if row is None:
            raise VersionError(f"no detector version {version!r} (see 'shieldwall adapt versions')")
        return Path(row.path)

    def stack(self) -> list[str]:
        return active_stack(list_events(self.db, kinds=("promote", "rollback")), SHIPPED)

    def active(self) -> Active:
        version = self.stack()[-1]
        path = self.path_of(version)
        return Active(version, path, load_manifest(path, verify=False).version)

    def ensure_link(self) -> Path:
        """Make ``<root>/current`` point at the active version (created on first use); returns the link."""
        target = self.active().path.resolve()
        if not (self.link.is_symlink() and Path(os.readlink(self.link)) == target):
            self._switch(target)
        return self.link

    def _switch(self, target: Path) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        tmp = self.root / f".{CURRENT}.{os.getpid()}"
        if tmp.is_symlink() or tmp.exists():
            tmp.unlink()
        os.symlink(target, tmp, target_is_directory=True)
        os.replace(tmp, self.link)

    def versions(self) -> list[VersionRow]:
        return list_versions(self.db)

    def events(self) -> list[EventRow]:
        return list_events(self.db)

    def write_candidate(
        self,
        parent: Detector,
        parent_version: str,
        head: Mapping[str, np.ndarray],
        *,
        by: str,
        summary: dict[str, Any],
    ) -> VersionRow:
        """A new folder: the parent's encoder, tokenizer and gate files, the new head, a fresh manifest."""
        buf = _npz_bytes(head)
        n = len(self.versions()) + 1
        version = f"{parent.encoder_version}+a{n}.{hashlib.sha256(buf).hexdigest()[:8]}"[:64]
        folder = self.root / version
        if folder.exists():
            shutil.rmtree(folder)  # an unregistered leftover of an interrupted run
        folder.mkdir(parents=True)
        names = []
        for name in parent.manifest.files:
            if name == HEAD_FILE:
                continue
            _link_or_copy(parent.folder / name, folder / name)
            names.append(name)
        (folder / HEAD_FILE).write_bytes(buf)
        names.append(HEAD_FILE)
        config = dict(parent.manifest.config)
        config["encoder_version"] = parent.encoder_version
        config["adapt"] = {"parent": parent_version, "parent_model": parent.version, **summary}
        write_manifest(folder, version, config, sorted(names))
        load_manifest(folder)  # verify what was written
        row = VersionRow(
            version=version,
            path=str(folder),
            parent=parent_version,
            manifest_sha256=sha256_file(folder / MANIFEST),
            created_at=now_iso(),
            created_by=by,
            summary=summary,
        )
        with self.db.engine.begin() as conn:  # the version and its retrain event: both or neither
            insert_version(conn, row)
            insert_event(conn, "retrain", version, actor=by, previous=parent_version, details=summary)
        return row

    def verify(self, version: str) -> Path:
        """The version's folder after checking its manifest (and, for a registered version, the manifest's own
        SHA-256 as recorded when it was written)."""
        path = self.path_of(version)
        try:
            load_manifest(path)
        except ModelError as exc:
            raise VersionError(f"version {version} fails its integrity check: {exc}") from None
        if version != SHIPPED:
            row = get_version(self.db, version)
            assert row is not None
            got = sha256_file(path / MANIFEST)
            if got != row.manifest_sha256:
                raise VersionError(f"version {version}: manifest.json was changed after it was written")
        return path

    def record_gate(self, candidate: str, current: str, decision: str, details: dict[str, Any], *, by: str) -> EventRow:
        return self._audited("gate", candidate, previous=current, decision=decision, details=details, by=by)

    def promote(self, version: str, *, by: str, details: dict[str, Any] | None = None) -> EventRow:
        current = self.active().version
        if version == current:
            raise VersionError(f"{version} is already the active version")
        path = self.verify(version)
        ev = self._audited("promote", version, previous=current, details=details or {}, by=by)
        self._switch(path.resolve())
        return ev

    def rollback(self, *, by: str, reason: str = "") -> EventRow:
        stack = self.stack()
        if len(stack) < 2:
            raise VersionError("nothing to roll back: the shipped detector is active")
        target = stack[-2]
        path = self.verify(target)
        ev = self._audited("rollback", stack[-1], previous=target, details={"reason": reason, "to": target}, by=by)
        self._switch(path.resolve())
        return ev

    def _audited(
        self,
        kind: str,
        version: str,
        *,
        previous: str | None,
        details: dict[str, Any],
        by: str,
        decision: str | None = None,
    ) -> EventRow:
        """The event and its audit record, in one transaction."""
        who = by.strip()[:128]
        if not who:
            raise InputError("say who does it (--by)")
        out: list[EventRow] = []
        record = {
            "endpoint": f"adapt.{kind}",
            "action": "allow",
            "status": 200,
            "via": "cli",
            "model": {"kind": kind, "version": version, "previous": previous, "decision": decision, "by": who},
        }

        def write(conn: Any) -> None:
            out.append(
                insert_event(conn, kind, version, actor=who, previous=previous, decision=decision, details=details)
            )

        AuditLog(self.db).append_many([(record, ())], before=write)
        return out[0]


def _npz_bytes(arrays: Mapping[str, np.ndarray]) -> bytes:
    import io

    b = io.BytesIO()
    np.savez(b, **{k: np.asarray(v) for k, v in sorted(arrays.items())})  # type: ignore[arg-type]
    return b.getvalue()


def _link_or_copy(src: Path, dst: Path) -> None:
    """A hard link where the file system allows (the 50 MB encoder is shared, not copied), else a copy."""
    try:
        os.link(src.resolve(), dst)
    except OSError:
        shutil.copy2(src, dst)
