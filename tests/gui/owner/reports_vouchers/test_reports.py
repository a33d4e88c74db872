"""The Reports page, driven as an owner would: periods, figures, charts, tables and CSV."""

from __future__ import annotations

import csv
import uuid
from datetime import date

from PySide6.QtCore import Qt

from loyaltydesk.ui.owner.reports.reports_page import PRESETS, ReportsPage, preset_period
from loyaltydesk.ui.theme import apply_theme
from tests.gui.helpers import dark_share, screenshot, settle
from tests.gui.owner.reports_vouchers.steps import (
    OWNER,
    answer_file_dialog,
    cashier_context,
    open_owner_page,
)


def register(services, phone: str, name: str) -> str:
    card = services.customers.register(
        actor=OWNER, ref_code=uuid.uuid4().hex, phone=phone, name=name
    )
    return card.customer_id


def check_in(services, customer: str, amount: str) -> None:
    services.points.check_in(
        customer=customer, actor=OWNER, ref_code=uuid.uuid4().hex, amount=amount, confirm=True
    )


def seed_today(services) -> None:
    """Three customers today: one checks in five times (unusual), one redeems a coffee."""
    busy = register(services, "+60123400001", "Busy Bee")
    for _ in range(5):
        check_in(services, busy, "30")
    regular = register(services, "+60123400002", "Regular Rita")
    check_in(services, regular, "120")
    reward = next(r for r in services.rewards.list_rewards() if r.title == "Free coffee")
    services.points.redeem_reward(
        customer=regular, reward_id=reward.reward_id, actor=OWNER, ref_code=uuid.uuid4().hex
    )
    register(services, "+60123400003", "New Nadia")


def choose_preset(qtbot, page: ReportsPage, key: str) -> None:
    page.preset.setCurrentIndex(PRESETS.index(key))


def test_presets_cover_the_right_days() -> None:
    wednesday = date(2026, 3, 11)
    assert preset_period("today", wednesday) == (wednesday, wednesday)
    assert preset_period("week", wednesday) == (date(2026, 3, 9), wednesday)
    assert preset_period("week", wednesday, first_weekday=7) == (date(2026, 3, 8), wednesday)
    assert preset_period("month", wednesday) == (date(2026, 3, 1), wednesday)
    assert preset_period("last_month", wednesday) == (date(2026, 2, 1), date(2026, 2, 28))
    assert preset_period("last_month", date(2026, 1, 5)) == (date(2025, 12, 1), date(2025, 12, 31))


def test_an_empty_shop_says_so(qtbot, window) -> None:
    page = open_owner_page(qtbot, window, "reports")
    assert page.report is not None
    assert page.preset.currentData() == "month"
    assert page.tiles.tiles["check_ins"].value.text() == "0"
    assert page.rewards.stack.currentWidget() is page.rewards.empty
    assert page.top.empty.text() == "Nobody earned points in this period."
    assert page.charts.by_hour.values == (0,) * 24
    assert not page.busy.isVisible()
    screenshot(window, "reports-01-empty")


def test_a_day_with_visits(qtbot, window, tmp_path) -> None:
    seed_today(window.services)
    page = open_owner_page(qtbot, window, "reports")
    choose_preset(qtbot, page, "today")
    settle(qtbot, window)
    report = page.report
    assert report is not None
    assert report.period.date_from == report.period.date_to
    tiles = page.tiles.tiles
    assert tiles["check_ins"].value.text() == "6"
    assert tiles["check_ins"].note.text() == "different customers: 2"
    assert tiles["new_members"].value.text() == "3"
    assert tiles["rewards"].value.text() == "1"
    assert tiles["redeemed"].value.text() == "100"
    assert tiles["issued"].value.text() == "270"
    assert tiles["outstanding"].value.text() == "170"
    assert tiles["outstanding"].note.text() == "worth RM1.70 · customers holding points: 2"
    assert sum(page.charts.by_hour.values) == 6
    assert sum(page.charts.by_weekday.values) == 6
    assert "6" in page.charts.by_weekday.accessibleDescription()
    assert page.top.model.rowCount() == 2
    assert page.top.model.index(0, 0).data() == "Busy Bee"
    assert page.rewards.model.index(0, 0).data() == "Free coffee"
    assert page.suspicious.model.rowCount() == 1
    assert page.suspicious.model.index(0, 1).data() == "Busy Bee"
    assert page.suspicious.model.index(0, 3).data() == "5"
    screenshot(window, "reports-02-today")
    page.scroll.verticalScrollBar().setValue(page.scroll.verticalScrollBar().maximum())
    screenshot(window, "reports-03-today-tables")

    # Fewer check-ins flagged when the threshold rises: the owner asks again.
    page.threshold.setValue(5)
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert page.suspicious.model.rowCount() == 0

    target = tmp_path / "top.csv"
    answer_file_dialog(target)
    export = next(
        b
        for b in page.findChildren(type(page.run_button))
        if b.property("section") == "top_customers"
    )
    qtbot.mouseClick(export, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.banner.tone == "ok", timeout=15_000)
    assert page.banner.text == "Saved as top.csv (rows: 2)."
    with target.open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["rank", "short_code", "name", "points_earned", "check_ins"]
    assert rows[1][2] == "Busy Bee"


def test_choosing_dates_switches_to_custom(qtbot, window) -> None:
    page = open_owner_page(qtbot, window, "reports")
    choose_preset(qtbot, page, "last_month")
    settle(qtbot, window)
    first, last = page.report.period.date_from, page.report.period.date_to
    assert first.day == 1
    assert last.month == first.month
    page.date_from.setDate(page.date_from.date().addDays(-7))
    assert page.preset.currentData() == "custom"
    assert page.date_to.minimumDate() == page.date_from.date()
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert page.report.period.date_from == page.date_from.date().toPython()
    assert page.period_label.text().startswith(
        window.counter.fmt.date(page.report.period.date_from)
    )


def test_a_cashier_is_refused(qtbot, window) -> None:
    open_owner_page(qtbot, window, "reports")
    page = ReportsPage(cashier_context(window))
    qtbot.addWidget(page)
    page.show()
    page.activate()
    settle(qtbot, window)
    assert page.report is None
    assert page.banner.text == "This needs an owner."
    assert page.banner.tone == "bad"
    assert not page.export_summary.isEnabled()


def test_dark_report(qtbot, qapp, window) -> None:
    seed_today(window.services)
    apply_theme(qapp, dark=True)
    try:
        page = open_owner_page(qtbot, window, "reports")
        assert page.report is not None
        screenshot(window, "reports-04-dark")
        assert dark_share(window) > 0.6
    finally:
        apply_theme(qapp, dark=False)
