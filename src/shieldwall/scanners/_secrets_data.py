"""Rule table of the ``secrets`` scanner (data only; the logic lives in ``secrets.py``).

Each ``RuleSpec`` is one pattern in the multi-pattern engine. ``regex`` is written in the common subset
of Hyperscan, RE2 and Python ``re`` (no lookaround, no backreferences, bounded repeats). The scanner
adds the ``left``/``right`` boundaries as lookarounds to the Python copy it uses for spans, so a token
embedded in a longer run of token characters is not reported. When the pattern has capture groups, the
first group that took part in the match is the secret value (the span); otherwise the whole match is.

Tiers: 2 = a provider format (prefix, fixed structure, checksum), 1 = anchored on a provider or key name
in the surrounding text, 0 = generic key/value or entropy heuristics. Overlapping candidates keep the
highest tier, then the highest score.
"""

from __future__ import annotations

from dataclasses import dataclass

# Boundary classes (inside [...]) used for the lookarounds.
AN = "A-Za-z0-9"
W = "A-Za-z0-9_"
TOK = "A-Za-z0-9_-"
B64 = "A-Za-z0-9+/="
TOKD = "A-Za-z0-9_.-"

# The tail of a key/value assignment: optional closing quote/bracket, operator, optional opening quote.
_ASSIGN = r"""["'\]]{0,2}\s{0,4}(?:=>|:=|=|:)\s{0,4}["'`]?"""
# A provider word, then up to 25 name characters, then the key word: "TWILIO_AUTH_TOKEN", "okta api key".
_NAME_GAP = r"[A-Za-z0-9_. -]{0,25}"


@dataclass(frozen=True, slots=True)
class RuleSpec:
    """One detection rule (see the module docstring)."""

    id: str  # full rule id, "secrets.<provider>_<kind>"
    label: str  # human name used in the finding's message
    regex: str
    score: float  # base score before validators adjust it
    tier: int = 2
    check: str = ""  # validator name (see secrets.py); "" = the look-alike filter only
    left: str | None = None  # chars that may not precede the match (None = ``right`` less "+/=%"; "" = none)
    right: str = AN  # chars that may not follow the match ("" = no boundary)
    caseless: bool = False
    fake_filter: bool = True  # apply the placeholder/look-alike filter to the value
    # Literal anchors (lower case): every match starts at an occurrence of one of them (found case-
    # insensitively with str.find), optionally after backing up over the characters in ``back``. The
    # Python regex then only runs ``match`` at those positions instead of scanning the whole text.
    anchors: tuple[str, ...] = ()
    back: str = ""
    py_regex: str = ""  # Python copy of the pattern when it differs from ``regex`` (stage 2 only)


# Generic key/value rule. Stage 1 (engine) requires a qualified "key" (api_key, private_key, ...) to
# keep hits on ordinary code rare; stage 2 matches at every anchor and ``_key_kind`` qualifies the name.
_GENERIC_TAIL = (
    r"([A-Za-z0-9_.-]{0,30})[\"'\]]{0,2}\s{0,4}(?:=>|:=|==|=|:)"
    r"\s{0,4}([rbuf]?[\"'`])?([^\s\"'`,;<>(){}\[\]&]{6,200})"
)
_GENERIC_ENGINE = (
    r"(?i:pass|pwd|secret|token|credential|(?:api|private|access|app|master|signing|encryption|auth"
    r"|client|license|account|service|subscription|consumer|admin|deploy|webhook|hmac|jwt|session)[_.-]?key)"
    + _GENERIC_TAIL
)
_GENERIC_PY = r"(?i:pass|pwd|secret|token|credential|key)" + _GENERIC_TAIL


def _ctx(provider: str, key: str, value: str) -> str:
    """A context-anchored pattern: provider word, a short name gap, a key word, assignment, value."""
    return f"(?i:{provider}){_NAME_GAP}(?i:{key}){_ASSIGN}({value})"


