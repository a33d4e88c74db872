"""What a frame source is doing, and the words the cashier sees for it."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication


class CameraState(StrEnum):
    STARTING = "starting"
    LIVE = "live"
    PAUSED = "paused"
    NO_CAMERA = "no_camera"
    """No device at that index (never plugged in, or unplugged), or no such file."""
    BUSY = "busy"
    """The device exists but another program holds it."""
    PERMISSION_DENIED = "permission_denied"
    UNAVAILABLE = "unavailable"
    """Opening failed and the platform does not say why."""
    LOST = "lost"
    """It was delivering frames and stopped; reconnecting."""
    ENDED = "ended"
    """A video or image folder played to its end (no looping)."""
    STOPPED = "stopped"

    @property
    def is_failure(self) -> bool:
        return self in _FAILURES

    def message(self) -> str:
        """A sentence for the cashier, translated."""
        return _message(self)


_FAILURES = frozenset(
    {
        CameraState.NO_CAMERA,
        CameraState.BUSY,
        CameraState.PERMISSION_DENIED,
        CameraState.UNAVAILABLE,
        CameraState.LOST,
    }
)


def _message(state: CameraState) -> str:
    # Literal strings in each translate() call, so that pyside6-lupdate can extract them.
    match state:
        case CameraState.STARTING:
            return QCoreApplication.translate("CameraState", "Starting the camera…")
        case CameraState.LIVE:
            return QCoreApplication.translate(
                "CameraState", "Hold a card or phone up to the camera"
            )
        case CameraState.PAUSED:
            return QCoreApplication.translate("CameraState", "Scanning is paused")
        case CameraState.NO_CAMERA:
            return QCoreApplication.translate(
                "CameraState", "No camera found. Plug one in or choose another camera."
            )
        case CameraState.BUSY:
            return QCoreApplication.translate(
                "CameraState", "The camera is in use by another program. Close it to scan here."
            )
        case CameraState.PERMISSION_DENIED:
            return QCoreApplication.translate(
                "CameraState", "Camera access is blocked. Allow it in the system settings."
            )
        case CameraState.UNAVAILABLE:
            return QCoreApplication.translate(
                "CameraState", "Cannot start the camera: close other camera apps, check access."
            )
        case CameraState.LOST:
            return QCoreApplication.translate(
                "CameraState", "The camera stopped responding. Reconnecting…"
            )
        case CameraState.ENDED:
            return QCoreApplication.translate("CameraState", "The video has ended")
        case CameraState.STOPPED:
            return QCoreApplication.translate("CameraState", "The camera is off")


class FrameSourceError(Exception):
    """A frame source cannot deliver frames; ``state`` says why."""

    def __init__(self, state: CameraState, detail: str = "") -> None:
        super().__init__(f"{state}: {detail}" if detail else str(state))
        self.state = state
        self.detail = detail
