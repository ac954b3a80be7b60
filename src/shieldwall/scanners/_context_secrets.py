"""Credential-like values of a request's trusted (system/developer) messages: the context secrets.

``collect_context_secrets`` picks the values that a model must never repeat in its answer: the value
after a credential word ("password", "API key", "Passwort", "mot de passe", "пароль", "密码", …),
high-entropy tokens, values the caller already knows to be secrets (the ``secrets`` scanner's findings),
and redaction placeholders (``[SECRET_1]``) whose vault value is such a secret — a model that echoes the
placeholder would otherwise get the value restored into its answer. The ``canary`` scanner's
``canary.context_secret`` rule then looks for them in the output (``ScanContext.context_secrets``).

Everything here is linear in the text and bounded: at most ``MAX_VALUES`` values of at most
``MAX_VALUE_CHARS`` characters each, from the first ``MAX_TEXT_CHARS`` characters of the texts together
(~80 ms for 200,000 characters of prose on the 2-core development machine, well under 1 ms for a 1 KB prompt).
Values shorter than ``MIN_VALUE_CHARS`` and ordinary words are never collected.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator

from shieldwall.core.redact import PLACEHOLDER_RE, Vault

__all__ = ["MAX_VALUES", "MIN_VALUE_CHARS", "collect_context_secrets"]

MIN_VALUE_CHARS = 6
MAX_VALUE_CHARS = 512
MAX_VALUES = 32
MAX_TEXT_CHARS = 200_000
_MAX_KEYWORD_HITS = 512  # keyword occurrences examined per text
_ENTROPY_MIN_CHARS = 16  # a token without a credential word before it needs this length ...

# Credential words, lower case. Scripts written with spaces get word boundaries; CJK ones match anywhere.
_WORDS_SPACED = (
    # English
    "password", "passwd", "pwd", "passphrase", "pass phrase", "passcode", "pass code", "secret", "secret key",
    "client secret", "shared secret", "token", "access token", "refresh token", "bearer token", "api key",
    "api-key", "apikey", "api_key", "access key", "secret access key", "private key", "signing key",
    "encryption key", "license key", "licence key", "master key", "key", "pin", "pin code", "credential",
    "credentials", "auth code", "code word", "codeword", "safe word", "safeword", "vault code", "access code",
    "security code", "unlock code", "recovery code",
    # German
    "passwort", "kennwort", "schlüssel", "api-schlüssel", "geheimnis", "geheimcode", "geheimzahl",
    "zugangsdaten", "zugangscode", "zugangsschlüssel",
    # French
    "mot de passe", "clé", "clef", "clé api", "clé secrète", "jeton", "code secret", "identifiants",
    "code d'accès", "phrase secrète",
    # Spanish
    "contraseña", "clave", "clave api", "clave secreta", "secreto", "credenciales", "código de acceso",
    # Italian
    "parola d'ordine", "chiave", "chiave api", "segreto", "credenziali", "codice di accesso",
    # Portuguese
    "senha", "chave", "chave de api", "segredo", "credenciais", "código de acesso",
    # Dutch
    "wachtwoord", "sleutel", "geheim", "toegangscode",
    # Polish, Czech
    "hasło", "klucz", "sekret", "dane logowania", "heslo", "klíč",
    # Russian, Ukrainian
    "пароль", "ключ", "секрет", "секретный ключ", "токен", "пин-код", "пин", "код доступа",
    # Turkish
    "şifre", "parola", "anahtar", "gizli anahtar", "erişim kodu",
    # Swedish, Danish, Norwegian
    "lösenord", "adgangskode", "passord", "nøkkel", "nøgle", "nyckel",
    # Arabic, Hebrew, Hindi, Greek
    "كلمة المرور", "كلمة السر", "مفتاح", "الرمز السري", "סיסמה", "סיסמא", "पासवर्ड", "कुंजी", "κωδικός",
)  # fmt: skip
_WORDS_UNSPACED = (
    # Chinese, Japanese, Korean (no word boundaries in these scripts)
    "密码", "口令", "密钥", "秘钥", "令牌", "凭证", "凭据", "暗号", "密碼", "金鑰",
    "パスワード", "暗証番号", "秘密鍵", "合言葉", "トークン", "認証キー",
    "비밀번호", "암호", "토큰", "인증키",
)  # fmt: skip

# ``DB_PASSWORD=`` counts: an underscore or dash may touch the word, a letter or digit may not.
_KEYWORD_RE = re.compile(
    r"(?<![^\W_])(?:"
    + "|".join(re.escape(w).replace(r"\ ", r"[ _-]?") for w in sorted(_WORDS_SPACED, key=len, reverse=True))
    + r")(?:s|es|n|e)?(?![^\W_])|(?:"
    + "|".join(re.escape(w) for w in _WORDS_UNSPACED)
    + ")",
    re.IGNORECASE,
)
# After the credential word: an optional parenthetical, a short qualifier on the same line ("for the
# document archive", "of the reporting replica"), then a separator (":", "=", "is", "ist", "是", …).
_SEP_RE = re.compile(
    r"(?P<gap>[^\S\n]*(?:\([^()\n]{0,40}\)[^\S\n]*)?[^\n:=：.!?。]{0,60}?)"
    r"(?:[:=：]|=>|->|[^\S\n](?:is|are|was|reads|equals|ist|lautet|est|es|è|é|jest|je|är|er)(?=[^\S\n])"
    r"|[^\S\n]?(?:是|为|為|は|는|은|이)[^\S\n]?)"
    r"[^\S\n]*",
    re.IGNORECASE,
)
# A qualifier that makes the value something other than the secret ("token limit: 4096", "key name: …").
_GAP_STOP_RE = re.compile(
    r"(?<!\w)(?:limits?|budget|count|length|size|max(?:imum)?|min(?:imum)?|number|type|format|names?|ids?|"
    r"expir\w*|rotation|polic(?:y|ies)|requirements?|rules?|hints?|reset|managers?|fields?|headers?|"
    r"parameters?|variables?|env|environment|location|path|files?|urls?|links?|pages?|strength|length|"
    r"prefix|suffix|usage|holders?|owners?|version|lifetime|ttl|scopes?|permissions?)(?!\w)",
    re.IGNORECASE,
)
_QUOTED_RE = re.compile(r"""(["'`“‘«])([^"'`”’»\n]{1,512})(["'`”’»])""")
# bounded: a longer run is no value (MAX_VALUE_CHARS) and must not be read 512 times over
_TOKEN_RE = re.compile(r"[^\s\"'`“”‘’«»<>()\[\]{},;|。，、；：！？（）「」『』【】]{1,513}")
# a token standing alone: also cut at "=" and ":" (KEY=value, URLs); base64 padding stays
_PLAIN_TOKEN_RE = re.compile(r"[^\s\"'`“”‘’«»<>()\[\]{},;|。，、；：！？（）「」『』【】=:]{16,}={0,2}")
_STRIP_TRAIL = ".,;:!?)]}>'\"`»”’。，"
_STRIP_LEAD = "([{<'\"`«“‘"
_EMAIL_RE = re.compile(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}")
_WORDS_ONLY_RE = re.compile(r"[^\W\d_]+(?:[-_ ][^\W\d_]+)*")
_ENV_NAME_RE = re.compile(r"[A-Z][A-Z]*(?:_[A-Z]+)+")
_DOTTED_RE = re.compile(r"[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+(?:\(\))?")
_FAKE_PARTS = (
    "xxxx", "****", "...", "…", "${", "{{", "%(", "<your", "your_", "your-", "yourpassword", "yourkey",
    "example", "placeholder", "redacted", "changeme", "change_me", "dummy", "insert", "replace", "environ",
    "process.env", "getenv", "secret_here", "key_here", "password_here",
)  # fmt: skip
_PIECE_RE = re.compile(r"[-_./:+]")
_NUMBERISH_RE = re.compile(r"[vV]?[\d.,:/ +-]+[a-z]?")  # dates, times, amounts, versions, phone-like numbers


def _entropy(value: str) -> float:
    n = len(value)
    return math.log2(n) - sum(c * math.log2(c) for c in Counter(value).values()) / n if n else 0.0


def _trim(value: str) -> str:
    return value.lstrip(_STRIP_LEAD).rstrip(_STRIP_TRAIL)


def _trivial_digits(value: str) -> bool:
    """123456, 654321, 000000: sequences nobody uses as a real secret (and numbers that occur anywhere)."""
    if len(set(value)) == 1:
        return True
    steps = {(int(b) - int(a)) % 10 for a, b in itertools.pairwise(value)}
    return len(steps) == 1


def _acceptable(value: str, *, anchored: bool, phrase: bool = False) -> bool:
    """Whether ``value`` is a credential worth watching for.

    ``anchored``: it followed a credential word; ``phrase``: that word names a pass phrase (or the value was
    quoted), so a value made of words can be one.
    """
    n = len(value)
    if not MIN_VALUE_CHARS <= n <= MAX_VALUE_CHARS:
        return False
    if PLACEHOLDER_RE.fullmatch(value):
        return False  # placeholders are added from the vault, with their label checked
    low = value.lower()
    if "://" in low or any(p in low for p in _FAKE_PARTS) or _EMAIL_RE.fullmatch(value):
        return False
    if value.isascii() and value.isdigit():
        return anchored and not _trivial_digits(value) and not value.endswith("000")
    if _NUMBERISH_RE.fullmatch(value):
        return False
    if _WORDS_ONLY_RE.fullmatch(value):
        # ordinary words ("confidential", "top-secret"); a word-made passphrase needs 3+ words and 16+ chars
        words = re.split(r"[-_ ]", value)
        mixed = any(w[1:] != w[1:].lower() and w[1:] != w[1:].upper() for w in words if len(w) > 2)
        return anchored and (mixed or (phrase and len(words) >= 3 and n >= 16))
    if _ENV_NAME_RE.fullmatch(value) or (_DOTTED_RE.fullmatch(value) and not any(c.isdigit() for c in value)):
        return False  # OPENAI_API_KEY, settings.SECRET_KEY: names, not values
    if anchored:
        # something a word is not: a digit, a symbol, or mixed case inside a word ("tRoUbAdOr")
        return (
            any(c.isdigit() for c in value)
            or any(not c.isalnum() and c not in "'’-" for c in value)
            or value[1:] != value[1:].lower()
        )
    # a token without a credential word: long, random-looking, letters and digits
    if n < _ENTROPY_MIN_CHARS or not value.isascii():
        return False
    if not any(c.isdigit() for c in value) or not any(c.isalpha() for c in value):
        return False
    if value.startswith(("/", "./", "../", "~/")) or "\\" in value or low.startswith("www."):
        return False
    pieces = [p for p in _PIECE_RE.split(value) if p]
    if all((p.isalpha() and len(p) <= 20) or (p.isdigit() and len(p) <= 4) or len(p) <= 3 for p in pieces):
        return False  # customer-support-v2, node-18.04-lts, 2026-12-01T10:00:00Z
    return _entropy(value) >= (3.5 if n >= 20 else 3.3)


_PHRASE_WORD_RE = re.compile(
    r"pass|phrase|word|wort|mot de passe|contrase|senha|parola|hasło|heslo|пароль|şifre|lösenord|adgangskode|"
    r"密码|密碼|口令|暗号|パスワード|合言葉|비밀번호|암호|كلمة|סיסמ|पासवर्ड",
    re.IGNORECASE,
)


def _anchored_values(text: str) -> Iterable[tuple[str, bool]]:
    """``(value, phrase)`` for each value after a credential word (``phrase``: a pass-phrase word or quoted)."""
    for count, m in enumerate(_KEYWORD_RE.finditer(text)):
        if count >= _MAX_KEYWORD_HITS:
            return
        end = m.end()
        word = m.group().lower()
        if word == "tokens":
            continue  # "max tokens: 512"
        sep = _SEP_RE.match(text, end)
        if sep is not None and _GAP_STOP_RE.search(sep.group("gap")):
            continue
        start = sep.end() if sep else end
        if sep is None:
            # no separator: only the token right after the word ("API key sk-live-…", "PIN 482913")
            if not text[end : end + 1].isspace():
                continue
            start = end + 1
        q = _QUOTED_RE.match(text, start)
        if q is not None:
            yield q.group(2).strip(), True
            continue
        t = _TOKEN_RE.match(text, start)
        if t is not None:
            yield _trim(t.group()), bool(_PHRASE_WORD_RE.search(word))


_CACHE_TEXT_CHARS = 32_768  # texts up to this size keep their candidates: system prompts repeat
_CACHE_ENTRIES = 128


def _anchored_candidates(text: str) -> Iterator[str]:
    """The acceptable values after a credential word in ``text``, in order."""
    for value, phrase in _anchored_values(text):
        if _acceptable(value, anchored=True, phrase=phrase):
            yield value


def _plain_candidates(text: str) -> Iterator[str]:
    """The acceptable high-entropy tokens of ``text`` (without a credential word), in order."""
    for m in _PLAIN_TOKEN_RE.finditer(text):
        value = _trim(m.group())
        if _acceptable(value, anchored=False):
            yield value


@functools.lru_cache(maxsize=_CACHE_ENTRIES)
def _cached_candidates(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return tuple(_anchored_candidates(text)), tuple(_plain_candidates(text))


def _candidates(text: str) -> tuple[Iterable[str], Iterable[str]]:
    """``(anchored, plain)`` candidates of one text: remembered for texts up to ``_CACHE_TEXT_CHARS`` (what
    depends on the request — exclusions, the user's texts, the cap — is applied by the caller), lazy for
    longer ones (the caller stops at ``MAX_VALUES``)."""
    if len(text) <= _CACHE_TEXT_CHARS:
        return _cached_candidates(text)
    return _anchored_candidates(text), _plain_candidates(text)


def collect_context_secrets(
    texts: Iterable[str],
    *,
    extra: Iterable[str] = (),
    vault: Vault | None = None,
    exclude: Iterable[str] = (),
    known: Iterable[str] = (),
) -> tuple[str, ...]:
    """The credential-like values of the trusted ``texts`` (system/developer messages), at most ``MAX_VALUES``.

    ``extra``: values already known to be secrets (e.g. the ``secrets`` scanner's findings in these texts).
    ``vault``: the request's redaction vault; a placeholder in ``texts`` whose label is ``SECRET`` (or whose
    value was collected) is collected itself, since echoing it would restore the value. ``exclude``: values
    never to collect (canaries, which have their own rules). ``known``: texts the caller already has (the
    user's own messages); a value that occurs in one is not a secret to them.
    """
    budget = MAX_TEXT_CHARS
    kept: list[str] = []
    for t in texts:
        if isinstance(t, str) and t and budget > 0:
            kept.append(t[:budget])
            budget -= len(kept[-1])
    texts = kept
    excluded = [e.lower() for e in exclude if isinstance(e, str) and e]
    known_low = "\x00".join(k[:MAX_TEXT_CHARS].lower() for k in known if isinstance(k, str) and k)[:500_000]
    out: dict[str, None] = {}

    def add(value: str) -> None:
        """Collect an acceptable ``value`` unless the cap is reached, it is excluded or the user knows it."""
        if len(out) >= MAX_VALUES or value in out:
            return
        low = value.lower()
        if any(low in e or e in low for e in excluded) or (known_low and low in known_low):
            return
        out[value] = None

    for value in extra:
        if isinstance(value, str):
            value = _trim(value.strip())
            if _acceptable(value, anchored=True, phrase=True):
                add(value)
    found = [_candidates(text) for text in texts]
    for anchored, _ in found:
        for value in anchored:
            add(value)
    if vault is not None and len(vault):
        values = dict(vault.items())
        for text in texts:
            for m in PLACEHOLDER_RE.finditer(text):
                ph = m.group(0)
                original = values.get(ph)
                if original is not None and len(out) < MAX_VALUES and (m.group(1) == "SECRET" or original in out):
                    out.setdefault(ph, None)
    for _, plain in found:
        for value in plain:
            if len(out) >= MAX_VALUES:
                break
            add(value)
    return tuple(out)
