"""``benchmarks/tiny_llm.py`` without a model: missing wheels are named, the assembled GGUF is checked."""

from __future__ import annotations

import hashlib
from importlib.metadata import distribution
from pathlib import Path

import pytest
from benchmarks import tiny_llm


def test_missing_wheels_are_named_with_the_install_command() -> None:
    spec = tiny_llm.ModelSpec(
        key="x", alias="x", filename="x.gguf", size=1, sha256="0" * 64,
        parts=(tiny_llm.Part("no-such-dist-shieldwall", "1.0", "x/y.bin"),), description="x",
    )  # fmt: skip
    with pytest.raises(tiny_llm.TinyLLMUnavailable, match=r"no-such-dist-shieldwall is not installed.*pip install"):
        tiny_llm.locate_parts(spec)


def _spec_from_installed(sha: str, size: int, files: list[str]) -> tiny_llm.ModelSpec:
    version = distribution("PyYAML").version
    return tiny_llm.ModelSpec(
        key="t", alias="t", filename="t.gguf", size=size, sha256=sha,
        parts=tuple(tiny_llm.Part("PyYAML", version, f) for f in files), description="t",
    )  # fmt: skip


def test_assembly_checks_the_pinned_sha256(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = [f for f in (str(p) for p in distribution("PyYAML").files or []) if f.endswith(".py")][:3]
    assert len(files) == 3
    blob = b"".join(Path(str(distribution("PyYAML").locate_file(f))).read_bytes() for f in files)
    good = _spec_from_installed(hashlib.sha256(blob).hexdigest(), len(blob), files)
    bad = _spec_from_installed("f" * 64, len(blob), files)
    monkeypatch.setitem(tiny_llm.MODELS, "t", bad)
    with pytest.raises(tiny_llm.TinyLLMError, match="not the pinned ones"):
        tiny_llm.model_path("t", directory=tmp_path)
    assert list(tmp_path.iterdir()) == []  # no partial file left behind
    monkeypatch.setitem(tiny_llm.MODELS, "t", good)
    out = tiny_llm.model_path("t", directory=tmp_path)
    assert out.read_bytes() == blob and out.with_name("t.gguf.verified").exists()
    out.write_bytes(b"tampered")  # size/mtime differ from the stamp: re-verified and re-assembled
    assert tiny_llm.model_path("t", directory=tmp_path).read_bytes() == blob
