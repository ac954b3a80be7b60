"""Files and folders → ``FileResult``s (and ``Finding``s): the model scanner's Python API.

```python
from shieldwall.supply import scan_path, scan_model
results = scan_path("checkpoints/")           # one FileResult per file, archive members nested
findings = scan_model("model.pt")             # flat Findings (category malicious_model, span = byte offset)
```

Files are memory-mapped read-only, so a multi-gigabyte checkpoint is never read into memory: only
the pickle streams, headers and archive members that need analysis are touched. Nothing is loaded,
imported or executed.
"""

from __future__ import annotations

import contextlib
import mmap
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from shieldwall.core.errors import InputError
from shieldwall.core.types import Finding
from shieldwall.supply.formats import ScanLimits, scan_buffer
from shieldwall.supply.results import FileResult

MAX_FILES = 1_000_000


def scan_file(path: str | os.PathLike[str], limits: ScanLimits | None = None) -> FileResult:
    """Scan one file. I/O problems become a result with ``verdict == "error"``, never an exception."""
    p = os.fspath(path)
    try:
        st = os.stat(p)
    except OSError as exc:
        return FileResult(path=p, format="unknown", error=_oserror(exc))
    if not stat.S_ISREG(st.st_mode):
        return FileResult(path=p, format="unknown", error="not a regular file")
    if st.st_size == 0:
        return FileResult(path=p, format="empty", error="empty file")
    try:
        with open(p, "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mm:
            with contextlib.suppress(AttributeError, OSError):
                mm.madvise(mmap.MADV_SEQUENTIAL)
            result = scan_buffer(mm, p, limits, model_dir=os.path.dirname(os.path.abspath(p)))
    except OSError as exc:
        return FileResult(path=p, format="unknown", error=_oserror(exc))
    except Exception as exc:  # a scanner bug must not hide the other files; the file is reported as an error
        return FileResult(path=p, format="unknown", error=f"internal error: {type(exc).__name__}: {str(exc)[:120]}")
    result.size = st.st_size
    return result


def _oserror(exc: OSError) -> str:
    return f"{exc.strerror or type(exc).__name__}"


def iter_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[tuple[str, str | None]]:
    """Every file under the given paths, sorted per folder: ``(path, error)``; symlinked folders aren't followed."""
    n = 0
    for given in paths:
        p = os.fspath(given)
        try:
            st = os.stat(p)
        except OSError as exc:
            yield p, _oserror(exc)
            continue
        if not stat.S_ISDIR(st.st_mode):
            yield p, None
            continue
        errors: list[OSError] = []
        for root, dirs, files in os.walk(p, onerror=errors.append):
            dirs.sort()
            for name in sorted(files):
                n += 1
                if n > MAX_FILES:
                    yield os.path.join(root, name), f"more than {MAX_FILES} files; stopped"
                    return
                yield os.path.join(root, name), None
        for e in errors:
            yield os.fspath(e.filename or p), _oserror(e)


def scan_path(
    *paths: str | os.PathLike[str],
    limits: ScanLimits | None = None,
    on_file: Callable[[FileResult], None] | None = None,
) -> list[FileResult]:
    """Scan files and folders (recursively); one result per file, in a stable order."""
    out: list[FileResult] = []
    for p, err in iter_files(paths):
        r = FileResult(path=p, format="unknown", error=err) if err else scan_file(p, limits)
        out.append(r)
        if on_file is not None:
            on_file(r)
    return out


def scan_model(path: str | os.PathLike[str], limits: ScanLimits | None = None) -> list[Finding]:
    """Flat findings for one file or folder (archive members name themselves in ``Finding.via``).

    Fails closed: a file that could not be scanned (missing, unreadable, empty, not a regular file) raises
    ``InputError`` naming it instead of returning no findings, which would read as clean. ``scan_path`` gives
    per-file results, errors included, for callers that want to go on past one."""
    results = scan_path(path, limits=limits)
    failed = [r for r in results if r.error is not None and not r.all_findings()]
    if failed:
        r = failed[0]
        more = f" (and {len(failed) - 1} more)" if len(failed) > 1 else ""
        raise InputError(f"{r.path}: could not be scanned: {r.error}{more}")
    return [f for r in results for f in r.all_findings()]


def total_size(paths: Iterable[str | os.PathLike[str]]) -> int:
    """Bytes under the paths (for a progress bar); unreadable entries count as 0."""
    total = 0
    for p, err in iter_files(paths):
        if err is None:
            with contextlib.suppress(OSError):
                total += Path(p).stat().st_size
    return total
