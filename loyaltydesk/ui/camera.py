"""The counter's webcam: which camera, its preview, its state, and codes into the scan path.

Scanning pauses whenever another window (a dialog) has the focus and resumes when the main
window has it again, so a card held up while a dialog is open is not acted on behind it.
OpenCV and zxing-cpp are imported when the camera starts, not with this module: a till with
the camera off never loads them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import QApplication, QWidget

from loyaltydesk.scanning.controller import ScanController
from loyaltydesk.scanning.states import CameraState
from loyaltydesk.ui.preferences import (
    CAMERA_ENABLED,
    CAMERA_HEIGHT,
    CAMERA_INDEX,
    CAMERA_WIDTH,
    SCAN_SOUND,
    Preferences,
)
from loyaltydesk.ui.widgets.camera_preview import CameraPreview

if TYPE_CHECKING:
    from loyaltydesk.scanning.sources import CameraChoice


class CounterCamera(QObject):
    """``scanned(text)`` for each confirmed code; ``status_changed(text)`` for the status bar."""

    scanned = Signal(str)
    status_changed = Signal(str)

    def __init__(
        self,
        window: QWidget,
        prefs: Preferences,
        *,
        camera_file: str | None = None,
        accepts: Callable[[], bool] = lambda: True,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._prefs = prefs
        self._camera_file = camera_file
        self._accepts = accepts
        self.preview = CameraPreview()
        self.preview.setMinimumSize(QSize(320, 180))
        self.preview.setMaximumSize(QSize(480, 270))
        self.controller: ScanController | None = None
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self._on_focus_window)

    @property
    def enabled(self) -> bool:
        return self._camera_file is not None or bool(self._prefs.get(CAMERA_ENABLED))

    def choice(self) -> CameraChoice:
        from loyaltydesk.scanning.sources import CameraChoice

        return CameraChoice(
            int(self._prefs.get(CAMERA_INDEX)),
            int(self._prefs.get(CAMERA_WIDTH)),
            int(self._prefs.get(CAMERA_HEIGHT)),
        )

    def start(self) -> None:
        """Start (or restart) scanning with the chosen camera, or the camera file."""
        self.stop()
        if not self.enabled:
            self.preview.hide()
            self.status_changed.emit(self.tr("Camera: off"))
            return
        if self._camera_file is not None:
            from loyaltydesk.scanning.file_source import FileSource

            path = self._camera_file
            factory = lambda: FileSource(path, loop=True, fps=30)  # noqa: E731
        else:
            from loyaltydesk.scanning.sources import CameraSource

            choice = self.choice()
            factory = lambda: CameraSource.from_choice(choice)  # noqa: E731
        self.controller = ScanController(factory, parent=self)
        self.preview.connect_to(self.controller)
        self.controller.code_scanned.connect(self._on_code)
        self.controller.state_changed.connect(self._on_state)
        self.preview.show()
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller.deleteLater()
            self.controller = None

    def choose(self) -> None:
        """The camera picker; a choice is saved for this till and scanning restarts with it."""
        from loyaltydesk.ui.dialogs.camera_picker import CameraPickerDialog

        self.stop()
        picked = CameraPickerDialog.pick(self.choice(), self._window)
        if picked is not None:
            self._prefs.set(CAMERA_INDEX, picked.index)
            self._prefs.set(CAMERA_WIDTH, picked.width)
            self._prefs.set(CAMERA_HEIGHT, picked.height)
            self._prefs.set(CAMERA_ENABLED, True)
        self.start()

    def _on_code(self, text: str) -> None:
        if not self._accepts():
            return
        if self._prefs.get(SCAN_SOUND):
            QApplication.beep()
        self.scanned.emit(text)

    def _on_state(self, state: CameraState, message: str) -> None:
        if state is CameraState.LIVE:
            self.status_changed.emit(self.tr("Camera: scanning"))
        elif state is CameraState.PAUSED:
            self.status_changed.emit(self.tr("Camera: paused"))
        else:
            self.status_changed.emit(self.tr("Camera: %1").replace("%1", message))

    def _on_focus_window(self, focus: QWindow | None) -> None:
        if self.controller is None:
            return
        if focus is not None and focus is self._window.windowHandle():
            self.controller.resume()
        elif focus is not None:
            self.controller.pause()
