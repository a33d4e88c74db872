"""The main window's first start: the setup page while no one can sign in, then the next step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from loyaltydesk.domain.staff import Actor
from loyaltydesk.ui.first_start.demo_launch import open_demo
from loyaltydesk.ui.first_start.setup_page import NEXT_CASHIER, NEXT_IMPORT, SetupPage

if TYPE_CHECKING:
    from loyaltydesk.ui.main_window import MainWindow


class FirstStart(QObject):
    """Asks the store whether the shop has staff; if not, puts the setup page in front."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.page: SetupPage | None = None
        self.demo_pid: int | None = None

    def check(self) -> None:
        window = self._window
        window.runner.run(
            window.services.shop_setup.needs_setup,
            self._on_checked,
            window.show_unexpected,
            parent=window,
        )

    def _on_checked(self, needed: bool) -> None:
        window = self._window
        if not needed or window.actor is not None:
            return
        page = SetupPage(window.services, window.runner, window.config.till)
        page.set_up.connect(self._on_set_up)
        page.next_step.connect(self._on_next_step)
        page.demo_requested.connect(self.open_demo)
        page.unexpected_error.connect(window.show_unexpected)
        self.page = page
        window.pages.addWidget(page)
        window.pages.setCurrentWidget(page)
        window.status.staff.setText(self.tr("Setting up the shop"))
        window.header.shop_name.setText(self.tr("New shop"))
        page.start()

    def _on_set_up(self, _owner: Actor) -> None:
        window = self._window
        window.runner.run(
            window.services.program.get_settings,
            window.apply_settings,
            window.show_unexpected,
            parent=window,
        )

    def _on_next_step(self, step: str, owner: Actor) -> None:
        window, page = self._window, self.page
        window.on_signed_in(owner)
        if page is not None:
            window.pages.removeWidget(page)
            page.deleteLater()
            self.page = None
        if step not in (NEXT_IMPORT, NEXT_CASHIER):
            return
        window.open_owner_area()
        area = window.owner_area
        if area is None:
            return
        if step == NEXT_IMPORT:
            customers = area.show_page("customers")
            QTimer.singleShot(0, customers.show_import)  # type: ignore[attr-defined]
        else:
            staff = area.show_page("staff")
            QTimer.singleShot(0, staff.add_staff)  # type: ignore[attr-defined]

    def open_demo(self) -> None:
        page = self.page
        self.demo_pid = open_demo(self._window.config)
        if page is None:
            return
        if self.demo_pid is None:
            page.banner.show_message(
                self.tr("The demo shop could not be opened. Your shop is not affected."), "bad"
            )
        else:
            page.banner.show_message(
                self.tr(
                    "The demo shop opens in its own window, on its own database. "
                    "Your shop stays as it is."
                ),
                "info",
            )
