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


class _Run(QObject):
    """One scanning run, seen from the GUI thread: owns its thread and worker and relays the
    worker's signals (queued, as it lives on the GUI thread) to the controller while current.

    Nothing here asks ``sender()``: a queued call can outlive the object that sent it, and
    wrapping a deleted sender crashes the process. When the run ends the controller deletes
    it (``deleteLater``), which drops any call still queued for it; the worker and the QThread
    go with it, after their thread has been joined.
    """

    def __init__(self, controller: ScanController, thread: QThread, worker: ScanWorker) -> None:
        super().__init__(controller)
        self.controller: ScanController | None = controller
        self.thread = thread
        self.worker = worker
        worker.frame_captured.connect(self._relay_frame)
        worker.codes_located.connect(self._relay_codes)
        worker.code_scanned.connect(self._relay_scan)
        worker.state_changed.connect(self._relay_state)

    def end(self) -> None:
        """No more relaying; the worker's signals are cut off before it is dropped."""
        self.controller = None
        for signal, slot in (
            (self.worker.frame_captured, self._relay_frame),
            (self.worker.codes_located, self._relay_codes),
            (self.worker.code_scanned, self._relay_scan),
            (self.worker.state_changed, self._relay_state),
        ):
            signal.disconnect(slot)

    @Slot(QImage)
    def _relay_frame(self, image: QImage) -> None:
        if self.controller is not None:
            self.worker.preview_consumed()
            self.controller.frame_captured.emit(image)

    @Slot(list)
    def _relay_codes(self, outlines: list) -> None:
        if self.controller is not None:
            self.controller.codes_located.emit(outlines)

    @Slot(str)
    def _relay_scan(self, text: str) -> None:
        if self.controller is not None:
            self.controller.code_scanned.emit(text)

    @Slot(object, str)
    def _relay_state(self, state: CameraState, message: str) -> None:
        if self.controller is not None:
            self.controller._emit_state(state, message)


class ScanController(QObject):
    """Runs a ``ScanWorker`` on its own ``QThread`` and relays its signals to the GUI thread.

    ``start`` builds a fresh source with ``source_factory`` (so it can be called again after
    ``stop``, e.g. when the cashier picks another camera). Signals are only relayed from the
    current run: once ``stop`` has returned, nothing more arrives from the stopped one.

    Ownership: each run (``_Run``, a child of this controller) owns its QThread and worker. The
    source, and so OpenCV's ``VideoCapture``, is opened and released on the scanning thread
    (``ScanWorker.shutdown`` runs there as it finishes); ``stop`` joins the thread, so nothing
    of a run is deleted while its thread runs, and the run is deleted after that, with the
    calls still queued for it.
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
        self._run: _Run | None = None
        self._state = CameraState.STOPPED
        self._paused = False
        self._stuck: list[_Run] = []
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
        return self._run is not None

    @property
    def is_paused(self) -> bool:
        return self._paused

    def start(self) -> None:
        """Start scanning; does nothing when already running."""
        if self._run is not None:
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
        self._pause_requested.connect(worker.pause)
        self._resume_requested.connect(worker.resume)
        self._run = _Run(self, thread, worker)
        self._paused = False
        thread.start()

    def stop(self, timeout_ms: int = 10_000) -> bool:
        """Stop scanning and release the camera; False if the thread did not end in time."""
        run, self._run = self._run, None
        if run is None:
            return True
        self._pause_requested.disconnect(run.worker.pause)
        self._resume_requested.disconnect(run.worker.resume)
        run.end()
        thread = run.thread
        thread.requestInterruption()
        thread.quit()
        finished = thread.wait(timeout_ms)
        if finished:
            run.deleteLater()
        else:
            # Deleting a running QThread aborts the process: keep it until it ends by itself.
            log.warning("The scanner thread did not stop within %d ms", timeout_ms)
            self._stuck.append(run)
            thread.finished.connect(lambda: self._forget_stuck(run))
        self._paused = False
        self._emit_state(CameraState.STOPPED, CameraState.STOPPED.message())
        return finished

    def _forget_stuck(self, run: _Run) -> None:
        if run in self._stuck:
            self._stuck.remove(run)
            run.deleteLater()

    def set_preview_size(self, size: QSize) -> None:
        """Preview frames are shrunk to fit this (device pixels) before they leave the thread."""
        self._preview_size = QSize(size)
        if self._run is not None:
            self._run.worker.set_preview_size(size.width(), size.height())

    def pause(self) -> None:
        """Stop reading frames (the camera stays open) until ``resume``."""
        if self._run is not None and not self._paused:
            self._paused = True
            self._pause_requested.emit()

    def resume(self) -> None:
        if self._run is not None and self._paused:
            self._paused = False
            self._resume_requested.emit()

    def _emit_state(self, state: CameraState, message: str) -> None:
        self._state = state
        self.state_changed.emit(state, message)
