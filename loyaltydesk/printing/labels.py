"""What gets printed: one voucher or one member card, as plain immutable values.

The services layer builds these from its own records; nothing here reads a database. Texts that
the shop owner typed (shop name, conditions, item names, member names) are printed as given;
everything else is translated and formatted with the sheet's ``QLocale`` (see ``voucher_text``).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from loyaltydesk.domain.qr_payload import member_payload, voucher_payload


@dataclass(frozen=True, slots=True)
class MoneyOff:
    """A fixed amount off, printed as e.g. "€5.00 off"."""

    amount: Decimal
    currency_symbol: str = ""
    """Empty: the sheet locale's own currency symbol."""


@dataclass(frozen=True, slots=True)
class PercentOff:
    """A percentage off, printed as e.g. "10% off"."""

    percent: int


@dataclass(frozen=True, slots=True)
class FreeItem:
    """A free product, printed as e.g. "Free coffee"."""

    item: str


@dataclass(frozen=True, slots=True)
class CustomValue:
    """A value text the owner wrote and that is printed as is."""

    text: str


VoucherValue = MoneyOff | PercentOff | FreeItem | CustomValue


@dataclass(frozen=True, slots=True)
class VoucherLabel:
    """One voucher cell on a sheet."""

    code: str
    """The 12-character base62 voucher code."""
    value: VoucherValue
    valid_until: date | None = None
    valid_from: date | None = None
    conditions: str = ""

    def __post_init__(self) -> None:
        voucher_payload(self.code)  # rejects a malformed code before anything is printed

    @property
    def payload(self) -> str:
        return voucher_payload(self.code)


@dataclass(frozen=True, slots=True)
class MemberCardLabel:
    """One member card."""

    customer_id: uuid.UUID
    name: str
    short_code: str
    """The code a cashier can type when the camera fails, printed large."""

    @property
    def payload(self) -> str:
        return member_payload(self.customer_id)
