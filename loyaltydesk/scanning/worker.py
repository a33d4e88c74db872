"""The scanning loop: capture, decode, debounce, on a thread of its own."""

from __future__ import annotations

import logging
import threading
import time

import cv2
import numpy as np
from PySide6.QtCore import QObject, QPointF, QThread, QTimer, Signal, Slot
from PySide6.QtGui import QImage, QPolygonF

from loyaltydesk.scanning.debounce import Debouncer
from loyaltydesk.scanning.decoder import DecodedCode, scan_frame
from loyaltydesk.scanning.schedule import DecodeSchedule, Plan
from loyaltydesk.scanning.sources import FrameSource
from loyaltydesk.scanning.states import CameraState, FrameSourceError

log = logging.getLogger(__name__)


def frame_to_qimage(frame: np.ndarray) -> QImage:
    """A deep copy of a BGR or grey frame as a QImage (safe to hand to another thread)."""
    frame = np.ascontiguousarray(frame)
    height, width = frame.shape[:2]
    if frame.ndim == 2:
        image_format = QImage.Format.Format_Grayscale8
    else:
        image_format = QImage.Format.Format_BGR888
    return QImage(frame.data, width, height, frame.strides[0], image_format).copy()


def code_outlines(codes: list[DecodedCode], scale: float = 1.0) -> list[QPolygonF]:
    """The codes' outlines in frame pixels times ``scale``, for drawing over the preview."""
    return [QPolygonF([QPointF(x * scale, y * scale) for x, y in code.corners]) for code in codes]


