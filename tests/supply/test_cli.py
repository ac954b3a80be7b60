from __future__ import annotations

import json
import os
import pickle

import pytest
from typer.testing import CliRunner

from shieldwall.cli.main import app
from tests.supply import _corpus as C

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, ["scan-model", *args])


@pytest.fixture
def tree(tmp_path):
    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "state.pkl").write_bytes(pickle.dumps({"w": [1.0, 2.0]}, protocol=4))
    (tmp_path / "ok" / "config.json").write_bytes(b'{"hidden_size": 8}')
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "model.pt").write_bytes(C.torch_zip(C.torch_like_data_pkl(malicious=True)))
    (tmp_path / "sus").mkdir()
    (tmp_path / "sus" / "net.pkl").write_bytes(C.call0("mypackage.models", "Net", "x"))
    return tmp_path


def test_json_shape_and_members(tree):
    r = run("--format", "json", str(tree))
    assert r.exit_code == 4, r.output
    d = json.loads(r.stdout)
    assert set(d) == {"files"}
    by_path = {os.path.relpath(f["path"], tree): f for f in d["files"]}
    assert set(by_path) == {"ok/state.pkl", "ok/config.json", "bad/model.pt", "sus/net.pkl"}
    for f in d["files"]:
        assert {"path", "verdict", "format", "findings"} <= set(f)
        assert f["verdict"] in ("clean", "suspicious", "malicious", "error")
    pt = by_path["bad/model.pt"]
    assert pt["verdict"] == "malicious" and pt["format"] == "pytorch-zip"
    member = next(m for m in pt["members"] if m["path"] == "archive/data.pkl")
    assert member["verdict"] == "malicious"
    assert {"scanner", "rule", "category", "score", "span", "message"} <= set(member["findings"][0])
    assert member["findings"][0]["category"] == "malicious_model"
    assert by_path["ok/state.pkl"]["verdict"] == "clean"
    assert by_path["sus/net.pkl"]["verdict"] == "suspicious"


def test_exit_codes(tree):
    assert run(str(tree / "ok")).exit_code == 0
    assert run(str(tree / "sus")).exit_code == 1
    assert run(str(tree / "bad")).exit_code == 4
    assert run(str(tree / "ok"), str(tree / "nope.pt")).exit_code == 2
    assert run("--format", "xml", str(tree)).exit_code == 2
    assert run().exit_code == 2  # missing argument: usage error


def test_table_output(tree):
    r = runner.invoke(app, ["scan-model", "--no-progress", str(tree)], env={"COLUMNS": "300"})
    assert r.exit_code == 4
    assert "supply.denied_global" in r.stdout and "malicious" in r.stdout


def test_sarif(tree):
    r = run("--format", "sarif", str(tree), str(tree / "missing.bin"))
    assert r.exit_code == 4
    d = json.loads(r.stdout)
    assert d["version"] == "2.1.0"
    run0 = d["runs"][0]
    assert run0["tool"]["driver"]["name"] == "shieldwall"
    assert any(x["ruleId"] == "supply.denied_global" and x["level"] == "error" for x in run0["results"])
    assert run0["invocations"][0]["executionSuccessful"] is False
    assert all("physicalLocation" in x["locations"][0] for x in run0["results"])


def test_unreadable_symlink_loop_and_special_files(tmp_path):
    os.symlink(tmp_path / "a", tmp_path / "b")
    os.symlink(tmp_path / "b", tmp_path / "a")
    os.mkfifo(tmp_path / "fifo")
    (tmp_path / "empty.pt").write_bytes(b"")
    r = run("--format", "json", str(tmp_path))
    assert r.exit_code == 2, r.output
    d = json.loads(r.stdout)
    errors = {os.path.basename(f["path"]): f.get("error") for f in d["files"]}
    assert errors["a"] and errors["b"] and "not a regular file" in errors["fifo"] and errors["empty.pt"] == "empty file"
    assert "Traceback" not in r.output


def test_directory_loop_via_symlink_is_not_followed(tmp_path):
    (tmp_path / "sub").mkdir()
    os.symlink(tmp_path, tmp_path / "sub" / "up")
    (tmp_path / "sub" / "x.pkl").write_bytes(pickle.dumps([1]))
    r = run("--format", "json", str(tmp_path))
    assert r.exit_code in (0, 2)
    assert len(json.loads(r.stdout)["files"]) <= 3
