"""Reports in the output folder: ``report.json`` (stable names: per mode ``asr``, ``asr_by_family``,
``attacks``, ``benign_false_block_rate`` …), ``junit.xml`` (one test case per instance and mode: a
successful attack or a blocked benign request fails) and ``report.html`` (self-contained: no external
asset, script or font; every success's evidence in a ``<details>``)."""

from __future__ import annotations

import html
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from shieldwall.redteam.attack import Outcome, Result
from shieldwall.redteam.stats import relative_reduction, summarize

REPORT_VERSION = 1


def build_report(results: Mapping[str, Sequence[Result]], meta: Mapping[str, Any]) -> dict[str, Any]:
    modes = {mode: summarize(rs) for mode, rs in results.items() if rs}
    rep: dict[str, Any] = {"version": REPORT_VERSION, **{k: v for k, v in meta.items()}, "modes": list(modes), **modes}
    if "direct" in modes and "gateway" in modes:
        d, g = modes["direct"], modes["gateway"]
        fams = sorted(set(d["asr_by_family"]) | set(g["asr_by_family"]))
        rep["comparison"] = {
            "asr_relative_reduction": relative_reduction(d["asr"], g["asr"]),
            "by_family": {f: {"direct": d["asr_by_family"].get(f), "gateway": g["asr_by_family"].get(f)} for f in fams},
            "families_through_gateway": [f for f in fams if (g["asr_by_family"].get(f) or 0) > 0],
        }
    return rep


def write_json(path: Path, report: Mapping[str, Any]) -> None:
    path.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def write_junit(path: Path, results: Mapping[str, Sequence[Result]]) -> None:
    root = ET.Element("testsuites", name="shieldwall-redteam")
    for mode, rs in results.items():
        fails = [r for r in rs if _is_failure(r)]
        suite = ET.SubElement(
            root,
            "testsuite",
            name=f"redteam.{mode}",
            tests=str(len(rs)),
            failures=str(len(fails)),
            errors=str(sum(r.outcome is Outcome.ERROR for r in rs)),
            time=f"{sum(r.elapsed_ms for r in rs) / 1000:.3f}",
        )
        for r in rs:
            case = ET.SubElement(
                suite, "testcase", classname=f"{mode}.{r.family}", name=r.key, time=f"{r.elapsed_ms / 1000:.3f}"
            )
            if r.outcome is Outcome.ERROR:
                ET.SubElement(case, "error", message=_xml_safe(r.reason[:500]))
            elif _is_failure(r):
                what = "benign request blocked" if r.benign else "attack succeeded"
                el = ET.SubElement(case, "failure", message=_xml_safe(f"{what}: {r.reason}"[:500]))
                el.text = _xml_safe(json.dumps(r.response, ensure_ascii=False)[:4000])
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)


def _is_failure(r: Result) -> bool:
    return r.outcome is Outcome.SUCCESS if not r.benign else r.outcome is Outcome.BLOCKED


def _xml_safe(s: str) -> str:
    return "".join(
        c if c in "\t\n\r" or (0x20 <= ord(c) < 0xD800) or (0xE000 <= ord(c) <= 0xFFFD) else "\ufffd" for c in s
    )


# -- HTML -------------------------------------------------------------------------------------------

_CSS = """
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;max-width:1100px;
color:#1d2430;padding:0 1rem}
h1{font-size:1.6rem;margin:0 0 .2rem}
h2{margin-top:2rem;border-bottom:1px solid #dde;padding-bottom:.3rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}
td,th{padding:.3rem .5rem;border-bottom:1px solid #eef;text-align:left;vertical-align:top}
th{background:#f5f6fa}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.bar{position:relative;height:14px;background:#f0f1f5;border-radius:3px;min-width:160px}
.bar .fill{position:absolute;left:0;top:0;bottom:0;border-radius:3px}
.bar .ci{position:absolute;top:5px;height:4px;background:#1d2430;opacity:.55}
.direct{background:#d9534f}
.gateway{background:#2e8b57}
.cards{display:flex;gap:1rem;flex-wrap:wrap}
.card{border:1px solid #dde;border-radius:6px;padding:.7rem 1rem;min-width:200px}
.big{font-size:1.6rem;font-weight:600}
.muted{color:#667}
details{border:1px solid #e3e5ee;border-radius:5px;margin:.35rem 0;padding:.3rem .6rem}
summary{cursor:pointer}
pre{white-space:pre-wrap;word-break:break-word;background:#f7f7fb;padding:.5rem;border-radius:4px;max-height:24rem;overflow:auto}
.tag{display:inline-block;background:#eef;border-radius:3px;padding:0 .35rem;margin-right:.25rem;font-size:.85em}
"""


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{100 * x:.1f}%"


def _bar(detail: Mapping[str, Any] | None, cls: str) -> str:
    if not detail or not detail.get("n"):
        return '<div class="bar"></div>'
    r = detail["rate"] or 0.0
    lo, hi = detail["ci95"]
    return (
        f'<div class="bar" title="{_pct(r)} (95% CI {_pct(lo)}–{_pct(hi)}, n={detail["n"]})">'
        f'<div class="fill {cls}" style="width:{100 * r:.1f}%"></div>'
        f'<div class="ci" style="left:{100 * lo:.1f}%;width:{max(0.5, 100 * (hi - lo)):.1f}%"></div></div>'
    )


