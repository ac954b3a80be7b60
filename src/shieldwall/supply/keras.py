"""Keras model configs (``config.json`` in ``.keras``, the ``model_config`` attribute of ``.h5``).

Loading a Keras model rebuilds every object named in its config. What can run code:

- ``Lambda`` layers: marshalled Python bytecode (Keras 3 ``__lambda__``, Keras 2 ``function_type:
  lambda``) runs when the model is built; a Lambda naming a function imports it;
- serialized objects (``{"module", "class_name", "config", "registered_name"}``) import ``module``
  and call what they name — outside Keras that is custom or hostile code, and inside Keras a few
  functions are gadgets (``keras.config.enable_unsafe_deserialization`` turns safe mode off,
  CVE-2025-9906; ``keras.utils.get_file`` downloads and unpacks, CVE-2025-8747);
- lookup layers whose ``vocabulary`` is a path or URL read that file at load time (CVE-2025-12058);
- ``TFSMLayer`` loads a TensorFlow SavedModel from a path.

The JSON is parsed (escapes and spacing cannot hide a layer) and walked iteratively, bounded.
"""

from __future__ import annotations

import json
from typing import Any

from shieldwall.core.types import Finding
from shieldwall.supply.rules import rate_global

MAX_NODES = 2_000_000
_KERAS_TOPS = ("keras", "tf_keras", "keras_hub", "keras_nlp", "keras_cv", "tensorflow")
# functions inside Keras that change how (or whether) the rest of the file is trusted, or touch files/network
_KERAS_GADGETS = frozenset({
    "enable_unsafe_deserialization", "get_file", "load_model", "load_weights", "load_model_from_hdf5",
    "deserialize_keras_object", "register_keras_serializable", "custom_object_scope", "set_floatx", "set_epsilon",
    "set_image_data_format",
})
_KERAS_GADGET_MODULES = ("keras.config", "keras.src.backend.config", "keras.utils", "keras.src.utils", "keras.saving",
                         "keras.src.saving", "keras.models", "keras.src.models", "keras.src.legacy")
_LOOKUPS = frozenset({"StringLookup", "IntegerLookup", "TextVectorization"})


def parse(raw: bytes | str) -> Any:
    """The config's JSON, or None when it is not JSON."""
    try:
        return json.loads(raw)
    except (ValueError, RecursionError):
        return None


def _is_keras(module: str) -> bool:
    return module.split(".", 1)[0] in _KERAS_TOPS


def _object_findings(node: dict[str, Any]) -> list[tuple[str, float, str]]:
    """A serialized Keras object: what it would import."""
    module, cls = node.get("module"), node.get("class_name")
    if not isinstance(module, str) or not isinstance(cls, str):
        return []
    target = node.get("config") if cls == "function" and isinstance(node.get("config"), str) else cls
    assert isinstance(target, str)
    qual = f"{module}.{target}"[:200]
    if _is_keras(module):
        gadget = target in _KERAS_GADGETS or (
            target[:1].islower() and (module + ".").startswith(tuple(m + "." for m in _KERAS_GADGET_MODULES))
        )
        if gadget:
            return [("supply.keras_unsafe_config", 0.95, f"config calls {qual} (a Keras safe-mode/file gadget)")]
        return []
    rating = rate_global(module, target)
    if rating.allowed:
        return []
    if rating.score >= 0.9:
        return [("supply.keras_unsafe_config", rating.score, f"config imports {qual} ({rating.reason})")]
    return [("supply.keras_custom_object", 0.6, f"config imports {qual} (custom code runs when the model loads)")]


