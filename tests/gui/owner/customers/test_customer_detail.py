"""A customer's detail page: profile edits, points, block, merge, erase, export, member card."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QMessageBox

from loyaltydesk.domain.staff import Actor, Role
from loyaltydesk.ui.owner.base import OwnerContext
from loyaltydesk.ui.owner.customers.customer_dialogs import AdjustPointsDialog, MergeDialog
from loyaltydesk.ui.owner.customers.customers_page import CustomersPage
from tests.gui.helpers import press, screenshot, settle, type_text
from tests.gui.owner.customers.steps import (
    answer_modal,
    click_message_button,
    make_customer,
    open_customers,
)


def _open(qtbot, window, real_services, customer_id: str) -> CustomersPage:
    page = open_customers(qtbot, window)
    page.open_customer(customer_id)
    qtbot.waitUntil(lambda: page.detail.detail is not None, timeout=15_000)
    settle(qtbot, window)
    return page


def test_edit_the_profile_with_checks_as_you_type(qtbot, window, real_services) -> None:
    cid = make_customer(real_services, "+60123456701", "Ana Lim", 120)
    page = _open(qtbot, window, real_services, cid)
    detail, form = page.detail, page.detail.form
    screenshot(window, "customers-10-detail")
    detail.tabs.setCurrentIndex(1)
    assert not form.save.isEnabled()
    form.email.clear()
    type_text(qtbot, form.email, "ana@")
    assert form.fields["email"].error.text() == "That email address is not valid."
    assert not form.save.isEnabled()
    type_text(qtbot, form.email, "example.com")
    assert form.fields["email"].error.isHidden()
    form.phone.clear()
    form.email.clear()
    assert "phone number or an email" in form.fields["phone"].error.text()
    type_text(qtbot, form.phone, "012-345 6799")
    type_text(qtbot, form.birthday, "31/02/1990")
    assert form.fields["birthday"].error.isVisible()
    screenshot(window, "customers-11-profile-invalid")
    form.birthday.clear()
    type_text(qtbot, form.birthday, "15/06/1990")
    assert form.save.isEnabled()
    qtbot.mouseClick(form.save, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    saved = real_services.customer_admin.get_customer(cid)
    assert saved.phone == "+60123456799"
    assert saved.email is None
    assert saved.birth_date.isoformat() == "1990-06-15"
    assert detail.banner.text == "Profile saved."
    assert not form.save.isEnabled()


def test_unsaved_changes_are_asked_about(qtbot, window, real_services) -> None:
    cid = make_customer(real_services, "+60123456701", "Ana Lim")
    page = _open(qtbot, window, real_services, cid)
    page.detail.tabs.setCurrentIndex(1)
    type_text(qtbot, page.detail.form.name, " Mei")
    answer_modal(QMessageBox, click_message_button("Keep editing"))
    press(qtbot, page.detail.form.name, Qt.Key.Key_Escape)
    assert page.stack.currentWidget() is page.detail
    answer_modal(QMessageBox, click_message_button("Discard changes"))
    assert window.owner_area.can_leave()
    assert page.detail.form.name.text() == "Ana Lim"


def test_adjust_points_needs_a_reason(qtbot, window, real_services) -> None:
    cid = make_customer(real_services, "+60123456701", "Ana Lim", 120)
    page = _open(qtbot, window, real_services, cid)
    seen: list[bool] = []

    def answer(dialog: AdjustPointsDialog) -> None:
        dialog.remove.setChecked(True)
        dialog.amount.setValue(500)
        seen.append(dialog.ok.isEnabled())
        assert dialog.amount_field.error.text() == "They have only 120 points."
        dialog.amount.setValue(20)
        seen.append(dialog.ok.isEnabled())  # no reason yet
        qtbot.keyClicks(dialog.reason, "Wrong amount on Monday")
        seen.append(dialog.ok.isEnabled())
        assert dialog.after.text() == "Balance after: 100 points"
        screenshot(dialog, "customers-12-adjust")
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    answer_modal(AdjustPointsDialog, answer)
    qtbot.mouseClick(page.detail.adjust, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert seen == [False, False, True]
    assert real_services.customers.lookup(cid).balance == 100
    assert page.detail.banner.text == "−20 points — Wrong amount on Monday"
    qtbot.waitUntil(lambda: page.detail.history.model.rowCount() == 2)
    top = page.detail.history.model
    assert [top.index(0, c).data() for c in (1, 2, 4, 5)] == [
        "Adjusted", "−20", "Wrong amount on Monday", "Olive Owner",
    ]  # fmt: skip
    screenshot(window, "customers-13-history")


def test_block_and_unblock(qtbot, window, real_services) -> None:
    cid = make_customer(real_services, "+60123456701", "Ana Lim")
    page = _open(qtbot, window, real_services, cid)
    qtbot.mouseClick(page.detail.block, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert real_services.customer_admin.get_customer(cid).status == "BLOCKED"
    assert page.detail.block.text() == "Unblock"
    assert page.detail.header.status_badge.text() == "Blocked"
    qtbot.mouseClick(page.detail.block, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert real_services.customer_admin.get_customer(cid).status == "ACTIVE"


def test_merge_a_duplicate(qtbot, window, real_services) -> None:
    keep = make_customer(real_services, "+60123456701", "Ana Lim", 120)
    dup = make_customer(real_services, "+60123456702", "Ana L.", 80)
    dup_code = real_services.customer_admin.get_customer(dup).short_code
    page = _open(qtbot, window, real_services, keep)

    def answer(dialog: MergeDialog) -> None:
        qtbot.keyClicks(dialog.lookup, "+60123456701")
        dialog.find()
        qtbot.waitUntil(lambda: dialog.lookup_field.error.text() == "That is this customer.")
        dialog.lookup.clear()
        qtbot.keyClicks(dialog.lookup, dup_code)
        dialog.find()
        qtbot.waitUntil(lambda: dialog.ok.isEnabled(), timeout=15_000)
        assert "Ana L." in dialog.found.text()
        screenshot(dialog, "customers-14-merge")
        answer_modal(QMessageBox, click_message_button("Merge"))
        dialog.ok.click()

    answer_modal(MergeDialog, answer)
    qtbot.mouseClick(page.detail.merge, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert real_services.customers.lookup(keep).balance == 200
    assert real_services.customer_admin.get_customer(dup).status == "MERGED"
    assert page.detail.banner.text == "Merged Ana L. into this customer: 80 points moved."


def test_erase_asks_first_and_keeps_the_history(qtbot, window, real_services) -> None:
    cid = make_customer(real_services, "+60123456701", "Ana Lim", 120)
    page = _open(qtbot, window, real_services, cid)
    shown: list[str] = []

    def cancel(box: QMessageBox) -> None:
        shown.append(box.text())
        assert box.defaultButton().text() == "Cancel"
        screenshot(box, "customers-15-erase-confirm")
        press(qtbot, box, Qt.Key.Key_Return)  # the default is the safe choice

    answer_modal(QMessageBox, cancel)
    qtbot.mouseClick(page.detail.erase, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert "anonymised" in shown[0]
    assert real_services.customer_admin.get_customer(cid).status == "ACTIVE"

    answer_modal(QMessageBox, click_message_button("Erase personal data"))
    qtbot.mouseClick(page.detail.erase, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    erased = real_services.customer_admin.get_customer(cid)
    assert erased.status == "ERASED"
    assert erased.phone is None
    qtbot.waitUntil(lambda: page.detail.detail.status == "ERASED")
    assert not page.detail.adjust.isEnabled()
    assert not page.detail.erase.isEnabled()
    assert page.detail.history.model.rowCount() == 1  # the ledger stays, anonymised
    screenshot(window, "customers-16-erased")


def test_export_one_customers_data(qtbot, window, real_services, tmp_path) -> None:
    cid = make_customer(real_services, "+60123456701", "Ana Lim", 120)
    page = _open(qtbot, window, real_services, cid)
    target = tmp_path / "ana.json"
    page.detail.export_data_to(target)
    settle(qtbot, window)
    assert json.loads(target.read_text(encoding="utf-8"))
    assert page.detail.banner.text == "Saved their profile and 1 ledger entry to ana.json."


def test_reprint_the_member_card(qtbot, window, real_services) -> None:
    cid = make_customer(real_services, "+60123456701", "Ana Lim")
    page = _open(qtbot, window, real_services, cid)
    qtbot.mouseClick(page.detail.card, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.detail.preview is not None, timeout=15_000)
    preview = page.detail.preview
    assert isinstance(preview, QPrintPreviewDialog)
    widget = preview.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: widget.pageCount() == 1, timeout=15_000)
    screenshot(preview, "customers-17-card-preview")
    preview.close()


def test_the_services_refuse_a_cashier(qtbot, window, real_services) -> None:
    cid = make_customer(real_services, "+60123456701", "Ana Lim", 120)
    cashier = Actor(2, "Cass Cashier", Role.CASHIER, "Till 1")
    context = OwnerContext(real_services, window.runner, cashier, window.counter.fmt)
    page = CustomersPage(context)
    qtbot.addWidget(page)
    page.open_customer(cid)
    qtbot.waitUntil(lambda: page.detail.detail is not None, timeout=15_000)
    page.detail.toggle_block()
    settle(qtbot, window)
    assert page.detail.banner.text == "This needs an owner."
