"""The rewards catalog, driven as an owner: add, edit, stop offering, reorder, search."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from loyaltydesk.domain.rewards import MAX_TITLE
from loyaltydesk.ui.owner.program.reward_dialog import RewardDialog
from loyaltydesk.ui.owner.program.rewards_page import RewardsPage
from tests.gui.helpers import press, settle, type_text
from tests.gui.owner.admin.steps import (
    back_to_window,
    click,
    double_click_row,
    enter,
    open_page,
    page_for_cashier,
    replace_text,
    shot,
    table_texts,
    when_modal,
)


def titles_in_order(services, *, include_inactive: bool = True) -> list[str]:
    rewards = services.rewards.list_rewards(include_inactive=include_inactive)
    return [r.title for r in sorted(rewards, key=lambda r: (r.sort_order, r.reward_id))]


def test_the_catalog_is_listed_in_counter_order(qtbot, window) -> None:
    page = open_page(qtbot, window, "rewards")
    assert table_texts(page.table, 1) == ["Free coffee", "10% off", "Tote"]
    assert table_texts(page.table, 2) == ["100 points", "500 points", "2,000 points"]
    assert page.count.text() == "3 rewards"
    assert not page.edit.isEnabled()
    shot(window, "admin-rewards-list")


def test_add_a_reward_with_the_keyboard(qtbot, window, real_services) -> None:
    page = open_page(qtbot, window, "rewards")
    seen: list[str] = []

    def fill(dialog: RewardDialog) -> None:
        assert not dialog.save.isEnabled()  # no title yet
        QTest.keyClicks(dialog.title, "Smoothie")
        replace_text(dialog.cost, "")
        assert dialog.cost_field.error.text() == "Type a whole number from 1 to 10,000,000."
        assert not dialog.save.isEnabled()
        QTest.keyClicks(dialog.cost, "250")
        assert dialog.save.isEnabled()
        shot(dialog, "admin-rewards-new-dialog")
        enter(dialog)

    when_modal(fill, seen, RewardDialog)
    page.table.view.setFocus()
    press(qtbot, page.table.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert seen == ["New reward"]
    assert page.banner.text == "Smoothie added."
    assert titles_in_order(real_services)[-1] == "Smoothie"
    assert page.table.selected().title == "Smoothie"
    assert page.count.text() == "4 rewards"


def test_a_reward_needs_a_title(qtbot, window) -> None:
    page = open_page(qtbot, window, "rewards")
    errors: list[str] = []

    def clear_title(dialog: RewardDialog) -> None:
        replace_text(dialog.title, "")
        errors.append(dialog.title_field.error.text())
        errors.append(str(dialog.save.isEnabled()))
        dialog.reject()

    page.table.select(lambda r: r.title == "Tote")
    when_modal(clear_title, kind=RewardDialog)
    press(qtbot, page.table.view, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert errors == ["Give the reward a title.", "False"]
    assert page.banner.text == ""


def test_a_title_longer_than_the_domain_allows_is_named(qtbot, window) -> None:
    page = open_page(qtbot, window, "rewards")
    seen: list[object] = []

    def long_title(dialog: RewardDialog) -> None:
        QTest.keyClicks(dialog.title, "x" * (MAX_TITLE + 1))
        seen.extend((dialog.title_field.error.text(), dialog.save.isEnabled()))
        QTest.keyClick(dialog.title, Qt.Key.Key_Backspace)
        seen.extend((dialog.title_field.error.text(), dialog.save.isEnabled()))
        shot(dialog, "admin-rewards-long-title")
        dialog.reject()

    when_modal(long_title, kind=RewardDialog)
    page.table.view.setFocus()
    press(qtbot, page.table.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert seen == [f"A title is at most {MAX_TITLE} characters.", False, "", True]


def test_edit_stop_offering_and_move(qtbot, window, real_services) -> None:
    page = open_page(qtbot, window, "rewards")

    def new_cost(dialog: RewardDialog) -> None:
        replace_text(dialog.cost, "450")
        enter(dialog)

    when_modal(new_cost, kind=RewardDialog)
    double_click_row(qtbot, page.table, 1)
    settle(qtbot, window)
    assert page.banner.text == "10% off saved."
    assert table_texts(page.table, 2)[1] == "450 points"

    qtbot.mouseClick(page.toggle, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert "no longer offered" in page.banner.text
    assert table_texts(page.table, 3)[1] == "No"
    assert page.toggle.text() == "Offer again"
    assert "10% off" not in titles_in_order(real_services, include_inactive=False)

    back_to_window(qtbot, window)
    page.table.select(lambda r: r.title == "Tote")
    press(qtbot, page.table.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    settle(qtbot, window)
    assert titles_in_order(real_services) == ["Free coffee", "Tote", "10% off"]
    assert page.table.selected().title == "Tote"
    qtbot.mouseClick(page.up, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert titles_in_order(real_services) == ["Tote", "Free coffee", "10% off"]
    assert not page.up.isEnabled()  # at the top now
    shot(window, "admin-rewards-edited")


def test_search_filters_as_you_type(qtbot, window) -> None:
    page = open_page(qtbot, window, "rewards")
    type_text(qtbot, page.search, "cof")
    qtbot.waitUntil(lambda: table_texts(page.table, 1) == ["Free coffee"], timeout=5_000)
    assert page.count.text() == "1 of 3 rewards"
    type_text(qtbot, page.search, "zzz")
    qtbot.waitUntil(lambda: page.table.stack.currentWidget() is page.table.empty, timeout=5_000)
    assert page.table.empty.text() == "No reward matches “cofzzz”."
    shot(window, "admin-rewards-no-match")


def test_a_cashier_cannot_change_rewards(qtbot, window) -> None:
    page = page_for_cashier(qtbot, window, RewardsPage)
    assert len(page.catalog) == 3  # reading the catalog is open to all

    def fill(dialog: RewardDialog) -> None:
        QTest.keyClicks(dialog.title, "Free cake")
        click("Save")(dialog)

    when_modal(fill, kind=RewardDialog)
    qtbot.mouseClick(page.new, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert page.banner.text == "This needs an owner."
    assert page.banner.tone == "bad"
