"""The vector index: exact and HNSW backends agree with a brute-force reference; removals are honoured."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shieldwall.adapt.index import VectorIndex


def _unit(x: np.ndarray) -> np.ndarray:
    return (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)


def test_exact_lookup_best_entry_row_and_removal() -> None:
    rng = np.random.default_rng(1)
    idx = VectorIndex(16, backend="exact")
    assert idx.lookup(_unit(rng.standard_normal((1, 16)))) is None
    vecs = {f"e{i}": _unit(rng.standard_normal((1 + i % 3, 16))) for i in range(20)}
    for k, v in vecs.items():
        idx.add(k, v)
    assert len(idx) == 20 and idx.rows == sum(len(v) for v in vecs.values())
    q = np.vstack([_unit(rng.standard_normal((1, 16))), vecs["e5"][1:2]])
    m = idx.lookup(q)
    assert m is not None and m.entry_id == "e5" and m.query_row == 1 and m.similarity == pytest.approx(1.0, abs=1e-5)
    assert idx.remove("e5") and not idx.remove("e5")
    m2 = idx.lookup(vecs["e5"][1:2])
    assert m2 is not None and m2.entry_id != "e5" and m2.similarity < 0.99
    idx.add("e7", vecs["e5"])  # replacing an entry drops its old rows
    assert idx.lookup(vecs["e7"][0:1]).similarity < 0.99  # type: ignore[union-attr]
    assert idx.lookup(vecs["e5"][0:1]).entry_id == "e7"  # type: ignore[union-attr]


def test_bad_vectors_rejected() -> None:
    idx = VectorIndex(8, backend="exact")
    with pytest.raises(ValueError, match=r"\[k, 8\]"):
        idx.add("a", np.zeros((2, 7), np.float32))
    with pytest.raises(ValueError, match="NaN"):
        idx.add("a", np.full((1, 8), np.nan, np.float32))
    with pytest.raises(ValueError, match="queries"):
        idx.lookup(np.zeros((1, 9), np.float32))
    with pytest.raises(ValueError, match="backend"):
        VectorIndex(8, backend="faiss")


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 60), st.integers(1, 4), st.integers(0, 2**31 - 1))
def test_exact_matches_brute_force(n: int, q: int, seed: int) -> None:
    rng = np.random.default_rng(seed)
    m = _unit(rng.standard_normal((n, 12)))
    idx = VectorIndex(12, backend="exact")
    for i in range(n):
        idx.add(str(i), m[i : i + 1])
    qs = _unit(rng.standard_normal((q, 12)))
    got = idx.lookup(qs)
    sims = m @ qs.T
    assert got is not None
    assert got.similarity == pytest.approx(float(sims.max()), abs=1e-5)


def test_hnsw_backend_recall_exact_scores_and_deletions() -> None:
    pytest.importorskip("hnswlib")
    rng = np.random.default_rng(2)
    n, d = 3000, 32
    m = _unit(rng.standard_normal((n, d)))
    idx = VectorIndex(d, exact_max=500, backend="auto")
    for i in range(n):
        idx.add(str(i), m[i : i + 1])
    assert idx.active_backend == "hnsw"
    hits = 0
    for i in range(0, n, 10):
        q = _unit(m[i : i + 1] + 0.05 * rng.standard_normal((1, d)).astype(np.float32))
        got = idx.lookup(q)
        assert got is not None
        exact = float(m[int(got.entry_id)] @ q[0])
        assert got.similarity == pytest.approx(exact, abs=1e-5)  # re-scored exactly
        hits += got.entry_id == str(i)
    assert hits / (n // 10) >= 0.98
    for i in range(0, 100):
        idx.remove(str(i))
    for i in range(0, 100):
        got = idx.lookup(m[i : i + 1])
        assert got is not None and int(got.entry_id) >= 100
    idx.add("new", m[0:1])  # added after the graph was built
    assert idx.lookup(m[0:1]).entry_id == "new"  # type: ignore[union-attr]
