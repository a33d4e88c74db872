"""A scanner or a person? Judged by when the keys were pressed, not when they were handled, and
only text the scan path can use is ever taken out of a field.

The key events are made by hand with the time stamps a keyboard would give them, and all are
delivered at once, as they are when the PC was busy while someone typed."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from loyaltydesk.domain.qr_payload import member_payload
from loyaltydesk.ui.counter.scan_field import is_scannable
from tests.gui.counter.test_counter import make_customer
from tests.gui.helpers import look_up, settle, sign_in

HUMAN_GAP_MS = 120
SCANNER_GAP_MS = 8


def keys_pressed(widget: QWidget, text: str, gap_ms: int, *, start_ms: int = 5_000_000) -> None:
    """Deliver ``text`` and Enter to ``widget`` in one go, stamped ``gap_ms`` apart."""
    widget.setFocus()
    assert QApplication.focusWidget() is widget
    stamp = start_ms
    for ch in [*text, "\r"]:
        key = Qt.Key.Key_Return if ch == "\r" else Qt.Key(ord(ch.upper()))
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch)
            event.setTimestamp(stamp)
            QApplication.sendEvent(widget, event)
        stamp += gap_ms


def shown_customer(window) -> str:
    return window.counter.card_view.name.full_text()


def test_an_amount_typed_while_busy_is_a_check_in(qtbot, window, real_services) -> None:
    code = make_customer(real_services, "+60123450001", "First Person")
    sign_in(qtbot, window, "0000")
    look_up(qtbot, window, code)
    keys_pressed(window.counter.actions.amount, "80.00", HUMAN_GAP_MS)
    settle(qtbot, window)
    assert window.counter.banner.tone == "ok"
    assert window.counter.banner.text.startswith("+80 points")
    assert real_services.customers.lookup(code).balance == 80


def test_a_fast_amount_in_the_amount_field_is_never_a_scan(qtbot, window, real_services) -> None:
    code = make_customer(real_services, "+60123450001", "First Person")
    sign_in(qtbot, window, "0000")
    look_up(qtbot, window, code)
    keys_pressed(window.counter.actions.amount, "80.00", SCANNER_GAP_MS)
    settle(qtbot, window)
    assert window.counter.banner.text.startswith("+80 points")
    assert shown_customer(window) == "First Person"
    assert real_services.customers.lookup(code).balance == 80


def test_a_phone_typed_while_busy_stays_in_its_field(qtbot, window, real_services) -> None:
    first = make_customer(real_services, "+60123450001", "First Person")
    make_customer(real_services, "+60123450002", "Second Person")
    sign_in(qtbot, window, "0000")
    look_up(qtbot, window, first)
    receipt = window.counter.actions.receipt
    keys_pressed(receipt, "+60123450002", HUMAN_GAP_MS)
    settle(qtbot, window)
    assert shown_customer(window) == "First Person"
    assert receipt.text() == "+60123450002"


def test_a_burst_is_a_scan_wherever_the_focus_is(qtbot, window, real_services) -> None:
    first = make_customer(real_services, "+60123450001", "First Person")
    make_customer(real_services, "+60123450002", "Second Person")
    third = make_customer(real_services, "+60123450003", "Third Person")
    sign_in(qtbot, window, "0000")
    look_up(qtbot, window, first)
    actions = window.counter.actions
    keys_pressed(actions.receipt, "+60123450002", SCANNER_GAP_MS)
    settle(qtbot, window)
    assert shown_customer(window) == "Second Person"
    assert actions.receipt.text() == ""

    third_id = real_services.customers.lookup(third).customer_id
    keys_pressed(actions.amount, member_payload(third_id), SCANNER_GAP_MS)
    settle(qtbot, window)
    assert shown_customer(window) == "Third Person"
    assert actions.amount.text() == ""
    assert real_services.customers.lookup(first).balance == 0  # nothing was checked in


def test_a_fast_burst_the_scan_path_cannot_use_stays_typed(qtbot, window, real_services) -> None:
    first = make_customer(real_services, "+60123450001", "First Person")
    sign_in(qtbot, window, "0000")
    look_up(qtbot, window, first)
    receipt = window.counter.actions.receipt
    keys_pressed(receipt, "INV 2026/0042", SCANNER_GAP_MS)  # a receipt's own barcode
    settle(qtbot, window)
    assert shown_customer(window) == "First Person"
    assert "No customer" not in window.counter.banner.text


def test_what_the_scan_path_can_use() -> None:
    for text in (member_payload("1" * 32), "+60123450002", "ana@example.com", "aB3dE5gH7jK9"):
        assert is_scannable(text), text
    for text in ("80.00", "25,50", "INV 2026/0042", "Ana Lim", "", "\x00" * 5):
        assert not is_scannable(text), text
