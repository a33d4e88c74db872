"""The Sync page, driven as an owner against a real Cata emulator on 127.0.0.1: test the
connection, save the setup, then a check-in at the counter reaches the service."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from loyaltydesk.domain.staff import Actor, Role
from loyaltydesk.services.facade import Services
from tests.gui.helpers import look_up, press, settle, type_text
from tests.gui.owner.admin.steps import back_to_window, open_page, shot
from tests.support.emulators.cata import CataEmulator
from tests.support.memory_keyring import MemoryKeyring, memory_keyring

KEY = "cata-partner-key"
PHONE = "+60123456789"


@pytest.fixture
def cata() -> Iterator[CataEmulator]:
    with CataEmulator(api_key=KEY) as server:
        yield server


@pytest.fixture
def ring() -> Iterator[MemoryKeyring]:
    with memory_keyring() as kept:
        yield kept


@pytest.fixture
def member(real_services: Services) -> str:
    cashier = Actor(2, "Cass Cashier", Role.CASHIER, "Till 1")
    card = real_services.customers.register(
        actor=cashier, name="Aisyah Rahman", phone=PHONE, ref_code="reg-aisyah"
    )
    return card.customer_id


def _fill(qtbot, page, url: str, key: str) -> None:
    form = page.form
    form.service.setCurrentIndex(form.service.findData("cata"))
    form.base_url.clear()
    type_text(qtbot, form.base_url, url)
    form.secrets["api_key"].clear()
    type_text(qtbot, form.secrets["api_key"], key)


def test_a_wrong_key_is_said_in_words(qtbot, window, cata, ring) -> None:
    page = open_page(qtbot, window, "sync")
    _fill(qtbot, page, cata.base_url, "not-the-key")
    qtbot.mouseClick(page.test, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "refused the key" in page.banner.text, timeout=15_000)
    assert "not-the-key" not in page.banner.text
    shot(window, "sync-wrong-key")
    window.resize(1024, 768)
    shot(window, "sync-wrong-key-1024")


def test_connect_then_a_check_in_reaches_the_service(
    qtbot, window, real_services, cata, ring, member
) -> None:
    remote = cata.seed_customer(phone=PHONE, points=50)
    page = open_page(qtbot, window, "sync")
    assert window.status.sync.text() == "Sync: off"
    _fill(qtbot, page, cata.base_url, KEY)
    qtbot.mouseClick(page.test, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.banner.text.startswith("The service answered"), timeout=15_000)
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.banner.text.startswith("Connected to Cata"), timeout=15_000)
    settle(qtbot, window)
    assert ring.entries[("loyaltydesk", "cata:api_key")] == KEY
    assert page.form.secrets["api_key"].text() == ""
    assert page.form.secrets["api_key"].placeholderText() == "Kept in the system keyring"
    shot(window, "sync-connected")

    back_to_window(qtbot, window)
    press(qtbot, None, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: window.owner_area is None, timeout=5_000)
    look_up(qtbot, window, "012-345 6789")
    amount = window.counter.actions.amount
    type_text(qtbot, amount, "25.00")
    press(qtbot, amount, Qt.Key.Key_Return)
    settle(qtbot, window)

    qtbot.waitUntil(lambda: any(e.points == 25 for e in cata.ledger(remote)), timeout=20_000)
    qtbot.waitUntil(lambda: real_services.sync.status().pending == 0, timeout=20_000)
    window.sync_driver.refresh()
    qtbot.waitUntil(lambda: "last sent" in window.status.sync.text(), timeout=15_000)
    assert window.status.sync.text().startswith("Sync: online · 0 waiting · last sent ")
    assert cata.balance_of(remote) == 75
    shot(window, "sync-counter-status")
