"""Benign model files written by the real frameworks (torch, scikit-learn, Keras, safetensors, numpy, joblib).

Each ``write_*`` function saves a few representative checkpoints into a folder with the library's
own API and returns the paths. Libraries are imported lazily: ``available()`` says which are
installed (``pip install -e '.[frameworks]'``; torch as ``pip install torch==2.13.0``). Used by
tests/supply/test_frameworks.py and benchmarks/bench_supply.py.
"""

from __future__ import annotations

import importlib.util
import os
import pickle
import warnings
from collections.abc import Callable
from pathlib import Path

FRAMEWORKS = ("numpy", "joblib", "torch", "sklearn", "keras", "safetensors", "h5py", "lz4")


def available(name: str) -> bool:
    return importlib.util.find_spec(name) is not None


def write_numpy(d: Path) -> list[Path]:
    import numpy as np

    np.save(d / "np_float.npy", np.arange(10.0))
    np.save(d / "np_object.npy", np.array([{"a": 1}, "x", None], dtype=object), allow_pickle=True)
    np.save(d / "np_struct.npy", np.zeros(3, dtype=[("a", "<i4"), ("b", "<f8", (2,))]))
    np.savez(d / "np_arrays.npz", a=np.arange(3), b=np.ones((2, 2)))
    np.savez_compressed(d / "np_compressed.npz", a=np.arange(300), s=np.array(["x", "yz"]))
    with open(d / "np_pickle.pkl", "wb") as fh:
        pickle.dump({"arr": np.arange(5), "dt": np.dtype("f4"), "s": np.float64(3), "rng": np.random.default_rng(0),
                     "rs": np.random.RandomState(0), "ma": np.ma.masked_array([1, 2], [0, 1])}, fh, protocol=2)
    with open(d / "np_pickle5.pkl", "wb") as fh:
        pickle.dump([np.arange(1000, dtype=np.int16), np.ones((3, 3), order="F")], fh, protocol=5)
    return sorted(d.glob("np_*"))


def write_joblib(d: Path) -> list[Path]:
    import joblib
    import numpy as np

    obj = {"w": np.arange(1000.0), "o": np.array(["a", None], dtype=object), "l": [1, 2], "i": np.eye(3, dtype=np.int8)}
    joblib.dump(obj, d / "jl_plain.joblib")
    for method in ("zlib", "gzip", "bz2", "xz", "lzma") + (("lz4",) if available("lz4") else ()):
        joblib.dump(obj, d / f"jl_{method}.joblib", compress=(method, 3))
    return sorted(d.glob("jl_*"))


def write_torch(d: Path) -> list[Path]:
    import torch
    from torch import nn

    torch.manual_seed(0)
    lin = nn.Linear(4, 3)
    torch.save(lin.state_dict(), d / "pt_state_dict.pt")
    torch.save(nn.Sequential(nn.Linear(4, 3), nn.ReLU(), nn.BatchNorm1d(3), nn.Dropout(0.1)), d / "pt_full_module.pt")
    torch.save(nn.TransformerEncoderLayer(8, 2, 16, batch_first=True), d / "pt_transformer_layer.pth")
    torch.save(nn.Linear(4, 3).state_dict(), d / "pt_legacy.pt", _use_new_zipfile_serialization=False)
    m = nn.Linear(4, 3)
    opt = torch.optim.AdamW(m.parameters(), lr=0.1)
    m(torch.ones(2, 4)).sum().backward()
    opt.step()
    sched = torch.optim.lr_scheduler.StepLR(opt, 2)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # quantized tensor creation is deprecated in torch 2.13
        q = torch.quantize_per_tensor(torch.ones(3), 0.1, 0, torch.quint8)
    torch.save({"model": m.state_dict(), "optimizer": opt.state_dict(), "scheduler": sched.state_dict(), "epoch": 3,
                "bf16": torch.ones(2, dtype=torch.bfloat16), "int8": torch.arange(3, dtype=torch.int8),
                "sparse": torch.eye(3).to_sparse(), "quantized": q, "complex": torch.ones(2, dtype=torch.complex64),
                "transposed": torch.ones(4, 4).t(), "size": torch.Size([2, 3]), "device": torch.device("cpu"),
                "dtype": torch.float16, "rng": torch.get_rng_state(), "param": nn.Parameter(torch.ones(2))},
               d / "pt_training_checkpoint.ckpt")
    torch.save(nn.utils.parametrizations.weight_norm(nn.Linear(2, 2)).state_dict(), d / "pt_weight_norm.bin")
    torch.jit.save(torch.jit.script(nn.Linear(2, 2)), d / "pt_torchscript.pt")
    return sorted(d.glob("pt_*"))


