"""Steps for the sync tests at the counter and on the owner pages: connect the shop to a real
emulator on 127.0.0.1 (secrets in an in-memory keyring), wait for the window to know it."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from loyaltydesk.domain.staff import Actor, Role
from loyaltydesk.services.facade import Services
from loyaltydesk.sync import credentials
from tests.gui.helpers import screenshot

OWNER = Actor(1, "Olive Owner", Role.OWNER, "Till 1")
CASHIER = Actor(2, "Cass Cashier", Role.CASHIER, "Till 1")
SIZES = ((1366, 768), (1024, 768))


def connect(services: Services, provider: str, base_url: str, **secrets: str) -> None:
    """The owner's setup, as the Sync page saves it (its own GUI test covers the form)."""
    services.sync.configure(actor=OWNER, provider=provider, base_url=base_url)
    assert credentials.store(provider, credentials.Credentials(**secrets))


def wait_for_sync(qtbot, window, provider: str | None) -> None:
    """The window has read the setup made after it opened, as the Sync page's save tells it:
    its sync thread runs and the counter knows which service to ask."""
    window.sync_driver.restart()
    qtbot.waitUntil(lambda: window.counter.remote.provider == provider, timeout=15_000)


def shots(window, name: str) -> None:
    """The window at both screen sizes every screen must work at (1366 first, as opened)."""
    for width, height in SIZES:
        window.resize(width, height)
        QApplication.processEvents()
        QApplication.processEvents()
        screenshot(window, f"{name}-{width}")
    window.resize(*SIZES[0])
