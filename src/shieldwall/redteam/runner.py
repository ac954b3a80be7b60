"""The runner: suite → instances → requests (bounded concurrency) → judged results, appended to
``results.jsonl`` as they arrive.

``results.jsonl`` holds one JSON record per (instance, mode). ``--resume`` reads it back and runs only
what is missing or ended in ``error``; a last line cut off by an interruption is dropped (that instance
runs again), a damaged line elsewhere is an error naming the line. ``run.json`` records the suite digest
and the target, so a resume against another suite or target is refused.
"""

from __future__ import annotations

import asyncio
import json
import re
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from shieldwall.core.errors import ConfigError
from shieldwall.redteam.attack import Attack, Instance, Outcome, Reply, Result, Turn, fill, instance_values
from shieldwall.redteam.judges import judge
from shieldwall.redteam.mutators import mutate
from shieldwall.redteam.suites import Suite
from shieldwall.redteam.targets import Target

RESULTS_FILE = "results.jsonl"
RUN_FILE = "run.json"
_PROTECT = re.compile(r"https?://\S+|\{[^{}\n]{0,400}\}")


def expand(suite: Suite) -> list[Instance]:
    """Every instance of the suite: each attack plain (unless disabled) plus ``variants`` mutated copies,
    the chains assigned round-robin (balanced per mutator); benign control requests plain only."""
    out: list[Instance] = []
    mutable = 0
    for attack in suite.attacks:
        chains: list[tuple[str, ...]] = []
        if suite.plain or not attack.mutate or not suite.chains:
            chains.append(())
        if attack.mutate and suite.chains:
            for j in range(suite.variants):
                chains.append(suite.chains[(mutable * suite.variants + j) % len(suite.chains)])
            mutable += 1
        for chain in dict.fromkeys(chains):
            out.append(_instance(suite.seed, attack, chain))
    out.extend(_instance(suite.seed, a, ()) for a in suite.benign)
    return out


def _instance(seed: int, attack: Attack, chain: tuple[str, ...]) -> Instance:
    values = instance_values(seed, attack.id)
    turns: list[Turn] = []
    originals: list[str] = []
    for t in attack.turns:
        text = fill(t.content, values)
        if t.payload and chain:
            originals.append(text)
            protect = [*values.values(), *_PROTECT.findall(text)]
            text = mutate(text, chain, protect=protect, seed=f"{seed}:{attack.id}:{'+'.join(chain)}")
        turns.append(Turn(t.role, text, name=t.name, payload=t.payload))
    label = "+".join(chain) if chain else "none"
    script = tuple({"role": t.role, "content": t.content, **({"name": t.name} if t.name else {})} for t in turns)
    return Instance(f"{attack.id}|{label}", attack, chain, script, values, tuple(originals))


def build_messages(instance: Instance, script: Sequence[Mapping[str, Any]], document_role: str) -> list[dict[str, Any]]:
    """OpenAI messages for (a prefix of) the instance's script: the system prompt first; documents in
    ``document_role``; each tool result preceded by the assistant tool call it answers."""
    msgs: list[dict[str, Any]] = [{"role": "system", "content": fill(instance.attack.system, instance.values)}]
    for k, t in enumerate(script):
        role = str(t["role"])
        if role == "document":
            msgs.append({"role": document_role, "content": t["content"]})
        elif role == "tool":
            call_id = f"call_rt{k}"
            name = str(t.get("name") or "tool")
            msgs.append(
                {
                    "role": "assistant",
                    "content": None,
                    "tool_calls": [{"id": call_id, "type": "function", "function": {"name": name, "arguments": "{}"}}],
                }
            )
            msgs.append({"role": "tool", "tool_call_id": call_id, "content": t["content"]})
        else:
            msgs.append({k2: v for k2, v in t.items() if k2 in ("role", "content")})
    return msgs


def _request_texts(instance: Instance, messages: Sequence[Mapping[str, Any]]) -> list[str]:
    texts = [str(m.get("content")) for m in messages if m.get("role") != "system" and isinstance(m.get("content"), str)]
    return [*texts, *instance.originals]


