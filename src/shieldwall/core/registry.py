"""A lazy scanner registry: a name table plus the ``shieldwall.scanners`` entry-point group.

Listing returns names, targets and descriptions from the table without importing any scanner; a
scanner class is imported on first ``load``. Third parties register with an entry point::

    [project.entry-points."shieldwall.scanners"]
    my_scanner = "my_pkg.scanners:MyScanner"
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from shieldwall.core.errors import RegistryError
from shieldwall.core.scanner import Scanner

ENTRY_POINT_GROUP = "shieldwall.scanners"


@dataclass(frozen=True, slots=True)
class RegistryEntry:
    name: str
    target: str  # "package.module:ClassName"
    description: str
    origin: str = "builtin"


class Registry:
    """Name → scanner class, imported lazily and cached."""

    def __init__(self, table: Mapping[str, tuple[str, str]], *, group: str | None = ENTRY_POINT_GROUP) -> None:
        self._table = {n: RegistryEntry(n, t, d) for n, (t, d) in table.items()}
        self._group = group
        self._plugins_loaded = group is None
        self._classes: dict[str, type[Scanner]] = {}
        self._lock = threading.Lock()

    def _load_plugins(self) -> None:
        if self._plugins_loaded or self._group is None:
            return
        self._plugins_loaded = True
        from importlib.metadata import entry_points

        for ep in entry_points(group=self._group):
            if ep.name in self._table:
                continue  # built-ins cannot be shadowed by a plugin
            dist = ep.dist.name if ep.dist is not None else "unknown"
            self._table[ep.name] = RegistryEntry(ep.name, ep.value, f"(plugin from {dist})", f"entry-point:{dist}")

    def entries(self) -> Iterator[RegistryEntry]:
        """All known scanners, sorted by name; imports nothing."""
        self._load_plugins()
        yield from sorted(self._table.values(), key=lambda e: e.name)

    def names(self) -> list[str]:
        return [e.name for e in self.entries()]

    def __contains__(self, name: object) -> bool:
        self._load_plugins()
        return name in self._table

    def entry(self, name: str) -> RegistryEntry:
        self._load_plugins()
        try:
            return self._table[name]
        except KeyError:
            known = ", ".join(sorted(self._table))
            raise RegistryError(f"unknown scanner {name!r} (known: {known})") from None

    def load(self, name: str) -> type[Scanner]:
        """Import and return the scanner class registered as ``name``."""
        with self._lock:
            cls = self._classes.get(name)
            if cls is not None:
                return cls
            entry = self.entry(name)
            module_name, _, attr = entry.target.partition(":")
            try:
                module = importlib.import_module(module_name)
                loaded = getattr(module, attr)
            except (ImportError, AttributeError) as exc:
                raise RegistryError(f"scanner {name!r} cannot be loaded from {entry.target}: {exc}") from None
            if not isinstance(loaded, type):
                raise RegistryError(f"scanner {name!r} at {entry.target} is not a class")
            self._classes[name] = loaded
            return loaded
