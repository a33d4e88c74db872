"""Every owner page opens on a demo shop, signed in as the owner, and is screenshotted
(tests/artifacts/screens/owner-page-<key>.png, 1366x768): the pictures to compare when the
owner pages are reorganised."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from loyaltydesk.bootstrap import open_services
from loyaltydesk.config import resolve_config
from loyaltydesk.services.backups import BackupService
from loyaltydesk.services.context import utc_now
from loyaltydesk.services.demo import OWNER_PIN, SimulatedClock, build_demo_shop
from loyaltydesk.ui.owner.program.reward_dialog import RewardDialog
from loyaltydesk.ui.owner.registry import owner_pages
from loyaltydesk.ui.owner.staff.staff_dialog import StaffDialog
from tests.gui.helpers import open_window, press, screenshot, settle, sign_in


@pytest.fixture(autouse=True)
def _no_daily_backup(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(BackupService, "run_daily_backup_if_due", lambda *_a, **_k: None)


def test_every_owner_page_opens_and_is_screenshotted(qtbot, qapp, tmp_path: Path) -> None:
    config = resolve_config(home=str(tmp_path), demo=True)
    clock = SimulatedClock(utc_now())
    build_demo_shop(open_services(config, durable=False, clock=clock), clock, customers=40)
    services = open_services(config)
    db_path = Path(config.db_url.removeprefix("sqlite:///"))
    window = open_window(qtbot, qapp, services, db_path, tmp_path)
    sign_in(qtbot, window, OWNER_PIN)
    press(qtbot, None, Qt.Key.Key_F10)
    assert window.owner_area is not None
    keys = [key for key, _title, _factory in owner_pages()]
    assert len(keys) == 9
    for key in keys:
        page = window.owner_area.show_page(key)
        settle(qtbot, window)
        assert window.owner_area.current_page() is page
        assert page.isVisible()
        assert screenshot(window, f"owner-page-{key}").stat().st_size > 0
    # The views inside the pages: the report's tables, a voucher batch, a customer's detail.
    reports = window.owner_area.show_page("reports")
    settle(qtbot, window)
    bar = reports.scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    screenshot(window, "owner-view-report-tables")
    vouchers = window.owner_area.show_page("vouchers")
    settle(qtbot, window)
    vouchers.open_batch(vouchers.table.model.row_at(0).batch_id)
    settle(qtbot, window)
    screenshot(window, "owner-view-voucher-batch")
    customers = window.owner_area.show_page("customers")
    settle(qtbot, window)
    customers.open_customer(services.customers.lookup("+60123456789").customer_id)
    settle(qtbot, window)
    screenshot(window, "owner-view-customer-detail")
    rewards = window.owner_area.show_page("rewards")
    staff = window.owner_area.show_page("staff")
    settle(qtbot, window)
    member = staff.members[-1]
    for name, dialog in [
        ("reward-new", RewardDialog(None, rewards)),
        ("reward-edit", RewardDialog(rewards.catalog[0], rewards)),
        ("staff-new", StaffDialog(None, staff)),
        ("staff-edit", StaffDialog(member, staff)),
    ]:
        dialog.show()
        qtbot.waitExposed(dialog)
        assert screenshot(dialog, f"owner-dialog-{name}").stat().st_size > 0
        dialog.reject()
