"""Where frames come from: the ``FrameSource`` interface and the USB webcam behind it."""

from __future__ import annotations

import logging
import os
import re
import sys
from abc import ABC, abstractmethod
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
from PySide6.QtCore import QCoreApplication

from loyaltydesk.scanning.states import CameraState, FrameSourceError

log = logging.getLogger(__name__)

RESOLUTIONS: tuple[tuple[int, int], ...] = ((640, 480), (1280, 720), (1920, 1080))


@dataclass(frozen=True, slots=True)
class CameraChoice:
    """The camera a counter scans with: what the camera picker returns and settings store."""

    index: int = 0
    width: int = 1280
    height: int = 720


@dataclass(frozen=True, slots=True)
class CameraInfo:
    index: int
    name: str


class FrameSource(ABC):
    """Something that hands out BGR frames, used from one thread at a time.

    ``open`` raises ``FrameSourceError`` when it cannot start. ``read`` returns the next frame,
    or None when there is none; ``state`` then tells a hiccup (still ``LIVE``: read again) from
    ``LOST`` (close, then ``open`` again later) and ``ENDED``. ``open`` may be called again after
    ``close`` or a loss.
    """

    def __init__(self) -> None:
        self._state = CameraState.STOPPED

    @property
    def state(self) -> CameraState:
        return self._state

    @property
    @abstractmethod
    def description(self) -> str:
        """What this source is, for logs and support (never customer data)."""

    @abstractmethod
    def open(self) -> None: ...

    @abstractmethod
    def read(self) -> np.ndarray | None: ...

    def skip(self) -> bool:
        """Take the next frame without looking at it, so the next ``read`` is fresh; False
        when there was none (``state`` then says why, as after ``read``). Sources that can
        skip a frame without decoding it (a webcam's JPEG) override this."""
        return self.read() is not None

    @abstractmethod
    def close(self) -> None: ...


def _fail(state: CameraState, detail: str) -> FrameSourceError:
    log.info("Frame source unavailable: %s (%s)", state, detail)
    return FrameSourceError(state, detail)


class CameraSource(FrameSource):
    """A webcam through ``cv2.VideoCapture``.

    On Linux the device node tells a missing camera (``NO_CAMERA``) from one the user may not
    open (``PERMISSION_DENIED``) and from one that opens but delivers nothing because another
    program streams from it (``BUSY``). Other platforms only say that opening failed
    (``UNAVAILABLE``).
    """

    max_misses = 10
    """Failed reads in a row after which the camera counts as lost."""

    def __init__(self, index: int = 0, width: int = 1280, height: int = 720) -> None:
        super().__init__()
        self.index = index
        self.width = width
        self.height = height
        self._capture: cv2.VideoCapture | None = None
        self._first_frame: np.ndarray | None = None
        self._misses = 0

    @classmethod
    def from_choice(cls, choice: CameraChoice) -> CameraSource:
        return cls(choice.index, choice.width, choice.height)

    @property
    def description(self) -> str:
        return f"camera {self.index} at {self.width}x{self.height}"

    def _device(self) -> Path | None:
        return Path(f"/dev/video{self.index}") if sys.platform.startswith("linux") else None

    def open(self) -> None:
        self.close()
        self._state = CameraState.STARTING
        device = self._device()
        if device is not None:
            if not device.exists():
                self._state = CameraState.NO_CAMERA
                raise _fail(self._state, f"{device} does not exist")
            if not os.access(device, os.R_OK | os.W_OK):
                self._state = CameraState.PERMISSION_DENIED
                raise _fail(self._state, f"no read/write access to {device}")
        backend = cv2.CAP_V4L2 if device is not None else cv2.CAP_ANY
        capture = cv2.VideoCapture(self.index, backend)
        if not capture.isOpened():
            capture.release()
            self._state = CameraState.UNAVAILABLE
            raise _fail(self._state, "VideoCapture did not open")
        # MJPG lets USB 2 webcams deliver 720p at 30 fps; one buffer keeps the picture current.
        capture.set(cv2.CAP_PROP_FOURCC, cv2.VideoWriter_fourcc(*"MJPG"))
        capture.set(cv2.CAP_PROP_FRAME_WIDTH, self.width)
        capture.set(cv2.CAP_PROP_FRAME_HEIGHT, self.height)
        capture.set(cv2.CAP_PROP_BUFFERSIZE, 1)
        capture.set(cv2.CAP_PROP_READ_TIMEOUT_MSEC, 2000)
        ok, frame = capture.read()
        if not ok or frame is None:
            capture.release()
            # The node opened, so on Linux the usual reason is another program streaming.
            self._state = CameraState.BUSY if device is not None else CameraState.UNAVAILABLE
            raise _fail(self._state, "opened but delivered no frame")
        self._capture = capture
        self._first_frame = frame
        self._misses = 0
        self._state = CameraState.LIVE

    def read(self) -> np.ndarray | None:
        if self._capture is None:
            return None
        if self._first_frame is not None:
            frame, self._first_frame = self._first_frame, None
            return frame
        try:
            ok, frame = self._capture.read()
        except cv2.error:
            log.warning("Camera read raised", exc_info=True)
            ok, frame = False, None
        if ok and frame is not None:
            self._misses = 0
            return frame
        self._missed()
        return None

    def skip(self) -> bool:
        """``grab`` without ``retrieve``: the driver's buffer moves on, no JPEG is decoded."""
        if self._capture is None:
            return False
        if self._first_frame is not None:
            self._first_frame = None
            return True
        try:
            ok = self._capture.grab()
        except cv2.error:
            log.warning("Camera grab raised", exc_info=True)
            ok = False
        if ok:
            self._misses = 0
            return True
        self._missed()
        return False

    def _missed(self) -> None:
        self._misses += 1
        device = self._device()
        if self._misses >= self.max_misses or (device is not None and not device.exists()):
            self._state = CameraState.LOST

    def close(self) -> None:
        if self._capture is not None:
            self._capture.release()
        self._capture = None
        self._first_frame = None
        if self._state is CameraState.LIVE:
            self._state = CameraState.STOPPED


_SYSFS = Path("/sys/class/video4linux")


def _linux_cameras() -> list[CameraInfo]:
    cameras = []
    for node in _SYSFS.glob("video*"):
        match = re.fullmatch(r"video(\d+)", node.name)
        if match is None:
            continue
        try:
            # UVC webcams expose a second node for metadata; its "index" attribute is not 0.
            if (node / "index").read_text().strip() != "0":
                continue
            name = (node / "name").read_text().strip()
        except OSError:
            continue
        cameras.append(CameraInfo(int(match[1]), name))
    return sorted(cameras, key=lambda c: c.index)


def _probed_cameras(limit: int) -> list[CameraInfo]:
    cameras = []
    for index in range(limit):
        capture = cv2.VideoCapture(index)
        opened = capture.isOpened()
        capture.release()
        if not opened:
            break
        name = QCoreApplication.translate("CameraInfo", "Camera {number}").format(number=index + 1)
        cameras.append(CameraInfo(index, name))
    return cameras


def list_cameras(limit: int = 8) -> list[CameraInfo]:
    """The cameras a picker can offer.

    On Linux this reads sysfs and opens nothing, so it is instant. Elsewhere it opens indices
    0, 1, ... up to ``limit`` and stops at the first that fails (a second or so per camera).
    """
    if sys.platform.startswith("linux"):
        return _linux_cameras() if _SYSFS.is_dir() else []
    return _probed_cameras(limit)
