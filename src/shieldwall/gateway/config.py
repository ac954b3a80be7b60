"""Gateway configuration: YAML validated by pydantic (unknown keys are errors).

```yaml
server:
  host: 127.0.0.1
  port: 8080
  secret_env: SHIELDWALL_SECRET      # server secret for API-key digests (else <data dir>/secret)
  max_body_bytes: 4194304
database:
  url: sqlite:///./.shieldwall/shieldwall.db
  store_texts: false                 # store prompts and answers in the audit log
tenants:
  - name: acme
    policy: default                  # built-in policy name or a policy file
    upstream: {base_url: https://api.openai.com/v1, api_key_env: OPENAI_API_KEY}
    models: [gpt-4o-mini, {name: local, upstream: {base_url: http://127.0.0.1:11434/v1}, upstream_model: llama3.2}]
    quotas: {requests_per_minute: 600, tokens_per_minute: 200000}
    hardening: {spotlight: true, canary: true}
```
"""

from __future__ import annotations

import hashlib
import os
import secrets
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from shieldwall.core.errors import ConfigError
from shieldwall.core.types import Role
from shieldwall.policy.load import _Converter, _format_loc, compose_yaml, read_config_file
from shieldwall.store.db import default_data_dir, default_database_url

MAX_CONFIG_BYTES = 1 << 20
SECRET_FILE = "secret"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class UpstreamConfig(_Strict):
    """An OpenAI-compatible upstream; its key comes from the server's environment, never the client."""

    base_url: str = Field(min_length=1)
    api_key_env: str | None = None
    timeout_s: float = Field(60.0, gt=0, le=3600)  # read timeout (per chunk while streaming)
    connect_timeout_s: float = Field(5.0, gt=0, le=300)
    max_retries: int = Field(2, ge=0, le=10)  # on connection errors and 5xx, before any byte was streamed
    backoff_s: float = Field(0.2, ge=0, le=30)

    @field_validator("base_url")
    @classmethod
    def _http(cls, v: str) -> str:
        if not v.startswith(("http://", "https://")):
            raise ValueError("base_url must start with http:// or https://")
        return v.rstrip("/")

    def api_key(self) -> str | None:
        return os.environ.get(self.api_key_env) if self.api_key_env else None


class ModelRoute(_Strict):
    """A model name the tenant may use, optionally with its own upstream and upstream model name."""

    name: str = Field(min_length=1, max_length=256)
    upstream: UpstreamConfig | None = None
    upstream_model: str | None = None


class Quotas(_Strict):
    requests_per_minute: int | None = Field(None, ge=1)
    tokens_per_minute: int | None = Field(None, ge=1)


class Hardening(_Strict):
    """Input hardening: spotlighting of untrusted segments and a canary in the system prompt."""

    spotlight: bool = True
    spotlight_roles: list[Role] = Field(default_factory=lambda: [Role.TOOL, Role.DOCUMENT])
    datamark: bool = True  # replace whitespace by '^' inside spotlighted content
    canary: bool = True


class Images(_Strict):
    """Checks of ``image_url`` parts in multi-part content (see ``gateway/images.py``)."""

    allowed_hosts: list[str] = Field(default_factory=list)  # non-empty: image URLs to any other host are blocked
    data_uris: bool = True  # inline data:image/... URIs (data: URIs of other types are always blocked)

    @field_validator("allowed_hosts")
    @classmethod
    def _hosts(cls, v: list[str]) -> list[str]:
        from shieldwall.scanners._urls import HostAllowlist

        try:
            HostAllowlist(v, owner="images")
        except ConfigError as exc:
            raise ValueError(str(exc)) from None
        return v


class TenantConfig(_Strict):
    name: str = Field(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9_.-]+$")
    policy: str = "default"
    upstream: UpstreamConfig
    models: list[str | ModelRoute] = Field(min_length=1)  # "*" allows any model name
    quotas: Quotas = Field(default_factory=Quotas)
    hardening: Hardening = Field(default_factory=Hardening)
    images: Images = Field(default_factory=Images)

    def routes(self) -> dict[str, ModelRoute]:
        out: dict[str, ModelRoute] = {}
        for m in self.models:
            r = ModelRoute(name=m) if isinstance(m, str) else m
            out[r.name] = r
        return out


class StreamingConfig(_Strict):
    holdback_chars: int = Field(0, ge=0, le=4096)  # always held back (besides the trailing token)
    max_token_chars: int = Field(512, ge=0, le=65536)  # a trailing unbroken run is held back up to this length
    context_chars: int = Field(1024, ge=0, le=65536)  # released text re-scanned with the new text


class ServerConfig(_Strict):
    host: str = "127.0.0.1"
    port: int = Field(8080, ge=0, le=65535)
    secret_env: str = "SHIELDWALL_SECRET"
    max_body_bytes: int = Field(4 * 1024 * 1024, ge=1024, le=1 << 30)
    key_cache_ttl_s: float = Field(5.0, ge=0, le=3600)
    # scans of at most this many characters run on the event loop (a thread hop costs more than a small
    # scan under load); larger ones go to the pipeline's thread pool. 0: always the thread pool.
    inline_scan_chars: int = Field(8192, ge=0, le=1 << 20)
    streaming: StreamingConfig = Field(default_factory=StreamingConfig)


