"""Printing vouchers and member cards: PDF files, system printers and print previews.

Services build ``VoucherLabel``/``MemberCardLabel`` values and options, then call
``write_voucher_pdf``/``write_cards_pdf`` (save as PDF) or ``render_voucher_sheet``/
``render_member_cards`` on a ``QPrinter``. A ``QGuiApplication`` must exist; rendering may run in
a worker thread with ``progress`` and ``cancelled`` callbacks.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from loyaltydesk.printing.labels import (
        CustomValue,
        FreeItem,
        MemberCardLabel,
        MoneyOff,
        PercentOff,
        VoucherLabel,
        VoucherValue,
    )
    from loyaltydesk.printing.member_cards import (
        card_page_layout,
        render_member_cards,
        write_cards_pdf,
    )
    from loyaltydesk.printing.options import CardOptions, CardPaper, PageSize, SheetOptions
    from loyaltydesk.printing.qr import ErrorCorrection, draw_qr, encode_qr
    from loyaltydesk.printing.sheet import Cancelled, PrintError, Progress, RenderOutcome
    from loyaltydesk.printing.voucher_sheet import (
        page_count,
        render_voucher_sheet,
        voucher_page_layout,
        write_voucher_pdf,
    )

_HOMES = {
    "labels": (
        "CustomValue",
        "FreeItem",
        "MemberCardLabel",
        "MoneyOff",
        "PercentOff",
        "VoucherLabel",
        "VoucherValue",
    ),
    "member_cards": ("card_page_layout", "render_member_cards", "write_cards_pdf"),
    "options": ("CardOptions", "CardPaper", "PageSize", "SheetOptions"),
    "qr": ("ErrorCorrection", "draw_qr", "encode_qr"),
    "sheet": ("Cancelled", "PrintError", "Progress", "RenderOutcome"),
    "voucher_sheet": (
        "page_count",
        "render_voucher_sheet",
        "voucher_page_layout",
        "write_voucher_pdf",
    ),
}
_MODULE_OF = {name: module for module, names in _HOMES.items() for name in names}


def __getattr__(name: str) -> Any:
    """The package's names load their module on first use (QtPrintSupport, qrcode and the
    sheet layouts are not needed before something is printed)."""
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "Cancelled",
    "CardOptions",
    "CardPaper",
    "CustomValue",
    "ErrorCorrection",
    "FreeItem",
    "MemberCardLabel",
    "MoneyOff",
    "PageSize",
    "PercentOff",
    "PrintError",
    "Progress",
    "RenderOutcome",
    "SheetOptions",
    "VoucherLabel",
    "VoucherValue",
    "card_page_layout",
    "draw_qr",
    "encode_qr",
    "page_count",
    "render_member_cards",
    "render_voucher_sheet",
    "voucher_page_layout",
    "write_cards_pdf",
    "write_voucher_pdf",
]
