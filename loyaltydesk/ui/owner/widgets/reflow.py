"""Layouts that reflow instead of cutting on a narrow window.

``FlowLayout``: items at their natural width, left to right, wrapping onto more rows when a
row is full (a row of buttons, a row of filters). ``ColumnsLayout``: items in a grid of equal
columns, as many columns as fit (at most ``columns``), dropping to fewer (one, stacked) on a
narrow page (report tiles, two charts side by side, the settings' two columns of cards).

Both ask only for the room of their widest item, so a scroll area around them never needs a
sideways scroll bar, and both give their height for a width (the scroll area, or the layout
above, reserves as many rows as they wrap onto)."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class _ItemsLayout(QLayout):
    """The list of items and the spacing shared by both layouts."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        if parent is None:
            self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        self.invalidate()
        return item

    def spacing(self) -> int:
        return self._spacing

    def setSpacing(self, spacing: int) -> None:
        self._spacing = spacing
        self.invalidate()

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        margins = self.contentsMargins()
        inner = QRect(0, 0, max(0, width - margins.left() - margins.right()), 0)
        return self._arrange(inner, move=False) + margins.top() + margins.bottom()

    def minimumSize(self) -> QSize:
        """The widest item's minimum: fewer per row is always possible."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size.grownBy(margins)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect.marginsRemoved(self.contentsMargins()), move=True)

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        raise NotImplementedError

    @staticmethod
    def _height(item: QLayoutItem, width: int) -> int:
        height = item.heightForWidth(width) if item.hasHeightForWidth() else -1
        if height < 0:
            height = item.sizeHint().height()
        return max(height, item.minimumSize().height())


class FlowLayout(_ItemsLayout):
    """Left to right at their natural widths, a new row when one is full; the room a row
    leaves goes to its items that grow sideways. An item shorter than its row sits in the
    middle, or at the top or bottom as its alignment says. ``first_alone``: when they do not
    all fit on one row, the first item (a search box) takes a row of its own."""

    def __init__(
        self,
        parent: QWidget | None = None,
        spacing: int = 8,
        *,
        row_spacing: int | None = None,
        first_alone: bool = False,
    ) -> None:
        super().__init__(parent, spacing)
        self.row_spacing = spacing if row_spacing is None else row_spacing
        self.first_alone = first_alone

    def sizeHint(self) -> QSize:
        """Everything on one row."""
        width, height = 0, 0
        shown = self._shown()
        for item in shown:
            hint = item.sizeHint()
            width += hint.width()
            height = max(height, hint.height())
        width += self._spacing * max(0, len(shown) - 1)
        return QSize(width, height).grownBy(self.contentsMargins())

    def _rows(self, width: int) -> list[list[QLayoutItem]]:
        shown = self._shown()
        rows: list[list[QLayoutItem]] = []
        used = 0
        one_row = sum(i.sizeHint().width() for i in shown) + self._spacing * (len(shown) - 1)
        if self.first_alone and len(shown) > 1 and one_row > width:
            rows.append([shown.pop(0)])  # the search box across, the rest under it
            used = width
        for item in shown:
            wide = min(item.sizeHint().width(), width)
            if rows and used + self._spacing + wide <= width:
                rows[-1].append(item)
                used += self._spacing + wide
            else:
                rows.append([item])
                used = wide
        return rows

    @staticmethod
    def _down(item: QLayoutItem, spare: int) -> int:
        """Where an item shorter than its row sits: at the top or the bottom when its
        alignment says so (``setAlignment``), else in the middle."""
        if item.alignment() & Qt.AlignmentFlag.AlignTop:
            return 0
        if item.alignment() & Qt.AlignmentFlag.AlignBottom:
            return spare
        return spare // 2

    def _share_leftover(self, row: list[QLayoutItem], widths: list[int], width: int) -> None:
        """The room a row leaves goes to its items that grow sideways (a search box)."""
        growing = [
            n for n, item in enumerate(row)
            if item.expandingDirections() & Qt.Orientation.Horizontal
        ]  # fmt: skip
        if not growing:
            return
        leftover = width - sum(widths) - self._spacing * (len(row) - 1)
        for position, n in enumerate(growing):
            share = leftover // len(growing) + (1 if position < leftover % len(growing) else 0)
            widths[n] += max(0, share)

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        top = rect.y()
        for number, row in enumerate(self._rows(rect.width())):
            if number:
                top += self.row_spacing
            widths = [min(item.sizeHint().width(), rect.width()) for item in row]
            self._share_leftover(row, widths, rect.width())
            height = max(self._height(item, wide) for item, wide in zip(row, widths, strict=True))
            left = rect.x()
            for item, wide in zip(row, widths, strict=True):
                own = min(height, self._height(item, wide))
                down = self._down(item, height - own)
                if move:
                    item.setGeometry(QRect(QPoint(left, top + down), QSize(wide, own)))
                left += wide + self._spacing
            top += height
        return top - rect.y()


class ColumnsLayout(_ItemsLayout):
    """A grid of equal columns filled row by row: as many columns as fit at ``column_width``
    each (or the widest item's minimum), never more than ``columns``; one column on a narrow
    page. ``even``: only as many columns as fill every row. Every item in a row takes the
    row's height."""

    def __init__(
        self,
        columns: int,
        column_width: int,
        parent: QWidget | None = None,
        spacing: int = 16,
        *,
        row_spacing: int | None = None,
        even: bool = False,
    ) -> None:
        super().__init__(parent, spacing)
        self.even = even
        self.columns = columns
        self.column_width = column_width
        self.row_spacing = spacing if row_spacing is None else row_spacing

    def columns_for(self, width: int) -> int:
        narrowest = max([self.column_width] + [i.minimumSize().width() for i in self._shown()])
        fit = (width + self._spacing) // (narrowest + self._spacing)
        count = len(self._shown())
        fit = max(1, min(self.columns, fit, max(1, count)))
        while self.even and fit > 1 and count % fit:  # rows all full: 4 or 2 of 8, not 3
            fit -= 1
        return fit

    def sizeHint(self) -> QSize:
        """All the columns at their width."""
        columns = max(1, min(self.columns, len(self._shown())))
        width = columns * self.column_width + (columns - 1) * self._spacing
        margins = self.contentsMargins()
        width = max(width + margins.left() + margins.right(), self.minimumSize().width())
        return QSize(width, self.heightForWidth(width))

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        shown = self._shown()
        columns = self.columns_for(rect.width())
        wide = (rect.width() - (columns - 1) * self._spacing) // max(1, columns)
        top = rect.y()
        for start in range(0, len(shown), columns):
            row = shown[start : start + columns]
            if start:
                top += self.row_spacing
            height = max(self._height(item, wide) for item in row)
            for position, item in enumerate(row):
                left = rect.x() + position * (wide + self._spacing)
                if move:
                    item.setGeometry(QRect(left, top, wide, height))
            top += height
        return top - rect.y()


def reflowing(layout: _ItemsLayout, *widgets: QWidget, margins: QMargins | None = None) -> QWidget:
    """A plain widget holding ``widgets`` in ``layout`` (to put a reflowing layout where a
    widget is wanted: a scroll area, a grid cell)."""
    box = QWidget()
    box.setLayout(layout)
    if margins is not None:
        layout.setContentsMargins(margins)
    for widget in widgets:
        layout.addWidget(widget)
    return box
