"""``shieldwall adapt retrain|gate|rollback|versions|demo``: detector versions behind a promotion gate.

Exit codes: 0 done (``gate``: the candidate passed); 1 ``gate`` rejected the candidate; 2 usage or input error
(no feedback, no data, an unknown version, a version that fails its integrity check); 3 internal error.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from shieldwall.cli import render
from shieldwall.cli._common import EXIT_NOT_ALLOWED, guarded
from shieldwall.cli.adapt_cmds import ByOpt, DbOpt, JsonOpt, _by, _db

if TYPE_CHECKING:
    from shieldwall.adapt.versions import Registry

ModelsOpt = Annotated[
    Path | None,
    typer.Option(
        "--models",
        help="Folder of the detector versions (default: $SHIELDWALL_HOME/models/detector, i.e. .shieldwall/…).",
    ),
]
DataOpt = Annotated[
    Path | None, typer.Option("--data", help="The base training data: a folder of *.jsonl (text, label, category).")
]


def _registry(db: str | None, models: Path | None) -> Registry:
    from shieldwall.adapt.versions import Registry

    return Registry(_db(db), models)


def print_gate(res: Any) -> None:
    render.write_line(f"candidate {res.candidate} vs active {res.current}: {res.decision.upper()}")
    for c in res.comparisons:
        mark = "REGRESSED" if c.regressed else ("" if c.guarded else "(reported)")
        render.write_line(
            f"  {c.metric:<34} current {c.current:>8.4f}  candidate {c.candidate:>8.4f}  limit {c.limit:>8.4f}"
            f"  n={c.n:<5} {mark}"
        )
    if res.promoted:
        render.write_line(f"promoted: {res.candidate} is now the active detector")
    elif res.decision == "promote":
        render.write_line("passed (not promoted: --no-promote)")


def register(adapt: typer.Typer) -> None:
    """Add the model-version commands to ``shieldwall adapt``."""

    @adapt.command("retrain")
    @guarded
    def retrain(
        data: DataOpt = None,
        replay: Annotated[int, typer.Option(help="Base training texts to replay (per-category sample).")] = 4000,
        epochs: Annotated[int, typer.Option(help="Fine-tuning epochs.")] = 10,
        lr: Annotated[float, typer.Option(help="Learning rate (AdamW).")] = 2e-3,
        feedback_weight: Annotated[float, typer.Option(help="Weight of one feedback text vs a replay text.")] = 80.0,
        anchor: Annotated[float, typer.Option(help="Pull towards the active head's weights (L2-SP).")] = 0.0005,
        seed: Annotated[int, typer.Option(help="Seed of the sample and of the minibatches.")] = 0,
        by: ByOpt = None,
        db: DbOpt = None,
        models: ModelsOpt = None,
        as_json: JsonOpt = False,
    ) -> None:
        """Build a candidate detector: the active head fine-tuned on base data plus labelled feedback."""
        from shieldwall.adapt.finetune import FinetuneConfig
        from shieldwall.adapt.retrain import retrain as run
        from shieldwall.core.errors import InputError

        if data is None:
            raise InputError("retrain needs the base training data: --data DIR (e.g. ../shared/data)")
        try:
            cfg = FinetuneConfig(epochs=epochs, lr=lr, feedback_weight=feedback_weight, anchor=anchor, seed=seed)
        except ValueError as exc:
            raise InputError(str(exc)) from None
        reg = _registry(db, models)
        res = run(reg.db, reg, data=data, by=_by(by), replay=replay, cfg=cfg, log=None if as_json else render.info)
        if as_json:
            render.write_line(json.dumps(res.to_dict(), indent=2))
        else:
            render.write_line(f"candidate {res.version} (parent {res.parent}) in {res.path}")
            render.write_line(f"next: shieldwall adapt gate {res.version} --data {data}")

    @adapt.command("gate")
    @guarded
    def gate(
        candidate: Annotated[str, typer.Argument(help="The candidate version (from 'adapt retrain').")],
        data: DataOpt = None,
        per_category: Annotated[int, typer.Option(help="Guard texts per data category.")] = 150,
        recall_margin: Annotated[float, typer.Option(help="Recall the candidate may lose per category.")] = 0.02,
        family_lost: Annotated[int, typer.Option(help="Attacks it may newly miss per red-team family.")] = 1,
        fpr_margin: Annotated[float, typer.Option(help="False-positive rate it may gain on benign data.")] = 0.005,
        hard_negative_margin: Annotated[float, typer.Option(help="... on hard negatives.")] = 0.01,
        control_margin: Annotated[float, typer.Option(help="... on the red-team benign control.")] = 0.02,
        everyday_margin: Annotated[float, typer.Option(help="... on the 116 everyday probe texts.")] = 0.03,
        latency_ratio: Annotated[float, typer.Option(help="Latency p50 it may reach, as a ratio.")] = 1.5,
        promote: Annotated[bool, typer.Option("--promote/--no-promote", help="Promote when it passes.")] = True,
        by: ByOpt = None,
        db: DbOpt = None,
        models: ModelsOpt = None,
        as_json: JsonOpt = False,
    ) -> None:
        """Compare a candidate with the active detector on the fixed guard set; promote only without regression."""
        from shieldwall.adapt.promotion import GateMargins, run_gate

        m = GateMargins(
            recall=recall_margin,
            family_lost=family_lost,
            fpr_benign=fpr_margin,
            fpr_hard_negative=hard_negative_margin,
            fpr_control=control_margin,
            fpr_everyday=everyday_margin,
            latency_ratio=latency_ratio,
        )
        reg = _registry(db, models)
        res = run_gate(
            reg.db,
            reg,
            candidate,
            by=_by(by),
            data=data,
            margins=m,
            per_category=per_category,
            promote=promote,
            log=None if as_json else render.info,
        )
        if as_json:
            render.write_line(json.dumps(res.to_dict(), indent=2))
        else:
            print_gate(res)
        if res.decision != "promote":
            raise typer.Exit(EXIT_NOT_ALLOWED)

    @adapt.command("promote")
    @guarded
    def promote_(
        version: Annotated[str, typer.Argument(help="A version the gate passed.")],
        by: ByOpt = None,
        db: DbOpt = None,
        models: ModelsOpt = None,
    ) -> None:
        """Promote a version that passed the gate without --promote (refused for any other)."""
        from shieldwall.adapt.versions import VersionError

        reg = _registry(db, models)
        gates = [e for e in reg.events() if e.kind == "gate" and e.version == version]
        if not gates or gates[-1].decision != "promote" or gates[-1].previous != reg.active().version:
            raise VersionError(f"{version} has no passing gate decision against the active version; run 'adapt gate'")
        reg.promote(version, by=_by(by), details={"gate_event": gates[-1].seq})
        render.write_line(f"promoted: {version}")

    @adapt.command("rollback")
    @guarded
    def rollback(
        reason: Annotated[str, typer.Option(help="Why (recorded).")] = "",
        by: ByOpt = None,
        db: DbOpt = None,
        models: ModelsOpt = None,
    ) -> None:
        """Restore the version that was active before the current one (verified against its manifest)."""
        reg = _registry(db, models)
        ev = reg.rollback(by=_by(by), reason=reason)
        render.write_line(f"rolled back: {ev.version} -> {ev.previous} (now active; link {reg.link})")

    @adapt.command("versions")
    @guarded
    def versions(db: DbOpt = None, models: ModelsOpt = None, as_json: JsonOpt = False) -> None:
        """The detector versions, the active one, and every retrain/gate/promote/rollback decision."""
        reg = _registry(db, models)
        link = reg.ensure_link()
        act = reg.active()
        out: dict[str, Any] = {
            "active": act.version,
            "active_model": act.model_version,
            "link": str(link),
            "versions": [v.to_dict() for v in reg.versions()],
            "events": [e.to_dict() for e in reg.events()],
        }
        if as_json:
            render.write_line(json.dumps(out, indent=2))
            return
        render.write_line(f"active: {act.version} ({act.model_version})")
        render.write_line(f"link:   {link}   (point SHIELDWALL_DETECTOR_DIR here)")
        for v in reg.versions():
            render.write_line(f"  {v.version}  parent {v.parent}  by {v.created_by}  {v.created_at}")
        for e in reg.events():
            extra = f" {e.decision}" if e.decision else ""
            reasons = e.details.get("reasons") if e.kind == "gate" else None
            render.write_line(
                f"  #{e.seq} {e.ts} {e.kind}{extra} {e.version} (previous {e.previous}) by {e.actor}"
                + (f": {'; '.join(reasons)}" if reasons else "")
            )

    @adapt.command("demo")
    @guarded
    def demo(
        data: DataOpt = None,
        work: Annotated[
            Path | None, typer.Option("--work", help="Folder for the demo's store and runs (default: a temporary one).")
        ] = None,
        suite: Annotated[str, typer.Option(help="Red-team suite.")] = "default",
        replay: Annotated[int, typer.Option(help="Base training texts to replay in the retrain.")] = 4000,
        per_category: Annotated[int, typer.Option(help="Gate: guard texts per data category.")] = 150,
        no_progress: Annotated[bool, typer.Option("--no-progress", help="No progress bars.")] = False,
        as_json: JsonOpt = False,
    ) -> None:
        """The closed loop on a fresh store: red team -> incidents -> labels -> index + retrain -> gate -> red team."""
        from shieldwall.cli.adapt_demo import run_demo

        res = run_demo(
            data=data,
            work=work,
            suite=suite,
            replay=replay,
            per_category=per_category,
            progress=not no_progress and not as_json,
            log=render.info,
        )
        if as_json:
            render.write_line(json.dumps(res, indent=2))
            return
        fams = ", ".join(res["families_through_before"]) or "none"
        render.write_line(f"families that got through the gateway before: {fams}")
        render.write_line(
            f"their attack success rate: {res['asr_before']:.1%} -> {res['asr_after']:.1%} "
            f"({res['asr_before_detail']['successes']}/{res['asr_before_detail']['n']} -> "
            f"{res['asr_after_detail']['successes']}/{res['asr_after_detail']['n']}, fresh mutations)"
        )
        render.write_line(f"all families: {res['asr_overall_before']:.1%} -> {res['asr_overall_after']:.1%}")
        render.write_line(
            f"benign false blocks: {res['benign_false_block_before']:.1%} -> {res['benign_false_block_after']:.1%}"
        )
        gate = res["gate"]
        render.write_line(
            "gate: " + (f"{gate['decision']} ({gate['candidate']})" if gate else "not run (no --data or no feedback)")
        )
        render.write_line(f"store and runs: {res['work_dir']}")
