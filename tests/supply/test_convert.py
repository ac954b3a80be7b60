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
