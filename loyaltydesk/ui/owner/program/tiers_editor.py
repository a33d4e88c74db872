"""The tiers of the program as a small editable table: name, qualifying spend, multiplier."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.domain.program import Tier
from loyaltydesk.ui.formatting import Formatter

_DECIMAL = re.compile(r"^\s*([0-9]{1,10})(?:[.,]([0-9]{1,4}))?\s*$")
Index = QModelIndex | QPersistentModelIndex
NAME, SPEND, MULTIPLIER = range(3)


def parse_decimal(text: str) -> Decimal | None:
    """What an owner typed ("1500", "1.5", "1,5") as an exact number, or None. Thousands
    separators are refused, as at the counter, so "1.500" is never guessed at."""
    match = _DECIMAL.match(text or "")
    if match is None:
        return None
    return Decimal(match[1] + (f".{match[2]}" if match[2] else ""))


def edit_text(value: Decimal, locale: QLocale, min_places: int = 0) -> str:
    """A number as it goes into a field: the locale's decimal mark, no thousands separators,
    at least ``min_places`` decimals (a currency's cents)."""
    plain = QLocale(locale)
    plain.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    places = max(0, -value.normalize().as_tuple().exponent)  # type: ignore[operator]
    return plain.toString(float(value), "f", min(max(places, min_places), 4))


@dataclass(frozen=True)
class TierRow:
    """A row as typed: the texts, so that a half-typed number is kept while it is wrong."""

    name: str
    spend: str
    multiplier: str


class TierModel(QAbstractTableModel):
    edited = Signal()

    def __init__(self, fmt: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fmt = fmt
        self.rows: list[TierRow] = []

    def set_tiers(self, tiers: tuple[Tier, ...]) -> None:
        locale = self.fmt.locale
        self.beginResetModel()
        self.rows = [
            TierRow(t.name, edit_text(t.min_spend, locale), edit_text(t.multiplier, locale))
            for t in tiers
        ]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return super().headerData(section, orientation, role)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignLeft if section == NAME else Qt.AlignmentFlag.AlignRight
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Tier"),
            self.tr("From spend (%1)").replace("%1", self.fmt.currency_symbol()),
            self.tr("Points ×"),
        )
        return titles[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        text = (row.name, row.spend, row.multiplier)[index.column()]
        if role == Qt.ItemDataRole.EditRole:
            return text
        if role == Qt.ItemDataRole.DisplayRole:
            value = parse_decimal(text) if index.column() != NAME else None
            if index.column() == SPEND and value is not None:
                return self.fmt.money(value)
            if index.column() == MULTIPLIER and value is not None:
                return "×" + self.fmt.number(value)
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() != NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row = self.rows[index.row()]
        field = ("name", "spend", "multiplier")[index.column()]
        self.rows[index.row()] = replace(row, **{field: str(value).strip()})
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    def add_row(self) -> int:
        row = len(self.rows)
        self.beginInsertRows(QModelIndex(), row, row)
        start = "0" if not self.rows else ""
        self.rows.append(TierRow("", start, edit_text(Decimal(1), self.fmt.locale)))
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()
            self.edited.emit()

    def tiers(self) -> tuple[tuple[Tier, ...] | None, str]:
        """The tiers, or None and what is wrong with the first bad row."""
        tiers = []
        for number, row in enumerate(self.rows, start=1):
            spend, multiplier = parse_decimal(row.spend), parse_decimal(row.multiplier)
            if not row.name:
                return None, self.tr("Tier %1 needs a name.").replace("%1", str(number))
            if spend is None:
                return None, self.tr("Type %1's qualifying spend as a number, like 500.").replace(
                    "%1", row.name)  # fmt: skip
            if multiplier is None:
                return None, self.tr("Type %1's multiplier as a number, like 1.5.").replace(
                    "%1", row.name)  # fmt: skip
            tiers.append(Tier(row.name, spend, multiplier))
        return tuple(tiers), ""


class TiersEditor(QWidget):
    """The table with Add tier and Remove tier under it; ``edited`` on every change."""

    edited = Signal()

    def __init__(self, fmt: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = TierModel(fmt, self)
        self.model.edited.connect(self.edited)
        self.view = QTableView()
        self.view.setObjectName("TiersTable")
        self.view.setAccessibleName(self.tr("Tiers"))
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(40)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setMinimumHeight(176)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add = QPushButton(self.tr("Add tier"))
        self.add.setAccessibleName(self.tr("Add a tier"))
        self.add.clicked.connect(self.add_tier)
        self.remove = QPushButton(self.tr("Remove tier"))
        self.remove.setAccessibleName(self.tr("Remove the selected tier"))
        self.remove.clicked.connect(self.remove_tier)
        self.error = QLabel()
        self.error.setObjectName("FieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        layout.addWidget(self.error)

    def add_tier(self) -> None:
        row = self.model.add_row()
        index = self.model.index(row, NAME)
        self.view.setCurrentIndex(index)
        self.view.setFocus()
        self.view.edit(index)

    def remove_tier(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.model.remove_row(index.row())

    def set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
