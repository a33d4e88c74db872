"""The import view's tables: the preview rows and the per-row problems, and the field names."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from loyaltydesk.domain.csv_mapping import ImportField, RowProblem
from loyaltydesk.ui.counter.card_view import display_phone
from loyaltydesk.ui.formatting import Formatter

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
Cell = Callable[[Any], str]


def _tr(text: str) -> str:
    return QCoreApplication.translate("CustomerImport", text)


def field_names() -> list[tuple[str, str]]:
    """(field value, words) for the mapping choices; "ignore" first."""
    return [
        (ImportField.IGNORE.value, _tr("Not imported")),
        (ImportField.NAME.value, _tr("Name")),
        (ImportField.FIRST_NAME.value, _tr("First name")),
        (ImportField.LAST_NAME.value, _tr("Last name")),
        (ImportField.PHONE.value, _tr("Phone")),
        (ImportField.EMAIL.value, _tr("Email")),
        (ImportField.POINTS.value, _tr("Opening points")),
        (ImportField.BIRTH_DATE.value, _tr("Birth date")),
        (ImportField.SHORT_CODE.value, _tr("Member code")),
        (ImportField.NOTES.value, _tr("Notes")),
        (ImportField.CONSENT.value, _tr("Marketing consent")),
    ]


class RowsModel(QAbstractTableModel):
    """Read-only rows, each cell made by a column's function; numbers right-aligned."""

    def __init__(self, columns: Sequence[tuple[str, Cell, bool]], parent=None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self.rows: tuple[Any, ...] = ()

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = tuple(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section][0]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = (
                Qt.AlignmentFlag.AlignRight
                if self.columns[section][2]
                else Qt.AlignmentFlag.AlignLeft
            )
            return side | Qt.AlignmentFlag.AlignVCenter
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        _title, cell, numeric = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return cell(self.rows[index.row()])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignRight if numeric else Qt.AlignmentFlag.AlignLeft
            return side | Qt.AlignmentFlag.AlignVCenter
        return None


def preview_model(fmt: Formatter, parent=None) -> RowsModel:
    """The first rows of the file as they would be imported."""

    def text(key: str) -> Cell:
        return lambda row: str(row.get(key) or "")

    def when(row: dict[str, Any]) -> str:
        return fmt.date(row["birth_date"]) if row.get("birth_date") else ""

    return RowsModel(
        [
            (_tr("Row"), lambda row: str(row["row"]), True),
            (_tr("Name"), text("name"), False),
            (_tr("Phone"), lambda row: display_phone(row.get("phone")), False),
            (_tr("Email"), text("email"), False),
            (_tr("Points"), lambda row: fmt.points(row.get("points") or 0), True),
            (_tr("Birth date"), when, False),
            (_tr("Offers"), lambda row: _tr("yes") if row.get("marketing_consent") else "", False),
        ],
        parent,
    )


def problems_model(parent=None) -> RowsModel:
    """One line per row that cannot be imported, saying what to fix."""

    def column(problem: RowProblem) -> str:
        return problem.column

    return RowsModel(
        [
            (_tr("Row"), lambda problem: str(problem.row_number), True),
            (_tr("Column"), column, False),
            (_tr("What to fix"), lambda problem: problem.message, False),
        ],
        parent,
    )
