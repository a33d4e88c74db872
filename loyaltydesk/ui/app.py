"""Starting the Qt application: identity, translations, theme, error hook, main window."""

from __future__ import annotations

import logging
import os
import sys
import time
from importlib.resources import files
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QTimer,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from loyaltydesk import __version__
from loyaltydesk.config import AppConfig
from loyaltydesk.services.facade import Services
from loyaltydesk.ui.first_start.demo_build import DemoBuild, DemoBuildWindow
from loyaltydesk.ui.languages import LANGUAGE, install_language
from loyaltydesk.ui.main_window import MainWindow
from loyaltydesk.ui.preferences import Preferences
from loyaltydesk.ui.theme import apply_theme, follow_system_scheme

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
    services: Services,
    config: AppConfig,
    *,
    camera_file: str | None = None,
    build_demo: DemoBuild | None = None,
) -> int:
    """The main window; first, when ``build_demo`` is given, a window with the demo's progress
    while it fills the (empty) demo database."""
    app = create_application()
    windows: list[MainWindow] = []

    def open_main(_built: object = None) -> None:
        window = MainWindow(services, config, Preferences(), camera_file=camera_file)
        windows.append(window)
        if os.environ.get(QUIT_WHEN_SHOWN):
            window.sign_in_page.installEventFilter(_ShownReporter(app))
        window.show()

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        log.error("uncaught exception", exc_info=(kind, error, tb))
        if windows:
            windows[0].show_unexpected(error)

    sys.excepthook = hook
    if build_demo is None:
        open_main()
        return app.exec()
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
"""Set, the app prints ``window shown at <epoch seconds>`` to stderr once the sign-in page has
painted, and quits: for bench/bench_startup.py and the installer's smoke test."""


class _ShownReporter(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._reported = False

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._reported:
            self._reported = True
            print(f"window shown at {time.time():.6f}", file=sys.stderr, flush=True)
            QTimer.singleShot(0, self._app.quit)
        return False
