"""Model-file scanning: find malicious serialized models without loading them.

Imports ``shieldwall.core`` only, and no ML library: the formats are parsed from their bytes.
See ``docs/supply.md``.
"""

from __future__ import annotations

from shieldwall.supply.formats import ScanLimits, scan_buffer
from shieldwall.supply.pickle_vm import Limits, scan_pickle
from shieldwall.supply.results import FileResult, ModelVerdict
from shieldwall.supply.scan import scan_file, scan_model, scan_path

__all__ = [
    "FileResult",
    "Limits",
    "ModelVerdict",
    "ScanLimits",
    "scan_buffer",
    "scan_file",
    "scan_model",
    "scan_path",
    "scan_pickle",
]
