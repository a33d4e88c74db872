"""Member cards at CR80 size (85.60 x 53.98 mm): one per card-sized page, or sheets to cut.

Each card shows the shop (logo and name), the member's name (shrunk, then elided), the short
code in large monospaced type for typing at the till, and the member QR code on the right.
A ``QGuiApplication`` must exist (fonts); rendering may run in a worker thread.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSizeF
from PySide6.QtGui import QColor, QImage, QPagedPaintDevice, QPageLayout, QPageSize

from loyaltydesk.printing.canvas import Canvas, TextStyle, load_logo
from loyaltydesk.printing.labels import MemberCardLabel
from loyaltydesk.printing.options import CardOptions, CardPaper, PageSize
from loyaltydesk.printing.pdf import write_pdf
from loyaltydesk.printing.qr import draw_qr
from loyaltydesk.printing.sheet import (
    Cancelled,
    Grid,
    Progress,
    RenderOutcome,
    draw_cut_guides,
    draw_page_number,
    full_page_layout,
    page_size_mm,
    paint_pages,
    standard_page,
)

CARD_WIDTH_MM = 85.60
CARD_HEIGHT_MM = 53.98
_PAD_MM = 4.0
_QR_EDGE_MM = 2.0
"""The QR's quiet zone is its margin; this keeps it off the card's rounded corners."""
_QR_MAX_MM = 38.0
_LINE_MM_PER_PT = 25.4 / 72 * 1.2

SHOP = TextStyle(10.0, 7.0, bold=True, max_lines=2)
NAME = TextStyle(11.0, 8.0, max_lines=2)
CAPTION = TextStyle(6.5, 5.5, color=QColor(90, 90, 90))
SHORT_CODE = TextStyle(18.0, 10.0, bold=True, mono=True)


def card_page_layout(options: CardOptions) -> QPageLayout:
    if options.paper is CardPaper.CARD:
        size = QPageSize(
            QSizeF(CARD_WIDTH_MM, CARD_HEIGHT_MM),
            QPageSize.Unit.Millimeter,
            "CR80",
            QPageSize.SizeMatchPolicy.ExactMatch,
        )
        return full_page_layout(size)
    return full_page_layout(standard_page(PageSize(options.paper.value)))


def card_grid(options: CardOptions) -> Grid:
    """As many cards as fit inside the margins, the block centred on the page."""
    page = page_size_mm(card_page_layout(options))
    if options.paper is CardPaper.CARD:
        return Grid(0.0, 0.0, CARD_WIDTH_MM, CARD_HEIGHT_MM, columns=1, rows=1)
    usable_w = page.width() - 2 * options.margin_mm
    usable_h = page.height() - 2 * options.margin_mm
    columns = max(math.floor(usable_w / CARD_WIDTH_MM), 1)
    rows = max(math.floor(usable_h / CARD_HEIGHT_MM), 1)
    return Grid(
        left=(page.width() - columns * CARD_WIDTH_MM) / 2,
        top=(page.height() - rows * CARD_HEIGHT_MM) / 2,
        cell_width=CARD_WIDTH_MM,
        cell_height=CARD_HEIGHT_MM,
        columns=columns,
        rows=rows,
    )


def card_qr_rect() -> QRectF:
    """The QR square on a card (quiet zone included), in mm from the card's corner."""
    side = min(CARD_HEIGHT_MM - 2 * _QR_EDGE_MM, _QR_MAX_MM)
    return QRectF(CARD_WIDTH_MM - _QR_EDGE_MM - side, (CARD_HEIGHT_MM - side) / 2, side, side)


def card_text_rect() -> QRectF:
    """The text column left of the QR code, in mm from the card's corner."""
    return QRectF(_PAD_MM, _PAD_MM, card_qr_rect().left() - _PAD_MM, CARD_HEIGHT_MM - 2 * _PAD_MM)


def render_member_cards(
    device: QPagedPaintDevice,
    labels: Sequence[MemberCardLabel],
    options: CardOptions,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> RenderOutcome:
    """Paint ``labels`` onto a QPdfWriter or QPrinter; sets the device's page layout."""
    layout = card_page_layout(options)
    page = page_size_mm(layout)
    grid = card_grid(options)
    logo = load_logo(options.logo_path)
    sheet = options.paper is not CardPaper.CARD

    def paint_page(
        canvas: Canvas, index: int, pages: int, chunk: Sequence[MemberCardLabel]
    ) -> None:
        for cell, label in enumerate(chunk):
            origin = grid.cell(cell).topLeft()
            _paint_card(canvas, origin.x(), origin.y(), label, options.shop_name, logo)
        if sheet and options.cut_guides:
            draw_cut_guides(canvas, grid, len(chunk))
        if sheet:
            draw_page_number(canvas, page, grid.top, index + 1, pages, options.locale)

    return paint_pages(
        device, layout, labels, grid.per_page, paint_page, progress=progress, cancelled=cancelled
    )


def write_cards_pdf(
    path: Path,
    labels: Sequence[MemberCardLabel],
    options: CardOptions,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> RenderOutcome:
    """Save member cards as PDF; a cancelled or failed run leaves ``path`` untouched."""
    title = QCoreApplication.translate("MemberCard", "Member cards – {shop}").format(
        shop=options.shop_name
    )
    return write_pdf(
        path,
        title,
        lambda writer: render_member_cards(writer, labels, options, progress, cancelled),
    )


def _paint_card(
    canvas: Canvas, x: float, y: float, label: MemberCardLabel, shop: str, logo: QImage | None
) -> None:
    text = canvas.px(card_text_rect().translated(x, y))
    shop_h = canvas.mm(2 * SHOP.points * _LINE_MM_PER_PT)
    shop_rect = QRectF(text.left(), text.top(), text.width(), shop_h)
    if logo is not None:
        logo_h = canvas.mm(10.0)
        canvas.draw_image(QRectF(text.left(), text.top(), text.width(), logo_h), logo)
        shop_rect.translate(0, logo_h + canvas.mm(1.5))
    top = shop_rect.top() + canvas.draw_styled(shop_rect, shop, SHOP) + canvas.mm(1.5)

    code_h = canvas.mm(SHORT_CODE.points * _LINE_MM_PER_PT)
    caption_h = canvas.mm(CAPTION.points * _LINE_MM_PER_PT)
    code_rect = QRectF(text.left(), text.bottom() - code_h, text.width(), code_h)
    caption_rect = QRectF(text.left(), code_rect.top() - caption_h, text.width(), caption_h)
    name_rect = QRectF(text.left(), top, text.width(), max(caption_rect.top() - top, 0.0))
    canvas.draw_styled(name_rect, label.name, NAME)
    caption = QCoreApplication.translate("MemberCard", "Member code")
    canvas.draw_styled(caption_rect, caption, CAPTION)
    canvas.draw_styled(code_rect, label.short_code, SHORT_CODE)

    draw_qr(canvas.painter, canvas.px(card_qr_rect().translated(x, y)), label.payload)
