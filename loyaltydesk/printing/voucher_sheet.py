"""Sheets of voucher QR codes on A4 or Letter, for a PDF file or a printer.

Each cell holds the shop name (and logo), the value, the validity, the owner's conditions, the
QR code and the code in grouped, monospaced text. A ``QGuiApplication`` must exist (fonts);
rendering may run in a worker thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QColor, QImage, QPagedPaintDevice, QPageLayout

from loyaltydesk.printing.canvas import Align, Canvas, TextStyle, load_logo
from loyaltydesk.printing.labels import VoucherLabel
from loyaltydesk.printing.options import SheetOptions
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
from loyaltydesk.printing.voucher_text import grouped_code, validity_text, value_text

MM_PER_PT = 25.4 / 72
_LINE = 1.2
"""Line height as a multiple of the font size."""
_CUT_TOLERANCE_MM = 1.0
"""The QR's own quiet zone is its margin; this keeps it clear of a slightly crooked cut."""
_MAX_QR_MM = 36.0
"""At a text scale of 1; larger cells get larger codes."""
_MIN_QR_MM = 33 * 0.5
"""A version-2 code (our payloads) with quiet zone at 0.5 mm a module: texts keep their room."""
_SMALLEST_QR_MM = 33 * 0.4
"""Below 0.5 mm the code shrinks to 0.4 mm a module before the texts are squeezed."""


SHOP = TextStyle(8.0, 6.0, bold=True, max_lines=2)
VALUE = TextStyle(15.0, 8.0, bold=True, max_lines=2)
VALIDITY = TextStyle(7.5, 6.0, max_lines=2)
CONDITIONS = TextStyle(6.0, 5.0, max_lines=3, color=QColor(70, 70, 70))
CODE = TextStyle(9.5, 6.5, bold=True, mono=True)


@dataclass(frozen=True, slots=True)
class Typography:
    """Text sizes scaled to the cell (x0.8 for small cells up to x1.5 for large ones)."""

    scale: float

    def line_mm(self, style: TextStyle) -> float:
        return style.points * self.scale * MM_PER_PT * _LINE

    @property
    def gap_mm(self) -> float:
        return 0.8 * self.scale


@dataclass(frozen=True, slots=True)
class CellGeometry:
    """Regions of one voucher cell, in millimetres from the cell's top-left corner."""

    header: QRectF
    qr: QRectF
    footer: QRectF
    landscape: bool
    typography: Typography


def cell_geometry(width: float, height: float, *, conditions: bool) -> CellGeometry:
    """Split a ``width`` x ``height`` mm cell into header text, QR square and footer text.

    Wide cells put the QR on the right and the texts in a column on its left; tall cells
    stack header, QR and footer. The QR keeps >= 0.5 mm modules whenever the cell allows.
    """
    type_ = Typography(min(max(min(width / 63.0, height / 35.0), 0.8), 1.5))
    pad = min(max(min(width, height) * 0.08, 2.0), 5.0)
    edge = _CUT_TOLERANCE_MM
    code_h = type_.line_mm(CODE)
    if width >= 1.25 * height:
        side = min(height - 2 * edge, _MAX_QR_MM * type_.scale, max(width * 0.45, _MIN_QR_MM))
        qr = QRectF(width - edge - side, (height - side) / 2, side, side)
        text_w = qr.left() - pad
        header = QRectF(pad, pad, text_w, height - 2 * pad - code_h)
        footer = QRectF(pad, height - pad - code_h, text_w, code_h)
        return CellGeometry(header, qr, footer, landscape=True, typography=type_)
    header_h = (
        type_.line_mm(SHOP) + 1.6 * type_.line_mm(VALUE) + type_.line_mm(VALIDITY) + type_.gap_mm
    )
    footer_h = code_h + (2 * type_.line_mm(CONDITIONS) if conditions else 0.0)
    room = height - 2 * pad - header_h - footer_h
    side = min(width - 2 * edge, _MAX_QR_MM * type_.scale, room)
    if side < _MIN_QR_MM:
        side = min(width - 2 * edge, height - 2 * pad, max(room, _SMALLEST_QR_MM))
        squeeze = max(height - 2 * pad - side, 0.0) / (header_h + footer_h)
        header_h, footer_h, room = header_h * squeeze, footer_h * squeeze, side
    header = QRectF(pad, pad, width - 2 * pad, header_h)
    qr = QRectF((width - side) / 2, pad + header_h + (room - side) / 2, side, side)
    footer = QRectF(pad, height - pad - footer_h, width - 2 * pad, footer_h)
    return CellGeometry(header, qr, footer, landscape=False, typography=type_)


def voucher_page_layout(options: SheetOptions) -> QPageLayout:
    return full_page_layout(standard_page(options.page_size))


def sheet_grid(options: SheetOptions) -> Grid:
    page = page_size_mm(voucher_page_layout(options))
    margin = options.margin_mm
    return Grid(
        left=margin,
        top=margin,
        cell_width=(page.width() - 2 * margin) / options.columns,
        cell_height=(page.height() - 2 * margin) / options.rows,
        columns=options.columns,
        rows=options.rows,
    )


