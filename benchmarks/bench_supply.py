"""Model-file scanners side by side: Shieldwall vs picklescan, ModelScan and fickling, then throughput.

    pip install torch==2.13.0                        # the CPU wheel (never plain `torch`)
    .venv/bin/pip install -e '.[dev,bench,frameworks]'
    .venv/bin/python benchmarks/bench_supply.py [--keep DIR] [--json OUT] [--size-gb 1.2] [--no-throughput]

1. Detection. One corpus in a temp folder: the malicious files of tests/supply/_corpus.py (every
   technique the scanner targets, the published picklescan/ModelScan/fickling bypasses included;
   malicious objects are only dumped, never loaded) and benign files written by the real frameworks
   that are installed (torch, scikit-learn, Keras, safetensors, numpy, joblib, h5py:
   tests/supply/_frameworks.py) plus hand-built ones (GGUF, ONNX, …). Each tool's Python API scans
   every file; "caught" = Shieldwall verdict not clean / picklescan any issue or infected file /
   ModelScan any issue / fickling: zips through ``scan_zip_archive`` (any member not ``is_safe``),
   other files ``not is_likely_safe``; "fickling-graceful" the same with ``graceful=True``
   (``scan_file``: a file it cannot parse counts as flagged, which flags README files too).
   A tool that raises on a file has not caught it.
2. Throughput. A real PyTorch checkpoint of ≥ 1 GB (a GPT-2-medium-shaped state dict written by
   ``torch.save``, zip and legacy formats) and an opcode-dense 45 MB pickle, each scanned by
   Shieldwall and picklescan in one process, in turn, 21 times after a warm-up (the dense pickle
   once: picklescan takes 10+ s): median time and MB/s, so a shared machine's load hits both alike.
   Memory in a fresh process per tool: peak RSS (VmHWM, reset after a warm-up scan) over the RSS
   before three scans (tensors must not be read into memory).
   The files are deleted afterwards.

Exits 1 when a claim of issue 6 fails: a malicious file missed or a benign file flagged by
Shieldwall, Shieldwall not strictly ahead of each tool, or slower than picklescan on a checkpoint.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import logging
import os
import signal
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("KERAS_BACKEND", "torch")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

TOOLS = ("shieldwall", "picklescan", "modelscan", "fickling")


# --- detection ------------------------------------------------------------------------------------


def build_corpus(root: Path) -> tuple[list[Path], list[Path], list[str]]:
    from tests.supply import _corpus as C
    from tests.supply import _frameworks as F

    mal, skipped = C.write_malicious(root / "malicious")
    ben_dir = root / "benign"
    ben_dir.mkdir(parents=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ben, missing = F.write_all(ben_dir / "frameworks")
    for name, data in C.benign_bytes().items():
        (ben_dir / name).write_bytes(data)
        ben.append(ben_dir / name)
    return mal, sorted(ben), skipped + [f"benign {m}" for m in missing]


def detectors() -> dict[str, Callable[[str], bool]]:
    from shieldwall.supply import scan_file

    out: dict[str, Callable[[str], bool]] = {"shieldwall": lambda p: scan_file(p).verdict.value != "clean"}
    with contextlib.suppress(ImportError):
        from picklescan.scanner import scan_file_path

        def picklescan(p: str) -> bool:
            r = scan_file_path(p)
            return bool(r.issues_count or r.infected_files)

        out["picklescan"] = picklescan
    with contextlib.suppress(ImportError):
        from modelscan.modelscan import ModelScan

        def modelscan(p: str) -> bool:
            return bool(ModelScan().scan(p).get("issues"))

        out["modelscan"] = modelscan
    with contextlib.suppress(ImportError):
        import fickling

        def fickling_scan(p: str, graceful: bool) -> bool:  # zip members by extension, else the file as a pickle
            import zipfile

            if zipfile.is_zipfile(p):
                return not all(r.is_safe for r in fickling.scan_zip_archive(p, graceful=graceful).values())
            if graceful:
                return not fickling.scan_file(p, graceful=True).is_safe
            return not fickling.is_likely_safe(p)

        out["fickling"] = lambda p: fickling_scan(p, False)
        out["fickling-graceful"] = lambda p: fickling_scan(p, True)
    return out


class _Timeout(Exception):
    pass


def _alarm(signum: int, frame: Any) -> None:
    raise _Timeout


def run_detection(mal: list[Path], ben: list[Path]) -> dict[str, Any]:
    tools = detectors()
    signal.signal(signal.SIGALRM, _alarm)
    rows: dict[str, dict[str, Any]] = {}
    for kind, paths in (("malicious", mal), ("benign", ben)):
        for p in paths:
            row: dict[str, Any] = {"kind": kind}
            for name, fn in tools.items():
                signal.alarm(60)
                try:
                    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
                        row[name] = bool(fn(str(p)))
                except BaseException as exc:
                    if isinstance(exc, KeyboardInterrupt):
                        raise
                    row[name] = False
                    row[f"{name}_error"] = f"{type(exc).__name__}"
                finally:
                    signal.alarm(0)
            rows[str(p.relative_to(p.parents[1] if kind == "malicious" else _benign_root(p)))] = row
    return {"tools": list(tools), "rows": rows}


def _benign_root(p: Path) -> Path:
    for parent in p.parents:
        if parent.name == "benign":
            return parent
    return p.parent


def summarise(det: dict[str, Any]) -> dict[str, Any]:
    rows = det["rows"]
    mal = [k for k, r in rows.items() if r["kind"] == "malicious"]
    ben = [k for k, r in rows.items() if r["kind"] == "benign"]
    out: dict[str, Any] = {"malicious": len(mal), "benign": len(ben), "tools": {}}
    for t in det["tools"]:
        out["tools"][t] = {
            "caught": sum(rows[k][t] for k in mal),
            "false_positives": sum(rows[k][t] for k in ben),
            "missed": [k for k in mal if not rows[k][t]],
            "flagged_benign": [k for k in ben if rows[k][t]],
            "errors": sum(f"{t}_error" in rows[k] for k in rows),
            "caught_not_by_shieldwall": [k for k in mal if rows[k][t] and not rows[k]["shieldwall"]],
        }
    return out


def print_detection(s: dict[str, Any]) -> None:
    print(f"\n## Detection: {s['malicious']} malicious, {s['benign']} benign files\n")
    print("| tool | malicious caught | false positives | raised on | missed (malicious files not caught) |")
    print("|---|---|---|---|---|")
    for t, v in s["tools"].items():
        missed = ", ".join(f"`{m.split('/')[-1]}`" for m in v["missed"]) or "—"
        print(f"| {t} | {v['caught']} / {s['malicious']} | {v['false_positives']} / {s['benign']} | "
              f"{v['errors']} files | {missed} |")
    print()
    for t, v in s["tools"].items():
        if v["flagged_benign"]:
            print(f"- {t} flags benign: {', '.join(v['flagged_benign'])}")
        if t != "shieldwall":
            print(f"- caught by {t} and not by Shieldwall: {v['caught_not_by_shieldwall'] or 'none'}")


# --- throughput --------------------------------------------------------------------------------------

_WRITE = r"""
import sys, torch
path, legacy, gb = sys.argv[1], sys.argv[2] == "1", float(sys.argv[3])
d, sd, i = 1024, {}, 0
sd["wte.weight"] = torch.zeros(50257, d)
while sum(t.numel() * 4 for t in sd.values()) < gb * 1e9:
    p = f"h.{i}."
    for name, shape in (("ln_1.weight", (d,)), ("ln_1.bias", (d,)), ("attn.c_attn.weight", (d, 3 * d)),
                        ("attn.c_attn.bias", (3 * d,)), ("attn.c_proj.weight", (d, d)), ("attn.c_proj.bias", (d,)),
                        ("ln_2.weight", (d,)), ("ln_2.bias", (d,)), ("mlp.c_fc.weight", (d, 4 * d)),
                        ("mlp.c_fc.bias", (4 * d,)), ("mlp.c_proj.weight", (4 * d, d)), ("mlp.c_proj.bias", (d,))):
        sd[p + name] = torch.zeros(shape)
    i += 1
