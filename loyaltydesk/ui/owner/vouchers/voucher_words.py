"""A voucher batch in the owner's words: its kind, value, validity and counts."""

from __future__ import annotations

from loyaltydesk.services.voucher_dto import VoucherBatchSummary
from loyaltydesk.ui.formatting import Formatter
from loyaltydesk.ui.translation import TranslationContext


class VoucherWords(TranslationContext):
    """Words describing voucher batches and their states."""


def kind_text(batch: VoucherBatchSummary) -> str:
    return {
        "PERCENT": VoucherWords.tr("Percent off"),
        "FIXED": VoucherWords.tr("Money off"),
        "BOGO": VoucherWords.tr("Buy one, get one"),
    }.get(batch.type, batch.type)


def value_text(batch: VoucherBatchSummary, fmt: Formatter) -> str:
    """ "10%", "RM5.00", or the offer for a buy-one-get-one batch."""
    if batch.value is None:
        return batch.benefit
    if batch.type == "PERCENT":
        return fmt.number(batch.value) + fmt.locale.percent()
    return fmt.money(batch.value)


def validity_text(batch: VoucherBatchSummary, fmt: Formatter) -> str:
    first, last = batch.valid_from_date, batch.valid_until_date
    if first and last:
        return (
            VoucherWords.tr("%1 – %2").replace("%1", fmt.date(first)).replace("%2", fmt.date(last))
        )
    if last:
        return VoucherWords.tr("until %1").replace("%1", fmt.date(last))
    if first:
        return VoucherWords.tr("from %1").replace("%1", fmt.date(first))
    return VoucherWords.tr("no end date")


def batch_terms(batch: VoucherBatchSummary, fmt: Formatter) -> str:
    """ "Percent off · 10% · valid 1 Mar 2026 – 31 Mar 2026 · minimum purchase RM20.00"."""
    parts = [kind_text(batch), value_text(batch, fmt)]
    if batch.valid_from_date or batch.valid_until_date:
        parts.append(VoucherWords.tr("valid %1").replace("%1", validity_text(batch, fmt)))
    else:
        parts.append(validity_text(batch, fmt))
    if batch.min_purchase is not None:
        parts.append(
            VoucherWords.tr("minimum purchase %1").replace("%1", fmt.money(batch.min_purchase))
        )
    if batch.voided_at is not None:
        parts.append(VoucherWords.tr("voided on %1").replace("%1", fmt.date(batch.voided_at)))
    return " · ".join(parts)


def counts_text(batch: VoucherBatchSummary, fmt: Formatter) -> str:
    n = fmt.points
    text = VoucherWords.tr(
        "Made: %1 · redeemed: %2 · void: %3 · expired: %4 · can still be used: %5"
    )
    for number, value in enumerate(
        (batch.issued, batch.redeemed, batch.void, batch.expired, batch.available), start=1
    ):
        text = text.replace(f"%{number}", n(value))
    return text
