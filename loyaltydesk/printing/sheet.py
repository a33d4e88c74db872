"""Pages, grids, cut guides and page numbers shared by voucher sheets and card sheets."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QLineF, QLocale, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPen
from PySide6.QtPrintSupport import QPrinter

from loyaltydesk.printing.canvas import Align, Canvas
from loyaltydesk.printing.options import PageSize

Progress = Callable[[int, int], None]
"""Called after each page with (items done, items in total)."""
Cancelled = Callable[[], bool]
"""Polled before each page; returning True stops the render."""

GUIDE_COLOR = QColor(150, 150, 150)
_GUIDE_WIDTH_MM = 0.2
_GUIDE_DASH_MM = 2.0
_FOOTER_POINTS = 7.0

_Item = TypeVar("_Item")


class PrintError(RuntimeError):
    """The device could not be painted on (unwritable file, printer gone)."""


@dataclass(frozen=True, slots=True)
class RenderOutcome:
    pages: int
    items: int
    cancelled: bool


def standard_page(page_size: PageSize) -> QPageSize:
    page_id = {PageSize.A4: QPageSize.PageSizeId.A4, PageSize.LETTER: QPageSize.PageSizeId.Letter}
    return QPageSize(page_id[page_size])


def full_page_layout(page_size: QPageSize) -> QPageLayout:
    """Portrait, no margins: coordinates start at the paper's corner; we keep our own margins."""
    layout = QPageLayout(
        page_size, QPageLayout.Orientation.Portrait, QMarginsF(), QPageLayout.Unit.Millimeter
    )
    layout.setMode(QPageLayout.Mode.FullPageMode)
    return layout


def page_size_mm(layout: QPageLayout) -> QSizeF:
    return layout.fullRect(QPageLayout.Unit.Millimeter).size()


@dataclass(frozen=True, slots=True)
class Grid:
    """Equal cells, row by row, in millimetres from the paper's top-left corner."""

    left: float
    top: float
    cell_width: float
    cell_height: float
    columns: int
    rows: int

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def cell(self, index: int) -> QRectF:
        row, column = divmod(index, self.columns)
        return QRectF(
            self.left + column * self.cell_width,
            self.top + row * self.cell_height,
            self.cell_width,
            self.cell_height,
        )


def draw_cut_guides(canvas: Canvas, grid: Grid, filled: int) -> None:
    """Dashed lines around and between the first ``filled`` cells (cells fill row by row)."""
    pen = QPen(GUIDE_COLOR)
    pen.setWidthF(canvas.mm(_GUIDE_WIDTH_MM))
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    dash = _GUIDE_DASH_MM / _GUIDE_WIDTH_MM
    pen.setDashPattern([dash, dash])
    full_rows, last_row = divmod(filled, grid.columns)

    def columns_in_row(row: int) -> int:
        if row < 0 or row >= grid.rows:
            return 0
        return grid.columns if row < full_rows else (last_row if row == full_rows else 0)

    lines: list[QLineF] = []
    for row in range(grid.rows + 1):
        span = max(columns_in_row(row - 1), columns_in_row(row))
        if span:
            y = grid.top + row * grid.cell_height
            lines.append(QLineF(grid.left, y, grid.left + span * grid.cell_width, y))
    for column in range(grid.columns + 1):
        used = max(column - 1, 0)
        span = sum(1 for row in range(grid.rows) if columns_in_row(row) > used)
        if span:
            x = grid.left + column * grid.cell_width
            lines.append(QLineF(x, grid.top, x, grid.top + span * grid.cell_height))
    canvas.painter.save()
    canvas.painter.setPen(pen)
    canvas.painter.drawLines(
        [
            QLineF(canvas.mm(ln.x1()), canvas.mm(ln.y1()), canvas.mm(ln.x2()), canvas.mm(ln.y2()))
            for ln in lines
        ]
    )
    canvas.painter.restore()


def draw_page_number(
    canvas: Canvas, page: QSizeF, bottom_margin: float, number: int, count: int, locale: QLocale
) -> None:
    """ "Page 2 of 9", centred in the bottom margin."""
    text = QCoreApplication.translate("PrintSheet", "Page {page} of {pages}").format(
        page=locale.toString(number), pages=locale.toString(count)
    )
    height = min(bottom_margin * 0.6, 4.0)
    top = page.height() - (bottom_margin + height) / 2
    rect = canvas.px(QRectF(0, top, page.width(), height))
    canvas.draw_text(
        rect,
        text,
        canvas.font(_FOOTER_POINTS),
        min_points=5.0,
        align=Align.CENTER,
        color=GUIDE_COLOR.darker(150),
    )


def paint_pages(
    device: QPagedPaintDevice,
    layout: QPageLayout,
    items: Sequence[_Item],
    per_page: int,
    paint_page: Callable[[Canvas, int, int, Sequence[_Item]], None],
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> RenderOutcome:
    """Paint ``items`` ``per_page`` at a time; ``paint_page(canvas, page, pages, chunk)``.

    A cancelled render to a ``QPrinter`` aborts the print job rather than printing a part.
    """
    if not items:
        raise ValueError("nothing to print")
    device.setPageLayout(layout)
    painter = QPainter()
    if not painter.begin(device):
        raise PrintError(QCoreApplication.translate("PrintSheet", "Cannot start printing."))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    canvas = Canvas(painter)
    pages = math.ceil(len(items) / per_page)
    done = 0
    try:
        for page in range(pages):
            if cancelled is not None and cancelled():
                if isinstance(device, QPrinter):
                    device.abort()
                return RenderOutcome(pages=page, items=done, cancelled=True)
            if page and not device.newPage():
                raise PrintError(QCoreApplication.translate("PrintSheet", "Cannot add a page."))
            chunk = items[page * per_page : (page + 1) * per_page]
            paint_page(canvas, page, pages, chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, len(items))
    finally:
        if painter.isActive():
            painter.end()
    return RenderOutcome(pages=pages, items=done, cancelled=False)
