"""Work the shop should never have to remember: expiring points and the daily backup.

Runs shortly after start-up and then every hour, on the worker pools, never on the GUI thread.
A failure is logged and tried again next hour; the counter keeps working meanwhile.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from loyaltydesk.services.facade import Services
from loyaltydesk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

FIRST_RUN_MS = 60_000
EVERY_MS = 60 * 60 * 1000


class Housekeeping(QObject):
    def __init__(self, services: Services, runner: TaskRunner, parent: QObject | None = None):
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.run_now)

    def start(self) -> None:
        QTimer.singleShot(FIRST_RUN_MS, self.run_now)
        self._timer.start(EVERY_MS)

    def stop(self) -> None:
        self._timer.stop()

    def run_now(self) -> None:
        services = self._services
        self._runner.run(
            lambda: services.expiry.expire_points(actor=None),
            lambda result: log.info("expiry sweep: %s lots", result.lots_expired),
            lambda error: log.warning("expiry sweep failed: %s", type(error).__name__),
            parent=self,
            write=True,
        )
        self._runner.run(
            services.backups.run_daily_backup_if_due,
            lambda info: info is not None and log.info("daily backup written"),
            lambda error: log.warning("daily backup failed: %s", type(error).__name__),
            parent=self,
            write=True,
        )