def preview_frame(frame: np.ndarray, max_width: int, max_height: int) -> tuple[np.ndarray, float]:
    """``frame`` shrunk to fit ``max_width`` x ``max_height`` (never enlarged), and the factor.

    Cheaply: area averaging by a whole factor (1280x720 -> 640x360: 0.6 ms), then bilinear for
    what is left (a factor under 2). Area averaging straight to a size that is not a whole
    factor of the frame's costs ten times that (5-6 ms a 720p frame on a 2-core VM)."""
    height, width = frame.shape[:2]
    scale = min(1.0, max_width / width, max_height / height)
    if scale >= 1.0:
        return frame, 1.0
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    whole = int(1 / scale)
    if whole >= 2:
        frame = cv2.resize(frame, (width // whole, height // whole), interpolation=cv2.INTER_AREA)
    if (frame.shape[1], frame.shape[0]) != size:
        frame = cv2.resize(frame, size, interpolation=cv2.INTER_LINEAR)
    return frame, size[0] / width


class ScanWorker(QObject):
    """Reads frames from a ``FrameSource`` in a loop driven by this thread's event loop.

    Create it, ``moveToThread`` a ``QThread``, connect ``QThread.started`` to ``start`` and
    ``QThread.finished`` to ``shutdown``; ``ScanController`` does all that. Stop it with
    ``requestInterruption``, ``quit`` and ``wait`` on the thread.

    At rest (no code seen for a second) the worker decodes one frame in four and runs the
    fallback pass on fewer of them (``DecodeSchedule``, scanning/schedule.py), which takes a
    camera pointed at an empty counter from about half a core to a fraction of that; the first
    frame with a code, or with something code-like, puts it back to full rate.

    Preview frames are throttled: after emitting ``codes_located`` and ``frame_captured`` the
    worker emits no further preview until ``preview_consumed`` is called (from any thread), so a
    slow GUI thread never queues up frames, and never more than ``max_preview_fps`` of them.
    Preview frames are shrunk here to fit ``set_preview_size`` so that the GUI thread draws them
    without scaling (2-4 ms a frame on the GUI thread otherwise). Decoding and scans go on at the
    source's full rate and resolution regardless.
    """

    frame_captured = Signal(QImage)
    codes_located = Signal(list)
    """list[QPolygonF]: outlines of the codes in the frame emitted next, in its pixels."""
    code_scanned = Signal(str)
    state_changed = Signal(object, str)
    """(CameraState, a translated sentence for the cashier)."""

    def __init__(
        self,
        source: FrameSource,
        debouncer: Debouncer | None = None,
        *,
        first_retry_ms: int = 500,
        max_retry_ms: int = 8000,
        max_preview_fps: float = 30.0,
        schedule: DecodeSchedule | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._schedule = schedule or DecodeSchedule()
        self._debouncer = debouncer or Debouncer()
        self._first_retry_ms = first_retry_ms
        self._max_retry_ms = max_retry_ms
        self._retry_ms = first_retry_ms
        self._paused = False
        self._state: CameraState | None = None
        self._preview_pending = threading.Event()
        self._preview_interval = 1.0 / max_preview_fps
        self._next_preview = 0.0
        self._preview_size = (960, 540)
        # Children move to the worker's thread with it.
        self._tick_timer = QTimer(self)
        self._tick_timer.setInterval(0)
        self._tick_timer.timeout.connect(self._tick)
        self._retry_timer = QTimer(self)
        self._retry_timer.setSingleShot(True)
        self._retry_timer.timeout.connect(self._open)

    @property
    def source(self) -> FrameSource:
        return self._source

    def set_preview_size(self, width: int, height: int) -> None:
        """The largest preview frame wanted, in device pixels; thread-safe."""
        self._preview_size = (max(1, width), max(1, height))

    def preview_consumed(self) -> None:
        """Allow the next preview frame; thread-safe."""
        self._preview_pending.clear()

    def _set_state(self, state: CameraState) -> None:
        if state is not self._state:
            self._state = state
            self.state_changed.emit(state, state.message())

    @Slot()
    def start(self) -> None:
        self._set_state(CameraState.STARTING)
        self._open()

    @Slot()
    def pause(self) -> None:
        self._paused = True
        self._tick_timer.stop()
        self._retry_timer.stop()
        self._set_state(CameraState.PAUSED)

    @Slot()
    def resume(self) -> None:
        if not self._paused:
            return
        self._paused = False
        # Frames from before the pause and after it are not consecutive.
        self._debouncer.reset_streaks()
        if self._source.state is CameraState.LIVE:
            self._set_state(CameraState.LIVE)
            self._tick_timer.start()
        elif self._source.state is CameraState.ENDED:
            self._set_state(CameraState.ENDED)
        else:
            self._retry_ms = self._first_retry_ms
            self._open()

    @Slot()
    def shutdown(self) -> None:
        """Stop timers and release the source; runs in the worker thread as it finishes."""
        self._tick_timer.stop()
        self._retry_timer.stop()
        self._source.close()

    def _interrupted(self) -> bool:
        return QThread.currentThread().isInterruptionRequested()

    @Slot()
    def _open(self) -> None:
        if self._paused or self._interrupted():
            return
        try:
            self._source.open()
        except FrameSourceError as exc:
            self._set_state(exc.state)
            self._schedule_retry()
            return
        except Exception:
            log.exception("Opening %s raised", self._source.description)
            self._set_state(CameraState.UNAVAILABLE)
            self._schedule_retry()
            return
        log.info("Scanning from %s", self._source.description)
        self._retry_ms = self._first_retry_ms
        self._debouncer.reset_streaks()
        self._schedule.restart()
        self._set_state(CameraState.LIVE)
        self._tick_timer.start()

    def _schedule_retry(self) -> None:
        self._retry_timer.start(self._retry_ms)
        self._retry_ms = min(self._retry_ms * 2, self._max_retry_ms)

    @Slot()
    def _tick(self) -> None:
        if self._interrupted():
            self._tick_timer.stop()
            return
        plan = self._schedule.next_frame()
        try:
            if plan is Plan.SKIP:
                if not self._source.skip():
                    self._on_no_frame()
                return
            frame = self._source.read()
        except Exception:
            log.exception("Reading from %s raised", self._source.description)
            self._lose()
            return
        if frame is None:
            self._on_no_frame()
            return
        seen = scan_frame(frame, fallback=True if plan is Plan.BOTH_PASSES else None)
        codes = seen.codes
        self._schedule.saw(code=bool(codes), code_like=seen.code_like)
        scanned = self._debouncer.feed(code.text for code in codes)
        self._publish_preview(frame, codes)
        for text in scanned:
            self.code_scanned.emit(text)

    def _publish_preview(self, frame: np.ndarray, codes: list[DecodedCode]) -> None:
        now = time.monotonic()
        if self._preview_pending.is_set() or now < self._next_preview:
            return
        self._preview_pending.set()
        self._next_preview = now + self._preview_interval
        small, scale = preview_frame(frame, *self._preview_size)
        self.codes_located.emit(code_outlines(codes, scale))
        self.frame_captured.emit(frame_to_qimage(small))

    def _on_no_frame(self) -> None:
        state = self._source.state
        if state is CameraState.LIVE:
            return  # a hiccup; the source says when it has become a loss
        if state is CameraState.ENDED:
            self._tick_timer.stop()
            self._source.close()
            self._set_state(CameraState.ENDED)
            return
        self._lose()

    def _lose(self) -> None:
        self._tick_timer.stop()
        self._source.close()
        log.warning("Lost %s; reconnecting", self._source.description)
        self._set_state(CameraState.LOST)
        self._schedule_retry()
