"""Frames from disk instead of a webcam: for tests, demos and ``loyaltydesk --camera-file PATH``."""

from __future__ import annotations

import logging
import time
from pathlib import Path

import cv2
import numpy as np

from loyaltydesk.scanning.images import IMAGE_SUFFIXES, ImageReadError, read_image
from loyaltydesk.scanning.sources import FrameSource
from loyaltydesk.scanning.states import CameraState, FrameSourceError

log = logging.getLogger(__name__)


class FileSource(FrameSource):
    """A video file, a folder of images (in name order) or a single image, played like a camera.

    With ``loop`` it starts over at the end, otherwise its state becomes ``ENDED``. With ``fps``
    ``read`` waits so frames come no faster than that; without, as fast as they can be read.
    """

    def __init__(self, path: Path | str, *, loop: bool = False, fps: float | None = None) -> None:
        super().__init__()
        self.path = Path(path)
        self.loop = loop
        self.fps = fps
        self._images: list[Path] = []
        self._position = 0
        self._video: cv2.VideoCapture | None = None
        self._next_due = 0.0

    @property
    def description(self) -> str:
        return f"file {self.path.name}"

    def open(self) -> None:
        self.close()
        if not self.path.exists():
            self._state = CameraState.NO_CAMERA
            raise FrameSourceError(self._state, f"{self.path} does not exist")
        if self.path.is_dir():
            self._images = sorted(
                p for p in self.path.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES
            )
            if not self._images:
                self._state = CameraState.UNAVAILABLE
                raise FrameSourceError(self._state, f"no images in {self.path}")
        elif self.path.suffix.lower() in IMAGE_SUFFIXES:
            self._images = [self.path]
        else:
            self._video = cv2.VideoCapture(str(self.path))
            if not self._video.isOpened():
                self.close()
                self._state = CameraState.UNAVAILABLE
                raise FrameSourceError(self._state, f"{self.path} is not a video OpenCV can read")
        self._position = 0
        self._next_due = time.monotonic()
        self._state = CameraState.LIVE

    def _pace(self) -> None:
        if not self.fps:
            return
        now = time.monotonic()
        if now < self._next_due:
            time.sleep(self._next_due - now)
        self._next_due = max(self._next_due, now) + 1.0 / self.fps

    def _next_image(self) -> np.ndarray | None:
        while self._position < len(self._images):
            path = self._images[self._position]
            self._position += 1
            try:
                return read_image(path)
            except ImageReadError:
                log.warning("Skipping an unreadable image in the frame folder")
        return None

    def _next(self) -> np.ndarray | None:
        if self._video is not None:
            ok, frame = self._video.read()
            return frame if ok else None
        return self._next_image()

    def _rewind(self) -> None:
        self._position = 0
        if self._video is not None:
            self._video.release()
            self._video = cv2.VideoCapture(str(self.path))

    def read(self) -> np.ndarray | None:
        if self._state is not CameraState.LIVE:
            return None
        self._pace()
        frame = self._next()
        if frame is None and self.loop:
            self._rewind()
            frame = self._next()
        if frame is None:
            self._state = CameraState.ENDED
        return frame

    def skip(self) -> bool:
        """The next frame, not converted to an image: a video's is ``grab``bed (not colour
        converted), an image folder's not read, as a webcam skips a frame's JPEG."""
        if self._state is not CameraState.LIVE:
            return False
        self._pace()
        if self._video is not None:
            if self._video.grab():
                return True
            if self.loop:
                self._rewind()
                if self._video.grab():
                    return True
        elif self._position < len(self._images):
            self._position += 1
            return True
        elif self.loop and self._images:
            self._position = 1
            return True
        self._state = CameraState.ENDED
        return False

    def close(self) -> None:
        if self._video is not None:
            self._video.release()
        self._video = None
        self._images = []
        if self._state is CameraState.LIVE:
            self._state = CameraState.STOPPED
