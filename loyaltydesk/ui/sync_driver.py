"""The sync engine's thread in the app, and how the queue stands, for the status bar.

The engine runs in a plain Python thread of its own (it never touches Qt); the GUI learns how
the queue stands by reading the services every few seconds on the task runner. Nothing crosses
threads but a stop event, so no Qt object has two owners.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from loyaltydesk.services.facade import Services
from loyaltydesk.services.sync_dto import SyncSettings, SyncStatus
from loyaltydesk.sync.setup import open_provider
from loyaltydesk.sync.worker import IDLE_SECONDS, SyncEngine
from loyaltydesk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

POLL_MS = 5_000
CLOSE_WAIT_S = 3.0
"""At closing, how long the window waits for a call in flight; the thread is a daemon."""


@dataclass(frozen=True)
class SyncView:
    """What the status bar shows: the services' figures and whether the provider answers."""

    status: SyncStatus
    running: bool
    reachable: bool


class _EngineThread:
    """One run of the engine for one setup; stopped by its event, joined with a timeout."""

    def __init__(self, services: Services, settings: SyncSettings) -> None:
        self.stop = threading.Event()
        self.reachable = True
        self.engine: SyncEngine | None = None
        self._services = services
        self._settings = settings
        self._thread = threading.Thread(target=self._run, name="sync-engine", daemon=True)

    def start(self) -> None:
        self._thread.start()

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()

    def join(self, timeout: float) -> bool:
        self.stop.set()
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _run(self) -> None:
        try:
            # The keyring may be slow (a locked wallet): read it here, never on the GUI thread.
            provider = open_provider(self._settings)
        except Exception:
            log.exception("the sync provider could not be opened")
            return
        try:
            engine = self.engine = SyncEngine.from_services(self._services, provider)
            while not self.stop.is_set():
                report = engine.drain_once(cancelled=self.stop.is_set)
                self.reachable = engine.rate.hold_remaining() <= 0
                if report.paused:
                    return
                self.stop.wait(engine.idle_wait(IDLE_SECONDS))
        except Exception:
            log.exception("the sync engine stopped")
        finally:
            provider.close()


class SyncDriver(QObject):
    """Starts the engine when the shop syncs, restarts it when the setup changes, and emits
    ``status_changed(SyncView)`` every few seconds."""

    status_changed = Signal(object)

    def __init__(self, services: Services, runner: TaskRunner, parent: QObject | None = None):
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._engine: _EngineThread | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.refresh)

    def start(self) -> None:
        self._poll.start()
        self.restart()

    def restart(self) -> None:
        """Read the setup off the GUI thread, then (re)start the engine for it."""
        self._runner.run(
            self._services.sync.settings, self._on_settings, self._on_failed, parent=self
        )

    def stop(self) -> None:
        """At closing: stop the engine and wait a moment for a call in flight to end."""
        self._poll.stop()
        engine, self._engine = self._engine, None
        if engine is not None and not engine.join(CLOSE_WAIT_S):
            log.warning("the sync engine did not stop in time; it ends with the app")

    def counter_busy(self) -> None:
        """The counter started a look-up or a transaction: the engine gives way for a moment."""
        engine = self._engine.engine if self._engine is not None else None
        if engine is not None:
            engine.give_way()

    def refresh(self) -> None:
        if self._engine is not None and not self._engine.alive:
            self._engine = None  # it paused, or stopped on an error (logged)
        self._runner.run(self._services.sync.status, self._on_status, self._on_failed,
                         parent=self)  # fmt: skip

    def _on_settings(self, settings: SyncSettings | None) -> None:
        # The old run is told to stop but not waited for (the GUI thread never waits): its
        # claimed rows are leased, so a new run beside it cannot send them twice.
        if self._engine is not None:
            self._engine.stop.set()
            self._engine = None
        if settings is not None:
            self._engine = _EngineThread(self._services, settings)
            self._engine.start()
        self.refresh()

    def _on_status(self, status: SyncStatus) -> None:
        engine = self._engine
        self.status_changed.emit(
            SyncView(
                status,
                running=engine is not None and engine.alive,
                reachable=engine is None or engine.reachable,
            )
        )

    def _on_failed(self, error: Exception) -> None:
        log.warning("sync status could not be read: %s", type(error).__name__)
