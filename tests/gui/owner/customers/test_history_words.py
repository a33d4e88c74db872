"""The owner reads a customer's points history in the shop's words, never rule codes or hashes."""

from __future__ import annotations

import uuid
from decimal import Decimal

from PySide6.QtCore import Qt

from loyaltydesk.domain.staff import Actor, Role
from tests.gui.helpers import press, screenshot, settle
from tests.gui.owner.customers.steps import make_customer, open_customers, search

CASHIER = Actor(2, "Cass Cashier", Role.CASHIER, "Till 1")


def _ref() -> str:
    return uuid.uuid4().hex


def test_history_says_what_happened_with_the_amounts(qtbot, window, real_services) -> None:
    cid = make_customer(real_services, "+60123456790", "Farid Ismail")
    points = real_services.points
    points.check_in(customer=cid, actor=CASHIER, ref_code=_ref(), amount=Decimal("25.00"))
    wrong = points.check_in(
        customer=cid, actor=CASHIER, ref_code=_ref(), amount=Decimal("40.00"), confirm=True
    )
    real_services.voids.void(
        transaction=wrong.transaction_id, reason="Typed 40 for 4", actor=CASHIER, ref_code=_ref()
    )
    points.pay_with_points(customer=cid, actor=CASHIER, ref_code=_ref(), points=20)

    page = open_customers(qtbot, window)
    search(qtbot, window, page, "Farid")
    press(qtbot, page.search, Qt.Key.Key_Return)
    press(qtbot, page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.detail.history.model.rowCount() == 4, timeout=15_000)
    settle(qtbot, window)
    model = page.detail.history.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    rows = [[model.index(r, c).data() for c in (1, 2, 3, 4)] for r in range(model.rowCount())]
    assert headers == ["When", "What", "Points", "Details", "Reason given", "Staff", "Till"]
    assert rows == [
        ["Spent", "−20", "Paid RM0.20 with points", ""],
        ["Voided", "−40", "Void of a check-in", "Typed 40 for 4"],
        ["Earned (voided)", "+40", "Check-in: RM40.00 → 40 points", ""],
        ["Earned", "+25", "Check-in: RM25.00 → 25 points", ""],
    ]
    window.resize(1024, 768)
    screenshot(window, "history-words-1024")
    window.resize(1366, 768)
    screenshot(window, "history-words-1366")
