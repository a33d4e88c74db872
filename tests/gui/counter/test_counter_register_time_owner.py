"""Issue 12, items 12, 15, 16: the register form, the shop's time zone, the owner pages' edges.
Screens (1366 and 1024 wide) go to tests/artifacts/screens/ for people to look at."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from loyaltydesk.domain.customer_fields import Birthday
from loyaltydesk.domain.staff import Actor, Role
from loyaltydesk.services.facade import build_services
from loyaltydesk.ui.dialogs.owner_pin import OwnerPinDialog
from loyaltydesk.ui.formatting import Formatter
from tests.conftest import shop_settings
from tests.gui.counter.test_counter import make_customer
from tests.gui.helpers import look_up, press, settle, sign_in, type_text
from tests.gui.sync.steps import shots

OWNER = Actor(1, "Olive Owner", Role.OWNER, "Till 1")
CASHIER = Actor(2, "Cass Cashier", Role.CASHIER, "Till 1")


def test_ctrl_n_opens_an_empty_form_and_enter_anywhere_saves(qtbot, window, real_services):
    code = make_customer(real_services, "+60123450020", "Already Here")
    sign_in(qtbot, window, "0000")
    counter, form = window.counter, window.counter.register_form
    look_up(qtbot, window, code)
    press(qtbot, None, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert counter.state == "register"
    assert (form.phone.text(), form.email.text(), form.name.text()) == ("", "", "")
    assert form.hint.text() == "Type their phone or email — Enter saves and checks in."
    assert form.phone.hasFocus()
    shots(window, "counter-register-empty")

    press(qtbot, form.phone, Qt.Key.Key_Return)  # nothing typed: it says which field
    assert counter.banner.text == "Type a phone number or an email address."
    assert form.phone.hasFocus()
    type_text(qtbot, form.phone, "012-345 0020")  # someone else's phone
    press(qtbot, form.phone, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert counter.banner.text == "A customer with this phone number is already registered."
    assert form.phone.hasFocus()
    form.phone.clear()
    type_text(qtbot, form.phone, "012-777 1234")
    type_text(qtbot, form.name, "Mei Ling")
    type_text(qtbot, form.birthday, "14/5")  # a birthday without the year
    form.consent.setFocus()
    press(qtbot, form.consent, Qt.Key.Key_Space)
    press(qtbot, form.consent, Qt.Key.Key_Return)  # Enter on the checkbox saves
    settle(qtbot, window)
    assert counter.banner.text.startswith("Welcome, Mei Ling! Member code ")
    card = real_services.customers.lookup("+60127771234")
    assert card.name == "Mei Ling"
    assert (card.birthday, card.birth_date) == (Birthday(5, 14), None)

    look_up(qtbot, window, "012-999 0000")  # not found: prefilled, and again after Esc
    assert form.phone.text() == "+60 12-999 0000"
    press(qtbot, None, Qt.Key.Key_F3)  # back to the scan field, its text still there
    form.phone.clear()
    press(qtbot, None, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert form.phone.text() == "+60 12-999 0000"
    assert form.hint.text() == "Not found. Register them now — Enter saves and checks in."


def test_one_time_zone_and_dates_on_other_days(qtbot, window, real_services) -> None:
    zone = "Pacific/Kiritimati"  # UTC+14: never the machine's own time
    settings = shop_settings()
    settings = replace(settings, profile=replace(settings.profile, timezone=zone))
    real_services.program.save_settings(actor=OWNER, settings=settings)
    code = make_customer(real_services, "+60123450021", "Javier Ortiz")
    then = datetime.now(UTC) - timedelta(days=2)
    earlier = build_services(real_services.context.uow, clock=lambda: then)
    customer = real_services.customers.lookup(code).customer_id
    earlier.points.check_in(customer=customer, actor=CASHIER, ref_code="two-days-ago", amount="9")
    sign_in(qtbot, window, "0000")
    fmt = Formatter(window.counter.fmt.locale, "MYR", zone)
    qtbot.waitUntil(lambda: window.header.clock.text() in _times(fmt), timeout=5_000)
    strip = [w.text() for w in window.counter.recent.findChildren(type(window.header.clock))]
    expected = f"{fmt.date(then)} {fmt.time(then)} Javier +9"
    assert expected in strip
    shots(window, "counter-recent-other-day")


def test_the_recent_strip_follows_the_shops_time_zone_whenever_it_comes(
    qtbot, window, real_services
) -> None:
    """At sign-in the settings and the strip load side by side: a strip filled first is
    written again in the shop's zone when the settings come (here: they come later)."""
    code = make_customer(real_services, "+60123450022", "Marta Ruiz")
    then = datetime.now(UTC) - timedelta(days=2)
    earlier = build_services(real_services.context.uow, clock=lambda: then)
    customer = real_services.customers.lookup(code).customer_id
    earlier.points.check_in(customer=customer, actor=CASHIER, ref_code="strip-zone", amount="7")
    sign_in(qtbot, window, "0000")
    settle(qtbot, window)
    page = window.counter
    kuala_lumpur = Formatter(page.fmt.locale, "MYR", "Asia/Kuala_Lumpur")
    assert f"{kuala_lumpur.date(then)} {kuala_lumpur.time(then)} Marta +7" in _strip(window)
    zone = "Pacific/Kiritimati"
    settings = shop_settings()
    page.apply_settings(replace(settings, profile=replace(settings.profile, timezone=zone)))
    kiritimati = Formatter(page.fmt.locale, "MYR", zone)
    assert f"{kiritimati.date(then)} {kiritimati.time(then)} Marta +7" in _strip(window)


