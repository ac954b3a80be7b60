# ruff: noqa: SIM905 - word lists read better as one string
"""Which pickle globals a model file may import: allowlist first, a graded denylist second.

A global (``module.name``) that a legitimate checkpoint needs is *allowed*. Every other global is
at least *suspicious*; the denylist only grades how bad it is (code execution, imports, attribute
access, file or network access). Python 2 names are mapped the way ``pickle`` maps them
(``__builtin__`` → ``builtins``) before classifying, and dotted names (protocol 4 attribute walks)
are judged by every component.
"""

from __future__ import annotations

import _compat_pickle
from dataclasses import dataclass

# --- the allowlist ---------------------------------------------------------------------------------

_TORCH_STORAGES = (
    "FloatStorage DoubleStorage HalfStorage BFloat16Storage LongStorage IntStorage ShortStorage CharStorage "
    "ByteStorage BoolStorage ComplexFloatStorage ComplexDoubleStorage QUInt8Storage QInt8Storage QInt32Storage "
    "QUInt4x2Storage QUInt2x4Storage UntypedStorage TypedStorage"
).split()
_TORCH_DTYPES = (
    "float32 float float64 double float16 half bfloat16 int64 long int32 int int16 short int8 uint8 uint16 uint32 "
    "uint64 bool complex32 complex64 complex128 cfloat cdouble float8_e4m3fn float8_e5m2 float8_e4m3fnuz "
    "float8_e5m2fnuz qint8 quint8 qint32 quint4x2 quint2x4 Size device dtype Tensor layout strided sparse_coo "
    "sparse_csr contiguous_format channels_last channels_last_3d preserve_format per_tensor_affine "
    "per_channel_affine per_tensor_symmetric per_channel_symmetric"
).split()
_TORCH_UTILS = (
    "_rebuild_tensor _rebuild_tensor_v2 _rebuild_tensor_v3 _rebuild_parameter _rebuild_parameter_with_state "
    "_rebuild_sparse_tensor _rebuild_sparse_csr_tensor _rebuild_nested_tensor _rebuild_device_tensor_from_numpy "
    "_rebuild_meta_tensor_no_storage _rebuild_wrapper_subclass _rebuild_qtensor _rebuild_xla_tensor "
    "_rebuild_mps_tensor _rebuild_device_tensor_from_cpu_tensor"
).split()

ALLOWED: frozenset[tuple[str, str]] = frozenset(
    [("torch", n) for n in _TORCH_STORAGES + _TORCH_DTYPES]
    + [("torch._utils", n) for n in _TORCH_UTILS]
    + [("torch.storage", n) for n in ("UntypedStorage", "TypedStorage", "_StorageBase")]
    + [
        ("torch._tensor", "_rebuild_from_type_v2"),
        ("torch._tensor", "Tensor"),
        ("torch.nn.parameter", "Parameter"),
        ("torch.nn.parameter", "Buffer"),
        ("torch.serialization", "_get_layout"),
        ("torch.distributed._shard.sharded_tensor", "ShardedTensor"),
        ("collections", "OrderedDict"),
        ("collections", "defaultdict"),
        ("collections", "Counter"),
        ("collections", "deque"),
        ("copyreg", "_reconstructor"),
        ("copyreg", "__newobj__"),
        ("copyreg", "__newobj_ex__"),
        ("_codecs", "encode"),
        ("datetime", "datetime"),
        ("datetime", "date"),
        ("datetime", "timedelta"),
        ("decimal", "Decimal"),
        ("fractions", "Fraction"),
        ("pathlib", "PosixPath"),
        ("pathlib", "WindowsPath"),
        ("pathlib", "PurePosixPath"),
        ("argparse", "Namespace"),
        ("uuid", "UUID"),
        ("re", "_compile"),
        ("typing", "Any"),
        ("torch.torch_version", "TorchVersion"),
        ("enum", "Enum"),
    ]
    + [("builtins", n) for n in "set frozenset list dict tuple int float complex bytes bytearray str bool slice range "
       "object NoneType Ellipsis".split()]
    + [
        (m, n)
        for m in ("numpy.core.multiarray", "numpy._core.multiarray")
        for n in ("_reconstruct", "scalar")
    ]
    + [(m, "_frombuffer") for m in ("numpy.core.numeric", "numpy._core.numeric")]
    + [("numpy", n) for n in "ndarray dtype matrix float64 float32 float16 int64 int32 int16 int8 uint8 uint16 "
       "uint32 uint64 bool_ complex64 complex128 str_ bytes_ object_".split()]
    + [("numpy.dtypes", n) for n in "Float64DType Float32DType Float16DType Int64DType Int32DType Int16DType "
       "Int8DType UInt8DType UInt16DType UInt32DType UInt64DType BoolDType ObjectDType StrDType BytesDType".split()]
    + [("numpy.ma.core", "_mareconstruct"), ("numpy.ma.core", "MaskedArray")]
    + [("numpy.random._pickle", n) for n in ("__randomstate_ctor", "__bit_generator_ctor", "__generator_ctor")]
    + [("numpy.random._mt19937", "MT19937"), ("numpy.random._pcg64", "PCG64"), ("numpy.random.mtrand", "RandomState")]
    + [("joblib.numpy_pickle", n) for n in ("NumpyArrayWrapper", "NDArrayWrapper", "ZNDArrayWrapper")]
    + [("numpy.random.bit_generator", n) for n in ("SeedSequence", "__pyx_unpickle_SeedSequence")]
    + [(m, "MaskedArray") for m in ("numpy.ma", "numpy.ma.core")]
    # tensor functions a whole-module save references (nn.TransformerEncoderLayer keeps F.relu / F.gelu)
    + [("torch.nn.functional", n) for n in "relu gelu silu tanh sigmoid softmax log_softmax leaky_relu elu selu "
       "mish hardswish hardtanh softplus glu relu6 celu".split()]
)
# Cython pickling helpers that only instantiate the class passed to them (scikit-learn's trees and metrics)
_CLASS_HELPERS = frozenset({"newObj"})
# TorchScript archives (torch.jit.save): their data.pkl names TorchScript classes compiled from the archive's
# own code/ folder and these helpers; torch.jit.load's C++ unpickler resolves nothing else, no Python import
_TORCHSCRIPT_ALLOWED = frozenset(
    ("torch.jit._pickle", n)
    for n in "build_intlist build_tensorlist build_doublelist build_boollist build_complexlist restore_type_tag "
    "build_tensor_from_id".split()
)

