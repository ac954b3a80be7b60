"""The red team: attack suites as data files, mutators, judges, targets, the runner and its reports.

Imports ``core``, ``policy`` (the YAML loader) and ``store``; talks to targets over HTTP (httpx) or calls
a Python function, and never imports the gateway (``shieldwall redteam --through-gateway`` starts one from
the CLI, through ``gateway/launch.py``). Nothing here is imported by ``import shieldwall``.

```python
from shieldwall.redteam import OpenAITarget, expand, load_suite, run_mode
suite = load_suite("default")
target = OpenAITarget("http://127.0.0.1:8000/v1", model="local")
results = asyncio.run(run_mode("direct", expand(suite), target, Path("results.jsonl"), done={}, concurrency=4))
```
"""

from __future__ import annotations

from shieldwall.redteam.attack import Attack, Instance, JudgeSpec, Outcome, Reply, Result, Turn
from shieldwall.redteam.findings import store_findings
from shieldwall.redteam.judges import judge, refusal
from shieldwall.redteam.mutators import MUTATORS, Mutator, mutate
from shieldwall.redteam.report import build_report, write_reports
from shieldwall.redteam.runner import expand, read_results, run_instance, run_mode
from shieldwall.redteam.stats import summarize, wilson
from shieldwall.redteam.suites import Suite, builtin_suites, load_suite
from shieldwall.redteam.targets import CallableTarget, OpenAITarget, Target

__all__ = [
    "Attack",
    "CallableTarget",
    "Instance",
    "JudgeSpec",
    "MUTATORS",
    "Mutator",
    "OpenAITarget",
    "Outcome",
    "Reply",
    "Result",
    "Suite",
    "Target",
    "Turn",
    "build_report",
    "builtin_suites",
    "expand",
    "judge",
    "load_suite",
    "mutate",
    "read_results",
    "refusal",
    "run_instance",
    "run_mode",
    "store_findings",
    "summarize",
    "wilson",
    "write_reports",
]
