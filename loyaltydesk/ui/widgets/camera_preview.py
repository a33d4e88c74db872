"""A live camera picture with the codes it found outlined, and the camera's state in words."""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QRectF, QSize, Qt, QVariantAnimation, Slot
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from loyaltydesk.scanning.controller import ScanController
from loyaltydesk.scanning.states import CameraState

_BACKGROUND = QColor(28, 28, 30)
_TEXT = QColor(230, 230, 230)
_FOUND = QColor(52, 199, 89)
_HALO = QColor(0, 0, 0, 150)


class CameraPreview(QWidget):
    """Shows the latest frame scaled to fit (aspect ratio kept), outlines found codes in green,
    and flashes a green frame when a scan counts. Without a picture it says why in words."""

    FLASH_MS = 450

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Camera preview"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 90)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._image: QImage | None = None
        self._outlines: list[QPolygonF] = []
        self._next_outlines: list[QPolygonF] = []
        self._controller: ScanController | None = None
        self._state = CameraState.STOPPED
        self._message = CameraState.STOPPED.message()
        self.setAccessibleDescription(self._message)
        self._flash = QVariantAnimation(self)
        self._flash.setStartValue(1.0)
        self._flash.setEndValue(0.0)
        self._flash.setDuration(self.FLASH_MS)
        self._flash.setEasingCurve(QEasingCurve.Type.InQuad)
        self._flash.valueChanged.connect(self._repaint_flash)
        self._flash.finished.connect(self.update)

    def connect_to(self, controller: ScanController) -> None:
        """Follow a scan controller: its frames, outlines, state and scans."""
        self._controller = controller
        self._request_preview_size()
        controller.frame_captured.connect(self.set_frame)
        controller.codes_located.connect(self.set_outlines)
        controller.state_changed.connect(self.set_state)
        controller.code_scanned.connect(self.flash)

    @property
    def state(self) -> CameraState:
        return self._state

    def has_picture(self) -> bool:
        return self._image is not None

    def sizeHint(self) -> QSize:
        return QSize(640, 360)

    def _request_preview_size(self) -> None:
        if self._controller is not None:
            ratio = self.devicePixelRatioF()
            self._controller.set_preview_size(
                QSize(round(self.width() * ratio), round(self.height() * ratio))
            )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._request_preview_size()

    @Slot(QImage)
    def set_frame(self, image: QImage) -> None:
        self._image = image
        self._outlines = self._next_outlines
        self._next_outlines = []
        self.update()

    @Slot(list)
    def set_outlines(self, outlines: list[QPolygonF]) -> None:
        """Outlines (frame pixels) for the frame that ``set_frame`` receives next."""
        self._next_outlines = outlines

    @Slot(object, str)
    def set_state(self, state: CameraState, message: str) -> None:
        self._state = state
        self._message = message
        if state is not CameraState.LIVE:
            self._image = None
            self._outlines = []
        self.setAccessibleDescription(message)
        self.update()

    @Slot()
    def flash(self) -> None:
        """The brief green flash of a successful scan."""
        self._flash.stop()
        self._flash.start()

    @Slot(object)
    def _repaint_flash(self, _value: object) -> None:
        self.update()

    def _image_rect(self, image: QImage) -> QRectF:
        # Whole pixels: a frame already shrunk to the widget's size is then drawn without scaling.
        size = image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        left = (self.width() - size.width()) // 2
        top = (self.height() - size.height()) // 2
        return QRectF(left, top, size.width(), size.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), _BACKGROUND)
        if self._image is not None and not self._image.isNull():
            self._paint_picture(painter, self._image)
        else:
            self._paint_message(painter)
        flash = float(self._flash.currentValue() or 0.0)
        if self._flash.state() == QVariantAnimation.State.Running and flash > 0:
            self._paint_flash(painter, flash)
        painter.end()

    def _paint_picture(self, painter: QPainter, image: QImage) -> None:
        target = self._image_rect(image)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(target, image)
        if not self._outlines:
            return
        painter.save()
        painter.translate(target.topLeft())
        scale = target.width() / image.width()
        painter.scale(scale, scale)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        # A dark halo under the green line keeps it visible on any background.
        for color, width in ((_HALO, 8), (_FOUND, 4)):
            pen = QPen(color, width)
            pen.setCosmetic(True)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            for outline in self._outlines:
                painter.drawPolygon(outline)
        painter.restore()

    def _paint_message(self, painter: QPainter) -> None:
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF() * 1.3, 11.0))
        painter.setFont(font)
        painter.setPen(_TEXT)
        margin = max(12, self.width() // 12)
        box = self.rect().adjusted(margin, margin, -margin, -margin)
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        painter.drawText(box, int(flags), self._message)

    def _paint_flash(self, painter: QPainter, strength: float) -> None:
        tint = QColor(_FOUND)
        tint.setAlphaF(0.25 * strength)
        painter.fillRect(self.rect(), tint)
        border = QColor(_FOUND)
        border.setAlphaF(strength)
        width = 10
        pen = QPen(border, width)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = width / 2
        painter.drawRect(QRectF(self.rect()).adjusted(half, half, -half, -half))
