"""Pieces the Reports and Vouchers pages share: a table model described by columns, a sortable
table with an empty state, a section heading with an action, and the save-file question."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QWidget,
)

from loyaltydesk.domain.errors import LoyaltyError
from loyaltydesk.ui.counter.banner import ResultBanner
from loyaltydesk.ui.formatting import Formatter
from loyaltydesk.ui.messages import error_text

log = logging.getLogger(__name__)

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_HEIGHT = 40
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column: its heading, the text shown, the value it sorts by, and numbers align right."""

    title: str
    text: Callable[[Any], str]
    key: Callable[[Any], Any]
    numeric: bool = False


class RowsModel(QAbstractTableModel):
    """Rows of any frozen dataclass, shown through ``Column`` descriptions."""

    def __init__(self, columns: Sequence[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self._columns[index.column()]
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == SORT_ROLE:
            return column.key(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title
        return None


class TableStack(QStackedWidget):
    """A sortable table, or a sentence saying what to do while it has no rows. Column
    ``stretch`` takes the spare width (long names elide there); the others fit their contents.

    ``opened`` carries the row object when a row is double-clicked or Enter is pressed on it.
    """

    opened = Signal(object)

    def __init__(
        self,
        model: RowsModel,
        name: str,
        empty_text: str,
        stretch: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView()
        self.view.setObjectName("RvTable")
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(name)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the service's order first
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSortIndicatorShown(True)
        self.view.activated.connect(self._on_view_activated)
        self.empty = QLabel(empty_text)
        self.empty.setObjectName("RvEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.addWidget(self.view)
        self.addWidget(self.empty)
        model.modelReset.connect(self._show_state)
        self._show_state()

    def set_empty_text(self, text: str) -> None:
        self.empty.setText(text)

    def current(self) -> Any:
        """The selected row object, or None."""
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def _show_state(self) -> None:
        self.setCurrentWidget(self.view if self.model.rowCount() else self.empty)

    def _on_view_activated(self, index: QModelIndex) -> None:
        self.opened.emit(self.model.row_at(self.proxy.mapToSource(index).row()))


def section_heading(title: str, action: QPushButton | None = None) -> QWidget:
    """A muted section title with an optional link-style button on the right."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(8)
    label = QLabel(title)
    label.setObjectName("SectionTitle")
    row.addWidget(label, 1)
    if action is not None:
        row.addWidget(action)
    return box


def link_button(text: str, accessible: str) -> QPushButton:
    button = QPushButton(text)
    button.setProperty("role", "link")
    button.setAccessibleName(accessible)
    button.setMinimumHeight(40)
    return button


def ask_save_path(parent: QWidget, title: str, suggested: str, file_filter: str) -> Path | None:
    """Where to save a file, starting in the Documents folder; None if the person cancelled."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    dialog = QFileDialog(parent, title, str(Path(folder) / suggested), file_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix(file_filter.rsplit("*.", 1)[-1].rstrip(")"))
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


def safe_file_name(text: str) -> str:
    """A name for a suggested file: letters, digits, spaces and dashes only."""
    cleaned = "".join(ch if ch.isalnum() or ch in " -_" else " " for ch in text)
    return " ".join(cleaned.split()) or "export"


def show_failure(banner: ResultBanner, error: Exception, fmt: Formatter) -> None:
    """A refusal in words on the page's banner; anything else goes to the main window, which
    logs it and tells the person once."""
    if isinstance(error, LoyaltyError):
        banner.show_message(error_text(error, fmt), "bad")
        return
    handler = getattr(banner.window(), "show_unexpected", None)
    if callable(handler):
        handler(error)
    else:
        log.error("unexpected error", exc_info=error)
