"""Opens the real main window in its own process, on the screen Qt was given, and prints where
it went as JSON; then closes it, which saves its geometry. For test_window_fit.py.

    python -m tests.gui.small_screens.window_probe DB PREFS (open | help | maximise | move X Y W H)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QRect, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from loyaltydesk.config import AppConfig
from loyaltydesk.services.facade import build_services
from loyaltydesk.store.engine import make_engine
from loyaltydesk.store.unit_of_work import UnitOfWorkFactory
from loyaltydesk.ui.dialogs.help_overlay import HelpOverlay
from loyaltydesk.ui.main_window import MainWindow
from loyaltydesk.ui.preferences import Preferences
from loyaltydesk.ui.theme import apply_theme


def _rect(rect: QRect) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def _on_window(widget: QWidget, window: QWidget) -> bool:
    """Wholly inside the window's client area, and shown."""
    top_left = widget.mapTo(window, widget.rect().topLeft())
    return widget.isVisible() and window.rect().contains(QRect(top_left, widget.size()))


def main(argv: list[str]) -> int:
    db, prefs_file, action, *numbers = argv
    app = QApplication([])
    apply_theme(app, dark=False)
    engine = make_engine(f"sqlite:///{db}")
    services = build_services(UnitOfWorkFactory(engine))
    config = AppConfig(home=Path(prefs_file).parent, db_url=f"sqlite:///{db}", till="Till 1")
    prefs = Preferences(QSettings(prefs_file, QSettings.Format.IniFormat))
    window = MainWindow(services, config, prefs)
    report: dict[str, object] = {}

    def look() -> None:
        try:
            inspect()
        finally:  # an error here must not leave the process waiting for its timeout
            window.close()
            app.quit()

    def inspect() -> None:
        if action == "maximise":
            window.showMaximized()
        elif action == "move":
            x, y, width, height = (int(n) for n in numbers)
            window.setGeometry(x, y, width, height)
        QApplication.processEvents()
        screen = window.screen()
        report.update(
            available=_rect(screen.availableGeometry()),
            ratio=screen.devicePixelRatio(),
            geometry=_rect(window.geometry()),
            frame=_rect(window.frameGeometry()),
            maximised=window.isMaximized(),
            clock=_on_window(window.header.clock, window),
            status_bar=_on_window(window.statusBar(), window),
        )
        if action == "help":  # F1's list, as it opens on this screen
            help_list = HelpOverlay(window)
            help_list.show()
            QApplication.processEvents()
            report["help"] = _rect(help_list.frameGeometry())
            help_list.close()

    window.show()
    QTimer.singleShot(300, look)  # after the first show has settled
    app.exec()
    engine.dispose()
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
