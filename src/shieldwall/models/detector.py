"""The shipped prompt-injection / jailbreak detector: the multilingual encoder plus a small trained head.

Every window of a text gets three calibrated probabilities (attack, jailbreak-rather-than-injection,
harmful request); a text's attack score is that of its most suspicious window, whose character span is
reported. Loaded once per process and folder (``get_detector``); the files are SHA-256 verified.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from shieldwall.models.artifacts import Manifest, ModelError, default_dir, load_manifest
from shieldwall.models.encoder import Encoder, Window, deepest_pool_columns
from shieldwall.models.exemplars import EXEMPLARS_FILE, Exemplars, load_exemplars
from shieldwall.models.gate import DEFAULT_MARGIN, GATE_FILE, Gate, static_features
from shieldwall.models.mlp import MLP

OUTPUTS = ("attack", "jailbreak", "harmful")


@dataclass(frozen=True, slots=True)
class Analysis:
    """One text's detector result. Probabilities are calibrated; ``span`` is the top window's characters."""

    attack: float
    jailbreak: float  # P(jailbreak | attack) in the top window
    harmful: float
    span: tuple[int, int]
    windows: int
    encoded: int = 0  # windows that went on to the transformer (the rest were stopped by the gate)
    known: bool = False  # the top window is a near-copy of a training attack (the exemplar tier set its score)


class Head:
    """A small MLP over the L2-normalised window embedding, with Platt calibration per output."""

    def __init__(self, arrays: Mapping[str, np.ndarray]) -> None:
        self.mlp = MLP(arrays)
        if self.mlp.outputs != len(OUTPUTS):
            raise ModelError(f"head must end in {len(OUTPUTS)} outputs")
        self.calib = arrays["calib"].astype(np.float32)  # [outputs, 2]: a * logit + b

    def logits(self, x: np.ndarray) -> np.ndarray:
        return self.mlp.forward(x)

    def probs(self, x: np.ndarray) -> np.ndarray:
        z = self.logits(x) * self.calib[:, 0] + self.calib[:, 1]
        out: np.ndarray = 1.0 / (1.0 + np.exp(-np.clip(z, -40.0, 40.0)))
        return out


def load_head(folder: Path) -> Head:
    """A folder's head alone (no encoder): enough to score window embeddings computed elsewhere."""
    with np.load(folder / "head.npz") as z:
        return Head({k: z[k] for k in z.files})


