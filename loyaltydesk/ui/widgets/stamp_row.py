"""Progress toward the next reward: stamps for a short card, a bar for a long one."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from loyaltydesk.ui.theme import colors

MAX_STAMPS = 12
STAMP = 18
GAP = 8


class StampRow(QWidget):
    """Paints ``have`` of ``need`` as filled stamps (up to 12) or as a bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._have = 0
        self._need = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Progress to the next reward"))

    def set_progress(self, have: int, need: int) -> None:
        self._have, self._need = max(0, have), max(0, need)
        self.setAccessibleDescription(self.tr("%1 of %2").replace("%1", str(have)).replace(
            "%2", str(need)))  # fmt: skip
        self.updateGeometry()
        self.update()

    def uses_stamps(self) -> bool:
        return 0 < self._need <= MAX_STAMPS

    def sizeHint(self) -> QSize:
        if self.uses_stamps():
            return QSize(self._need * (STAMP + GAP), STAMP + 4)
        return QSize(240, 14)

    def paintEvent(self, _event: object) -> None:
        if self._need <= 0:
            return
        tokens = colors()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        accent, line = QColor(tokens["accent"]), QColor(tokens["line"])
        if self.uses_stamps():
            for index in range(self._need):
                rect = QRectF(index * (STAMP + GAP) + 1, 2, STAMP, STAMP)
                filled = index < self._have
                painter.setPen(QPen(accent if filled else line, 2))
                painter.setBrush(accent if filled else Qt.BrushStyle.NoBrush)
                painter.drawEllipse(rect)
            return
        height = 10.0
        top = (self.height() - height) / 2
        full = QRectF(0, top, self.width(), height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(line)
        painter.drawRoundedRect(full, height / 2, height / 2)
        share = min(1.0, self._have / self._need)
        painter.setBrush(accent)
        painter.drawRoundedRect(
            QRectF(0, top, self.width() * share, height), height / 2, height / 2
        )