def page_count(voucher_count: int, options: SheetOptions) -> int:
    return -(-voucher_count // options.per_page)


def render_voucher_sheet(
    device: QPagedPaintDevice,
    labels: Sequence[VoucherLabel],
    options: SheetOptions,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> RenderOutcome:
    """Paint ``labels`` onto a QPdfWriter or QPrinter; sets the device's page layout."""
    layout = voucher_page_layout(options)
    page = page_size_mm(layout)
    grid = sheet_grid(options)
    logo = load_logo(options.logo_path)
    conditions = any(label.conditions for label in labels)
    geometry = cell_geometry(grid.cell_width, grid.cell_height, conditions=conditions)

    def paint_page(canvas: Canvas, index: int, pages: int, chunk: Sequence[VoucherLabel]) -> None:
        for cell, label in enumerate(chunk):
            origin = grid.cell(cell).topLeft()
            _paint_voucher(canvas, geometry, origin.x(), origin.y(), label, options, logo)
        if options.cut_guides:
            draw_cut_guides(canvas, grid, len(chunk))
        draw_page_number(canvas, page, options.margin_mm, index + 1, pages, options.locale)

    return paint_pages(
        device, layout, labels, grid.per_page, paint_page, progress=progress, cancelled=cancelled
    )


def write_voucher_pdf(
    path: Path,
    labels: Sequence[VoucherLabel],
    options: SheetOptions,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> RenderOutcome:
    """Save a voucher sheet as PDF; a cancelled or failed run leaves ``path`` untouched."""
    title = QCoreApplication.translate("VoucherSheet", "Vouchers – {shop}").format(
        shop=options.shop_name
    )
    return write_pdf(
        path,
        title,
        lambda writer: render_voucher_sheet(writer, labels, options, progress, cancelled),
    )


def _paint_voucher(
    canvas: Canvas,
    geometry: CellGeometry,
    x: float,
    y: float,
    label: VoucherLabel,
    options: SheetOptions,
    logo: QImage | None,
) -> None:
    type_ = geometry.typography
    header = canvas.px(geometry.header.translated(x, y))
    footer = canvas.px(geometry.footer.translated(x, y))
    align = Align.LEFT if geometry.landscape else Align.CENTER
    gap = canvas.mm(type_.gap_mm)

    def draw(
        rect: QRectF, text: str, style: TextStyle, *, lines: int = 0, middle: bool = False
    ) -> float:
        return canvas.draw_styled(
            rect, text, style, scale=type_.scale, align=align, max_lines=lines, middle=middle
        )

    def below(top: float, bottom: float = header.bottom()) -> QRectF:
        return QRectF(header.left(), top, header.width(), max(bottom - top, 0.0))

    value = value_text(label.value, options.locale)
    validity = validity_text(label.valid_from, label.valid_until, options.locale)
    # The value and validity always get their lines; the shop name takes what is left.
    needed = canvas.mm(VALUE.min_points * MM_PER_PT * _LINE + type_.line_mm(VALIDITY)) + gap
    shop_line = canvas.mm(type_.line_mm(SHOP))
    shop_lines = SHOP.max_lines if geometry.landscape else 1
    shop_lines = max(min(shop_lines, int((header.height() - needed) // shop_line)), 0)
    top = header.top()
    if shop_lines:
        shop_rect = below(top, top + shop_lines * shop_line)
        if logo is not None:
            logo_rect = QRectF(
                shop_rect.left(), shop_rect.top(), shop_rect.width() / 3, shop_rect.height()
            )
            used = canvas.draw_image(logo_rect, logo)
            shop_rect.setLeft(shop_rect.left() + used + canvas.mm(1.0))
        top += draw(shop_rect, options.shop_name, SHOP, lines=shop_lines) + gap

    if geometry.landscape:
        for text, style in ((value, VALUE), (validity, VALIDITY), (label.conditions, CONDITIONS)):
            used = draw(below(top), text, style)
            top += used + (gap / 2 if used else 0.0)
    else:
        # The validity shrinks, then wraps to a second line; never cut ("Valid 30 Nov 2026 –
        # 30 Dec 2…"): the value above gives up the room.
        validity_font = canvas.font(VALIDITY.points * type_.scale)
        fitted = canvas.fit(
            validity,
            validity_font,
            below(header.top()),
            min_points=VALIDITY.min_points,
            max_lines=VALIDITY.max_lines,
        )
        validity_top = header.bottom() - (fitted.height if validity else 0.0)
        draw(below(validity_top), validity, VALIDITY)
        draw(below(top, validity_top - gap / 2), value, VALUE, middle=True)

    draw_qr(canvas.painter, canvas.px(geometry.qr.translated(x, y)), label.payload)

    used = draw(footer, grouped_code(label.code), CODE)
    if not geometry.landscape:
        draw(footer.adjusted(0, used, 0, 0), label.conditions, CONDITIONS, lines=2)
