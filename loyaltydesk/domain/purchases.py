"""How large a purchase the counter records without asking, and the most it records at all.

A slip of the keyboard (99999 for 99.99) would earn a customer a year of points and a tier at
once. Above the shop's largest usual purchase the cashier confirms; above a hundred times that,
the amount is refused.
"""

from __future__ import annotations

from decimal import Decimal

from loyaltydesk.domain.errors import ErrorCode, RefusedError
from loyaltydesk.domain.money import MAX_AMOUNT

CEILING_FACTOR = 100
"""The absolute ceiling is this many times the largest usual purchase."""
MAX_USUAL_PURCHASE = MAX_AMOUNT / CEILING_FACTOR
"""The most a shop may set as its largest usual purchase (its ceiling is then MAX_AMOUNT)."""

_USUAL_MAJOR_UNITS = Decimal(1000)
"""The default in currencies whose major unit is worth about a euro, a dollar or a ringgit."""

# Currencies whose major unit is worth far less: the default scales so it means about the same.
_SCALE = {
    "ARS": 1000, "CLP": 1000, "COP": 4000, "CZK": 25, "DKK": 10, "HKD": 10, "HUF": 400,
    "IDR": 15000, "INR": 100, "ISK": 100, "JPY": 150, "KRW": 1000, "MXN": 20, "NOK": 10,
    "PHP": 50, "PKR": 300, "SEK": 10, "THB": 30, "TWD": 30, "VND": 25000, "ZAR": 20,
}  # fmt: skip


def default_usual_purchase(currency: str) -> Decimal:
    """The largest usual purchase when the owner has not set one: 1,000 in the major unit,
    scaled for currencies whose unit is worth little (150,000 JPY)."""
    return _USUAL_MAJOR_UNITS * _SCALE.get(currency.upper(), 1)


def check_purchase(
    amount: Decimal, *, usual: Decimal | None, currency: str, confirmed: bool
) -> None:
    """PURCHASE_TOO_LARGE above the ceiling; PURCHASE_UNUSUAL above the usual unless
    ``confirmed``. ``usual`` None means the currency's default."""
    largest = usual if usual is not None else default_usual_purchase(currency)
    ceiling = largest * CEILING_FACTOR
    if amount > ceiling:
        raise RefusedError(
            f"{amount} is more than the most recorded at once ({ceiling}).",
            code=ErrorCode.PURCHASE_TOO_LARGE,
            amount=amount,
            ceiling=ceiling,
        )
    if amount > largest and not confirmed:
        raise RefusedError(
            f"{amount} is more than the largest usual purchase ({largest}). Confirm it.",
            code=ErrorCode.PURCHASE_UNUSUAL,
            amount=amount,
            usual=largest,
        )
