"""Printing vouchers and member cards: PDF files, system printers and print previews.

Services build ``VoucherLabel``/``MemberCardLabel`` values and options, then call
``write_voucher_pdf``/``write_cards_pdf`` (save as PDF) or ``render_voucher_sheet``/
``render_member_cards`` on a ``QPrinter``. A ``QGuiApplication`` must exist; rendering may run in
a worker thread with ``progress`` and ``cancelled`` callbacks.
"""

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
