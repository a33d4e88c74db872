"""What the voucher service hands back: frozen dataclasses, never ORM rows."""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from loyaltydesk.services.dto import to_jsonable


@dataclass(frozen=True, slots=True)
class VoucherBatchSummary:
    """A line of the batch list. ``issued`` vouchers were made; ``available`` can still be used;
    ``expired`` were never used before the end date; ``void`` were cancelled."""

    batch_id: int
    name: str
    type: str
    value: Decimal | None
    description: str
    benefit: str
    currency: str
    quantity: int
    valid_from: datetime | None
    valid_until: datetime | None
    valid_from_date: date | None
    """``valid_from`` as the shop's calendar day; likewise ``valid_until_date``."""
    valid_until_date: date | None
    min_purchase: Decimal | None
    created_at: datetime
    voided_at: datetime | None
    void_reason: str
    issued: int
    redeemed: int
    void: int
    expired: int
    available: int
    codes_state: str = "LOCAL"
    """Whose codes the vouchers carry: LOCAL (made here); WAITING for the hosted service's
    (KiriMel makes a synced batch's codes; nothing prints until they come); READY (they came);
    REFUSED (the service refused the batch: a Sync problem)."""
    codes_from: str = ""
    """The service's name (``kirimel``) when it makes the codes."""


@dataclass(frozen=True, slots=True)
class CreatedBatch:
    batch: VoucherBatchSummary
    codes: tuple[str, ...]

    @property
    def batch_id(self) -> int:
        return self.batch.batch_id


@dataclass(frozen=True, slots=True)
class VoucherView:
    """What the counter shows for a scanned or typed voucher.

    ``status`` is what is stored (ISSUED, REDEEMED, VOID); ``state`` adds the dates (VALID,
    NOT_YET_VALID, EXPIRED, REDEEMED, VOID). The ``redeemed_*`` fields are set once redeemed.
    """

    voucher_id: int
    code: str
    batch_id: int
    batch_name: str
    type: str
    value: Decimal | None
    description: str
    benefit: str
    currency: str
    valid_from: datetime | None
    valid_until: datetime | None
    valid_from_date: date | None
    valid_until_date: date | None
    min_purchase: Decimal | None
    status: str
    state: str
    redeemed_at: datetime | None = None
    redeemed_till: str | None = None
    redeemed_by: str | None = None
    purchase_amount: Decimal | None = None
    discount: Decimal | None = None

    @property
    def is_usable(self) -> bool:
        return self.state == "VALID"


@dataclass(frozen=True, slots=True)
class VoucherQuote:
    """The discount a voucher would give on ``amount``, nothing recorded."""

    voucher: VoucherView
    amount: Decimal
    discount: Decimal
    amount_due: Decimal
    benefit: str


@dataclass(frozen=True, slots=True)
class VoucherRedemption:
    """A recorded redemption; ``replayed`` when the ref_code had been recorded before."""

    transaction_id: int
    ref_code: str
    voucher_id: int
    code_hint: str
    """The code's last four characters, e.g. "…7jK9"."""
    batch_id: int
    batch_name: str
    type: str
    benefit: str
    currency: str
    amount: Decimal
    discount: Decimal
    amount_due: Decimal
    redeemed_at: datetime
    till: str
    staff_id: int
    staff_name: str
    replayed: bool = False

    def to_json(self) -> str:
        return json.dumps(to_jsonable(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> VoucherRedemption:
        data: dict[str, Any] = json.loads(text)
        for key in ("amount", "discount", "amount_due"):
            data[key] = Decimal(data[key])
        data["redeemed_at"] = datetime.fromisoformat(data["redeemed_at"])
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass(frozen=True, slots=True)
class VoucherPrintItem:
    """One voucher to print; dates are the shop's calendar days."""

    code: str
    type: str
    value: Decimal | None
    benefit: str
    valid_from: date | None
    valid_until: date | None
    min_purchase: Decimal | None


@dataclass(frozen=True, slots=True)
class VoucherSheetData:
    shop_name: str
    currency: str
    batch_id: int
    batch_name: str
    vouchers: tuple[VoucherPrintItem, ...]


@dataclass(frozen=True, slots=True)
class MemberCardData:
    customer_id: str
    """The customer's uuid, as carried by the card's QR code."""
    name: str
    short_code: str


@dataclass(frozen=True, slots=True)
class MemberCardsData:
    shop_name: str
    cards: tuple[MemberCardData, ...]


@dataclass(frozen=True, slots=True)
class ExportResult:
    batch_id: int
    path: Path
    rows: int
