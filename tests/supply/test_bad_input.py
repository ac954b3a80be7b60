"""Hostile and broken input to ``scan-model``: precise errors, documented exit codes, bounded time, no traceback."""

from __future__ import annotations

import json
import os
import pickle
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from shieldwall.cli.main import app
from shieldwall.supply import scan_file, scan_path
from tests.supply import _corpus as C

runner = CliRunner()
SHIELDWALL = [sys.executable, "-m", "shieldwall.cli.main"]


def cli_json(*args: str):
    r = runner.invoke(app, ["scan-model", "--format", "json", "--no-progress", *args])
    assert "Traceback" not in r.output
    return r.exit_code, json.loads(r.stdout)


def errors(doc) -> dict[str, str | None]:
    return {os.path.basename(f["path"]): f.get("error") for f in doc["files"]}


def test_path_errors_are_precise(tmp_path):
    (tmp_path / "file.pkl").write_bytes(pickle.dumps([1]))
    long_name = str(tmp_path / ("x" * 300))
    code, doc = cli_json(str(tmp_path / "missing.pt"), str(tmp_path / "file.pkl" / "child"), long_name)
    assert code == 2
    e = errors(doc)
    assert e["missing.pt"] == "No such file or directory"
    assert e["child"] == "Not a directory"
    assert e["x" * 300] == "File name too long"
    assert all(f["verdict"] == "error" and f["format"] == "unknown" for f in doc["files"])


