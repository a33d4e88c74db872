"""The detail page's two dialogs: adjust points (a reason is required) and merge a duplicate."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.domain.errors import LoyaltyError
from loyaltydesk.domain.program import MAX_POINTS
from loyaltydesk.services.customer_admin_dto import CustomerDetail, CustomerState
from loyaltydesk.ui.formatting import Formatter, display_phone
from loyaltydesk.ui.messages import error_text
from loyaltydesk.ui.owner.base import OwnerContext
from loyaltydesk.ui.owner.widgets.calls import report_unexpected
from loyaltydesk.ui.owner.widgets.fields import Field

MAX_REASON = 200


class AdjustPointsDialog(QDialog):
    """Add or remove points with a reason; ``points`` is signed once accepted."""

    def __init__(self, detail: CustomerDetail, fmt: Formatter, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Adjust points"))
        self.setMinimumWidth(480)
        self.detail = detail
        self.fmt = fmt
        intro = QLabel(
            self.tr("%1 has %Ln point(s).", "", detail.balance).replace(
                "%1", detail.name or detail.short_code
            )
        )
        intro.setWordWrap(True)
        self.add = QRadioButton(self.tr("Add points"))
        self.add.setAccessibleName(self.tr("Add points"))
        self.add.setChecked(True)
        self.remove = QRadioButton(self.tr("Remove points"))
        self.remove.setAccessibleName(self.tr("Remove points"))
        self.amount = QSpinBox()
        self.amount.setRange(0, MAX_POINTS)
        self.amount.setGroupSeparatorShown(True)
        self.amount.setSuffix(self.tr(" points"))
        self.amount.setAccessibleName(self.tr("Points"))
        self.reason = QLineEdit()
        self.reason.setMaxLength(MAX_REASON)
        self.reason.setPlaceholderText(self.tr("e.g. Missed check-in on 3 March"))
        self.reason.setAccessibleName(self.tr("Reason"))
        self.amount_field = Field(self.tr("How many"), self.amount)
        self.reason_field = Field(self.tr("Reason (required)"), self.reason)
        self.after = QLabel()
        self.after.setObjectName("Muted")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setProperty("role", "primary")
        self.ok.setMinimumWidth(176)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        direction = QHBoxLayout()
        direction.setSpacing(16)
        direction.addWidget(self.add)
        direction.addWidget(self.remove)
        direction.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(16)
        layout.addWidget(intro)
        layout.addLayout(direction)
        layout.addWidget(self.amount_field)
        layout.addWidget(self.reason_field)
        layout.addWidget(self.after)
        layout.addWidget(self.buttons)
        self._touched = False
        for signal in (self.add.toggled, self.amount.valueChanged, self.reason.textChanged):
            signal.connect(self.validate)
        self.reason.textEdited.connect(self._on_reason_edited)
        self.validate()
        self.amount.setFocus()
        self.amount.selectAll()

    @property
    def points(self) -> int:
        return self.amount.value() if self.add.isChecked() else -self.amount.value()

    def validate(self) -> bool:
        amount, reason = "", ""
        if self.amount.value() == 0:
            amount = self.tr("Type how many points, above 0.")
        elif self.remove.isChecked() and self.amount.value() > self.detail.balance:
            amount = self.tr("They have only %Ln point(s).", "", self.detail.balance)
        if not self.reason.text().strip():
            reason = self.tr("Say why, so the history explains it.") if self._touched else ""
        self.amount_field.set_error(amount)
        self.reason_field.set_error(reason)
        valid = not amount and bool(self.reason.text().strip())
        self.ok.setEnabled(valid)
        self.ok.setText(self.tr("Add points") if self.add.isChecked() else self.tr("Remove points"))
        after = self.detail.balance + self.points
        self.after.setText(self.tr("Balance after: %Ln point(s)", "", after) if not amount else "")
        return valid

    def _on_reason_edited(self) -> None:
        self._touched = True

    def accept(self) -> None:
        if self.validate():
            super().accept()


class MergeDialog(QDialog):
    """Find the duplicate by member code, phone or email; accepted when one is found."""

    def __init__(
        self, keep: CustomerDetail, context: OwnerContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge a duplicate"))
        self.setMinimumWidth(560)
        self.keep = keep
        self.fmt = context.fmt
        self.context = context
        self.duplicate: CustomerDetail | None = None
        text = self.tr(
            "The duplicate's points and history move to %1. Its record stays, marked merged, "
            "so the audit trail is kept."
        )
        intro = QLabel(text.replace("%1", keep.name or keep.short_code))
        intro.setWordWrap(True)
        self.lookup = QLineEdit()
        self.lookup.setPlaceholderText(self.tr("Member code, phone or email of the duplicate"))
        self.lookup.setAccessibleName(self.tr("Duplicate customer"))
        self.lookup.returnPressed.connect(self.find)
        self.find_button = QPushButton(self.tr("Find"))
        self.find_button.setAccessibleName(self.tr("Find the duplicate"))
        self.find_button.clicked.connect(self.find)
        self.found = QLabel(self.tr("No duplicate chosen yet."))
        self.found.setObjectName("Muted")
        self.found.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Merge…"))
        self.ok.setEnabled(False)
        self.ok.setAutoDefault(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.lookup, 1)
        row.addWidget(self.find_button)
        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addLayout(row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(16)
        layout.addWidget(intro)
        self.lookup_field = Field(self.tr("Duplicate"), box, name_field=False, marked=self.lookup)
        layout.addWidget(self.lookup_field)
        layout.addWidget(self.found)
        layout.addWidget(self.buttons)
        self.lookup.setFocus()

    def find(self) -> None:
        text = self.lookup.text().strip()
        self.duplicate = None
        self.ok.setEnabled(False)
        if not text:
            self.lookup_field.set_error(self.tr("Type who the duplicate is."))
            return
        self.lookup_field.set_error("")
        self.found.setText(self.tr("Looking…"))
        admin = self.context.services.customer_admin
        self.context.runner.run(
            lambda: admin.get_customer(text), self._on_found, self._on_error, parent=self
        )

    def _on_found(self, found: CustomerDetail) -> None:
        self.show_found(found, "")

    def _on_error(self, error: Exception) -> None:
        if isinstance(error, LoyaltyError):
            self.show_found(None, error_text(error, self.fmt))
        else:
            self.found.setText("")
            report_unexpected(self.context, error)

    def show_found(self, found: CustomerDetail | None, why: str) -> None:
        if found is None:
            self.found.setText("")
            self.lookup_field.set_error(why)
            return
        if found.customer_id == self.keep.customer_id:
            self.found.setText("")
            self.lookup_field.set_error(self.tr("That is this customer."))
            return
        if found.status in (CustomerState.ERASED, CustomerState.MERGED):
            self.found.setText("")
            self.lookup_field.set_error(self.tr("That record is already closed."))
            return
        self.duplicate = found
        parts = [found.name or self.tr("(no name)"), found.short_code,
                 display_phone(found.phone), found.email or "",
                 self.tr("%Ln point(s)", "", found.balance)]  # fmt: skip
        self.found.setText(" · ".join(p for p in parts if p))
        self.ok.setEnabled(True)
        self.ok.setFocus()
