"""The top of a customer's detail page: name, tier and status, keys and visits, the balance."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from loyaltydesk.services.customer_admin_dto import CustomerDetail, CustomerState
from loyaltydesk.ui.formatting import Formatter, display_phone
from loyaltydesk.ui.owner.customers.customer_table_model import status_text
from loyaltydesk.ui.widgets.elided_label import ElidedLabel


class CustomerHeader(QWidget):
    def __init__(self, fmt: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fmt = fmt
        self.name = ElidedLabel()
        self.name.setObjectName("CustomerName")
        self.status_badge = QLabel()
        self.status_badge.setObjectName("StatusBadge")
        self.tier_badge = QLabel()
        self.tier_badge.setObjectName("TierBadge")
        self.meta = QLabel()
        self.meta.setObjectName("Muted")
        self.meta.setWordWrap(True)  # a second line on a narrow window, never cut mid-date
        self.balance = QLabel()
        self.balance.setObjectName("DetailBalance")
        self.balance.setAccessibleName(self.tr("Points balance"))
        self.balance.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        title = QHBoxLayout()
        title.setSpacing(8)
        title.addWidget(self.name, 1)
        title.addWidget(self.tier_badge)
        title.addWidget(self.status_badge)
        who = QVBoxLayout()
        who.setSpacing(4)
        who.addLayout(title)
        who.addWidget(self.meta)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(24)
        layout.addLayout(who, 1)
        layout.addWidget(self.balance)

    def show_customer(self, detail: CustomerDetail, *, closed: bool) -> None:
        self.name.setText(detail.name or self.tr("(no name)"))
        self.tier_badge.setText(detail.tier or "")
        self.tier_badge.setVisible(bool(detail.tier) and not closed)
        self.status_badge.setText(status_text(detail.status))
        self.status_badge.setVisible(detail.status != CustomerState.ACTIVE)
        joined = self.tr("joined %1").replace("%1", self.fmt.date(detail.joined_at))
        seen = (
            self.tr("last visit %1").replace("%1", self.fmt.when(detail.last_seen_at))
            if detail.last_seen_at
            else self.tr("no visits yet")
        )
        parts = [detail.short_code, display_phone(detail.phone), detail.email or "", joined, seen]
        self.meta.setText(" · ".join(p for p in parts if p))
        self.balance.setText(self.tr("%Ln point(s)", "", detail.balance))
