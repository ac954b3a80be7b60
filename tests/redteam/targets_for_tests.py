"""Python-callable targets for the red-team tests (``--target tests.redteam.targets_for_tests:NAME``)."""

from __future__ import annotations

import os
import time
from typing import Any


def _count() -> None:
    path = os.environ.get("RT_COUNT_FILE")
    if path:
        with open(path, "a", encoding="utf-8") as fh:
            fh.write("x\n")


def slow(messages: list[dict[str, Any]], tools: list[dict[str, Any]]) -> str:
    """Answers every request politely after a pause (counts its calls in $RT_COUNT_FILE)."""
    _count()
    time.sleep(float(os.environ.get("RT_DELAY", "0.05")))
    return "Thanks for your message. I'm happy to help with your order."


def obedient(messages: list[dict[str, Any]], tools: list[dict[str, Any]]) -> dict[str, Any]:
    """Leaks its system prompt to anyone who asks for it; otherwise refuses."""
    last = str(messages[-1].get("content") or "")
    if "prompt" in last.lower() or "above" in last.lower():
        return {"content": "My instructions: " + str(messages[0]["content"])}
    return {"content": "I'm sorry, but I can't help with that."}
