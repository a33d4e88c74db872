"""The versioned text carried by loyaltydesk's own QR codes (see docs/QR_FORMATS.md).

A member card carries ``LD1:M:<customer uuid, 32 upper-case hex digits>``; a voucher carries
``LD1:V:<voucher code>``: 12 base62 characters when made here, or the hosted service's own code
(KiriMel's: up to 40 letters, digits and ``_``) when it made the batch's codes. Only upper-case
letters, digits and ``:`` appear in a member payload, so it fits QR alphanumeric mode and
stays small on a printed card.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from enum import StrEnum

PREFIX = "LD"
VERSION = 1

_PAYLOAD = re.compile(r"^LD(?P<version>[0-9]+):(?P<kind>[MV]):(?P<body>[0-9A-Za-z_]+)$")
_VOUCHER_CODE = re.compile(r"^[0-9A-Za-z_]{12,40}$")
_UUID_HEX = re.compile(r"^[0-9A-Fa-f]{32}$")


class PayloadKind(StrEnum):
    MEMBER = "M"
    VOUCHER = "V"


@dataclass(frozen=True, slots=True)
class QrPayload:
    kind: PayloadKind
    value: str
    """The customer uuid (canonical hyphenated lower case) or the voucher code."""


def member_payload(customer_id: uuid.UUID | str) -> str:
    """The text of a member card's QR code."""
    value = customer_id if isinstance(customer_id, uuid.UUID) else uuid.UUID(str(customer_id))
    return f"{PREFIX}{VERSION}:{PayloadKind.MEMBER}:{value.hex.upper()}"


def voucher_payload(code: str) -> str:
    """The text of a voucher's QR code."""
    if not _VOUCHER_CODE.match(code):
        raise ValueError("a voucher code is 12 to 40 letters, digits or _")
    return f"{PREFIX}{VERSION}:{PayloadKind.VOUCHER}:{code}"


def parse_payload(text: str) -> QrPayload | None:
    """Read one of our payloads, or None when ``text`` is not one (or a version we do not know)."""
    match = _PAYLOAD.match(text.strip())
    if match is None or int(match["version"]) != VERSION:
        return None
    kind = PayloadKind(match["kind"])
    body = match["body"]
    if kind is PayloadKind.MEMBER:
        if not _UUID_HEX.match(body):
            return None
        return QrPayload(kind, str(uuid.UUID(hex=body)))
    if not _VOUCHER_CODE.match(body):
        return None
    return QrPayload(kind, body)
