"""The main window: header, sign-in and counter pages, status bar, idle lock, shortcuts.

It is built in two steps, so that the sign-in page is on screen before the store opens: the
shell (header, sign-in page, status bar), then ``attach(services)`` (the counter, the camera,
the first-start check, housekeeping and sync). ``load_window_modules`` imports what ``attach``
needs; the app calls it on a worker thread together with opening the store."""

from __future__ import annotations

import importlib
import logging
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.config import AppConfig
from loyaltydesk.domain.errors import LoyaltyError
from loyaltydesk.domain.staff import Actor
from loyaltydesk.ui.dialogs.help_overlay import HelpOverlay
from loyaltydesk.ui.dialogs.owner_pin import OwnerPinDialog
from loyaltydesk.ui.preferences import IDLE_MINUTES, Preferences
from loyaltydesk.ui.sign_in import SignInPage
from loyaltydesk.ui.tasks import TaskRunner
from loyaltydesk.ui.widgets.screen_fit import ScreenFit
from loyaltydesk.ui.window_bars import HeaderBar, StatusLine

if TYPE_CHECKING:
    from loyaltydesk.domain.program import ShopSettings
    from loyaltydesk.services.facade import Services
    from loyaltydesk.ui.camera import CounterCamera
    from loyaltydesk.ui.counter.page import CounterPage
    from loyaltydesk.ui.counter.scan_field import ScannerBurstFilter
    from loyaltydesk.ui.first_start.first_start import FirstStart
    from loyaltydesk.ui.housekeeping import Housekeeping
    from loyaltydesk.ui.owner.area import OwnerArea
    from loyaltydesk.ui.sync_driver import SyncDriver, SyncView

log = logging.getLogger(__name__)

#: What ``attach`` and the owner pages import: SQLAlchemy, the store and the services with them.
WINDOW_MODULES = (
    "loyaltydesk.ui.counter.page",
    "loyaltydesk.ui.counter.scan_field",
    "loyaltydesk.ui.camera",
    "loyaltydesk.ui.first_start.first_start",
    "loyaltydesk.ui.housekeeping",
    "loyaltydesk.ui.sync_driver",
    "loyaltydesk.ui.messages",
    "loyaltydesk.ui.owner.area",
    "loyaltydesk.ui.owner.base",
)


def load_window_modules() -> None:
    """Import the modules behind the sign-in page (off the GUI thread, while it shows)."""
    for name in WINDOW_MODULES:
        importlib.import_module(name)


class _ActivityWatcher(QObject):
    """Restarts the idle timer on any key press or click in the application."""

    def __init__(self, timer: QTimer) -> None:
        super().__init__(timer)
        self._timer = timer

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress):
            self._timer.start()
        return False


