"""The one scan path: a search field, and a filter that catches keyboard-wedge scanners.

A USB or Bluetooth barcode scanner "types" its code as a fast burst of keystrokes ending in
Enter. When such a burst lands in another field (the amount, say), the filter takes it back out
of that field and sends it to the scan path instead, so a scan works wherever the focus is.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

#: Keystrokes closer together than this belong to one burst; people do not type this fast.
BURST_GAP_SECONDS = 0.035
#: A burst this short is too short to be a code.
MIN_BURST_LENGTH = 4


class ScanField(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ScanField")
        self.setPlaceholderText(self.tr("Scan or type phone / email / code / name"))
        self.setAccessibleName(self.tr("Scan or search"))
        self.setClearButtonEnabled(True)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Select what is left from the last look-up, so the next scan replaces it."""
        super().focusInEvent(event)
        QTimer.singleShot(0, self.selectAll)


class ScannerBurstFilter(QObject):
    """Install on the application. Emits ``scanned(text)`` for bursts that end outside
    ``scan_field``; a burst into ``scan_field`` itself is left to its own Enter handling."""

    scanned = Signal(str)

    def __init__(
        self,
        scan_field: QLineEdit,
        accepts: Callable[[QWidget], bool],
        parent: QObject | None = None,
    ) -> None:
        """``accepts(widget)`` says whether a burst typed into ``widget`` is a scan (only inside
        the counter while someone is signed in: never on the PIN pad or in a dialog)."""
        super().__init__(parent)
        self._scan_field = scan_field
        self._accepts = accepts
        self._chars: list[str] = []
        self._last = 0.0
        self._target: QWidget | None = None
        self._before = ""
        self.enabled = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.enabled or event.type() != QEvent.Type.KeyPress:
            return False
        if not isinstance(watched, QWidget) or watched is not QApplication.focusWidget():
            return False  # each key reaches several filters' objects; count it once
        key = event  # type: ignore[assignment]
        assert isinstance(key, QKeyEvent)
        now = time.monotonic()
        if key.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return self._finish(now)
        text = key.text()
        if not text or not text.isprintable():
            self._reset()
            return False
        if now - self._last > BURST_GAP_SECONDS or watched is not self._target:
            self._reset()
            self._target = watched
            self._before = watched.text() if isinstance(watched, QLineEdit) else ""
        self._chars.append(text)
        self._last = now
        return False

    def _finish(self, now: float) -> bool:
        text = "".join(self._chars).strip()
        target = self._target
        is_burst = len(text) >= MIN_BURST_LENGTH and now - self._last <= BURST_GAP_SECONDS * 3
        before = self._before
        self._reset()
        if not is_burst or target is None or target is self._scan_field:
            return False
        if not self._accepts(target):
            return False
        if isinstance(target, QLineEdit):
            target.setText(before)
        self.scanned.emit(text)
        return True

    def _reset(self) -> None:
        self._chars.clear()
        self._target = None
        self._before = ""
