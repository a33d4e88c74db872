"""Staff PINs: format rules and a slow, salted hash (scrypt from the standard library)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets

from loyaltydesk.domain.errors import ErrorCode, InvalidInputError

_PIN = re.compile(r"^[0-9]{4,8}$")
# About 16 MiB and tens of milliseconds a check: slow for an attacker with a copied database.
_N, _R, _P = 2**14, 8, 1
MAX_FAILED_ATTEMPTS = 5
LOCKOUT_SECONDS = 60


def check_pin_format(pin: str) -> str:
    if not isinstance(pin, str) or not _PIN.match(pin):
        raise InvalidInputError("A PIN is 4 to 8 digits.", code=ErrorCode.INVALID_INPUT)
    return pin


def hash_pin(pin: str) -> str:
    check_pin_format(pin)
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return "$".join(["scrypt", str(_N), str(_R), str(_P), _b64(salt), _b64(digest)])


def verify_pin(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt" or not _PIN.match(pin or ""):
        return False
    candidate = hashlib.scrypt(
        pin.encode(), salt=_unb64(salt), n=int(n), r=int(r), p=int(p), dklen=32
    )
    return hmac.compare_digest(candidate, _unb64(digest))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))
