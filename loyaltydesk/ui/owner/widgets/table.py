"""The owner pages' one table: columns that describe a record, a read-only model of records,
and a sortable view with its empty state in the same place."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

SORT_ROLE = Qt.ItemDataRole.UserRole
ROW_HEIGHT = 40
STRETCH_MIN = 160
"""The narrowest the column that takes the room left over gets before the others give way."""
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column: its header, the text of a record, the value it sorts by (else its text),
    numbers aligned right, the column that takes the room left over, a tooltip (else the
    text), and whether it may be hidden on a narrow table."""

    title: str
    text: Callable[[Any], str]
    sort_key: Callable[[Any], Any] | None = None
    right: bool = False
    stretch: bool = False
    tip: Callable[[Any], str | None] | None = None
    optional: bool = False
    """Hidden on a table too narrow for every column (the rightmost optional one first)."""


def _alignment(column: Column) -> int:
    horizontal = Qt.AlignmentFlag.AlignRight if column.right else Qt.AlignmentFlag.AlignLeft
    return int(horizontal | Qt.AlignmentFlag.AlignVCenter)


class RowsModel(QAbstractTableModel):
    """Read-only rows of frozen records (service DTOs), one column per ``Column``.
    ``header_sides``: the headers take their column's side (else the view's default)."""

    def __init__(
        self,
        columns: Sequence[Column],
        parent: QObject | None = None,
        *,
        header_sides: bool = True,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.records: list[Any] = []
        self.header_sides = header_sides

    def set_rows(self, records: Sequence[Any]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self.records[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record, column = self.records[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tip(record) if column.tip is not None else column.text(record)
        if role == SORT_ROLE:
            return (column.sort_key or column.text)(record)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(column)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        if role == Qt.ItemDataRole.TextAlignmentRole and self.header_sides:
            return _alignment(self.columns[section])
        return None


class TableView(QTableView):
    """A table view that fits its columns again (``fitter``, when it has one) on a resize."""

    fitter: ColumnFitter | None = None

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fitter is not None:
            self.fitter.fit()


def table_view(name: str, accessible: str) -> TableView:
    """A read-only table: whole rows selected, one at a time, 40 px rows, no row numbers."""
    view = TableView()
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    return view


def fixed_table_view(name: str, accessible: str) -> TableView:
    """``table_view`` whose rows keep their height and whose columns are at least 64 px (for
    models that are not a list of records: the paged customers, a customer's history)."""
    view = table_view(name, accessible)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setMinimumSectionSize(64)
    return view


class ColumnFitter:
    """Keeps a table's columns inside its view: each column has the width it wants, and when
    they do not all fit beside ``STRETCH_MIN`` px of the ``stretch`` column (a narrow window),
    the widest give way first, down to their header's width; texts are elided and their
    cells' tooltips hold them whole; before that, the columns in ``drop`` are hidden, in that
    order, while the rest still do not fit. The ``stretch`` column takes the room left over.
    The view fits them again whenever it is resized."""

    def __init__(self, view: TableView, stretch: int, drop: Sequence[int] = ()) -> None:
        self.view = view
        self.stretch = stretch
        self.drop = tuple(drop)
        self.wanted: dict[int, int] = {}
        self.stretch_need = STRETCH_MIN
        view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.fitter = self

    def want_all(self, widths: dict[int, int]) -> None:
        self.wanted.update(widths)
        self.fit()

    def want_contents(self, least: int = 96, most: int = 360) -> None:
        """Each column but ``stretch`` wants the width of its header and of its texts (the
        rows loaded), ``least`` to ``most`` px."""
        header = self.view.horizontalHeader()
        wanted: dict[int, int] = {}
        for column in range(header.count()):
            if column == self.stretch:  # short texts there leave the others more room
                width = max(
                    self.view.sizeHintForColumn(column) + 24, header.sectionSizeHint(column)
                )
                self.stretch_need = min(STRETCH_MIN, width)
                continue
            # the header's hint holds its padding and sort arrow already
            width = max(self.view.sizeHintForColumn(column) + 24, header.sectionSizeHint(column))
            wanted[column] = min(max(width, least), most)
        self.want_all(wanted)

    def fit(self) -> None:
        header = self.view.horizontalHeader()
        room = self.view.viewport().width() - self.stretch_need
        columns = [c for c in self.wanted if c != self.stretch]
        dropped: set[int] = set()
        for column in self.drop:  # the least needed columns go first, whole
            if sum(self.wanted[c] for c in columns if c not in dropped) <= room:
                break
            dropped.add(column)
        for column in range(header.count()):
            header.setSectionHidden(column, column in dropped)
        columns = [c for c in columns if c not in dropped]
        cap = _cap([self.wanted[c] for c in columns], room)
        for column in columns:
            least = max(header.minimumSectionSize(), header.sectionSizeHint(column))
            width = max(min(least, self.wanted[column]), min(self.wanted[column], cap))
            self.view.setColumnWidth(column, width)


def _cap(widths: list[int], room: int) -> int:
    """The widest a column may be for ``widths`` to fit in ``room``: the widest columns give
    way first, the narrow ones (a till, a number) keep their whole width."""
    if sum(widths) <= room:
        return max(widths, default=0)
    left, count = room, len(widths)
    for width in sorted(widths):
        if width * count > left:
            return max(0, left // count)
        left -= width
        count -= 1
    return max(widths, default=0)


class Look(Enum):
    """CARD: a table in a card, columns sized once to their contents and then by hand (the
    admin pages). LIST: a bordered table whose columns follow their contents, long texts
    elided in the middle (reports, vouchers). Either way the columns fit the view."""

    CARD = "card"
    LIST = "list"


class RowsTable(QFrame):
    """A sortable table of records, its empty state in the same place.

    ``opened`` carries the record a person double-clicked or pressed Enter on. With ``key``,
    the selected record stays selected across ``set_records`` (matched by its key)."""

    opened = Signal(object)
    selection_changed = Signal()

    def __init__(
        self,
        columns: Sequence[Column],
        name: str,
        empty_text: str,
        *,
        key: Callable[[Any], Any] | None = None,
        look: Look = Look.CARD,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.key = key
        self.look = look
        card = look is Look.CARD
        self.model = RowsModel(columns, self, header_sides=card)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = table_view("AdminTable" if card else "RvTable", name)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        header = self.view.horizontalHeader()
        stretch = [n for n, column in enumerate(columns) if column.stretch]
        drop = [n for n, column in reversed(list(enumerate(columns))) if column.optional]
        if card:
            self.setObjectName("Card")
            self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            header.setHighlightSections(False)
            self.stretch = stretch[0] if stretch else len(columns) - 1
            header.setStretchLastSection(False)
            self.fitter = ColumnFitter(self.view, self.stretch, drop)
        else:
            self.stretch = stretch[0] if stretch else 0
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            header.setStretchLastSection(False)
            self.fitter = ColumnFitter(self.view, self.stretch, drop)
            self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the service's order
            header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            header.setSortIndicatorShown(True)
        self.view.activated.connect(self._on_activated)
        self.view.selectionModel().selectionChanged.connect(self.selection_changed)
        self.empty = QLabel(empty_text)
        self.empty.setObjectName("IdleHint" if card else "RvEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        if card:
            self.empty.setAccessibleName(empty_text)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        margin = 1 if card else 0
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.addWidget(self.stack)
        if not card:
            self.stack.setCurrentWidget(self.empty)

    @property
    def records(self) -> list[Any]:
        return self.model.records

    def set_empty_text(self, text: str) -> None:
        self.empty.setText(text)

    def set_records(self, records: Sequence[Any], empty_text: str | None = None) -> None:
        """Show ``records``; with none, the empty state (``empty_text`` when it depends on a
        search, say)."""
        selected = self.selected() if self.key is not None else None
        kept = None if selected is None or self.key is None else self.key(selected)
        self.model.set_rows(records)
        if empty_text is not None:
            self.empty.setText(empty_text)
        self.stack.setCurrentWidget(self.view if records else self.empty)
        if self.look is Look.CARD:
            self._fit_columns()
        elif records:  # the columns follow their texts, and fit the view
            self.fitter.want_contents(least=64, most=480)
        if kept is not None and self.key is not None:
            key = self.key
            self.select(lambda record: key(record) == kept)

    def selected(self) -> Any:
        """The selected record, or None."""
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row())

    def current(self) -> Any:
        """The record at the current index (the keyboard's row), or None."""
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def select(self, matches: Callable[[Any], bool]) -> bool:
        for row, record in enumerate(self.model.records):
            if matches(record):
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                self.view.setCurrentIndex(index)
                self.view.scrollTo(index)
                return True
        return False

    def _fit_columns(self) -> None:
        self.fitter.want_contents()

    def _on_activated(self, index: QModelIndex) -> None:
        self.opened.emit(self.model.row_at(self.proxy.mapToSource(index).row()))
