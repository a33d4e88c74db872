"""Choosing the scanning camera and its resolution, with a live preview to check it reads cards."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSize
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.scanning.controller import ScanController
from loyaltydesk.scanning.sources import (
    RESOLUTIONS,
    CameraChoice,
    CameraInfo,
    CameraSource,
    FrameSource,
    list_cameras,
)
from loyaltydesk.ui.widgets.camera_preview import CameraPreview


class CameraPickerDialog(QDialog):
    """Pick a camera index and resolution. ``choice()`` holds the answer; saving it is the
    caller's job. ``cameras`` defaults to ``list_cameras()``; ``source_factory`` (used for the
    live preview) defaults to a ``CameraSource``."""

    def __init__(
        self,
        current: CameraChoice | None = None,
        *,
        cameras: Sequence[CameraInfo] | None = None,
        source_factory: Callable[[CameraChoice], FrameSource] = CameraSource.from_choice,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose a camera"))
        self.setAccessibleName(self.tr("Choose a camera"))
        current = current or CameraChoice()
        cameras = list(list_cameras() if cameras is None else cameras)
        self._source_factory = source_factory

        self._camera_box = QComboBox()
        self._camera_box.setAccessibleName(self.tr("Camera"))
        for info in cameras:
            self._camera_box.addItem(
                self.tr("{name} (camera {number})").format(name=info.name, number=info.index + 1),
                info.index,
            )
        if current.index not in {info.index for info in cameras}:
            self._camera_box.addItem(
                self.tr("Camera {number} (not connected)").format(number=current.index + 1),
                current.index,
            )
        self._camera_box.setCurrentIndex(self._camera_box.findData(current.index))

        self._resolution_box = QComboBox()
        self._resolution_box.setAccessibleName(self.tr("Resolution"))
        resolutions = list(RESOLUTIONS)
        if (current.width, current.height) not in resolutions:
            resolutions.append((current.width, current.height))
        for width, height in resolutions:
            self._resolution_box.addItem(
                self.tr("{width} × {height}").format(width=width, height=height),
                QSize(width, height),
            )
        self._resolution_box.setCurrentIndex(
            self._resolution_box.findData(QSize(current.width, current.height))
        )

        self._preview = CameraPreview()
        self._preview.setMinimumSize(480, 270)
        self._controller = ScanController(self._preview_source, parent=self)
        self._preview.connect_to(self._controller)
        hint = QLabel(
            self.tr(
                "Hold a member card up to the camera: the picture flashes green when it is read."
            )
        )
        hint.setWordWrap(True)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Camera:"), self._camera_box)
        form.addRow(self.tr("&Resolution:"), self._resolution_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._preview, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)

        self._camera_box.currentIndexChanged.connect(self._restart_preview)
        self._resolution_box.currentIndexChanged.connect(self._restart_preview)

    @property
    def preview(self) -> CameraPreview:
        return self._preview

    @property
    def controller(self) -> ScanController:
        return self._controller

    def choice(self) -> CameraChoice:
        size: QSize = self._resolution_box.currentData()
        return CameraChoice(int(self._camera_box.currentData()), size.width(), size.height())

    @classmethod
    def pick(
        cls, current: CameraChoice | None = None, parent: QWidget | None = None
    ) -> CameraChoice | None:
        """Show the dialog; the choice, or None when cancelled."""
        dialog = cls(current, parent=parent)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.choice() if accepted else None
        finally:
            # done() has joined the preview's thread; the dialog does not linger as a hidden
            # child of the window (one more scan controller per F9) until the window goes.
            dialog.deleteLater()

    def _preview_source(self) -> FrameSource:
        return self._source_factory(self.choice())

    def _restart_preview(self) -> None:
        if self.isVisible():
            self._controller.stop()
            self._controller.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._controller.start()

    def done(self, result: int) -> None:
        self._controller.stop()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._controller.stop()
        super().closeEvent(event)
