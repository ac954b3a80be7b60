from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from shieldwall.cli.main import app

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, ["bench", "detect", *args])


def test_table(mini):
    r = run("--data", str(mini), "--latency-sample", "3")
    assert r.exit_code == 0, r.output
    for word in ("overall", "shieldwall", "per category", "injection", "per language", "per source", "p50 ms"):
        assert word in r.stdout


def test_json_and_out(mini, tmp_path):
    out = tmp_path / "report.json"
    r = run("--data", str(mini), "--json", "--out", str(out), "--latency-sample", "3", "--augment", "--seed", "3")
    assert r.exit_code == 0, r.output
    d = json.loads(r.stdout)
    saved = json.loads(out.read_text(encoding="utf-8"))
    assert saved["dataset"] == d["dataset"] == {"examples": 13, "attacks": 6, "benign": 7}
    assert saved["settings"]["seed"] == 3 and saved["settings"]["policy"] == "default"
    sw = d["results"]["shieldwall"]
    o = sw["overall"]
    assert o["fpr"] == pytest.approx(o["fp"] / 7, abs=1e-4) and o["fp"] <= 1  # the AWS-key sentence: docs/detector.md
    assert o["tpr"] >= 0.8
    assert set(sw["per_lang"]) == {"en", "fr", "ja"}
    assert set(sw["augment"]) >= {"spacing", "homoglyph", "fullwidth"}
    assert d["comparisons"] == {}


def test_limit_and_sample(mini):
    r = run("--data", str(mini), "--json", "--limit", "4", "--latency-sample", "2")
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["dataset"]["examples"] == 4
    r = run("--data", str(mini), "--json", "--sample", "5", "--seed", "1", "--latency-sample", "2")
    assert json.loads(r.stdout)["dataset"]["examples"] == 5


@pytest.mark.parametrize(
    ("args", "match"),
    [
        (["--compare", "nope"], "unknown competitor 'nope'"),
        (["--role", "system"], "role must be one of user, document, tool"),
        (["--limit", "-1"], "--limit must be >= 0"),
        (["--policy", "no-such-policy"], ""),
    ],
)
def test_usage_errors_exit_2(mini, args, match):
    r = run("--data", str(mini), *args)
    assert r.exit_code == 2, r.output
    assert match in r.stderr and "Traceback" not in r.output


def test_bad_data_exit_2(tmp_path):
    f = tmp_path / "bad.jsonl"
    f.write_text('{"text": "a", "label": 0}\n{"text": "b"}\n', encoding="utf-8")
    r = run("--data", str(f))
    assert r.exit_code == 2
    assert "line 2: field 'label' is missing" in r.stderr
    r = run("--data", str(tmp_path / "missing.jsonl"))
    assert r.exit_code == 2 and "no such file" in r.stderr


def test_competitors_side_by_side(mini):
    pytest.importorskip("prismguard", reason="prismguard is not installed (pip install 'shieldwall[bench]')")
    r = run("--data", str(mini), "--compare", "prismguard", "--json", "--latency-sample", "2")
    assert r.exit_code == 0, r.output
    d = json.loads(r.stdout)
    assert list(d["results"]) == ["shieldwall", "prismguard"]
    assert d["comparisons"]["prismguard"]["baseline"] == "shieldwall"
