"""Which hosted loyalty services loyaltydesk can sync with, and what setting one up takes.

Pure data and checks: the adapters themselves live in ``loyaltydesk.sync.providers`` (a layer
above the services), so the services validate a setup against this list instead.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit

from loyaltydesk.domain.errors import ErrorCode, InvalidInputError


class SyncAction(StrEnum):
    """What an outbox row asks the provider to do."""

    EARN = "EARN"
    REDEEM = "REDEEM"
    ADJUST = "ADJUST"
    REVERSE = "REVERSE"
    REGISTER = "REGISTER"
    VOUCHER_REDEEM = "VOUCHER_REDEEM"
    VOUCHER_BATCH = "VOUCHER_BATCH"


class OutboxState(StrEnum):
    PENDING = "PENDING"
    SENT = "SENT"
    PROBLEM = "PROBLEM"
    DISMISSED = "DISMISSED"


class Fill(StrEnum):
    """Where a provider option's default comes from when the owner gives none."""

    SHOP = "SHOP"
    TILL = "TILL"


@dataclass(frozen=True, slots=True)
class ProviderOption:
    name: str
    default: str | None = None
    fill: Fill | None = None


@dataclass(frozen=True, slots=True)
class ProviderChoice:
    name: str
    options: tuple[ProviderOption, ...] = ()
    vouchers: bool = False
    """Voucher batches and redemptions are forwarded (the provider holds the vouchers too)."""


PROVIDERS: Mapping[str, ProviderChoice] = {
    "kirimel": ProviderChoice("kirimel", (ProviderOption("site"),), vouchers=True),
    "fidelizacion": ProviderChoice(
        "fidelizacion",
        (
            ProviderOption("source_type", default="POS"),
            ProviderOption("source_name", default="loyaltydesk"),
            ProviderOption("branch_id", fill=Fill.SHOP),
            ProviderOption("pos_id", fill=Fill.TILL),
        ),
    ),
    "loyaltyplus": ProviderChoice("loyaltyplus"),
    "cata": ProviderChoice("cata"),
}
MAX_URL = 300
_OPTION_VALUE = re.compile(r"^[^\x00-\x1f\x7f]{0,120}$")
_PLAIN_REFERENCE = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")


def check_provider(name: str) -> ProviderChoice:
    choice = PROVIDERS.get((name or "").strip().lower())
    if choice is None:
        raise InvalidInputError(
            f"Unknown loyalty service. Choose one of: {', '.join(PROVIDERS)}.",
            code=ErrorCode.INVALID_SETTINGS,
        )
    return choice


def check_base_url(url: str) -> str:
    """An http(s) URL with a host and no credentials, query or fragment; without a final '/'."""
    text = (url or "").strip()
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        parts, port = None, None
    if (
        parts is None
        or len(text) > MAX_URL
        or parts.scheme not in ("http", "https")
        or not parts.hostname
        or parts.username is not None
        or parts.password is not None
        or parts.query
        or parts.fragment
        or any(ch.isspace() for ch in text)
        or (port is not None and not 0 < port < 65536)
    ):
        raise InvalidInputError(
            "The base URL must look like https://host/path.", code=ErrorCode.INVALID_SETTINGS
        )
    return text.rstrip("/")


def fill_options(
    choice: ProviderChoice, given: Mapping[str, str | None], *, shop: str, till: str
) -> dict[str, str]:
    """The provider's options: those given, else their defaults, else the shop or till name.
    Options the provider does not take are refused."""
    known = {option.name for option in choice.options}
    unknown = sorted(name for name, value in given.items() if value and name not in known)
    if unknown:
        raise InvalidInputError(
            f"{choice.name} takes no option {unknown[0]!r}.", code=ErrorCode.INVALID_SETTINGS
        )
    filled: dict[str, str] = {}
    for option in choice.options:
        value = (given.get(option.name) or "").strip()
        if not value:
            value = option.default or ""
        if not value and option.fill is Fill.SHOP:
            value = shop
        if not value and option.fill is Fill.TILL:
            value = till
        if not _OPTION_VALUE.match(value):
            raise InvalidInputError(
                f"The {option.name} setting is too long or holds control characters.",
                code=ErrorCode.INVALID_SETTINGS,
            )
        if value:
            filled[option.name] = value
    return filled


def reference_for(ref_code: str) -> str:
    """The idempotency key sent to a provider for a local operation: its ref_code where that is
    plain and short, else a stable digest of it. The same ref_code always gives the same key."""
    if _PLAIN_REFERENCE.match(ref_code):
        return ref_code
    return "ld-" + hashlib.sha256(ref_code.encode("utf-8")).hexdigest()[:40]
