"""A shop's first start, driven as a new owner: the setup page, never a PIN pad with no staff."""

from __future__ import annotations

import os
import signal
import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from loyaltydesk.domain.program import EarnMode
from loyaltydesk.ui.owner.staff.staff_dialog import StaffDialog
from tests.gui.helpers import open_window, press, screenshot, settle, type_text
from tests.gui.owner.admin.steps import when_modal


def _open(qtbot, qapp, services, db, tmp_path):
    window = open_window(qtbot, qapp, services, db, tmp_path)
    qtbot.waitUntil(lambda: window.first_start.page is not None, timeout=15_000)
    return window, window.first_start.page


def _fill(qtbot, page) -> None:
    form = page.form
    type_text(qtbot, form.name, "Bakso Corner")
    form.mode_buttons[EarnMode.VISIT].click()
    type_text(qtbot, form.reward, "Free bowl")
    form.cost.selectAll()
    type_text(qtbot, form.cost, "10")
    type_text(qtbot, form.owner, "Nora Hassan")
    type_text(qtbot, form.pin, "2468")
    type_text(qtbot, form.repeat, "2468")


def test_a_new_shop_opens_on_setup_and_is_ready_after_it(
    qtbot, qapp, empty_services, empty_db, tmp_path
) -> None:
    window, page = _open(qtbot, qapp, empty_services, empty_db, tmp_path)
    assert window.pages.currentWidget() is page
    assert page.form.currency.currentText() == "MYR"  # the (test) locale's currency
    assert page.form.region.currentData() == "MY"
    assert "a purchase of RM25.00 earns 25 points" in page.form.examples[EarnMode.SPEND].text()
    # Nothing typed yet: no field is red.
    assert not any(f.error.isVisible() for f in page.form.fields.values())
    screenshot(window, "first-start-setup-1366")
    window.resize(1024, 768)
    screenshot(window, "first-start-setup-1024")

    press(qtbot, page.form.name, Qt.Key.Key_Return)
    assert page.form.fields["name"].error.text() == "Type the shop's name."
    assert page.form.fields["owner"].error.text() == "Type your name."
    assert page.form.name.hasFocus()
    screenshot(window, "first-start-setup-errors-1024")

    _fill(qtbot, page)
    assert not any(f.error.isVisible() for f in page.form.fields.values())
    press(qtbot, page.form.repeat, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.steps.currentWidget() is page.ready, timeout=15_000)
    settle(qtbot, window)
    assert page.ready_title.text() == "Bakso Corner is ready"
    assert window.header.shop_name.text() == "Bakso Corner"
    screenshot(window, "first-start-ready-1024")

    settings = empty_services.program.get_settings()
    assert (settings.profile.name, settings.rules.earn_mode) == ("Bakso Corner", EarnMode.VISIT)
    assert [(r.title, r.cost) for r in empty_services.rewards.list_rewards()] == [("Free bowl", 10)]
    assert empty_services.staff.sign_in(pin="2468", till="Till 9").name == "Nora Hassan"

    seen: list[str] = []
    when_modal(
        lambda dialog: (seen.append(dialog.windowTitle()), dialog.reject()), kind=StaffDialog
    )
    QTest.mouseClick(page.go_cashier, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen), timeout=5_000)
    assert window.owner_area is not None
    assert window.owner_area.current_page() is window.owner_area.pages["staff"]
    assert window.first_start.page is None


def test_the_demo_link_opens_the_demo_on_its_own_database(
    qtbot, qapp, empty_services, empty_db, tmp_path
) -> None:
    window, page = _open(qtbot, qapp, empty_services, empty_db, tmp_path)
    QTest.mouseClick(page.demo, Qt.MouseButton.LeftButton)
    pid = window.first_start.demo_pid
    assert pid is not None
    demo_db = Path(tmp_path) / "demo.db"
    try:
        qtbot.waitUntil(lambda: _staff_in(demo_db) > 0, timeout=120_000)
    finally:
        os.kill(pid, signal.SIGTERM)
    assert page.banner.tone == "info"
    assert _staff_in(empty_db) == 0
    assert empty_services.shop_setup.needs_setup()


def _staff_in(path: Path) -> int:
    if not path.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1) as db:
            return int(db.execute("SELECT count(*) FROM staff").fetchone()[0])
    except sqlite3.Error:
        return 0