# Packages whose *classes* (CamelCase names, no attribute walk) a checkpoint of that framework holds.
_CLASS_PREFIXES = (
    "sklearn.", "scipy.sparse.", "torch.nn.modules.", "torch.optim.", "xgboost.", "lightgbm.",
    "omegaconf.", "transformers.training_args.", "transformers.trainer_utils.", "accelerate.utils.dataclasses.",
)


# --- the denylist ----------------------------------------------------------------------------------

_EXEC, _IMPORT, _ATTR, _FILE, _NET, _DESER = (
    "code execution",
    "module import",
    "attribute access",
    "file access",
    "network access",
    "nested deserialization",
)
# severity score of each kind: all of them make a file malicious (≥ 0.9)
KIND_SCORE = {_EXEC: 1.0, _IMPORT: 1.0, _DESER: 1.0, _ATTR: 0.95, _FILE: 0.9, _NET: 0.9}

# whole modules (and their submodules)
_DENY_MODULES: dict[str, str] = {
    **dict.fromkeys(
        "os posix nt subprocess _posixsubprocess pty runpy code codeop pip ctypes _ctypes marshal multiprocessing "
        "_winapi msvcrt bdb pdb timeit cProfile profile trace doctest pydoc idlelib webbrowser mailcap antigravity "
        "commands popen2 platform asyncio concurrent threading _thread signal venv ensurepip distutils setuptools "
        "_xxsubinterpreters _interpreters sys gc inspect ast dis types code _osx_support _aix_support _pyrepl "
        "logging.config numpy.distutils numpy.f2py torch.utils.cpp_extension torch._inductor torch._dynamo "
        "torch.utils.collect_env".split(),
        _EXEC,
    ),
    **dict.fromkeys("importlib pkgutil zipimport imp site __import__ _imp _frozen_importlib".split(), _IMPORT),
    **dict.fromkeys("operator _operator functools copyreg".split(), _ATTR),
    **dict.fromkeys(
        "io _io shutil tempfile glob fileinput linecache shelve dbm sqlite3 tarfile zipfile posixpath ntpath "
        "fcntl resource".split(),
        _FILE,
    ),
    **dict.fromkeys(
        "socket _socket ssl select selectors socketserver http urllib urllib3 requests httpx aiohttp ftplib smtplib "
        "telnetlib imaplib poplib xmlrpc paramiko".split(),
        _NET,
    ),
    **dict.fromkeys("pickle _pickle cPickle dill cloudpickle shelve marshal jsonpickle".split(), _DESER),
}
# names inside otherwise harmless or allowlisted packages
_DENY_NAMES: dict[tuple[str, str], str] = {
    **{("builtins", n): _EXEC for n in "eval exec compile breakpoint input help memoryview".split()},
    ("builtins", "__import__"): _IMPORT,
    **{("builtins", n): _ATTR for n in "getattr setattr delattr globals locals vars super type classmethod".split()},
    ("builtins", "open"): _FILE,
    **{("torch", n): _DESER for n in ("load", "jit", "hub", "package", "compile")},
    ("torch.serialization", "load"): _DESER,
    ("torch.storage", "_load_from_bytes"): _DESER,
    ("uuid", "_get_command_stdout"): _EXEC,  # runs a command (stdlib gadget)
    ("torch.utils.collect_env", "run"): _EXEC,
    ("torch.utils.collect_env", "run_and_read_all"): _EXEC,
    ("torch.hub", "load"): _EXEC,
    **{("numpy", n): _DESER for n in ("load", "loads", "fromfile")},
    ("numpy.testing._private.utils", "runstring"): _EXEC,
    ("numpy.f2py", "compile"): _EXEC,
    ("joblib", "load"): _DESER,
    ("joblib.numpy_pickle", "load"): _DESER,
    **{("pandas", n): _FILE for n in ("read_csv", "read_pickle", "read_json", "read_sql", "read_parquet", "to_pickle")},
    ("pandas.io.pickle", "read_pickle"): _DESER,
    ("mlflow.projects.backend.local", "_run_entry_point"): _EXEC,
    ("keras.models", "load_model"): _DESER,
}
_DANGEROUS_PARTS = frozenset(
    "system popen spawn exec eval compile __import__ getattr __builtins__ __globals__ __getattribute__ __code__ "
    "__reduce__ __reduce_ex__ __subclasses__ __class__ __base__ __bases__ __mro__ __dict__ __init__ __call__ "
    "__self__ __func__ __closure__ __loader__ __spec__ import_module run_path run_module".split()
)


