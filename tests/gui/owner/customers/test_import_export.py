"""Import customers from another system's CSV, and export customers and the ledger."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from loyaltydesk.services import header_catalog
from loyaltydesk.ui.owner.customers.customers_page import CustomersPage
from tests.gui.helpers import screenshot, settle
from tests.gui.owner.customers.steps import (
    answer_modal,
    click_message_button,
    make_customer,
    open_customers,
)
from tests.support.import_catalogs import write_catalogs


def _csv(path: Path, header: str, rows: list[str]) -> Path:
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def _import_view(qtbot, window) -> CustomersPage:
    page = open_customers(qtbot, window)
    buttons = {b.text(): b for b in page.findChildren(QPushButton)}
    qtbot.mouseClick(buttons["Import customers…"], Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.import_view
    return page


def _preview(qtbot, window, view, path: Path) -> None:
    view.load_file(path)
    settle(qtbot, window)


def test_common_headers_preview_dry_run_import_and_again(qtbot, window, real_services, tmp_path):
    path = _csv(tmp_path / "old.csv", "Customer Name,Mobile,E-mail,Points,DOB,Colour", [
        "Ana Lim,012-345 6701,ana@example.com,120,15/06/1990,red",
        "Ben Tan,012-345 6702,,2600,,blue",
        "No Phone,,not-an-email,5,,green",
        "Cy Ong,012-345 6704,cy@example.com,lots,,",
    ])  # fmt: skip
    page = _import_view(qtbot, window)
    view = page.import_view
    screenshot(window, "customers-20-import-start")
    _preview(qtbot, window, view, path)
    assert view.mapping() == {
        "Customer Name": "name", "Mobile": "phone", "E-mail": "email", "Points": "points",
        "DOB": "birth_date", "Colour": "ignore",
    }  # fmt: skip
    assert view.preview.rowCount() == 2
    assert view.problems.rowCount() == 2
    assert view.import_button.isEnabled()
    screenshot(window, "customers-21-import-preview")

    qtbot.mouseClick(view.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.summary is not None, timeout=15_000)
    assert view.summary.dry_run
    assert view.summary.created == 2
    assert view.banner.text.startswith("Dry run — nothing was imported.")
    assert real_services.customer_admin.count_customers(_all()) == 0

    view.summary = None
    answer_modal(QMessageBox, click_message_button("Import"))
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.summary is not None, timeout=15_000)
    assert view.summary.created == 2
    assert view.summary.points_credited == 2720
    assert view.tabs.currentWidget() is view.problems_table
    assert view.problems.rowCount() == 2
    assert view.banner.tone == "warn"
    screenshot(window, "customers-22-import-done")

    view.summary = None
    answer_modal(QMessageBox, click_message_button("Import"))
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.summary is not None, timeout=15_000)
    assert view.summary.created == 0
    assert view.summary.skipped == 2
    assert real_services.customer_admin.count_customers(_all()) == 2

    view.back_requested.emit()
    qtbot.waitUntil(lambda: page.model.total == 2, timeout=15_000)


def test_other_columns_are_mapped_by_the_owner(qtbot, window, real_services, tmp_path) -> None:
    path = _csv(tmp_path / "odd.csv", "Who,Digits,Stars", [
        "Ana Lim,012-345 6701,10", "Ben Tan,012-345 6702,20",
    ])  # fmt: skip
    view = _import_view(qtbot, window).import_view
    _preview(qtbot, window, view, path)
    assert view.mapping() == {"Who": "ignore", "Digits": "ignore", "Stars": "ignore"}
    assert view.mapping_error.text() == "Choose the column that holds the phone or the email."
    assert not view.import_button.isEnabled()
    screenshot(window, "customers-23-import-unmapped")

    view.set_field("Digits", "phone")
    view.set_field("Stars", "phone")
    assert view.mapping_error.text() == "Two columns are set to Phone; choose one."
    assert not view.import_button.isEnabled()
    view.set_field("Stars", "points")
    view.set_field("Who", "name")
    # The preview follows the choice on the next turn of the event loop, then in a worker.
    qtbot.waitUntil(lambda: view.preview.rowCount() == 2, timeout=15_000)
    settle(qtbot, window)
    assert view.mapping_error.isHidden()
    assert view.preview.index(1, 4).data() == "20"
    answer_modal(QMessageBox, click_message_button("Import"))
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.summary is not None, timeout=15_000)
    assert view.summary.created == 2


def test_a_file_that_is_not_utf8_says_how_to_fix_it(qtbot, window, tmp_path) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes("name,phone\nJosé Díaz,012-345 6701\n".encode("cp1252"))
    view = _import_view(qtbot, window).import_view
    _preview(qtbot, window, view, path)
    assert "not UTF-8" in view.banner.text
    view.encoding.setCurrentIndex(view.encoding.findData("cp1252"))
    settle(qtbot, window)
    assert view.preview.index(0, 1).data() == "José Díaz"


def test_a_big_import_can_be_cancelled(qtbot, window, real_services, tmp_path) -> None:
    rows = [f"Member {i},+6012{3000000 + i:07d},{i % 50}" for i in range(12_000)]
    path = _csv(tmp_path / "big.csv", "name,phone,points", rows)
    view = _import_view(qtbot, window).import_view
    _preview(qtbot, window, view, path)
    answer_modal(QMessageBox, click_message_button("Import"))
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.task_dialog is not None, timeout=15_000)
    cancel = view.task_dialog.findChild(QPushButton)
    assert cancel.text() == "Cancel"
    cancel.click()
    qtbot.waitUntil(lambda: view.summary is not None, timeout=30_000)
    assert view.summary.cancelled
    assert view.summary.created < 12_000
    assert view.banner.text.startswith("Cancelled.")
    assert real_services.customer_admin.count_customers(_all()) == view.summary.created


def test_export_customers_and_the_ledger(qtbot, window, real_services, tmp_path) -> None:
    make_customer(real_services, "+60123456701", "Ana Lim", 120)
    make_customer(real_services, "+60123456702", "Ben Tan", 80)
    page = open_customers(qtbot, window)
    page.export_customers_to(tmp_path / "customers.csv")
    settle(qtbot, window)
    assert page.banner.text == "2 customers saved to customers.csv."
    lines = (tmp_path / "customers.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 3
    assert lines[0].startswith("customer_id,")
    page.export_ledger_to(tmp_path / "ledger.csv")
    settle(qtbot, window)
    assert page.banner.text == "2 entries saved to ledger.csv."
    screenshot(window, "customers-24-exported")


def test_an_export_can_be_cancelled(qtbot, window, real_services, tmp_path) -> None:
    path = _csv(tmp_path / "many.csv", "name,phone",
                [f"Member {i},+6012{4000000 + i:07d}" for i in range(12_000)])  # fmt: skip
    from tests.gui.owner.customers.steps import OWNER

    real_services.csv_import.import_customers(path=path, actor=OWNER)
    page = open_customers(qtbot, window)
    page.export_customers_to(tmp_path / "out.csv")
    page.task_dialog.findChild(QPushButton).click()
    qtbot.waitUntil(lambda: "cancelled" in page.banner.text, timeout=30_000)
    assert page.banner.text == "Export cancelled — no file was written."
    assert not (tmp_path / "out.csv").exists()


def _all():
    from loyaltydesk.services.customer_admin_dto import CustomerQuery

    return CustomerQuery()


def test_a_spanish_file_is_read_the_spanish_way(
    qtbot, window, real_services, tmp_path, monkeypatch
) -> None:
    """Headers in Spanish (from the catalogs), ";" between cells, 1.200 points, 14/05/1990."""
    folder = write_catalogs(tmp_path / "translations")
    monkeypatch.setattr(header_catalog, "catalog_folder", lambda: folder)
    path = _csv(tmp_path / "clientes.csv", "Nombre;Teléfono;Puntos;Fecha de nacimiento", [
        "Ana García;+34 612 345 678;1.200;14/05/1990", "Luis Pérez;+34 622 000 111;250;",
    ])  # fmt: skip
    view = _import_view(qtbot, window).import_view
    _preview(qtbot, window, view, path)
    assert view.mapping() == {
        "Nombre": "name", "Teléfono": "phone", "Puntos": "points",
        "Fecha de nacimiento": "birth_date",
    }  # fmt: skip
    assert "1.250,5" in view.result.text()
    assert "31/12/1990" in view.result.text()
    assert view.preview.rowCount() == 2
    assert view.problems.rowCount() == 0
    screenshot(window, "customers-24-import-spanish")
    answer_modal(QMessageBox, click_message_button("Import"))
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.summary is not None, timeout=15_000)
    assert (view.summary.created, view.summary.points_credited) == (2, 1450)