torch.save(sd, path, _use_new_zipfile_serialization=not legacy)
print(len(sd))
"""

_MEASURE = r"""
import json, os, statistics, sys, time, warnings, logging
warnings.filterwarnings("ignore"); logging.disable(logging.CRITICAL)
tool, path, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
if tool == "shieldwall":
    from shieldwall.supply import scan_file
    def scan():
        return scan_file(path).verdict.value
else:
    from picklescan.scanner import scan_file_path
    def scan():
        r = scan_file_path(path)
        return f"issues={r.issues_count} infected={r.infected_files} errors={r.scan_err}"
def status(key):  # this process's memory in KiB, from /proc (ru_maxrss would include the parent's before exec)
    for line in open("/proc/self/status"):
        if line.startswith(key + ":"):
            return int(line.split()[1])
scan() if runs > 1 else None  # warm-up: page cache, imports done lazily by the tool
with open("/proc/self/clear_refs", "w") as fh:
    fh.write("5")  # reset the peak-RSS mark (VmHWM) to the current RSS
base = status("VmRSS")
times, verdict = [], None
for _ in range(runs):
    t = time.perf_counter(); verdict = scan(); times.append(time.perf_counter() - t)
peak = status("VmHWM")
out = {"seconds": statistics.median(times), "verdict": verdict, "rss_before_kib": base, "rss_peak_kib": peak}
print(json.dumps(out))
"""


_TIME = r"""
import json, statistics, sys, time, warnings, logging
warnings.filterwarnings("ignore"); logging.disable(logging.CRITICAL)
path, runs = sys.argv[1], int(sys.argv[2])
from shieldwall.supply import scan_file
from picklescan.scanner import scan_file_path
tools = {"shieldwall": lambda: scan_file(path), "picklescan": lambda: scan_file_path(path)}
for fn in tools.values():
    fn()  # warm-up: page cache, lazy imports
