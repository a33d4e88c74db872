"""The sign-in screen: a PIN keypad that works by touch, mouse and keyboard."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.domain.errors import LoyaltyError
from loyaltydesk.domain.staff import Actor
from loyaltydesk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from loyaltydesk.services.facade import Services


class SignInPage(QWidget):
    """Emits ``signed_in(Actor)`` when a PIN matches. The PIN check runs off the GUI thread.

    The page is shown before the store is open (``services`` None): a PIN entered by then
    waits, the field disabled, and is checked as soon as ``set_services`` is called."""

    signed_in = Signal(object)
    unexpected_error = Signal(object)

    def __init__(
        self,
        services: Services | None,
        runner: TaskRunner,
        till: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("Page")
        self._services = services
        self._runner = runner
        self._till = till

        self.title = QLabel(self.tr("Sign in"))
        self.title.setObjectName("IdleTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = QLabel(self.tr("Type your PIN and press Enter"))
        self.hint.setObjectName("IdleHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin = QLineEdit()
        self.pin.setObjectName("PinDisplay")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.pin.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9]{0,8}")))
        self.pin.setAccessibleName(self.tr("PIN"))
        self.pin.returnPressed.connect(self.submit)
        self.message = QLabel("")
        self.message.setObjectName("ResultBanner")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.hide()

        pad = QGridLayout()
        pad.setSpacing(8)
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "↵"]
        for index, key in enumerate(keys):
            button = QPushButton(key)
            button.setObjectName("PinKey")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            if key == "⌫":
                button.setAccessibleName(self.tr("Delete"))
                button.clicked.connect(self.pin.backspace)
            elif key == "↵":
                button.setAccessibleName(self.tr("Sign in"))
                button.setProperty("role", "primary")
                button.clicked.connect(self.submit)
            else:
                button.setAccessibleName(key)
                button.clicked.connect(lambda _=False, k=key: self.pin.insert(k))
            pad.addWidget(button, index // 3, index % 3)

        panel = QWidget()
        panel.setObjectName("PinPanel")
        panel.setMaximumWidth(420)
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(32, 32, 32, 32)
        inner.setSpacing(16)
        inner.addWidget(self.title)
        inner.addWidget(self.hint)
        inner.addWidget(self.pin)
        inner.addWidget(self.message)
        inner.addLayout(pad)

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(panel)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self._busy = False
        self._waiting_pin: str | None = None

    def set_services(self, services: Services) -> None:
        """The store is open: a PIN entered while it opened is checked now."""
        self._services = services
        pin, self._waiting_pin = self._waiting_pin, None
        if pin is not None:
            self._check(pin)

    def reset(self, message: str = "") -> None:
        self.pin.clear()
        self.pin.setEnabled(True)
        self._show(message, "info") if message else self.message.hide()
        self.pin.setFocus()

    def submit(self) -> None:
        pin = self.pin.text()
        if self._busy or not pin:
            return
        self._busy = True
        self.pin.setEnabled(False)
        if self._services is None:
            self._waiting_pin = pin
            return
        self._check(pin)

    def _check(self, pin: str) -> None:
        assert self._services is not None
        staff, till = self._services.staff, self._till
        self._runner.run(
            lambda: staff.sign_in(pin=pin, till=till),
            self._on_signed_in,
            self._on_failed,
            parent=self,
            write=True,
        )

    def _on_signed_in(self, actor: Actor) -> None:
        self._busy = False
        self.pin.clear()
        self.pin.setEnabled(True)
        self.message.hide()
        self.signed_in.emit(actor)

    def _on_failed(self, error: Exception) -> None:
        self._busy = False
        self.pin.clear()
        self.pin.setEnabled(True)
        self.pin.setFocus()
        if isinstance(error, LoyaltyError):
            from loyaltydesk.ui.messages import error_text  # not needed to show the page

            self._show(error_text(error), "bad")
        else:
            self.unexpected_error.emit(error)

    def _show(self, text: str, tone: str) -> None:
        self.message.setText(text)
        self.message.setProperty("tone", tone)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.show()
