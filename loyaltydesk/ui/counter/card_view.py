"""The customer card: who, how many points, progress, expiry, last visits, status."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from loyaltydesk.services.dto import CustomerCard
from loyaltydesk.ui.formatting import Formatter, display_phone
from loyaltydesk.ui.widgets.elided_label import ElidedLabel
from loyaltydesk.ui.widgets.stamp_row import StampRow


class CustomerCardView(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.card: CustomerCard | None = None
        self.service = ""
        """The hosted loyalty service's name, for the balance it reports."""

        self.name = ElidedLabel()
        self.name.setObjectName("CustomerName")
        self.name.setAccessibleName(self.tr("Customer name"))
        self.tier = QLabel()
        self.tier.setObjectName("TierBadge")
        self.tier.setAccessibleName(self.tr("Tier"))
        self.status = QLabel(self.tr("BLOCKED"))
        self.status.setObjectName("StatusBadge")
        self.status.setAccessibleName(self.tr("Status"))
        self.meta = QLabel()
        self.meta.setObjectName("CustomerMeta")
        self.meta.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.balance = QLabel()
        self.balance.setObjectName("Balance")
        self.balance.setAccessibleName(self.tr("Points balance"))
        self.balance_unit = QLabel(self.tr("points"))
        self.balance_unit.setObjectName("BalanceUnit")
        self.remote = QLabel()
        self.remote.setObjectName("CustomerMeta")
        self.remote.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.remote.setAccessibleName(self.tr("Balance at the loyalty service"))
        self.remote.hide()
        self.stamps = StampRow()
        self.progress = QLabel()
        self.progress.setObjectName("Progress")
        self.expiry = QLabel()
        self.expiry.setObjectName("CustomerMeta")
        self.visits = ElidedLabel()
        self.visits.setObjectName("CustomerMeta")

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.name, 1)
        top.addWidget(self.status, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.tier, 0, Qt.AlignmentFlag.AlignTop)
        balance_row = QHBoxLayout()
        balance_row.addStretch(1)
        balance_row.addWidget(self.balance, 0, Qt.AlignmentFlag.AlignBaseline)
        balance_row.addWidget(self.balance_unit, 0, Qt.AlignmentFlag.AlignBaseline)
        balance_row.addStretch(1)
        progress_row = QHBoxLayout()
        progress_row.setSpacing(16)
        progress_row.addWidget(self.stamps, 0)
        progress_row.addWidget(self.progress, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.meta)
        layout.addSpacing(8)
        layout.addLayout(balance_row)
        layout.addWidget(self.remote)
        layout.addSpacing(8)
        layout.addLayout(progress_row)
        layout.addWidget(self.expiry)
        layout.addWidget(self.visits)
        layout.addStretch(1)

    def show_card(self, card: CustomerCard, fmt: Formatter) -> None:
        self.card = card
        self.name.setText(card.name or self.tr("Customer %1").replace("%1", card.short_code))
        self.tier.setText(card.tier or "")
        self.tier.setVisible(bool(card.tier))
        self.status.setVisible(card.is_blocked)
        contact = [display_phone(card.phone), card.short_code]
        if card.email and not card.phone:
            contact.insert(0, card.email)
        self.meta.setText(" · ".join(part for part in contact if part))
        self.balance.setText(fmt.points(card.balance))
        self.balance_unit.setText(self.tr("point(s)", "", max(card.balance, 0)))
        self._show_remote(card, fmt)
        self._show_progress(card, fmt)
        if card.expiring_at is not None and card.expiring_points:
            self.expiry.setText(
                self.tr("%Ln point(s) expire on %1", "", card.expiring_points).replace(
                    "%1", fmt.date(card.expiring_at)
                )
            )
        else:
            self.expiry.setText(self.tr("No points expiring"))
        now = datetime.now(UTC)
        if card.last_visits:
            visits = " · ".join(fmt.when(v, now) for v in card.last_visits)
            self.visits.setText(self.tr("Last visits: %1").replace("%1", visits))
        else:
            self.visits.setText(self.tr("First visit"))

    def _show_remote(self, card: CustomerCard, fmt: Formatter) -> None:
        """The balance the hosted service last reported, with its age, where there is one."""
        self.remote.setVisible(card.remote_balance is not None)
        if card.remote_balance is None:
            return
        service = self.service or self.tr("the loyalty service")
        # %1 is the balance as the service has it (it may be below 0); its size picks the form
        size = abs(card.remote_balance)
        text = self.tr("%3 says %1 point(s)", "", size)
        if card.remote_balance_at is not None:
            text = self.tr("%3 says %1 point(s) (read %2)", "", size).replace(
                "%2", fmt.when(card.remote_balance_at))  # fmt: skip
        text = text.replace("%1", fmt.points(card.remote_balance)).replace("%3", service)
        self.remote.setText(text)

    def _show_progress(self, card: CustomerCard, fmt: Formatter) -> None:
        progress = card.next_reward
        if progress is None:
            self.stamps.set_progress(1, 1)
            self.progress.setText(self.tr("Every reward is available") if card.rewards else "")
            self.stamps.setVisible(bool(card.rewards))
            return
        self.stamps.setVisible(True)
        self.stamps.set_progress(progress.have, progress.need)
        self.progress.setText(
            self.tr("%1 / %2 to %3")
            .replace("%1", fmt.points(progress.have))
            .replace("%2", fmt.points(progress.need))
            .replace("%3", progress.title)
        )