times = {t: [] for t in tools}
for _ in range(runs):  # alternate: a shared machine's load hits both alike
    for t, fn in tools.items():
        t0 = time.perf_counter(); fn(); times[t].append(time.perf_counter() - t0)
print(json.dumps({t: statistics.median(v) for t, v in times.items()}))
"""


def _measure(tool: str, path: Path, runs: int) -> dict[str, Any]:
    p = subprocess.run([sys.executable, "-c", _MEASURE, tool, str(path), str(runs)], capture_output=True, text=True,
                       timeout=1800, check=False, cwd=ROOT)
    if p.returncode != 0:
        return {"error": p.stderr.strip().splitlines()[-1:] or ["failed"]}
    out: dict[str, Any] = json.loads(p.stdout.strip().splitlines()[-1])
    out["rss_growth_mib"] = (out["rss_peak_kib"] - out["rss_before_kib"]) / 1024
    return out


def _measure_both(path: Path, runs: int) -> list[dict[str, Any]]:
    """Time: one process scanning with both tools in turn, ``runs`` times (medians). Memory: a fresh process
    per tool (three scans after a warm-up), so each tool's peak RSS is its own."""
    p = subprocess.run([sys.executable, "-c", _TIME, str(path), str(runs)], capture_output=True, text=True,
                       timeout=3600, check=False, cwd=ROOT)
    if p.returncode != 0:
        return [{"tool": t, "error": p.stderr.strip().splitlines()[-1:] or ["failed"]} for t in TOOLS[:2]]
    secs = json.loads(p.stdout.strip().splitlines()[-1])
    size = path.stat().st_size
    rows = []
    for tool in ("shieldwall", "picklescan"):
        mem = _measure(tool, path, 3 if runs > 1 else 1)
        rows.append({"tool": tool, "seconds": secs[tool], "mb_per_s": size / 1e6 / max(secs[tool], 1e-9),
                     "verdict": mem.get("verdict"), "rss_growth_mib": mem.get("rss_growth_mib"), "runs": runs})
    return rows


def run_throughput(tmp: Path, gb: float) -> list[dict[str, Any]]:
    import pickle

    files: list[tuple[str, Path]] = []
    for legacy in (False, True):
        p = tmp / ("gpt2_legacy.pt" if legacy else "gpt2_zip.pt")
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", _WRITE, str(p), "1" if legacy else "0", str(gb)], check=True,
                       capture_output=True, timeout=1800)
        label = f"torch.save {'legacy' if legacy else 'zip'} state dict"
        print(f"wrote {p.name}: {p.stat().st_size / 1e9:.2f} GB in {time.perf_counter() - t:.0f} s", flush=True)
        files.append((label, p))
    dense = tmp / "dense_floats.pkl"
    with open(dense, "wb") as fh:
        pickle.dump([i * 0.5 for i in range(5_000_000)], fh, protocol=4)
    files.append(("pickle of 5 M floats (opcode-dense)", dense))
    rows = []
    for label, p in files:
        for m in _measure_both(p, 1 if p == dense else 21):
            m.update(file=label, size_gb=p.stat().st_size / 1e9)
            rows.append(m)
            print(f"  {label} / {m['tool']}: {m}", flush=True)
    for _, p in files:
        p.unlink()
    return rows