class Detector:
    """Implements the core ``Classifier`` protocol (labels: prompt_injection, jailbreak, harmful_request)."""

    labels: Sequence[str] = ("prompt_injection", "jailbreak", "harmful_request")

    def __init__(
        self,
        folder: Path | None = None,
        *,
        threads: int = 1,
        max_windows: int = 48,
        verify: bool = True,
        cascade: bool = True,
        gate_margin: float = DEFAULT_MARGIN,
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
            spinning=False,  # idle threads sleep: spin-waiting cost 1.7x the CPU per text on the shared 2 cores
        )
        self.head = load_head(self.folder)
        self.gate: Gate | None = None
        self.gate_margin = float(gate_margin)
        if cascade and GATE_FILE in self.manifest.files:
            with np.load(self.folder / GATE_FILE) as z:
                self.gate = Gate({k: z[k] for k in z.files})
            if self.gate.mlp.inputs != 2 * self.encoder.hidden:
                raise ModelError(f"{self.folder / GATE_FILE}: expects {self.gate.mlp.inputs} features")
        self.exemplars: Exemplars | None = None
        if EXEMPLARS_FILE in self.manifest.files:
            self.exemplars = load_exemplars(self.folder)
            if self.exemplars.columns[1] > self.encoder.dim:
                raise ModelError(f"{self.folder / EXEMPLARS_FILE}: columns {self.exemplars.columns} exceed the encoder")

    @property
    def version(self) -> str:
        return self.manifest.version

    @property
    def encoder_version(self) -> str:
        return self.manifest.encoder_version

    @functools.cached_property
    def similarity_columns(self) -> tuple[int, int]:
        """The columns of a window embedding that nearest-neighbour lookups compare: the pool of the deepest layer.

        The head reads every pooled layer; the known-attack index compares only the deepest one, whose
        embedding space is shared across languages (a translated attack stays close to the original there)."""
        pools = self.manifest.config.get("encoder", {}).get("pool_layers") or []
        return deepest_pool_columns(self.encoder.dim, pools) or (0, self.encoder.dim)

    def analyze(
        self, texts: Sequence[str], *, encoded: tuple[np.ndarray, Sequence[Window]] | None = None
    ) -> list[Analysis]:
        """``encoded``: the texts' window embeddings if already computed (``encoder.encode(texts)``)."""
        if not texts:
            return []
        ids, spans = self.encoder.windows(texts)
        if encoded is not None and len(encoded[1]) != len(spans):
            encoded = None  # not these texts' windows: encode them here
        p = self.window_probs(ids, None if encoded is None else encoded[0])
        n_encoded = [0] * len(texts)
        best: list[int] = [-1] * len(texts)
        count = [0] * len(texts)
        harm = [0.0] * len(texts)
        for k, w in enumerate(spans):
            t = w.text_index
            count[t] += 1
            n_encoded[t] += int(p[k, 3] > 0)
            harm[t] = max(harm[t], float(p[k, 2]))
            if best[t] < 0 or p[k, 0] > p[best[t], 0]:
                best[t] = k
        out: list[Analysis] = []
        for t, k in enumerate(best):
            w = spans[k]
            out.append(
                Analysis(
                    float(p[k, 0]), float(p[k, 1]), harm[t], (w.start, w.end), count[t], n_encoded[t], bool(p[k, 4] > 0)
                )
            )
        return out

    def window_probs(self, ids: Sequence[Sequence[int]], pooled: np.ndarray | None = None) -> np.ndarray:
        """``[len(ids), 5]``: attack, jailbreak, harmful probabilities, 1.0 where the transformer ran, and 1.0 where
        the window is a near-copy of a training attack (the exemplar tier raised its attack probability).

        With the gate, only the windows it passes are encoded; the others keep the gate's low scores.
        ``pooled``: the windows' transformer embeddings when already computed (the ``known_attacks`` scanner
        shares them); the gate still decides, so the scores are the same as without them."""
        out = np.zeros((len(ids), 5), np.float32)
        if not ids:
            return out
        if self.gate is None:
            enc = pooled if pooled is not None else self.encoder.encode_ids(ids)
            out[:, :3], out[:, 4] = self._probs(enc, [len(i) for i in ids])
            out[:, 3] = 1.0
            return out
        emb, lengths = self.encoder.content_embeddings(ids)
        passes, low = self.gate.decide(static_features(emb, lengths), self.gate_margin)
        out[:, 0], out[:, 2] = low[:, 0], low[:, 1]
        sel = np.flatnonzero(passes)
        if len(sel):
            enc = pooled[sel] if pooled is not None else self.encoder.encode_ids([ids[int(i)] for i in sel])
            out[sel, :3], out[sel, 4] = self._probs(enc, [len(ids[int(i)]) for i in sel])
            out[sel, 3] = 1.0
        return out

    def _probs(self, enc: np.ndarray, tokens: Sequence[int]) -> tuple[np.ndarray, np.ndarray]:
        """The head's probabilities, with the attack probability raised where a window is a known attack's copy
        (and a mask of those windows)."""
        p = self.head.probs(enc)
        known = np.zeros(len(enc), np.float32)
        if self.exemplars is not None and len(enc):
            k = self.exemplars.scores(enc, np.asarray(tokens))
            known = (k > p[:, 0]).astype(np.float32)
            p[:, 0] = np.maximum(p[:, 0], k)
        return p, known

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


_CACHE: dict[tuple[str, int, int, bool, float], Detector] = {}
_LOCK = threading.Lock()


def get_detector(
    folder: Path | None = None,
    *,
    threads: int = 1,
    max_windows: int = 48,
    cascade: bool = True,
    gate_margin: float = DEFAULT_MARGIN,
) -> Detector:
    """The process-wide detector for ``folder`` (loaded and verified once per setting)."""
    key = (str((folder or default_dir()).resolve()), threads, max_windows, cascade, float(gate_margin))
    with _LOCK:
        det = _CACHE.get(key)
        if det is None:
            det = _CACHE[key] = Detector(
                folder, threads=threads, max_windows=max_windows, cascade=cascade, gate_margin=gate_margin
            )
        return det


def loaded_folders() -> set[str]:
    """The (resolved) folders this process holds detectors for."""
    with _LOCK:
        return {k[0] for k in _CACHE}


def release_detector(folder: Path) -> int:
    """Drop the process-wide detectors of ``folder`` (every setting); returns how many. For code that evaluates
    model folders one after another (the adaptation loop's gate): each holds ~250 MB (the dequantized embedding
    table and the ONNX session), and a folder evaluated once should not stay loaded for the process's life."""
    key = str(folder.resolve())
    with _LOCK:
        gone = [k for k in _CACHE if k[0] == key]
        for k in gone:
            del _CACHE[k]
    return len(gone)


def describe(det: Detector) -> dict[str, Any]:
    return {
        "folder": str(det.folder),
        "version": det.version,
        "vocab": det.encoder.vocab_size,
        "cascade": det.gate is not None,
    }
