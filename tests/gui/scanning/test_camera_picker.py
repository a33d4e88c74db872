"""CameraPickerDialog with a file standing in for the camera."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QDialog
from pytestqt.qtbot import QtBot

from loyaltydesk.scanning.file_source import FileSource
from loyaltydesk.scanning.sources import CameraChoice, CameraInfo, FrameSource
from loyaltydesk.scanning.states import CameraState
from loyaltydesk.ui.dialogs.camera_picker import CameraPickerDialog
from tests.support.frames import SyntheticFrame

TIMEOUT = 20_000
CAMERAS = [CameraInfo(0, "Integrated Camera"), CameraInfo(2, "USB Webcam C270")]


class Factory:
    """Hands out a looping file source and remembers which choices asked for one."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.choices: list[CameraChoice] = []

    def __call__(self, choice: CameraChoice) -> FrameSource:
        self.choices.append(choice)
        return FileSource(self.folder, loop=True, fps=20)


def _dialog(
    qtbot: QtBot,
    folder: Path,
    current: CameraChoice | None = None,
    cameras: list[CameraInfo] = CAMERAS,
) -> tuple[CameraPickerDialog, Factory]:
    factory = Factory(folder)
    dialog = CameraPickerDialog(current, cameras=cameras, source_factory=factory)
    qtbot.addWidget(dialog)
    return dialog, factory


def test_live_preview_reads_a_card_and_returns_the_choice(
    qtbot: QtBot, artifacts: Path, member_folder: Path, member: SyntheticFrame
) -> None:
    dialog, factory = _dialog(qtbot, member_folder, CameraChoice(2, 1280, 720))
    assert dialog.choice() == CameraChoice(2, 1280, 720)
    with qtbot.waitSignal(dialog.controller.code_scanned, timeout=TIMEOUT):
        dialog.show()
    qtbot.waitUntil(dialog.preview.has_picture, timeout=TIMEOUT)
    dialog.grab().save(str(artifacts / "camera_picker_live.png"))
    assert factory.choices == [CameraChoice(2, 1280, 720)]

    resolution = dialog.findChildren(QComboBox)[1]
    with qtbot.waitSignal(dialog.controller.code_scanned, timeout=TIMEOUT):
        resolution.setCurrentIndex(resolution.findData(QSize(640, 480)))
    assert factory.choices[-1] == CameraChoice(2, 640, 480)

    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.choice() == CameraChoice(2, 640, 480)
    assert not dialog.controller.is_running


def test_cancel_stops_the_preview(qtbot: QtBot, member_folder: Path) -> None:
    dialog, _ = _dialog(qtbot, member_folder)
    with qtbot.waitSignal(dialog.controller.state_changed, timeout=TIMEOUT):
        dialog.show()
    dialog.reject()
    assert not dialog.controller.is_running
    assert dialog.controller.state is CameraState.STOPPED


def test_a_saved_camera_that_is_not_connected_is_still_offered(
    qtbot: QtBot, artifacts: Path, member_folder: Path
) -> None:
    dialog, _ = _dialog(qtbot, member_folder, CameraChoice(5, 1024, 768), cameras=[])
    camera_box, resolution_box = dialog.findChildren(QComboBox)
    assert camera_box.count() == 1
    assert "not connected" in camera_box.currentText()
    assert resolution_box.currentData() == QSize(1024, 768)
    assert dialog.choice() == CameraChoice(5, 1024, 768)
    dialog.show()
    qtbot.waitUntil(dialog.preview.has_picture, timeout=TIMEOUT)
    dialog.grab().save(str(artifacts / "camera_picker_not_connected.png"))
    dialog.close()
    assert not dialog.controller.is_running


def test_camera_without_picture_shows_why(qtbot: QtBot, artifacts: Path, tmp_path: Path) -> None:
    dialog, _ = _dialog(qtbot, tmp_path / "nothing-here")
    with qtbot.waitSignal(
        dialog.controller.state_changed, check_params_cb=lambda s, m: s.is_failure, timeout=TIMEOUT
    ):
        dialog.show()
    qtbot.waitUntil(lambda: dialog.preview.state is CameraState.NO_CAMERA, timeout=TIMEOUT)
    dialog.grab().save(str(artifacts / "camera_picker_no_camera.png"))
    assert not dialog.preview.has_picture()
    assert dialog.preview.accessibleDescription() == CameraState.NO_CAMERA.message()
    dialog.reject()


def test_pick_returns_none_when_cancelled_and_the_choice_when_accepted(qtbot: QtBot) -> None:
    """The real entry point, with whatever cameras this machine has (usually none in CI)."""

    def answer(accept: bool) -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CameraPickerDialog)
        dialog.accept() if accept else dialog.reject()

    QTimer.singleShot(200, lambda: answer(False))
    assert CameraPickerDialog.pick(CameraChoice(0, 640, 480)) is None
    QTimer.singleShot(200, lambda: answer(True))
    assert CameraPickerDialog.pick(CameraChoice(0, 640, 480)) == CameraChoice(0, 640, 480)
