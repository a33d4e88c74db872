"""The counter, driven as a cashier would: PIN, scans, keys, clicks. Screens are saved to
tests/artifacts/screens/ for people to look at."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QPushButton

from loyaltydesk.domain.program import EarnMode
from loyaltydesk.domain.qr_payload import member_payload
from loyaltydesk.domain.staff import Actor, Role
from loyaltydesk.ui.dialogs.void_dialog import VoidDialog
from loyaltydesk.ui.theme import apply_theme
from tests.gui.helpers import (
    look_up,
    press,
    screenshot,
    set_mode,
    settle,
    sign_in,
    type_text,
)

OWNER = Actor(1, "Olive Owner", Role.OWNER, "Till 1")


def make_customer(services, phone: str, name: str, points: int = 0, **kw) -> str:
    card = services.customers.register(
        actor=OWNER, ref_code=uuid.uuid4().hex, phone=phone, name=name, **kw
    )
    if points:
        services.points.adjust_points(
            customer=card.customer_id, points=points, reason="opening balance", actor=OWNER,
            ref_code=uuid.uuid4().hex,
        )  # fmt: skip
    return card.short_code


def balance_shown(window) -> str:
    return window.counter.card_view.balance.text()


def test_sign_in_with_the_keypad(qtbot, window) -> None:
    screenshot(window, "01-sign-in")
    page = window.sign_in_page
    keys = {b.text(): b for b in page.findChildren(QPushButton)}
    for digit in "9999":
        qtbot.mouseClick(keys[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(keys["↵"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message.isVisible(), timeout=15_000)
    assert page.message.text() == "Wrong PIN."
    assert window.actor is None
    screenshot(window, "02-sign-in-wrong-pin")
    for digit in "0000":
        qtbot.mouseClick(keys[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(keys["↵"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.actor is not None, timeout=15_000)
    settle(qtbot, window)
    assert window.actor.name == "Cass Cashier"
    assert "Cass Cashier" in window.status.staff.text()
    assert window.pages.currentWidget() is window.counter
    assert window.counter.scan.hasFocus()
    screenshot(window, "03-counter-idle")


def test_scanner_burst_then_spend_check_in_by_amount_and_enter(
    qtbot, window, real_services
) -> None:
    code = make_customer(real_services, "+60123456789", "Demo Customer", points=150)
    sign_in(qtbot, window, "0000")
    scan = window.counter.scan
    qtbot.keyClicks(scan, code.lower())  # a scanner: no delay between keys
    press(qtbot, scan, Qt.Key.Key_Return)
    settle(qtbot, window)
    counter = window.counter
    assert counter.state == "customer"
    assert counter.card_view.name.full_text() == "Demo Customer"
    assert balance_shown(window) == "150"
    assert counter.actions.amount.hasFocus()
    screenshot(window, "04-customer-card")
    type_text(qtbot, counter.actions.amount, "25.50")
    press(qtbot, counter.actions.amount, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert counter.banner.tone == "ok"
    assert counter.banner.text == "+25 points — RM25.50 at 1 point per RM1.00 · Balance 175"
    assert balance_shown(window) == "175"
    assert counter.actions.amount.text() == ""
    screenshot(window, "05-check-in-result")
    assert real_services.customers.lookup(code).balance == 175


def test_a_burst_in_the_amount_field_is_a_scan(qtbot, window, real_services) -> None:
    first = make_customer(real_services, "+60123450001", "First Person")
    second = make_customer(real_services, "+60123450002", "Second Person")
    sign_in(qtbot, window, "0000")
    look_up(qtbot, window, first)
    amount = window.counter.actions.amount
    assert amount.hasFocus()
    second_id = real_services.customers.lookup(second).customer_id
    qtbot.keyClicks(amount, member_payload(second_id))  # a scanner: no delay between keys
    press(qtbot, amount, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert window.counter.card_view.name.full_text() == "Second Person"
    assert window.counter.actions.amount.text() == ""
    assert real_services.customers.lookup(first).balance == 0  # nothing was checked in


def test_visit_mode_checks_in_with_enter_alone(qtbot, window, real_services) -> None:
    set_mode(real_services, EarnMode.VISIT, points_per_visit=1)
    real_services.rewards.add_reward(actor=OWNER, title="Stamp card: a free coffee", cost=12)
    code = make_customer(real_services, "+60123456780", "Visit Fan", points=9)
    sign_in(qtbot, window, "0000")
    look_up(qtbot, window, code)
    assert not window.counter.actions.amount.isVisible()
    assert window.counter.actions.check_in.hasFocus()
    press(qtbot, None, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert window.counter.banner.text.startswith("+1 point — 1 point per visit")
    assert balance_shown(window) == "10"
    assert window.counter.card_view.stamps.uses_stamps()  # 10 of 12 stamps
    assert window.counter.card_view.progress.text() == "10 / 12 to Stamp card: a free coffee"
    screenshot(window, "14-visit-mode-result")


def test_redeem_by_number_key_and_confirm_with_enter(qtbot, window, real_services) -> None:
    set_mode(real_services, EarnMode.VISIT)
    code = make_customer(real_services, "+60123456781", "Coffee Lover", points=120)
    sign_in(qtbot, window, "0000")
    look_up(qtbot, window, code)
    press(qtbot, None, Qt.Key.Key_1)
    counter = window.counter
    assert counter.banner.asking
    assert counter.banner.text == "Redeem Free coffee for 100 points?"
    screenshot(window, "06-redeem-confirm")
    press(qtbot, None, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert counter.banner.text.startswith("Free coffee redeemed — −100 points")
    assert balance_shown(window) == "20"
    press(qtbot, None, Qt.Key.Key_2)  # 10% off costs 500: refused in words
    assert counter.banner.tone == "bad"
    assert counter.banner.text == "Not enough points: 20 of 500."


def test_ctrl_number_redeems_from_the_amount_field_and_esc_cancels(
    qtbot, window, real_services
) -> None:
    code = make_customer(real_services, "+60123456782", "Spender", points=600)
    sign_in(qtbot, window, "0000")
    look_up(qtbot, window, code)
    assert window.counter.actions.amount.hasFocus()
    press(qtbot, None, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.counter.banner.text == "Redeem 10% off for 500 points?"
    press(qtbot, None, Qt.Key.Key_Escape)
    assert not window.counter.banner.isVisible()
    assert window.counter.state == "customer"
    assert real_services.customers.lookup(code).balance == 600


def test_pay_with_points(qtbot, window, real_services) -> None:
    code = make_customer(real_services, "+60123456783", "Payer", points=300)
    sign_in(qtbot, window, "0000")
    look_up(qtbot, window, code)
    press(qtbot, None, Qt.Key.Key_F4)
    assert window.counter.actions.pay_points.hasFocus()
    type_text(qtbot, window.counter.actions.pay_points, "250")
    press(qtbot, window.counter.actions.pay_points, Qt.Key.Key_Return)
    assert window.counter.banner.text == "Pay RM2.50 with 250 points?"
    press(qtbot, None, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert window.counter.banner.text == "−250 points paid RM2.50 · Balance 50"
    assert balance_shown(window) == "50"


def test_cooldown_asks_and_enter_confirms(qtbot, window, real_services) -> None:
    code = make_customer(real_services, "+60123456784", "Twice")
    sign_in(qtbot, window, "0000")
    look_up(qtbot, window, code)
    for _ in range(2):
        type_text(qtbot, window.counter.actions.amount, "10")
        press(qtbot, window.counter.actions.amount, Qt.Key.Key_Return)
        settle(qtbot, window)
    banner = window.counter.banner
    assert banner.asking
    assert banner.tone == "warn"
    assert banner.text == "Checked in just now — press Enter to check in again."
    screenshot(window, "07-cooldown-confirm")
    press(qtbot, None, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert banner.tone == "ok"
    assert real_services.customers.lookup(code).balance == 20


def _answer_void_dialog(qtbot, reason: str, owner_pin: str = "") -> None:
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, VoidDialog)
        screenshot(dialog, "08-void-dialog")
        dialog.reason.setText(reason)
        if owner_pin:
            dialog.owner_pin.setText(owner_pin)
        dialog.accept()

    QTimer.singleShot(100, answer)


def test_void_from_the_recent_strip(qtbot, window, real_services) -> None:
    code = make_customer(real_services, "+60123456785", "Oops")
    sign_in(qtbot, window, "0000")
    look_up(qtbot, window, code)
    type_text(qtbot, window.counter.actions.amount, "40")
    press(qtbot, window.counter.actions.amount, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert real_services.customers.lookup(code).balance == 40
    strip = window.counter.recent
    void_button = next(b for b in strip.findChildren(QPushButton) if b.text() == "Void")
    _answer_void_dialog(qtbot, "wrong amount")
    qtbot.mouseClick(void_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert window.counter.banner.text.startswith("Voided — −40 points")
    assert real_services.customers.lookup(code).balance == 0
    assert "(voided)" in " ".join(
        w.text() for w in strip.findChildren(type(strip.title)) if w.text()
    )


def test_unknown_phone_registers_and_checks_in(qtbot, window, real_services) -> None:
    sign_in(qtbot, window, "0000")
    look_up(qtbot, window, "012-888 1234")
    form = window.counter.register_form
    assert window.counter.state == "register"
    assert form.phone.text() == "+60 12-888 1234"
    assert form.name.hasFocus()
    type_text(qtbot, form.name, "Nur Aisyah")
    type_text(qtbot, form.amount, "30")
    screenshot(window, "09-register-form")
    press(qtbot, form.amount, Qt.Key.Key_Return)
    settle(qtbot, window)
    banner = window.counter.banner.text
    assert banner.startswith("Welcome, Nur Aisyah! Member code ")
    assert "+30 points" in banner
    card = real_services.customers.lookup("+60128881234")
    assert (card.name, card.balance) == ("Nur Aisyah", 30)
    assert window.counter.state == "customer"


def test_blocked_customer_can_be_seen_but_not_credited(qtbot, window, real_services) -> None:
    code = make_customer(real_services, "+60123456786", "Blocked Bob", points=80)
    with real_services.context.uow.write() as uow:
        uow.customers.find_by("short_code", code).status = "BLOCKED"
        uow.commit()
    sign_in(qtbot, window, "0000")
    look_up(qtbot, window, code)
    counter = window.counter
    assert counter.card_view.status.isVisible()
    assert counter.banner.tone == "bad"
    assert counter.banner.text == "Blocked customer — nothing can be recorded."
    assert not counter.actions.check_in.isEnabled()
    assert not counter.actions.amount.isEnabled()
    screenshot(window, "10-blocked")
    press(qtbot, None, Qt.Key.Key_Return)
    press(qtbot, None, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert real_services.customers.lookup(code).balance == 80


def test_names_give_a_pick_list(qtbot, window, real_services) -> None:
    make_customer(real_services, "+60123456787", "Ana Lee")
    make_customer(real_services, "+60123456788", "Ana Lim")
    sign_in(qtbot, window, "0000")
    look_up(qtbot, window, "ana")
    counter = window.counter
    assert counter.state == "pick"
    assert counter.picks.count() == 2
    assert counter.picks.hasFocus()
    screenshot(window, "11-pick-list")
    press(qtbot, counter.picks, Qt.Key.Key_Down)
    press(qtbot, counter.picks, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert counter.card_view.name.full_text() == "Ana Lim"
    press(qtbot, None, Qt.Key.Key_Escape)
    assert counter.state == "idle"
    assert counter.scan.hasFocus()


def test_bad_input_in_every_field(qtbot, window, real_services) -> None:
    code = make_customer(real_services, "+60123456789", "Careful", points=10)
    sign_in(qtbot, window, "0000")
    counter = window.counter
    counter.scan_text("x" * 10_240)
    settle(qtbot, window)
    assert counter.banner.text == "That could not be read. Scan again or type it."
    counter.scan_text("A1B2\x07C3")
    settle(qtbot, window)
    assert counter.banner.tone == "bad"
    look_up(qtbot, window, "99")
    assert counter.banner.text == "No customer found. Ctrl+N registers a new one."
    look_up(qtbot, window, code)
    amount = counter.actions.amount
    for typed, expected in [("0", "Type the amount as a number, like 25.50."),
                            ("1.234", "Type the amount as a number, like 25.50."),
                            ("", "Type the amount as a number, like 25.50.")]:  # fmt: skip
        amount.clear()
        type_text(qtbot, amount, typed)
        press(qtbot, amount, Qt.Key.Key_Return)
        settle(qtbot, window)
        assert counter.banner.text == expected, typed
    type_text(qtbot, amount, "abc-!")  # the validator keeps letters out
    assert amount.text() == ""
    type_text(qtbot, counter.actions.receipt, "12 34")
    type_text(qtbot, amount, "5")
    press(qtbot, amount, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert counter.banner.text.startswith("The receipt number is at most 40")
    assert counter.actions.receipt.hasFocus()
    counter.actions.receipt.clear()
    press(qtbot, None, Qt.Key.Key_F4)
    type_text(qtbot, counter.actions.pay_points, "0")
    press(qtbot, counter.actions.pay_points, Qt.Key.Key_Return)
    assert counter.banner.text == "Type the points as a whole number above 0."
    counter.actions.pay_points.setText("999")
    press(qtbot, counter.actions.pay_points, Qt.Key.Key_Return)
    press(qtbot, None, Qt.Key.Key_Return)  # "Pay RM9.99 with 999 points?" Yes
    settle(qtbot, window)
    assert counter.banner.text == "Not enough points: 10 of 999."
    assert real_services.customers.lookup(code).balance == 10

    press(qtbot, None, Qt.Key.Key_Escape)
    look_up(qtbot, window, "someone@example.com")
    form = counter.register_form
    assert form.email.text() == "someone@example.com"
    for field, typed, expected in [
        (form.phone, "12345", "That phone number is not valid."),
        (form.birthday, "31/31/2020", "That birth date is not valid."),
    ]:
        field.clear()
        type_text(qtbot, field, typed)
        press(qtbot, field, Qt.Key.Key_Return)
        settle(qtbot, window)
        assert counter.banner.text == expected
        field.clear()
    form.email.setText("not-an-email")
    press(qtbot, form.email, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert counter.banner.text == "That email address is not valid."


def test_help_overlay_lists_the_keys(qtbot, window) -> None:
    sign_in(qtbot, window, "0000")
    seen: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        screenshot(dialog, "12-help")
        seen.append(dialog.windowTitle())
        dialog.accept()

    QTimer.singleShot(100, look)
    press(qtbot, None, Qt.Key.Key_F1)
    assert seen == ["Keyboard shortcuts"]


def test_dark_palette_and_long_names(qtbot, qapp, window, real_services) -> None:
    code = make_customer(
        real_services, "+60123456700",
        "Maximiliane Alexandra von Hohenberg-Schwarzenfels und Ober-Wittelsbach",
        points=1250, birth_date=date(1990, 1, 1),
    )  # fmt: skip
    apply_theme(qapp, dark=True)
    try:
        sign_in(qtbot, window, "0000")
        look_up(qtbot, window, code)
        name = window.counter.card_view.name
        assert name.is_elided()
        assert name.toolTip().endswith("Ober-Wittelsbach")
        assert balance_shown(window) == "1,250"
        screenshot(window, "13-customer-card-dark")
    finally:
        apply_theme(qapp, dark=False)
