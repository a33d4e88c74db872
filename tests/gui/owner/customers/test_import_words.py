"""The import's summary counts rows (not problems), its messages are whole, and a real import
asks first with the numbers."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from loyaltydesk.domain.errors import LoyaltyError
from tests.gui.helpers import screenshot, settle
from tests.gui.owner.customers.steps import answer_modal, click_message_button, open_customers


def test_rows_with_problems_whole_messages_and_a_question(
    qtbot, window, real_services, tmp_path: Path
) -> None:
    path = tmp_path / "old.csv"
    path.write_text(
        "name,phone,email,points,birth date\n"
        "Ana Lim,012-345 6701,ana@example.com,120,\n"
        "Ana L.,012-345 6701,,10,\n"
        "No Good,,not-an-email,lots,31/02/1990\n"
        "Ben Tan,012-345 6702,,30,\n",
        encoding="utf-8",
    )
    page = open_customers(qtbot, window)
    buttons = {b.text(): b for b in page.findChildren(QPushButton)}
    qtbot.mouseClick(buttons["Import customers…"], Qt.MouseButton.LeftButton)
    view = page.import_view
    view.load_file(path)
    settle(qtbot, window)

    qtbot.mouseClick(view.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.summary is not None, timeout=15_000)
    problems = view.summary.errors
    assert {p.row_number for p in problems} == {3, 4}
    assert "Rows with problems: 2" in view.banner.text
    assert view.tabs.tabText(1) == "Problems (2)"
    duplicate = next(p for p in problems if p.row_number == 3)
    row = next(r for r in range(view.problems.rowCount()) if view.problems.records[r] is duplicate)
    cell = view.problems_table.visualRect(view.problems.index(row, 2))
    metrics = view.problems_table.fontMetrics()
    assert (
        cell.height()
        >= metrics.boundingRect(
            cell.adjusted(0, 0, -8, 0), Qt.TextFlag.TextWordWrap, duplicate.message
        ).height()
    )
    screenshot(window, "import-problems-1366")
    window.resize(1024, 768)
    settle(qtbot, window)
    screenshot(window, "import-problems-1024")

    asked: list[str] = []

    def read_then_cancel(box: QMessageBox) -> None:
        asked.append(box.text())
        screenshot(box, "import-question")
        click_message_button("Cancel")(box)

    view.summary = None
    answer_modal(QMessageBox, read_then_cancel)
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    settle(qtbot, window)
    assert asked == [
        "Import 2 new customers from old.csv?\n\nOpening points: 150\n"
        "Rows with problems, left out: 2\nRows imported before, skipped: 0"
    ]
    assert view.summary is None
    with pytest.raises(LoyaltyError):  # Cancel imported nothing
        real_services.customers.lookup("+60123456702")
    answer_modal(QMessageBox, click_message_button("Import"))
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.summary is not None, timeout=15_000)
    assert view.summary.created == 2
