"""Pieces the admin pages (rewards, staff, settings, audit, backups) share: a page header, a
debounced search box, a read-only table with its empty state and row count, fields with their
label above and their error below, and one way to run a service call and report its outcome."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.domain.errors import ErrorCode, LoyaltyError
from loyaltydesk.ui.counter.banner import ResultBanner
from loyaltydesk.ui.messages import error_text
from loyaltydesk.ui.owner.base import OwnerPage

log = logging.getLogger(__name__)
SEARCH_DELAY_MS = 250
SORT_ROLE = Qt.ItemDataRole.UserRole
Index = QModelIndex | QPersistentModelIndex


# -- running service calls ---------------------------------------------------------------------


def call(
    page: OwnerPage,
    banner: ResultBanner,
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    *,
    write: bool = False,
    on_refused: Callable[[LoyaltyError], bool] | None = None,
    on_failed: Callable[[], None] | None = None,
) -> None:
    """Run ``fn`` off the GUI thread. A refusal is shown in ``banner`` (unless ``on_refused``
    handles it); anything else is logged and shown once by the main window; ``on_failed``
    runs first either way. Outcomes that arrive after the page was closed are dropped."""

    def failed(error: Exception) -> None:
        if on_failed is not None:
            on_failed()
        if isinstance(error, LoyaltyError):
            if on_refused is None or not on_refused(error):
                banner.show_message(refusal_text(error, page), "bad")
            return
        report_unexpected(page, error)

    page.context.runner.run(fn, on_done, failed, parent=page, write=write)


def refusal_text(error: LoyaltyError, page: OwnerPage) -> str:
    """The words for a refusal. The counter's general "check what you typed" would hide which
    field an owner's form got wrong, so the service's own sentence is kept for those."""
    if error.code in (ErrorCode.INVALID_INPUT, ErrorCode.INVALID_SETTINGS):
        return error.message
    return error_text(error, page.context.fmt)


def report_unexpected(widget: QWidget, error: Exception) -> None:
    log.error("owner page task failed", exc_info=error)
    show = getattr(widget.window(), "show_unexpected", None)
    if callable(show):
        show(error)


# -- page layout ---------------------------------------------------------------------------------


def page_header(title: str, description: str) -> QWidget:
    """The page's title with one muted line under it saying what the page is for."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    heading = QLabel(title)
    heading.setObjectName("PageTitle")
    heading.setAccessibleName(title)
    hint = QLabel(description)
    hint.setObjectName("Muted")
    hint.setWordWrap(True)
    layout.addWidget(heading)
    layout.addWidget(hint)
    return box


class SearchBox(QLineEdit):
    """Emits ``search_changed`` a quarter of a second after the person stops typing."""

    search_changed = Signal(str)

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SearchBox")
        self.setPlaceholderText(placeholder)
        self.setAccessibleName(placeholder)
        self.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(lambda: self.search_changed.emit(self.query))
        self.textChanged.connect(self._timer.start)

    @property
    def query(self) -> str:
        return self.text().strip()


