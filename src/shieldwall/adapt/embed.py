"""Texts -> L2-normalised window embeddings with the shipped detector's encoder (loaded once per process)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import numpy as np

from shieldwall.core.normalize import normalize
from shieldwall.models import exemplars
from shieldwall.models.detector import Detector, get_detector
from shieldwall.models.scanner import detector_views


@dataclass(frozen=True, slots=True)
class Embedded:
    """One text's windows over all the detector's views of it (normalized, de-obfuscated)."""

    vectors: np.ndarray  # [windows, dim] float32, L2-normalised
    text_hash: str
    model_version: str


def text_hash(text: str) -> str:
    """SHA-256 of the hygiene-normalized text with runs of whitespace collapsed (so invisible characters,
    homoglyphs or spacing do not make it a new entry)."""
    flat = " ".join(normalize(text).text.split())
    return hashlib.sha256(flat.encode("utf-8", "surrogatepass")).hexdigest()


def similarity_vectors(vectors: np.ndarray, columns: tuple[int, int]) -> np.ndarray:
    """The part of window embeddings that nearest-neighbour lookups compare (``Detector.similarity_columns``),
    L2-normalised. Entries keep the whole embedding: the adaptation loop retrains the head on it."""
    lo, hi = columns
    return exemplars.normalize(vectors[:, lo:hi])


def embed_text(text: str, det: Detector | None = None) -> Embedded:
    if not text or text.isspace():
        from shieldwall.core.errors import InputError

        raise InputError("the text is empty")
    det = det or get_detector()
    views = detector_views(normalize(text).text)
    emb, _ = det.encoder.encode(views)
    return Embedded(exemplars.normalize(emb), text_hash(text), det.encoder_version)


def to_bytes(v: np.ndarray) -> bytes:
    return np.ascontiguousarray(v, dtype="<f4").tobytes()


def from_bytes(b: bytes, windows: int, dim: int) -> np.ndarray:
    if len(b) != windows * dim * 4:
        raise ValueError(f"embedding is {len(b)} bytes, not {windows} x {dim} float32")
    return np.frombuffer(b, dtype="<f4").reshape(windows, dim).astype(np.float32)
