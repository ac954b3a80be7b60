"""The shipped prompt-injection / jailbreak detector: the multilingual encoder plus a small trained head.

Every window of a text gets three calibrated probabilities (attack, jailbreak-rather-than-injection,
harmful request); a text's attack score is that of its most suspicious window, whose character span is
reported. Loaded once per process and folder (``get_detector``); the files are SHA-256 verified.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from shieldwall.models.artifacts import Manifest, ModelError, default_dir, load_manifest
from shieldwall.models.encoder import Encoder, Window

OUTPUTS = ("attack", "jailbreak", "harmful")


@dataclass(frozen=True, slots=True)
class Analysis:
    """One text's detector result. Probabilities are calibrated; ``span`` is the top window's characters."""

    attack: float
    jailbreak: float  # P(jailbreak | attack) in the top window
    harmful: float
    span: tuple[int, int]
    windows: int


class Head:
    """A small MLP over the L2-normalised window embedding, with Platt calibration per output."""

    def __init__(self, arrays: Mapping[str, np.ndarray]) -> None:
        self.layers: list[tuple[np.ndarray, np.ndarray]] = []
        i = 0
        while f"w{i}" in arrays:
            self.layers.append((arrays[f"w{i}"].astype(np.float32), arrays[f"b{i}"].astype(np.float32)))
            i += 1
        if not self.layers or self.layers[-1][0].shape[1] != len(OUTPUTS):
            raise ModelError(f"head must end in {len(OUTPUTS)} outputs")
        self.calib = arrays["calib"].astype(np.float32)  # [outputs, 2]: a * logit + b

    def logits(self, x: np.ndarray) -> np.ndarray:
        h: np.ndarray = x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-6)
        for k, (w, b) in enumerate(self.layers):
            h = h @ w + b
            if k < len(self.layers) - 1:
                h = np.maximum(h, 0.0)
        return h

    def probs(self, x: np.ndarray) -> np.ndarray:
        z = self.logits(x) * self.calib[:, 0] + self.calib[:, 1]
        out: np.ndarray = 1.0 / (1.0 + np.exp(-np.clip(z, -40.0, 40.0)))
        return out


class Detector:
    """Implements the core ``Classifier`` protocol (labels: prompt_injection, jailbreak, harmful_request)."""

    labels: Sequence[str] = ("prompt_injection", "jailbreak", "harmful_request")

    def __init__(
        self, folder: Path | None = None, *, threads: int = 1, max_windows: int = 48, verify: bool = True
    ) -> None:
        self.folder = folder or default_dir()
        self.manifest: Manifest = load_manifest(self.folder, verify=verify)
        cfg = self.manifest.config
        enc_cfg = cfg.get("encoder", {})
        self.encoder = Encoder(
            self.folder,
            window=int(enc_cfg.get("window", 126)),
            stride=int(enc_cfg.get("stride", 16)),
            max_windows=max_windows,
            threads=threads,
        )
        with np.load(self.folder / "head.npz") as z:
            self.head = Head({k: z[k] for k in z.files})

    @property
    def version(self) -> str:
        return self.manifest.version

    def analyze(
        self, texts: Sequence[str], *, encoded: tuple[np.ndarray, Sequence[Window]] | None = None
    ) -> list[Analysis]:
        """``encoded``: the texts' window embeddings if already computed (``encoder.encode(texts)``)."""
        if not texts:
            return []
        emb, spans = encoded if encoded is not None else self.encoder.encode(texts)
        p = self.head.probs(emb)
        best: list[int] = [-1] * len(texts)
        count = [0] * len(texts)
        harm = [0.0] * len(texts)
        for k, w in enumerate(spans):
            t = w.text_index
            count[t] += 1
            harm[t] = max(harm[t], float(p[k, 2]))
            if best[t] < 0 or p[k, 0] > p[best[t], 0]:
                best[t] = k
        out: list[Analysis] = []
        for t, k in enumerate(best):
            w = spans[k]
            out.append(Analysis(float(p[k, 0]), float(p[k, 1]), harm[t], (w.start, w.end), count[t]))
        return out

    def predict(self, texts: Sequence[str]) -> Sequence[Mapping[str, float]]:
        res = []
        for a in self.analyze(texts):
            res.append(
                {
                    "prompt_injection": a.attack * (1.0 - a.jailbreak),
                    "jailbreak": a.attack * a.jailbreak,
                    "harmful_request": a.harmful,
                }
            )
        return res


_CACHE: dict[tuple[str, int, int], Detector] = {}
_LOCK = threading.Lock()


def get_detector(folder: Path | None = None, *, threads: int = 1, max_windows: int = 48) -> Detector:
    """The process-wide detector for ``folder`` (loaded and verified once per setting)."""
    key = (str((folder or default_dir()).resolve()), threads, max_windows)
    with _LOCK:
        det = _CACHE.get(key)
        if det is None:
            det = _CACHE[key] = Detector(folder, threads=threads, max_windows=max_windows)
        return det


def describe(det: Detector) -> dict[str, Any]:
    return {"folder": str(det.folder), "version": det.version, "vocab": det.encoder.vocab_size}
