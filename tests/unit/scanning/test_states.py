"""Camera states: every one has words for the cashier; failures are marked as such."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtGui import QImage

from loyaltydesk.scanning.states import CameraState, FrameSourceError
from loyaltydesk.scanning.worker import frame_to_qimage, preview_frame


@pytest.mark.parametrize("state", list(CameraState))
def test_every_state_has_a_message(state: CameraState) -> None:
    assert state.message().strip()


def test_failures() -> None:
    failing = {s for s in CameraState if s.is_failure}
    assert failing == {
        CameraState.NO_CAMERA,
        CameraState.BUSY,
        CameraState.PERMISSION_DENIED,
        CameraState.UNAVAILABLE,
        CameraState.LOST,
    }


def test_frame_source_error_carries_its_state() -> None:
    error = FrameSourceError(CameraState.BUSY, "device busy")
    assert error.state is CameraState.BUSY
    assert "device busy" in str(error)


def test_frame_to_qimage_keeps_colours_and_owns_its_pixels() -> None:
    frame = np.zeros((4, 6, 3), np.uint8)
    frame[:, :] = (255, 0, 0)  # blue in BGR
    image = frame_to_qimage(frame[:, ::1])
    frame[:, :] = 0
    assert image.size().width() == 6
    assert image.format() == QImage.Format.Format_BGR888
    assert image.pixelColor(2, 2).blue() == 255
    assert image.pixelColor(2, 2).red() == 0


def test_preview_frame_shrinks_to_fit_and_never_enlarges() -> None:
    frame = np.zeros((720, 1280, 3), np.uint8)
    small, scale = preview_frame(frame, 640, 640)
    assert small.shape == (360, 640, 3)
    assert scale == 0.5
    same, scale = preview_frame(frame, 4000, 4000)
    assert same is frame
    assert scale == 1.0
