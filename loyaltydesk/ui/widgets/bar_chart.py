"""A small painted bar chart: whole-number counts under labels, in the theme's colours."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from loyaltydesk.ui.theme import colors

_PAD = 8
_MAX_GRID_LINES = 4


def nice_step(largest: int, lines: int = _MAX_GRID_LINES) -> int:
    """A whole step of 1, 2 or 5 times a power of ten giving at most ``lines`` grid lines."""
    if largest <= 0:
        return 1
    raw = largest / lines
    power = 10 ** max(0, math.floor(math.log10(raw))) if raw >= 1 else 1
    for factor in (1, 2, 5, 10):
        if factor * power >= raw:
            return factor * power
    return 10 * power


class BarChart(QWidget):
    """``set_values(labels, values, number)``: one bar per label; ``number`` formats counts
    (the shop's Formatter). Hovering a bar shows its exact value; the accessible description
    lists every value for screen readers."""

    def __init__(self, name: str, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setMinimumHeight(200)
        self.setMouseTracking(True)
        self._empty_text = empty_text
        self._labels: list[str] = []
        self._values: list[int] = []
        self._number: Callable[[int], str] = str

    @property
    def values(self) -> tuple[int, ...]:
        return tuple(self._values)

    def sizeHint(self) -> QSize:
        return QSize(480, 220)

    def set_values(
        self, labels: Sequence[str], values: Sequence[int], number: Callable[[int], str]
    ) -> None:
        self._labels = list(labels)
        self._values = [int(v) for v in values]
        self._number = number
        self.setAccessibleDescription(
            ", ".join(
                f"{label}: {number(value)}" for label, value in zip(labels, values, strict=True)
            )
        )
        self.update()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self._bar_at(QPointF(event.pos()))
            if index is None:
                QToolTip.hideText()
            else:
                text = f"{self._labels[index]}: {self._number(self._values[index])}"
                QToolTip.showText(event.globalPos(), text, self)
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        tokens = colors()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        if not self._values or max(self._values) <= 0:
            painter.setPen(QColor(tokens["muted"]))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._empty_text)
            return
        plot, step, top = self._geometry()
        painter.setPen(QColor(tokens["muted"]))
        for tick in range(0, top + 1, step):
            y = plot.bottom() - plot.height() * tick / top
            text_rect = QRectF(0, y - metrics.height() / 2, plot.left() - _PAD, metrics.height())
            painter.setPen(QColor(tokens["muted"]))
            painter.drawText(
                text_rect,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                self._number(tick),
            )
            painter.setPen(QPen(QColor(tokens["line"]), 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        slot = plot.width() / len(self._values)
        every = self._label_every(slot, metrics.horizontalAdvance)
        accent = QColor(tokens["accent"])
        for index, value in enumerate(self._values):
            bar = self._bar_rect(plot, slot, top, index, value)
            if value > 0:
                path = QPainterPath()
                radius = min(3.0, bar.width() / 2, bar.height())
                path.addRoundedRect(bar.adjusted(0, 0, 0, radius), radius, radius)
                painter.save()
                painter.setClipRect(QRectF(bar.left(), bar.top(), bar.width(), bar.height()))
                painter.fillPath(path, accent)
                painter.restore()
            if index % every == 0:
                painter.setPen(QColor(tokens["muted"]))
                label_rect = QRectF(
                    plot.left() + slot * index, plot.bottom() + 4, slot, metrics.height()
                )
                painter.drawText(
                    label_rect.adjusted(-slot, 0, slot, 0),
                    Qt.AlignmentFlag.AlignHCenter,
                    self._labels[index],
                )

    def _geometry(self) -> tuple[QRectF, int, int]:
        metrics = self.fontMetrics()
        step = nice_step(max(self._values))
        top = step * math.ceil(max(self._values) / step)
        axis = max(metrics.horizontalAdvance(self._number(t)) for t in range(0, top + 1, step))
        plot = QRectF(
            axis + 2 * _PAD,
            _PAD + metrics.height() / 2,
            self.width() - axis - 3 * _PAD,
            self.height() - 2 * _PAD - metrics.height() * 1.5 - 4,
        )
        return plot, step, top

    def _bar_rect(self, plot: QRectF, slot: float, top: int, index: int, value: int) -> QRectF:
        width = max(2.0, slot * 0.6)
        height = plot.height() * value / top
        left = plot.left() + slot * index + (slot - width) / 2
        return QRectF(left, plot.bottom() - height, width, height)

    def _label_every(self, slot: float, advance: Callable[[str], int]) -> int:
        widest = max(advance(label) for label in self._labels) + _PAD
        return max(1, math.ceil(widest / slot))

    def _bar_at(self, point: QPointF) -> int | None:
        if not self._values or max(self._values) <= 0:
            return None
        plot, _, _ = self._geometry()
        if not plot.left() <= point.x() < plot.right():
            return None
        return min(
            int((point.x() - plot.left()) / (plot.width() / len(self._values))),
            len(self._values) - 1,
        )
