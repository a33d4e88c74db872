"""The owner picks this computer's language on the Settings page; the next start speaks it."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings, Qt

from loyaltydesk.ui.languages import LANGUAGE, chosen_locale, language_for
from loyaltydesk.ui.preferences import Preferences
from tests.gui.helpers import press, screenshot
from tests.gui.owner.admin.steps import open_page


def test_the_owner_picks_the_language_of_this_computer(qtbot, window, tmp_path):
    page = open_page(qtbot, window, "settings")
    combo = page.language.combo
    assert combo.currentData() == ""  # the system's, until someone chooses
    combo.setFocus()
    while combo.currentData() != "es":
        press(qtbot, combo, Qt.Key.Key_Down)
    assert combo.currentText() == "Español"
    assert "Español" in page.banner.text
    screenshot(window, "owner-settings-language")
    saved = Preferences(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))
    assert saved.get(LANGUAGE) == "es"


def test_a_chosen_language_keeps_the_shops_region_where_qt_knows_the_pair():
    irish = QLocale("en_IE")
    assert chosen_locale("", irish).name() == "en_IE"
    assert chosen_locale("es", QLocale("en_US")).name() == "es_US"
    assert chosen_locale("ms", irish).name() == "ms_MY"  # no Malay for Ireland: Malaysia's
    assert language_for(QLocale("zh_SG")).code == "zh_CN"
    assert language_for(QLocale("zh_TW")).code == "en"  # no Traditional Chinese catalog
    assert language_for(QLocale("fr_FR")).code == "en"
