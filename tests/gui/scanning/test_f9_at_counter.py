"""F9 at a signed-in counter: the camera picker with real camera probing (this machine has no
camera: the probe finds none and the preview's source fails to open, which must be safe), left
with Esc (or Enter, which turns the counter's camera on), then the window closed and a new one
opened, round after round.

The normal run does a few rounds; ``F9_ROUNDS`` asks for more (test_f9_stress.py runs many
in a process of its own, so that a crash cannot take the test run down with it).
"""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox

from loyaltydesk.scanning.states import CameraState
from loyaltydesk.ui.dialogs.camera_picker import CameraPickerDialog
from tests.gui.helpers import open_window, press, sign_in

TIMEOUT_MS = 15_000
POLL_MS = 20
ROUNDS = int(os.environ.get("F9_ROUNDS", "3"))


def press_f9_then(qtbot, window, key: Qt.Key, resolution_changes: int = 0) -> list[CameraState]:
    """F9 at the counter; once the picker is up, has the focus and its preview has tried the
    camera, change the resolution ``resolution_changes`` times (each restarts the preview)
    and press ``key``. The preview's state then (none if the picker never came up)."""
    seen: list[CameraState] = []
    left = [TIMEOUT_MS // POLL_MS]
    timer = QTimer()
    timer.setInterval(POLL_MS)

    def poll() -> None:
        left[0] -= 1
        dialog = QApplication.activeModalWidget()
        tried = isinstance(dialog, CameraPickerDialog) and dialog.controller.state not in (
            CameraState.STOPPED,
            CameraState.STARTING,
        )
        if tried and dialog.isActiveWindow() and dialog.focusWidget() is not None:
            timer.stop()
            seen.append(dialog.controller.state)
            resolution = dialog.findChildren(QComboBox)[1]
            for _ in range(resolution_changes):
                qtbot.keyClick(resolution, Qt.Key.Key_Down)
            qtbot.keyClick(dialog.focusWidget(), key)
        elif left[0] <= 0:
            timer.stop()
            if isinstance(dialog, CameraPickerDialog):
                dialog.reject()  # the caller reports the failure; never hang

    window.activateWindow()  # offscreen, a closed dialog can leave no window active
    qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT_MS)
    timer.timeout.connect(poll)
    timer.start()
    press(qtbot, window.counter.scan, Qt.Key.Key_F9)
    timer.stop()
    return seen


def f9_round(qtbot, qapp, services, db_path, tmp_path, key: Qt.Key, changes: int) -> None:
    window = open_window(qtbot, qapp, services, db_path, tmp_path)
    sign_in(qtbot, window, "0000")
    seen = press_f9_then(qtbot, window, key, changes)
    assert seen, "the camera picker never came up, or its preview never tried the camera"
    assert seen[0] is not CameraState.LIVE
    assert QApplication.activeModalWidget() is None
    assert not window.findChildren(CameraPickerDialog) or all(
        not d.isVisible() for d in window.findChildren(CameraPickerDialog)
    )
    controller = window.camera.controller
    if controller is not None:  # Enter turned the counter's camera on: it tries, and fails
        qtbot.waitUntil(
            lambda: controller.state not in (CameraState.STOPPED, CameraState.STARTING),
            timeout=TIMEOUT_MS,
        )
    window.close()
    assert window.camera.controller is None


@pytest.mark.parametrize("round_", range(ROUNDS))
def test_f9_probe_escape_close_then_a_new_window(
    qtbot, qapp, real_services, db_path, tmp_path, round_
) -> None:
    f9_round(qtbot, qapp, real_services, db_path, tmp_path / f"w{round_}", Qt.Key.Key_Escape, 0)


@pytest.mark.parametrize("round_", range(max(1, ROUNDS // 2)))
def test_f9_change_resolution_enter_close_then_a_new_window(
    qtbot, qapp, real_services, db_path, tmp_path, round_
) -> None:
    f9_round(qtbot, qapp, real_services, db_path, tmp_path / f"e{round_}", Qt.Key.Key_Return, 2)


def test_a_second_f9_in_one_window_leaves_no_picker_behind(
    qtbot, qapp, real_services, db_path, tmp_path
) -> None:
    window = open_window(qtbot, qapp, real_services, db_path, tmp_path)
    sign_in(qtbot, window, "0000")
    for _ in range(2):
        assert press_f9_then(qtbot, window, Qt.Key.Key_Escape)
        QApplication.sendPostedEvents(None, 0)  # deferred deletes
        QApplication.processEvents()
    assert window.findChildren(CameraPickerDialog) == []


def test_f9_while_the_counter_scans_from_a_file_then_escape_twice(
    qtbot, qapp, real_services, db_path, tmp_path, member_folder
) -> None:
    """The counter's camera is live (a file stands in): F9 stops it for the picker, Esc starts
    it again; twice, then the window goes with the camera running."""
    window = open_window(
        qtbot, qapp, real_services, db_path, tmp_path, camera_file=str(member_folder)
    )
    sign_in(qtbot, window, "0000")
    for _ in range(2):
        qtbot.waitUntil(lambda: window.camera.preview.state is CameraState.LIVE, timeout=TIMEOUT_MS)
        assert press_f9_then(qtbot, window, Qt.Key.Key_Escape, 2)
    qtbot.waitUntil(lambda: window.camera.preview.state is CameraState.LIVE, timeout=TIMEOUT_MS)
    window.close()
    assert window.camera.controller is None
