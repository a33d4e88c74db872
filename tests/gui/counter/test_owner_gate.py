"""The owner pages are one key away from the counter, behind an owner's PIN."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from loyaltydesk.ui.dialogs.owner_pin import OwnerPinDialog
from tests.gui.helpers import press, settle, sign_in


def _answer_pin(pin: str) -> None:
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, OwnerPinDialog)
        dialog.pin.setText(pin)
        dialog.accept()

    QTimer.singleShot(100, answer)


def test_cashier_needs_an_owner_pin(qtbot, window) -> None:
    sign_in(qtbot, window, "0000")
    _answer_pin("0000")  # the cashier's own PIN is not an owner's
    press(qtbot, None, Qt.Key.Key_F10)
    settle(qtbot, window)
    assert window.owner_area is None
    assert window.counter.banner.text == "That PIN is not an owner's."
    _answer_pin("1234")
    press(qtbot, None, Qt.Key.Key_F10)
    settle(qtbot, window)
    assert window.pages.currentWidget() is window.owner_area
    assert window.owner_area.context.actor.name == "Olive Owner"
    assert window.actor.name == "Cass Cashier"  # the counter keeps its cashier
    assert "Owner pages" in window.header.info.text()
    press(qtbot, None, Qt.Key.Key_F10)
    assert window.owner_area is None
    assert window.pages.currentWidget() is window.counter
    assert window.counter.scan.hasFocus()


def test_owner_goes_straight_in_and_sign_out_closes_it(qtbot, window) -> None:
    sign_in(qtbot, window, "1234")
    press(qtbot, None, Qt.Key.Key_F10)
    assert window.owner_area is not None
    press(qtbot, None, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.owner_area is None
    assert window.pages.currentWidget() is window.sign_in_page
