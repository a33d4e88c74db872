"""The Vouchers page, driven as an owner would: the list, the new-batch form, a batch's codes,
printing (preview and PDF), CSV export and voiding."""

from __future__ import annotations

import csv
import subprocess
from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QPushButton

from loyaltydesk.ui.owner.vouchers.vouchers_page import VouchersPage
from loyaltydesk.ui.theme import apply_theme
from tests.gui.helpers import dark_share, press, screenshot, settle, type_text
from tests.gui.owner.reports_vouchers.steps import (
    OWNER,
    answer_confirm,
    answer_file_dialog,
    cashier_context,
    open_owner_page,
    when_modal,
)


def make_batch(services, name: str, quantity: int, **terms) -> int:
    terms.setdefault("voucher_type", "PERCENT")
    terms.setdefault("value", Decimal(10))
    created = services.vouchers.create_batch(actor=OWNER, name=name, quantity=quantity, **terms)
    return created.batch_id


def pdf_pages(path) -> int:
    info = subprocess.run(
        ["pdfinfo", str(path)], capture_output=True, text=True, check=True, timeout=60
    )
    line = next(row for row in info.stdout.splitlines() if row.startswith("Pages:"))
    return int(line.split()[1])


def select_all_and_type(qtbot, spin, text: str) -> None:
    spin.setFocus()
    spin.selectAll()
    type_text(qtbot, spin, text)


