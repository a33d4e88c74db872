"""The Customers table: empty state, search as you type, filters, sorting, lazy pages."""

from __future__ import annotations

from PySide6.QtCore import Qt

from loyaltydesk.ui.owner.customers.customer_table_model import PAGE_SIZE
from loyaltydesk.ui.theme import apply_theme
from tests.gui.helpers import dark_share, press, screenshot, settle
from tests.gui.owner.customers.steps import (
    OWNER,
    make_customer,
    open_customers,
    search,
    shown_names,
    wait_for_rows,
)


def _shop(services) -> dict[str, str]:
    return {
        "ana": make_customer(services, "+60123456701", "Ana Lim", 120, email="ana@example.com"),
        "ben": make_customer(services, "+60123456702", "Ben Tan", 2600),
        "anna": make_customer(services, "+60198765432", "Anna Wong", 40),
        "cy": make_customer(services, "+60123456704", "Cy Ong", 0),
    }


def test_an_empty_shop_says_what_to_do(qtbot, window) -> None:
    page = open_customers(qtbot, window)
    assert page.model.total == 0
    assert page.results.currentWidget() is page.empty
    assert page.empty_title.text() == "No customers yet"
    assert "Import customers" in page.empty_hint.text()
    screenshot(window, "customers-01-empty")


def test_search_as_you_type_by_name_phone_email_and_code(qtbot, window, real_services) -> None:
    ids = _shop(real_services)
    page = open_customers(qtbot, window)
    assert shown_names(page) == ["Ana Lim", "Anna Wong", "Ben Tan", "Cy Ong"]
    assert page.count_label.text() == "4 customers"
    screenshot(window, "customers-02-table")

    search(qtbot, window, page, "an")
    assert shown_names(page) == ["Ana Lim", "Anna Wong"]
    search(qtbot, window, page, "019-876")
    assert shown_names(page) == ["Anna Wong"]
    assert page.count_label.text() == "1 customer"
    search(qtbot, window, page, "ana@ex")
    assert shown_names(page) == ["Ana Lim"]
    code = real_services.customer_admin.get_customer(ids["cy"]).short_code
    search(qtbot, window, page, code)
    assert "Cy Ong" in shown_names(page)

    search(qtbot, window, page, "zzz")
    assert page.results.currentWidget() is page.empty
    assert page.empty_title.text() == "No customers match"
    screenshot(window, "customers-03-no-match")


def test_filters_and_sorting(qtbot, window, real_services) -> None:
    ids = _shop(real_services)
    real_services.customer_admin.set_status(customer=ids["cy"], status="BLOCKED", actor=OWNER)
    page = open_customers(qtbot, window)
    assert "Cy Ong" not in shown_names(page)  # active customers by default

    page.status.setCurrentIndex(page.status.findText("Blocked"))
    wait_for_rows(qtbot, window, page)
    assert shown_names(page) == ["Cy Ong"]
    page.status.setCurrentIndex(page.status.findText("Every status"))
    wait_for_rows(qtbot, window, page)
    assert len(shown_names(page)) == 4

    page.rewards.setCurrentIndex(page.rewards.findText("Can take a reward"))
    wait_for_rows(qtbot, window, page)
    assert shown_names(page) == ["Ana Lim", "Ben Tan"]
    page.rewards.setCurrentIndex(0)
    qtbot.waitUntil(lambda: page.tier.count() > 1)
    page.tier.setCurrentIndex(page.tier.findText("Gold"))
    wait_for_rows(qtbot, window, page)
    assert shown_names(page) == []  # tiers follow spending, not the balance
    page.tier.setCurrentIndex(0)
    page.inactive.setCurrentIndex(page.inactive.findText("Not seen for 30 days"))
    wait_for_rows(qtbot, window, page)
    assert shown_names(page) == []  # everyone registered today
    page.inactive.setCurrentIndex(0)
    wait_for_rows(qtbot, window, page)

    header = page.table.horizontalHeader()
    points = 4
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=_section_centre(header, points))  # fmt: skip
    wait_for_rows(qtbot, window, page)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=_section_centre(header, points))  # fmt: skip
    wait_for_rows(qtbot, window, page)
    assert page.model.query.sort == "balance"
    assert page.model.query.descending
    assert shown_names(page)[0] == "Ben Tan"
    screenshot(window, "customers-04-sorted")

    phone = 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=_section_centre(header, phone))  # fmt: skip
    assert header.sortIndicatorSection() == points
    assert page.banner.text == "This column cannot be sorted."


def test_enter_opens_the_detail_and_esc_comes_back(qtbot, window, real_services) -> None:
    _shop(real_services)
    page = open_customers(qtbot, window)
    search(qtbot, window, page, "ben")
    press(qtbot, page.search, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert page.table.hasFocus()
    press(qtbot, page.table, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert page.stack.currentWidget() is page.detail
    qtbot.waitUntil(lambda: page.detail.detail is not None)
    assert page.detail.header.name.full_text() == "Ben Tan"
    press(qtbot, None, Qt.Key.Key_Escape)
    assert page.stack.currentWidget() is page.listing


def test_only_the_pages_on_screen_are_loaded(qtbot, window, real_services, tmp_path) -> None:
    rows = ["name,phone"] + [f"Member {i:04d},+6012{2000000 + i:07d}" for i in range(450)]
    path = tmp_path / "many.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    real_services.csv_import.import_customers(path=path, actor=OWNER)
    page = open_customers(qtbot, window)
    model = page.model
    assert model.rowCount() == 450
    assert model.row_at(0) is not None
    assert model.row_at(PAGE_SIZE * 3) is None  # not fetched: nobody looked at it
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.row_at(449) is not None, timeout=15_000)
    assert model.row_at(449).name == "Member 0449"
    assert model.row_at(PAGE_SIZE * 2) is None  # the middle was skipped over
    screenshot(window, "customers-05-scrolled")


def test_dark_theme(qtbot, qapp, window, real_services) -> None:
    _shop(real_services)
    page = open_customers(qtbot, window)
    apply_theme(qapp, dark=True)
    try:
        settle(qtbot, window)
        screenshot(window, "customers-06-dark")
        assert page.model.rowCount() > 0
        assert dark_share(window) > 0.6
        first = page.model.row_at(0)
        page.open_customer(first.customer_id)
        qtbot.waitUntil(lambda: page.detail.detail is not None)
        settle(qtbot, window)
        screenshot(window, "customers-07-detail-dark")
        assert page.detail.detail.customer_id == first.customer_id
        assert dark_share(window) > 0.6
    finally:
        apply_theme(qapp, dark=False)


def _section_centre(header, section: int):
    from PySide6.QtCore import QPoint

    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    return QPoint(x, header.height() // 2)
