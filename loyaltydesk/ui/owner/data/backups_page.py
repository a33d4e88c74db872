"""Backups: back up now, the list of copies (daily ones are made automatically and the newest
are kept), and restoring one after a check and a confirmation. A PostgreSQL shop is backed
up with the server's own tools; the page explains pg_dump instead."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.services.admin_dto import BackupCheck, BackupInfo, BackupSupport, RestoreResult
from loyaltydesk.ui.dialogs.confirm import confirm_destructive
from loyaltydesk.ui.long_task import Cancelled, Progress, run_long_task
from loyaltydesk.ui.owner.base import OwnerContext
from loyaltydesk.ui.owner.widgets.calls import call, show_failure
from loyaltydesk.ui.owner.widgets.pages import ListPage
from loyaltydesk.ui.owner.widgets.table import Column

Listing = tuple[BackupSupport, tuple[BackupInfo, ...], tuple[BackupInfo, ...]]
PG_DUMP = "pg_dump --format=custom --file=loyaltydesk.dump DATABASE"
PG_RESTORE = "pg_restore --clean --dbname=DATABASE loyaltydesk.dump"


class BackupsPage(ListPage):
    def __init__(self, context: OwnerContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.support: BackupSupport | None = None
        self.backups: tuple[BackupInfo, ...] = ()
        self.restored = False
        self.dialog: QProgressDialog | None = None
        # Made here, in the GUI thread: the search reads them in a worker.
        self.kinds = {
            "manual": self.tr("Made by hand"),
            "daily": self.tr("Daily"),
            "pre-restore": self.tr("Before a restore"),
            "": self.tr("Other"),
        }
        self.back_up = self.action(
            self.tr("Back up now"), self.tr("Copy the shop's data now"), "primary"
        )
        self.restore = self.action(
            self.tr("Restore…"), self.tr("Restore the selected backup"), "danger"
        )
        self.restore_file = self.action(
            self.tr("Restore from a file…"), self.tr("Restore a backup file from elsewhere")
        )
        self.back_up.clicked.connect(self.back_up_now)
        self.restore.clicked.connect(self.restore_selected)
        self.restore_file.clicked.connect(self.restore_from_file)
        self.fmt = context.fmt
        columns = [
            Column(self.tr("Made"), lambda b: self._when(b), lambda b: b.created_at.timestamp()),
            Column(self.tr("Kind"), self._kind),
            Column(self.tr("Size"), self._size, lambda b: b.size_bytes, right=True),
            Column(self.tr("File"), lambda b: b.path.name),
        ]
        self.build_list(
            search=self.tr("Search backups by date or kind"),
            columns=columns,
            name=self.tr("Backups"),
            empty_text=self.tr("No backups yet — press Back up now to make the first one."),
            key=lambda b: b.path,
            actions=(self.back_up, self.restore, self.restore_file),
        )
        self.where = QLabel()
        self.where.setObjectName("Muted")
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The list sits in a stack with the PostgreSQL card, under the banner.
        sqlite = QWidget()
        sqlite_layout = QVBoxLayout(sqlite)
        sqlite_layout.setContentsMargins(0, 0, 0, 0)
        sqlite_layout.setSpacing(16)
        sqlite_layout.addWidget(self.where)
        sqlite_layout.addLayout(self.tools)
        sqlite_layout.addWidget(self.table, 1)
        sqlite_layout.addWidget(self.count)
        self.body = QStackedWidget()
        self.body.addWidget(sqlite)
        self.server = self._server_card()
        self.body.addWidget(self.server)
        layout = self.page_layout(
            self.tr("Backups"),
            self.tr(
                "Copies of all the shop's data, made while the app keeps running. "
                "A backup is also made automatically once a day."
            ),
        )
        layout.addWidget(self.banner)
        layout.addWidget(self.body, 1)
        self.update_actions()

    # -- listing -----------------------------------------------------------------------------

    def activate(self) -> None:
        if not self.restored:
            self.reload()

    def open_record(self, record: BackupInfo) -> None:
        self.restore_backup(record)

    def reload(self, then: Callable[[], None] | None = None) -> None:
        backups, query = self.context.services.backups, self.search.query.casefold()
        describe = self._describe

        def work() -> Listing:
            every = backups.list_backups()
            shown = tuple(b for b in every if query in describe(b).casefold())
            return backups.backup_support(), every, shown

        def show(listing: Listing) -> None:
            self._show(listing)
            if then is not None:
                then()

        call(self, self.banner, work, show)

    def _show(self, listing: Listing) -> None:
        self.support, self.backups, shown = listing
        if not self.support.supported:
            self.body.setCurrentWidget(self.server)
            return
        self.where.setText(
            self.tr("Backups go to %1. The newest %2 are kept; older ones are deleted.")
            .replace("%1", str(self.support.backup_dir))
            .replace("%2", self.fmt.points(self.support.keep))
        )
        empty = None
        if self.search.query:
            empty = self.tr("No backup matches “%1”.").replace("%1", self.search.query)
        elif not self.backups:
            empty = self.tr("No backups yet — press Back up now to make the first one.")
        self.table.set_records(shown, empty)
        self.count.setText(self.tr("%Ln backup(s)", "", len(shown)))
        self.update_actions()

    # -- backing up --------------------------------------------------------------------------

    def back_up_now(self) -> None:
        if self.restored or self.support is None or not self.support.supported:
            return
        actor, backups = self.context.actor, self.context.services.backups

        def work(_progress: Progress, cancelled: Cancelled) -> BackupInfo | None:
            # One step (SQLite's online backup copies a consistent snapshot at once): the bar
            # stays a busy bar, and Cancel counts until the copy starts.
            if cancelled():
                return None
            return backups.back_up_now(actor=actor)

        self.back_up.setEnabled(False)
        self.dialog = run_long_task(self, self.context.runner, self.tr("Backing up the shop"),
                                    work, self._backed_up, self._failed, write=True)  # fmt: skip

    def _backed_up(self, info: BackupInfo | None) -> None:
        if info is None:
            self.banner.show_message(self.tr("Backup cancelled — nothing was copied."), "info")
            self.update_actions()
            return
        self.banner.show_message(
            self.tr("Backed up: %1, %2, in %3.").replace("%1", self._when(info))
            .replace("%2", self._size(info)).replace("%3", info.path.name), "ok")  # fmt: skip
        self.reload(lambda: self.table.select(lambda b: b.path == info.path))

    # -- restoring ---------------------------------------------------------------------------

    def restore_selected(self) -> None:
        backup = self.table.selected()
        if backup is not None:
            self.restore_backup(backup)

    def restore_from_file(self) -> None:
        folder = self.support.backup_dir if self.support else None
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup to restore"),
            str(folder or ""),
            self.tr("loyaltydesk backups (*.db);;All files (*)"),
        )
        if path:
            self.restore_path(Path(path), self.tr("the file %1").replace("%1", Path(path).name))

    def restore_backup(self, backup: BackupInfo) -> None:
        made = self.tr("the backup of %1").replace("%1", self._when(backup))
        self.restore_path(backup.path, made)

    def restore_path(self, path: Path, described: str) -> None:
        """Check the file, say exactly what restoring it does, and restore if confirmed."""
        if self.restored:
            return
        actor, backups = self.context.actor, self.context.services.backups
        call(
            self,
            self.banner,
            lambda: backups.check_backup(actor=actor, path=path),
            lambda checked: self._confirm_restore(checked, described),
        )

    def _confirm_restore(self, checked: BackupCheck, described: str) -> None:
        # two counts in one sentence: each is its own plural phrase ("12 customers")
        customers = self.tr("%Ln customer(s)", "", checked.customers)
        entries = self.tr("%Ln ledger entries", "", checked.ledger_entries)
        text = (
            self.tr(
                "Restoring replaces ALL the shop's data with %1: %2 and %3. Everything recorded "
                "since that backup will be gone.\n\n"
                "A copy of the data as it is now is saved in the backups folder first. "
                "loyaltydesk must be restarted afterwards."
            )
            .replace("%1", described)
            .replace("%2", customers)
            .replace("%3", entries)
        )
        if not confirm_destructive(
            self, self.tr("Restore this backup?"), text, self.tr("Replace all data")
        ):
            return
        actor, backups, path = self.context.actor, self.context.services.backups, checked.path

        def work(_progress: Progress, cancelled: Cancelled) -> RestoreResult | None:
            if cancelled():
                return None
            return backups.restore_backup(actor=actor, path=path, confirm=True)

        self.dialog = run_long_task(self, self.context.runner, self.tr("Restoring the backup"),
                                    work, self._restored, self._failed, write=True)  # fmt: skip

    def _restored(self, result: RestoreResult | None) -> None:
        if result is None:
            self.banner.show_message(self.tr("Restore cancelled — nothing changed."), "info")
            return
        self.restored = True
        self.reload()
        safety = result.safety_copy.name if result.safety_copy else ""
        self.banner.show_message(
            self.tr("Restored: %Ln customer(s). Restart loyaltydesk to carry on.", "",
                    result.customers), "warn")  # fmt: skip
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Restart loyaltydesk"))
        box.setText(self.tr("The backup was restored. Close loyaltydesk and start it again now."))
        box.setInformativeText(
            self.tr(
                "Until it restarts, this window may still show the data from before. "
                "The data as it was just before the restore is kept as %1."
            ).replace("%1", safety)
        )
        close = box.addButton(self.tr("Close loyaltydesk"), QMessageBox.ButtonRole.AcceptRole)
        later = box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(close)
        box.setEscapeButton(later)
        box.exec()
        if box.clickedButton() is close:
            self.window().close()

    def _failed(self, error: Exception) -> None:
        self.update_actions()
        show_failure(self.context, self.banner, error)

    # -- plumbing ----------------------------------------------------------------------------

    def _server_card(self) -> QFrame:
        card = QFrame()
        card.setObjectName("Card")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(16)
        title = QLabel(self.tr("This shop's data is on a PostgreSQL server"))
        title.setObjectName("SectionTitle")
        text = QLabel(self.tr(
            "loyaltydesk does not copy a server database itself. Back it up with the "
            "server's own tools, for example every night with pg_dump, and restore with "
            "pg_restore. Ask whoever runs the server to set this up and to test a restore "
            "now and then."))  # fmt: skip
        text.setWordWrap(True)
        commands = QLabel(f"{PG_DUMP}\n{PG_RESTORE}")
        commands.setObjectName("CommandText")
        commands.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        commands.setAccessibleName(self.tr("Backup and restore commands"))
        for widget in (title, text, commands):
            layout.addWidget(widget)
        layout.addStretch(1)
        return card

    def _describe(self, backup: BackupInfo) -> str:
        return f"{self._when(backup)} {self._kind(backup)} {backup.path.name}"

    def _when(self, backup: BackupInfo) -> str:
        return f"{self.fmt.date(backup.created_at)} {self.fmt.time(backup.created_at)}"

    def _kind(self, backup: BackupInfo) -> str:
        return self.kinds.get(backup.label, self.kinds[""])

    def _size(self, backup: BackupInfo) -> str:
        return self.fmt.locale.formattedDataSize(
            backup.size_bytes, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat
        )

    def update_actions(self) -> None:
        ready = not self.restored and self.support is not None and self.support.supported
        self.back_up.setEnabled(ready)
        self.restore.setEnabled(ready and self.table.selected() is not None)
        self.restore_file.setEnabled(ready)
        self.search.setEnabled(not self.restored)
