from __future__ import annotations

import json
import struct

import pytest
from typer.testing import CliRunner

from shieldwall.cli.main import app
from shieldwall.supply import scan_file
from shieldwall.supply.convert import ConversionError, convert_to_safetensors
from tests.supply import _corpus as C

runner = CliRunner()


def _read_safetensors(path):
    raw = path.read_bytes()
    n = struct.unpack("<Q", raw[:8])[0]
    return json.loads(raw[8 : 8 + n]), raw[8 + n :]


def test_convert_state_dict(tmp_path):
    src = tmp_path / "m.pt"
    src.write_bytes(C.torch_zip(C.torch_like_data_pkl()))
    dst = tmp_path / "m.safetensors"
    summary = convert_to_safetensors(src, dst)
    assert summary["tensors"] == 1
    header, data = _read_safetensors(dst)
    assert header["weight"] == {"dtype": "F32", "shape": [2, 2], "data_offsets": [0, 16]}
    assert struct.unpack("<4f", data) == (1.0, 2.0, 3.0, 4.0)
    assert scan_file(dst).verdict.value == "clean"


def test_convert_refuses_malicious_and_unknown(tmp_path):
    src = tmp_path / "evil.pt"
    src.write_bytes(C.torch_zip(C.torch_like_data_pkl(malicious=True)))
    with pytest.raises(ConversionError, match="malicious"):
        convert_to_safetensors(src, tmp_path / "out.safetensors")
    assert not (tmp_path / "out.safetensors").exists()
    # allowlisted for scanning but not for conversion: the restricted unpickler names the global
    pkl = b"\x80\x02" + C.glob("collections", "OrderedDict") + b")R" + C.bu("n") + C.glob("numpy", "dtype") + b"s."
    src2 = tmp_path / "np.pt"
    src2.write_bytes(C.torch_zip(pkl))
    with pytest.raises(ConversionError, match=r"refusing global numpy\.dtype"):
        convert_to_safetensors(src2, tmp_path / "out2.safetensors")


def test_convert_cli(tmp_path):
    src = tmp_path / "m.pt"
    src.write_bytes(C.torch_zip(C.torch_like_data_pkl()))
    r = runner.invoke(app, ["convert-model", str(src), "--to", "safetensors"])
    assert r.exit_code == 0, r.output
    assert (tmp_path / "m.safetensors").exists()
    r = runner.invoke(app, ["convert-model", str(src)])
    assert r.exit_code == 2 and "exists" in r.output
    bad = tmp_path / "bad.pt"
    bad.write_bytes(C.torch_zip(C.torch_like_data_pkl(malicious=True)))
    r = runner.invoke(app, ["convert-model", str(bad)])
    assert r.exit_code == 2 and "posix.system" in r.output and "Traceback" not in r.output
    r = runner.invoke(app, ["convert-model", str(src), "--to", "onnx"])
    assert r.exit_code == 2


@pytest.mark.parametrize("legacy", [False, True])
def test_convert_real_torch_checkpoints(tmp_path, legacy):
    torch = pytest.importorskip("torch", reason="torch not installed (pip install torch==2.13.0)")
    st = pytest.importorskip("safetensors.torch", reason="safetensors not installed")
    torch.manual_seed(0)
    sd = {"w": torch.randn(3, 4), "b": torch.arange(5, dtype=torch.int64), "h": torch.ones(2, dtype=torch.float16),
          "bf": torch.randn(4, dtype=torch.bfloat16), "nested": {"x": torch.zeros(1)}, "step": 7}
    sd["view"] = sd["w"][1]  # shares w's storage at an offset
    src = tmp_path / "m.pt"
    torch.save(sd, src, _use_new_zipfile_serialization=not legacy)
    assert scan_file(src).format == ("pytorch-legacy" if legacy else "pytorch-zip")
    dst = tmp_path / "m.safetensors"
    summary = convert_to_safetensors(src, dst)
    assert summary["skipped"] == ["step"]
    back = st.load_file(str(dst))
    assert set(back) == {"w", "b", "h", "bf", "nested.x", "view"}
    for k, v in {"w": sd["w"], "b": sd["b"], "h": sd["h"], "bf": sd["bf"], "nested.x": sd["nested"]["x"],
                 "view": sd["view"]}.items():
        assert torch.equal(back[k], v), k


def test_convert_legacy_refuses_malicious_and_truncated(tmp_path):
    bad = tmp_path / "bad.pt"
    bad.write_bytes(C.legacy_torch(C.call0("os", "system", "id")))
    with pytest.raises(ConversionError, match="malicious"):
        convert_to_safetensors(bad, tmp_path / "o.safetensors")
    good = C.legacy_torch(C.torch_like_data_pkl())
    cut = tmp_path / "cut.pt"
    cut.write_bytes(good[:-6])  # the last storage loses its bytes
    with pytest.raises(ConversionError, match="truncated"):
        convert_to_safetensors(cut, tmp_path / "o.safetensors")
    ok = tmp_path / "ok.pt"
    ok.write_bytes(good)
    header, data = _read_safetensors(tmp_path / "o.safetensors") if convert_to_safetensors(
        ok, tmp_path / "o.safetensors") else (None, None)
    assert header["weight"]["shape"] == [2, 2] and struct.unpack("<4f", data) == (1.0, 2.0, 3.0, 4.0)
