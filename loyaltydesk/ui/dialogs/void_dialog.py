"""Asking why a transaction is voided, and an owner's PIN when the cashier may not void it."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class VoidDialog(QDialog):
    """``owner_reason``: why an owner's PIN is needed (empty when the cashier may void it)."""

    def __init__(self, description: str, owner_reason: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Void transaction"))
        intro = QLabel(
            self.tr("Void %1? The points go back as they were.").replace("%1", description)
        )
        intro.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("e.g. wrong customer"))
        self.reason.setAccessibleName(self.tr("Reason"))
        self.owner_pin = QLineEdit()
        self.owner_pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.owner_pin.setMaxLength(8)
        self.owner_pin.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9]{0,8}")))
        self.owner_pin.setAccessibleName(self.tr("Owner PIN"))
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason)
        needs_owner = bool(owner_reason)
        if needs_owner:
            form.addRow(self.tr("Owner PIN"), self.owner_pin)
            note = QLabel(owner_reason)
            note.setObjectName("Muted")
            note.setWordWrap(True)
            form.addRow("", note)
        else:
            self.owner_pin.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Void"))
        # The safe choice is the default: Cancel unless a reason was typed.
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._validate)
        self.owner_pin.textChanged.connect(self._validate)
        self._needs_owner = needs_owner
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(16)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._validate()

    def _validate(self) -> None:
        ok = bool(self.reason.text().strip()) and (
            not self._needs_owner or len(self.owner_pin.text()) >= 4
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
