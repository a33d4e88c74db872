"""Staff, driven as an owner: add, change role and PIN, remove; the last owner stays."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from loyaltydesk.domain.errors import LoyaltyError
from loyaltydesk.domain.staff import MAX_NAME, Role
from loyaltydesk.ui.owner.staff.staff_dialog import StaffDialog
from loyaltydesk.ui.owner.staff.staff_page import StaffPage
from tests.gui.helpers import press, settle, type_text
from tests.gui.owner.admin.steps import (
    back_to_window,
    click,
    double_click_row,
    enter,
    open_page,
    page_for_cashier,
    shot,
    table_texts,
    when_modal,
)


def test_staff_are_listed(qtbot, window) -> None:
    page = open_page(qtbot, window, "staff")
    assert sorted(table_texts(page.table, 0)) == ["Cass Cashier", "Olive Owner (you)"]
    assert page.count.text() == "2 people · 2 can sign in"
    shot(window, "admin-staff-list")


def test_add_a_cashier_who_can_then_sign_in(qtbot, window, real_services) -> None:
    page = open_page(qtbot, window, "staff")
    checks: list[object] = []

    def fill(dialog: StaffDialog) -> None:
        QTest.keyClicks(dialog.name, "Ana Lim")
        QTest.keyClicks(dialog.pin, "4321")
        QTest.keyClicks(dialog.repeat, "4322")
        checks.append(dialog.repeat_field.error.text())
        checks.append(dialog.save.isEnabled())
        QTest.keyClick(dialog.repeat, Qt.Key.Key_Backspace)
        QTest.keyClicks(dialog.repeat, "1")
        checks.append(dialog.save.isEnabled())
        shot(dialog, "admin-staff-add-dialog")
        enter(dialog)

    when_modal(fill, kind=StaffDialog)
    page.table.view.setFocus()
    press(qtbot, page.table.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert checks == ["The two PINs are not the same.", False, True]
    assert page.banner.text == "Ana Lim can now sign in with their PIN."
    assert page.table.selected().name == "Ana Lim"
    actor = real_services.staff.sign_in(pin="4321", till="Till 2")
    assert (actor.name, actor.role) == ("Ana Lim", Role.CASHIER)


def test_a_name_longer_than_the_domain_allows_is_named(qtbot, window) -> None:
    page = open_page(qtbot, window, "staff")
    seen: list[object] = []

    def long_name(dialog: StaffDialog) -> None:
        QTest.keyClicks(dialog.pin, "4321")
        QTest.keyClicks(dialog.repeat, "4321")
        QTest.keyClicks(dialog.name, "x" * (MAX_NAME + 1))
        seen.extend((dialog.name_field.error.text(), dialog.save.isEnabled()))
        QTest.keyClick(dialog.name, Qt.Key.Key_Backspace)
        seen.extend((dialog.name_field.error.text(), dialog.save.isEnabled()))
        shot(dialog, "admin-staff-long-name")
        dialog.reject()

    when_modal(long_name, kind=StaffDialog)
    page.table.view.setFocus()
    press(qtbot, page.table.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert seen == [f"A name is at most {MAX_NAME} characters.", False, "", True]


def test_a_pin_someone_uses_is_refused(qtbot, window) -> None:
    page = open_page(qtbot, window, "staff")

    def fill(dialog: StaffDialog) -> None:
        QTest.keyClicks(dialog.name, "Ana Lim")
        QTest.keyClicks(dialog.pin, "0000")
        QTest.keyClicks(dialog.repeat, "0000")
        enter(dialog)

    when_modal(fill, kind=StaffDialog)
    qtbot.mouseClick(page.add, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert page.banner.text == "Someone already uses that PIN. Choose another."
    assert page.banner.tone == "bad"


def test_change_role_and_pin(qtbot, window, real_services) -> None:
    page = open_page(qtbot, window, "staff")
    row = table_texts(page.table, 0).index("Cass Cashier")

    def promote(dialog: StaffDialog) -> None:
        assert not dialog.save.isEnabled()  # nothing changed yet
        dialog.role.setCurrentIndex(dialog.role.findData(Role.OWNER))
        QTest.keyClicks(dialog.pin, "5555")
        assert not dialog.save.isEnabled()  # the PIN is not repeated yet
        QTest.keyClicks(dialog.repeat, "5555")
        enter(dialog)

    when_modal(promote, kind=StaffDialog)
    double_click_row(qtbot, page.table, row)
    settle(qtbot, window)
    assert page.banner.text == "Cass Cashier: role and PIN changed."
    assert table_texts(page.table, 1)[row] == "Owner"
    assert real_services.staff.sign_in(pin="5555", till="Till 1").role is Role.OWNER
    with pytest.raises(LoyaltyError):
        real_services.staff.sign_in(pin="0000", till="Till 3")


def test_remove_asks_first_and_keeps_the_last_owner(qtbot, window, real_services) -> None:
    page = open_page(qtbot, window, "staff")
    page.table.select(lambda m: m.name == "Cass Cashier")
    asked: list[str] = []
    when_modal(enter, asked)  # Enter is Cancel
    qtbot.mouseClick(page.remove, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert "Cass Cashier will no longer be able to sign in" in asked[0]
    assert page.banner.text == ""
    assert len(real_services.staff.list_staff()) == 2

    when_modal(click("Remove Cass Cashier"))
    qtbot.mouseClick(page.remove, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert page.banner.text == "Cass Cashier was removed and can no longer sign in."
    assert [m.name for m in real_services.staff.list_staff()] == ["Olive Owner"]
    row = table_texts(page.table, 0).index("Cass Cashier")
    assert table_texts(page.table, 2)[row] == "Removed"
    assert not page.remove.isEnabled()  # a removed member stays removed
    shot(window, "admin-staff-removed")

    back_to_window(qtbot, window)
    page.table.select(lambda m: m.name == "Olive Owner")
    when_modal(click("Remove Olive Owner"))
    qtbot.mouseClick(page.remove, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert page.banner.text == "The shop needs at least one owner."
    assert page.banner.tone == "bad"


def test_search_and_its_empty_state(qtbot, window) -> None:
    page = open_page(qtbot, window, "staff")
    type_text(qtbot, page.search, "nobody")
    qtbot.waitUntil(lambda: page.table.stack.currentWidget() is page.table.empty, timeout=5_000)
    assert page.table.empty.text() == "No one on the staff is called “nobody”."
    shot(window, "admin-staff-no-match")


def test_a_cashier_cannot_see_the_staff(qtbot, window) -> None:
    page = page_for_cashier(qtbot, window, StaffPage)
    assert page.banner.text == "This needs an owner."
    assert page.table.records == []
