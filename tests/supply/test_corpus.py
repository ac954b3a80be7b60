"""The whole generated corpus: every malicious technique detected, every benign file clean.

The same corpus is what benchmarks/bench_supply.py runs picklescan, ModelScan and fickling on.
Files needing a library that is not installed are skipped with the reason shown (``-ra``).
"""

from __future__ import annotations

import warnings

import pytest

from shieldwall.supply import scan_buffer, scan_file
from tests.supply import _corpus as C
from tests.supply import _frameworks as F

# detected, but graded suspicious rather than malicious: what they do depends on the loader's environment
SUSPICIOUS_ONLY = {
    "ext_opcode.pkl",  # needs a copyreg extension registered beforehand
    "unknown_package.pkl",  # not on the allowlist, not on the denylist either
    "safetensors_overlap.safetensors",  # invalid header: loaders differ, no code runs
    "safetensors_header_bomb.safetensors",
}


@pytest.fixture(scope="module")
def malicious(tmp_path_factory):
    paths, skipped = C.write_malicious(tmp_path_factory.mktemp("malicious"))
    return paths, skipped


def test_every_malicious_file_is_detected(malicious):
    paths, skipped = malicious
    assert len(paths) >= 86
    missed, graded = [], []
    for p in paths:
        r = scan_file(p)
        if r.verdict.value == "clean":
            missed.append(p.name)
        elif r.verdict.value != "malicious" and p.name not in SUSPICIOUS_ONLY:
            graded.append((p.name, r.verdict.value))
        assert r.error is None, (p.name, r.error)
    assert not missed, missed
    assert not graded, graded
    if skipped:
        pytest.skip(f"part of the corpus not written: {'; '.join(skipped)}")


def test_hand_built_benign_files_are_clean():
    for name, data in C.benign_bytes().items():
        r = scan_buffer(data, name)
        assert r.verdict.value == "clean", (name, [f.message for f in r.all_findings()])


@pytest.mark.parametrize("framework", list(F.WRITERS))
def test_files_written_by_the_real_framework_are_clean(tmp_path, framework):
    needs, writer = F.WRITERS[framework]
    absent = [n for n in needs if not F.available(n)]
    if absent:
        pytest.skip(f"{framework}: {', '.join(absent)} not installed "
                    "(pip install torch==2.13.0 && pip install -e '.[frameworks]')")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the frameworks' own deprecation warnings (torch.jit.script, ...)
        paths = writer(tmp_path)
    assert paths
    for p in paths:
        r = scan_file(p)
        assert r.verdict.value == "clean", (p.name, r.format, [f.message for f in r.all_findings()])
        assert r.format != "unknown", p.name  # recognised, not ignored
