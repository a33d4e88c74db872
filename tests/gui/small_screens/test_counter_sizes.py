"""The counter, sign-in and the counter's dialogs at 1024x768, 1366x768 and 1280x800 at 125 %:
no button, field or field label cut, the clock and status bar on the window, rewards 4 and 5
in view while a confirmation is asked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.helpers import look_up, press, screenshot, settle, sign_in
from tests.gui.layout_checks import assert_nothing_cut
from tests.gui.small_screens.steps import (
    SIZES,
    add_customer,
    counter_with_question,
    shop_with_rewards,
    sized,
)


@pytest.mark.parametrize("size", list(SIZES))
def test_sign_in_fits(qtbot, window, size) -> None:
    sized(qtbot, window, SIZES[size])
    settle(qtbot, window)
    screenshot(window, f"small-sign-in-{size}")
    assert_nothing_cut(window, f"sign-in at {size}")


@pytest.mark.parametrize("size", list(SIZES))
def test_counter_with_a_question_fits(qtbot, window, real_services, size) -> None:
    code = shop_with_rewards(real_services)
    sized(qtbot, window, SIZES[size])
    counter_with_question(qtbot, window, code)
    screenshot(window, f"small-counter-{size}")
    actions = window.counter.actions
    assert actions.amount.text() == "1234.50"
    assert_nothing_cut(window, f"counter at {size}")


def test_a_question_leaves_rewards_4_and_5_in_view_at_1366x768(qtbot, window, real_services):
    code = shop_with_rewards(real_services)
    sized(qtbot, window, SIZES["1366x768"])
    counter_with_question(qtbot, window, code)
    actions = window.counter.actions
    viewport = actions.rewards_scroll.viewport()
    assert actions.rewards_scroll.verticalScrollBar().value() == 0
    for row in actions.rows[:5]:
        top_left = row.mapTo(viewport, row.rect().topLeft())
        bottom = top_left.y() + row.height()
        where = f"reward {row.option.title!r} spans {top_left.y()}..{bottom} of {viewport.height()}"
        assert top_left.y() >= 0, where
        assert bottom <= viewport.height(), where
    assert window.counter.banner.isVisible()


@pytest.mark.parametrize("size", list(SIZES))
def test_counter_register_form_and_name_list_fit(qtbot, window, real_services, size) -> None:
    shop_with_rewards(real_services)
    sized(qtbot, window, SIZES[size])
    sign_in(qtbot, window, "0000")
    press(qtbot, window.counter.scan, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.counter.state == "register", timeout=5_000)
    settle(qtbot, window)
    screenshot(window, f"small-counter-register-{size}")
    assert_nothing_cut(window, f"counter's new-customer form at {size}")
    press(qtbot, None, Qt.Key.Key_Escape)
    add_customer(real_services, "+60123450001", "Nur Aisyah Kamal")
    look_up(qtbot, window, "Nur")
    assert window.counter.state == "pick"
    screenshot(window, f"small-counter-names-{size}")
    assert_nothing_cut(window, f"counter's name list at {size}")
