"""``shieldwall adapt demo``: the closed loop end to end (real gateways on loopback, the simulated assistant)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from shieldwall.adapt.versions import Registry
from shieldwall.cli.adapt_demo import run_demo
from shieldwall.cli.main import app
from shieldwall.redteam.suites import SUITES_DIR
from shieldwall.store.db import Database
from shieldwall.store.incidents import IncidentStore
from tests.adapt._fixture_data import write_data


def _suite(folder: Path) -> Path:
    """The default suite's settings, cut to two families (one of which gets through the gateway) and the control."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(SUITES_DIR / "systems.yaml", folder / "systems.yaml")
    default = (SUITES_DIR / "default.yaml").read_text(encoding="utf-8")
    chains = default[default.index("mutations:") :]
    path = folder / "suite.yaml"
    path.write_text(
        "version: 1\nname: demo-test\ndescription: tool misuse and goal hijacking with the default mutations\n"
        "seed: 20261201\nattacks:\n"
        f"  - {SUITES_DIR / 'attacks' / 'tool_misuse.yaml'}\n  - {SUITES_DIR / 'attacks' / 'goal_hijacking.yaml'}\n"
        f"benign:\n  - {SUITES_DIR / 'benign' / 'control.yaml'}\n" + chains,
        encoding="utf-8",
    )
    return path


@pytest.mark.slow
def test_closed_loop(tmp_path: Path) -> None:
    data = write_data(tmp_path / "data")
    res = run_demo(
        data=data,
        work=tmp_path / "work",
        suite=str(_suite(tmp_path / "suite")),
        replay=100,
        per_category=50,
        progress=False,
    )
    assert res["families_through_before"], "nothing got through: the loop has nothing to learn from"
    assert res["incidents_labelled"] >= 1 and res["known_attacks_added"] >= 1
    assert res["asr_before"] > 0 and res["asr_after"] <= 0.5 * res["asr_before"], res
    assert res["benign_false_block_after"] <= res["benign_false_block_before"] + 0.01, res
    assert res["targets"] == {"asr_drop_at_least_50pct": True, "benign_false_block_rise_at_most_1pt": True}
    # fresh mutations: no plain copies, and not one of the "after" instances was sent before
    def keys(run: str) -> set[str]:
        lines = (tmp_path / "work" / run / "results.jsonl").read_text(encoding="utf-8").splitlines()
        return {json.loads(line)["key"] for line in lines if line.strip()}

    before, after = keys("redteam-before"), keys("redteam-after")
    attacks_after = {k for k in after if not k.startswith("bn.")}
    assert attacks_after and not any(k.endswith("|none") for k in attacks_after)
    assert not (attacks_after & before)
    # the gate decided, with its numbers, and the decision is in the store
    assert res["gate"]["decision"] in ("promote", "reject")
    db = Database(f"sqlite:///{tmp_path / 'work/shieldwall.db'}")
    gates = [e for e in Registry(db, tmp_path / "work/models").events() if e.kind == "gate"]
    assert len(gates) == 1 and gates[0].details["metrics"]["candidate"]
    labelled = IncidentStore(db).list(label="attack")
    assert len(labelled) == res["incidents_labelled"] and all(i.labelled_by == "demo-admin" for i in labelled)


@pytest.mark.slow
def test_cli_demo_without_data(tmp_path: Path) -> None:
    r = CliRunner().invoke(
        app,
        ["adapt", "demo", "--json", "--no-progress", "--work", str(tmp_path / "w"), "--suite", str(_suite(tmp_path))],
    )
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout)
    assert out["gate"] is None  # no base data: the index alone
    for key in ("asr_before", "asr_after", "benign_false_block_before", "benign_false_block_after"):
        assert isinstance(out[key], float)
