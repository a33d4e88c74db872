"""Every owner page on a demo shop (40 customers, months of history) at 1024x768: with real
rows in the tables, no table needs its columns scrolled sideways (the audit log's details,
the customers' points, a customer's history, the report's tables) and nothing else is cut.
Screenshots: tests/artifacts/screens/small-owner-demo-<page>-1024x768.png."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from loyaltydesk.bootstrap import open_services
from loyaltydesk.config import resolve_config
from loyaltydesk.services.backups import BackupService
from loyaltydesk.services.context import utc_now
from loyaltydesk.services.demo import OWNER_PIN, SimulatedClock, build_demo_shop
from loyaltydesk.ui.owner.registry import owner_pages
from tests.gui.helpers import open_window, press, screenshot, settle, sign_in
from tests.gui.layout_checks import cut_widgets
from tests.gui.small_screens.steps import SIZES, sized


@pytest.fixture(autouse=True)
def _no_daily_backup(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(BackupService, "run_daily_backup_if_due", lambda *_a, **_k: None)


def test_every_owner_page_with_data_fits_1024x768(qtbot, qapp, tmp_path: Path) -> None:
    config = resolve_config(home=str(tmp_path), demo=True)
    clock = SimulatedClock(utc_now())
    build_demo_shop(open_services(config, durable=False, clock=clock), clock, customers=40)
    services = open_services(config)
    db_path = Path(config.db_url.removeprefix("sqlite:///"))
    window = open_window(qtbot, qapp, services, db_path, tmp_path)
    sized(qtbot, window, SIZES["1024x768"])
    sign_in(qtbot, window, OWNER_PIN)
    press(qtbot, None, Qt.Key.Key_F10)
    assert window.owner_area is not None
    found: list[str] = []

    def look(name: str) -> None:
        settle(qtbot, window)
        screenshot(window, f"small-owner-demo-{name}-1024x768")
        found.extend(f"{name}: {cut}" for cut in cut_widgets(window))

    for key, _title, _factory in owner_pages():
        window.owner_area.show_page(key)
        look(key)
    reports = window.owner_area.show_page("reports")
    settle(qtbot, window)
    bar = reports.scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    look("report-tables")
    customers = window.owner_area.show_page("customers")
    settle(qtbot, window)
    customers.open_customer(services.customers.lookup("+60123456789").customer_id)
    qtbot.waitUntil(lambda: customers.detail.detail is not None, timeout=15_000)
    look("customer-detail")
    assert not found, "\n".join(found)
