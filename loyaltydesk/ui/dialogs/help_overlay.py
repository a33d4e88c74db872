"""F1: every key the counter knows, in one place."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget


def shortcut_list() -> list[tuple[str, str]]:
    tr = QDialog.tr
    return [
        ("Enter", tr("Look up / check in / confirm")),
        ("Esc", tr("Clear and go back to the scan field")),
        ("1 … 9", tr("Pick a reward (when no field has focus)")),
        ("Ctrl + 1 … 9", tr("Pick a reward from anywhere")),
        ("F4", tr("Pay with points")),
        ("Ctrl + N", tr("Register a new customer")),
        ("Ctrl + R", tr("Receipt number")),
        ("F3 / Ctrl + F", tr("Go to the scan field")),
        ("↑ ↓", tr("Move in the name list")),
        ("F8", tr("Void the latest transaction at this till")),
        ("F9", tr("Choose the camera")),
        ("F10", tr("Owner pages (owner PIN), and back")),
        ("Ctrl + L", tr("Sign out")),
        ("F1", tr("This list")),
    ]


class HelpOverlay(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HelpOverlay")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        grid = QGridLayout()
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
        layout.addLayout(grid)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
