"""``redteam run --max-tokens`` reaches every target's requests (direct and through the gateway), and the
``plain`` suite is every attack once, unmutated, plus the benign control."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from shieldwall.cli.main import app
from shieldwall.cli.redteam_cmds import RunOptions, _targets
from shieldwall.redteam.runner import expand
from shieldwall.redteam.suites import load_suite


def test_max_tokens_reaches_direct_and_gateway_requests(tmp_path: Path) -> None:
    opts = RunOptions(target="demo", out=tmp_path / "o", through_gateway=True, max_tokens=7, store=False)
    with _targets(opts) as targets:
        assert set(targets) == {"direct", "gateway"}
        for t in targets.values():
            assert t.body([{"role": "user", "content": "hi"}], [])["max_tokens"] == 7


def test_max_tokens_option_is_validated(tmp_path: Path) -> None:
    r = CliRunner().invoke(app, ["redteam", "run", "--target", "demo", "--out", str(tmp_path), "--max-tokens", "0"])
    assert r.exit_code == 2 and "max-tokens" in r.output + r.stderr


def test_plain_suite_is_every_attack_once() -> None:
    plain, default = load_suite("plain"), load_suite("default")
    assert {a.id for a in plain.attacks} == {a.id for a in default.attacks}
    assert {a.id for a in plain.benign} == {a.id for a in default.benign}
    instances = expand(plain)
    assert len(instances) == len(plain.attacks) + len(plain.benign)
    assert all(not i.mutators for i in instances)
