"""Recent transactions at this till, each with Void where the cashier may."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from loyaltydesk.domain.ledger import VOIDABLE
from loyaltydesk.services.dto import RecentTransaction
from loyaltydesk.ui.formatting import Formatter

SHOWN = 4


class RecentStrip(QFrame):
    void_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RecentStrip")
        self.setAccessibleName(self.tr("Recent at this till"))
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(16, 8, 16, 8)
        self._layout.setSpacing(16)
        self.title = QLabel(self.tr("Recent at this till:"))
        self.title.setObjectName("SectionTitle")
        self._layout.addWidget(self.title)
        self._items: list[QWidget] = []
        self.empty = QLabel(self.tr("nothing yet"))
        self.empty.setObjectName("Muted")
        self._layout.addWidget(self.empty)
        self._layout.addStretch(1)
        self.transactions: tuple[RecentTransaction, ...] = ()
        """Every one fetched, newest first (F8 looks past the ones shown)."""

    def show_transactions(self, items: tuple[RecentTransaction, ...], fmt: Formatter) -> None:
        for widget in self._items:
            self._layout.removeWidget(widget)
            widget.deleteLater()
        self._items = []
        self.transactions = items
        self.empty.setVisible(not items)
        for index, item in enumerate(items[:SHOWN]):
            box = QWidget()
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(4)
            who = (item.customer_name or "").split(" ")[0]
            what = {
                "REGISTER": self.tr("joined"),
                "VOUCHER_REDEEM": self.tr("voucher"),
            }.get(item.kind) or fmt.signed_points(item.points)
            text = " ".join(part for part in (fmt.stamp(item.created_at), who, what) if part)
            label = QLabel(text)
            label.setObjectName("RecentItem")
            if item.voided:
                label.setText(text + " " + self.tr("(voided)"))
                label.setObjectName("Muted")
            row.addWidget(label)
            if not item.voided and item.kind in VOIDABLE:
                void = QPushButton(self.tr("Void"))
                void.setProperty("role", "link")
                void.setAccessibleName(self.tr("Void %1").replace("%1", text))
                void.clicked.connect(lambda _=False, t=item: self.void_requested.emit(t))
                row.addWidget(void)
            self._layout.insertWidget(1 + index, box)
            self._items.append(box)
