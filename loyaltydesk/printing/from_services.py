"""From the voucher service's plain data to printable labels, and PDFs for the command line."""

from __future__ import annotations

import os
import uuid
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QGuiApplication

from loyaltydesk.printing.labels import (
    CustomValue,
    MemberCardLabel,
    MoneyOff,
    PercentOff,
    VoucherLabel,
    VoucherValue,
)
from loyaltydesk.printing.member_cards import write_cards_pdf
from loyaltydesk.printing.options import CardOptions, CardPaper, PageSize, SheetOptions
from loyaltydesk.printing.sheet import Cancelled, PrintError, Progress, RenderOutcome
from loyaltydesk.printing.voucher_sheet import write_voucher_pdf
from loyaltydesk.services.voucher_dto import MemberCardsData, VoucherPrintItem, VoucherSheetData

#: Symbols printed for common shop currencies; any other prints its ISO code.
CURRENCY_SYMBOLS = {
    "AUD": "A$", "CNY": "¥", "EUR": "€", "GBP": "£", "HKD": "HK$", "IDR": "Rp", "INR": "₹",
    "JPY": "¥", "MYR": "RM", "PHP": "₱", "SGD": "S$", "THB": "฿", "USD": "$", "VND": "₫",
}  # fmt: skip

_app: QGuiApplication | None = None
"""The application this module made, kept referenced so Python does not collect it."""


def ensure_gui_application() -> QGuiApplication:
    """The running QGuiApplication, or a new one (painting text needs fonts).

    A new one uses the ``offscreen`` platform unless QT_QPA_PLATFORM says otherwise, so a
    command run over SSH or in a service writes PDFs without a display.
    """
    global _app
    existing = QCoreApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if existing is not None:
        raise PrintError("a non-GUI Qt application is running; printing needs QGuiApplication")
    argv = ["loyaltydesk"]
    if not os.environ.get("QT_QPA_PLATFORM"):
        argv += ["-platform", "offscreen"]
    _app = QGuiApplication(argv)
    return _app


def currency_symbol(currency: str) -> str:
    code = currency.upper()
    return CURRENCY_SYMBOLS.get(code, f"{code} ")


def voucher_value(item: VoucherPrintItem, currency: str) -> VoucherValue:
    """PERCENT -> "10% off", FIXED -> "RM5.00 off", BOGO -> the offer in the owner's words."""
    if item.type == "PERCENT" and item.value is not None and _is_whole(item.value):
        return PercentOff(int(item.value))
    if item.type == "FIXED" and item.value is not None:
        return MoneyOff(item.value, currency_symbol(currency))
    return CustomValue(item.benefit)


def voucher_conditions(item: VoucherPrintItem, currency: str, locale: QLocale) -> str:
    if item.min_purchase is None:
        return ""
    amount = locale.toCurrencyString(float(item.min_purchase), currency_symbol(currency))
    return QCoreApplication.translate("VoucherSheet", "Minimum purchase {amount}").format(
        amount=amount
    )


def voucher_labels(data: VoucherSheetData, locale: QLocale | None = None) -> list[VoucherLabel]:
    locale = locale or QLocale()
    return [
        VoucherLabel(
            code=item.code,
            value=voucher_value(item, data.currency),
            valid_from=item.valid_from,
            valid_until=item.valid_until,
            conditions=voucher_conditions(item, data.currency, locale),
        )
        for item in data.vouchers
    ]


def member_card_labels(data: MemberCardsData) -> list[MemberCardLabel]:
    return [MemberCardLabel(uuid.UUID(c.customer_id), c.name, c.short_code) for c in data.cards]


def write_voucher_sheet(
    data: VoucherSheetData,
    path: Path,
    *,
    page_size: PageSize = PageSize.A4,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> RenderOutcome:
    """A PDF sheet of the batch's vouchers (creates the Qt application if needed)."""
    ensure_gui_application()
    options = SheetOptions(shop_name=data.shop_name, page_size=page_size)
    labels = voucher_labels(data, options.locale)
    return write_voucher_pdf(Path(path), labels, options, progress, cancelled)


def write_member_cards(
    data: MemberCardsData,
    path: Path,
    *,
    paper: CardPaper = CardPaper.A4,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> RenderOutcome:
    """A PDF of member cards (creates the Qt application if needed)."""
    ensure_gui_application()
    options = CardOptions(shop_name=data.shop_name, paper=paper)
    return write_cards_pdf(Path(path), member_card_labels(data), options, progress, cancelled)


def _is_whole(value: Decimal | None) -> bool:
    return value is not None and value == value.to_integral()