def _strip(window) -> list[str]:
    return [w.text() for w in window.counter.recent.findChildren(type(window.header.clock))]


def _times(fmt: Formatter) -> set[str]:
    now = datetime.now(UTC)
    return {fmt.time(now - timedelta(minutes=1)), fmt.time(now), fmt.time(now + timedelta(1))}


def _answer_pin(pin: str) -> None:
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, OwnerPinDialog)
        dialog.pin.setText(pin)
        dialog.accept()

    QTimer.singleShot(100, answer)


def test_owner_pages_name_the_owner_and_esc_goes_back(qtbot, window, db_path) -> None:
    sign_in(qtbot, window, "0000")
    _answer_pin("0000")  # the cashier's PIN in the owner's box
    press(qtbot, None, Qt.Key.Key_F10)
    settle(qtbot, window)
    assert window.counter.banner.text == "That PIN is not an owner's."
    _answer_pin("1234")
    press(qtbot, None, Qt.Key.Key_F10)
    settle(qtbot, window)
    assert window.status.staff.text() == "Olive Owner (owner)"
    assert window.owner_area.nav.hasFocus()
    shots(window, "owner-pages-status")
    press(qtbot, window.owner_area.nav, Qt.Key.Key_Escape)
    assert window.owner_area is None
    assert window.pages.currentWidget() is window.counter
    assert window.status.staff.text() == "Cass Cashier (cashier)"
    with sqlite3.connect(db_path) as db:
        actions = [a for (a,) in db.execute("SELECT action FROM audit_entry ORDER BY id")]
    assert actions[-3:] == ["staff.sign_in", "staff.owner_pin_refused", "staff.sign_in"]


def test_customers_in_the_menu_shows_the_list(qtbot, window, real_services) -> None:
    make_customer(real_services, "+60123450022", "Detail Person")
    sign_in(qtbot, window, "1234")
    press(qtbot, None, Qt.Key.Key_F10)
    area = window.owner_area
    page = area.show_page("customers")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=15_000)
    _open_first(qtbot, window, page)
    keys = list(area.pages)
    rewards = area.nav.item(keys.index("rewards"))
    customers = area.nav.item(keys.index("customers"))
    for item in (rewards, customers):
        rect = area.nav.visualItemRect(item)
        qtbot.mouseClick(area.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        settle(qtbot, window)
    assert page.stack.currentWidget() is page.listing
    _open_first(qtbot, window, page)
    rect = area.nav.visualItemRect(customers)  # the section already shown: back to its list
    qtbot.mouseClick(area.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot, window)
    assert page.stack.currentWidget() is page.listing
    shots(window, "owner-customers-list-again")


def _open_first(qtbot, window, page) -> None:
    page.table.setFocus()
    page.table.selectRow(0)
    press(qtbot, page.table, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert page.stack.currentWidget() is page.detail