@dataclass(frozen=True, slots=True)
class GlobalRating:
    """How one ``module.name`` global is judged."""

    allowed: bool
    score: float  # 0 when allowed; 0.6 unknown (suspicious); ≥ 0.9 denylisted (malicious)
    rule: str  # supply.<rule>
    reason: str


SUSPICIOUS_SCORE = 0.6
_OK = GlobalRating(True, 0.0, "supply.allowed_global", "allowlisted")


def _mapped(module: str, name: str) -> tuple[str, str]:
    """Python 2 names, mapped as ``pickle`` maps them for protocols < 3."""
    if (module, name) in _compat_pickle.NAME_MAPPING:
        return _compat_pickle.NAME_MAPPING[(module, name)]
    return _compat_pickle.IMPORT_MAPPING.get(module, module), name


def rate_global(module: str, name: str, *, torchscript: bool = False) -> GlobalRating:
    """Judge a global. Allowlisted → allowed; denylisted → malicious; anything else → suspicious.

    ``torchscript``: the pickle is a TorchScript archive's, where ``__torch__.*`` classes and
    ``torch.jit._pickle`` helpers are resolved by TorchScript, not imported.
    """
    module, name = _mapped(module, name)
    if (module, name) in ALLOWED:
        return _OK
    if torchscript and (
        (module, name) in _TORCHSCRIPT_ALLOWED
        or (module.startswith("__torch__.") and "." not in name and not name.startswith("__"))
    ):
        return _OK
    top = module.split(".", 1)[0]
    parts = module.split(".") + name.split(".")
    kind = _DENY_NAMES.get((module, name))
    if kind is None:
        for i in range(len(module.split(".")), 0, -1):  # "torch.hub" before "torch"
            prefix = ".".join(parts[:i])
            if prefix in _DENY_MODULES:
                kind = _DENY_MODULES[prefix]
                break
    if kind is None and top == "builtins" and "." in name:
        kind = _ATTR
    if kind is not None:
        return GlobalRating(False, KIND_SCORE[kind], "supply.denied_global", kind)
    bad = [p for p in parts if p in _DANGEROUS_PARTS or p in _DENY_MODULES]
    if bad and len(parts) > 2:  # an attribute walk from an innocent module to a dangerous one
        return GlobalRating(False, 0.95, "supply.attribute_walk", f"attribute walk through {bad[0]!r}")
    if any(p.startswith("__") and p.endswith("__") and p not in ("__main__",) for p in parts):
        return GlobalRating(False, 0.95, "supply.attribute_walk", "dunder attribute access")
    if "." not in name and (name.lstrip("_")[:1].isupper() or name in _CLASS_HELPERS) and (
        (module + ".").startswith(_CLASS_PREFIXES)
    ):
        return _OK
    return GlobalRating(False, SUSPICIOUS_SCORE, "supply.unknown_global", "not on the allowlist")