def test_truncated_files_of_every_format(tmp_path):
    for name, data in list(C.malicious_bytes().items())[::3]:
        for cut in (1, 7, len(data) // 2):
            r = scan_file(_write(tmp_path / f"{cut}_{name}", data[:cut]))
            assert r.verdict.value in ("clean", "suspicious", "malicious"), (name, cut, r.error)


def _write(p: Path, data: bytes) -> Path:
    p.write_bytes(data)
    return p


@pytest.mark.skipif(not shutil.which("setpriv"), reason="setpriv (util-linux) not available to drop root")
def test_unreadable_file_as_an_unprivileged_user():
    """Tests run as root, which reads mode-000 files; run the CLI as ``nobody`` so the permission check applies."""
    if os.geteuid() != 0:
        pytest.skip("not root: setpriv cannot switch users (the plain chmod case is covered below)")
    import tempfile

    with tempfile.TemporaryDirectory(prefix="sw-perm-") as d:  # pytest's tmp_path sits under a 0700 folder
        os.chmod(d, 0o755)
        _unreadable_as_nobody(Path(d))


NOBODY = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--inh-caps=-all"]


def _unreadable_as_nobody(tmp_path: Path) -> None:
    probe = subprocess.run([*NOBODY, sys.executable, "-c", "import shieldwall.cli.main"], capture_output=True,
                           timeout=60, check=False, cwd=tmp_path)
    if probe.returncode != 0:
        pytest.skip("user nobody cannot run this checkout's interpreter (its folders are not world-readable)")
    locked = tmp_path / "locked.pt"
    locked.write_bytes(C.evil(2))
    locked.chmod(0o000)
    (tmp_path / "ok.pkl").write_bytes(pickle.dumps([1]))
    (tmp_path / "ok.pkl").chmod(0o644)
    sub = tmp_path / "closed"
    sub.mkdir(mode=0o700)
    (sub / "hidden.pkl").write_bytes(C.evil(2))
    cmd = [*NOBODY, *SHIELDWALL, "scan-model", "--format", "json", "--no-progress", str(tmp_path)]
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
    assert "Traceback" not in p.stderr + p.stdout
    assert p.returncode == 2, p.stderr
    e = errors(json.loads(p.stdout))
    assert e["locked.pt"] == "Permission denied" and e["closed"] == "Permission denied" and e["ok.pkl"] is None
    # the same paths named on the command line: each unreadable one is its own error, the rest is scanned
    evil = tmp_path / "evil.pkl"
    evil.write_bytes(C.evil(2))
    evil.chmod(0o644)
    cmd = [*NOBODY, *SHIELDWALL, "scan-model", "--format", "json", "--no-progress", str(evil), str(locked), str(sub)]
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
    assert "Traceback" not in p.stderr + p.stdout
    assert p.returncode == 4, p.stderr  # malicious wins over error
    doc = json.loads(p.stdout)
    verdicts = {Path(f["path"]).name: f["verdict"] for f in doc["files"]}
    assert verdicts["evil.pkl"] == "malicious" and verdicts["locked.pt"] == "error", verdicts


def test_api_fails_closed_on_files_it_cannot_scan(tmp_path):
    """``scan_model`` never answers "no findings" for a file it could not read."""
    from shieldwall.core.errors import InputError
    from shieldwall.supply import scan_model

    empty = tmp_path / "empty.pt"
    empty.write_bytes(b"")
    for target, why in ((tmp_path / "missing.pt", "No such file"), (empty, "empty")):
        with pytest.raises(InputError, match=why):
            scan_model(target)
    ok = tmp_path / "ok.pkl"
    ok.write_bytes(pickle.dumps([1]))
    assert scan_model(ok) == []


def test_unreadable_file_when_not_root(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("running as root: mode 000 does not stop root (see the setpriv test)")
    p = tmp_path / "locked.pt"
    p.write_bytes(C.evil(2))
    p.chmod(0o000)
    assert scan_file(p).error == "Permission denied"


def test_symlink_loops_and_dangling_links(tmp_path):
    os.symlink(tmp_path / "loop_a", tmp_path / "loop_b")
    os.symlink(tmp_path / "loop_b", tmp_path / "loop_a")
    os.symlink(tmp_path / "nowhere", tmp_path / "dangling")
    os.symlink(tmp_path / "self", tmp_path / "self")
    code, doc = cli_json(str(tmp_path))
    assert code == 2
    e = errors(doc)
    assert e["loop_a"] == e["loop_b"] == e["self"] == "Too many levels of symbolic links"
    assert e["dangling"] == "No such file or directory"


def test_thousands_of_files_with_progress_bar(tmp_path):
    for i in range(3000):
        sub = tmp_path / f"d{i % 30}"
        sub.mkdir(exist_ok=True)
        (sub / f"w{i}.pkl").write_bytes(pickle.dumps({"i": i, "w": [0.5] * 20}, protocol=4))
    (tmp_path / "d7" / "evil.bin").write_bytes(C.evil(4))
    t = time.perf_counter()
    p = subprocess.run([*SHIELDWALL, "scan-model", "--progress", "--format", "json", str(tmp_path)],
                       capture_output=True, text=True, timeout=300, check=False)
    elapsed = time.perf_counter() - t
    assert p.returncode == 4, p.stderr[-500:]
    assert "Traceback" not in p.stderr
    doc = json.loads(p.stdout)
    assert len(doc["files"]) == 3001
    assert [f["path"] for f in doc["files"] if f["verdict"] != "clean"] == [str(tmp_path / "d7" / "evil.bin")]
    assert elapsed < 120
    assert scan_path(tmp_path / "d3")  # the API agrees


def test_random_and_enormous_files_bounded(tmp_path):
    rnd = _write(tmp_path / "random.bin", os.urandom(8 << 20))
    sparse = tmp_path / "sparse.pt"
    with open(sparse, "wb") as fh:  # 8 GiB of holes after a pickle header: nothing is read past the pickle
        fh.write(b"\x80\x02]q\x00.")
        fh.truncate(8 << 30)
    t = time.perf_counter()
    assert scan_file(rnd).error is None
    r = scan_file(sparse)
    assert r.verdict.value == "clean" and r.format == "pickle"
    assert time.perf_counter() - t < 10
    if sys.platform == "linux":  # measured in a fresh process: this one's peak holds whatever earlier tests loaded
        # VmHWM, not ru_maxrss: Linux carries ru_maxrss over fork + exec, so a child of a big test process
        # would report the parent's size; VmHWM belongs to the child's own address space
        code = (
            "import sys\n"
            "from shieldwall.supply import scan_file\n"
            "scan_file(sys.argv[1]); scan_file(sys.argv[2])\n"
            "print(next(line.split()[1] for line in open('/proc/self/status') if line.startswith('VmHWM:')))\n"
        )
        p = subprocess.run([sys.executable, "-c", code, str(rnd), str(sparse)], capture_output=True, text=True,
                           timeout=120, check=True)
        assert int(p.stdout.strip()) < 512 << 10  # KiB: under 512 MiB, so the 8 GiB file was not read


def test_scanning_a_special_file_in_a_tree(tmp_path):
    os.mkfifo(tmp_path / "fifo.pt")
    (tmp_path / "empty.bin").write_bytes(b"")
    code, doc = cli_json(str(tmp_path), "/dev/null")
    assert code == 2
    e = errors(doc)
    assert e == {"fifo.pt": "not a regular file", "empty.bin": "empty file", "null": "not a regular file"}
