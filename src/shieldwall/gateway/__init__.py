"""The OpenAI-compatible gateway: the only package that imports the web framework.

Imports ``core``, ``policy`` and ``store`` (and the canary helpers of ``scanners``); nothing imports it but
the CLI.
"""

from __future__ import annotations

from shieldwall.gateway.app import Gateway, create_app
from shieldwall.gateway.config import GatewayConfig, load_config, parse_config

__all__ = ["Gateway", "GatewayConfig", "create_app", "load_config", "parse_config"]
