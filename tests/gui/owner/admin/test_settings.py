"""Program settings, driven as an owner: validation as you type, the preview before saving,
the tiers editor, the logo, leaving with unsaved changes, and the counter using the result."""

from __future__ import annotations

import uuid
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox, QScrollArea

from loyaltydesk.domain.program import EarnMode
from loyaltydesk.ui.owner.program.settings_page import SettingsPage
from loyaltydesk.ui.owner.reports.audit_entry import details_text
from loyaltydesk.ui.theme import apply_theme
from tests.gui.helpers import dark_share, look_up, press, settle, sign_in, type_text
from tests.gui.owner.admin.steps import (
    OWNER,
    back_to_window,
    click,
    enter,
    open_page,
    page_for_cashier,
    replace_text,
    shot,
    when_modal,
)


def customer_with_points(services, points: int) -> str:
    card = services.customers.register(
        actor=OWNER, ref_code=uuid.uuid4().hex, phone="+60123456789", name="Demo Customer"
    )
    if points:
        services.points.adjust_points(customer=card.customer_id, points=points, reason="opening",
                                      actor=OWNER, ref_code=uuid.uuid4().hex)  # fmt: skip
    return card.short_code


def test_the_settings_as_saved(qtbot, window) -> None:
    page = open_page(qtbot, window, "settings")
    form = page.form
    assert form.name.text() == "Test Café"
    assert form.currency.text() == "MYR"
    assert form.spend.text() == "1.00"
    assert form.expiry.text() == "12"
    assert [row.name for row in form.tiers.model.rows] == ["Member", "Silver", "Gold"]
    assert not page.save.isEnabled()
    assert page.state.text() == "No changes"
    shot(window, "admin-settings")
    page.findChild(QScrollArea, "SettingsScroll").verticalScrollBar().setValue(10_000)
    shot(window, "admin-settings-scrolled")


def test_validation_next_to_the_fields(qtbot, window) -> None:
    page = open_page(qtbot, window, "settings")
    form = page.form
    replace_text(form.name, "")
    assert not page.save.isEnabled()
    assert page.problem.text() == "The shop needs a name of at most 80 characters."
    type_text(qtbot, form.name, "Kopi Corner")
    assert page.save.isEnabled()
    replace_text(form.spend, "1.2.3")
    assert form.fields["spend"].error.text() == "Type an amount, like 1.00."
    assert not page.save.isEnabled()
    replace_text(form.spend, "2")
    replace_text(form.cooldown, "5000")
    assert form.fields["cooldown"].error.text() == "Type a whole number from 0 to 1,440."
    assert not page.save.isEnabled()
    shot(window, "admin-settings-invalid")
    replace_text(form.cooldown, "10")
    assert page.save.isEnabled()
    qtbot.mouseClick(page.undo, Qt.MouseButton.LeftButton)
    assert form.name.text() == "Test Café"
    assert not page.save.isEnabled()


