"""The obfuscation transforms of the robustness benchmark (``bench detect --augment``).

They live in ``shieldwall.models.augment`` because the trainer uses the same transforms for augmented
training copies (``shieldwall train detector --augment``); this module keeps the benchmark's import path.
"""

from __future__ import annotations

from shieldwall.models.augment import AUGMENTATIONS, augment, rng_for

__all__ = ["AUGMENTATIONS", "augment", "rng_for"]
