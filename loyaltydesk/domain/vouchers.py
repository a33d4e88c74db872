"""Vouchers: unguessable codes, the terms of a batch, and whether (and how much) one applies.

A voucher's ``valid_from``/``valid_until`` are aware UTC instants, both inclusive; the service turns
a calendar date into the start/end of that day in the shop's timezone.
"""

from __future__ import annotations

import re
import secrets
import string
from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation
from enum import StrEnum

from loyaltydesk.domain.errors import ErrorCode, InvalidInputError, RefusedError
from loyaltydesk.domain.money import minor_units, parse_amount

BASE62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
CODE_LENGTH = 12
MAX_QUANTITY = 1000
MAX_NAME = 80
MAX_DESCRIPTION = 200
BOGO_BENEFIT = "Buy one, get one free"

_CODE = re.compile(r"^[0-9A-Za-z]{12}$")
_SERVICE_CODE = re.compile(r"^[0-9A-Za-z_]{12,40}$")
"""A hosted service's own voucher code (KiriMel makes a synced batch's codes)."""
_SEPARATORS = re.compile(r"[ \-]")
_PERCENT = re.compile(r"^[0-9]{1,3}(\.[0-9]{1,2})?$")


class VoucherType(StrEnum):
    PERCENT = "PERCENT"
    FIXED = "FIXED"
    BOGO = "BOGO"


class VoucherStatus(StrEnum):
    """What is stored on a voucher row."""

    ISSUED = "ISSUED"
    REDEEMED = "REDEEMED"
    VOID = "VOID"


class VoucherState(StrEnum):
    """What a cashier is told: the stored status with dates applied."""

    VALID = "VALID"
    NOT_YET_VALID = "NOT_YET_VALID"
    EXPIRED = "EXPIRED"
    REDEEMED = "REDEEMED"
    VOID = "VOID"


@dataclass(frozen=True, slots=True)
class VoucherTerms:
    """What every voucher of a batch is worth and when."""

    type: VoucherType
    value: Decimal | None
    """Percent off (PERCENT) or money off (FIXED); None for BOGO."""
    valid_from: datetime | None = None
    valid_until: datetime | None = None
    min_purchase: Decimal | None = None
    description: str = ""


@dataclass(frozen=True, slots=True)
class Discount:
    """What a voucher takes off a purchase."""

    amount: Decimal
    discount: Decimal
    amount_due: Decimal
    benefit: str
    """In words: "10% off", "5.00 off", or the BOGO description."""


# -- codes ----------------------------------------------------------------------------------------


def generate_code() -> str:
    """12 base62 characters from ``secrets``, with at least one digit and one letter so a typed
    code is never mistaken for a name or a number (about 71 bits of entropy)."""
    while True:
        code = "".join(secrets.choice(BASE62) for _ in range(CODE_LENGTH))
        if any(ch.isdigit() for ch in code) and any(ch.isalpha() for ch in code):
            return code


def normalise_code(text: str) -> str | None:
    """The code in a typed text ("aB3d E5gH 7jK9" as printed) or None; case is kept."""
    compact = _SEPARATORS.sub("", text.strip())
    return compact if _CODE.match(compact) or _SERVICE_CODE.match(compact) else None


def mask_code(code: str) -> str:
    """Enough of a code to tell vouchers apart in logs and audit without making it usable."""
    return f"…{code[-4:]}"


# -- terms ----------------------------------------------------------------------------------------


def parse_voucher_type(value: str | VoucherType) -> VoucherType:
    try:
        return VoucherType(str(value).strip().upper())
    except ValueError:
        raise _invalid("The voucher type is PERCENT, FIXED or BOGO.") from None


def build_terms(
    *,
    voucher_type: VoucherType | str,
    value: Decimal | str | int | None,
    currency: str,
    valid_from: datetime | None = None,
    valid_until: datetime | None = None,
    min_purchase: Decimal | str | int | None = None,
    description: str = "",
) -> VoucherTerms:
    """Checked terms for a new batch, or INVALID_VOUCHER / INVALID_AMOUNT saying what is wrong."""
    kind = parse_voucher_type(voucher_type)
    amount: Decimal | None
    if kind is VoucherType.PERCENT:
        amount = _percent(value)
    elif kind is VoucherType.FIXED:
        if value is None:
            raise _invalid("A FIXED voucher needs the amount it takes off.")
        amount = parse_amount(value, currency=currency)
    else:
        if value is not None and _is_nonzero(value):
            raise _invalid("A BOGO voucher has no value; describe the offer instead.")
        amount = None
    for moment in (valid_from, valid_until):
        if moment is not None and moment.tzinfo is None:
            raise _invalid("Voucher dates must carry a timezone.")
    if valid_from is not None and valid_until is not None and valid_until < valid_from:
        raise _invalid("A voucher cannot end before it starts.")
    minimum = None if min_purchase is None else parse_amount(min_purchase, currency=currency)
    text = " ".join((description or "").split())
    if len(text) > MAX_DESCRIPTION or any(not ch.isprintable() for ch in text):
        raise _invalid(f"A description is at most {MAX_DESCRIPTION} printable characters.")
    return VoucherTerms(kind, amount, valid_from, valid_until, minimum, text)


