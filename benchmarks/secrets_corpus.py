"""Seeded generator of a secrets-detection corpus: real-format keys in varied contexts, and look-alikes.

Nothing here is a real credential: every key is random characters of the provider's alphabet and
length (GitHub/npm tokens get a correct CRC32 checksum, JWTs a real JSON header). ``generate(n, seed)``
returns ``n`` positives and ``n`` negatives as ``Sample(text, label, kind)``.
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
import string
import uuid
import zlib
from collections.abc import Callable
from dataclasses import dataclass

AN = string.ascii_letters + string.digits
TOK = AN + "_-"
HEX = "0123456789abcdef"
UPD = string.ascii_uppercase + string.digits
DIG = string.digits
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


@dataclass(frozen=True, slots=True)
class Sample:
    text: str
    label: bool  # True: contains one real-format secret
    kind: str  # provider/key kind, or the look-alike family


class _Gen:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def s(self, n: int, alphabet: str = AN) -> str:
        rng = self.rng
        while True:
            v = "".join(rng.choice(alphabet) for _ in range(n))
            if v[-1] not in "._-=~":
                return v

    def crc_token(self, prefix: str) -> str:
        body = self.s(30)
        n = zlib.crc32(body.encode())
        out = ""
        while n:
            n, r = divmod(n, 62)
            out = B62[r] + out
        return prefix + body + out.rjust(6, "0")

    def password(self) -> str:
        return self.s(self.rng.randint(6, 10)) + self.rng.choice("!#%^*") + self.s(self.rng.randint(3, 6))

    def b64url(self, obj: dict[str, object]) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")

    def jwt(self) -> str:
        h = self.b64url({"alg": self.rng.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"})
        p = self.b64url({"sub": self.s(10), "iat": self.rng.randint(1.6e9, 1.8e9), "role": "user"})
        return f"{h}.{p}.{self.s(43, TOK)}"

    def pem(self) -> str:
        kind = self.rng.choice(["RSA ", "EC ", "OPENSSH ", ""])
        body = "\n".join(self.s(64, AN + "+/") for _ in range(self.rng.randint(4, 20)))
        return f"-----BEGIN {kind}PRIVATE KEY-----\n{body}\n-----END {kind}PRIVATE KEY-----"


# provider kind -> (env-style name, value factory)
def _providers(g: _Gen) -> dict[str, tuple[str, Callable[[], str]]]:
    s = g.s
    return {
        "openai": ("OPENAI_API_KEY", lambda: "sk-proj-" + s(74, TOK) + "T3BlbkFJ" + s(74, TOK)),
        "openai_legacy": ("OPENAI_API_KEY", lambda: "sk-" + s(20) + "T3BlbkFJ" + s(20)),
        "anthropic": ("ANTHROPIC_API_KEY", lambda: "sk-ant-api03-" + s(93, TOK) + "AA"),
        "huggingface": ("HF_TOKEN", lambda: "hf_" + s(34, string.ascii_letters)),
        "aws_key_id": ("AWS_ACCESS_KEY_ID", lambda: "AKIA" + s(16, UPD)),
        "aws_secret": ("AWS_SECRET_ACCESS_KEY", lambda: s(40, AN + "/+")),
        "gcp_api_key": ("GOOGLE_API_KEY", lambda: "AIza" + s(35, TOK)),
        "github_pat": ("GITHUB_TOKEN", lambda: g.crc_token("ghp_")),
        "github_oauth": ("GH_OAUTH_TOKEN", lambda: g.crc_token("gho_")),
        "github_fine": ("GITHUB_PAT", lambda: "github_pat_" + s(22) + "_" + s(59)),
        "gitlab": ("GITLAB_TOKEN", lambda: "glpat-" + s(20, TOK)),
        "slack_bot": ("SLACK_BOT_TOKEN", lambda: f"xoxb-{s(12, DIG)}-{s(13, DIG)}-{s(24)}"),
        "slack_webhook": (
            "SLACK_WEBHOOK_URL",
            lambda: f"https://hooks.slack.com/services/T{s(10, UPD)}/B{s(10, UPD)}/{s(24)}",
        ),
        "stripe": ("STRIPE_SECRET_KEY", lambda: "sk_live_" + s(99)),
        "sendgrid": ("SENDGRID_API_KEY", lambda: f"SG.{s(22, TOK)}.{s(43, TOK)}"),
        "npm": ("NPM_TOKEN", lambda: g.crc_token("npm_")),
        "pypi": ("PYPI_TOKEN", lambda: "pypi-AgEIcHlwaS5vcmc" + s(150, TOK)),
        "twilio": ("TWILIO_AUTH_TOKEN", lambda: s(32, HEX)),
        "mailchimp": ("MAILCHIMP_API_KEY", lambda: s(32, HEX) + "-us" + str(g.rng.randint(1, 20))),
        "mailgun": ("MAILGUN_API_KEY", lambda: "key-" + s(32, HEX)),
        "shopify": ("SHOPIFY_ACCESS_TOKEN", lambda: "shpat_" + s(32, HEX)),
        "square": ("SQUARE_ACCESS_TOKEN", lambda: "EAAA" + s(60, TOK)),
        "telegram": ("TELEGRAM_BOT_TOKEN", lambda: f"{s(10, DIG)}:AA{s(33, TOK)}"),
        "digitalocean": ("DIGITALOCEAN_TOKEN", lambda: "dop_v1_" + s(64, HEX)),
        "databricks": ("DATABRICKS_TOKEN", lambda: "dapi" + s(32, HEX)),
        "vault": ("VAULT_TOKEN", lambda: "hvs." + s(90, TOK)),
        "groq": ("GROQ_API_KEY", lambda: "gsk_" + s(52)),
        "replicate": ("REPLICATE_API_TOKEN", lambda: "r8_" + s(37)),
        "xai": ("XAI_API_KEY", lambda: "xai-" + s(80)),
        "gcp_oauth": ("GOOGLE_CLIENT_SECRET", lambda: "GOCSPX-" + s(28, TOK)),
        "azure_storage": (
            "AZURE_STORAGE_CONNECTION_STRING",
            lambda: (
                "DefaultEndpointsProtocol=https;AccountName=acct"
                + s(4, string.ascii_lowercase)
                + ";AccountKey="
                + s(86, AN + "+/")
                + "==;EndpointSuffix=core.windows.net"
            ),
        ),
        "discord_webhook": (
            "DISCORD_WEBHOOK",
            lambda: f"https://discord.com/api/webhooks/{s(18, DIG)}/{s(68, TOK)}",
        ),
        "postman": ("POSTMAN_API_KEY", lambda: f"PMAK-{s(24, HEX)}-{s(34, HEX)}"),
        "linear": ("LINEAR_API_KEY", lambda: "lin_api_" + s(40)),
        "newrelic": ("NEW_RELIC_API_KEY", lambda: "NRAK-" + s(27, UPD)),
        "doppler": ("DOPPLER_TOKEN", lambda: "dp.pt." + s(43)),
        "jwt": ("SESSION_TOKEN", g.jwt),
        "private_key": ("PRIVATE_KEY", g.pem),
        "postgres_url": (
            "DATABASE_URL",
            lambda: f"postgres://app:{g.password()}@db-{s(4, string.ascii_lowercase)}.internal:5432/app",
        ),
        "mongodb_url": ("MONGO_URI", lambda: f"mongodb+srv://svc:{g.password()}@cluster0.{s(5).lower()}.net/db"),
        "generic_api_key": ("API_KEY", lambda: s(32)),
        "generic_password": ("DB_PASSWORD", g.password),
    }


_POS_TEMPLATES = [
    "{NAME}={v}\n",
    "export {NAME}='{v}'\n",
    '{{"{name}": "{v}", "region": "eu-west-1"}}',
    "{name}: {v}\n",
    'config = {{\n    "{name}": "{v}",\n    "timeout": 30,\n}}',
    '{name} = "{v}"  # TODO: move to the vault',
    "Here is my key {v} - can you tell me why the API returns 401?",
    "I accidentally pasted this into the ticket: {v}. Please rotate it.",
    "docker run -e {NAME}={v} myimage:latest",
    'env:\n  - name: {NAME}\n    value: "{v}"\n',
]

_STANDALONE = {"private_key", "jwt", "postgres_url", "mongodb_url", "slack_webhook", "discord_webhook", "azure_storage"}


def _positive(g: _Gen, providers: dict[str, tuple[str, Callable[[], str]]], kind: str) -> Sample:
    name, make = providers[kind]
    v = make()
    if kind in ("aws_secret", "twilio", "generic_api_key", "generic_password"):
        # context-anchored: the key name must be present
        tpl = g.rng.choice([t for t in _POS_TEMPLATES if "{NAME}" in t or "{name}" in t][:6])
    elif kind == "private_key":
        tpl = g.rng.choice(["{v}\n", "Here's the deploy key:\n\n{v}\n", '{{"private_key": {vj}}}'])
        return Sample(tpl.format(v=v, vj=json.dumps(v)), True, kind)
    else:
        tpl = g.rng.choice(_POS_TEMPLATES)
    if kind in _STANDALONE and "{NAME}" not in tpl and "{name}" not in tpl:
        tpl = g.rng.choice(_POS_TEMPLATES[:6])
    return Sample(tpl.format(v=v, NAME=name, name=name.lower()), True, kind)


def _negatives(g: _Gen) -> list[Callable[[], tuple[str, str]]]:
    s, rng = g.s, g.rng
    names = ["OPENAI_API_KEY", "API_KEY", "GITHUB_TOKEN", "DB_PASSWORD", "SECRET_KEY", "AWS_SECRET_ACCESS_KEY"]
    placeholders = [
        "your-api-key-here",
        "<API_KEY>",
        "${OPENAI_API_KEY}",
        "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "changeme",
        "REPLACE_ME",
        "sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "AKIAIOSFODNN7EXAMPLE",
        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
        "{{ secrets.API_TOKEN }}",
        "<your-token>",
        "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx",
        "YOUR_SECRET_HERE",
        "********",
        "${{ secrets.NPM_TOKEN }}",
        "insert-your-key",
        "dummy-password",
        "example_secret_value",
    ]

    def placeholder() -> tuple[str, str]:
        tpl = rng.choice(_POS_TEMPLATES)
        n = rng.choice(names)
        return tpl.format(v=rng.choice(placeholders), NAME=n, name=n.lower()), "placeholder"

    def env_ref() -> tuple[str, str]:
        n = rng.choice(names)
        return rng.choice(
            [
                f'{n.lower()} = os.environ["{n}"]',
                f"const apiKey = process.env.{n};",
                f'{n.lower()} = os.getenv("{n}", "")',
                f"{n.lower()}: !vault |\n  $ANSIBLE_VAULT;1.1;AES256",
                f"password = get_secret('{n.lower()}')",
                f"token = self.{n.lower()}",
                f"api_key = settings.{n}",
            ]
        ), "code_reference"

    def sha() -> tuple[str, str]:
        data = s(20).encode()
        return rng.choice(
            [
                f"Merged commit {hashlib.sha1(data).hexdigest()} into main.",
                f"sha256: {hashlib.sha256(data).hexdigest()}",
                f"image: registry.local/app@sha256:{hashlib.sha256(data).hexdigest()}",
                f"md5sum {hashlib.md5(data).hexdigest()}  release.tar.gz",
                f"checksum = {hashlib.sha1(data).hexdigest()}",
                f'"integrity": "sha512-{base64.b64encode(hashlib.sha512(data).digest()).decode()}"',
                f"git cherry-pick {hashlib.sha1(data).hexdigest()[:12]}",
            ]
        ), "hash"

    def uuids() -> tuple[str, str]:
        u = uuid.UUID(int=rng.getrandbits(128))
        return rng.choice(
            [
                f"request_id={u} status=500 latency=120ms",
                f'{{"id": "{u}", "name": "{s(6)}"}}',
                f"Trace {u} was sampled.",
                f"tenant: {u}",
            ]
        ), "uuid"

    def identifiers() -> tuple[str, str]:
        words = ["user", "token", "refresh", "handler", "manager", "auth", "session", "cache", "key", "secret"]
        ident = "".join(w.capitalize() for w in rng.sample(words, 4))
        return rng.choice(
            [
                f"def handle{ident}(self, request):\n    return self.{ident.lower()}",
                f"class {ident}Factory:\n    pass",
                f"max_tokens = {rng.randint(100, 8000)}",
                f"token_type: bearer\nexpires_in: {rng.randint(60, 86400)}",
                f'secret_name = "{rng.choice(["prod-db", "stripe", "jwt-signing"])}-credentials"',
                f"password_min_length = {rng.randint(8, 16)}",
                f'api_key_header = "X-{ident[:8]}-Key"',
            ]
        ), "identifier"

    def docs() -> tuple[str, str]:
        return rng.choice(
            [
                "Set the OPENAI_API_KEY environment variable before running the script.",
                "Tokens expire after one hour; use the refresh token flow to get a new one.",
                "Never commit your password or API key to the repository.",
                "The bearer of this token can access every resource in the project.",
                "Create a personal access token under Settings > Developer settings.",
                "Use `Authorization: Bearer <token>` to authenticate requests.",
                "Reset your password from the login page if you forgot it.",
                "A private key must start with -----BEGIN PRIVATE KEY----- and end with the END line.",
                "Connection strings look like postgres://user:password@host:5432/db.",
                "Example: curl -u username:password https://api.example.com/v1/items",
            ]
        ), "docs"

    def blobs() -> tuple[str, str]:
        raw = bytes(rng.getrandbits(8) for _ in range(rng.randint(60, 200)))
        return rng.choice(
            [
                f"![img](data:image/png;base64,{base64.b64encode(raw).decode()})",
                f'<img src="data:image/jpeg;base64,{base64.b64encode(raw).decode()}">',
                f"font: url(data:font/woff2;base64,{base64.b64encode(raw).decode()})",
            ]
        ), "blob"

    def random_ids() -> tuple[str, str]:
        return rng.choice(
            [
                f"order #{s(10, UPD)} shipped",
                f"https://youtu.be/{s(11, TOK)}",
                f"short link https://bit.ly/{s(7)}",
                f"css class .btn-{s(6).lower()}",
                f"file_{s(8).lower()}.tmp",
                f"Your verification code is {rng.randint(100000, 999999)}.",
            ]
        ), "random_id"

    return [placeholder, placeholder, env_ref, sha, uuids, identifiers, docs, blobs, random_ids]


def generate(n: int = 1000, seed: int = 7) -> list[Sample]:
    """``n`` positives and ``n`` negatives (shuffled, deterministic for a seed)."""
    g = _Gen(seed)
    providers = _providers(g)
    kinds = sorted(providers)
    out = [_positive(g, providers, kinds[i % len(kinds)]) for i in range(n)]
    makers = _negatives(g)
    for i in range(n):
        text, kind = makers[i % len(makers)]()
        out.append(Sample(text, False, kind))
    g.rng.shuffle(out)
    return out
