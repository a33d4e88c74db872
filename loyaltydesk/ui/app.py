"""Starting the Qt application (the counter window arrives with its own module)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from loyaltydesk.config import AppConfig
from loyaltydesk.services.facade import Services


def run_app(services: Services, config: AppConfig, *, camera_file: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle(QApplication.translate("App", "loyaltydesk"))
    window.setCentralWidget(QLabel(services.program.get_settings().profile.name))
    window.show()
    return app.exec()
