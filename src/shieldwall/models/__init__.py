"""ML inference for the detectors (onnxruntime + tokenizers + numpy).

``training`` builds the shipped models (the ``train`` extra).
"""