RULES: tuple[RuleSpec, ...] = (
    # ---- AI providers -------------------------------------------------------------------------------
    RuleSpec("secrets.openai_api_key", "OpenAI API key", r"sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}", 0.99),
    RuleSpec(
        "secrets.openai_project_key",
        "OpenAI project/service-account key",
        r"sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,250}",
        0.93,
        check="openai",
        right=TOK,
    ),
    RuleSpec(
        "secrets.anthropic_api_key",
        "Anthropic API key",
        r"sk-ant-(?:api|admin|oat)[0-9]{2}-[A-Za-z0-9_-]{80,120}",
        0.98,
        right=TOK,
    ),
    RuleSpec("secrets.huggingface_token", "Hugging Face access token", r"hf_[A-Za-z0-9]{34,38}", 0.95),
    RuleSpec("secrets.groq_api_key", "Groq API key", r"gsk_[A-Za-z0-9]{52}", 0.97),
    RuleSpec("secrets.xai_api_key", "xAI API key", r"xai-[A-Za-z0-9]{80}", 0.97),
    RuleSpec("secrets.replicate_api_token", "Replicate API token", r"r8_[A-Za-z0-9]{37}", 0.96),
    RuleSpec("secrets.perplexity_api_key", "Perplexity API key", r"pplx-[A-Za-z0-9]{48}", 0.95),
    RuleSpec("secrets.deepseek_api_key", "DeepSeek-style API key", r"sk-[a-f0-9]{32}", 0.85),
    RuleSpec(
        "secrets.cohere_api_key",
        "Cohere API key",
        _ctx("cohere|co_api", "key|token", "[A-Za-z0-9]{40}"),
        0.88,
        tier=1,
        left="",
        anchors=("cohere", "co_api"),
    ),
    RuleSpec(
        "secrets.mistral_api_key",
        "Mistral API key",
        _ctx("mistral", "key|token", "[A-Za-z0-9]{32}"),
        0.88,
        tier=1,
        left="",
        anchors=("mistral",),
    ),
    # ---- Cloud --------------------------------------------------------------------------------------
    RuleSpec(
        "secrets.aws_access_key_id",
        "AWS access key ID",
        r"(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}",
        0.95,
    ),
    RuleSpec(
        "secrets.aws_secret_access_key",
        "AWS secret access key",
        r"(?i:aws[A-Za-z0-9_.-]{0,20}secret|secret_?access_?key)[A-Za-z0-9_.-]{0,20}"
        + _ASSIGN
        + r"([A-Za-z0-9/+]{40})",
        0.92,
        tier=1,
        left="",
        right=B64,
        check="entropy",
        anchors=("aws", "secret"),
    ),
    RuleSpec(
        "secrets.aws_secret_key_pair",
        "AWS secret access key next to its key ID",
        r"""(?:AKIA|ASIA)[A-Z0-9]{16}["']?\s{0,3}[,:;|\s]\s{0,3}["']?([A-Za-z0-9/+]{40})""",
        0.88,
        tier=1,
        right=B64,
        check="entropy",
    ),
    RuleSpec(
        "secrets.aws_session_token",
        "AWS session token",
        r"(?i:aws_?session_?token|sessiontoken)" + _ASSIGN + r"([A-Za-z0-9/+=]{100,2000})",
        0.9,
        tier=1,
        left="",
        right=B64,
        check="entropy",
        anchors=("aws", "sessiontoken"),
    ),
    RuleSpec("secrets.gcp_api_key", "Google API key", r"AIza[0-9A-Za-z_-]{35}", 0.95, right=TOK),
    RuleSpec(
        "secrets.gcp_oauth_client_secret",
        "Google OAuth client secret",
        r"GOCSPX-[A-Za-z0-9_-]{28}",
        0.97,
        right=TOK,
    ),
    RuleSpec(
        "secrets.gcp_oauth_access_token",
        "Google OAuth access token",
        r"ya29\.[0-9A-Za-z_-]{30,2000}",
        0.92,
        right=TOK,
    ),
    RuleSpec(
        "secrets.gcp_service_account_key_id",
        "GCP service-account private key ID",
        r"""["']private_key_id["']\s{0,4}:\s{0,4}["']([0-9a-f]{40})["']""",
        0.85,
        tier=1,
        left="",
        right="",
        anchors=("private_key_id",),
        back="\"'",
    ),
    RuleSpec(
        "secrets.azure_storage_account_key",
        "Azure storage account key",
        r"(?i:AccountKey)\s{0,2}=\s{0,2}([A-Za-z0-9+/]{86}==)",
        0.97,
        left="",
        right=B64,
        anchors=("accountkey",),
    ),
    RuleSpec(
        "secrets.azure_shared_access_key",
        "Azure Service Bus/Event Hubs shared access key",
        r"(?i:SharedAccessKey)\s{0,2}=\s{0,2}([A-Za-z0-9+/]{43}=)",
        0.95,
        left="",
        right=B64,
        anchors=("sharedaccesskey",),
    ),
    RuleSpec(
        "secrets.azure_sas_token",
        "Azure SAS token signature",
        r"[?&;](?i:sig)=([A-Za-z0-9%+/=]{40,130})",
        0.92,
        check="sas",
        left="",
        right="A-Za-z0-9%+/=",
        anchors=("sig=",),
        back="?&;",
    ),
    RuleSpec(
        "secrets.azure_ad_client_secret",
        "Azure AD client secret",
        r"[A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34}",
        0.9,
        left="A-Za-z0-9_~.-",
        right="A-Za-z0-9_~.-",
    ),
    RuleSpec("secrets.alibaba_access_key_id", "Alibaba Cloud AccessKey ID", r"LTAI[A-Za-z0-9]{12,20}", 0.9),
    RuleSpec(
        "secrets.alibaba_secret_key",
        "Alibaba Cloud AccessKey secret",
        _ctx("alibaba|aliyun|alicloud", "secret", "[A-Za-z0-9]{30}"),
        0.88,
        tier=1,
        left="",
        check="entropy",
        anchors=("alibaba", "aliyun", "alicloud"),
    ),
    RuleSpec(
        "secrets.digitalocean_token",
        "DigitalOcean token",
        r"do[opr]_v1_[a-f0-9]{64}",
        0.98,
    ),
    RuleSpec("secrets.heroku_api_key", "Heroku API key", r"HRKU-AA[0-9A-Za-z_-]{58}", 0.97, right=TOK),
    RuleSpec(
        "secrets.heroku_api_key_legacy",
        "Heroku API key",
        _ctx(
            "heroku",
            "key|token|secret",
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
        ),
        0.85,
        tier=1,
        left="",
        anchors=("heroku",),
    ),
    RuleSpec(
        "secrets.cloudflare_api_token",
        "Cloudflare API token",
        _ctx("cloudflare|cf", "token|key", "[A-Za-z0-9_-]{40}|[a-f0-9]{37}"),
        0.86,
        tier=1,
        left="",
        right=TOK,
        check="entropy",
        anchors=("cloudflare", "cf"),
    ),
    RuleSpec(
        "secrets.cloudflare_origin_ca_key",
        "Cloudflare Origin CA key",
        r"v1\.0-[a-f0-9]{24}-[a-f0-9]{146}",
        0.97,
    ),
    RuleSpec("secrets.databricks_token", "Databricks access token", r"dapi[a-f0-9]{32}(?:-[0-9])?", 0.95),
    RuleSpec(
        "secrets.doppler_token",
        "Doppler token",
        r"dp\.(?:pt|st|sa|ct|scim|audit)\.(?:[a-z0-9_-]{1,30}\.)?[A-Za-z0-9]{40,44}",
        0.97,
    ),
    RuleSpec(
        "secrets.vault_token",
        "HashiCorp Vault token",
        r"hv[sb]\.[A-Za-z0-9_-]{24,300}",
        0.95,
        right=TOK,
    ),
    RuleSpec(
        "secrets.terraform_cloud_token",
        "Terraform Cloud/Enterprise token",
        r"[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70}",
        0.98,
        right="A-Za-z0-9_=-",
    ),
    RuleSpec("secrets.pulumi_token", "Pulumi access token", r"pul-[a-f0-9]{40}", 0.97),
    # ---- Code hosting and developer tools -----------------------------------------------------------
    RuleSpec(
        "secrets.github_pat",
        "GitHub personal access token",
        r"ghp_[A-Za-z0-9]{36}",
        0.99,
        check="crc32",
    ),
    RuleSpec("secrets.github_oauth_token", "GitHub OAuth access token", r"gho_[A-Za-z0-9]{36}", 0.99, check="crc32"),
    RuleSpec(
        "secrets.github_app_token",
        "GitHub App user/installation token",
        r"gh[us]_[A-Za-z0-9]{36}",
        0.99,
        check="crc32",
    ),
    RuleSpec("secrets.github_refresh_token", "GitHub refresh token", r"ghr_[A-Za-z0-9]{36}", 0.99, check="crc32"),
    RuleSpec(
        "secrets.github_fine_grained_pat",
        "GitHub fine-grained personal access token",
        r"github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}",
        0.98,
    ),
    RuleSpec(
        "secrets.gitlab_pat",
        "GitLab personal access token",
        r"glpat-[A-Za-z0-9_.-]{20,80}",
        0.97,
        right=TOKD,
    ),
    RuleSpec(
        "secrets.gitlab_deploy_token",
        "GitLab deploy token",
        r"gldt-[A-Za-z0-9_.-]{20,80}",
        0.97,
        right=TOKD,
    ),
    RuleSpec(
        "secrets.gitlab_runner_token",
        "GitLab runner token",
        r"glrt-[A-Za-z0-9_.-]{20,80}",
        0.97,
        right=TOKD,
    ),
    RuleSpec(
        "secrets.gitlab_pipeline_trigger_token",
        "GitLab pipeline trigger token",
        r"glptt-[0-9a-f]{40}",
        0.97,
    ),
    RuleSpec(
        "secrets.gitlab_token",
        "GitLab token",
        r"(?:glcbt|glft|glimt|glsoat|gloas|glagent|glffct|glwt)-[A-Za-z0-9_.-]{20,80}",
        0.95,
        right=TOKD,
    ),
    RuleSpec("secrets.npm_token", "npm access token", r"npm_[A-Za-z0-9]{36}", 0.97, check="crc32"),
    RuleSpec(
        "secrets.pypi_token",
        "PyPI upload token",
        r"pypi-AgE(?:IcHlwaS5vcmc|NdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,400}",
        0.99,
        right=TOK,
        fake_filter=False,
    ),
    RuleSpec(
        "secrets.atlassian_api_token",
        "Atlassian API token",
        r"ATATT3[A-Za-z0-9_=-]{150,250}",
        0.97,
        right="A-Za-z0-9_=-",
    ),
    RuleSpec(
        "secrets.atlassian_token_legacy",
        "Atlassian/Jira API token",
        _ctx("atlassian|jira|confluence", "token|key", "[A-Za-z0-9]{24}"),
        0.85,
        tier=1,
        left="",
        check="entropy",
        anchors=("atlassian", "jira", "confluence"),
    ),
    RuleSpec("secrets.postman_api_key", "Postman API key", r"PMAK-[a-f0-9]{24}-[a-f0-9]{34}", 0.98),
    RuleSpec("secrets.linear_api_key", "Linear API key", r"lin_api_[A-Za-z0-9]{40}", 0.97),
    RuleSpec("secrets.figma_token", "Figma personal access token", r"figd_[A-Za-z0-9_-]{38,44}", 0.95, right=TOK),
    RuleSpec(
        "secrets.sentry_token",
        "Sentry auth token",
        r"sntrys_eyJ[A-Za-z0-9+/=_]{60,400}|sntryu_[a-f0-9]{64}",
        0.97,
        right="A-Za-z0-9+/=_",
    ),
    RuleSpec(
        "secrets.grafana_service_account_token",
        "Grafana service-account token",
        r"glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}",
        0.98,
    ),
    RuleSpec(
        "secrets.grafana_cloud_token",
        "Grafana Cloud token",
        r"glc_[A-Za-z0-9+/]{32,400}={0,2}",
        0.95,
        right=B64,
    ),
    RuleSpec(
        "secrets.grafana_api_key",
        "Grafana API key",
        r"eyJrIjoi[A-Za-z0-9+/]{50,120}={0,2}",
        0.93,
        right=B64,
    ),
    RuleSpec("secrets.newrelic_user_key", "New Relic user API key", r"NRAK-[A-Z0-9]{27}", 0.97),
    RuleSpec(
        "secrets.newrelic_insert_key",
        "New Relic insert/query key",
        r"NRI[IQ]-[A-Za-z0-9_-]{32}",
        0.95,
        right=TOK,
    ),
    RuleSpec(
        "secrets.notion_token",
        "Notion integration token",
        r"secret_[A-Za-z0-9]{43}|ntn_[0-9]{11}[A-Za-z0-9]{35}",
        0.93,
    ),
    RuleSpec(
        "secrets.okta_api_token",
        "Okta API token",
        _ctx("okta", "token|key|secret", "00[A-Za-z0-9_-]{40}") + r"|SSWS\s{1,3}(00[A-Za-z0-9_-]{40})",
        0.9,
        tier=1,
        left="",
        right=TOK,
        anchors=("okta", "ssws"),
    ),
    RuleSpec(
        "secrets.dropbox_token",
        "Dropbox access token",
        r"sl\.(?:u\.)?[A-Za-z0-9_-]{130,1400}",
        0.9,
        right=TOK,
        fake_filter=False,
    ),
    RuleSpec(
        "secrets.mapbox_secret_token",
        "Mapbox secret token",
        r"sk\.eyJ[A-Za-z0-9_-]{20,300}\.[A-Za-z0-9_-]{20,100}",
        0.95,
        right=TOK,
    ),
    RuleSpec(
        "secrets.age_secret_key",
        "age encryption secret key",
        r"AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}",
        0.99,
    ),
    # ---- Payments -----------------------------------------------------------------------------------
    RuleSpec("secrets.stripe_live_key", "Stripe live secret key", r"(?:sk|rk)_live_[A-Za-z0-9]{20,247}", 0.97),
    RuleSpec("secrets.stripe_test_key", "Stripe test secret key", r"(?:sk|rk)_test_[A-Za-z0-9]{20,247}", 0.55),
    RuleSpec(
        "secrets.stripe_webhook_secret",
        "Stripe webhook signing secret",
        r"whsec_[A-Za-z0-9+/]{32,64}={0,2}",
        0.93,
        right=B64,
    ),
    RuleSpec(
        "secrets.square_access_token",
        "Square access token",
        r"EAAA[A-Za-z0-9_-]{60}|sq0atp-[A-Za-z0-9_-]{22}",
        0.93,
        right=TOK,
    ),
    RuleSpec(
        "secrets.square_oauth_secret",
        "Square OAuth secret",
        r"sq0csp-[A-Za-z0-9_-]{43}",
        0.97,
        right=TOK,
    ),
    RuleSpec(
        "secrets.braintree_access_token",
        "PayPal Braintree access token",
        r"access_token\$production\$[0-9a-z]{16}\$[0-9a-f]{32}",
        0.98,
    ),
    RuleSpec(
        "secrets.paypal_client_secret",
        "PayPal client secret",
        _ctx("paypal", "secret", "[A-Za-z0-9_-]{60,90}"),
        0.86,
        tier=1,
        left="",
        right=TOK,
        check="entropy",
        anchors=("paypal",),
    ),
    RuleSpec("secrets.shopify_token", "Shopify access token", r"shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}", 0.97),
    # ---- Messaging and e-mail -----------------------------------------------------------------------
    RuleSpec(
        "secrets.slack_bot_token",
        "Slack bot token",
        r"xoxb-[0-9]{8,13}-[0-9]{8,13}-[A-Za-z0-9]{20,40}",
        0.97,
    ),
    RuleSpec(
        "secrets.slack_user_token",
        "Slack user token",
        r"xox[pe]-[0-9]{8,13}-[0-9]{8,13}-[0-9]{8,13}-[A-Za-z0-9]{28,40}",
        0.97,
    ),
    RuleSpec(
        "secrets.slack_app_token",
        "Slack app-level token",
        r"xapp-[0-9]-[A-Z0-9]{8,12}-[0-9]{10,13}-[A-Za-z0-9]{30,80}",
        0.97,
    ),
    RuleSpec(
        "secrets.slack_legacy_token",
        "Slack token",
        r"xox[aors]-(?:[0-9]{1,13}-){1,3}[A-Za-z0-9]{10,64}",
        0.9,
    ),
    RuleSpec(
        "secrets.slack_webhook_url",
        "Slack webhook URL",
        r"https://hooks\.slack\.com/(?:services|workflows|triggers)/T[A-Z0-9]{6,12}/[A-Z0-9]{6,12}/[A-Za-z0-9]{16,80}",
        0.96,
        left="",
    ),
    RuleSpec(
        "secrets.discord_bot_token",
        "Discord bot token",
        r"[MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40}",
        0.95,
        check="discord",
        left=TOKD,
        right=TOK,
    ),
    RuleSpec(
        "secrets.discord_webhook_url",
        "Discord webhook URL",
        r"https://(?:(?:ptb|canary)\.)?discord(?:app)?\.com/api/webhooks/[0-9]{17,20}/[A-Za-z0-9_-]{60,70}",
        0.97,
        left="",
        right=TOK,
    ),
    RuleSpec(
        "secrets.telegram_bot_token",
        "Telegram bot token",
        r"[0-9]{8,10}:AA[0-9A-Za-z_-]{33}",
        0.95,
        right=TOK,
    ),
    RuleSpec(
        "secrets.twilio_api_key",
        "Twilio API key SID",
        r"SK[0-9a-fA-F]{32}",
        0.9,
        check="twilio",
    ),
    RuleSpec(
        "secrets.twilio_auth_token",
        "Twilio auth token",
        _ctx("twilio", "token|secret", "[a-f0-9]{32}"),
        0.9,
        tier=1,
        left="",
        anchors=("twilio",),
    ),
    RuleSpec(
        "secrets.sendgrid_api_key",
        "SendGrid API key",
        r"SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}",
        0.98,
        right=TOK,
    ),
    RuleSpec("secrets.mailgun_api_key", "Mailgun API key", r"key-[0-9a-f]{32}", 0.85),
    RuleSpec("secrets.mailchimp_api_key", "Mailchimp API key", r"[0-9a-f]{32}-us[0-9]{1,2}", 0.93),
    # ---- Structural credentials ---------------------------------------------------------------------
    RuleSpec(
        "secrets.private_key",
        "Private key",
        r"-----BEGIN (?:[A-Z0-9]{1,12} ){0,2}PRIVATE KEY(?: BLOCK)?-----",
        0.99,
        check="pem",
        left="",
        right="",
        fake_filter=False,
    ),
    RuleSpec(
        "secrets.jwt",
        "JSON Web Token",
        r"ey[IJ][A-Za-z0-9_-]{10,4000}\.ey[A-Za-z0-9_-]{10,8000}\.[A-Za-z0-9_-]{0,2000}",
        0.9,
        check="jwt",
        left=TOKD,
        right=TOKD,
        fake_filter=False,
    ),
    RuleSpec(
        "secrets.connection_string_password",
        "Password in a database/broker connection string",
        r"(?i:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|sqlserver|oracle"
        r"|couchdb|cockroachdb|clickhouse|neo4j(?:\+s)?|cassandra|snowflake|ldaps?|smtps?)"
        r"(?:\+[a-z0-9]{1,20})?://[^\s:/@\"'<>]{0,100}:([^\s@/\"'<>]{1,200})@[A-Za-z0-9._\[-]",
        0.9,
        check="password",
        left=AN,
        right="",
        anchors=("://",),
        back="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+",
    ),
    RuleSpec(
        "secrets.url_credentials",
        "Credentials in a URL (basic auth)",
        r"(?i:https?|ftps?|sftp|ssh|git|svn|smb)://[^\s:/@\"'<>]{1,100}:([^\s@/\"'<>]{1,200})@[A-Za-z0-9._\[-]",
        0.85,
        check="password",
        left=AN,
        right="",
        anchors=("://",),
        back="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+",
    ),
    RuleSpec(
        "secrets.jdbc_password",
        "Password in a JDBC URL",
        r"(?i:jdbc:)[a-z0-9]{2,30}:[^\s\"'<>]{0,300}?[;?&:](?i:password|pwd)=([^\s;&\"'<>]{1,200})",
        0.88,
        check="password",
        left="",
        right="",
        anchors=("jdbc:",),
    ),
    RuleSpec(
        "secrets.odbc_password",
        "Password in an ODBC/ADO.NET connection string",
        r"(?i:password|pwd)\s{0,2}=\s{0,2}([^\s;\"'<>]{1,200})",
        0.85,
        tier=1,
        check="odbc",
        left=W,
        right="",
        fake_filter=False,
        anchors=("password", "pwd"),
    ),
    RuleSpec(
        "secrets.basic_auth_header",
        "HTTP Basic credentials",
        r"(?i:authorization)[\"']?\s{0,3}[:=]\s{0,3}[\"']?(?i:basic)\s{1,3}([A-Za-z0-9+/]{8,500}={0,2})",
        0.9,
        tier=1,
        check="basic",
        left="",
        right=B64,
        anchors=("authorization",),
    ),
    RuleSpec(
        "secrets.bearer_token",
        "Bearer token",
        r"(?i:bearer)\s{1,3}([A-Za-z0-9._~+/=-]{16,4000})",
        0.8,
        tier=1,
        check="bearer",
        left=AN,
        right="A-Za-z0-9._~+/=-",
        anchors=("bearer",),
    ),
    RuleSpec(
        "secrets.generic_secret",
        "High-entropy secret assigned to a credential-like key",
        _GENERIC_ENGINE,
        0.8,
        tier=0,
        check="generic",
        left="",
        right="",
        fake_filter=False,
        anchors=("pass", "pwd", "secret", "token", "credential", "key"),
        py_regex=_GENERIC_PY,
    ),
)

