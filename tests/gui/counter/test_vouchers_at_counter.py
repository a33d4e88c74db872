"""A voucher scanned or typed at the counter: shown, quoted, redeemed once."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from loyaltydesk.domain.qr_payload import voucher_payload
from loyaltydesk.domain.staff import Actor, Role
from tests.gui.helpers import look_up, press, screenshot, settle, sign_in, type_text

OWNER = Actor(1, "Olive Owner", Role.OWNER, "Till 1")


def make_voucher(services, **terms) -> str:
    batch = services.vouchers.create_batch(
        actor=OWNER, name="Opening week", voucher_type="FIXED", quantity=2,
        value=Decimal("5.00"), **terms,
    )  # fmt: skip
    return batch.codes[0]


def test_scanned_voucher_is_quoted_then_redeemed_with_enter(qtbot, window, real_services) -> None:
    code = make_voucher(real_services, min_purchase=Decimal("20.00"))
    sign_in(qtbot, window, "0000")
    counter = window.counter
    qtbot.keyClicks(counter.scan, voucher_payload(code))  # a scanner burst
    press(qtbot, counter.scan, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert counter.state == "voucher"
    flow = counter.vouchers
    assert flow.card.state.text() == "Valid"
    assert flow.card.minimum.text() == "Minimum purchase RM20.00"
    assert flow.actions.amount.hasFocus()
    screenshot(window, "15-voucher")
    type_text(qtbot, flow.actions.amount, "12.00")
    press(qtbot, flow.actions.amount, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert counter.banner.tone == "bad"
    assert counter.banner.text == "This voucher needs a purchase of at least RM20.00."
    flow.actions.amount.clear()
    type_text(qtbot, flow.actions.amount, "25.50")
    press(qtbot, flow.actions.amount, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert counter.banner.asking
    assert counter.banner.text == "RM5.00 off — the customer pays RM20.50. Redeem the voucher?"
    press(qtbot, None, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert counter.banner.text == "Voucher redeemed — RM5.00 off · the customer pays RM20.50"
    assert flow.card.state.text().startswith("Already redeemed on ")
    screenshot(window, "16-voucher-redeemed")
    assert real_services.vouchers.look_up_voucher(code).state == "REDEEMED"


def test_a_used_voucher_says_when_where_and_by_whom(qtbot, window, real_services) -> None:
    code = make_voucher(real_services)
    real_services.vouchers.redeem_voucher(
        code=code, amount=Decimal("30"), actor=Actor(1, "Olive Owner", Role.OWNER, "Till 2"),
        ref_code="till-2-first",
    )  # fmt: skip
    sign_in(qtbot, window, "0000")
    look_up(qtbot, window, code)
    counter = window.counter
    assert counter.state == "voucher"
    assert counter.banner.tone == "bad"
    assert " at Till 2 by Olive Owner" in counter.banner.text
    assert not counter.vouchers.actions.amount.isEnabled()
    press(qtbot, None, Qt.Key.Key_Escape)
    assert counter.state == "idle"