def test_a_rules_change_is_previewed_and_confirmed(qtbot, window, real_services) -> None:
    customer_with_points(real_services, 300)
    page = open_page(qtbot, window, "settings")
    form = page.form
    replace_text(form.name, "Kopi Corner")
    replace_text(form.expiry, "6")
    replace_text(form.spend, "2")
    assert page.state.text() == "Unsaved changes"

    seen: list[str] = []

    def look_then_enter(dialog: QMessageBox) -> None:
        shot(dialog, "admin-settings-preview")
        enter(dialog)  # Enter keeps the old rules

    when_modal(look_then_enter, seen, QMessageBox)
    back_to_window(qtbot, window)
    form.spend.setFocus()
    press(qtbot, form.spend, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert (
        "You are changing:\n• Shop name: Test Café → Kopi Corner\n"
        "• Spend for 1 point: RM1.00 → RM2.00\n• Points expire after: 12 months → 6 months"
    ) in seen[0]
    assert (
        "Points earned from now on expire after 6 months (until now: after 12 months)." in (seen[0])
    )
    assert "The 300 points earned before, held by 1 customer, keep" in seen[0]
    assert "Past ledger entries are never rewritten." in seen[0]
    assert real_services.program.get_settings().rules.expiry_months == 12
    assert page.save.isEnabled()  # still there to save

    back_to_window(qtbot, window)
    with qtbot.waitSignal(page.settings_saved, timeout=10_000) as saved:
        when_modal(click("Save the new rules"), kind=QMessageBox)
        qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
        settle(qtbot, window)
    rules = real_services.program.get_settings().rules
    assert (rules.expiry_months, rules.spend_per_point) == (6, Decimal(2))
    assert saved.args[0].rules == rules
    assert page.banner.text.startswith("Saved.")
    assert not page.save.isEnabled()
    shot(window, "admin-settings-saved")

    audit = window.owner_area.show_page("audit")
    settle(qtbot, window)
    saved_row = next(r for r in audit.table.records if r.action == "settings.save")
    assert details_text(saved_row, {}, window.counter.fmt) == (
        "Shop name: Test Café → Kopi Corner · Points expire after: 12 months → 6 months · "
        "Spend for 1 point: RM1.00 → RM2.00"
    )
    window.resize(1024, 768)
    settle(qtbot, window)
    shot(window, "audit-settings-change-1024")


def test_the_counter_uses_new_rules_at_its_next_start(qtbot, window, real_services) -> None:
    code = customer_with_points(real_services, 0)
    page = open_page(qtbot, window, "settings")
    replace_text(page.form.spend, "5")
    when_modal(click("Save the new rules"), kind=QMessageBox)
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    back_to_window(qtbot, window)
    press(qtbot, None, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # sign out
    sign_in(qtbot, window, "0000")
    assert window.counter.settings.rules.spend_per_point == Decimal(5)
    look_up(qtbot, window, code)
    type_text(qtbot, window.counter.actions.amount, "50")
    press(qtbot, window.counter.actions.amount, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert window.counter.banner.text.startswith("+10 points")


def test_earning_mode_shows_its_own_rate(qtbot, window, real_services) -> None:
    page = open_page(qtbot, window, "settings")
    form = page.form
    form.mode.setCurrentIndex(form.mode.findData(EarnMode.VISIT))
    assert form.fields["per_visit"].isVisible()
    assert not form.fields["spend"].isVisible()
    replace_text(form.per_visit, "3")
    when_modal(click("Save the new rules"), kind=QMessageBox)
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    rules = real_services.program.get_settings().rules
    assert (rules.earn_mode, rules.points_per_visit) == (EarnMode.VISIT, 3)


def test_tiers_editor_adds_and_removes_rows(qtbot, window, real_services) -> None:
    page = open_page(qtbot, window, "settings")
    tiers = page.form.tiers
    qtbot.mouseClick(tiers.add, Qt.MouseButton.LeftButton)
    editor = tiers.view.viewport().findChild(QLineEdit)
    assert editor is not None  # the new row's name is open for typing
    QTest.keyClicks(editor, "Platinum")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tiers.model.rows[3].name == "Platinum", timeout=5_000)
    assert tiers.error.text() == "Type Platinum's qualifying spend as a number, like 500."
    assert not page.save.isEnabled()
    model = tiers.model
    model.setData(model.index(3, 1), "3000")
    model.setData(model.index(3, 2), "3")
    assert tiers.error.text() == ""
    page.form.tiers.view.scrollTo(model.index(3, 0))
    shot(window, "admin-settings-tiers")
    when_modal(click("Save the new rules"), kind=QMessageBox)
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    saved = real_services.program.get_settings().rules.tiers
    assert [(t.name, t.min_spend, t.multiplier) for t in saved][-1] == (
        "Platinum",
        Decimal(3000),
        Decimal(3),
    )
    back_to_window(qtbot, window)
    tiers.view.setCurrentIndex(model.index(0, 0))
    qtbot.mouseClick(tiers.remove, Qt.MouseButton.LeftButton)
    assert page.problem.text() == "The first tier must start at a qualifying spend of 0."
    assert not page.save.isEnabled()


def test_logo_is_checked_and_saved_with_the_settings(qtbot, window, real_services, tmp_path,
                                                    monkeypatch) -> None:  # fmt: skip
    picture = tmp_path / "logo.png"
    image = QImage(120, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("#0F6E66"))
    image.save(str(picture))
    not_a_picture = tmp_path / "notes.png"
    not_a_picture.write_text("hello")
    page = open_page(qtbot, window, "settings")
    chosen = [str(not_a_picture), str(picture)]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (chosen.pop(0), ""))
    qtbot.mouseClick(page.form.logo.choose, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert page.form.fields["logo"].error.text() == "Choose a PNG or JPEG image for the logo."
    assert not page.save.isEnabled()
    qtbot.mouseClick(page.form.logo.choose, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert page.form.fields["logo"].error.text() == ""
    assert page.save.isEnabled()
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)  # no rule changed: no question
    settle(qtbot, window)
    logo = real_services.settings_admin.get_logo()
    assert logo is not None
    assert (logo.width, logo.height) == (120, 60)
    assert page.form.logo.clear.isEnabled()
    shot(window, "admin-settings-logo")


def test_leaving_with_unsaved_changes_asks(qtbot, window) -> None:
    page = open_page(qtbot, window, "settings")
    area = window.owner_area
    replace_text(page.form.name, "Kopi Corner")
    asked: list[str] = []
    when_modal(enter, asked, QMessageBox)  # Enter keeps editing
    area.nav.setCurrentRow(list(area.pages).index("rewards"))
    assert asked
    assert "not saved" in asked[0]
    assert area.current_page() is page
    when_modal(click("Discard changes"), kind=QMessageBox)
    area.nav.setCurrentRow(list(area.pages).index("rewards"))
    assert area.current_page() is area.pages["rewards"]
    assert page.form.name.text() == "Test Café"


def test_a_cashier_cannot_save_settings(qtbot, window) -> None:
    page = page_for_cashier(qtbot, window, SettingsPage)
    replace_text(page.form.cooldown, "5")
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert page.banner.text == "This needs an owner."
    assert page.save.isEnabled()  # the change is still there


def test_dark_theme(qtbot, qapp, window) -> None:
    apply_theme(qapp, dark=True)
    try:
        page = open_page(qtbot, window, "settings")
        replace_text(page.form.spend, "x")
        shot(window, "admin-settings-dark")
        assert page.form.fields["spend"].error.text() == "Type an amount, like 1.00."
        assert page.form.fields["spend"].error.isVisible()
        assert not page.save.isEnabled()
        assert dark_share(window) > 0.6
    finally:
        apply_theme(qapp, dark=False)
