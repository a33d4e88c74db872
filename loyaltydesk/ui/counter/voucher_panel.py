"""A scanned or typed voucher at the counter: what it is, whether it applies, the discount."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.domain.vouchers import CODE_LENGTH
from loyaltydesk.printing.voucher_text import grouped_code
from loyaltydesk.services.voucher_dto import VoucherView
from loyaltydesk.ui.counter.actions import AMOUNT_PATTERN
from loyaltydesk.ui.formatting import Formatter
from loyaltydesk.ui.translation import fill
from loyaltydesk.ui.widgets.elided_label import ElidedLabel


def state_text(view: VoucherView, fmt: Formatter) -> tuple[str, str]:
    """(words, tone) for the voucher's state."""
    match view.state:
        case "VALID":
            return VoucherCard.tr("Valid"), "ok"
        case "NOT_YET_VALID":
            start = fmt.date(view.valid_from) if view.valid_from else ""
            return fill(VoucherCard.tr("Not valid yet — from %1"), start), "warn"
        case "EXPIRED":
            end = fmt.date(view.valid_until) if view.valid_until else ""
            return fill(VoucherCard.tr("Expired on %1"), end), "bad"
        case "REDEEMED":
            when = ""
            if view.redeemed_at is not None:
                when = f"{fmt.date(view.redeemed_at)} {fmt.time(view.redeemed_at)}"
            text = VoucherCard.tr("Already redeemed on %1 at %2 by %3")
            return fill(text, when, view.redeemed_till or "", view.redeemed_by or ""), "bad"
    return VoucherCard.tr("Cancelled"), "bad"


def benefit_text(view: VoucherView, fmt: Formatter) -> str:
    """ "RM5.00 off", "10% off", or the described benefit, in the shop's own formats."""
    if view.type == "FIXED" and view.value is not None:
        return fill(VoucherCard.tr("%1 off"), fmt.money(view.value))
    if view.type == "PERCENT" and view.value is not None:
        return fill(VoucherCard.tr("%1% off"), fmt.number(view.value))
    return view.description or view.benefit or view.batch_name


class VoucherCard(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.kind = QLabel(self.tr("Voucher"))
        self.kind.setObjectName("SectionTitle")
        self.benefit = ElidedLabel()
        self.benefit.setObjectName("CustomerName")
        self.benefit.setAccessibleName(self.tr("Voucher benefit"))
        self.batch = QLabel()
        self.batch.setObjectName("CustomerMeta")
        self.state = QLabel()
        self.state.setObjectName("ResultBanner")
        self.state.setAccessibleName(self.tr("Voucher state"))
        self.validity = QLabel()
        self.validity.setObjectName("CustomerMeta")
        self.minimum = QLabel()
        self.minimum.setObjectName("CustomerMeta")
        self.holder = QLabel()
        self.holder.setObjectName("CustomerMeta")
        self.holder.setWordWrap(True)
        self.holder.setAccessibleName(self.tr("Who uses the voucher"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(8)
        for widget in (self.kind, self.benefit, self.batch, self.state, self.validity):
            layout.addWidget(widget)
        layout.addWidget(self.minimum)
        layout.addWidget(self.holder)
        layout.addStretch(1)
        self.view: VoucherView | None = None

    def show_voucher(self, view: VoucherView, fmt: Formatter) -> None:
        self.view = view
        self.benefit.setText(benefit_text(view, fmt))
        # Our 12-character codes read out in groups; a service's own code (KiriMel) as printed.
        code = grouped_code(view.code) if len(view.code) == CODE_LENGTH else view.code
        self.batch.setText(f"{view.batch_name} · {code}")
        words, tone = state_text(view, fmt)
        self.state.setText(words)
        self.state.setProperty("tone", tone)
        self.state.style().unpolish(self.state)
        self.state.style().polish(self.state)
        start = fmt.date(view.valid_from) if view.valid_from else None
        end = fmt.date(view.valid_until) if view.valid_until else None
        if start and end:
            validity = self.tr("Valid %1 – %2").replace("%1", start).replace("%2", end)
        elif end:
            validity = self.tr("Valid until %1").replace("%1", end)
        elif start:
            validity = self.tr("Valid from %1").replace("%1", start)
        else:
            validity = self.tr("No end date")
        self.validity.setText(validity)
        if view.min_purchase:
            self.minimum.setText(
                self.tr("Minimum purchase %1").replace("%1", fmt.money(view.min_purchase))
            )
        self.minimum.setVisible(bool(view.min_purchase))

    def show_holder(self, text: str) -> None:
        """Who the redemption is for (sent with it to the loyalty service), or nothing."""
        self.holder.setText(text)
        self.holder.setVisible(bool(text))


class VoucherActions(QFrame):
    """The purchase amount, and Enter to see and apply the discount."""

    apply_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ActionPanel")
        label = QLabel(self.tr("Purchase amount"))
        label.setObjectName("FieldLabel")
        self.amount = QLineEdit()
        self.amount.setObjectName("BigField")
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount.setValidator(QRegularExpressionValidator(QRegularExpression(AMOUNT_PATTERN)))
        self.amount.setAccessibleName(self.tr("Purchase amount"))
        self.amount.returnPressed.connect(self.apply_requested)
        self.currency = QLabel()
        self.currency.setObjectName("BalanceUnit")
        hint = QLabel(self.tr("Enter = see the discount, then Enter again to redeem"))
        hint.setObjectName("KeyHint")
        hint.setWordWrap(True)
        self.apply = QPushButton(self.tr("Apply voucher"))
        self.apply.setProperty("role", "primary")
        self.apply.setAccessibleName(self.tr("Apply voucher"))
        self.apply.clicked.connect(self.apply_requested)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.amount, 1)
        row.addWidget(self.currency)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(12)
        layout.addWidget(label)
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addWidget(self.apply)
        layout.addStretch(1)

    def set_usable(self, usable: bool) -> None:
        self.amount.setEnabled(usable)
        self.apply.setEnabled(usable)
