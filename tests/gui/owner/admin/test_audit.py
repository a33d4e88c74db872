"""The audit log, driven as an owner: filters, paging, an entry in full."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from loyaltydesk.domain.errors import LoyaltyError
from loyaltydesk.ui.owner.reports.audit_entry import AuditEntryDialog
from loyaltydesk.ui.owner.reports.audit_page import AuditLogPage
from tests.conftest import CASHIER_PIN
from tests.gui.helpers import press, settle
from tests.gui.owner.admin.steps import (
    OWNER,
    back_to_window,
    click,
    open_page,
    page_for_cashier,
    shot,
    table_texts,
    when_modal,
)


def test_who_did_what_newest_first(qtbot, window) -> None:
    page = open_page(qtbot, window, "audit")
    whats = table_texts(page.table, 3)
    assert whats[0] == "Signed in"
    assert whats[-1] == "Saved the settings"
    assert "Cass Cashier · as cashier" in table_texts(page.table, 4)
    assert table_texts(page.table, 4)[-1] == "The shop's first settings"
    assert table_texts(page.table, 1)[-1] == "System"
    assert page.count.text() == f"1–{len(whats)} of {len(whats)} entries"
    assert not page.older.isEnabled()
    shot(window, "admin-audit")


def test_filters_narrow_the_log(qtbot, window) -> None:
    page = open_page(qtbot, window, "audit")
    page.what.setFocus()
    offered = [page.what.itemText(i) for i in range(page.what.count())]
    assert {"All reward changes", "Added a reward"} <= set(offered)
    assert not any("." in text for text in offered)  # no internal names such as reward.add
    while page.what.currentText() != "All reward changes":
        press(qtbot, page.what, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: set(table_texts(page.table, 3)) == {"Added a reward"}, timeout=5_000)
    assert page.count.text() == "1–3 of 3 entries"
    assert table_texts(page.table, 4)[0] == "reward no. 3 · costs 2,000 points"
    page.what.setCurrentIndex(0)
    settle(qtbot, window)
    page.till.setCurrentIndex(page.till.findText("setup"))
    settle(qtbot, window)
    assert set(table_texts(page.table, 2)) == {"setup"}
    page.who.setCurrentIndex(page.who.findText("Cass Cashier"))
    settle(qtbot, window)
    assert page.table.stack.currentWidget() is page.table.empty
    assert page.table.empty.text() == "No entries match these filters."
    assert page.count.text() == "No entries"
    shot(window, "admin-audit-no-match")


def test_pages_of_a_hundred(qtbot, window, real_services) -> None:
    for step in range(105):
        real_services.rewards.update_reward(actor=OWNER, reward_id=1, cost=100 + step)
    page = open_page(qtbot, window, "audit")
    total = page.total
    assert total > 105
    assert page.count.text() == f"1–100 of {total:,} entries"
    qtbot.mouseClick(page.older, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert page.count.text() == f"101–{total} of {total} entries"
    assert not page.older.isEnabled()
    qtbot.mouseClick(page.newer, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert page.table.records[0].action == "staff.sign_in"


def test_enter_shows_an_entry_in_full(qtbot, window) -> None:
    page = open_page(qtbot, window, "audit")
    page.table.select(lambda r: r.action == "staff.add" and r.till == "Till 1")
    titles: list[str] = []

    def look(dialog: AuditEntryDialog) -> None:
        shot(dialog, "admin-audit-entry")
        click("Close")(dialog)

    when_modal(look, titles, AuditEntryDialog)
    back_to_window(qtbot, window)
    press(qtbot, page.table.view, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert titles == ["Audit entry"]


def test_a_cashier_cannot_read_the_log(qtbot, window) -> None:
    page = page_for_cashier(qtbot, window, AuditLogPage)
    assert page.banner.text == "This needs an owner."


def test_a_customer_is_named_not_a_uuid(qtbot, window, real_services) -> None:
    card = real_services.customers.register(
        actor=OWNER, ref_code="audit-names-1", phone="+60123450099", name="Siti Rahman"
    )
    real_services.points.check_in(
        customer=card.customer_id, actor=OWNER, ref_code="audit-names-2", amount="12.00"
    )
    page = open_page(qtbot, window, "audit")
    details = table_texts(page.table, 4)
    assert "Siti Rahman · +12 points" in details
    assert not any(card.customer_id in text for text in details)
    window.resize(1024, 768)
    settle(qtbot, window)
    shot(window, "audit-customer-names-1024")


def test_a_refused_owner_pin_and_an_export_read_as_sentences(
    qtbot, window, real_services, tmp_path
) -> None:
    with pytest.raises(LoyaltyError):
        real_services.staff.check_owner_pin(pin=CASHIER_PIN, till="Till 1")
    real_services.csv_export.export_customers(path=tmp_path / "customers.csv", actor=OWNER)
    page = open_page(qtbot, window, "audit")
    whats = table_texts(page.table, 3)
    assert "Exported the customer list" in whats
    assert table_texts(page.table, 4)[whats.index("Exported the customer list")] == "0 rows"
    assert "Cashier PIN refused for owner access" in whats
    assert not any("." in what or "_" in what for what in whats)
    shot(window, "admin-audit-owner-pin-refused-1366")
    window.resize(1024, 768)
    shot(window, "admin-audit-owner-pin-refused-1024")
