"""The main window's two bars: the header (shop, who or where, the shop's time) above the
pages, and the status line (database, who acts, camera, sync) below them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QStatusBar, QWidget

from loyaltydesk.config import AppConfig
from loyaltydesk.domain.staff import Actor

if TYPE_CHECKING:
    from loyaltydesk.ui.formatting import Formatter
    from loyaltydesk.ui.sync_driver import SyncView


class HeaderBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HeaderBar")
        self.shop_name = QLabel("")
        self.shop_name.setObjectName("ShopName")
        self.info = QLabel("")
        self.info.setObjectName("HeaderInfo")
        self.clock = QLabel("")
        self.clock.setObjectName("Clock")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(16)
        layout.addWidget(self.shop_name)
        layout.addStretch(1)
        layout.addWidget(self.info)
        layout.addWidget(self.clock)


class StatusLine(QWidget):
    """Not shown itself: it owns the four labels it puts on ``bar`` and the words on them."""

    def __init__(self, bar: QStatusBar, config: AppConfig) -> None:
        super().__init__(bar)
        self.hide()
        if config.is_sqlite:
            file_name = config.db_url.rsplit("/", 1)[-1]
            database = self.tr("Database: %1").replace("%1", file_name)
        else:
            database = self.tr("Database: shared server")
        self.database = QLabel(database)
        self.staff = QLabel()
        self.camera = QLabel(self.tr("Camera: off"))
        self.sync = QLabel(self.tr("Sync: off"))
        for label in (self.database, self.staff):
            bar.addWidget(label)
        for label in (self.camera, self.sync):
            bar.addPermanentWidget(label)
        self.show_signed_out()

    def show_signed_out(self) -> None:
        self.staff.setText(self.tr("Not signed in"))

    def show_staff(self, actor: Actor) -> None:
        """Who acts now: the owner inside the owner pages, else who signed in at the till."""
        role = self.tr("owner") if actor.is_owner else self.tr("cashier")
        self.staff.setText(self.tr("%1 (%2)").replace("%1", actor.name).replace("%2", role))

    def show_sync(self, view: SyncView, fmt: Formatter) -> None:
        status = view.status
        waiting = self.tr("%1 waiting").replace("%1", fmt.points(status.pending))
        if status.failed:  # the owner's to handle, but the till should not hide it
            waiting += self.tr(" · %1 for the owner").replace("%1", fmt.points(status.failed))
        if not status.configured:
            text = self.tr("Sync: off")
        elif status.paused:
            text = self.tr("Sync: paused — the owner must check the key (Sync page)")
        elif not view.reachable:
            text = self.tr("Sync: offline · %1").replace("%1", waiting)
        elif status.last_success is not None:
            text = self.tr("Sync: online · %1 · last sent %2").replace("%1", waiting).replace(
                "%2", fmt.time(status.last_success))  # fmt: skip
        else:
            text = self.tr("Sync: online · %1").replace("%1", waiting)
        self.sync.setText(text)
        self.sync.setAccessibleName(text)
