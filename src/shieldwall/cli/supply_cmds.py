"""``shieldwall scan-model PATH...`` and ``shieldwall convert-model IN --to safetensors``.

``convert-model`` exits 0 when converted and 2 when it refuses (the message says why).

``scan-model`` exit codes: 0 every file clean; 1 something suspicious (nothing malicious, every file scanned);
2 usage error, or a file could not be scanned (unreadable, empty, not a regular file) and nothing
was malicious; 3 internal error; 4 at least one file malicious. The strongest outcome wins:
malicious (4) > error (2) > suspicious (1) > clean (0).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from shieldwall.cli import render
from shieldwall.cli._common import EXIT_ALLOWED, EXIT_NOT_ALLOWED, EXIT_USAGE, guarded

EXIT_CLEAN, EXIT_SUSPICIOUS, EXIT_ERROR, EXIT_MALICIOUS = EXIT_ALLOWED, EXIT_NOT_ALLOWED, EXIT_USAGE, 4


def exit_code(verdicts: list[str]) -> int:
    """The documented exit code for a run's file verdicts."""
    if "malicious" in verdicts:
        return EXIT_MALICIOUS
    if "error" in verdicts:
        return EXIT_ERROR
    if "suspicious" in verdicts:
        return EXIT_SUSPICIOUS
    return EXIT_CLEAN


def register(app: typer.Typer) -> None:
    """Add the model-file scanner's commands to the CLI."""

    @app.command("scan-model")
    @guarded
    def scan_model(
        paths: Annotated[
            list[Path],
            # readable=False: an unreadable path is reported as that file's error, the others are still scanned
            typer.Argument(help="Model files, folders (recursive) or archives.", readable=False),
        ],
        fmt: Annotated[str, typer.Option("--format", help="table, json or sarif.")] = "table",
        progress: Annotated[
            bool, typer.Option("--progress/--no-progress", help="Progress bar on stderr (default: when a terminal).")
        ] = sys.stderr.isatty(),
    ) -> None:
        """Scan model files (pickle, PyTorch, NumPy, joblib, safetensors, archives…) without loading them.

        Formats are recognised by content, not by extension. Nothing is imported or executed.

        Exit codes: 0 clean; 1 suspicious; 2 usage error or a file could not be scanned; 3 internal error; 4 malicious.
        The strongest wins: 4 > 2 > 1 > 0.
        """
        from shieldwall.core.errors import InputError
        from shieldwall.supply.scan import scan_path, total_size

        if fmt not in ("table", "json", "sarif"):
            raise InputError(f"--format must be table, json or sarif, not {fmt!r}")
        bar = render.ModelScanProgress(total_size(paths) if progress else None, enabled=progress)
        try:
            results = scan_path(*paths, on_file=lambda r: bar.update(r.size))
        finally:
            bar.close()
        if fmt == "json":
            render.model_scan_json(results)
        elif fmt == "sarif":
            render.model_scan_sarif(results)
        else:
            render.model_scan_table(results)
        raise typer.Exit(exit_code([r.verdict.value for r in results]))

    @app.command("convert-model")
    @guarded
    def convert_model(
        src: Annotated[
            Path,
            typer.Argument(help="A PyTorch checkpoint (zip or legacy format) holding a state dict.", readable=False),
        ],
        to: Annotated[str, typer.Option("--to", help="Target format (safetensors).")] = "safetensors",
        output: Annotated[
            Path | None, typer.Option("--output", "-o", help="Output file (default: IN with .safetensors).")
        ] = None,
        force: Annotated[bool, typer.Option("--force", help="Overwrite the output file.")] = False,
    ) -> None:
        """Convert a tensor state dict to safetensors through a restricted unpickler (refuses anything else).

        The file must scan clean first; then only tensor-rebuilding globals are admitted, as inert stand-ins.
        Exit codes: 0 converted; 2 refused or unreadable (the message says why).
        """
        from shieldwall.core.errors import InputError
        from shieldwall.supply.convert import convert_to_safetensors

        if to != "safetensors":
            raise InputError(f"--to must be safetensors, not {to!r}")
        dst = output if output is not None else src.with_suffix(".safetensors")
        summary = convert_to_safetensors(src, dst, force=force)
        render.model_converted(str(src), str(dst), summary)
