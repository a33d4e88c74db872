"""Starting the Qt application: identity, translations, theme, error hook, main window."""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from importlib.resources import files
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QTimer,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from loyaltydesk import __version__
from loyaltydesk.config import AppConfig
from loyaltydesk.domain.errors import LoyaltyError
from loyaltydesk.ui.languages import LANGUAGE, install_language
from loyaltydesk.ui.main_window import MainWindow, load_window_modules
from loyaltydesk.ui.preferences import Preferences
from loyaltydesk.ui.theme import apply_theme, follow_system_scheme

if TYPE_CHECKING:
    from loyaltydesk.services.facade import Services
    from loyaltydesk.ui.first_start.demo_build import DemoBuild

log = logging.getLogger(__name__)


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, named so QSettings has a home, translated, themed."""
    QCoreApplication.setOrganizationName("loyaltydesk")
    QCoreApplication.setApplicationName("loyaltydesk")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv)
    install_language(app, Preferences().get(LANGUAGE))
    icon = files("loyaltydesk.resources").joinpath("icons/loyaltydesk.svg")
    app.setWindowIcon(QIcon(str(icon)))
    apply_theme(app)
    follow_system_scheme(app)
    return app


def run_app(
    open_store: Callable[[], Services],
    config: AppConfig,
    *,
    camera_file: str | None = None,
    build_demo: DemoBuild | None = None,
) -> int:
    """The main window; first, when ``build_demo`` is given, a window with the demo's progress
    while it fills the (empty) demo database.

    The main window shows its sign-in page at once; ``open_store`` (SQLAlchemy, migrations,
    the services) runs on a worker thread behind it, then the window gets the rest of its
    pages. If the store cannot be opened, the app says why on stderr and exits with 1."""
    app = create_application()
    windows: list[MainWindow] = []

    def open_main(_built: object = None) -> None:
        window = MainWindow(None, config, Preferences(), camera_file=camera_file)
        windows.append(window)
        if os.environ.get(QUIT_WHEN_SHOWN):
            window.installEventFilter(_ShownReporter(app, window))  # whichever page comes first
        window.show()

        def prepare() -> Services:
            services = open_store().build_all()
            load_window_modules()
            return services

        def open_in_worker() -> None:
            window.runner.run(prepare, window.attach, cannot_open, parent=window, write=True)

        _AfterFirstPaint(window, open_in_worker)

    def cannot_open(error: Exception) -> None:
        if isinstance(error, LoyaltyError):
            print(f"loyaltydesk: {error.message}", file=sys.stderr)
        else:
            log.error("the shop could not be opened", exc_info=error)
            print(f"loyaltydesk: {type(error).__name__}: {error}", file=sys.stderr)
        app.exit(1)

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        log.error("uncaught exception", exc_info=(kind, error, tb))
        if windows:
            windows[0].show_unexpected(error)

    sys.excepthook = hook
    if build_demo is None:
        open_main()
        return app.exec()
    from loyaltydesk.ui.first_start.demo_build import DemoBuildWindow

    progress = DemoBuildWindow()

    def built(result: object) -> None:
        open_main(result)
        progress.close()

    def failed(error: object) -> None:
        log.error("the demo shop could not be built", exc_info=error)  # type: ignore[arg-type]
        QMessageBox.critical(
            progress,
            DemoBuildWindow.tr("Demo shop"),
            DemoBuildWindow.tr(
                "The demo shop could not be prepared. The details are in the log file."
            ),
        )
        app.exit(1)

    progress.built.connect(built)
    progress.failed.connect(failed)
    progress.show()
    progress.start(build_demo)
    return app.exec()


QUIT_WHEN_SHOWN = "LOYALTYDESK_QUIT_WHEN_SHOWN"
"""Set, the app prints ``window shown at <epoch seconds>`` to stderr when the main window first
paints (whichever page it shows: the sign-in page, or the setup page on a first start), and
quits once the window also has the store and all its pages (printing ``window ready at
<epoch seconds>``: a PIN is checked from then on): for bench/bench_startup.py and
the installer's smoke test."""


class _AfterFirstPaint(QObject):
    """Calls ``then`` once, in the event-loop turn after the window's first paint (so the work
    it starts does not compete with that paint), or after half a second if no paint comes."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then: Callable[[], None] | None = then
        window.installEventFilter(self)
        QTimer.singleShot(500, self, self._go)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            QTimer.singleShot(0, self, self._go)
        return False

    def _go(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            then()


class _ShownReporter(QObject):
    def __init__(self, app: QApplication, window: MainWindow) -> None:
        super().__init__(app)
        self._app = app
        self._reported = False
        self._attached = window.attached
        window.ready.connect(self._on_ready)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._reported:
            self._reported = True
            print(f"window shown at {time.time():.6f}", file=sys.stderr, flush=True)
            self._quit_when_done()
        return False

    def _on_ready(self) -> None:
        self._attached = True
        print(f"window ready at {time.time():.6f}", file=sys.stderr, flush=True)
        self._quit_when_done()

    def _quit_when_done(self) -> None:
        if self._reported and self._attached:
            QTimer.singleShot(0, self._app.quit)
