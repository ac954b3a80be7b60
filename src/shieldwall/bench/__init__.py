"""Detection benchmarks: labelled data sets, metrics, adapters for Shieldwall and competitors."""

from __future__ import annotations
