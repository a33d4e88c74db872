"""The app in each language it ships: the counter and two owner pages, translated, nothing cut
at 1366x768, screenshotted (tests/artifacts/screens/language-<code>-<screen>.png)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from loyaltydesk.bootstrap import open_services
from loyaltydesk.config import resolve_config
from loyaltydesk.services.backups import BackupService
from loyaltydesk.services.context import utc_now
from loyaltydesk.services.demo import OWNER_PIN, SimulatedClock, build_demo_shop
from loyaltydesk.ui.first_start.demo_words import demo_words
from loyaltydesk.ui.languages import LANGUAGES, install_language
from loyaltydesk.ui.main_window import MainWindow
from tests.gui.helpers import look_up, open_window, press, screenshot, settle, sign_in, type_text
from tests.gui.layout_checks import cut_widgets
from tests.support.tools import missing_tool

SHIPPED = [language.code for language in LANGUAGES if language.code != "en"]


@pytest.fixture(autouse=True)
def _no_daily_backup(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(BackupService, "run_daily_backup_if_due", lambda *_a, **_k: None)


@pytest.fixture
def speaking(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The app speaking ``request.param`` for one test; English again afterwards."""
    if request.param == "zh_CN" and not QFontDatabase.families(
        QFontDatabase.WritingSystem.SimplifiedChinese
    ):
        missing_tool("needs a Chinese font to draw and measure zh_CN (fonts-wqy-microhei)")
    installed = install_language(qapp, request.param)
    assert installed, f"no catalog loaded for {request.param}"
    yield request.param
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Malaysia))


def _demo_window(qtbot, qapp, tmp_path: Path) -> MainWindow:
    config = resolve_config(home=str(tmp_path), demo=True)
    clock = SimulatedClock(utc_now())
    services = open_services(config, durable=False, clock=clock)
    build_demo_shop(services, clock, customers=12, words=demo_words())  # in the language
    services = open_services(config)
    db_path = Path(config.db_url.removeprefix("sqlite:///"))
    locale = QLocale()  # open_window sets a Malaysian English default; keep the language's
    window = open_window(qtbot, qapp, services, db_path, tmp_path)
    QLocale.setDefault(locale)
    return window


@pytest.mark.parametrize("speaking", SHIPPED, indirect=True)
def test_the_counter_and_owner_pages_speak_the_language(qtbot, qapp, tmp_path, speaking):
    window = _demo_window(qtbot, qapp, tmp_path)
    sign_in(qtbot, window, OWNER_PIN)
    look_up(qtbot, window, "+60123456789")
    type_text(qtbot, window.counter.actions.amount, "12.50")
    check_in = window.counter.actions.check_in.text()
    assert check_in == QCoreApplication.translate("ActionPanel", "Check in") != "Check in"
    assert screenshot(window, f"language-{speaking}-counter").stat().st_size > 0
    cuts = [str(cut) for cut in cut_widgets(window)]
    press(qtbot, window.counter.scan, Qt.Key.Key_Escape)

    press(qtbot, None, Qt.Key.Key_F10)
    assert window.owner_area is not None
    for key in ("customers", "settings"):
        window.owner_area.show_page(key)
        settle(qtbot, window)
        screenshot(window, f"language-{speaking}-owner-{key}")
        cuts += [str(cut) for cut in cut_widgets(window)]
    assert not cuts, "\n".join(cuts)
