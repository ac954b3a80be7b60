"""Data tables and checksum helpers for the ``pii`` scanner (stdlib only, no I/O)."""

from __future__ import annotations

import hashlib

# ITU-T E.164 country calling codes (a prefix code: no code is a prefix of another).
CALLING_CODES: frozenset[str] = frozenset(
    """
    1 7 20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 60 61 62 63 64
    65 66 81 82 84 86 90 91 92 93 94 95 98 211 212 213 216 218 220 221 222 223 224 225 226 227 228
    229 230 231 232 233 234 235 236 237 238 239 240 241 242 243 244 245 246 247 248 249 250 251 252
    253 254 255 256 257 258 260 261 262 263 264 265 266 267 268 269 290 291 297 298 299 350 351 352
    353 354 355 356 357 358 359 370 371 372 373 374 375 376 377 378 379 380 381 382 383 385 386 387
    389 420 421 423 500 501 502 503 504 505 506 507 508 509 590 591 592 593 594 595 596 597 598 599
    670 672 673 674 675 676 677 678 679 680 681 682 683 685 686 687 688 689 690 691 692 800 808 850
    852 853 855 856 870 878 880 881 882 883 886 888 960 961 962 963 964 965 966 967 968 970 971 972
    973 974 975 976 977 979 992 993 994 995 996 998
    """.split()  # noqa: SIM905
)

# IBAN length per country (SWIFT IBAN registry).
IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BI": 27, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27,
    "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27,
    "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HN": 28, "HR": 21, "HU": 28,
    "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28,
    "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22,
    "MK": 19, "MN": 20, "MR": 27, "MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23,
    "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24,
    "SC": 31, "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25, "SV": 28,
    "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
}  # fmt: skip

# Keywords near a number that make it likely a phone number (lower case; matched case-insensitively).
PHONE_KEYWORDS: tuple[str, ...] = (
    "phone", "tel", "mobile", "cell", "call", "fax", "whatsapp", "sms", "contact", "dial", "ph:",
    "ph.", "mob", "hotline", "téléphone", "tél", "portable", "teléfono", "telefono", "telefone",
    "telefon", "handy", "rufnummer", "celular", "móvil", "cellulare", "telemóvel", "numéro",
    "電話", "电话", "手机", "手機", "联系", "聯絡", "聯繫", "携帯", "番号", "連絡",
    "телефон", "тел", "моб", "номер", "звоните",
    "هاتف", "جوال", "اتصل", "رقم", "फ़ोन", "फोन", "मोबाइल", "संपर्क", "नंबर",
    "โทร", "เบอร์", "điện thoại", "전화", "연락처", "휴대폰", "telp", "nomor",
)  # fmt: skip

# Keywords just before a number that make it an identifier, a version or a timestamp instead.
NOT_PHONE_KEYWORDS: tuple[str, ...] = (
    "order", "invoice", "inv", "ref", "reference", "id", "#", "no.", "nr", "tracking", "version",
    "ver", "build", "isbn", "serial", "sku", "account", "acct", "iban", "transaction", "txn",
    "ticket", "case", "zip", "postal", "timestamp", "epoch", "uuid", "hash", "commit", "port",
    "订单", "單號", "单号", "编号", "編號", "注文", "заказ",
)  # fmt: skip

VERSION_KEYWORDS: tuple[str, ...] = (
    "version", "ver", "v.", "release", "build", "firmware", "kernel", "python", "node", "chrome",
    "windows", "ios", "android", "update", "patch", "upgrade", "libc", "openssl", "sdk", "api",
    "版本", "バージョン", "версия",
)  # fmt: skip

CARD_KEYWORDS: tuple[str, ...] = (
    "card", "visa", "mastercard", "amex", "credit", "debit", "cc", "pan", "payment", "kart",
    "carte", "tarjeta", "karte", "卡", "カード", "карт",
)  # fmt: skip

SSN_KEYWORDS: tuple[str, ...] = ("ssn", "social security", "soc sec", "ss#", "ss #", "tin", "itin")
AADHAAR_KEYWORDS: tuple[str, ...] = ("aadhaar", "aadhar", "adhaar", "uidai", "uid", "आधार")
BSN_KEYWORDS: tuple[str, ...] = ("bsn", "burgerservicenummer", "sofinummer", "sofi-nummer", "sofi nummer")

