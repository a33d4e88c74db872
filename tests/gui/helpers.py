"""Driving the real main window as a person would: fixtures (re-exported by conftest.py) and
helpers for typing, pressing keys, waiting for background work and saving screenshots."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget

from loyaltydesk.config import AppConfig
from loyaltydesk.domain.program import EarnMode
from loyaltydesk.services.facade import Services, build_services
from loyaltydesk.store.engine import make_engine
from loyaltydesk.store.unit_of_work import UnitOfWorkFactory
from loyaltydesk.ui.main_window import MainWindow
from loyaltydesk.ui.preferences import Preferences
from loyaltydesk.ui.theme import apply_theme
from tests.conftest import shop_settings

SCREENS = Path(__file__).resolve().parents[1] / "artifacts" / "screens"
TYPING_DELAY_MS = 60  # a person: well above the scanner-burst gap


@pytest.fixture
def real_services(db_path: Path) -> Iterator[Services]:
    engine = make_engine(f"sqlite:///{db_path}")
    yield build_services(UnitOfWorkFactory(engine))
    engine.dispose()


@pytest.fixture
def window(qtbot, qapp, real_services, db_path, tmp_path) -> MainWindow:
    return open_window(qtbot, qapp, real_services, db_path, tmp_path)


def open_window(qtbot, qapp, services, db_path, tmp_path, camera_file=None) -> MainWindow:
    """The main window as a person sees it, on a real SQLite shop, 1366x768, light palette."""
    # The windows of earlier tests, closed and left to deleteLater, go now: nothing of theirs
    # is re-polished or repainted beside this one.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    # A Malaysian shop, whatever the machine's own locale: numbers, money and dates are
    # checked as its cashiers see them.
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Malaysia))
    QCoreApplication.setOrganizationName("loyaltydesk-tests")
    QCoreApplication.setApplicationName("loyaltydesk-tests")
    apply_theme(qapp, dark=False)
    config = AppConfig(home=tmp_path, db_url=f"sqlite:///{db_path}", till="Till 1")
    prefs = Preferences(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))
    main = MainWindow(services, config, prefs, camera_file=camera_file)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    return main


def settle(qtbot, window: MainWindow) -> None:
    """Wait until every background task has delivered its outcome."""
    qtbot.waitUntil(lambda: window.runner.pending == 0, timeout=15_000)
    qtbot.wait(30)


def type_text(qtbot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text, delay=TYPING_DELAY_MS)


def press(qtbot, widget: QWidget | None, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier):
    target = widget or QApplication.focusWidget()
    if target is None:  # offscreen, a closed dialog can leave no window active
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        target = next((w.focusWidget() for w in windows if w.isVisible()), None)
    assert target is not None, "no widget has the keyboard focus"
    qtbot.keyClick(target, key, modifier)


def sign_in(qtbot, window: MainWindow, pin: str) -> None:
    type_text(qtbot, window.sign_in_page.pin, pin)
    press(qtbot, window.sign_in_page.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.actor is not None, timeout=15_000)
    settle(qtbot, window)


def look_up(qtbot, window: MainWindow, text: str) -> None:
    scan = window.counter.scan
    type_text(qtbot, scan, text)
    press(qtbot, scan, Qt.Key.Key_Return)
    settle(qtbot, window)


def screenshot(window: QWidget, name: str) -> Path:
    SCREENS.mkdir(parents=True, exist_ok=True)
    path = SCREENS / f"{name}.png"
    # Pending resizes and relayouts first, so the picture is what a person would see.
    QApplication.processEvents()
    QApplication.processEvents()
    window.grab().save(str(path))
    return path


def dark_share(widget: QWidget) -> float:
    """The share of the widget's pixels (on a 4 px grid) that are dark: above 0.6 for a window
    painted with the dark palette."""
    image = widget.grab().toImage()
    points = [(x, y) for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)]
    dark = sum(image.pixelColor(x, y).lightness() < 80 for x, y in points)
    return dark / max(1, len(points))


def set_mode(services: Services, mode: EarnMode, **rules: object) -> None:
    from loyaltydesk.domain.staff import Actor, Role

    owner = Actor(1, "Olive Owner", Role.OWNER, "Till 1")
    services.program.save_settings(actor=owner, settings=shop_settings(earn_mode=mode, **rules))
