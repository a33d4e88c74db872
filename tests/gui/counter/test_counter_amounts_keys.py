"""Issue 12, items 10, 11, 13, 14: the counter's edge cases, driven by keys as a cashier would.
Screens (1366 and 1024 wide) go to tests/artifacts/screens/ for people to look at."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from loyaltydesk.domain.staff import Actor, Role
from loyaltydesk.services.facade import build_services
from loyaltydesk.ui.dialogs.void_dialog import VoidDialog
from loyaltydesk.ui.preferences import RESULT_SECONDS
from tests.gui.counter.test_counter import balance_shown, make_customer
from tests.gui.helpers import look_up, press, screenshot, settle, sign_in, type_text
from tests.gui.sync.steps import shots

CASHIER = Actor(2, "Cass Cashier", Role.CASHIER, "Till 1")


def check_in(qtbot, window, amount: str) -> None:
    field = window.counter.actions.amount
    field.clear()
    type_text(qtbot, field, amount)
    press(qtbot, field, Qt.Key.Key_Return)
    settle(qtbot, window)


def test_an_unusual_amount_is_confirmed_and_a_huge_one_refused(qtbot, window, real_services):
    code = make_customer(real_services, "+60123450010", "Big Spender")
    sign_in(qtbot, window, "0000")
    look_up(qtbot, window, code)
    counter = window.counter
    check_in(qtbot, window, "99999")
    assert counter.banner.asking
    assert counter.banner.tone == "warn"
    assert counter.banner.text == (
        "RM99,999.00 is more than this shop's largest usual purchase (RM1,000.00). Is the "
        "amount right? Enter checks in, Esc goes back."
    )
    shots(window, "counter-amount-unusual")
    press(qtbot, None, Qt.Key.Key_Escape)  # back: nothing recorded, the amount selected
    assert not counter.banner.isVisible()
    assert counter.actions.amount.hasFocus()
    assert counter.actions.amount.selectedText() == "99999"
    assert real_services.customers.lookup(code).balance == 0

    check_in(qtbot, window, "1200")
    assert counter.banner.asking
    press(qtbot, None, Qt.Key.Key_Return)  # Enter confirms
    settle(qtbot, window)
    assert counter.banner.text.startswith("+1,200 points — RM1,200.00 at 1 point per RM1.00")
    assert balance_shown(window) == "1,200"

    check_in(qtbot, window, "150000")
    assert counter.banner.tone == "bad"
    assert not counter.banner.asking
    assert counter.banner.text == (
        "RM150,000.00 is more than the counter records at once (at most RM100,000.00). "
        "Check the amount."
    )
    assert counter.actions.amount.hasFocus()
    shots(window, "counter-amount-too-large")
    assert real_services.customers.lookup(code).balance == 1200


def _answer_void(seen: list[str], shot: str, reason: str, owner_pin: str = "") -> None:
    """When the void dialog opens: note what it says (and whether it asks for an owner's PIN),
    then give the reason and the PIN."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, VoidDialog)
        texts = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
        seen.append(" | ".join(texts) + (" [PIN]" if dialog.owner_pin.isVisibleTo(dialog) else ""))
        screenshot(dialog, shot)
        dialog.reason.setText(reason)
        dialog.owner_pin.setText(owner_pin)
        dialog.accept()

    QTimer.singleShot(150, answer)


def test_f8_never_voids_a_void_and_says_the_true_reason(qtbot, window, real_services, db_path):
    code = make_customer(real_services, "+60123450011", "Lee Wong")
    sign_in(qtbot, window, "0000")
    look_up(qtbot, window, code)
    counter = window.counter
    check_in(qtbot, window, "40")
    seen: list[str] = []
    _answer_void(seen, "counter-void-own", "wrong amount")
    press(qtbot, None, Qt.Key.Key_F8)
    settle(qtbot, window)
    assert "[PIN]" not in seen[0]
    assert "Lee Wong +40" in seen[0]
    assert counter.banner.text.startswith("Voided — −40 points")

    press(qtbot, None, Qt.Key.Key_F8)  # the latest is the void itself: nothing to void
    settle(qtbot, window)
    assert counter.banner.tone == "warn"
    assert counter.banner.text == "Nothing recent at this till can be voided."
    assert len(seen) == 1

    # A check-in at this till 20 minutes ago, past the 15-minute void window.
    then = datetime.now(UTC) - timedelta(minutes=20)
    earlier = build_services(real_services.context.uow, clock=lambda: then)
    customer = real_services.customers.lookup(code).customer_id
    earlier.points.check_in(customer=customer, actor=CASHIER, ref_code="old-one", amount="30")
    look_up(qtbot, window, code)  # the strip is read again
    _answer_void(seen, "counter-void-needs-owner", "customer left", owner_pin="1234")
    press(qtbot, None, Qt.Key.Key_F8)
    settle(qtbot, window)
    assert "[PIN]" in seen[1]
    assert "This one is older than 15 minutes: type an owner's PIN." in seen[1]
    assert counter.banner.text.startswith("Voided — −30 points")
    assert real_services.customers.lookup(code).balance == 0


def test_f4_says_what_the_points_are_worth_and_asks(qtbot, window, real_services) -> None:
    code = make_customer(real_services, "+60123450012", "Payer Two", points=300)
    sign_in(qtbot, window, "0000")
    look_up(qtbot, window, code)
    counter = window.counter
    press(qtbot, None, Qt.Key.Key_F4)
    type_text(qtbot, counter.actions.pay_points, "250")
    assert counter.actions.pay_value.text() == "= RM2.50"
    press(qtbot, counter.actions.pay_points, Qt.Key.Key_Return)
    assert counter.banner.asking
    assert counter.banner.text == "Pay RM2.50 with 250 points?"
    shots(window, "counter-pay-confirm")
    press(qtbot, None, Qt.Key.Key_Escape)  # back to the points, nothing paid
    assert counter.actions.pay_points.hasFocus()
    assert real_services.customers.lookup(code).balance == 300
    press(qtbot, counter.actions.pay_points, Qt.Key.Key_Return)
    press(qtbot, None, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert counter.banner.text == "−250 points paid RM2.50 · Balance 50"


def test_a_key_that_cannot_act_says_why(qtbot, window, real_services) -> None:
    code = make_customer(real_services, "+60123450013", "Quick Visit", points=120)
    window.prefs.set(RESULT_SECONDS, 1)
    sign_in(qtbot, window, "0000")
    counter = window.counter
    press(qtbot, None, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert counter.banner.tone == "warn"
    assert counter.banner.text == (
        "Ctrl+1: there is no customer on the card. Scan a member card first."
    )
    press(qtbot, None, Qt.Key.Key_F4)
    assert counter.banner.text.startswith("F4: there is no customer on the card.")
    look_up(qtbot, window, code)
    press(qtbot, None, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert counter.banner.text == "Ctrl+5: there is no reward number 5."
    check_in(qtbot, window, "5")
    qtbot.waitUntil(lambda: counter.state == "idle", timeout=5_000)  # the result's time is up
    press(qtbot, None, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert counter.banner.text == (
        "Ctrl+1: the last customer was cleared 1 second after their result. Scan their card again."
    )
    shots(window, "counter-key-cannot-act")
