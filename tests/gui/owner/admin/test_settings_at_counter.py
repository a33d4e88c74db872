"""Saved settings reach the counter and the window at once, without signing in again."""

from __future__ import annotations

import uuid
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QScrollArea

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

    assert window.header.shop_name.text() == "Kopi Corner"
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


def test_largest_usual_purchase_set_by_the_owner_is_asked_at_the_counter(
    qtbot, window, real_services
) -> None:
    card = real_services.customers.register(
        actor=OWNER, ref_code=uuid.uuid4().hex, phone="+60123456780", name="Usual Customer"
    )
    page = open_page(qtbot, window, "settings")
    form = page.form
    field = form.fields["usual"]
    scroll = page.findChild(QScrollArea, "SettingsScroll")
    scroll.ensureWidgetVisible(field)  # the owner scrolls down to it
    assert form.usual.text() == ""
    assert form.usual.placeholderText() == "default: RM1,000.00"
    replace_text(form.usual, "0")
    assert field.error.text() == (
        "Type an amount above 0 and at most RM10,000,000.00, like 1000, or leave it empty."
    )
    assert not page.save.isEnabled()
    shot(window, "admin-settings-usual-purchase-error-1366")
    replace_text(form.usual, "250")
    assert field.error.text() == ""
    assert page.save.isEnabled()
    shot(window, "admin-settings-usual-purchase-1366")
    window.resize(1024, 768)
    settle(qtbot, window)
    scroll.ensureWidgetVisible(field)
    shot(window, "admin-settings-usual-purchase-1024")
    window.resize(1366, 768)
    seen: list[str] = []
    with qtbot.waitSignal(page.settings_saved, timeout=10_000):
        when_modal(click("Save the new rules"), seen, kind=QMessageBox)
        qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert "• Largest usual purchase: the default, RM1,000.00 → RM250.00" in seen[0]
    saved = real_services.program.get_settings().rules.largest_usual_purchase
    assert saved == Decimal(250)
    back_to_window(qtbot, window)
    press(qtbot, None, Qt.Key.Key_F10)  # back to the counter
    counter = window.counter
    look_up(qtbot, window, card.short_code)
    type_text(qtbot, counter.actions.amount, "300")
    press(qtbot, counter.actions.amount, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert counter.banner.asking
    assert counter.banner.text == (
        "RM300.00 is more than this shop's largest usual purchase (RM250.00). Is the "
        "amount right? Enter checks in, Esc goes back."
    )
    shot(window, "admin-settings-usual-purchase-at-counter")
    press(qtbot, None, Qt.Key.Key_Escape)
    assert real_services.customers.lookup(card.short_code).balance == 0
    counter.actions.amount.clear()
    type_text(qtbot, counter.actions.amount, "200")
    press(qtbot, counter.actions.amount, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert not counter.banner.asking
    assert counter.banner.text.startswith("+200 points")
