"""What the KiriMel emulator holds: customers with their ledgers, vouchers, and the tier and
discount rules it answers with (the document shows the fields, not the rules: these are plain
choices)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_POSITIVE = re.compile(r"^[1-9]\d{0,9}$")


@dataclass(frozen=True)
class LedgerEntry:
    kind: str
    """EARN, REDEEM or VOUCHER."""
    points: int
    """Signed: + earned, - redeemed, 0 for a voucher."""
    reference_id: str | None
    transaction_id: str
    amount: Decimal | None = None
    description: str = ""
    code: str | None = None


@dataclass
class Customer:
    customer_id: str
    wallet_id: str
    phone: str | None = None
    qr_code: str | None = None
    promo_code: str | None = None
    name: str | None = None
    email: str | None = None
    birth_date: str | None = None
    balance: int = 0
    status: str = "ACTIVE"
    site_id: int = 456
    points_expiring_soon: int = 0
    expiry_date: str | None = None
    ledger: list[LedgerEntry] = field(default_factory=list)


@dataclass
class Voucher:
    code: str
    batch_id: str
    type: str
    value: Decimal
    valid_from: date | None = None
    valid_until: date | None = None
    min_purchase: Decimal | None = None
    redeemed_by: str | None = None


def tier(balance: int) -> str:
    return "BRONZE" if balance < 1000 else "SILVER" if balance < 5000 else "GOLD"


def progress(balance: int) -> dict[str, Any]:
    if balance >= 5000:
        return {"current_tier": "GOLD", "points_to_next": 0, "next_tier": None}
    target = 1000 if balance < 1000 else 5000
    return {
        "current_tier": tier(balance),
        "points_to_next": target - balance,
        "next_tier": tier(target),
    }


def discount(voucher: Voucher, purchase: Decimal | None) -> Decimal:
    if purchase is None or voucher.type == "BOGO":
        return Decimal("0.00")
    if voucher.type == "PERCENT":
        return (purchase * voucher.value / 100).quantize(Decimal("0.01"))
    return min(voucher.value, purchase)


def profile(customer: Customer) -> dict[str, Any]:
    kinds = {entry.kind for entry in customer.ledger}
    return {
        "id": customer.customer_id,
        "site_id": customer.site_id,
        "phone": customer.phone,
        "name": customer.name,
        "email": customer.email,
        "status": customer.status,
        "balance_points": customer.balance,
        "joined_at": "2026-03-01T10:00:00Z",
        "last_earn_at": "2026-03-10T12:00:00Z" if "EARN" in kinds else None,
        "last_redeem_at": "2026-03-10T12:00:00Z" if "REDEEM" in kinds else None,
        "last_seen_at": "2026-03-10T12:00:00Z",
    }


class KiriMelError(Exception):
    """An error answer in KiriMel's envelope, raised from anywhere inside a handler."""

    def __init__(
        self, status: int, code: str, message: str, details: dict[str, Any] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = details


def invalid(message: str) -> KiriMelError:
    return KiriMelError(400, "INVALID_PARAMETERS", message)


def points_field(form: dict[str, str], name: str = "points", *, most: int = 10**9) -> int:
    raw = form.get(name, "")
    if not _POSITIVE.match(raw) or int(raw) > most:
        raise invalid(f"{name} must be a positive integer up to {most}")
    return int(raw)


def decimal_field(form: dict[str, str], name: str, *, required: bool) -> Decimal | None:
    raw = form.get(name)
    if not raw:
        if required:
            raise invalid(f"{name} is required")
        return None
    try:
        value = Decimal(raw)
    except InvalidOperation:
        value = Decimal("NaN")
    if not value.is_finite() or value < 0:
        raise invalid(f"{name} must be a decimal, e.g. 25.50")
    return value


def date_field(form: dict[str, str], name: str) -> date | None:
    raw = form.get(name)
    if not raw:
        return None
    try:
        if _DATE.match(raw):
            return date.fromisoformat(raw)
    except ValueError:
        pass
    raise invalid(f"{name} must be YYYY-MM-DD")
