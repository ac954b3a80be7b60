from __future__ import annotations

import pickle
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shieldwall.core.types import Category
from shieldwall.supply import Limits, scan_buffer, scan_pickle
from shieldwall.supply.rules import rate_global
from tests.supply import _corpus as C


def verdict(data: bytes) -> str:
    return scan_buffer(data, "x").verdict.value


def rules(data: bytes) -> set[str]:
    return {f.rule for f in scan_buffer(data, "x").all_findings()}


@pytest.mark.parametrize("protocol", range(6))
def test_reduce_os_system_every_protocol(protocol):
    r = scan_buffer(C.evil(protocol), "evil.pkl")
    assert r.verdict.value == "malicious"
    assert r.format == "pickle"
    f = next(f for f in r.findings if f.rule == "supply.denied_global")
    assert f.category is Category.MALICIOUS_MODEL and f.scanner == "supply" and f.score >= 0.9
    assert "system" in f.message and "echo pwned" not in f.message  # no payload dump
    assert f.span is not None and f.span.end == f.span.start + 1


@pytest.mark.parametrize("protocol", range(6))
def test_benign_objects_are_clean(protocol):
    for o in C.benign_objects():
        r = scan_buffer(pickle.dumps(o, protocol=protocol), "ok.pkl")
        assert r.verdict.value == "clean", (o, r.findings)


@pytest.mark.parametrize(
    ("build", "rule"),
    [
        (lambda: C.call0("os", "system", "id"), "supply.denied_global"),
        (lambda: C.call4("posix", "system", "id"), "supply.denied_global"),
        (lambda: C.stack_global_from_memo("os", "system", "id"), "supply.denied_global"),
        (lambda: C.getattr_chain(), "supply.denied_global"),
        (lambda: C.getattr_chain(), "supply.dynamic_call"),
        (lambda: C.call_of_call_result(), "supply.dynamic_call"),
        (lambda: C.call4("pip", "main", "install"), "supply.denied_global"),
        (lambda: C.call0("pip._internal", "main", "install"), "supply.denied_global"),
        (lambda: C.call0("runpy", "_run_code", "import os"), "supply.denied_global"),
        (lambda: C.call0("copyreg", "add_extension", "x"), "supply.denied_global"),
        (lambda: C.call0("importlib", "import_module", "os"), "supply.denied_global"),
        (lambda: C.call0("pkgutil", "resolve_name", "os:system"), "supply.denied_global"),
        (lambda: C.call0("torch.utils.collect_env", "run", "id"), "supply.denied_global"),
        (lambda: C.call0("subprocess", "check_output", "id"), "supply.denied_global"),
        (lambda: C.call0("socket", "create_connection", "x"), "supply.denied_global"),
        (lambda: C.call0("shutil", "rmtree", "/"), "supply.denied_global"),
        (lambda: C.call0("webbrowser", "open", "x"), "supply.denied_global"),
        (lambda: C.call0("pty", "spawn", "sh"), "supply.denied_global"),
        (lambda: C.call0("ctypes", "CDLL", "x"), "supply.denied_global"),
        (lambda: C.call0("marshal", "loads", "x"), "supply.denied_global"),
        (lambda: C.call0("types", "CodeType", "x"), "supply.denied_global"),
        (lambda: C.call0("code", "InteractiveInterpreter", "x"), "supply.denied_global"),
        (lambda: C.call0("builtins", "exec", "x"), "supply.denied_global"),
        (lambda: C.call0("builtins", "compile", "x"), "supply.denied_global"),
        (lambda: C.call0("builtins", "open", "x"), "supply.denied_global"),
        (lambda: C.inst(), "supply.denied_global"),
        (lambda: C.obj(), "supply.denied_global"),
        (lambda: C.newobj(), "supply.denied_global"),
        (lambda: C.nested_loads(), "supply.denied_global"),
        (lambda: C.nested_loads(), "supply.nested_pickle"),
        (lambda: C.nested_in_data(), "supply.denied_global"),
        (lambda: C.build_on_global(), "supply.build_on_global"),
        (lambda: C.dotted_walk(), "supply.attribute_walk"),
        (lambda: C.py2_builtin(), "supply.denied_global"),
        (lambda: C.dynamic_stack_global(), "supply.dynamic_global"),
    ],
)
def test_malicious_techniques(build, rule):
    data = build()
    assert verdict(data) == "malicious", scan_buffer(data, "x").findings
    assert rule in rules(data)


def test_nested_pickle_in_data_points_inside():
    data = C.nested_in_data()
    f = next(f for f in scan_buffer(data, "x").findings if f.rule == "supply.denied_global")
    assert f.via == ("nested-pickle",)
    assert data[f.span.start] in b"c\x93"  # the offset points at the GLOBAL/STACK_GLOBAL in the outer file


def test_unknown_global_is_suspicious_and_ext_opcode():
    assert verdict(C.call0("mypackage.models", "Net", "x")) == "suspicious"
    assert "supply.unknown_global" in rules(C.call0("mypackage.models", "Net", "x"))
    assert verdict(C.ext_opcode()) == "suspicious"
    assert "supply.extension_registry" in rules(C.ext_opcode())


