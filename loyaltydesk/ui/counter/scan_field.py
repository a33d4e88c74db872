"""The one scan path: a search field, and a filter that catches keyboard-wedge scanners.

A USB or Bluetooth barcode scanner "types" its code as a fast burst of keystrokes ending in
Enter. When such a burst lands in another field (the amount, say), the filter takes it back out
of that field and sends it to the scan path instead, so a scan works wherever the focus is.

A burst is told from a person by when the keys were pressed (``QKeyEvent.timestamp()``), not
by when the GUI thread got round to them: on a busy PC a person's keys queue up and arrive
together. And only text the scan path can use (a member code or QR, a voucher code, a phone,
an email) is taken; what the field itself is for (an amount in the amount field) never is.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QValidator
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from loyaltydesk.domain.errors import LoyaltyError
from loyaltydesk.domain.identifiers import IdentifierKind, classify
from loyaltydesk.domain.vouchers import normalise_code

#: Keystrokes closer together than this belong to one burst; people do not type this fast.
BURST_GAP_MS = 35
#: The Enter that ends a burst comes this soon after its last character.
BURST_END_MS = 3 * BURST_GAP_MS
#: A burst this short is too short to be a code.
MIN_BURST_LENGTH = 4
#: What the scan path can look up; a burst of anything else stays where it was typed.
SCANNABLE = frozenset(
    {
        IdentifierKind.MEMBER_QR,
        IdentifierKind.SHORT_CODE,
        IdentifierKind.VOUCHER_CODE,
        IdentifierKind.PHONE,
        IdentifierKind.EMAIL,
    }
)


_MODIFIERS = frozenset(
    {Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_AltGr, Qt.Key.Key_Meta}
)


def is_scannable(text: str, region: str = "MY") -> bool:
    """Whether the scan path can use ``text``: our QR payloads, codes, phones and emails."""
    try:
        kind = classify(text, default_region=region).kind
    except LoyaltyError:
        return False
    return kind in SCANNABLE or normalise_code(text) is not None


def field_takes(widget: QWidget, text: str) -> bool:
    """Whether ``widget`` is a field made for ``text`` (its validator accepts all of it)."""
    validator = widget.validator() if isinstance(widget, QLineEdit) else None
    if validator is None:
        return False
    state = validator.validate(text, len(text))
    state = state[0] if isinstance(state, tuple) else state
    return state == QValidator.State.Acceptable


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
        *,
        region: Callable[[], str] = lambda: "MY",
    ) -> None:
        """``accepts(widget)`` says whether a burst typed into ``widget`` is a scan (only inside
        the counter while someone is signed in: never on the PIN pad or in a dialog);
        ``region()`` is the shop's, for reading phone numbers."""
        super().__init__(parent)
        self._scan_field = scan_field
        self._accepts = accepts
        self._region = region
        self._chars: list[str] = []
        self._last: tuple[bool, float] | None = None
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
        pressed = _pressed_at(key)
        if key.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return self._finish(pressed)
        if key.key() in _MODIFIERS:
            return False  # a scanner presses Shift for capitals, in the middle of a burst
        text = key.text()
        if not text or not text.isprintable():
            self._reset()
            return False
        if self._gap(pressed) > BURST_GAP_MS or watched is not self._target:
            self._reset()
            self._target = watched
            self._before = watched.text() if isinstance(watched, QLineEdit) else ""
        self._chars.append(text)
        self._last = pressed
        return False

    def _gap(self, pressed: tuple[bool, float]) -> float:
        """Milliseconds since the last key, on one clock; unknown counts as a long time."""
        if self._last is None or self._last[0] != pressed[0]:
            return float("inf")
        return pressed[1] - self._last[1]

    def _finish(self, pressed: tuple[bool, float]) -> bool:
        text = "".join(self._chars).strip()
        target = self._target
        is_burst = len(text) >= MIN_BURST_LENGTH and self._gap(pressed) <= BURST_END_MS
        before = self._before
        self._reset()
        if not is_burst or target is None or target is self._scan_field:
            return False
        if not self._accepts(target) or field_takes(target, text):
            return False
        if not is_scannable(text, self._region()):
            return False
        if isinstance(target, QLineEdit):
            target.setText(before)
        self.scanned.emit(text)
        return True

    def _reset(self) -> None:
        self._chars.clear()
        self._last = None
        self._target = None
        self._before = ""


def _pressed_at(event: QKeyEvent) -> tuple[bool, float]:
    """When the key was pressed, in ms: the event's own time stamp when the platform gave it
    one (``True``), else when it is handled (``False``; events made by hand carry none)."""
    stamp = event.timestamp()
    if stamp:
        return True, float(stamp)
    return False, time.monotonic() * 1000