def write_sklearn(d: Path) -> list[Path]:
    import joblib
    import numpy as np
    from sklearn.cluster import KMeans
    from sklearn.decomposition import PCA
    from sklearn.ensemble import GradientBoostingClassifier, HistGradientBoostingClassifier, RandomForestClassifier
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression, Ridge
    from sklearn.neighbors import KNeighborsClassifier
    from sklearn.neural_network import MLPClassifier
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import OneHotEncoder, StandardScaler
    from sklearn.svm import SVC
    from sklearn.tree import DecisionTreeRegressor

    rng = np.random.RandomState(0)
    x = rng.rand(40, 4)
    y = (x[:, 0] > 0.5).astype(int)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # convergence and deprecation warnings of tiny fits
        models = {
            "logreg": LogisticRegression().fit(x, y),
            "ridge": Ridge().fit(x, x[:, 1]),
            "forest": RandomForestClassifier(5, random_state=0).fit(x, y),
            "gboost": GradientBoostingClassifier(n_estimators=5).fit(x, y),
            "histgb": HistGradientBoostingClassifier(max_iter=5).fit(x, y),
            "tree": DecisionTreeRegressor(max_depth=3).fit(x, x[:, 2]),
            "pipeline": make_pipeline(StandardScaler(), SVC()).fit(x, y),
            "kmeans": KMeans(2, n_init=2, random_state=0).fit(x),
            "mlp": MLPClassifier((5,), max_iter=30, random_state=0).fit(x, y),
            "tfidf": TfidfVectorizer().fit(["the cat sat", "a dog ran far"]),
            "pca": PCA(2).fit(x),
            "knn": KNeighborsClassifier(3).fit(x, y),
            "onehot": OneHotEncoder().fit([["a"], ["b"]]),
        }
    for name, model in models.items():
        with open(d / f"sk_{name}.pkl", "wb") as fh:
            pickle.dump(model, fh, protocol=pickle.HIGHEST_PROTOCOL)
    joblib.dump(models["forest"], d / "sk_forest.joblib")
    joblib.dump(models["pipeline"], d / "sk_pipeline_z.joblib", compress=3)
    if available("lz4"):
        joblib.dump(models["gboost"], d / "sk_gboost_lz4.joblib", compress="lz4")
    return sorted(d.glob("sk_*"))


def write_safetensors(d: Path) -> list[Path]:
    import numpy as np
    from safetensors.numpy import save_file

    save_file({"w": np.ones((3, 3), dtype=np.float32), "b": np.zeros(3, dtype=np.float16),
               "empty": np.zeros((0,), dtype=np.int64), "flags": np.array([True, False])},
              str(d / "st_numpy.safetensors"), metadata={"format": "np", "note": "ok"})
    if available("torch"):
        import torch
        from safetensors.torch import save_file as save_torch

        save_torch({"w": torch.ones(4, 4), "bf16": torch.zeros(3, dtype=torch.bfloat16),
                    "i64": torch.arange(5)}, str(d / "st_torch.safetensors"), metadata={"format": "pt"})
    return sorted(d.glob("st_*"))


def write_keras(d: Path) -> list[Path]:
    """Keras 3 models, native ``.keras`` and legacy ``.h5`` (with whichever backend is installed)."""
    os.environ.setdefault("KERAS_BACKEND", "torch" if available("torch") else "jax")
    import keras

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        inp = keras.Input((8,))
        x = keras.layers.Dense(4, activation="gelu")(inp)
        x = keras.layers.Dropout(0.1)(x)
        x = keras.layers.LayerNormalization()(x)
        out = keras.layers.Dense(2, activation="softmax")(x)
        func = keras.Model(inp, out)
        func.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
        func.save(d / "keras_functional.keras")
        func.save(d / "keras_functional.h5")
        func.save_weights(d / "keras_functional.weights.h5")
        cnn = keras.Sequential([keras.Input((8, 8, 1)), keras.layers.Conv2D(2, 3), keras.layers.MaxPooling2D(),
                                keras.layers.Flatten(), keras.layers.Dense(3, kernel_regularizer="l2")])
        cnn.compile(optimizer=keras.optimizers.SGD(0.01, momentum=0.9), loss=keras.losses.MeanSquaredError())
        cnn.save(d / "keras_cnn.keras")
        cnn.save(d / "keras_cnn.h5")
        rnn = keras.Sequential([keras.Input((5,), dtype="int32"), keras.layers.Embedding(20, 4), keras.layers.LSTM(3),
                                keras.layers.Dense(1)])
        rnn.save(d / "keras_rnn.keras")
        norm = keras.Sequential([keras.Input((3,)), keras.layers.Normalization(mean=0.0, variance=1.0),
                                 keras.layers.BatchNormalization(), keras.layers.Activation("tanh")])
        norm.save(d / "keras_normalization.keras")
    return sorted(d.glob("keras_*"))


def write_h5py(d: Path) -> list[Path]:
    """Plain HDF5 files (not Keras): every file-format version h5py can write."""
    import h5py
    import numpy as np

    for libver in ("earliest", "v110", "latest"):
        with h5py.File(d / f"h5_{libver}.h5", "w", libver=libver) as f:
            f.attrs["title"] = "data"
            f.create_dataset("x", data=np.arange(100.0), compression="gzip")
    return sorted(d.glob("h5_*"))


WRITERS: dict[str, tuple[tuple[str, ...], Callable[[Path], list[Path]]]] = {
    "numpy": (("numpy",), write_numpy),
    "joblib": (("numpy", "joblib"), write_joblib),
    "torch": (("torch",), write_torch),
    "sklearn": (("sklearn", "joblib"), write_sklearn),
    "safetensors": (("safetensors", "numpy"), write_safetensors),
    "keras": (("keras", "h5py"), write_keras),
    "h5py": (("h5py", "numpy"), write_h5py),
}


def write_all(d: Path) -> tuple[list[Path], list[str]]:
    """Every benign file the installed frameworks can write; and the frameworks that were missing."""
    paths: list[Path] = []
    missing: list[str] = []
    for name, (needs, writer) in WRITERS.items():
        absent = [n for n in needs if not available(n)]
        if absent:
            missing.append(f"{name} (needs {', '.join(absent)})")
            continue
        sub = d / name
        sub.mkdir(parents=True, exist_ok=True)
        paths.extend(writer(sub))
    return paths, missing