def print_throughput(rows: list[dict[str, Any]]) -> None:
    print("\n## Throughput (one process, the two tools in turn: median of 21 warm-cache scans each (the dense"
          " pickle: one); peak RSS growth from a fresh process per tool)\n")
    print("| file | size | tool | time | MB/s | peak RSS growth | result |")
    print("|---|---|---|---|---|---|---|")
    for r in rows:
        if "error" in r:
            print(f"| {r['file']} | {r['size_gb']:.2f} GB | {r['tool']} | error: {r['error']} | | | |")
            continue
        print(f"| {r['file']} | {r['size_gb']:.2f} GB | {r['tool']} | {r['seconds'] * 1e3:.1f} ms | "
              f"{r['mb_per_s']:,.0f} | {r['rss_growth_mib'] or 0:.1f} MiB | {r['verdict']} |")


# --- claims -------------------------------------------------------------------------------------------


def check(s: dict[str, Any], thr: list[dict[str, Any]] | None) -> list[str]:
    bad = []
    sw = s["tools"]["shieldwall"]
    if sw["missed"]:
        bad.append(f"Shieldwall missed {sw['missed']}")
    if sw["flagged_benign"]:
        bad.append(f"Shieldwall flagged benign {sw['flagged_benign']}")
    for t, v in s["tools"].items():
        if t != "shieldwall" and v["caught"] >= sw["caught"]:
            bad.append(f"{t} caught {v['caught']}, not fewer than Shieldwall's {sw['caught']}")
    missing = [t for t in TOOLS if t not in s["tools"]]
    if missing:
        bad.append(f"not installed (pip install -e '.[bench]'): {missing}")
    for r in thr or []:
        if r["tool"] != "shieldwall" or "error" in r:
            continue
        ps = next((x for x in thr or [] if x["tool"] == "picklescan" and x["file"] == r["file"]), None)
        if ps and "error" not in ps and r["mb_per_s"] < ps["mb_per_s"]:
            bad.append(f"slower than picklescan on {r['file']}")
        if r["size_gb"] > 1 and (r["rss_growth_mib"] is None or r["rss_growth_mib"] > 256):
            bad.append(f"Shieldwall's RSS grew {r['rss_growth_mib']} MiB on {r['file']} (or was not measured)")
    return bad


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--keep", help="write the detection corpus to this folder and keep it")
    ap.add_argument("--json", help="write all results to this JSON file")
    ap.add_argument("--size-gb", type=float, default=1.2, help="size of the generated torch checkpoint")
    ap.add_argument("--no-throughput", action="store_true")
    args = ap.parse_args()
    warnings.filterwarnings("ignore")
    logging.disable(logging.CRITICAL)
    with tempfile.TemporaryDirectory(prefix="bench-supply-") as tmp:
        root = Path(args.keep) if args.keep else Path(tmp) / "corpus"
        mal, ben, skipped = build_corpus(root)
        print(f"corpus: {len(mal)} malicious, {len(ben)} benign in {root}")
        for s in skipped:
            print(f"  not written: {s}")
        t = time.perf_counter()
        det = run_detection(mal, ben)
        summary = summarise(det)
        print(f"(detection run: {time.perf_counter() - t:.0f} s)")
        print_detection(summary)
        thr = None
        if not args.no_throughput:
            import importlib.util

            if importlib.util.find_spec("torch") is None:
                print("\nthroughput skipped: torch not installed (pip install torch==2.13.0)")
            else:
                thr = run_throughput(Path(tmp), args.size_gb)
                print_throughput(thr)
    if args.json:
        Path(args.json).write_text(json.dumps({"detection": det, "summary": summary, "throughput": thr}, indent=1))
    bad = check(summary, thr)
    print("\nclaims:", "all hold" if not bad else "; ".join(bad))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
