"""Saved settings reach the counter and the window at once, without signing in again."""

from __future__ import annotations

import uuid
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.gui.helpers import look_up, press, settle, type_text
from tests.gui.owner.admin.steps import (
    OWNER,
    back_to_window,
    click,
    open_page,
    replace_text,
    shot,
    when_modal,
)


def test_saved_settings_show_at_the_counter_at_once(qtbot, window, real_services) -> None:
    card = real_services.customers.register(
        actor=OWNER, ref_code=uuid.uuid4().hex, phone="+60123456789", name="Demo Customer"
    )
    page = open_page(qtbot, window, "settings")
    actor = window.actor
    form = page.form
    replace_text(form.name, "Kopi Corner")
    replace_text(form.currency, "SGD")
    replace_text(form.spend, "5")
    replace_text(form.cooldown, "0")
    with qtbot.waitSignal(page.settings_saved, timeout=10_000):
        when_modal(click("Save the new rules"), kind=QMessageBox)
        qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    back_to_window(qtbot, window)
    press(qtbot, None, Qt.Key.Key_F10)  # back to the counter
    assert window.pages.currentWidget() is window.counter
    assert window.actor is actor  # the same session: nobody signed in again

    assert window.shop_name.text() == "Kopi Corner"
    assert window.windowTitle() == "Kopi Corner — loyaltydesk"
    counter = window.counter
    assert counter.settings.rules.spend_per_point == Decimal(5)
    assert counter.settings.rules.cooldown_minutes == 0
    look_up(qtbot, window, card.short_code)
    assert counter.actions.currency.text() == "SGD"
    type_text(qtbot, counter.actions.amount, "50")
    press(qtbot, counter.actions.amount, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert counter.banner.text.startswith("+10 points — SGD 50.00 at 1 point per SGD 5.00")
    shot(window, "admin-settings-at-the-counter")
    look_up(qtbot, window, card.short_code)
    type_text(qtbot, counter.actions.amount, "5")
    press(qtbot, counter.actions.amount, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert counter.banner.text.startswith("+1 point")  # no cooldown any more
