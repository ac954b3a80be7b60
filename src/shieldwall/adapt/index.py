"""An in-memory vector index of L2-normalised window embeddings: entries (one per text) own rows (one per
window), and a lookup returns the best-matching entry, its cosine similarity and which query row matched.

Backends (measured in ``benchmarks/bench_known_attacks.py``, see ``docs/adapt.md``):

- ``exact``: one float32 matrix-vector product over a contiguous matrix. Exact, but memory-bound: about
  60 ms for 100,000 x 384 rows on the 2-core shared machine, so it is used up to ``exact_max`` rows
  (4,096 by default: well under 2 ms).
- ``hnsw`` (hnswlib, a dependency): a graph index over the same rows, built incrementally (new rows
  are added, removed ones marked deleted); the ``k`` candidates it returns are re-scored exactly against the
  float32 rows, so reported similarities are exact. Used above ``exact_max`` rows when hnswlib is installed.

Thread-safe: writes and lookups take one lock (a lookup is microseconds to a millisecond).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

import numpy as np

EXACT_MAX = 4096


@dataclass(frozen=True, slots=True)
class Match:
    entry_id: str
    similarity: float
    query_row: int  # which row of the query matched (a window of the text)


def _have_hnswlib() -> bool:
    try:
        import hnswlib  # noqa: F401
    except ImportError:
        return False
    return True


class VectorIndex:
    """Rows of ``dim`` float32, each owned by an entry; an entry's rows are added and removed together."""

    def __init__(
        self,
        dim: int = 384,
        *,
        exact_max: int = EXACT_MAX,
        backend: str = "auto",
        ef: int = 64,
        m: int = 16,
        ef_construction: int = 100,
    ) -> None:
        if backend not in ("auto", "exact", "hnsw"):
            raise ValueError(f"backend must be auto, exact or hnsw, not {backend!r}")
        if backend == "hnsw" and not _have_hnswlib():
            raise ValueError("backend hnsw needs hnswlib (pip install hnswlib)")
        self.dim = dim
        self.exact_max = exact_max
        self.backend = backend
        self._use_ann = backend == "hnsw" or (backend == "auto" and _have_hnswlib())
        self._ef, self._m, self._efc = ef, m, ef_construction
        self._rows = np.zeros((0, dim), np.float32)
        self._n = 0  # rows used (removed rows stay as zeros until compaction)
        self._owner = np.zeros(0, np.int64)  # row -> entry slot (-1: removed)
        self._entries: list[str] = []  # slot -> entry id
        self._slot: dict[str, int] = {}
        self._entry_rows: dict[str, np.ndarray] = {}
        self._live_rows = 0
        self._ann: Any = None
        self._lock = threading.RLock()

    # -- writes ----------------------------------------------------------------------------------------

    def add(self, entry_id: str, vectors: np.ndarray) -> None:
        """Add (or replace) an entry with its rows; rows are L2-normalised here."""
        v = np.asarray(vectors, np.float32)
        if v.ndim != 2 or v.shape[1] != self.dim or v.shape[0] == 0:
            raise ValueError(f"vectors must be [k, {self.dim}] with k >= 1, got {list(v.shape)}")
        if not np.isfinite(v).all():
            raise ValueError("vectors hold NaN or infinity")
        v = v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12)
        with self._lock:
            if entry_id in self._slot:
                self.remove(entry_id)
            k = v.shape[0]
            self._reserve(self._n + k)
            start = self._n
            self._rows[start : start + k] = v
            slot = len(self._entries)
            self._entries.append(entry_id)
            self._slot[entry_id] = slot
            self._owner[start : start + k] = slot
            rows = np.arange(start, start + k, dtype=np.int64)
            self._entry_rows[entry_id] = rows
            self._n += k
            self._live_rows += k
            if self._ann is not None:
                self._ann_reserve(self._n)
                self._ann.add_items(v, rows, num_threads=1)
            elif self._use_ann and self._live_rows > self.exact_max:
                self._build_ann()

    def remove(self, entry_id: str) -> bool:
        with self._lock:
            slot = self._slot.pop(entry_id, None)
            if slot is None:
                return False
            rows = self._entry_rows.pop(entry_id)
            self._owner[rows] = -1
            self._rows[rows] = 0.0
            self._live_rows -= len(rows)
            if self._ann is not None:
                for r in rows:
                    self._ann.mark_deleted(int(r))
            return True

    def _reserve(self, n: int) -> None:
        if n <= self._rows.shape[0]:
            return
        cap = max(n, 2 * self._rows.shape[0], 64)
        rows = np.zeros((cap, self.dim), np.float32)
        rows[: self._n] = self._rows[: self._n]
        owner = np.full(cap, -1, np.int64)
        owner[: self._n] = self._owner[: self._n]
        self._rows, self._owner = rows, owner

    def _ann_reserve(self, n: int) -> None:
        if n > self._ann.get_max_elements():
            self._ann.resize_index(max(n, 2 * self._ann.get_max_elements()))

    def _build_ann(self) -> None:
        import hnswlib

        ann = hnswlib.Index(space="ip", dim=self.dim)
        ann.init_index(max_elements=max(2 * self._n, 1024), ef_construction=self._efc, M=self._m)
        ann.set_num_threads(1)
        live = np.nonzero(self._owner[: self._n] >= 0)[0]
        ann.add_items(self._rows[live], live, num_threads=1)
        ann.set_ef(self._ef)
        self._ann = ann

    # -- reads -----------------------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._slot)

    @property
    def rows(self) -> int:
        return self._live_rows

    @property
    def active_backend(self) -> str:
        return "hnsw" if self._ann is not None else "exact"

    def lookup(self, queries: np.ndarray, *, k: int = 8) -> Match | None:
        """The best entry over all query rows (``[q, dim]``, L2-normalised by the caller), or None if empty."""
        q = np.asarray(queries, np.float32)
        if q.ndim == 1:
            q = q[None, :]
        if q.ndim != 2 or q.shape[1] != self.dim:
            raise ValueError(f"queries must be [q, {self.dim}], got {list(q.shape)}")
        with self._lock:
            if not self._slot or q.shape[0] == 0:
                return None
            if self._ann is None:
                sims = self._rows[: self._n] @ q.T  # [rows, q]
                sims[self._owner[: self._n] < 0] = -2.0
                flat = int(np.argmax(sims))
                row, qrow = divmod(flat, q.shape[0])
                sim = float(sims[row, qrow])
            else:
                kk = min(k, self._live_rows)
                labels, _ = self._ann.knn_query(q, k=kk, num_threads=1)
                cand = np.unique(labels.reshape(-1).astype(np.int64))
                sims = self._rows[cand] @ q.T  # exact re-scoring
                flat = int(np.argmax(sims))
                ci, qrow = divmod(flat, q.shape[0])
                row, sim = int(cand[ci]), float(sims[ci, qrow])
            slot = int(self._owner[row])
            if slot < 0:
                return None
            return Match(self._entries[slot], sim, int(qrow))

    def similarities(self, entry_id: str, queries: np.ndarray) -> np.ndarray:
        """For each query row, the best cosine similarity to one entry's rows (exact)."""
        with self._lock:
            rows = self._entry_rows.get(entry_id)
            if rows is None:
                return np.full(len(queries), -1.0, np.float32)
            out: np.ndarray = (np.asarray(queries, np.float32) @ self._rows[rows].T).max(axis=1)
            return out
