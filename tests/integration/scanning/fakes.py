"""A scripted camera for the loss-and-recovery tests: the real one is hardware."""

from __future__ import annotations

import numpy as np

from loyaltydesk.scanning.sources import FrameSource
from loyaltydesk.scanning.states import CameraState, FrameSourceError


class ScriptedCamera(FrameSource):
    """Delivers ``frame`` ``good_reads`` times, then is lost; the next ``failed_opens`` opens fail
    with ``NO_CAMERA`` (unplugged), after which it works again and never fails any more."""

    def __init__(self, frame: np.ndarray, good_reads: int, failed_opens: int) -> None:
        super().__init__()
        self.frame = frame
        self.good_reads = good_reads
        self.failed_opens = failed_opens
        self.opens = 0
        self.closes = 0
        self.reads = 0
        self._lost_once = False

    @property
    def description(self) -> str:
        return "scripted camera"

    def open(self) -> None:
        self.opens += 1
        if self._lost_once and self.failed_opens > 0:
            self.failed_opens -= 1
            self._state = CameraState.NO_CAMERA
            raise FrameSourceError(CameraState.NO_CAMERA, "unplugged")
        self._state = CameraState.LIVE

    def read(self) -> np.ndarray | None:
        if self._state is not CameraState.LIVE:
            return None
        self.reads += 1
        if not self._lost_once and self.reads > self.good_reads:
            self._lost_once = True
            self._state = CameraState.LOST
            return None
        return self.frame

    def close(self) -> None:
        self.closes += 1
        if self._state is CameraState.LIVE:
            self._state = CameraState.STOPPED