def test_allowlist_and_denylist_grades():
    assert rate_global("torch._utils", "_rebuild_tensor_v2").allowed
    assert rate_global("collections", "OrderedDict").allowed
    assert rate_global("numpy.core.multiarray", "_reconstruct").allowed
    assert rate_global("sklearn.linear_model._base", "LinearRegression").allowed
    assert not rate_global("sklearn.utils", "_run").allowed  # only classes of framework packages
    assert rate_global("os", "system").score == 1.0
    assert rate_global("builtins", "getattr").score >= 0.9
    assert rate_global("builtins", "dict").allowed
    assert rate_global("numpy", "load").score >= 0.9
    assert rate_global("omegaconf.dictconfig", "DictConfig").allowed
    assert rate_global("transformers.training_args", "TrainingArguments").allowed
    assert not rate_global("transformers", "AutoModel").allowed  # only data classes of training state
    assert not rate_global("transformers.training_args", "TrainingArguments.__init__").allowed


def test_truncated_and_malformed_are_findings():
    data = C.evil(2)
    for cut in range(1, len(data)):
        r = scan_pickle(data[:cut])
        assert not r.complete
    r = scan_buffer(data[:-3], "t.pkl")
    assert {"supply.denied_global", "supply.truncated"} <= {f.rule for f in r.findings}
    assert r.verdict.value == "malicious"
    assert "supply.malformed_pickle" in rules(b"\x80\x02R.")  # stack underflow
    assert "supply.malformed_pickle" in rules(b"\x80\x02h\x05.")  # memo read before write
    assert "supply.malformed_pickle" in {f.rule for f in scan_pickle(b"\x80\x09N.").findings}  # protocol 9


def test_resource_limits():
    memo_bomb = b"\x80\x04" + b"K\x01\x94" * 500 + b"."
    r = scan_pickle(memo_bomb, limits=Limits(max_memo=100))
    assert "supply.resource_limit" in {f.rule for f in r.findings}
    stack_bomb = b"\x80\x04" + b"(" * 5000 + b"."
    r = scan_pickle(stack_bomb, limits=Limits(max_stack=1000))
    assert "supply.resource_limit" in {f.rule for f in r.findings}
    r = scan_pickle(b"\x80\x04" + b"N0" * 1000 + b"N.", limits=Limits(max_ops=100))
    assert "supply.resource_limit" in {f.rule for f in r.findings}
    giant = b"\x80\x04\x8d" + (2**62).to_bytes(8, "little") + b"abc"
    assert "supply.truncated" in rules(giant)
    deep = b"\x80\x02" + C.nested_loads()  # nested beyond max_depth is reported, not followed forever
    inner = C.evil(2)
    for _ in range(6):
        inner = b"\x80\x02C" + bytes([min(len(inner), 255)]) + inner[:255] + b"."
    assert scan_pickle(deep).findings and scan_pickle(inner).ops > 0


def test_random_bytes_bounded():
    import random

    rng = random.Random(1234)
    t = time.perf_counter()
    for _ in range(300):
        data = rng.randbytes(rng.randint(1, 4000))
        scan_buffer(data, "rnd")
        scan_pickle(b"\x80\x04" + data)
    assert time.perf_counter() - t < 10

_OPS = sorted(b"(.012FIJKLMNPQRSTUVXabcdeghijlopqrstu}]G)BC" + bytes(range(0x80, 0x99)))
_chunk = st.one_of(
    st.sampled_from([bytes([o]) for o in _OPS]),
    st.binary(max_size=9),
    st.sampled_from([b"os\n", b"system\n", b"'x'\n", b"1\n", b"\x05", b"\xff\xff\xff\x7f"]),
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_chunk, max_size=60), st.integers(0, 5))
def test_fuzz_never_raises(chunks, proto):
    data = b"\x80" + bytes([proto]) + b"".join(chunks)
    r = scan_pickle(data, limits=Limits(max_ops=10_000))
    assert r.end <= len(data)
    scan_buffer(data[2:], "fuzz")


def test_invalid_string_escape_is_not_an_exception():
    r = scan_pickle(b"S'\\q'\n.")
    assert r.complete


def test_truncated_protocol0_call_of_unknown_global_is_reported():
    data = C.call0("evilpkg", "run", "x")[:-1]  # no STOP: a loader calls evilpkg.run before failing
    r = scan_buffer(data, "x")
    assert r.format == "pickle" and r.verdict.value == "suspicious"


def test_object_and_retained_limits():
    r = scan_pickle(b"\x80\x04" + b"]0" * 100 + b"N.", limits=Limits(max_objects=50))
    assert "supply.resource_limit" in {f.rule for f in r.findings}
    many = b"\x80\x04" + (b"C\x10" + b"a" * 16 + b"\x94") * 100 + b"."
    r = scan_pickle(many, limits=Limits(max_retained=64))
    assert r.ops > 100  # values past the budget become opaque, the walk goes on


def test_setitem_on_something_that_is_not_a_dict():
    assert "supply.type_confusion" in rules(b"\x80\x02]K\x00K\x01s.")  # list
    assert "supply.type_confusion" in rules(b"\x80\x02)(K\x00K\x01u.")  # tuple
    assert "supply.type_confusion" in rules(C.torch_weights_only_corruption("setitems"))
    for ok in (b"\x80\x02}K\x00K\x01s.", b"\x80\x02" + C.glob("collections", "OrderedDict") + b")R(K\x00K\x01u."):
        assert verdict(ok) == "clean", rules(ok)
