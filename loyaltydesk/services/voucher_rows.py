"""Turning voucher rows into terms, views and files; shared by the voucher service's methods."""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from loyaltydesk.domain.csv_mapping import neutralise_cell
from loyaltydesk.domain.errors import ErrorCode, InvalidInputError, RefusedError
from loyaltydesk.domain.identifiers import clean_scanned_text
from loyaltydesk.domain.program import ShopSettings, shop_zone
from loyaltydesk.domain.qr_payload import PayloadKind, parse_payload, voucher_payload
from loyaltydesk.domain.shop_days import TICK, local_day_bounds
from loyaltydesk.domain.shop_days import local_date as shop_local_date
from loyaltydesk.domain.vouchers import (
    VoucherState,
    VoucherStatus,
    VoucherTerms,
    VoucherType,
    benefit_text,
    generate_code,
    normalise_code,
    voucher_state,
)
from loyaltydesk.services.customers import require_customer
from loyaltydesk.services.voucher_dto import (
    MemberCardData,
    MemberCardsData,
    VoucherBatchSummary,
    VoucherPrintItem,
    VoucherSheetData,
    VoucherView,
)
from loyaltydesk.store.models import Voucher, VoucherBatch
from loyaltydesk.store.unit_of_work import UnitOfWork

#: A spreadsheet runs a cell starting with one of these as a formula (CSV injection).
CSV_HEADER = (
    "batch_id",
    "batch_name",
    "code",
    "qr_payload",
    "state",
    "type",
    "value",
    "min_purchase",
    "valid_from",
    "valid_until",
    "redeemed_at",
    "redeemed_till",
)


def zone_of(settings: ShopSettings) -> ZoneInfo:
    return shop_zone(settings.profile.timezone)


def day_start(value: date | datetime | None, zone: ZoneInfo) -> datetime | None:
    """A date as the first instant of that day in the shop's zone (UTC); instants unchanged."""
    if value is None or isinstance(value, datetime):
        return _aware(value)
    return local_day_bounds(value, zone)[0]


def day_end(value: date | datetime | None, zone: ZoneInfo) -> datetime | None:
    """A date as the last instant of that day in the shop's zone (UTC); instants unchanged.

    A voucher's ``valid_until`` is inclusive (``domain.vouchers``), so this is one tick before
    the day's exclusive end from :func:`local_day_bounds`, never a second idea of a day."""
    if value is None or isinstance(value, datetime):
        return _aware(value)
    return local_day_bounds(value, zone)[1] - TICK


def local_date(moment: datetime | None, zone: ZoneInfo) -> date | None:
    return None if moment is None else shop_local_date(moment, zone)


def require_batch(uow: UnitOfWork, batch_id: int) -> VoucherBatch:
    batch = uow.vouchers.batch(batch_id) if isinstance(batch_id, int) else None
    if batch is None:
        raise RefusedError(
            f"There is no voucher batch {batch_id}.", code=ErrorCode.VOUCHER_NOT_FOUND
        )
    return batch


def fresh_codes(uow: UnitOfWork, count: int) -> list[str]:
    """``count`` new codes, distinct from each other and from every code already made."""
    codes: dict[str, None] = {}
    while len(codes) < count:
        wanted = {generate_code(): None for _ in range(count - len(codes))}
        taken = uow.vouchers.codes_taken(list(wanted))
        codes.update((c, None) for c in wanted if c not in taken)
    return list(codes)


def code_from_text(text: str) -> str | None:
    """The voucher code in a scanned QR payload or a typed code (spaces allowed), or None."""
    raw = clean_scanned_text(text)
    payload = parse_payload(raw)
    if payload is not None:
        return payload.value if payload.kind is PayloadKind.VOUCHER else None
    return normalise_code(raw)


def find_voucher(uow: UnitOfWork, text: str) -> tuple[Voucher, VoucherBatch]:
    code = code_from_text(text)
    found = uow.vouchers.by_code(code) if code is not None else None
    if found is None:
        raise RefusedError(
            "No voucher has that code. Check it and scan or type it again.",
            code=ErrorCode.VOUCHER_NOT_FOUND,
        )
    return found


def terms_of(batch: VoucherBatch) -> VoucherTerms:
    return VoucherTerms(
        type=VoucherType(batch.type),
        value=batch.value,
        valid_from=batch.valid_from,
        valid_until=batch.valid_until,
        min_purchase=batch.min_purchase,
        description=batch.description,
    )


def voucher_view(
    uow: UnitOfWork,
    voucher: Voucher,
    batch: VoucherBatch,
    settings: ShopSettings,
    now: datetime,
) -> VoucherView:
    terms = terms_of(batch)
    currency = settings.profile.currency
    return VoucherView(
        voucher_id=voucher.id,
        code=voucher.code,
        batch_id=batch.id,
        batch_name=batch.name,
        type=terms.type,
        value=terms.value,
        description=batch.description,
        benefit=benefit_text(terms, currency),
        currency=currency,
        valid_from=batch.valid_from,
        valid_until=batch.valid_until,
        valid_from_date=local_date(batch.valid_from, zone_of(settings)),
        valid_until_date=local_date(batch.valid_until, zone_of(settings)),
        min_purchase=batch.min_purchase,
        status=voucher.status,
        state=voucher_state(voucher.status, terms, now),
        redeemed_at=voucher.redeemed_at,
        redeemed_till=voucher.redeemed_till,
        redeemed_by=uow.vouchers.staff_name(voucher.redeemed_by_id),
        purchase_amount=voucher.purchase_amount,
        discount=voucher.discount,
    )


