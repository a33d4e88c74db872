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
    """A provider setting that is not a secret; the adapter reads it by ``name``."""

    name: str
    default: str | None = None
    fill: Fill | None = None
    choices: tuple[str, ...] = ()
    """The values allowed (given in any case, kept as written here); empty: any."""
    pattern: str | None = None
    """A regular expression the value (upper-cased first) must match; None: any."""
    required_when: tuple[str, str] | None = None
    """(option, value): this option must be given when that option has that value."""


@dataclass(frozen=True, slots=True)
class ProviderChoice:
    name: str
    options: tuple[ProviderOption, ...] = ()
    vouchers: bool = False
    """Voucher batches and redemptions are forwarded (the provider holds the vouchers too)."""


PROVIDERS: Mapping[str, ProviderChoice] = {
    "kirimel": ProviderChoice(
        "kirimel", (ProviderOption("site", pattern=r"[A-Z0-9]{3,}"),), vouchers=True
    ),
    "fidelizacion": ProviderChoice(
        "fidelizacion",
        (
            ProviderOption("source_type", default="POS"),
            ProviderOption("source_name", default="loyaltydesk"),
            ProviderOption("branch_id", fill=Fill.SHOP),
            ProviderOption("pos_id", fill=Fill.TILL),
        ),
    ),
    "loyaltyplus": ProviderChoice("loyaltyplus", (ProviderOption("store_id"),)),
    "cata": ProviderChoice(
        "cata",
        (
            ProviderOption("earn_mode", default="points", choices=("points", "amount")),
            ProviderOption(
                "source_type",
                choices=("REVEL", "LIGHTSPEED", "ATLAS", "JAMEZZ"),
                required_when=("earn_mode", "amount"),
            ),
        ),
    ),
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
            filled[option.name] = _checked_option(option, value)
    for option in choice.options:
        if option.required_when and option.name not in filled:
            other, wanted = option.required_when
            if filled.get(other) == wanted:
                raise InvalidInputError(
                    f"{choice.name} needs the {option.name} setting when {other} is {wanted}.",
                    code=ErrorCode.INVALID_SETTINGS,
                )
    return filled


def _checked_option(option: ProviderOption, value: str) -> str:
    """The value as kept: one of the option's choices, or upper-cased to its pattern."""
    if option.choices:
        for allowed in option.choices:
            if value.lower() == allowed.lower():
                return allowed
        raise InvalidInputError(
            f"The {option.name} setting is one of: {', '.join(option.choices)}.",
            code=ErrorCode.INVALID_SETTINGS,
        )
    if option.pattern is not None:
        value = value.upper()
        if not re.fullmatch(option.pattern, value):
            raise InvalidInputError(
                f"The {option.name} setting {value!r} has the wrong shape.",
                code=ErrorCode.INVALID_SETTINGS,
            )
    return value


def reference_for(ref_code: str, retries: int = 0) -> str:
    """The idempotency key sent to a provider for a local operation: its ref_code where that is
    plain and short, else a stable digest of it. The same ref_code always gives the same key.

    ``retries`` counts the owner's "send again" of a refused row: each goes out under a new key
    (``<key>-retry-<n>``), since a provider need not re-run a key it once rejected (Cata says
    so) and a refusal applied nothing. Deterministic, so a timeout during a retry is still
    de-duplicated."""
    key = (
        ref_code
        if _PLAIN_REFERENCE.match(ref_code)
        else "ld-" + hashlib.sha256(ref_code.encode("utf-8")).hexdigest()[:40]
    )
    return f"{key}-retry-{retries}" if retries > 0 else key
