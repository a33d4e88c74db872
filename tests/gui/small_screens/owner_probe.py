"""Opens the real main window in its own process, on the screen Qt was given (its scale
factor too), signs the owner in, shows one owner page and prints as JSON what the layout
checker finds cut on it; a screenshot goes to tests/artifacts/screens. For
test_owner_pages_scaled.py.

    python -m tests.gui.small_screens.owner_probe DB PREFS PAGE
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from loyaltydesk.config import AppConfig
from loyaltydesk.domain.staff import Actor, Role
from loyaltydesk.services.facade import build_services
from loyaltydesk.store.engine import make_engine
from loyaltydesk.store.unit_of_work import UnitOfWorkFactory
from loyaltydesk.ui.main_window import MainWindow
from loyaltydesk.ui.preferences import Preferences
from loyaltydesk.ui.theme import apply_theme
from tests.gui.helpers import screenshot
from tests.gui.layout_checks import cut_widgets

OWNER = Actor(1, "Olive Owner", Role.OWNER, "Till 1")
POLL_MS = 100
GIVE_UP_POLLS = 150


def main(argv: list[str]) -> int:
    db, prefs_file, page_key = argv
    app = QApplication([])
    apply_theme(app, dark=False)
    engine = make_engine(f"sqlite:///{db}")
    services = build_services(UnitOfWorkFactory(engine))
    config = AppConfig(home=Path(prefs_file).parent, db_url=f"sqlite:///{db}", till="Till 1")
    prefs = Preferences(QSettings(prefs_file, QSettings.Format.IniFormat))
    window = MainWindow(services, config, prefs)
    report: dict[str, object] = {}
    polls = [0]

    def look() -> None:
        polls[0] += 1
        if window.runner.pending and polls[0] < GIVE_UP_POLLS:  # the page is still loading
            QTimer.singleShot(POLL_MS, look)
            return
        try:
            QApplication.processEvents()
            scale = window.screen().devicePixelRatio()
            screenshot(window, f"small-owner-{page_key}-scaled-{scale:g}")
            report.update(
                ratio=scale,
                size=[window.width(), window.height()],
                page=type(window.owner_area.current_page()).__name__,
                cuts=[str(cut) for cut in cut_widgets(window)],
            )
        finally:  # an error here must not leave the process waiting for its timeout
            window.close()
            app.quit()

    def open_page() -> None:
        window.on_signed_in(OWNER)
        window.open_owner_area()
        window.owner_area.show_page(page_key)
        QTimer.singleShot(POLL_MS * 3, look)

    window.show()
    QTimer.singleShot(300, open_page)  # after the first show has settled
    app.exec()
    engine.dispose()
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
