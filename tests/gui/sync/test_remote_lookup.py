"""At the counter, someone this shop does not know is looked up at the hosted service (real
Cata and KiriMel emulators on 127.0.0.1): found there, they are brought in with their link and
their balance; the look-up never holds the counter up, Esc cancels it, and offline or unknown
there too the cashier gets the usual words and the register option."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from loyaltydesk.services.facade import Services
from tests.gui.helpers import look_up, press, settle, sign_in, type_text
from tests.gui.owner.admin.steps import open_page
from tests.gui.sync.steps import connect, shots, wait_for_sync
from tests.support.emulators.cata import CataEmulator
from tests.support.emulators.kirimel import API_KEY, API_SECRET, KiriMelEmulator
from tests.support.memory_keyring import memory_keyring

CATA_KEY = "cata-partner-key"


@pytest.fixture(autouse=True)
def ring() -> Iterator[None]:
    with memory_keyring():
        yield


@pytest.fixture
def cata(real_services: Services) -> Iterator[CataEmulator]:
    with CataEmulator(api_key=CATA_KEY) as server:
        connect(real_services, "cata", server.base_url, api_key=CATA_KEY)
        yield server


def _counter(qtbot, window):
    sign_in(qtbot, window, "0000")
    wait_for_sync(qtbot, window, _configured(window))
    return window.counter


def _configured(window) -> str | None:
    settings = window.services.sync.settings()
    return settings.provider if settings else None


def _scan(qtbot, counter, text: str) -> None:
    type_text(qtbot, counter.scan, text)
    press(qtbot, counter.scan, Qt.Key.Key_Return)


def test_a_cata_app_code_brings_the_customer_in(qtbot, window, real_services, cata) -> None:
    remote = cata.seed_customer(short_code="C0FFEE", points=120)
    counter = _counter(qtbot, window)
    cata.latency = 1.0  # long enough to see (and photograph) the look-up in progress
    _scan(qtbot, counter, "c0ffee")
    qtbot.waitUntil(lambda: "Looking it up at Cata" in counter.banner.text, timeout=5_000)
    assert counter.state == "idle"
    assert counter.scan.hasFocus()
    shots(window, "sync-lookup-in-progress")

    qtbot.waitUntil(lambda: counter.state == "customer", timeout=15_000)
    settle(qtbot, window)
    assert counter.banner.text == "Found at Cata — added to this shop's customers."
    assert counter.card.short_code == "C0FFEE"
    assert counter.card.remote_balance == 120
    assert counter.card_view.remote.isVisible()
    assert "120 points" in counter.card_view.remote.text()
    assert real_services.sync_queue.remote_id_of(counter.card.customer_id) == remote
    shots(window, "sync-lookup-found")

    # Known now: the next scan finds them here, without asking Cata again.
    asked = len(cata.log)
    press(qtbot, None, Qt.Key.Key_Escape)
    cata.latency = 0.0
    look_up(qtbot, window, "C0FFEE")
    assert counter.state == "customer"
    assert counter.card.short_code == "C0FFEE"
    assert not any(e.path.endswith("customer-uuid") for e in cata.log[asked:])


def test_a_phone_unknown_here_and_there_opens_the_register_form(
    qtbot, window, real_services, cata
) -> None:
    counter = _counter(qtbot, window)
    _scan(qtbot, counter, "012-999 1234")
    qtbot.waitUntil(lambda: counter.state == "register", timeout=15_000)
    assert counter.register_form.phone.text()
    assert counter.banner.text == "New customer — fill in and press Enter."
    assert any(e.path.endswith("customer-uuid") for e in cata.log)


def test_esc_cancels_a_look_up_and_its_answer_is_dropped(
    qtbot, window, real_services, cata
) -> None:
    cata.seed_customer(short_code="BEEF01", points=10)
    counter = _counter(qtbot, window)
    cata.latency = 1.0
    _scan(qtbot, counter, "BEEF01")
    qtbot.waitUntil(lambda: counter.remote.active, timeout=5_000)
    press(qtbot, counter.scan, Qt.Key.Key_Escape)
    assert not counter.remote.active
    assert counter.banner.text == ""
    qtbot.waitUntil(lambda: counter.remote.runner.pending == 0, timeout=15_000)
    settle(qtbot, window)
    assert counter.state == "idle"
    assert counter.card is None


def test_offline_the_cashier_is_told_in_words(qtbot, window, real_services, cata) -> None:
    counter = _counter(qtbot, window)
    cata.offline = True
    _scan(qtbot, counter, "ABC123")
    qtbot.waitUntil(lambda: "cannot be reached" in counter.banner.text, timeout=15_000)
    assert counter.banner.text == (
        "No customer found here, and Cata cannot be reached now. Ctrl+N registers a new one."
    )
    assert counter.state == "idle"
    shots(window, "sync-lookup-offline")


def test_unknown_at_the_service_too_says_no_customer_found(
    qtbot, window, real_services, cata
) -> None:
    counter = _counter(qtbot, window)
    _scan(qtbot, counter, "ABC123")
    qtbot.waitUntil(lambda: counter.banner.text.startswith("No customer"), timeout=15_000)
    assert counter.banner.text == "No customer found. Ctrl+N registers a new one."


def test_a_kirimel_qr_identifier_brings_the_customer_in(qtbot, window, real_services) -> None:
    with KiriMelEmulator() as kirimel:
        remote = kirimel.seed_customer(
            balance=340, name="Mei Ling Tan", phone="+60127778888", qr_code="KM-QR-55190"
        )
        connect(real_services, "kirimel", kirimel.base_url, api_key=API_KEY,
                api_secret=API_SECRET)  # fmt: skip
        counter = _counter(qtbot, window)
        _scan(qtbot, counter, "KM-QR-55190")
        qtbot.waitUntil(lambda: counter.state == "customer", timeout=15_000)
        settle(qtbot, window)
    card = counter.card
    assert (card.name, card.phone, card.remote_balance) == ("Mei Ling Tan", "+60127778888", 340)
    assert real_services.sync_queue.remote_id_of(card.customer_id) == remote
    assert real_services.sync.status().pending == 0  # adopted: nothing to register there


def test_a_balance_that_differs_is_listed_for_the_owner(qtbot, window, real_services, cata) -> None:
    remote = cata.seed_customer(short_code="C0FFEE", points=120)
    counter = _counter(qtbot, window)
    _scan(qtbot, counter, "C0FFEE")
    qtbot.waitUntil(lambda: counter.state == "customer", timeout=15_000)
    settle(qtbot, window)
    assert counter.card_view.remote.text().startswith("Cata says 120 points (read ")
    shots(window, "sync-card-remote-balance")
    press(qtbot, None, Qt.Key.Key_Escape)
    window.sign_out()

    page = open_page(qtbot, window, "sync")
    table = page.differences
    qtbot.waitUntil(lambda: table.view.model().rowCount() == 1, timeout=10_000)
    model = table.view.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers == ["Customer", "Here", "At the service", "Difference", "When read"]
    row = [model.index(0, c).data() for c in range(5)]
    assert row[:4] == ["Customer C0FFEE", "0", "120", "+120"]
    assert row[4].startswith("today ")
    assert page.differences_note.text().startswith("When a balance was read at Cata, it was not")
    # Neither side was changed.
    assert cata.balance_of(remote) == 120
    assert real_services.customers.lookup("C0FFEE").balance == 0
    page.differences.view.setFocus()  # the section scrolls into view, as a Tab would
    shots(window, "sync-page-differences")