def _lambda_findings(node: dict[str, Any]) -> list[tuple[str, float, str]]:
    out = [("supply.keras_lambda", 0.7, "Keras Lambda layer: runs Python code when the model is built")]
    cfg = node.get("config")
    if not isinstance(cfg, dict):
        return out
    fn, kind = cfg.get("function"), cfg.get("function_type")
    # Keras 2 keeps the bytecode in the layer config; Keras 3 in a nested ``__lambda__`` object (reported there)
    if kind == "lambda" and (isinstance(fn, str) or (isinstance(fn, list) and fn and isinstance(fn[0], str))):
        out.append(("supply.keras_unsafe_config", 0.95, "Lambda layer holds marshalled Python bytecode"))
    elif kind == "function" and isinstance(fn, str) and isinstance(cfg.get("module"), str):
        rating = rate_global(cfg["module"], fn)
        if not rating.allowed and rating.score >= 0.9:
            msg = f"Lambda layer calls {cfg['module']}.{fn} ({rating.reason})"[:240]
            out.append(("supply.keras_unsafe_config", rating.score, msg))
    return out


def _vocabulary_findings(node: dict[str, Any]) -> list[tuple[str, float, str]]:
    cfg = node.get("config")
    vocab = cfg.get("vocabulary") if isinstance(cfg, dict) else None
    if not isinstance(vocab, str):
        return []
    escapes = "://" in vocab or vocab.startswith(("/", "~", "\\")) or ".." in vocab.replace("\\", "/").split("/")
    score = 0.9 if escapes else 0.7
    msg = f"lookup layer reads its vocabulary from {vocab[:120]!r} at load time"
    return [("supply.keras_unsafe_config", score, msg)]


def config_findings(cfg: Any) -> list[tuple[str, float, str]]:
    """``(rule, score, message)`` for everything in a Keras config that imports or runs code."""
    out: list[tuple[str, float, str]] = []
    stack, seen = [cfg], 0
    while stack:
        node = stack.pop()
        seen += 1
        if seen > MAX_NODES:
            out.append(("supply.resource_limit", 0.7, f"Keras config larger than {MAX_NODES} nodes"))
            break
        if isinstance(node, dict):
            cls = node.get("class_name")
            if cls == "Lambda":
                out.extend(_lambda_findings(node))
            elif cls == "__lambda__":
                out.append(("supply.keras_unsafe_config", 0.95, "config holds marshalled Python bytecode"))
            elif cls in _LOOKUPS:
                out.extend(_vocabulary_findings(node))
            elif cls == "TFSMLayer":
                out.append(("supply.keras_unsafe_config", 0.7, "TFSMLayer loads a TensorFlow SavedModel from a path"))
            if "module" in node:
                out.extend(_object_findings(node))
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return out


def findings_at(
    cfg: Any, make: Any, offset: int, via: tuple[str, ...] = (), raw: bytes | None = None
) -> list[Finding]:
    """The config's findings, deduplicated, each made by ``make(rule, score, message, offset, via)``.

    With the config's ``raw`` bytes (which start at ``offset`` in the file), each finding points at
    the first occurrence of what it names (``"Lambda"``, ``__lambda__``, the module) when that is
    spelled plainly; otherwise at the start of the config.
    """
    seen: set[tuple[str, str]] = set()
    out: list[Finding] = []
    for rule, score, msg in config_findings(cfg):
        if (rule, msg) in seen:
            continue
        seen.add((rule, msg))
        at = offset
        if raw is not None:
            for needle in _needles(rule, msg):
                hit = raw.find(needle)
                if hit >= 0:
                    at = offset + hit
                    break
        out.append(make(rule, score, msg, at, via))
    return out


def _needles(rule: str, msg: str) -> list[bytes]:
    if "marshalled" in msg:
        return [b"__lambda__", b'"function_type": "lambda"', b'"Lambda"']
    if rule == "supply.keras_lambda":
        return [b'"Lambda"']
    if "vocabulary" in msg:
        return [b'"vocabulary"']
    if "TFSMLayer" in msg:
        return [b'"TFSMLayer"']
    words = msg.split()
    if len(words) > 2 and words[1] in ("calls", "imports"):
        mod, _, name = words[2].rpartition(".")
        return [f'"{name}"'.encode(), f'"{mod}"'.encode()]
    return []


def looks_like_config(cfg: Any) -> bool:
    """A Keras model config: an object with ``class_name`` and ``config``."""
    return isinstance(cfg, dict) and isinstance(cfg.get("class_name"), str) and "config" in cfg
