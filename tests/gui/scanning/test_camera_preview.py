"""CameraPreview: picture with outlines, state in words, the scan flash. Screenshots go to
tests/artifacts/ for a human to look at."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage, QPolygonF
from pytestqt.qtbot import QtBot

from loyaltydesk.scanning.decoder import decode_frame
from loyaltydesk.scanning.states import CameraState
from loyaltydesk.scanning.worker import code_outlines, frame_to_qimage
from loyaltydesk.ui.widgets.camera_preview import CameraPreview
from tests.support.frames import SyntheticFrame


def _greenish(color: QColor) -> bool:
    return color.green() > 150 and color.red() < 120 and color.blue() < 140


def _preview(qtbot: QtBot, width: int = 640, height: int = 400) -> CameraPreview:
    preview = CameraPreview()
    qtbot.addWidget(preview)
    preview.resize(width, height)
    preview.show()
    qtbot.waitExposed(preview)
    return preview


def test_accessible_name_and_initial_words(qtbot: QtBot, artifacts: Path) -> None:
    preview = _preview(qtbot)
    assert preview.accessibleName() == "Camera preview"
    assert not preview.has_picture()
    assert preview.accessibleDescription() == CameraState.STOPPED.message()
    preview.grab().save(str(artifacts / "preview_stopped.png"))


def _grey(frame: SyntheticFrame) -> np.ndarray:
    """The frame without colour, so that only the outlines are green."""
    return cv2.cvtColor(cv2.cvtColor(frame.image, cv2.COLOR_BGR2GRAY), cv2.COLOR_GRAY2BGR)


def _green_pixels(shot: QImage) -> int:
    return sum(
        _greenish(shot.pixelColor(x, y))
        for x in range(0, shot.width(), 2)
        for y in range(0, shot.height(), 2)
    )


def test_frame_is_letterboxed_and_codes_outlined(
    qtbot: QtBot, artifacts: Path, member: SyntheticFrame
) -> None:
    preview = _preview(qtbot)  # 640x400 is taller than 16:9: bands above and below
    preview.set_state(CameraState.LIVE, CameraState.LIVE.message())
    preview.set_outlines(code_outlines(decode_frame(member.image)))
    preview.set_frame(frame_to_qimage(member.image))
    assert preview.has_picture()
    preview.grab().save(str(artifacts / "preview_live_with_outline.png"))
    preview.set_outlines(code_outlines(decode_frame(member.image)))
    preview.set_frame(frame_to_qimage(_grey(member)))
    shot = preview.grab().toImage()
    band = (400 - 360) // 2
    assert shot.pixelColor(320, band // 2) == QColor(28, 28, 30)
    assert shot.pixelColor(320, 400 - band // 2) == QColor(28, 28, 30)
    assert shot.pixelColor(320, 200) != QColor(28, 28, 30)
    assert _green_pixels(shot) > 100, "the found code is outlined in green"


def test_outlines_only_belong_to_their_frame(qtbot: QtBot, member: SyntheticFrame) -> None:
    preview = _preview(qtbot)
    preview.set_state(CameraState.LIVE, "")
    square = QPolygonF([QPointF(0, 0), QPointF(100, 0), QPointF(100, 100), QPointF(0, 100)])
    preview.set_outlines([square])
    preview.set_frame(frame_to_qimage(_grey(member)))
    assert _green_pixels(preview.grab().toImage()) > 20
    preview.set_frame(frame_to_qimage(_grey(member)))  # a next frame, no codes announced
    assert _green_pixels(preview.grab().toImage()) == 0


def test_no_picture_shows_the_state_in_words(
    qtbot: QtBot, artifacts: Path, member: SyntheticFrame
) -> None:
    preview = _preview(qtbot)
    preview.set_state(CameraState.LIVE, "")
    preview.set_frame(frame_to_qimage(member.image))
    message = CameraState.NO_CAMERA.message()
    preview.set_state(CameraState.NO_CAMERA, message)
    assert not preview.has_picture()
    assert preview.accessibleDescription() == message
    shot = preview.grab().toImage()
    shot.save(str(artifacts / "preview_no_camera.png"))
    light = sum(
        shot.pixelColor(x, y).lightness() > 150 for x in range(0, 640, 2) for y in range(0, 400, 2)
    )
    assert light > 50, "the message is drawn"


def test_narrow_preview_wraps_the_message(qtbot: QtBot, artifacts: Path) -> None:
    preview = _preview(qtbot, 240, 240)
    preview.set_state(CameraState.BUSY, CameraState.BUSY.message())
    shot = preview.grab().toImage()
    shot.save(str(artifacts / "preview_busy_narrow.png"))
    inked = [
        (x, y) for x in range(240) for y in range(240) if shot.pixelColor(x, y).lightness() > 150
    ]
    assert inked, "the message is drawn"
    rows = {y for _, y in inked}
    columns = {x for x, _ in inked}
    assert max(rows) - min(rows) > 2 * preview.fontMetrics().height(), "on several lines"
    assert min(columns) >= 12, "inside the margin, not cut at the edge"
    assert max(columns) < 240 - 12, "inside the margin, not cut at the edge"


def test_scan_flash_is_green_and_fades(
    qtbot: QtBot, artifacts: Path, member: SyntheticFrame
) -> None:
    preview = _preview(qtbot)
    preview.set_state(CameraState.LIVE, "")
    preview.set_frame(frame_to_qimage(member.image))
    preview.flash()
    shot = preview.grab().toImage()
    shot.save(str(artifacts / "preview_flash.png"))
    assert _greenish(shot.pixelColor(2, 200))
    qtbot.waitUntil(
        lambda: not _greenish(preview.grab().toImage().pixelColor(2, 200)), timeout=10_000
    )


def test_qimage_from_a_grey_frame(qtbot: QtBot, member: SyntheticFrame) -> None:
    preview = _preview(qtbot)
    grey = member.image[:, :, 1].copy()
    image = frame_to_qimage(grey)
    assert image.format() == QImage.Format.Format_Grayscale8
    preview.set_state(CameraState.LIVE, "")
    preview.set_frame(image)
    assert preview.has_picture()
