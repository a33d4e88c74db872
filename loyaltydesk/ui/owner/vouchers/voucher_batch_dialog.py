"""The form for a new voucher batch: name, offer, how many, when, and a minimum purchase.

Checked as the owner types; the create button stays disabled until every field is right.
The page does the saving (``submitted``) and closes the form once the batch exists.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.domain.money import minor_units
from loyaltydesk.domain.vouchers import MAX_DESCRIPTION, MAX_NAME, MAX_QUANTITY, VoucherType
from loyaltydesk.ui.counter.banner import ResultBanner
from loyaltydesk.ui.dialogs.confirm import confirm_destructive
from loyaltydesk.ui.formatting import DATE_FORMAT, Formatter

DEFAULT_QUANTITY = 50
DEFAULT_DAYS = 30
MAX_MONEY = 1_000_000


@dataclass(frozen=True, slots=True)
class BatchRequest:
    """What the owner asked for, ready for ``VoucherService.create_batch``."""

    name: str
    voucher_type: VoucherType
    value: Decimal | None
    description: str
    quantity: int
    valid_from: date
    valid_until: date
    min_purchase: Decimal | None


class VoucherBatchDialog(QDialog):
    submitted = Signal(object)

    def __init__(self, fmt: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New voucher batch"))
        self.setMinimumWidth(640)
        self._fmt = fmt
        self._places = minor_units(fmt.currency)
        self._today = datetime.now(fmt.zone).date()
        self.banner = ResultBanner()

        self.name = QLineEdit()
        self.name.setMaxLength(MAX_NAME)
        self.name.setPlaceholderText(self.tr("e.g. Opening week"))
        self.name.setAccessibleName(self.tr("Batch name"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of voucher"))
        self.kind.addItem(self.tr("Percent off"), VoucherType.PERCENT)
        self.kind.addItem(self.tr("Money off"), VoucherType.FIXED)
        self.kind.addItem(self.tr("Buy one, get one free"), VoucherType.BOGO)
        self.percent = QDoubleSpinBox()
        self.percent.setRange(0, 100)
        self.percent.setDecimals(2)
        self.percent.setSuffix(" " + fmt.locale.percent())
        self.percent.setAccessibleName(self.tr("Percent off"))
        self.percent.setObjectName("RvNumber")
        self.money = self._money_field(self.tr("Money off"))
        self.benefit = QLineEdit()
        self.benefit.setMaxLength(MAX_DESCRIPTION)
        self.benefit.setPlaceholderText(self.tr("e.g. Buy one coffee, get a second free"))
        self.benefit.setAccessibleName(self.tr("What the customer gets"))
        self.value_stack = QStackedWidget()
        self.value_stack.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        for field in (self.percent, self.money, self.benefit):
            self.value_stack.addWidget(field)
        self.value_label = QLabel()
        self.value_label.setObjectName("FieldLabel")
        self.quantity = QSpinBox()
        self.quantity.setRange(0, MAX_QUANTITY)
        self.quantity.setValue(DEFAULT_QUANTITY)
        self.quantity.setLocale(fmt.locale)
        self.quantity.setSuffix(self.tr(" vouchers"))
        self.quantity.setAccessibleName(self.tr("How many vouchers"))
        self.valid_from = self._date_field(self._today, self.tr("Valid from"))
        self.valid_until = self._date_field(
            self._today + timedelta(days=DEFAULT_DAYS), self.tr("Valid until")
        )
        self.minimum = self._money_field(self.tr("Minimum purchase"))
        self.minimum.setSpecialValueText(self.tr("No minimum"))

        self.errors = {key: self._error_label() for key in ("name", "value", "quantity", "dates")}
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        self._place(grid, 0, 0, self.tr("Name"), self.name, "name", span=2)
        self._place(grid, 3, 0, self.tr("Kind"), self.kind)
        grid.addWidget(self.value_label, 3, 1)
        grid.addWidget(self.value_stack, 4, 1)
        grid.addWidget(self.errors["value"], 5, 1)
        self._place(grid, 6, 0, self.tr("How many (1 to 1,000)"), self.quantity, "quantity")
        self._place(grid, 6, 1, self.tr("Minimum purchase"), self.minimum)
        self._place(grid, 9, 0, self.tr("Valid from"), self.valid_from)
        self._place(grid, 9, 1, self.tr("Valid until (the whole day)"), self.valid_until)
        grid.addWidget(self.errors["dates"], 11, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.create_button = QPushButton(self.tr("Create vouchers"))
        self.create_button.setProperty("role", "primary")
        self.create_button.setAccessibleName(self.tr("Create vouchers"))
        self.create_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(16)
        layout.addWidget(self.banner)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addLayout(buttons)

        for line in (self.name, self.benefit):
            line.textChanged.connect(self.validate)
        for spin in (self.percent, self.money, self.minimum, self.quantity):
            spin.valueChanged.connect(self.validate)
        for edit in (self.valid_from, self.valid_until):
            edit.dateChanged.connect(self.validate)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.cancel_button.clicked.connect(self.reject)
        self.create_button.clicked.connect(self._on_create_clicked)
        self._busy = False
        self._touched: set[str] = set()
        self.name.textEdited.connect(lambda _text: self._touched.add("name"))
        for spin in (self.percent, self.money):
            spin.editingFinished.connect(lambda: (self._touched.add("value"), self.validate()))
        self._on_kind_changed()

    # -- public ------------------------------------------------------------------------------

    def request(self) -> BatchRequest:
        kind = VoucherType(self.kind.currentData())
        value: Decimal | None = None
        if kind is VoucherType.PERCENT:
            value = Decimal(f"{self.percent.value():.2f}").normalize()
        elif kind is VoucherType.FIXED:
            value = self._decimal(self.money)
        minimum = self._decimal(self.minimum) if self.minimum.value() > 0 else None
        return BatchRequest(
            name=" ".join(self.name.text().split()),
            voucher_type=kind,
            value=value,
            description=self.benefit.text().strip() if kind is VoucherType.BOGO else "",
            quantity=self.quantity.value(),
            valid_from=self.valid_from.date().toPython(),  # type: ignore[arg-type]
            valid_until=self.valid_until.date().toPython(),  # type: ignore[arg-type]
            min_purchase=minimum,
        )

    def validate(self) -> bool:
        """Show what is wrong beside each field; enable Create only when nothing is."""
        kind = self.kind.currentData()
        problems = {
            "name": ""
            if self.name.text().strip() or "name" not in self._touched
            else self.tr("Give the batch a name."),
            "value": "",
            "quantity": "" if self.quantity.value() >= 1 else self.tr("Make at least 1 voucher."),
            "dates": "",
        }
        if kind == VoucherType.PERCENT and self.percent.value() <= 0:
            problems["value"] = self.tr("Type how many percent off, above 0.")
        elif kind == VoucherType.FIXED and self.money.value() <= 0:
            problems["value"] = self.tr("Type how much money off, above 0.")
        first, last = self.valid_from.date(), self.valid_until.date()
        if last < first:
            problems["dates"] = self.tr("The last valid day is before the first.")
        elif last < QDate(self._today.year, self._today.month, self._today.day):
            problems["dates"] = self.tr("The last valid day has already passed.")
        for key, text in problems.items():
            # The value says what is wrong once the person has left it (or pressed Create).
            shown = text if key != "value" or "value" in self._touched else ""
            self.errors[key].setText(shown)
            self.errors[key].setVisible(bool(shown))
        valid = not any(problems.values()) and bool(self.name.text().strip())
        self.create_button.setEnabled(valid and not self._busy)
        return valid

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.validate()

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.banner.show_message(text, "bad")

    def has_changes(self) -> bool:
        return bool(self.name.text().strip() or self.benefit.text().strip()) or (
            self.percent.value() > 0 or self.money.value() > 0 or self.minimum.value() > 0
        )

    def reject(self) -> None:
        """Esc or Cancel: ask before throwing away what was typed."""
        if self.has_changes() and not confirm_destructive(
            self,
            self.tr("Discard this batch?"),
            self.tr("The new batch has not been created. Close the form and lose what you typed?"),
            self.tr("Discard"),
        ):
            return
        super().reject()

    # -- building ------------------------------------------------------------------------------

    def _money_field(self, name: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setLocale(self._fmt.locale)
        spin.setDecimals(self._places)
        spin.setRange(0, MAX_MONEY)
        spin.setPrefix(self._fmt.currency_symbol() + " ")
        spin.setGroupSeparatorShown(True)
        spin.setAccessibleName(name)
        spin.setObjectName("RvNumber")
        return spin

    def _date_field(self, day: date, name: str) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setCalendarPopup(True)
        edit.setLocale(self._fmt.locale)
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setAccessibleName(name)
        return edit

    def _error_label(self) -> QLabel:
        label = QLabel()
        label.setObjectName("RvFieldError")
        label.setWordWrap(True)
        label.hide()
        return label

    def _place(
        self,
        grid: QGridLayout,
        row: int,
        column: int,
        label: str,
        field: QWidget,
        error: str = "",
        span: int = 1,
    ) -> None:
        caption = QLabel(label)
        caption.setObjectName("FieldLabel")
        caption.setBuddy(field)
        grid.addWidget(caption, row, column, 1, span)
        grid.addWidget(field, row + 1, column, 1, span)
        if error:
            grid.addWidget(self.errors[error], row + 2, column, 1, span)
        else:
            grid.setRowMinimumHeight(row + 2, 8)

    # -- reacting ------------------------------------------------------------------------------

    def _decimal(self, spin: QDoubleSpinBox) -> Decimal:
        return Decimal(f"{spin.value():.{self._places}f}")

    def _on_kind_changed(self) -> None:
        kind = self.kind.currentData()
        index = {VoucherType.PERCENT: 0, VoucherType.FIXED: 1, VoucherType.BOGO: 2}[kind]
        self.value_stack.setCurrentIndex(index)
        labels = (
            self.tr("Percent off"),
            self.tr("Money off (%1)").replace("%1", self._fmt.currency_symbol()),
            self.tr("What the customer gets (optional)"),
        )
        self.value_label.setText(labels[index])
        self.value_label.setBuddy(self.value_stack.currentWidget())
        self.validate()

    def _on_create_clicked(self) -> None:
        self._touched.update(("name", "value"))
        if not self.validate():
            return
        self.banner.clear()
        self.set_busy(True)
        self.submitted.emit(self.request())