# Rule ids emitted by a validator in place of the spec's id.
EXTRA_RULES: dict[str, str] = {
    "secrets.generic_password": "Password assigned to a password-like key",
}

# Values published in provider documentation; reported with a low score.
KNOWN_EXAMPLES: frozenset[str] = frozenset(
    {
        "AKIAIOSFODNN7EXAMPLE",
        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
        "AKIAI44QH8DHBEXAMPLE",
        "gho_16C7e42F292c6912E7710c838347Ae178B4a",
        "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
    }
)

# Substrings (lower case) that mark a value as a placeholder or documentation example.
FAKE_WORDS: tuple[str, ...] = (
    "example",
    "sample",
    "dummy",
    "placeholder",
    "xxxxx",
    "redacted",
    "changeme",
    "change_me",
    "change-me",
    "your_",
    "your-",
    "yourapi",
    "yourkey",
    "yourtoken",
    "yoursecret",
    "insert",
    "replace",
    "fake",
    "*****",
    "....",
    "…",
)

# Extra placeholder markers for the generic key/value rule (values there are free text).
GENERIC_FAKE_WORDS: tuple[str, ...] = (
    *FAKE_WORDS,
    "***",
    "...",
    "your",
    "test",
    "demo",
    "default",
    "secret",
    "password",
    "passwd",
    "token",
    "apikey",
    "api_key",
    "api-key",
    "qwerty",
    "letmein",
    "welcome",
    "hunter2",
    "12345",
    "abcdef",
    "foobar",
    "todo",
    "tbd",
    "here",
    "null",
    "none",
    "undefined",
    "true",
    "false",
    "string",
    "value",
    "environ",
    "getenv",
    "process.env",
    "{{",
    "}}",
    "${",
    "$(",
    "%(",
    "%s",
    "<",
    ">",
)

