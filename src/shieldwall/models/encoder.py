"""The text encoder at inference time: tokenizers + a 4-bit embedding table + an int8 ONNX transformer.

Texts are cut into windows of at most ``window`` content tokens (with ``stride`` overlap), each window
is encoded as ``<s> query: … </s>`` and mean-pooled. Character spans of the windows are kept so that a
detector can point at the most suspicious region. No torch; nothing is downloaded.
"""

from __future__ import annotations

import gzip
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

_BOS, _PAD, _EOS = 0, 1, 2
_Q4_BLOCK_BYTES = 18


def dequantize_q4(blocks: np.ndarray) -> np.ndarray:
    """Q4_0 blocks ``[n, 18]`` -> float32 ``[n, 32]`` (fp16 scale; byte j holds weight j low, weight j+16 high)."""
    d = blocks[:, :2].copy().view("<f2").astype(np.float32)
    qs = blocks[:, 2:]
    lo = (qs & 0x0F).astype(np.int8) - 8
    hi = (qs >> 4).astype(np.int8) - 8
    out: np.ndarray = np.concatenate([lo, hi], axis=1).astype(np.float32) * d
    return out


@dataclass(frozen=True, slots=True)
class Window:
    """One encoded window of one text: which text, and the character span it covers."""

    text_index: int
    start: int
    end: int