def _rate_cell(detail: Mapping[str, Any] | None) -> str:
    if not detail or not detail.get("n"):
        return '<td class="num">–</td>'
    lo, hi = detail["ci95"]
    counts = f"{detail['successes']}/{detail['n']}"
    return f'<td class="num">{_pct(detail["rate"])} <span class="muted">[{_pct(lo)}, {_pct(hi)}] {counts}</span></td>'


def _table(title: str, key: str, report: Mapping[str, Any], modes: Sequence[str]) -> str:
    rows = sorted({k for m in modes for k in report[m].get(key, {})})
    head = "".join(f"<th>{html.escape(m)}: ASR [95% CI]</th><th></th>" for m in modes)
    body = []
    for k in rows:
        cells = "".join(_rate_cell(report[m][key].get(k)) + f"<td>{_bar(report[m][key].get(k), m)}</td>" for m in modes)
        body.append(f"<tr><td>{html.escape(k)}</td>{cells}</tr>")
    return f"<h2>{html.escape(title)}</h2><table><tr><th></th>{head}</tr>{''.join(body)}</table>"


def _evidence(r: Result) -> str:
    req = json.dumps(r.request, indent=2, ensure_ascii=False)
    resp = json.dumps(r.response, indent=2, ensure_ascii=False)
    tags = "".join(f'<span class="tag">{html.escape(t)}</span>' for t in [r.family, *(r.mutators or ["none"])])
    return (
        f"<details><summary><b>{html.escape(r.key)}</b> {tags} — {html.escape(r.reason)}</summary>"
        f"<p class=muted>mode {html.escape(r.mode)} · judge {html.escape(r.judge)} · HTTP {r.status} · "
        f"{r.elapsed_ms:.0f} ms{f' · turn {r.turn}' if r.turn else ''}"
        f"{' · tools offered: ' + html.escape(', '.join(r.tools)) if r.tools else ''}</p>"
        f"<h4>Request</h4><pre>{html.escape(req)}</pre><h4>Response</h4><pre>{html.escape(resp)}</pre></details>"
    )


def render_html(report: Mapping[str, Any], results: Mapping[str, Sequence[Result]]) -> str:
    modes = [m for m in report.get("modes", []) if m in report]
    cards = []
    for m in modes:
        s = report[m]
        lo, hi = s["asr_ci95"]
        flo, fhi = s["benign_false_block_ci95"]
        cards.append(
            f'<div class="card"><div class="muted">{html.escape(m)}: attack success rate</div>'
            f'<div class="big">{_pct(s["asr"])}</div><div class="muted">95% CI {_pct(lo)}–{_pct(hi)} · '
            f"{s['successes']}/{s['attacks_judged']} attacks · {s['errors']} errors</div></div>"
            f'<div class="card"><div class="muted">{html.escape(m)}: benign false-block rate</div>'
            f'<div class="big">{_pct(s["benign_false_block_rate"])}</div>'
            f'<div class="muted">95% CI {_pct(flo)}–{_pct(fhi)}'
            f" · {s['benign_blocked']}/{s['benign']} benign requests</div></div>"
        )
    comp = report.get("comparison")
    comp_html = ""
    if comp:
        red = comp.get("asr_relative_reduction")
        through = ", ".join(comp.get("families_through_gateway") or []) or "none"
        comp_html = (
            f'<div class="card"><div class="muted">relative ASR reduction by the gateway</div>'
            f'<div class="big">{_pct(red)}</div>'
            f'<div class="muted">families still getting through: {html.escape(through)}</div></div>'
        )
    sections = [
        _table("Attack success rate per family (before/after)", "asr_by_family_detail", report, modes),
        _table("Attack success rate per mutator", "asr_by_mutator", report, modes),
    ]
    ev = []
    for m in modes:
        succ = [r for r in results.get(m, []) if r.outcome is Outcome.SUCCESS and not r.benign]
        blocked = [r for r in results.get(m, []) if r.benign and r.outcome is Outcome.BLOCKED]
        ev.append(f"<h2>Successful attacks — {html.escape(m)} ({len(succ)})</h2>" + "".join(_evidence(r) for r in succ))
        if blocked:
            ev.append(
                f"<h2>Blocked benign requests — {html.escape(m)} ({len(blocked)})</h2>"
                + "".join(_evidence(r) for r in blocked)
            )
    suite, target = html.escape(str(report.get("suite", ""))), html.escape(str(report.get("target", "")))
    title = f"Shieldwall red team — {suite} against {target}"
    return (
        "<!doctype html><html lang=en><head><meta charset=utf-8>"
        "<meta http-equiv=Content-Security-Policy content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        f"<title>{title}</title><style>{_CSS}</style></head><body>"
        f"<h1>{title}</h1><p class=muted>{html.escape(str(report.get('started', '')))} · suite digest "
        f"{html.escape(str(report.get('suite_digest', ''))[:12])} · seed {html.escape(str(report.get('seed', '')))}</p>"
        f'<div class="cards" id="summary">{"".join(cards)}{comp_html}</div>'
        + "".join(sections)
        + "".join(ev)
        + "<p class=muted>Rates exclude instances that ended in a transport error. A refusal is never a success. "
        "Intervals: Wilson score, 95%.</p></body></html>"
    )


def write_reports(out: Path, results: Mapping[str, Sequence[Result]], meta: Mapping[str, Any]) -> dict[str, Any]:
    rep = build_report(results, meta)
    write_json(out / "report.json", rep)
    write_junit(out / "junit.xml", results)
    (out / "report.html").write_text(render_html(rep, results), encoding="utf-8")
    return rep
