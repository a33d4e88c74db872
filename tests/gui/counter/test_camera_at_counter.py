"""A member card held up to the camera reaches the counter without anyone typing."""

from __future__ import annotations

import uuid

import cv2
import numpy as np

from loyaltydesk.domain.qr_payload import member_payload
from loyaltydesk.domain.staff import Actor, Role
from tests.gui.helpers import open_window, screenshot, settle, sign_in
from tests.support.frames import background, code_image

OWNER = Actor(1, "Olive Owner", Role.OWNER, "Till 1")


def _frames_showing(folder, payload: str, count: int = 6) -> None:
    """1280x720 frames of a cluttered counter with the card held in the middle."""
    folder.mkdir()
    rng = np.random.default_rng(3)
    code = code_image("QR_CODE", payload)
    for index in range(count):
        frame = background(rng)
        h, w = code.shape
        top, left = (720 - h) // 2, (1280 - w) // 2
        frame[top : top + h, left : left + w] = cv2.cvtColor(code, cv2.COLOR_GRAY2BGR)
        cv2.imwrite(str(folder / f"frame-{index:02d}.png"), frame)


def test_camera_file_scans_a_member_into_the_card(
    qtbot, qapp, real_services, db_path, tmp_path
) -> None:
    card = real_services.customers.register(
        actor=OWNER, ref_code="reg-cam", phone="+60123456789", name="Camera Customer"
    )
    frames = tmp_path / "frames"
    _frames_showing(frames, member_payload(uuid.UUID(card.customer_id)))
    window = open_window(qtbot, qapp, real_services, db_path, tmp_path, camera_file=str(frames))
    assert window.camera.enabled
    sign_in(qtbot, window, "0000")
    qtbot.waitUntil(lambda: window.counter.state == "customer", timeout=20_000)
    settle(qtbot, window)
    assert window.counter.card_view.name.full_text() == "Camera Customer"
    assert window.status.camera.text() == "Camera: scanning"
    window.counter.reset()
    qtbot.wait(100)  # let the layout settle before the picture
    screenshot(window, "17-counter-idle-with-camera")


def test_without_a_camera_the_counter_works_by_keyboard(qtbot, window) -> None:
    assert not window.camera.enabled
    assert window.status.camera.text() == "Camera: off"
    assert not window.camera.preview.isVisible()