# Tokens of a key name that make it password-like / secret-like.
PASSWORD_WORDS: frozenset[str] = frozenset({"password", "passwd", "pwd", "pass", "passphrase", "pw"})
SECRET_WORDS: frozenset[str] = frozenset(
    {
        "secret",
        "token",
        "apikey",
        "credential",
        "credentials",
        "creds",
        "privatekey",
        "accesskey",
        "secretkey",
        "authtoken",
        "accesstoken",
        "refreshtoken",
        "clientsecret",
    }
)
# "key" counts only after one of these: api_key, private_key, signing_key, ...
KEY_QUALIFIERS: frozenset[str] = frozenset(
    {
        "api",
        "private",
        "access",
        "secret",
        "app",
        "master",
        "signing",
        "encryption",
        "auth",
        "client",
        "license",
        "account",
        "service",
        "subscription",
        "consumer",
        "admin",
        "deploy",
        "webhook",
        "hmac",
        "jwt",
        "session",
    }
)
# A key name whose last token is one of these names metadata, not the secret itself.
KEY_DENY_LAST: frozenset[str] = frozenset(
    {
        "type",
        "length",
        "len",
        "count",
        "url",
        "uri",
        "path",
        "file",
        "filename",
        "name",
        "id",
        "ids",
        "expiry",
        "expires",
        "expiration",
        "ttl",
        "size",
        "limit",
        "prefix",
        "suffix",
        "format",
        "regex",
        "pattern",
        "field",
        "header",
        "param",
        "env",
        "var",
        "hash",
        "hashed",
        "endpoint",
        "mode",
        "enabled",
        "required",
        "policy",
        "version",
        "dir",
        "timeout",
        "label",
        "hint",
        "description",
        "placeholder",
        "ref",
        "arn",
        "manager",
        "store",
        "provider",
        "validator",
        "algorithm",
        "alg",
        "rotation",
        "location",
        "encoding",
        "kind",
        "source",
        "tokens",
        "usage",
        "index",
        "scope",
        "scopes",
        "strength",
        "pairs",
        "pair",
        "vault",
        "reset",
        "rule",
        "rules",
        "error",
        "message",
        "msg",
        "changed",
        "at",
    }
)
KEY_DENY_FIRST: frozenset[str] = frozenset({"max", "min", "num", "total", "is", "has", "use", "no", "show"})
