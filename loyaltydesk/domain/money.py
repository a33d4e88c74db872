"""Amounts of money as ``Decimal`` in the major currency unit, parsed strictly.

A cashier's locale-formatted text ("12,50") is turned into a canonical string by the UI (QLocale);
here only canonical input is accepted, so a comma is refused rather than guessed at.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation

from loyaltydesk.domain.errors import ErrorCode, InvalidInputError

#: ISO 4217 minor units that are not 2 (the common case).
_MINOR_UNITS = {
    "BHD": 3, "BIF": 0, "CLP": 0, "DJF": 0, "GNF": 0, "IQD": 3, "ISK": 0, "JOD": 3, "JPY": 0,
    "KMF": 0, "KRW": 0, "KWD": 3, "LYD": 3, "OMR": 3, "PYG": 0, "RWF": 0, "TND": 3, "UGX": 0,
    "UYI": 0, "VND": 0, "VUV": 0, "XAF": 0, "XOF": 0, "XPF": 0,
}  # fmt: skip

MAX_AMOUNT = Decimal("1000000000")
_CANONICAL = re.compile(r"^[0-9]{1,13}(\.[0-9]{1,4})?$")


def minor_units(currency: str) -> int:
    return _MINOR_UNITS.get(currency.upper(), 2)


def parse_amount(value: str | Decimal | int, *, currency: str = "MYR") -> Decimal:
    """A positive amount with no more decimals than the currency has, or INVALID_AMOUNT."""
    if isinstance(value, bool):
        raise _invalid(value)
    if isinstance(value, int):
        amount = Decimal(value)
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, str):
        text = value.strip()
        if not _CANONICAL.match(text):
            raise _invalid(value)
        try:
            amount = Decimal(text)
        except InvalidOperation as exc:  # pragma: no cover - the regex already guards
            raise _invalid(value) from exc
    else:
        raise _invalid(value)
    if not amount.is_finite() or amount <= 0 or amount > MAX_AMOUNT:
        raise _invalid(value)
    places = minor_units(currency)
    if amount != amount.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_EVEN):
        raise InvalidInputError(
            f"An amount in {currency} has at most {places} decimals.",
            code=ErrorCode.INVALID_AMOUNT,
            places=places,
        )
    return amount


def _invalid(value: object) -> InvalidInputError:
    return InvalidInputError(
        "That amount is not valid. Type a positive number such as 25.50.",
        code=ErrorCode.INVALID_AMOUNT,
        value=str(value)[:32],
    )
