"""The small MLP that the detector's head and gate share: L2-normalised input, ReLU between layers."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np


class MLP:
    """Layers ``w0, b0, w1, b1, …`` from an ``.npz``; ``forward`` returns the last layer's logits."""

    def __init__(self, arrays: Mapping[str, np.ndarray]) -> None:
        self.layers: list[tuple[np.ndarray, np.ndarray]] = []
        i = 0
        while f"w{i}" in arrays:
            self.layers.append((arrays[f"w{i}"].astype(np.float32), arrays[f"b{i}"].astype(np.float32)))
            i += 1

    @property
    def inputs(self) -> int:
        return int(self.layers[0][0].shape[0]) if self.layers else 0

    @property
    def outputs(self) -> int:
        return int(self.layers[-1][0].shape[1]) if self.layers else 0

    def forward(self, x: np.ndarray) -> np.ndarray:
        h: np.ndarray = x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-6)
        for k, (w, b) in enumerate(self.layers):
            h = h @ w + b
            if k < len(self.layers) - 1:
                h = np.maximum(h, 0.0)
        return h