def check_quantity(quantity: int) -> int:
    if isinstance(quantity, bool) or not isinstance(quantity, int):
        raise _invalid(f"Make 1 to {MAX_QUANTITY} vouchers at a time.")
    if not 1 <= quantity <= MAX_QUANTITY:
        raise _invalid(f"Make 1 to {MAX_QUANTITY} vouchers at a time.")
    return quantity


def check_batch_name(name: str) -> str:
    text = " ".join((name or "").split())
    if not text or len(text) > MAX_NAME or any(not ch.isprintable() for ch in text):
        raise _invalid(f"A batch needs a name of 1 to {MAX_NAME} printable characters.")
    return text


def benefit_text(terms: VoucherTerms, currency: str) -> str:
    """The offer in plain words, as a cashier reads it out."""
    if terms.type is VoucherType.PERCENT:
        return f"{_plain(terms.value)}% off"
    if terms.type is VoucherType.FIXED and terms.value is not None:
        return f"{currency} {terms.value.quantize(_quantum(currency))} off"
    return terms.description or BOGO_BENEFIT


# -- validity and discount ------------------------------------------------------------------------


def voucher_state(status: VoucherStatus | str, terms: VoucherTerms, now: datetime) -> VoucherState:
    """Redeemed and void win over dates; then not yet valid, expired, valid."""
    stored = VoucherStatus(status)
    if stored is VoucherStatus.REDEEMED:
        return VoucherState.REDEEMED
    if stored is VoucherStatus.VOID:
        return VoucherState.VOID
    if terms.valid_from is not None and now < terms.valid_from:
        return VoucherState.NOT_YET_VALID
    if terms.valid_until is not None and now > terms.valid_until:
        return VoucherState.EXPIRED
    return VoucherState.VALID


def compute_discount(terms: VoucherTerms, amount: Decimal, currency: str) -> Discount:
    """PERCENT of the amount (half-even to the minor unit), FIXED capped at the amount, BOGO as
    a described benefit worth no money here (the till prices the free item)."""
    quantum = _quantum(currency)
    if terms.type is VoucherType.PERCENT:
        assert terms.value is not None
        off = (amount * terms.value / 100).quantize(quantum, rounding=ROUND_HALF_EVEN)
    elif terms.type is VoucherType.FIXED:
        assert terms.value is not None
        off = min(terms.value, amount)
    else:
        off = Decimal(0)
    off = min(off, amount).quantize(quantum)
    due = (amount - off).quantize(quantum)
    return Discount(amount.quantize(quantum), off, due, benefit_text(terms, currency))


def check_redemption(
    status: VoucherStatus | str,
    terms: VoucherTerms,
    *,
    now: datetime,
    amount: Decimal,
    currency: str,
) -> Discount:
    """The discount if the voucher applies to a purchase of ``amount`` now; otherwise a
    RefusedError whose code says why (redeemed and void details are added by the service)."""
    state = voucher_state(status, terms, now)
    if state is VoucherState.REDEEMED:
        raise RefusedError(
            "This voucher was already redeemed.", code=ErrorCode.VOUCHER_ALREADY_REDEEMED
        )
    if state is VoucherState.VOID:
        raise RefusedError("This voucher was cancelled.", code=ErrorCode.VOUCHER_VOID)
    if state is VoucherState.NOT_YET_VALID:
        raise RefusedError(
            "This voucher is not valid yet.",
            code=ErrorCode.VOUCHER_NOT_YET_VALID,
            valid_from=terms.valid_from,
        )
    if state is VoucherState.EXPIRED:
        raise RefusedError(
            "This voucher has expired.",
            code=ErrorCode.VOUCHER_EXPIRED,
            valid_until=terms.valid_until,
        )
    if terms.min_purchase is not None and amount < terms.min_purchase:
        raise RefusedError(
            f"This voucher needs a purchase of at least {currency} {terms.min_purchase}.",
            code=ErrorCode.MIN_PURCHASE_NOT_MET,
            min_purchase=terms.min_purchase,
        )
    return compute_discount(terms, amount, currency)


def _percent(value: Decimal | str | int | None) -> Decimal:
    message = "A PERCENT voucher takes off more than 0 and at most 100 percent (2 decimals)."
    if value is None or isinstance(value, bool):
        raise _invalid(message)
    try:
        percent = Decimal(value.strip() if isinstance(value, str) else value)
    except (InvalidOperation, TypeError, ValueError):
        raise _invalid(message) from None
    if not percent.is_finite() or not _PERCENT.match(format(percent, "f")):
        raise _invalid(message)
    if not 0 < percent <= 100:
        raise _invalid(message)
    return percent


def _is_nonzero(value: Decimal | str | int) -> bool:
    try:
        number = Decimal(value.strip() if isinstance(value, str) else value)
    except (InvalidOperation, TypeError, ValueError):
        return True
    return not number.is_finite() or number != 0


def _plain(value: Decimal | None) -> str:
    """10.00 -> "10", 12.50 -> "12.5"."""
    if value is None:
        return ""
    return format(value.normalize(), "f")


def _quantum(currency: str) -> Decimal:
    return Decimal(1).scaleb(-minor_units(currency))


def _invalid(message: str) -> InvalidInputError:
    return InvalidInputError(message, code=ErrorCode.INVALID_VOUCHER)
