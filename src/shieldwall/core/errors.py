"""Shieldwall's exception tree. Every user-facing error is a ``ShieldwallError``.

```
ShieldwallError
 ├── InputError            bad input: encoding, NUL/binary, empty, malformed or too-deep JSON
 │    └── InputTooLarge    input over a configured size limit
 ├── ConfigError           a policy or configuration that does not validate
 ├── RegistryError         an unknown or unloadable scanner name
 └── ScanTimeout           the per-request deadline ran out
```

Messages are precise and short, and never carry the payload that caused them (no raw input, no
secrets): they name positions, sizes and limits instead.
"""

from __future__ import annotations


class ShieldwallError(Exception):
    """Base class of every error Shieldwall raises on purpose."""


class InputError(ShieldwallError):
    """The input cannot be scanned as given (encoding, binary content, malformed JSON, ...)."""


class InputTooLarge(InputError):
    """The input exceeds a configured size limit."""


class ConfigError(ShieldwallError):
    """A policy or configuration file is invalid."""


class RegistryError(ShieldwallError):
    """A scanner name is unknown or its implementation cannot be loaded."""


class ScanTimeout(ShieldwallError):
    """The per-request deadline ran out before the pipeline finished."""
