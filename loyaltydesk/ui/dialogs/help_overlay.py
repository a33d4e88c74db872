"""F1: every key the counter knows, in one place."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

SCREEN_ROOM = 96
"""Height left free on the screen for the dialog's title bar and the task bar."""
CHROME = 160
"""The dialog's title, Close button, margins and spacing around the list."""


def shortcut_list() -> list[tuple[str, str]]:
    return [
        ("Enter", HelpOverlay.tr("Look up / check in / confirm")),
        ("Esc", HelpOverlay.tr("Clear and go back to the scan field")),
        ("1 … 9", HelpOverlay.tr("Pick a reward (when no field has focus)")),
        ("Ctrl + 1 … 9", HelpOverlay.tr("Pick a reward from anywhere")),
        ("F4", HelpOverlay.tr("Pay with points")),
        ("Ctrl + N", HelpOverlay.tr("Register a new customer")),
        ("Ctrl + R", HelpOverlay.tr("Receipt number")),
        ("F3 / Ctrl + F", HelpOverlay.tr("Go to the scan field")),
        ("↑ ↓", HelpOverlay.tr("Move in the name list")),
        ("F8", HelpOverlay.tr("Void the latest transaction at this till")),
        ("F9", HelpOverlay.tr("Choose the camera")),
        ("F10", HelpOverlay.tr("Owner pages (owner PIN), and back")),
        ("Ctrl + L", HelpOverlay.tr("Sign out")),
        ("F1", HelpOverlay.tr("This list")),
    ]


class HelpOverlay(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HelpOverlay")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        key_list = QWidget()
        grid = QGridLayout(key_list)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(8)
        for row, (keys, action) in enumerate(shortcut_list()):
            key_label = QLabel(keys)
            key_label.setObjectName("KeyCap")
            key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            key_label.setMinimumWidth(140)
            grid.addWidget(key_label, row, 0)
            grid.addWidget(QLabel(action), row, 1)
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(True)
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        title = QLabel(self.tr("Keyboard shortcuts"))
        title.setObjectName("IdleTitle")
        layout.addWidget(title)
        # On a low screen (1280x800 at 125 %) the list scrolls; the Close button stays.
        scroll = QScrollArea()
        scroll.setObjectName("HelpKeys")
        key_list.setObjectName("HelpKeyList")
        scroll.setStyleSheet("#HelpKeys, #HelpKeyList { background: transparent; }")
        scroll.setWidget(key_list)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        key_list.ensurePolished()  # the stylesheet's fonts, before the sizes are read
        bar = scroll.verticalScrollBar().sizeHint().width()
        scroll.setMinimumWidth(key_list.sizeHint().width() + bar)
        screen = (parent.screen() if parent is not None else None) or self.screen()
        room = screen.availableGeometry().height() - SCREEN_ROOM
        scroll.setMinimumHeight(min(key_list.sizeHint().height(), max(160, room - CHROME)))
        layout.addWidget(scroll, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.setMaximumHeight(room)