# Image and code file extensions that follow "name@2x." and are not top-level domains.
NOT_TLDS: frozenset[str] = frozenset(
    """
    png jpg jpeg gif svg webp bmp ico tif tiff avif heic js ts jsx tsx css scss map json lock py rb
    rs go java kt md txt yml yaml toml
    """.split()  # noqa: SIM905
)

# -- checksums --------------------------------------------------------------------------------


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban_ok(compact: str) -> bool:
    """Mod-97 check of an upper-case IBAN without spaces."""
    moved = compact[4:] + compact[:4]
    num = "".join(str(int(c, 36)) for c in moved)
    return int(num) % 97 == 1


_VERHOEFF_D = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
    (1, 2, 3, 4, 0, 6, 7, 8, 9, 5),
    (2, 3, 4, 0, 1, 7, 8, 9, 5, 6),
    (3, 4, 0, 1, 2, 8, 9, 5, 6, 7),
    (4, 0, 1, 2, 3, 9, 5, 6, 7, 8),
    (5, 9, 8, 7, 6, 0, 4, 3, 2, 1),
    (6, 5, 9, 8, 7, 1, 0, 4, 3, 2),
    (7, 6, 5, 9, 8, 2, 1, 0, 4, 3),
    (8, 7, 6, 5, 9, 3, 2, 1, 0, 4),
    (9, 8, 7, 6, 5, 4, 3, 2, 1, 0),
)
_VERHOEFF_P = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
    (1, 5, 7, 6, 2, 8, 3, 0, 9, 4),
    (5, 8, 0, 3, 7, 9, 6, 1, 4, 2),
    (8, 9, 1, 6, 0, 4, 3, 5, 2, 7),
    (9, 4, 5, 3, 1, 2, 6, 8, 7, 0),
    (4, 2, 8, 6, 5, 7, 3, 9, 0, 1),
    (2, 7, 9, 3, 8, 0, 6, 4, 1, 5),
    (7, 0, 4, 6, 9, 1, 3, 2, 5, 8),
)


def verhoeff_ok(digits: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(digits)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[i % 8][ord(ch) - 48]]
    return c == 0


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"

_CF_ODD: dict[str, int] = dict(
    zip(
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        (1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
         12, 14, 16, 10, 22, 25, 24, 23),
        strict=True,
    )
)  # fmt: skip


def codice_fiscale_ok(cf: str) -> bool:
    """Check character of an upper-case, 16-character Italian codice fiscale."""
    total = 0
    for i, ch in enumerate(cf[:15]):
        if i % 2 == 0:  # odd positions, 1-based
            total += _CF_ODD[ch]
        else:
            total += ord(ch) - 48 if ch.isdigit() else ord(ch) - 65
    return cf[15] == chr(65 + total % 26)


def nir_ok(nir: str) -> bool:
    """Key (mod 97) of a 15-character French NIR; Corsican departments 2A/2B are handled."""
    body = nir[:13].upper()
    if "A" in body[5:7]:
        body = body.replace("2A", "19", 1)
        num = int(body) - 1_000_000
    elif "B" in body[5:7]:
        body = body.replace("2B", "18", 1)
        num = int(body) - 2_000_000
    else:
        num = int(body)
    return 97 - num % 97 == int(nir[13:15])


def bsn_ok(digits: str) -> bool:
    if len(digits) != 9 or digits == "000000000":
        return False
    total = sum((9 - i) * (ord(c) - 48) for i, c in enumerate(digits[:8])) - (ord(digits[8]) - 48)
    return total % 11 == 0


# -- crypto addresses -------------------------------------------------------------------------

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_B58_INDEX = {c: i for i, c in enumerate(_B58)}