class DatabaseConfig(_Strict):
    url: str | None = None  # default: $SHIELDWALL_DATABASE_URL or sqlite:///./.shieldwall/shieldwall.db
    store_texts: bool = False

    def resolved_url(self) -> str:
        return self.url or default_database_url()


class RateLimitConfig(_Strict):
    backend: Literal["memory", "redis"] = "memory"  # memory: per process; redis: shared by all gateway processes
    redis_url: str = "redis://127.0.0.1:6379/0"
    key_prefix: str = Field("shieldwall:rl:", max_length=128)
    fail_open: bool = True  # Redis unreachable: let requests through (logged) instead of answering 503


class AdminConfig(_Strict):
    """The admin API's credential (never a tenant key) and what admin-created tenants may use."""

    key_env: str = "SHIELDWALL_ADMIN_KEY"  # env var holding the admin token (>= 24 characters)
    key_sha256: str | None = Field(None, pattern=r"^[0-9a-fA-F]{64}$")  # or the SHA-256 of the token
    # env vars that tenants created through the admin API may name as their upstream key (api_key_env);
    # anything else is refused, so the admin API cannot send an arbitrary server variable to an upstream
    upstream_key_envs: list[str] = Field(default_factory=list)
    # stored tenants use built-in policies; with a directory, also policy files inside it (nothing else on disk)
    policy_dir: str | None = None


class GatewayConfig(_Strict):
    server: ServerConfig = Field(default_factory=ServerConfig)
    admin: AdminConfig = Field(default_factory=AdminConfig)
    database: DatabaseConfig = Field(default_factory=DatabaseConfig)
    rate_limits: RateLimitConfig = Field(default_factory=RateLimitConfig)
    tenants: list[TenantConfig] = Field(default_factory=list)

    @model_validator(mode="after")
    def _unique(self) -> GatewayConfig:
        names = [t.name for t in self.tenants]
        dup = sorted({n for n in names if names.count(n) > 1})
        if dup:
            raise ValueError(f"duplicate tenant names: {', '.join(dup)}")
        return self

    def tenant(self, name: str) -> TenantConfig | None:
        return next((t for t in self.tenants if t.name == name), None)


def parse_config(text: str, *, source: str = "<config>") -> GatewayConfig:
    """Parse and validate a gateway config (YAML); errors name the key path and the line."""
    node = compose_yaml(text, source=source)
    if node is None:
        return GatewayConfig()
    conv = _Converter(source)
    data = conv.convert_document(node)
    if not isinstance(data, dict):
        raise ConfigError(f"{source}: the config must be a mapping at the top level")
    try:
        return GatewayConfig.model_validate(data)
    except ValidationError as exc:
        msgs = []
        for err in exc.errors()[:10]:
            loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and p in ("str", "ModelRoute")))
            line = conv.line_of(loc)
            where = f"line {line}: " if line else ""
            what = "unknown key" if err["type"] == "extra_forbidden" else err["msg"]
            msgs.append(f"{source}, {where}{_format_loc(loc)}: {what}")
        raise ConfigError("\n".join(msgs)) from None


def load_config(path: str | Path) -> GatewayConfig:
    p = Path(path)
    text = read_config_file(p, what="config", max_bytes=MAX_CONFIG_BYTES, missing=f"config file {p} not found")
    return parse_config(text, source=str(p))


def resolve_secret(env_name: str = "SHIELDWALL_SECRET", *, data_dir: Path | None = None) -> bytes:
    """The server secret: ``$<env_name>`` if set, else ``<data dir>/secret`` (created, mode 0600)."""
    env = os.environ.get(env_name)
    if env:
        if len(env.encode()) < 16:
            raise ConfigError(f"${env_name} must be at least 16 bytes long")
        return env.encode()
    d = data_dir or default_data_dir()
    path = d / SECRET_FILE
    try:
        return _read_secret(path)
    except FileNotFoundError:
        pass
    d.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # created concurrently
        return _read_secret(path)
    with os.fdopen(fd, "w") as fh:
        fh.write(secrets.token_hex(32) + "\n")
    return _read_secret(path)


def _read_secret(path: Path) -> bytes:
    value = path.read_text("utf-8").strip().encode()
    if len(value) < 16:
        raise ConfigError(f"{path}: the server secret must be at least 16 bytes long")
    return value


MIN_ADMIN_TOKEN_CHARS = 24


def resolve_admin_digest(cfg: AdminConfig) -> bytes | None:
    """The SHA-256 digest of the admin token (from ``key_sha256`` or ``$<key_env>``); None: admin API off."""
    if cfg.key_sha256:
        return bytes.fromhex(cfg.key_sha256)
    token = os.environ.get(cfg.key_env)
    if not token:
        return None
    if len(token) < MIN_ADMIN_TOKEN_CHARS:
        raise ConfigError(f"${cfg.key_env} (the admin token) must be at least {MIN_ADMIN_TOKEN_CHARS} characters")
    if token.startswith("sk-sw-"):
        raise ConfigError(f"${cfg.key_env} looks like a tenant API key; the admin token must be a separate secret")
    return hashlib.sha256(token.encode()).digest()


def config_summary(cfg: GatewayConfig) -> dict[str, Any]:
    return {"tenants": [t.name for t in cfg.tenants], "database": cfg.database.resolved_url()}
