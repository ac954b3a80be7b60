"""Shared CLI plumbing: exit codes and the error guard every command uses."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

import typer

from shieldwall.cli import render
from shieldwall.core.errors import ShieldwallError

EXIT_ALLOWED, EXIT_NOT_ALLOWED, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3

F = TypeVar("F", bound=Callable[..., Any])


def guarded(fn: F) -> F:
    """Turn Shieldwall errors into one-line messages with exit code 2, anything else into exit 3."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except typer.Exit:
            raise
        except ShieldwallError as exc:
            render.error(str(exc))
            raise typer.Exit(EXIT_USAGE) from None
        except KeyboardInterrupt:
            render.error("interrupted")
            raise typer.Exit(130) from None
        except BrokenPipeError:
            raise typer.Exit(EXIT_ALLOWED) from None
        except OSError as exc:
            render.error(f"{exc.strerror or exc}" + (f": {exc.filename}" if exc.filename else ""))
            raise typer.Exit(EXIT_USAGE) from None
        except Exception as exc:  # never a traceback for the user
            render.error(f"internal error: {type(exc).__name__}: {str(exc)[:200]}")
            raise typer.Exit(EXIT_INTERNAL) from None

    return wrapper  # type: ignore[return-value]