class Encoder:
    """Loads once; ``encode`` is thread-safe (onnxruntime sessions are)."""

    def __init__(
        self,
        folder: Path,
        *,
        window: int = 126,
        stride: int = 16,
        max_windows: int = 256,
        threads: int = 1,
        batch_tokens: int = 4096,
        spinning: bool = True,
    ) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        if not 8 <= window <= 510:
            raise ValueError(f"window must be in 8..510 tokens, got {window}")
        if not 0 <= stride < window // 2:
            raise ValueError(f"stride must be in 0..{window // 2 - 1}, got {stride}")
        self.folder = folder
        self.window = window
        self.stride = stride
        self.max_windows = max_windows
        self.batch_tokens = batch_tokens
        with gzip.open(folder / "tokenizer.json.gz", "rb") as fh:
            self._tok = Tokenizer.from_str(fh.read().decode("utf-8"))
        self._tok.no_padding()
        self._tok.no_truncation()
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads
        opts.inter_op_num_threads = 1
        if threads > 1 and not spinning:  # idle intra-op threads sleep instead of spin-waiting for the next run
            opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self._sess = ort.InferenceSession(str(folder / "encoder.onnx"), opts, providers=["CPUExecutionProvider"])
        raw = np.fromfile(folder / "embeddings.q4", dtype=np.uint8)
        self.hidden = int(self._sess.get_inputs()[0].shape[2] or 384)
        out_dim = self._sess.get_outputs()[0].shape[-1]
        # a window embedding's size: ``hidden``, or a multiple when the encoder concatenates several layers' pools
        self.dim = int(out_dim) if isinstance(out_dim, int) and out_dim > 0 else self.hidden
        per_row = self.hidden // 32 * _Q4_BLOCK_BYTES
        if raw.size % per_row:
            raise ValueError(f"{folder / 'embeddings.q4'}: size {raw.size} is not a multiple of {per_row}")
        self._emb = raw.reshape(-1, per_row)
        self._prefix = list(self._tok.encode("query:", add_special_tokens=False).ids)

    @property
    def fingerprint(self) -> str:
        """SHA-256 over the encoder's three files: what an embedding computed by this encoder depends on."""
        import hashlib

        h = hashlib.sha256()
        for name in ("tokenizer.json.gz", "embeddings.q4", "encoder.onnx"):
            with open(self.folder / name, "rb") as fh:
                for block in iter(lambda: fh.read(1 << 20), b""):
                    h.update(block)
        return h.hexdigest()

    @property
    def vocab_size(self) -> int:
        return int(self._emb.shape[0])

    def _lookup(self, ids: np.ndarray) -> np.ndarray:
        """Dequantise the embedding rows of ``ids`` (any shape) -> float32 ``[*ids.shape, hidden]``."""
        rows = self._emb[ids.reshape(-1)].reshape(-1, _Q4_BLOCK_BYTES)
        out: np.ndarray = dequantize_q4(rows).reshape(*ids.shape, self.hidden)
        return out

    def windows(self, texts: Sequence[str]) -> tuple[list[list[int]], list[Window]]:
        """Token windows (with the prefix and specials) and their character spans, for every text."""
        content = self.window - len(self._prefix) - 2
        step = content - self.stride
        encs = self._tok.encode_batch(list(texts), add_special_tokens=False)
        ids_out: list[list[int]] = []
        spans: list[Window] = []
        for ti, enc in enumerate(encs):
            ids = enc.ids
            offs = enc.offsets
            n = len(ids)
            if n <= content:
                starts = [0]
            else:
                # overlapping windows from the first to the last token; past max_windows the step grows
                # (less overlap, then evenly spaced gaps) so that the work per text stays bounded
                step_n = max(step, -(-(n - content) // max(1, self.max_windows - 1)))
                starts = [*range(0, n - content, step_n)][: self.max_windows - 1]
                starts.append(n - content)
            for s in starts:
                chunk = ids[s : s + content]
                ids_out.append([_BOS, *self._prefix, *chunk, _EOS])
                if chunk:
                    spans.append(Window(ti, offs[s][0], offs[min(n, s + content) - 1][1]))
                else:
                    spans.append(Window(ti, 0, len(texts[ti])))
        return ids_out, spans

    def content_embeddings(self, windows: Sequence[Sequence[int]]) -> tuple[np.ndarray, list[int]]:
        """The input embeddings of every window's content tokens, one window after another, and the
        number of content tokens per window (the prefix and special tokens are left out)."""
        skip = 1 + len(self._prefix)
        lengths = [max(0, len(w) - skip - 1) for w in windows]
        flat = np.fromiter((t for w in windows for t in w[skip:-1]), np.int64, sum(lengths))
        return self._lookup(flat), lengths

    def encode_ids(self, windows: Sequence[Sequence[int]]) -> np.ndarray:
        """Pooled float32 embeddings ``[len(windows), dim]``; repeated windows are encoded once."""
        index: dict[tuple[int, ...], int] = {}
        where = [index.setdefault(tuple(w), len(index)) for w in windows]
        if len(index) < len(windows):
            return self._encode_unique([list(k) for k in index])[where]
        return self._encode_unique(windows)

    def _encode_unique(self, windows: Sequence[Sequence[int]]) -> np.ndarray:
        """Batched by length to bound padding."""
        out = np.zeros((len(windows), self.dim), np.float32)
        order = sorted(range(len(windows)), key=lambda i: len(windows[i]))
        i = 0
        while i < len(order):
            longest = len(windows[order[i]])
            j = i
            while j < len(order) and (j - i + 1) * len(windows[order[j]]) <= max(self.batch_tokens, longest):
                j += 1
            batch = order[i:j]
            width = len(windows[batch[-1]])
            ids = np.full((len(batch), width), _PAD, np.int64)
            mask = np.zeros((len(batch), width), np.int64)
            for r, k in enumerate(batch):
                w = windows[k]
                ids[r, : len(w)] = w
                mask[r, : len(w)] = 1
            res: Any = self._sess.run(None, {"inputs_embeds": self._lookup(ids), "attention_mask": mask})
            out[batch] = res[0]
            i = j
        return out

    def encode(self, texts: Sequence[str]) -> tuple[np.ndarray, list[Window]]:
        ids, spans = self.windows(texts)
        return self.encode_ids(ids), spans


def deepest_pool_columns(dim: int, pool_layers: Sequence[int]) -> tuple[int, int] | None:
    """The columns of the deepest pooled layer when the encoder concatenates several: the part that nearest-neighbour
    lookups compare (its space is the one shared across languages); ``None`` (every column) for a single pool."""
    if len(pool_layers) < 2 or dim % len(pool_layers):
        return None
    hidden = dim // len(pool_layers)
    k = max(range(len(pool_layers)), key=lambda i: int(pool_layers[i]))
    return (k * hidden, (k + 1) * hidden)
