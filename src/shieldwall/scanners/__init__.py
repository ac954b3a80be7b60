"""Built-in scanners, by name. Importing this package imports no scanner: the table is strings only.

Each entry is ``name -> ("module:Class", one-line description)``; the description equals line 1 of the
class docstring (a contract test checks it).
"""

from __future__ import annotations

from shieldwall.core.registry import Registry

BUILTIN: dict[str, tuple[str, str]] = {
    "hygiene": (
        "shieldwall.scanners.hygiene:HygieneScanner",
        "Invisible, bidi and Unicode-tag characters, homoglyphs and mixed-script tokens.",
    ),
    "encodings": (
        "shieldwall.scanners.encodings:EncodingScanner",
        "Decodes base64/base32/hex/URL/HTML/unicode-escape/rot13 payloads so they are scanned again.",
    ),
    "secrets": (
        "shieldwall.scanners.secrets:SecretScanner",
        "API keys, tokens, private keys, connection strings and high-entropy credentials.",
    ),
    "pii": (
        "shieldwall.scanners.pii:PiiScanner",
        "E-mail, phone, payment card, IBAN, national ID, IP and crypto addresses, validated.",
    ),
    "canary": (
        "shieldwall.scanners.canary:CanaryScanner",
        "Canary tokens, secrets of the system prompt and near-verbatim system-prompt text leaking into model output.",
    ),
    "exfiltration": (
        "shieldwall.scanners.exfiltration:ExfiltrationScanner",
        "Markdown images and links, HTML embeds and URLs that send data to non-allowlisted hosts.",
    ),
    "toolcalls": (
        "shieldwall.scanners.toolcalls:ToolCallScanner",
        "Tool calls outside the allowlist, invalid arguments and dangerous shell, path, URL or SQL arguments.",
    ),
    "injection": (
        "shieldwall.scanners.injection:InjectionScanner",
        "Prompt injection and jailbreak heuristics in many languages, aware of role and trust.",
    ),
    "detector": (
        "shieldwall.models.scanner:DetectorScanner",
        "Prompt injection and jailbreak detector: a multilingual model over every window, plus heuristics.",
    ),
    "known_attacks": (
        "shieldwall.adapt.scanner:KnownAttackScanner",
        "Inputs close to a confirmed attack (known-attack index); admin allow-exemplars exempt repeats.",
    ),
}

registry = Registry(BUILTIN)

__all__ = ["BUILTIN", "registry"]