async def run_instance(instance: Instance, target: Target, mode: str) -> Result:
    """Send one instance (turn by turn for a conversation) and judge the replies."""
    a = instance.attack
    t0 = time.perf_counter()
    script = list(instance.messages)
    stops = [i for i, t in enumerate(script) if t["role"] == "user"] if a.conversation else [len(script) - 1]
    if not stops:
        stops = [len(script) - 1]
    history: list[dict[str, Any]] = []
    messages: list[dict[str, Any]] = []
    reply = Reply(error="nothing was sent")
    last_verdict = None
    turn_no = 0
    for turn_no, stop in enumerate(stops, 1):
        start = 0 if not history else stops[turn_no - 2] + 1
        part = build_messages(instance, script[start : stop + 1], target.document_role)
        messages = part if not history else [*history, *part[1:]]
        reply = await target.send(messages, a.tools)
        if reply.error is not None:
            break
        last_verdict = judge(a.judge, instance, reply, _request_texts(instance, messages))
        if last_verdict.outcome in (Outcome.SUCCESS, Outcome.BLOCKED):
            break
        assistant: dict[str, Any] = {"role": "assistant", "content": reply.content or None}
        if reply.tool_calls:
            assistant["tool_calls"] = [dict(c) for c in reply.tool_calls]
        history = [*messages, assistant]
    elapsed = (time.perf_counter() - t0) * 1000
    if reply.error is not None:
        outcome, reason = Outcome.ERROR, reply.error
    else:
        assert last_verdict is not None
        outcome, reason = last_verdict.outcome, last_verdict.reason
    return Result(
        key=instance.key,
        mode=mode,
        attack_id=a.id,
        family=a.family,
        category=a.category,
        benign=a.benign,
        mutators=list(instance.mutators),
        outcome=outcome,
        reason=reason,
        judge=a.judge.type,
        request=messages,
        response=reply.evidence(),
        status=reply.status,
        elapsed_ms=elapsed,
        turn=turn_no if a.conversation else None,
        tools=[str(dict(t.get("function") or {}).get("name")) for t in a.tools],
    )


# -- persistence ------------------------------------------------------------------------------------


@dataclass
class RunFiles:
    out: Path

    @property
    def results(self) -> Path:
        return self.out / RESULTS_FILE

    @property
    def meta(self) -> Path:
        return self.out / RUN_FILE


def read_results(path: Path) -> list[Result]:
    """The records of a results file; a partial last line (an interrupted write) is cut off the file."""
    if not path.exists():
        return []
    raw = path.read_bytes()
    out: list[Result] = []
    lines = raw.split(b"\n")
    good_end = 0
    pos = 0
    for i, line in enumerate(lines, 1):
        end = pos + len(line) + 1
        last = i == len(lines)
        if line.strip():
            try:
                out.append(Result.from_dict(json.loads(line)))
                good_end = min(end, len(raw))
            except (ValueError, KeyError, TypeError):
                if last or (i == len(lines) - 1 and not lines[-1]):
                    break  # the write that was interrupted
                raise ConfigError(f"{path}, line {i}: not a result record; fix or remove that line") from None
        else:
            good_end = min(end, len(raw))
        pos = end
    if good_end < len(raw):
        with path.open("r+b") as fh:
            fh.truncate(good_end)
    return out


def latest(results: Iterable[Result]) -> dict[tuple[str, str], Result]:
    """The last record per (mode, key): a resumed instance supersedes its earlier error."""
    return {(r.mode, r.key): r for r in results}


def prepare_out(out: Path, meta: Mapping[str, Any], *, resume: bool, overwrite: bool) -> dict[tuple[str, str], Result]:
    """Create/validate the output folder; returns the results already there (resume)."""
    files = RunFiles(out)
    if out.exists() and not out.is_dir():
        raise ConfigError(f"--out {out}: exists and is not a directory")
    out.mkdir(parents=True, exist_ok=True)
    if files.results.exists() and files.results.stat().st_size and not (resume or overwrite):
        raise ConfigError(f"{out} already holds results: add --resume to continue that run, or --overwrite")
    if resume and files.meta.exists():
        try:
            old = json.loads(files.meta.read_text("utf-8"))
        except ValueError:
            raise ConfigError(f"{files.meta}: damaged run description (not JSON)") from None
        for k in ("suite_digest", "target", "seed"):
            if old.get(k) != meta.get(k):
                raise ConfigError(
                    f"cannot resume: the {k.replace('_', ' ')} differs from the interrupted run's ({files.meta})"
                )
    if overwrite and not resume:
        files.results.unlink(missing_ok=True)
    files.meta.write_text(json.dumps(dict(meta), indent=2) + "\n", encoding="utf-8")
    return latest(read_results(files.results)) if resume else {}


async def run_mode(
    mode: str,
    instances: Sequence[Instance],
    target: Target,
    results_path: Path,
    *,
    done: Mapping[tuple[str, str], Result],
    concurrency: int,
    on_result: Callable[[Result], None] | None = None,
) -> list[Result]:
    """Run the instances not yet done in ``mode``; each result is appended (and flushed) as it arrives."""
    todo = [i for i in instances if (mode, i.key) not in done or done[(mode, i.key)].outcome is Outcome.ERROR]
    sem = asyncio.Semaphore(max(1, concurrency))
    out: list[Result] = []
    with results_path.open("a", encoding="utf-8") as fh:

        async def one(inst: Instance) -> None:
            async with sem:
                res = await run_instance(inst, target, mode)
            fh.write(json.dumps(res.to_dict(), ensure_ascii=False) + "\n")
            fh.flush()
            out.append(res)
            if on_result is not None:
                on_result(res)

        await asyncio.gather(*(one(i) for i in todo))
    return out
