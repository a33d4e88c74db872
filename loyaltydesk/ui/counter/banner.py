"""The outcome line: words and colour together, and the yes/no of a confirmation."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class ResultBanner(QFrame):
    """``show_message(text, tone)`` with tone ok / warn / bad / info; ``ask`` adds Yes and No."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ResultBanner")
        self.setAccessibleName(self.tr("Result"))
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.yes = QPushButton(self.tr("Yes (Enter)"))
        self.yes.setProperty("role", "primary")
        self.yes.setAutoDefault(True)
        self.yes.setAccessibleName(self.tr("Confirm"))
        self.no = QPushButton(self.tr("No (Esc)"))
        self.no.setAccessibleName(self.tr("Cancel"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 8, 8)
        layout.setSpacing(8)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.yes)
        layout.addWidget(self.no)
        self._on_yes: Callable[[], None] | None = None
        self._on_no: Callable[[], None] | None = None
        self.yes.clicked.connect(self._confirmed)
        self.no.clicked.connect(self._declined)
        self.clear()

    @property
    def tone(self) -> str:
        return str(self.property("tone") or "")

    @property
    def text(self) -> str:
        return self.label.text()

    @property
    def asking(self) -> bool:
        return self._on_yes is not None

    def show_message(self, text: str, tone: str) -> None:
        self._on_yes = self._on_no = None
        self.yes.hide()
        self.no.hide()
        self._set(text, tone)

    def ask(
        self, text: str, tone: str, on_yes: Callable[[], None], on_no: Callable[[], None]
    ) -> None:
        self._on_yes, self._on_no = on_yes, on_no
        self._set(text, tone)
        self.yes.show()
        self.no.show()
        self.yes.setFocus()

    def decline(self) -> bool:
        """Esc while asking: say no. Returns whether there was a question."""
        if not self.asking:
            return False
        self._declined()
        return True

    def clear(self) -> None:
        self._on_yes = self._on_no = None
        self.yes.hide()
        self.no.hide()
        self.label.clear()
        self.setProperty("tone", "")
        self.hide()

    def _set(self, text: str, tone: str) -> None:
        self.label.setText(text)
        self.setProperty("tone", tone)
        self.style().unpolish(self)
        self.style().polish(self)
        self.show()

    def _confirmed(self) -> None:
        action, self._on_yes, self._on_no = self._on_yes, None, None
        self.yes.hide()
        self.no.hide()
        if action is not None:
            action()

    def _declined(self) -> None:
        action, self._on_yes, self._on_no = self._on_no, None, None
        self.clear()
        if action is not None:
            action()
