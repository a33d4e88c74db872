"""What the card area shows while the counter waits for the next customer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class IdlePanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(32, 32, 32, 32)
        title = QLabel(self.tr("Ready for the next customer"))
        title.setObjectName("IdleTitle")
        hint = QLabel(
            self.tr("Scan a member card, or type a phone number, email, member code or name.")
        )
        hint.setObjectName("IdleHint")
        hint.setWordWrap(True)
        keys = QLabel(self.tr("F1 shows every key."))
        keys.setObjectName("KeyHint")
        self.layout_.addStretch(1)
        for label in (title, hint, keys):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.layout_.addWidget(label)
        self.layout_.addStretch(2)

    def add_below(self, widget: QWidget) -> None:
        """A camera preview, when there is a camera, sits under the words."""
        self.layout_.insertWidget(self.layout_.count() - 1, widget, 0, Qt.AlignmentFlag.AlignCenter)