class Field(QWidget):
    """A label above its field and a line under it for what is wrong with the value."""

    def __init__(self, label: str, widget: QWidget, hint: str = "") -> None:
        super().__init__()
        self.widget = widget
        self.label = QLabel(label)
        self.label.setObjectName("FieldLabel")
        self.label.setBuddy(widget)
        if not widget.accessibleName():
            widget.setAccessibleName(label)
        self.error = QLabel()
        self.error.setObjectName("FieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        layout.addWidget(widget)
        if hint:
            muted = QLabel(hint)
            muted.setObjectName("Muted")
            muted.setWordWrap(True)
            layout.addWidget(muted)
        layout.addWidget(self.error)

    def set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.widget.setProperty("invalid", bool(text))
        self.widget.style().unpolish(self.widget)
        self.widget.style().polish(self.widget)


class UnitLineEdit(QLineEdit):
    """A line edit with its unit ("RM", "×") shown inside it, on the right."""

    def __init__(self, unit: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unit = QLabel(unit, self)
        self.unit.setObjectName("FieldUnit")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 12, 0)
        layout.addStretch(1)
        layout.addWidget(self.unit)
        self.setTextMargins(0, 0, self.unit.sizeHint().width() + 12, 0)

    def set_unit(self, unit: str) -> None:
        self.unit.setText(unit)
        self.setTextMargins(0, 0, self.unit.sizeHint().width() + 12, 0)


class WholeNumberEdit(UnitLineEdit):
    """Digits only, between ``minimum`` and ``maximum``, with the unit ("points") inside."""

    def __init__(self, unit: str, minimum: int, maximum: int) -> None:
        super().__init__(unit)
        self.minimum, self.maximum = minimum, maximum
        self.setObjectName("AdminNumber")
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        digits = len(str(maximum))
        self.setValidator(QRegularExpressionValidator(QRegularExpression(f"[0-9]{{0,{digits}}}")))

    def value(self) -> int | None:
        """The number typed, or None when it is empty or out of range."""
        text = self.text().strip()
        if not text.isdigit():
            return None
        number = int(text)
        return number if self.minimum <= number <= self.maximum else None

    def set_value(self, number: int) -> None:
        plain = QLocale(self.locale())
        plain.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
        self.setText(plain.toString(number))

    def problem(self) -> str:
        """What is wrong with the number typed, in words; "" when it is fine."""
        if self.value() is not None:
            return ""
        return (
            self.tr("Type a whole number from %1 to %2.")
            .replace("%1", self.locale().toString(self.minimum))
            .replace("%2", self.locale().toString(self.maximum))
        )


# -- tables --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    """One column: its header, the text of a record, and the value it sorts by."""

    title: str
    text: Callable[[Any], str]
    sort_key: Callable[[Any], Any] | None = None
    right: bool = False
    stretch: bool = False
    """The column that takes the room left over (else the last one does)."""


class RecordsModel(QAbstractTableModel):
    """Read-only rows of frozen records (service DTOs), one column per ``Column``."""

    def __init__(self, columns: Sequence[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.records: list[Any] = []

    def set_records(self, records: Sequence[Any]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record, column = self.records[index.row()], self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(record)
        if role == SORT_ROLE:
            return (column.sort_key or column.text)(record)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(column)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(self.columns[section])
        return super().headerData(section, orientation, role)


def _alignment(column: Column) -> int:
    horizontal = Qt.AlignmentFlag.AlignRight if column.right else Qt.AlignmentFlag.AlignLeft
    return int(horizontal | Qt.AlignmentFlag.AlignVCenter)


class RecordsTable(QFrame):
    """A sortable table in a card, its empty state in the same place, and its row count.

    ``opened`` carries the record a person double-clicked or pressed Enter on."""

    opened = Signal(object)
    selection_changed = Signal()

    def __init__(
        self,
        columns: Sequence[Column],
        name: str,
        empty_text: str,
        key: Callable[[Any], Any] = lambda record: record,
    ) -> None:
        super().__init__()
        self.setObjectName("Card")
        self.key = key
        self.model = RecordsModel(columns, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.view = QTableView()
        self.view.setObjectName("AdminTable")
        self.view.setAccessibleName(name)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(40)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        stretch = [n for n, column in enumerate(columns) if column.stretch]
        self.stretch = stretch[0] if stretch else len(columns) - 1
        header.setStretchLastSection(not stretch)
        if stretch:
            header.setSectionResizeMode(self.stretch, QHeaderView.ResizeMode.Stretch)
        self.view.activated.connect(self._on_activated)
        self.view.selectionModel().selectionChanged.connect(self.selection_changed)
        self.empty = QLabel(empty_text)
        self.empty.setObjectName("IdleHint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setAccessibleName(empty_text)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(self.stack)

    @property
    def records(self) -> list[Any]:
        return self.model.records

    def set_records(self, records: Sequence[Any], empty_text: str | None = None) -> None:
        """Show ``records``; with none, the empty state (``empty_text`` when it depends on a
        search, say)."""
        selected = self.selected()
        kept = None if selected is None else self.key(selected)
        self.model.set_records(records)
        if empty_text is not None:
            self.empty.setText(empty_text)
        self.stack.setCurrentWidget(self.view if records else self.empty)
        for column in range(self.model.columnCount()):
            if column == self.stretch:
                continue
            self.view.resizeColumnToContents(column)
            width = self.view.columnWidth(column)
            self.view.setColumnWidth(column, min(max(width + 24, 96), 360))
        if kept is not None:
            self.select(lambda record: self.key(record) == kept)

    def selected(self) -> Any:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.records[self.proxy.mapToSource(rows[0]).row()]

    def select(self, matches: Callable[[Any], bool]) -> bool:
        for row, record in enumerate(self.model.records):
            if matches(record):
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                self.view.setCurrentIndex(index)
                self.view.scrollTo(index)
                return True
        return False

    def _on_activated(self, index: QModelIndex) -> None:
        self.opened.emit(self.model.records[self.proxy.mapToSource(index).row()])


def count_text(count: int, one: str, many: str, fmt_number: Callable[[int], str]) -> str:
    """ "1 reward" or "12 rewards": ``many`` holds %1 for the number."""
    return one if count == 1 else many.replace("%1", fmt_number(count))
