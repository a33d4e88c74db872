"""The sign-in page is on screen before the store opens (issue 13, item 6): a PIN typed by then
waits, and is checked, right or wrong, once the window has the store."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt

from loyaltydesk.config import AppConfig
from loyaltydesk.services.facade import Services
from loyaltydesk.ui.main_window import MainWindow
from loyaltydesk.ui.preferences import Preferences
from tests.gui.helpers import press, settle, type_text


def _shell(qtbot, tmp_path: Path, db_path: Path) -> MainWindow:
    config = AppConfig(home=tmp_path, db_url=f"sqlite:///{db_path}", till="Till 1")
    prefs = Preferences(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))
    window = MainWindow(None, config, prefs)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def test_a_pin_typed_before_the_store_opens_signs_in_once_it_is_open(
    qtbot, tmp_path: Path, db_path: Path, real_services: Services
) -> None:
    window = _shell(qtbot, tmp_path, db_path)
    assert window.pages.currentWidget() is window.sign_in_page
    assert not window.attached
    press(qtbot, None, Qt.Key.Key_F10)  # no owner pages, no crash, before the store is open
    type_text(qtbot, window.sign_in_page.pin, "0000")
    press(qtbot, window.sign_in_page.pin, Qt.Key.Key_Return)
    assert not window.sign_in_page.pin.isEnabled()  # waiting for the store
    assert window.actor is None
    window.attach(real_services)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: window.actor is not None, timeout=10_000)
    assert window.actor.name == "Cass Cashier"
    assert window.pages.currentWidget() is window.counter


def test_a_wrong_pin_typed_early_is_refused_once_the_store_is_open(
    qtbot, tmp_path: Path, db_path: Path, real_services: Services
) -> None:
    window = _shell(qtbot, tmp_path, db_path)
    type_text(qtbot, window.sign_in_page.pin, "9999")
    press(qtbot, window.sign_in_page.pin, Qt.Key.Key_Return)
    window.attach(real_services)
    settle(qtbot, window)
    page = window.sign_in_page
    assert window.actor is None
    assert window.pages.currentWidget() is page
    assert page.pin.isEnabled()
    assert page.pin.text() == ""
    assert page.message.isVisible()
    assert page.message.text()
