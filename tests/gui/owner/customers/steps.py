"""Steps the customer page tests share: customers to work with, opening the page, answering
modal dialogs."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from loyaltydesk.domain.staff import Actor, Role
from loyaltydesk.ui.owner.customers.customers_page import CustomersPage
from tests.gui.helpers import press, settle, sign_in

OWNER = Actor(1, "Olive Owner", Role.OWNER, "Till 1")


def make_customer(services, phone: str, name: str, points: int = 0, **kw) -> str:
    """A registered customer (with points, when asked); returns their customer id."""
    card = services.customers.register(
        actor=OWNER, ref_code=uuid.uuid4().hex, phone=phone, name=name, **kw
    )
    if points:
        services.points.adjust_points(
            customer=card.customer_id, points=points, reason="opening balance", actor=OWNER,
            ref_code=uuid.uuid4().hex,
        )  # fmt: skip
    return card.customer_id


def open_customers(qtbot, window) -> CustomersPage:
    sign_in(qtbot, window, "1234")
    press(qtbot, None, Qt.Key.Key_F10)
    page = window.owner_area.show_page("customers")
    assert isinstance(page, CustomersPage)
    wait_for_rows(qtbot, window, page)
    return page


def wait_for_rows(qtbot, window, page: CustomersPage) -> None:
    """Until the query shown is the one asked for and its row count is known."""
    qtbot.waitUntil(lambda: not page.model.loading and page.model.total is not None, timeout=15_000)
    settle(qtbot, window)


def search(qtbot, window, page: CustomersPage, text: str) -> None:
    page.search.clear()
    qtbot.keyClicks(page.search, text, delay=20)
    qtbot.waitUntil(lambda: page.model.query.text == text, timeout=15_000)
    wait_for_rows(qtbot, window, page)


def shown_names(page: CustomersPage) -> list[str]:
    model = page.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def answer_modal(kind: type[QWidget], act: Callable[[QWidget], None], delay: int = 100) -> None:
    """When a modal of ``kind`` opens, ``act`` on it (as the person would)."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(50, answer)
            return
        act(dialog)

    QTimer.singleShot(delay, answer)


def click_message_button(text: str) -> Callable[[QWidget], None]:
    def act(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        button = next(b for b in box.buttons() if b.text() == text)
        button.click()

    return act
