"""Classify what a cashier typed or a scanner sent: the single entry to every look-up."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

import phonenumbers

from loyaltydesk.domain.errors import ErrorCode, InvalidInputError
from loyaltydesk.domain.qr_payload import PayloadKind, parse_payload

MAX_IDENTIFIER_LENGTH = 256

_EMAIL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")
_SHORT_CODE = re.compile(r"^[0-9A-Fa-f]{6}$")
_VOUCHER_CODE = re.compile(r"^(?=.*[0-9])[0-9A-Za-z]{12}$")
_PHONE_LIKE = re.compile(r"^\+?[0-9 ()./-]{6,24}$")
_NAME_LIKE = re.compile(r"^(?:[^\W\d_]|[ '’.\-]){2,80}$")


class IdentifierKind(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    SHORT_CODE = "short_code"
    MEMBER_QR = "member_qr"
    VOUCHER_CODE = "voucher_code"
    NAME = "name"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Identifier:
    kind: IdentifierKind
    value: str
    """Normalised: E.164 phone, lower-case email, upper-case short code, uuid, voucher code."""
    raw: str


def clean_scanned_text(text: str) -> str:
    """Strip the whitespace a scanner wraps around a code; refuse control characters and floods."""
    if not isinstance(text, str):
        raise _invalid()
    stripped = text.strip()
    if not stripped or len(stripped) > MAX_IDENTIFIER_LENGTH:
        raise _invalid()
    if any(unicodedata.category(ch) in {"Cc", "Cf", "Cs", "Co", "Cn"} for ch in stripped):
        raise _invalid()
    return stripped


def classify(text: str, *, default_region: str = "MY") -> Identifier:
    """Say what ``text`` is. Unknown is a kind, not an error: sync may forward it to a provider."""
    raw = clean_scanned_text(text)
    payload = parse_payload(raw)
    if payload is not None:
        kind = (
            IdentifierKind.MEMBER_QR
            if payload.kind is PayloadKind.MEMBER
            else IdentifierKind.VOUCHER_CODE
        )
        return Identifier(kind, payload.value, raw)
    if "@" in raw:
        if _EMAIL.match(raw) and len(raw) <= 254:
            return Identifier(IdentifierKind.EMAIL, normalise_email(raw), raw)
        return Identifier(IdentifierKind.UNKNOWN, raw, raw)
    if _SHORT_CODE.match(raw):
        return Identifier(IdentifierKind.SHORT_CODE, raw.upper(), raw)
    if _VOUCHER_CODE.match(raw):
        return Identifier(IdentifierKind.VOUCHER_CODE, raw, raw)
    if _PHONE_LIKE.match(raw):
        phone = parse_phone(raw, default_region=default_region, strict=False)
        if phone is not None:
            return Identifier(IdentifierKind.PHONE, phone, raw)
        return Identifier(IdentifierKind.UNKNOWN, raw, raw)
    if _NAME_LIKE.match(raw) and any(ch.isalpha() for ch in raw):
        return Identifier(IdentifierKind.NAME, " ".join(raw.split()), raw)
    return Identifier(IdentifierKind.UNKNOWN, raw, raw)


def parse_phone(text: str, *, default_region: str, strict: bool = True) -> str | None:
    """E.164 form of a valid phone number; None (or INVALID_PHONE when strict) otherwise."""
    try:
        number = phonenumbers.parse(text, default_region.upper())
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        if strict:
            raise InvalidInputError("That phone number is not valid.", code=ErrorCode.INVALID_PHONE)
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalise_email(text: str) -> str:
    email = text.strip().lower()
    if not _EMAIL.match(email) or len(email) > 254:
        raise InvalidInputError("That email address is not valid.", code=ErrorCode.INVALID_EMAIL)
    return email


def name_key(name: str) -> str:
    """A search key for names: case-folded, accents removed, spaces collapsed ("José" -> "jose")."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.casefold().split())


def name_tails(key: str) -> list[str]:
    """A name key from each later word on: "tan ah kow" -> ["ah kow", "kow"]."""
    words = key.split(" ")
    return [" ".join(words[i:]) for i in range(1, len(words)) if words[i]]


def _invalid() -> InvalidInputError:
    return InvalidInputError(
        "That was not a code, phone number, email or name we can read. Scan again or type it.",
        code=ErrorCode.INVALID_IDENTIFIER,
    )