def already_redeemed(uow: UnitOfWork, voucher: Voucher, settings: ShopSettings) -> RefusedError:
    """VOUCHER_ALREADY_REDEEMED saying when (shop time), at which till and by whom."""
    by = uow.vouchers.staff_name(voucher.redeemed_by_id) or "someone"
    at = voucher.redeemed_at
    when = f"{at.astimezone(zone_of(settings)):%Y-%m-%d %H:%M}" if at else "earlier"
    return RefusedError(
        f"This voucher was already redeemed on {when} at {voucher.redeemed_till} by {by}.",
        code=ErrorCode.VOUCHER_ALREADY_REDEEMED,
        redeemed_at=at,
        redeemed_till=voucher.redeemed_till,
        redeemed_by=by,
    )


def batch_summary(
    batch: VoucherBatch,
    counts: Mapping[str, int],
    settings: ShopSettings,
    now: datetime,
) -> VoucherBatchSummary:
    terms = terms_of(batch)
    unused = counts.get(VoucherStatus.ISSUED, 0)
    past_end = voucher_state(VoucherStatus.ISSUED, terms, now) is VoucherState.EXPIRED
    return VoucherBatchSummary(
        batch_id=batch.id,
        name=batch.name,
        type=terms.type,
        value=terms.value,
        description=batch.description,
        benefit=benefit_text(terms, settings.profile.currency),
        currency=settings.profile.currency,
        quantity=batch.quantity,
        valid_from=batch.valid_from,
        valid_until=batch.valid_until,
        valid_from_date=local_date(batch.valid_from, zone_of(settings)),
        valid_until_date=local_date(batch.valid_until, zone_of(settings)),
        min_purchase=batch.min_purchase,
        created_at=batch.created_at,
        voided_at=batch.voided_at,
        void_reason=batch.void_reason,
        issued=sum(counts.values()),
        redeemed=counts.get(VoucherStatus.REDEEMED, 0),
        void=counts.get(VoucherStatus.VOID, 0),
        expired=unused if past_end else 0,
        available=0 if past_end else unused,
    )


def print_item(voucher: Voucher, batch: VoucherBatch, settings: ShopSettings) -> VoucherPrintItem:
    zone = zone_of(settings)
    terms = terms_of(batch)
    return VoucherPrintItem(
        code=voucher.code,
        type=terms.type,
        value=terms.value,
        benefit=benefit_text(terms, settings.profile.currency),
        valid_from=local_date(batch.valid_from, zone),
        valid_until=local_date(batch.valid_until, zone),
        min_purchase=batch.min_purchase,
    )


def sheet_data(uow: UnitOfWork, batch: VoucherBatch, settings: ShopSettings) -> VoucherSheetData:
    """A batch's unused vouchers, ready for the printing layer (VOUCHER_NOT_FOUND if none)."""
    issued = uow.vouchers.of_batch(batch.id, status=VoucherStatus.ISSUED)
    if not issued:
        raise RefusedError(
            "This batch has no unused vouchers to print.", code=ErrorCode.VOUCHER_NOT_FOUND
        )
    return VoucherSheetData(
        shop_name=settings.profile.name,
        currency=settings.profile.currency,
        batch_id=batch.id,
        batch_name=batch.name,
        vouchers=tuple(print_item(v, batch, settings) for v in issued),
    )


def cards_data(
    uow: UnitOfWork, settings: ShopSettings, identifiers: Sequence[str], all_customers: bool
) -> MemberCardsData:
    """The member cards to print: for the customers ``identifiers`` name, or all current ones."""
    if all_customers:
        found = list(uow.vouchers.card_holders())
    else:
        found = [require_customer(uow, settings, text) for text in identifiers]
    unique = {c.id: c for c in found if c.erased_at is None}
    cards = tuple(MemberCardData(str(c.uuid), c.name, c.short_code) for c in unique.values())
    return MemberCardsData(shop_name=settings.profile.name, cards=cards)


def neutralise(cell: object) -> str:
    """A cell a spreadsheet shows as text, never runs as a formula."""
    return neutralise_cell("" if cell is None else str(cell))


def write_batch_csv(
    path: Path,
    batch: VoucherBatch,
    vouchers: Sequence[Voucher],
    settings: ShopSettings,
    now: datetime,
) -> int:
    """Write the file next to ``path`` and move it into place, so a failure leaves no half file."""
    zone = zone_of(settings)
    terms = terms_of(batch)
    rows = [
        (
            batch.id,
            batch.name,
            v.code,
            voucher_payload(v.code),
            voucher_state(v.status, terms, now),
            batch.type,
            batch.value,
            batch.min_purchase,
            local_date(batch.valid_from, zone),
            local_date(batch.valid_until, zone),
            v.redeemed_at.astimezone(zone).isoformat(timespec="minutes") if v.redeemed_at else "",
            v.redeemed_till,
        )
        for v in vouchers
    ]
    try:
        handle, temp = tempfile.mkstemp(prefix=".vouchers-", suffix=".csv", dir=path.parent)
    except OSError as exc:
        raise _unwritable() from exc
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(CSV_HEADER)
            writer.writerows([neutralise(cell) for cell in row] for row in rows)
        os.replace(temp, path)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise _unwritable() from exc
    return len(rows)


def _unwritable() -> InvalidInputError:
    return InvalidInputError(
        "That file cannot be written. Choose another folder or name.", code=ErrorCode.INVALID_INPUT
    )


def _aware(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    if moment.tzinfo is None:
        raise InvalidInputError(
            "Voucher times must carry a timezone.", code=ErrorCode.INVALID_VOUCHER
        )
    return moment.astimezone(UTC)
