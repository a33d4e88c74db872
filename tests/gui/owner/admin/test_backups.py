"""Backups, driven as an owner: back up now (and cancel), restore with a check and a
confirmation, a bad file, the PostgreSQL explanation."""

from __future__ import annotations

import dataclasses
import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from loyaltydesk.services.admin_dto import BackupSupport
from loyaltydesk.ui.owner.data.backups_page import BackupsPage
from tests.gui.helpers import settle
from tests.gui.owner.admin.steps import (
    OWNER,
    back_to_window,
    click,
    enter,
    open_page,
    page_for_cashier,
    shot,
    table_texts,
    when_modal,
)


def test_no_backups_yet_then_back_up_now(qtbot, window, real_services) -> None:
    page = open_page(qtbot, window, "backups")
    assert page.table.stack.currentWidget() is page.table.empty
    assert "press Back up now" in page.table.empty.text()
    assert "The newest 14 are kept" in page.where.text()
    shot(window, "admin-backups-empty")
    qtbot.mouseClick(page.back_up, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert page.banner.text.startswith("Backed up:")
    assert table_texts(page.table, 1) == ["Made by hand"]
    assert len(real_services.backups.list_backups()) == 1
    assert page.count.text() == "1 backup"
    shot(window, "admin-backups-one")


def test_cancel_before_the_copy_starts(qtbot, window, real_services) -> None:
    page = open_page(qtbot, window, "backups")
    busy = threading.Event()
    # Another write is under way, so the backup waits in line long enough to be cancelled.
    window.runner.run(
        lambda: busy.wait(10), lambda _r: None, lambda _e: None, parent=window, write=True
    )
    qtbot.mouseClick(page.back_up, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, QProgressDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)
    shot(dialog, "admin-backups-progress")
    click("Cancel")(dialog)
    busy.set()
    settle(qtbot, window)
    assert page.banner.text == "Backup cancelled — nothing was copied."
    assert [b for b in real_services.backups.list_backups() if b.label == "manual"] == []


def test_restore_asks_then_brings_back_what_the_backup_held(qtbot, window, real_services) -> None:
    page = open_page(qtbot, window, "backups")
    qtbot.mouseClick(page.back_up, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    real_services.rewards.add_reward(actor=OWNER, title="After the backup", cost=5)
    page.table.select(lambda b: b.label == "manual")

    asked: list[str] = []

    def look_then_enter(dialog: QMessageBox) -> None:
        shot(dialog, "admin-backups-confirm-restore")
        enter(dialog)  # Enter is Cancel

    when_modal(look_then_enter, asked, QMessageBox)
    qtbot.mouseClick(page.restore, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert "Restoring replaces ALL the shop's data with the backup of" in asked[0]
    assert "0 customers and 0 ledger entries" in asked[0]
    assert len(real_services.rewards.list_rewards()) == 4

    back_to_window(qtbot, window)
    told: list[str] = []
    when_modal(click("Replace all data"), kind=QMessageBox, title="Restore this backup?")

    def look_then_later(dialog: QMessageBox) -> None:
        shot(dialog, "admin-backups-restart")
        click("Later")(dialog)

    when_modal(look_then_later, told, QMessageBox, title="Restart loyaltydesk")
    qtbot.mouseClick(page.restore, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(told), timeout=15_000)
    settle(qtbot, window)
    titles = [r.title for r in real_services.rewards.list_rewards()]
    assert titles == ["Free coffee", "10% off", "Tote"]
    assert "Close loyaltydesk and start it again" in told[0]
    assert "pre-restore" in told[0]
    assert not page.back_up.isEnabled()
    assert not page.restore.isEnabled()
    assert page.banner.tone == "warn"
    assert any(b.label == "pre-restore" for b in real_services.backups.list_backups())
    assert "Before a restore" in table_texts(page.table, 1)
    shot(window, "admin-backups-restored")


def test_a_file_that_is_not_a_backup_is_refused(qtbot, window, tmp_path, monkeypatch) -> None:
    bogus = tmp_path / "holiday.db"
    bogus.write_text("not a database")
    page = open_page(qtbot, window, "backups")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bogus), ""))
    qtbot.mouseClick(page.restore_file, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert page.banner.text == "That file is not a loyaltydesk backup (not an SQLite database)."
    assert not page.restored


class _ServerBackups:
    def backup_support(self) -> BackupSupport:
        return BackupSupport(False, "postgresql", None, 14, "use pg_dump")

    def list_backups(self) -> tuple:
        return ()


def test_a_postgresql_shop_is_told_about_pg_dump(qtbot, window) -> None:
    open_page(qtbot, window, "backups")
    services = window.services.replacing(backups=_ServerBackups())
    context = dataclasses.replace(window.owner_area.context, services=services)
    page = BackupsPage(context)
    qtbot.addWidget(page)
    page.resize(1100, 640)
    page.show()
    page.activate()
    settle(qtbot, window)
    assert page.body.currentWidget() is page.server
    assert not page.back_up.isEnabled()
    shot(page, "admin-backups-postgresql")


def test_a_cashier_cannot_back_up(qtbot, window) -> None:
    page = page_for_cashier(qtbot, window, BackupsPage)
    qtbot.mouseClick(page.back_up, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert page.banner.text == "This needs an owner."
