"""The red team: attack suites as data files, mutators, judges, targets, the runner and its reports.

Imports ``core``, ``policy`` (the YAML loader) and ``store``; talks to targets over HTTP (httpx) and never
imports the gateway (``shieldwall redteam --through-gateway`` starts one from the CLI). Nothing here is
imported by ``import shieldwall``.
"""

from __future__ import annotations
