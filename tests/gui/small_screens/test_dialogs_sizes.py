"""First start and every dialog the counter opens (F1, F8, F9, F10), at 1024x768 and 1366x768:
no button, field or field label cut, and no dialog taller or wider than the window.

The camera picker (F9) is opened here with named cameras and a source without pictures, as
tests/gui/scanning does: F9 itself would probe this machine's real cameras, and a window torn
down after that was seen to crash the next test (reported to the lead)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from loyaltydesk.scanning.file_source import FileSource
from loyaltydesk.scanning.sources import CameraChoice, CameraInfo
from loyaltydesk.scanning.states import CameraState
from loyaltydesk.ui.dialogs.camera_picker import CameraPickerDialog
from loyaltydesk.ui.dialogs.help_overlay import HelpOverlay
from loyaltydesk.ui.dialogs.owner_pin import OwnerPinDialog
from loyaltydesk.ui.dialogs.void_dialog import VoidDialog
from tests.gui.helpers import look_up, open_window, press, screenshot, settle, sign_in, type_text
from tests.gui.layout_checks import assert_nothing_cut
from tests.gui.small_screens.steps import SIZES, look_at_modal, shop_with_rewards, sized

DIALOG_SIZES = ["1024x768", "1366x768"]
KEYS = {
    "help": (Qt.Key.Key_F1, HelpOverlay),
    "void": (Qt.Key.Key_F8, VoidDialog),
    "owner-pin": (Qt.Key.Key_F10, OwnerPinDialog),
}


@pytest.mark.parametrize("size", list(SIZES))
def test_first_start_fits(qtbot, qapp, empty_services, empty_db, tmp_path, size) -> None:
    window = open_window(qtbot, qapp, empty_services, empty_db, tmp_path)
    qtbot.waitUntil(lambda: window.first_start.page is not None, timeout=15_000)
    sized(qtbot, window, SIZES[size])
    settle(qtbot, window)
    screenshot(window, f"small-first-start-{size}")
    assert_nothing_cut(window, f"first start at {size}")


@pytest.mark.parametrize("size", DIALOG_SIZES)
@pytest.mark.parametrize("dialog", list(KEYS))
def test_counter_dialog_fits(qtbot, window, real_services, dialog, size) -> None:
    code = shop_with_rewards(real_services)
    sized(qtbot, window, SIZES[size])
    sign_in(qtbot, window, "0000")
    look_up(qtbot, window, code)
    type_text(qtbot, window.counter.actions.amount, "12.50")
    press(qtbot, window.counter.actions.amount, Qt.Key.Key_Return)
    settle(qtbot, window)
    key, kind = KEYS[dialog]
    seen = look_at_modal(
        qtbot, lambda: press(qtbot, None, key), f"small-dialog-{dialog}-{size}", kind
    )
    assert not seen.cuts, f"{dialog} at {size}:\n" + "\n".join(f"  {c}" for c in seen.cuts)
    assert seen.size.width() <= window.width(), seen.size
    assert seen.size.height() <= window.height(), seen.size


@pytest.mark.parametrize("size", DIALOG_SIZES)
def test_camera_picker_fits(qtbot, window, tmp_path: Path, size) -> None:
    sized(qtbot, window, SIZES[size])
    cameras = [CameraInfo(0, "Integrated Camera"), CameraInfo(2, "USB Webcam C270 HD")]
    dialog = CameraPickerDialog(
        CameraChoice(2, 1280, 720),
        cameras=cameras,
        source_factory=lambda _choice: FileSource(tmp_path / "no-frames", loop=True, fps=20),
        parent=window,
    )
    dialog.show()
    qtbot.waitUntil(lambda: dialog.preview.state is CameraState.NO_CAMERA, timeout=20_000)
    screenshot(dialog, f"small-dialog-camera-{size}")
    try:
        assert_nothing_cut(dialog, f"camera picker at {size}")
        assert dialog.frameGeometry().height() <= window.height()
        assert dialog.frameGeometry().width() <= window.width()
    finally:
        dialog.reject()