class MainWindow(QMainWindow):
    #: ``attach`` is done: the store is open and every page is there.
    ready = Signal()

    def __init__(
        self,
        services: Services | None,
        config: AppConfig,
        prefs: Preferences,
        *,
        camera_file: str | None = None,
    ) -> None:
        """The shell at once; with ``services``, the rest too (else call ``attach`` later)."""
        super().__init__()
        self.config = config
        self.prefs = prefs
        self.camera_file = camera_file
        self.actor: Actor | None = None
        self.runner = TaskRunner(self)
        self._shown_errors: set[str] = set()
        self.setWindowTitle(self.tr("loyaltydesk"))

        self.header = HeaderBar()

        self.sign_in_page = SignInPage(None, self.runner, config.till)
        self.sign_in_page.signed_in.connect(self.on_signed_in)
        self.sign_in_page.unexpected_error.connect(self.show_unexpected)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.sign_in_page)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.status = StatusLine(self.statusBar(), config)

        self._shop_time_known = False  # until then no time is shown: never the machine's
        self._tick = QTimer(self)
        self._tick.timeout.connect(self._update_clock)
        self._tick.start(1_000)
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(max(1, int(prefs.get(IDLE_MINUTES))) * 60_000)
        self.idle_timer.timeout.connect(self.sign_out)
        self._activity = _ActivityWatcher(self.idle_timer)
        self.owner_area: OwnerArea | None = None
        self.attached = False

        self.screen_fit = ScreenFit(self)
        self.screen_fit.place(prefs.window_geometry())
        self.header.info.setText(self.config.till)
        self.sign_in_page.reset()
        if services is not None:
            self.attach(services)

    def attach(self, services: Services) -> None:
        """Everything behind the sign-in page, once the store is open (GUI thread; the
        modules were imported by ``load_window_modules``)."""
        from loyaltydesk.ui.camera import CounterCamera
        from loyaltydesk.ui.counter.page import CounterPage
        from loyaltydesk.ui.counter.scan_field import ScannerBurstFilter
        from loyaltydesk.ui.first_start.first_start import FirstStart
        from loyaltydesk.ui.housekeeping import Housekeeping
        from loyaltydesk.ui.sync_driver import SyncDriver

        self.services = services
        prefs = self.prefs
        self.counter: CounterPage = CounterPage(services, self.runner, prefs)
        self.counter.unexpected_error.connect(self.show_unexpected)
        self.pages.addWidget(self.counter)
        self.burst_filter: ScannerBurstFilter = ScannerBurstFilter(
            self.counter.scan,
            self._accepts_scan,
            self,
            region=lambda: self.counter.settings.profile.default_region,
        )
        self.burst_filter.scanned.connect(self._on_burst)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self._activity)
            app.installEventFilter(self.burst_filter)

        self.camera: CounterCamera = CounterCamera(
            self, prefs, camera_file=self.camera_file, accepts=self._counter_is_scanning
        )
        self.camera.scanned.connect(self._on_camera_code)
        self.camera.status_changed.connect(self.status.camera.setText)
        self.counter.idle_panel.add_below(self.camera.preview)
        for keys, slot in (
            ("F1", self.show_help),
            ("Ctrl+L", self.sign_out),
            ("F10", self.toggle_owner_area),
            ("F9", self.camera.choose),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
            shortcut.activated.connect(slot)

        self.runner.run(
            services.program.get_settings, self.apply_settings, self.show_unexpected, parent=self
        )
        self.first_start: FirstStart = FirstStart(self)
        self.counter.actor = None
        self.counter.reset()
        self.attached = True
        self.first_start.check()
        self.camera.start()
        self.housekeeping: Housekeeping = Housekeeping(services, self.runner, self)
        self.housekeeping.start()
        self.sync_driver: SyncDriver = SyncDriver(services, self.runner, self)
        self.sync_driver.status_changed.connect(self._on_sync_status)
        self.counter.working.connect(self.sync_driver.counter_busy)
        self.sync_driver.start()
        self.sign_in_page.set_services(services)  # a PIN typed early is checked now
        self.ready.emit()

    # -- sign-in -----------------------------------------------------------------------------

    def on_signed_in(self, actor: Actor) -> None:
        self.actor = actor
        self.status.show_staff(actor)
        self.header.info.setText(
            self.tr("%1 · %2").replace("%1", actor.till).replace("%2", actor.name)
        )
        self.pages.setCurrentWidget(self.counter)
        self.counter.start(actor)
        self.idle_timer.start()

    def sign_out(self) -> None:
        if not self.attached:
            return  # still on the sign-in page: no one can have signed in
        self._close_owner_area()
        self.actor = None
        self.counter.actor = None
        self.counter.reset()
        self.idle_timer.stop()
        self.status.show_signed_out()
        self.header.info.setText(self.config.till)
        self.pages.setCurrentWidget(self.sign_in_page)
        self.sign_in_page.reset()
        if self.first_start.page is not None:
            self.pages.setCurrentWidget(self.first_start.page)

    # -- owner pages -------------------------------------------------------------------------

    def toggle_owner_area(self) -> None:
        if self.owner_area is not None:
            self.back_to_counter()
        else:
            self.open_owner_area()

    def open_owner_area(self) -> None:
        """Owners go straight in; a cashier's session asks for an owner's PIN first."""
        actor = self.actor
        if actor is None:
            return
        if actor.is_owner:
            self._show_owner_area(actor)
            return
        dialog = OwnerPinDialog(self.tr("The owner pages need an owner's PIN."), self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.activateWindow()
        self.counter.scan.setFocus()
        if not accepted or not dialog.pin.text():
            return
        pin, till, staff = dialog.pin.text(), actor.till, self.services.staff
        self.runner.run(
            lambda: staff.check_owner_pin(pin=pin, till=till),
            self._on_owner_pin,
            self._on_owner_pin_failed,
            parent=self,
            write=True,
        )

    def _on_owner_pin(self, owner: Actor) -> None:
        self._show_owner_area(owner)

    def _on_owner_pin_failed(self, error: Exception) -> None:
        from loyaltydesk.ui.messages import error_text

        if isinstance(error, LoyaltyError):
            self.counter.banner.show_message(error_text(error), "bad")
        else:
            self.show_unexpected(error)

    def _show_owner_area(self, owner: Actor) -> None:
        from loyaltydesk.ui.owner.area import OwnerArea
        from loyaltydesk.ui.owner.base import OwnerContext

        context = OwnerContext(
            self.services, self.runner, owner, self.counter.fmt, prefs=self.prefs
        )
        self.owner_area = OwnerArea(context)
        self.owner_area.back_to_counter.connect(self.back_to_counter)
        self.owner_area.settings_saved.connect(self.apply_settings)
        self.owner_area.unexpected_error.connect(self.show_unexpected)
        sync_page = self.owner_area.pages.get("sync")
        if sync_page is not None:
            sync_page.setup_changed.connect(self.sync_driver.restart)
        self.pages.addWidget(self.owner_area)
        self.pages.setCurrentWidget(self.owner_area)
        self.header.info.setText(self.tr("Owner pages · %1").replace("%1", owner.name))
        self.status.show_staff(owner)
        self.activateWindow()  # the PIN box was the active window a moment ago
        self.owner_area.nav.setFocus()

    def back_to_counter(self) -> None:
        if self.owner_area is not None and not self.owner_area.can_leave():
            return
        self._close_owner_area()
        if self.actor is not None:
            self.pages.setCurrentWidget(self.counter)
            self.header.info.setText(
                self.tr("%1 · %2").replace("%1", self.actor.till).replace("%2", self.actor.name)
            )
            self.status.show_staff(self.actor)
            self.counter.scan.setFocus()

    def _close_owner_area(self) -> None:
        if self.owner_area is None:
            return
        self.pages.removeWidget(self.owner_area)
        self.owner_area.deleteLater()
        self.owner_area = None

    # -- scanning ----------------------------------------------------------------------------

    def _accepts_scan(self, widget: QWidget) -> bool:
        return (
            self.actor is not None
            and self.pages.currentWidget() is self.counter
            and self.counter.isAncestorOf(widget)
            and widget.window() is self
        )

    def _counter_is_scanning(self) -> bool:
        return (
            self.actor is not None
            and self.pages.currentWidget() is self.counter
            and QApplication.activeModalWidget() is None
        )

    def _on_camera_code(self, text: str) -> None:
        self.counter.scan_text(text)

    def _on_burst(self, text: str) -> None:
        if self.actor is not None and self.pages.currentWidget() is self.counter:
            self.counter.scan_text(text)

    # -- odds and ends -----------------------------------------------------------------------

    def show_help(self) -> None:
        HelpOverlay(self).exec()

    def show_unexpected(self, error: object) -> None:
        """Logged with its traceback; shown to the person once per kind of error."""
        log.error("unexpected error", exc_info=error if isinstance(error, BaseException) else None)
        kind = type(error).__name__
        if kind in self._shown_errors:
            return
        self._shown_errors.add(kind)
        QMessageBox.warning(
            self,
            self.tr("Something went wrong"),
            self.tr(
                "Something unexpected went wrong. The details are in the log file. "
                "You can keep working."
            ),
        )

    def apply_settings(self, settings: ShopSettings) -> None:
        """The shop's settings, at start and as soon as the owner saves them: the counter's
        earn rule and currency, the header's shop name and time, the window title."""
        self.counter.apply_settings(settings)
        self._shop_time_known = True
        self._update_clock()
        name = settings.profile.name
        self.header.shop_name.setText(name)
        self.setWindowTitle(self.tr("%1 — loyaltydesk").replace("%1", name))

    def _on_sync_status(self, view: SyncView) -> None:
        status = view.status
        self.counter.remote.set_provider(status.provider if status.configured else None)
        self.status.show_sync(view, self.counter.fmt)

    def _update_clock(self) -> None:
        """The time in the shop's timezone, like every time the counter shows."""
        if self._shop_time_known:
            self.header.clock.setText(self.counter.fmt.time(datetime.now(UTC)))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.screen_fit, self.screen_fit.shown)  # the frame is known then

    def closeEvent(self, event: QCloseEvent) -> None:
        self.prefs.save_window_geometry(self.saveGeometry())
        self.prefs.sync()
        app = QApplication.instance()
        if self.attached:
            if app is not None:
                app.removeEventFilter(self._activity)
                app.removeEventFilter(self.burst_filter)
            self.camera.stop()
            self.housekeeping.stop()
            self.sync_driver.stop()
        self.runner.wait_for_done(5_000)
        super().closeEvent(event)
