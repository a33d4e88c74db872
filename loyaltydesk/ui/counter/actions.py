"""The right-hand panel: the amount (or units), receipt number, check in, pay, rewards."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, QSize, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyleOptionFrame,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.domain.program import EarnMode
from loyaltydesk.domain.rewards import RewardOption
from loyaltydesk.ui.formatting import Formatter
from loyaltydesk.ui.widgets.elided_label import ElidedLabel

AMOUNT_PATTERN = r"[0-9]{0,10}([.,][0-9]{0,4})?"
MAX_REWARD_KEYS = 9


def _label(text: str, name: str = "FieldLabel") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    return label


class AmountField(QLineEdit):
    """Never narrower than a whole amount in its own large font: "1234.50", not "34.50"."""

    SAMPLE = "000000.00"

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(max(hint.width(), self._whole_amount_width()), hint.height())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), self._whole_amount_width()), hint.height())

    def _whole_amount_width(self) -> int:
        option = QStyleOptionFrame()
        self.initStyleOption(option)
        # 4: the line edit's own 2 px a side inside the style's contents rectangle.
        text = QSize(self.fontMetrics().horizontalAdvance(self.SAMPLE) + 4, 0)
        size = self.style().sizeFromContents(QStyle.ContentsType.CT_LineEdit, option, text, self)
        return size.width()


class RewardRow(QFrame):
    redeem_clicked = Signal(int)

    def __init__(self, key: int, option: RewardOption, fmt: Formatter) -> None:
        super().__init__()
        self.setObjectName("RewardRow")
        self.option = option
        self.setProperty("available", option.available)
        badge = QLabel(str(key) if key <= MAX_REWARD_KEYS else "")
        badge.setObjectName("RewardKey")
        title = ElidedLabel(option.title, words=True)
        title.setObjectName("RewardTitle")
        cost = QLabel(self.tr("%1 pts").replace("%1", fmt.points(option.cost)))
        cost.setObjectName("RewardCost")
        self.button = QPushButton(self.tr("Redeem") if option.available else self.tr("Not yet"))
        self.button.setEnabled(option.available)
        self.button.setMinimumWidth(88)
        self.button.setAccessibleName(self.tr("Redeem %1").replace("%1", option.title))
        self.button.clicked.connect(lambda: self.redeem_clicked.emit(option.reward_id))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(8)
        layout.addWidget(badge)
        layout.addWidget(title, 1)
        layout.addWidget(cost)
        layout.addWidget(self.button)


class ActionPanel(QFrame):
    check_in_requested = Signal()
    pay_requested = Signal()
    redeem_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ActionPanel")
        self.mode = EarnMode.SPEND
        self.rows: list[RewardRow] = []

        self.amount_label = _label(self.tr("Amount"))
        self.amount = AmountField()
        self.amount.setObjectName("BigField")
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount.setValidator(QRegularExpressionValidator(QRegularExpression(AMOUNT_PATTERN)))
        self.amount.setAccessibleName(self.tr("Amount spent"))
        self.amount.returnPressed.connect(self.check_in_requested)
        self.currency = QLabel()
        self.currency.setObjectName("BalanceUnit")
        self.enter_hint = _label(self.tr("Enter = check in"), "KeyHint")
        self.visit_hint = _label(self.tr("Press Enter to check in this visit"), "IdleHint")
        self.visit_hint.setWordWrap(True)

        self.receipt = QLineEdit()
        self.receipt.setMaxLength(40)
        self.receipt.setPlaceholderText(self.tr("optional"))
        self.receipt.setAccessibleName(self.tr("Receipt number"))
        self.receipt.returnPressed.connect(self.check_in_requested)

        self.check_in = QPushButton(self.tr("Check in"))
        self.check_in.setProperty("role", "primary")
        self.check_in.setAutoDefault(True)
        self.check_in.setAccessibleName(self.tr("Check in"))
        self.check_in.clicked.connect(self.check_in_requested)
        self.pay_toggle = QPushButton(self.tr("Pay with points (F4)"))
        self.pay_toggle.setAccessibleName(self.tr("Pay with points"))
        self.pay_toggle.clicked.connect(self.show_pay)

        self.pay_points = QLineEdit()
        self.pay_points.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9]{0,8}")))
        self.pay_points.setAccessibleName(self.tr("Points to pay with"))
        self.pay_points.setPlaceholderText(self.tr("points"))
        self.pay_points.returnPressed.connect(self.pay_requested)
        self.pay_value = _label("", "KeyHint")
        self.pay_button = QPushButton(self.tr("Pay"))
        self.pay_button.setAccessibleName(self.tr("Pay with these points"))
        self.pay_button.clicked.connect(self.pay_requested)
        self.pay_row = QWidget()
        pay_layout = QHBoxLayout(self.pay_row)
        pay_layout.setContentsMargins(0, 0, 0, 0)
        pay_layout.setSpacing(8)
        pay_layout.addWidget(_label(self.tr("Points")))
        pay_layout.addWidget(self.pay_points, 1)
        pay_layout.addWidget(self.pay_value)
        pay_layout.addWidget(self.pay_button)
        self.pay_row.hide()

        self.rewards_title = _label("", "SectionTitle")
        rewards_widget = QWidget()
        rewards_widget.setObjectName("RewardsList")
        self.rewards_box = QVBoxLayout(rewards_widget)
        self.rewards_box.setContentsMargins(0, 0, 4, 0)
        self.rewards_box.setSpacing(4)
        self.rewards_box.addStretch(1)
        self.rewards_scroll = QScrollArea()
        self.rewards_scroll.setObjectName("RewardsScroll")
        self.rewards_scroll.setWidget(rewards_widget)
        self.rewards_scroll.setWidgetResizable(True)
        self.rewards_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.rewards_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.no_rewards = _label(self.tr("No rewards in the catalog yet"), "Muted")

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        grid.addWidget(self.amount_label, 0, 0)
        amount_row = QHBoxLayout()
        amount_row.setSpacing(8)
        amount_row.addWidget(self.amount, 1)
        amount_row.addWidget(self.currency)
        grid.addLayout(amount_row, 0, 1)
        # The hint goes under the field, not beside it: the amount keeps the width.
        grid.addWidget(self.enter_hint, 1, 1)
        grid.addWidget(self.visit_hint, 2, 0, 1, 2)
        grid.addWidget(_label(self.tr("Receipt #")), 3, 0)
        grid.addWidget(self.receipt, 3, 1)
        grid.setColumnStretch(1, 1)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.check_in, 1)
        buttons.addWidget(self.pay_toggle, 1)

        layout = QVBoxLayout(self)
        # 16, not 24: on a 768 px high screen five rewards stay in view.
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        layout.addWidget(self.pay_row)
        layout.addWidget(self.rewards_title)
        layout.addWidget(self.rewards_scroll, 1)
        layout.addWidget(self.no_rewards)
        self.setTabOrder(self.amount, self.receipt)
        self.setTabOrder(self.receipt, self.check_in)
        self.setTabOrder(self.check_in, self.pay_toggle)

    def set_mode(self, mode: EarnMode, currency_text: str) -> None:
        self.mode = mode
        spend, unit = mode is EarnMode.SPEND, mode is EarnMode.UNIT
        self.amount_label.setText(self.tr("Units") if unit else self.tr("Amount"))
        self.amount.setAccessibleName(self.tr("Units bought") if unit else self.tr("Amount spent"))
        pattern = r"[0-9]{0,5}" if unit else AMOUNT_PATTERN
        self.amount.setValidator(QRegularExpressionValidator(QRegularExpression(pattern)))
        self.currency.setText(currency_text if spend else "")
        for widget in (self.amount_label, self.amount, self.currency, self.enter_hint):
            widget.setVisible(spend or unit)
        self.visit_hint.setVisible(mode is EarnMode.VISIT)
        keys = self.tr("press the number") if mode is EarnMode.VISIT else self.tr("Ctrl + number")
        self.rewards_title.setText(self.tr("Rewards — %1").replace("%1", keys))

    def show_rewards(self, options: tuple[RewardOption, ...], fmt: Formatter) -> None:
        for row in self.rows:
            self.rewards_box.removeWidget(row)
            row.deleteLater()
        self.rows = []
        for key, option in enumerate(options, start=1):
            row = RewardRow(key, option, fmt)
            row.redeem_clicked.connect(self.redeem_requested)
            self.rewards_box.insertWidget(self.rewards_box.count() - 1, row)
            self.rows.append(row)
        self.no_rewards.setVisible(not options)

    def reward_for_key(self, key: int) -> RewardOption | None:
        return self.rows[key - 1].option if 0 < key <= len(self.rows) else None

    def reset_inputs(self) -> None:
        self.amount.clear()
        self.receipt.clear()
        self.pay_points.clear()
        self.pay_value.clear()
        self.pay_row.hide()

    def show_pay(self) -> None:
        self.pay_row.show()
        self.pay_points.setFocus()

    def focus_entry(self) -> None:
        """Where the cashier's next key goes: the amount, or the check-in button (VISIT)."""
        if self.mode is EarnMode.VISIT:
            self.check_in.setFocus()
        else:
            self.amount.setFocus()

    def set_enabled(self, enabled: bool) -> None:
        for widget in (self.amount, self.receipt, self.check_in, self.pay_toggle, self.pay_row):
            widget.setEnabled(enabled)
        for row in self.rows:
            row.button.setEnabled(enabled and row.option.available)