def base58check_version(s: str) -> int | None:
    """The version byte of a valid 25-byte base58check string, else None."""
    n = 0
    for c in s:
        v = _B58_INDEX.get(c)
        if v is None:
            return None
        n = n * 58 + v
    pad = len(s) - len(s.lstrip("1"))
    try:
        raw = b"\x00" * pad + (n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b"")
    except OverflowError:  # pragma: no cover - cannot happen for ints
        return None
    if len(raw) != 25:
        return None
    payload, check = raw[:-4], raw[-4:]
    if hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4] != check:
        return None
    return payload[0]


_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_BECH32_INDEX = {c: i for i, c in enumerate(_BECH32)}
_BECH32_GEN = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)


def _bech32_polymod(values: list[int]) -> int:
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            if (top >> i) & 1:
                chk ^= _BECH32_GEN[i]
    return chk


def segwit_ok(addr: str, hrp: str) -> bool:
    """A valid segwit address (BIP-173 bech32 for v0, BIP-350 bech32m for v1+) with this prefix."""
    if addr.lower() != addr and addr.upper() != addr:
        return False
    s = addr.lower()
    pos = s.rfind("1")
    if s[:pos] != hrp or len(s) > 90 or len(s) - pos - 1 < 7:
        return False
    data: list[int] = []
    for c in s[pos + 1 :]:
        v = _BECH32_INDEX.get(c)
        if v is None:
            return False
        data.append(v)
    expanded = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
    const = _bech32_polymod(expanded + data)
    version = data[0]
    if version > 16 or const != (1 if version == 0 else 0x2BC830A3):
        return False
    # program: 5-bit groups (without version and checksum) to bytes
    acc = bits = 0
    prog_len = 0
    for v in data[1:-6]:
        acc = (acc << 5) | v
        bits += 5
        if bits >= 8:
            bits -= 8
            prog_len += 1
    if bits >= 5 or (acc & ((1 << bits) - 1)):
        return False
    if version == 0:
        return prog_len in (20, 32)
    return 2 <= prog_len <= 40


_KECCAK_RC = (
    0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000,
    0x000000000000808B, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
    0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
    0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003,
    0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
    0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
)  # fmt: skip
_KECCAK_ROT = (
    (0, 36, 3, 41, 18),
    (1, 44, 10, 45, 2),
    (62, 6, 43, 15, 61),
    (28, 55, 25, 21, 56),
    (27, 20, 39, 8, 14),
)
_M64 = (1 << 64) - 1


def _rol(v: int, n: int) -> int:
    return ((v << n) | (v >> (64 - n))) & _M64 if n else v


def _keccak_f(a: list[int]) -> list[int]:
    for rc in _KECCAK_RC:
        c = [a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20] for x in range(5)]
        d = [c[(x - 1) % 5] ^ _rol(c[(x + 1) % 5], 1) for x in range(5)]
        a = [a[i] ^ d[i % 5] for i in range(25)]
        b = [0] * 25
        for x in range(5):
            for y in range(5):
                b[y + 5 * ((2 * x + 3 * y) % 5)] = _rol(a[x + 5 * y], _KECCAK_ROT[x][y])
        a = [b[i] ^ (~b[(i % 5 + 1) % 5 + 5 * (i // 5)] & b[(i % 5 + 2) % 5 + 5 * (i // 5)]) for i in range(25)]
        a[0] ^= rc
    return a


def keccak256(data: bytes) -> bytes:
    """Original Keccak-256 (as used by Ethereum; not NIST SHA3-256)."""
    rate = 136
    msg = bytearray(data)
    msg.append(0x01)
    while len(msg) % rate:
        msg.append(0)
    msg[-1] |= 0x80
    state = [0] * 25
    for off in range(0, len(msg), rate):
        block = msg[off : off + rate]
        for i in range(rate // 8):
            state[i] ^= int.from_bytes(block[8 * i : 8 * i + 8], "little")
        state = _keccak_f(state)
    return b"".join(state[i].to_bytes(8, "little") for i in range(4))


def eip55_ok(hex40: str) -> bool:
    """EIP-55 mixed-case checksum of the 40 hex digits of an Ethereum address."""
    digest = keccak256(hex40.lower().encode("ascii")).hex()
    return all(not (ch.isalpha() and ch.isupper() != (int(h, 16) >= 8)) for ch, h in zip(hex40, digest, strict=False))