def test_empty_state_then_create_a_batch(qtbot, window) -> None:
    page = open_owner_page(qtbot, window, "vouchers")
    assert page.table.stack.currentWidget() is page.table.empty
    assert page.table.empty.text() == "No vouchers yet — create a batch"
    assert page.count.text() == "Batches: 0"
    screenshot(window, "vouchers-01-empty")

    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    form = page.create_dialog
    assert form is not None
    qtbot.waitExposed(form)
    assert not form.create_button.isEnabled()
    type_text(qtbot, form.name, "Opening week")
    select_all_and_type(qtbot, form.percent, "15")
    select_all_and_type(qtbot, form.quantity, "30")
    select_all_and_type(qtbot, form.minimum, "20")
    assert form.create_button.isEnabled()
    screenshot(form, "vouchers-02-create-form")
    qtbot.mouseClick(form.create_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)

    assert page.create_dialog is None
    detail = page.detail
    assert page.stack.currentWidget() is detail
    assert detail.name.text() == "Opening week"
    assert detail.banner.text == "Batch “Opening week” created. Vouchers: 30."
    assert detail.table.model.rowCount() == 30
    assert "Percent off · 15%" in detail.terms.text()
    assert "minimum purchase RM20.00" in detail.terms.text()
    assert detail.printing.pages.text() == "Per page: 24 · vouchers to print: 30 · pages: 2"
    screenshot(window, "vouchers-03-detail")

    qtbot.mouseClick(detail.back_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert page.table.stack.currentWidget() is page.table.view
    assert page.count.text() == "Batches: 1"
    assert page.table.model.index(0, 2).data() == "15%"
    screenshot(window, "vouchers-04-list")
    page.table.view.setCurrentIndex(page.table.proxy.index(0, 0))
    press(qtbot, page.table.view, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert page.stack.currentWidget() is detail


def test_the_form_checks_as_you_type(qtbot, window) -> None:
    page = open_owner_page(qtbot, window, "vouchers")
    form = page.open_create_form()
    qtbot.waitExposed(form)
    type_text(qtbot, form.name, "X")
    form.name.selectAll()
    press(qtbot, form.name, Qt.Key.Key_Backspace)
    assert form.errors["name"].text() == "Give the batch a name."
    type_text(qtbot, form.name, "Money week")
    assert form.errors["value"].isHidden()  # nothing typed there yet: no red
    assert not form.create_button.isEnabled()
    form.percent.setFocus()
    press(qtbot, form.percent, Qt.Key.Key_Tab)  # leaves the field empty
    assert form.errors["value"].text() == "Type how many percent off, above 0."
    assert not form.create_button.isEnabled()

    form.kind.setCurrentIndex(1)
    assert form.value_stack.currentWidget() is form.money
    assert form.value_label.text() == "Money off (RM)"
    assert form.errors["value"].text() == "Type how much money off, above 0."
    select_all_and_type(qtbot, form.money, "5")
    assert form.create_button.isEnabled()

    form.valid_until.setDate(form.valid_from.date().addDays(-1))
    assert form.errors["dates"].text() == "The last valid day is before the first."
    assert not form.create_button.isEnabled()
    screenshot(form, "vouchers-05-form-errors")
    form.valid_until.setDate(form.valid_from.date().addDays(7))

    form.kind.setCurrentIndex(2)
    assert form.value_stack.currentWidget() is form.benefit
    assert form.create_button.isEnabled()  # the offer's words are optional
    select_all_and_type(qtbot, form.quantity, "0")
    assert form.errors["quantity"].text() == "Make at least 1 voucher."
    assert not form.create_button.isEnabled()
    select_all_and_type(qtbot, form.quantity, "5")
    type_text(qtbot, form.benefit, "Second coffee free")

    # Leaving with something typed asks first; Cancel (the default) keeps the form.
    seen: list[str] = []
    answer_confirm("Cancel", seen)
    press(qtbot, form.name, Qt.Key.Key_Escape)
    assert form.isVisible()
    assert seen[1] == "Cancel"
    answer_confirm("Discard")
    press(qtbot, form.name, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.create_dialog is None)
    assert window.services.vouchers.list_batches() == ()


def test_search_filters_the_batches(qtbot, window) -> None:
    make_batch(window.services, "Summer sale", 5)
    make_batch(window.services, "Coffee club", 5, voucher_type="BOGO", value=None)
    page = open_owner_page(qtbot, window, "vouchers")
    assert page.table.model.rowCount() == 2
    type_text(qtbot, page.search, "summer")
    qtbot.waitUntil(lambda: page.table.model.rowCount() == 1)
    settle(qtbot, window)
    assert page.count.text() == "Batches: 1 of 2"
    type_text(qtbot, page.search, "zzz")
    qtbot.waitUntil(lambda: page.table.model.rowCount() == 0)
    settle(qtbot, window)
    assert page.table.empty.text() == "No batch matches “summerzzz”."
    page.search.clear()
    qtbot.waitUntil(lambda: page.table.model.rowCount() == 2)
    page.table.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert page.table.proxy.index(0, 0).data() == "Coffee club"


def test_print_preview_opens_and_pdf_is_saved(qtbot, window, tmp_path) -> None:
    batch_id = make_batch(window.services, "Preview batch", 60)
    page = open_owner_page(qtbot, window, "vouchers")
    page.open_batch(batch_id)
    settle(qtbot, window)
    printing = page.detail.printing
    printing.paper.setCurrentIndex(1)  # Letter
    select_all_and_type(qtbot, printing.columns, "2")
    select_all_and_type(qtbot, printing.rows, "5")
    assert printing.pages.text() == "Per page: 10 · vouchers to print: 60 · pages: 6"

    qtbot.mouseClick(printing.preview_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    preview = printing.preview
    assert preview is not None
    qtbot.waitExposed(preview)
    widget = preview.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: widget.pageCount() == 6, timeout=15_000)
    screenshot(preview, "vouchers-06-print-preview")
    preview.reject()
    qtbot.waitUntil(lambda: printing.preview is None)

    target = tmp_path / "vouchers.pdf"
    answer_file_dialog(target)
    qtbot.mouseClick(printing.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.detail.banner.tone == "ok", timeout=60_000)
    assert page.detail.banner.text == "PDF saved as vouchers.pdf (vouchers: 60, pages: 6)."
    assert target.exists()
    assert pdf_pages(target) == 6


def test_a_big_pdf_can_be_cancelled(qtbot, window, tmp_path) -> None:
    batch_id = make_batch(window.services, "Thousand", 1000)
    page = open_owner_page(qtbot, window, "vouchers")
    page.open_batch(batch_id)
    settle(qtbot, window)
    printing = page.detail.printing
    assert printing.pages.text() == "Per page: 24 · vouchers to print: 1,000 · pages: 42"
    target = tmp_path / "thousand.pdf"
    printing.save_pdf(target)
    progress = printing.pdf_progress
    assert progress is not None
    qtbot.waitUntil(lambda: progress.maximum() > 0, timeout=30_000)  # the first page is done
    screenshot(progress, "vouchers-07-pdf-progress")
    cancel = next(b for b in progress.findChildren(QPushButton) if b.text() == "Cancel")
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.detail.banner.tone == "info", timeout=60_000)
    assert page.detail.banner.text == "Cancelled. No PDF was saved."
    assert not target.exists()
    assert list(tmp_path.glob("*.part")) == []


def test_export_codes_as_csv(qtbot, window, tmp_path) -> None:
    batch_id = make_batch(window.services, "Export me", 12)
    page = open_owner_page(qtbot, window, "vouchers")
    page.open_batch(batch_id)
    settle(qtbot, window)
    target = tmp_path / "codes.csv"
    answer_file_dialog(target)
    qtbot.mouseClick(page.detail.printing.csv_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.detail.banner.tone == "ok", timeout=15_000)
    assert page.detail.banner.text == "Codes exported to codes.csv (rows: 12)."
    with target.open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    codes = set(window.services.vouchers.batch_codes(batch_id))
    assert len(rows) == 13
    assert {cell for row in rows[1:] for cell in row} & codes == codes


def test_void_one_code_then_the_batch(qtbot, window) -> None:
    batch_id = make_batch(window.services, "Misprint", 4)
    page = open_owner_page(qtbot, window, "vouchers")
    page.open_batch(batch_id)
    settle(qtbot, window)
    detail = page.detail
    assert not detail.void_batch_button.isEnabled()  # a reason first
    detail.table.view.setCurrentIndex(detail.table.proxy.index(0, 0))
    type_text(qtbot, detail.reason, "printed twice")
    assert detail.void_code_button.isEnabled()
    screenshot(window, "vouchers-08-void-ready")

    def press_enter(box) -> None:  # Enter keeps things as they are
        QTest.keyClick(box, Qt.Key.Key_Return)

    when_modal(QMessageBox, press_enter)
    qtbot.mouseClick(detail.void_code_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert window.services.vouchers.get_batch(batch_id).void == 0

    code = detail.table.current()
    seen: list[str] = []
    answer_confirm("Void voucher", seen)
    qtbot.mouseClick(detail.void_code_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert seen[0].startswith("Void voucher ")
    assert window.services.vouchers.look_up_voucher(code).status == "VOID"
    assert detail.banner.tone == "ok"
    assert "void: 1" in detail.counts.text()

    type_text(qtbot, detail.reason, "whole run misprinted")
    answer_confirm("Void batch", seen)
    qtbot.mouseClick(detail.void_batch_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert "(3 in all)" in seen[2]
    assert seen[3] == "Cancel"
    summary = window.services.vouchers.get_batch(batch_id)
    assert summary.voided_at is not None
    assert summary.void == 4
    assert detail.name.text() == "Misprint (void)"
    assert not detail.printing.pdf_button.isEnabled()
    assert not detail.void_batch_button.isEnabled()
    screenshot(window, "vouchers-09-voided")
    page.show_list()
    settle(qtbot, window)
    assert page.table.model.index(0, 0).data() == "Misprint (void)"


def test_a_cashier_is_refused(qtbot, window) -> None:
    batch_id = make_batch(window.services, "Owner only", 2)
    open_owner_page(qtbot, window, "vouchers")
    page = VouchersPage(cashier_context(window))
    qtbot.addWidget(page)
    page.show()
    form = page.open_create_form()
    type_text(qtbot, form.name, "Sneaky")
    select_all_and_type(qtbot, form.percent, "50")
    qtbot.mouseClick(form.create_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert form.banner.text == "This needs an owner."
    assert form.create_button.isEnabled()
    form.done(0)

    page.open_batch(batch_id)
    settle(qtbot, window)
    type_text(qtbot, page.detail.reason, "no")
    answer_confirm("Void batch")
    qtbot.mouseClick(page.detail.void_batch_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert page.detail.banner.text == "This needs an owner."
    assert window.services.vouchers.get_batch(batch_id).voided_at is None


def test_dark_list_and_detail(qtbot, qapp, window) -> None:
    today = date.today()
    make_batch(
        window.services, "Ramadan bazaar — a long batch name to see it fit", 120,
        voucher_type="FIXED", value=Decimal("5.00"), min_purchase=Decimal(30),
        valid_from=today, valid_until=today + timedelta(days=30),
    )  # fmt: skip
    make_batch(window.services, "Buy one get one", 40, voucher_type="BOGO", value=None)
    apply_theme(qapp, dark=True)
    try:
        page = open_owner_page(qtbot, window, "vouchers")
        screenshot(window, "vouchers-10-dark-list")
        assert page.table.proxy.rowCount() == 2
        assert dark_share(window) > 0.6
        page.table.view.setCurrentIndex(page.table.proxy.index(0, 0))
        press(qtbot, page.table.view, Qt.Key.Key_Return)
        settle(qtbot, window)
        screenshot(window, "vouchers-11-dark-detail")
        assert page.stack.currentWidget() is page.detail
        assert dark_share(window) > 0.6
    finally:
        apply_theme(qapp, dark=False)
