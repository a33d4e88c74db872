"""A customer's points history (their ledger, newest first): the model and its panel."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from loyaltydesk.services.dto import HistoryEntry
from loyaltydesk.ui.formatting import Formatter
from loyaltydesk.ui.owner.customers.customer_common import make_table
from loyaltydesk.ui.owner.customers.history_words import history_details, typed_reason

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
HISTORY_LIMIT = 500


def _tr(text: str) -> str:
    return QCoreApplication.translate("CustomerHistory", text)


def kind_text(kind: str) -> str:
    words = {
        "EARN": _tr("Earned"),
        "REDEEM": _tr("Spent"),
        "ADJUST": _tr("Adjusted"),
        "EXPIRE": _tr("Expired"),
        "REVERSAL": _tr("Voided"),
    }
    return words.get(kind, kind.title())


class HistoryModel(QAbstractTableModel):
    def __init__(self, fmt: Formatter, parent=None) -> None:
        super().__init__(parent)
        self.fmt = fmt
        self.entries: tuple[HistoryEntry, ...] = ()
        self.staff: dict[int, str] = {}
        self._headers = (_tr("When"), _tr("What"), _tr("Points"), _tr("Details"),
                         _tr("Reason given"), _tr("Staff"), _tr("Till"))  # fmt: skip

    def set_entries(self, entries: tuple[HistoryEntry, ...], staff: dict[int, str]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.staff = staff
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignRight if section == 2 else Qt.AlignmentFlag.AlignLeft
            return side | Qt.AlignmentFlag.AlignVCenter
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignRight if column == 2 else Qt.AlignmentFlag.AlignLeft
            return side | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry, column)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        match column:
            case 0:
                return f"{self.fmt.date(entry.created_at)} {self.fmt.time(entry.created_at)}"
            case 1:
                what = kind_text(entry.kind)
                return _tr("%1 (voided)").replace("%1", what) if entry.voided else what
            case 2:
                return self.fmt.signed_points(entry.points)
            case 3:
                return history_details(entry, self.fmt)
            case 4:
                return typed_reason(entry)
            case 5:
                if entry.staff_id is None:
                    return ""
                return self.staff.get(entry.staff_id, _tr("#%1").replace("%1", str(entry.staff_id)))
            case _:
                return entry.till

    def _tooltip(self, entry: HistoryEntry, column: int) -> str | None:
        """The full sentence or reason, and when earned points expire."""
        if column == 3:
            text = history_details(entry, self.fmt)
            if entry.expires_at is not None and entry.points > 0:
                expiry = _tr("These points expire on %1.").replace(
                    "%1", self.fmt.date(entry.expires_at)
                )
                text = f"{text}\n{expiry}" if text else expiry
            return text or None
        if column == 4:
            return typed_reason(entry) or None
        return None


class HistoryPanel(QWidget):
    """The history table and a line saying when there is nothing yet, or more than shown."""

    def __init__(self, fmt: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fmt = fmt
        self.model = HistoryModel(fmt, self)
        self.table = make_table("HistoryTable", self.tr("Points history"))
        self.table.setModel(self.model)
        for column, width in enumerate((200, 140, 80, 300, 170, 130)):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.note = QLabel()
        self.note.setObjectName("Muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)

    def set_entries(self, entries: tuple[HistoryEntry, ...], staff: dict[int, str]) -> None:
        self.model.set_entries(entries, staff)
        if len(entries) >= HISTORY_LIMIT:
            self.note.setText(
                self.tr("The latest %1 entries. Export their data for all of them.").replace(
                    "%1", self.fmt.points(len(entries))
                )
            )
        elif not entries:
            self.note.setText(self.tr("No points yet — they appear here after a check-in."))
        else:
            self.note.setText("")
