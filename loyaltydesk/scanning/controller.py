"""Owns the scanning thread and worker; the object the counter screen talks to."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSize, QThread, Signal, Slot
from PySide6.QtGui import QImage

from loyaltydesk.scanning.debounce import Debouncer
from loyaltydesk.scanning.states import CameraState

if TYPE_CHECKING:
    from loyaltydesk.scanning.sources import FrameSource
    from loyaltydesk.scanning.worker import ScanWorker

log = logging.getLogger(__name__)


class ScanController(QObject):
    """Runs a ``ScanWorker`` on its own ``QThread`` and relays its signals to the GUI thread.

    ``start`` builds a fresh source with ``source_factory`` (so it can be called again after
    ``stop``, e.g. when the cashier picks another camera). Signals are only relayed from the
    current run: once ``stop`` has returned, nothing more arrives from the stopped one.
    """

    frame_captured = Signal(QImage)
    codes_located = Signal(list)
    """list[QPolygonF]: outlines of the codes in the frame that follows, in its pixels."""
    code_scanned = Signal(str)
    state_changed = Signal(object, str)
    """(CameraState, a translated sentence for the cashier)."""

    _pause_requested = Signal()
    _resume_requested = Signal()

    def __init__(
        self,
        source_factory: Callable[[], FrameSource],
        *,
        hold_seconds: float = 3.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._source_factory = source_factory
        self._hold_seconds = hold_seconds
        self._thread: QThread | None = None
        self._worker: ScanWorker | None = None
        self._state = CameraState.STOPPED
        self._paused = False
        self._stuck: list[tuple[QThread, ScanWorker]] = []
        self._preview_size = QSize(960, 540)
        app = QCoreApplication.instance()
        if app is not None:
            # A QThread still running when the application tears down aborts the process.
            app.aboutToQuit.connect(self.stop)

    @property
    def state(self) -> CameraState:
        return self._state

    @property
    def is_running(self) -> bool:
        return self._thread is not None

    @property
    def is_paused(self) -> bool:
        return self._paused

    def start(self) -> None:
        """Start scanning; does nothing when already running."""
        if self._thread is not None:
            return
        # OpenCV and zxing-cpp load with the worker: not at all while the camera is off.
        from loyaltydesk.scanning.worker import ScanWorker

        thread = QThread()
        thread.setObjectName("loyaltydesk-scanner")
        worker = ScanWorker(self._source_factory(), Debouncer(self._hold_seconds))
        worker.set_preview_size(self._preview_size.width(), self._preview_size.height())
        worker.moveToThread(thread)
        thread.started.connect(worker.start)
        thread.finished.connect(worker.shutdown)
        worker.frame_captured.connect(self._relay_frame)
        worker.codes_located.connect(self._relay_codes)
        worker.code_scanned.connect(self._relay_scan)
        worker.state_changed.connect(self._relay_state)
        self._pause_requested.connect(worker.pause)
        self._resume_requested.connect(worker.resume)
        self._thread, self._worker = thread, worker
        self._paused = False
        thread.start()

    def stop(self, timeout_ms: int = 10_000) -> bool:
        """Stop scanning and release the camera; False if the thread did not end in time."""
        thread, worker = self._thread, self._worker
        if thread is None or worker is None:
            return True
        self._thread = self._worker = None
        self._pause_requested.disconnect(worker.pause)
        self._resume_requested.disconnect(worker.resume)
        thread.requestInterruption()
        thread.quit()
        finished = thread.wait(timeout_ms)
        if not finished:
            # Deleting a running QThread aborts the process: keep it until it ends by itself.
            log.warning("The scanner thread did not stop within %d ms", timeout_ms)
            self._stuck.append((thread, worker))
            thread.finished.connect(lambda: self._stuck.remove((thread, worker)))
        self._paused = False
        self._emit_state(CameraState.STOPPED, CameraState.STOPPED.message())
        return finished

    def set_preview_size(self, size: QSize) -> None:
        """Preview frames are shrunk to fit this (device pixels) before they leave the thread."""
        self._preview_size = QSize(size)
        if self._worker is not None:
            self._worker.set_preview_size(size.width(), size.height())

    def pause(self) -> None:
        """Stop reading frames (the camera stays open) until ``resume``."""
        if self._thread is not None and not self._paused:
            self._paused = True
            self._pause_requested.emit()

    def resume(self) -> None:
        if self._thread is not None and self._paused:
            self._paused = False
            self._resume_requested.emit()

    def _from_current_run(self) -> bool:
        return self._worker is not None and self.sender() is self._worker

    def _emit_state(self, state: CameraState, message: str) -> None:
        self._state = state
        self.state_changed.emit(state, message)

    @Slot(QImage)
    def _relay_frame(self, image: QImage) -> None:
        worker = self._worker
        if worker is not None and self.sender() is worker:
            worker.preview_consumed()
            self.frame_captured.emit(image)

    @Slot(list)
    def _relay_codes(self, outlines: list) -> None:
        if self._from_current_run():
            self.codes_located.emit(outlines)

    @Slot(str)
    def _relay_scan(self, text: str) -> None:
        if self._from_current_run():
            self.code_scanned.emit(text)

    @Slot(object, str)
    def _relay_state(self, state: CameraState, message: str) -> None:
        if self._from_current_run():
            self._emit_state(state, message)
