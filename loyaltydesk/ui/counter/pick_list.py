"""The card area when a name matches several customers: pick one with ↑ ↓ and Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from loyaltydesk.services.dto import CustomerSummary
from loyaltydesk.ui.formatting import Formatter


class PickList(QWidget):
    picked = Signal(str)
    """The chosen customer's id."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.items = QListWidget()
        self.items.setAccessibleName(self.tr("Customers with that name"))
        self.items.itemActivated.connect(self._on_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        title = QLabel(self.tr("Which customer? ↑ ↓ then Enter"))
        title.setObjectName("SectionTitle")
        layout.addWidget(title)
        layout.addWidget(self.items)

    def show_candidates(self, candidates: tuple[CustomerSummary, ...], fmt: Formatter) -> None:
        self.items.clear()
        for candidate in candidates:
            phone = f"···{candidate.phone[-4:]}" if candidate.phone else ""
            label = "  ·  ".join(p for p in (candidate.name, candidate.short_code, phone) if p)
            label += "  ·  "
            label += self.tr("%1 pts").replace("%1", fmt.points(candidate.balance))
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, candidate.customer_id)
            self.items.addItem(item)
        self.items.setCurrentRow(0)

    def _on_activated(self, item: QListWidgetItem) -> None:
        self.picked.emit(item.data(Qt.ItemDataRole.UserRole))
