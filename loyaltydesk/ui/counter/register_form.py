"""Quick registration in the card area, prefilled with what was scanned or typed."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QRegularExpression, Qt, Signal
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.domain.customer_fields import MAX_NAME, Birthday
from loyaltydesk.domain.program import EarnMode
from loyaltydesk.ui.counter.actions import AMOUNT_PATTERN
from loyaltydesk.ui.formatting import display_phone, parse_typed_birthday


class RegisterForm(QFrame):
    """Enter anywhere in the form submits: register, then check in with the amount given."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        title = QLabel(self.tr("New customer"))
        title.setObjectName("IdleTitle")
        self.hint = hint = QLabel()
        hint.setObjectName("IdleHint")
        hint.setWordWrap(True)
        self.phone = QLineEdit()
        self.phone.setAccessibleName(self.tr("Phone"))
        self.email = QLineEdit()
        self.email.setAccessibleName(self.tr("Email"))
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_NAME)
        self.name.setAccessibleName(self.tr("Name"))
        self.birthday = QLineEdit()
        self.birthday.setAccessibleName(self.tr("Birth date"))
        self.amount = QLineEdit()
        self.amount.setValidator(QRegularExpressionValidator(QRegularExpression(AMOUNT_PATTERN)))
        self.amount.setAccessibleName(self.tr("Amount spent"))
        self.amount_label = QLabel(self.tr("Amount"))
        self.consent = QCheckBox(self.tr("Agrees to receive offers"))
        self.consent.setAccessibleName(self.tr("Marketing consent"))
        self.save = QPushButton(self.tr("Register and check in"))
        self.save.setProperty("role", "primary")
        self.save.setAutoDefault(True)
        self.save.clicked.connect(self.submitted)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(8)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Email"), self.email)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Birth date"), self.birthday)
        form.addRow(self.amount_label, self.amount)
        form.addRow("", self.consent)
        content = QWidget()
        content.setObjectName("RegisterContent")
        inner = QVBoxLayout(content)
        inner.setContentsMargins(24, 24, 24, 24)
        inner.setSpacing(12)
        inner.addWidget(title)
        inner.addWidget(hint)
        inner.addLayout(form)
        inner.addWidget(self.save)
        inner.addStretch(1)
        # Scrolls on a low screen (1280x800 at 125 %) instead of squeezing the fields over
        # each other; a field that takes the focus scrolls into view.
        self.scroll = QScrollArea()
        self.scroll.setObjectName("RegisterScroll")
        self.scroll.setWidget(content)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setMaximumWidth(720 + 48 + self.scroll.verticalScrollBar().sizeHint().width())
        self.scroll.setStyleSheet("#RegisterScroll, #RegisterContent { background: transparent; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)
        self._locale = QLocale()

    def prefill(self, kind: str, value: str, mode: EarnMode, locale: QLocale) -> None:
        self._locale = locale
        for field in (self.phone, self.email, self.name, self.birthday, self.amount):
            field.clear()
        self.consent.setChecked(False)
        self.hint.setText(
            self.tr("Not found. Register them now — Enter saves and checks in.")
            if value
            else self.tr("Type their phone or email — Enter saves and checks in.")
        )
        if kind == "phone":
            self.phone.setText(display_phone(value))
        elif kind == "email":
            self.email.setText(value)
        elif kind == "name":
            self.name.setText(value)
        fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
        self.birthday.setPlaceholderText(self.tr("optional, e.g. %1").replace("%1", fmt))
        self.amount_label.setText(self.tr("Units") if mode is EarnMode.UNIT else self.tr("Amount"))
        self.amount_label.setVisible(mode is not EarnMode.VISIT)
        self.amount.setVisible(mode is not EarnMode.VISIT)
        self.name.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in any field, the checkbox too, saves (a line edit passes Enter on to here)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submitted.emit()
            return
        super().keyPressEvent(event)

    def birth_date(self) -> Birthday | None:
        """The typed birthday in the shop's short format, as the owner pages read it (with or
        without the year: "14 May") or ISO (``1990-05-14``, ``05-14``); None when empty.

        Raises ValueError when something was typed that is not a date.
        """
        text = self.birthday.text().strip()
        if not text:
            return None
        parsed = self._locale.toDate(text, self._locale.dateFormat(QLocale.FormatType.ShortFormat))
        if parsed.isValid():
            if parsed.year() < 1900:
                parsed = parsed.addYears(100)
            return Birthday(parsed.month(), parsed.day(), parsed.year())
        return parse_typed_birthday(self._locale, text) or Birthday.parse_iso(text)
