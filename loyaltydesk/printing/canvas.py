"""Painting at real physical sizes: millimetres, points, and text that fits its box.

A ``Canvas`` wraps a ``QPainter`` working in device pixels. Lengths are given in millimetres and
converted with the device's resolution; fonts are sized in points, which Qt resolves against the
same device, so a 9 pt line is 9 pt on a 1200 dpi PDF, a 600 dpi printer or a 150 dpi preview.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetricsF, QImage, QPainter

MM_PER_INCH = 25.4
_PT_STEP = 0.5
_SINGLE_LINE_SHRINK = 0.8
"""How far a text may shrink on one line before it is allowed to wrap instead."""


class Align(Enum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"


@dataclass(frozen=True, slots=True)
class TextStyle:
    """A text's nominal size in points, the floor it may shrink to, and its look."""

    points: float
    min_points: float
    bold: bool = False
    mono: bool = False
    max_lines: int = 1
    color: QColor = field(default_factory=lambda: QColor(0, 0, 0))


@dataclass(frozen=True, slots=True)
class FittedText:
    font: QFont
    lines: tuple[str, ...]
    line_height: float
    ascent: float
    widths: tuple[float, ...]

    @property
    def height(self) -> float:
        return len(self.lines) * self.line_height


def load_logo(path: Path | None) -> QImage | None:
    """The shop logo, or None when there is none or it cannot be read."""
    if path is None:
        return None
    image = QImage(str(path))
    return None if image.isNull() else image


#: Monospaced faces whose 0 is slashed or dotted and whose 1, l and I differ, so a printed code
#: can be typed back without guessing (Courier, a common system default, fails both).
CODE_FONTS = ("DejaVu Sans Mono", "Consolas", "Cascadia Mono", "Menlo", "SF Mono",
              "JetBrains Mono", "Source Code Pro", "Noto Sans Mono", "Liberation Mono")  # fmt: skip


def code_font_family() -> str:
    """The first of ``CODE_FONTS`` installed, else the system's fixed-pitch face."""
    installed = set(QFontDatabase.families())
    for family in CODE_FONTS:
        if family in installed:
            return family
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()


class Canvas:
    """A painter plus unit conversion and text fitting, for one render."""

    def __init__(self, painter: QPainter) -> None:
        self.painter = painter
        self._device = painter.device()
        self.px_per_mm = self._device.logicalDpiX() / MM_PER_INCH
        self._fits: dict[tuple[object, ...], FittedText] = {}
        self._mono_family = code_font_family()

    def mm(self, value: float) -> float:
        """``value`` millimetres in device pixels."""
        return value * self.px_per_mm

    def px(self, rect: QRectF) -> QRectF:
        """``rect`` given in millimetres, in device pixels."""
        scale = self.px_per_mm
        return QRectF(
            rect.x() * scale, rect.y() * scale, rect.width() * scale, rect.height() * scale
        )

    def font(self, points: float, *, bold: bool = False, mono: bool = False) -> QFont:
        font = QFont(self._mono_family) if mono else QFont()
        font.setStyleHint(QFont.StyleHint.Monospace if mono else QFont.StyleHint.SansSerif)
        font.setPointSizeF(points)
        font.setBold(bold)
        return font

    def fit(
        self,
        text: str,
        font: QFont,
        rect: QRectF,
        *,
        min_points: float,
        max_lines: int = 1,
    ) -> FittedText:
        """Lay ``text`` out in ``rect``: shrink down to ``min_points``, wrap, then elide."""
        key = (text, font.key(), rect.width(), rect.height(), min_points, max_lines)
        fitted = self._fits.get(key)
        if fitted is None:
            fitted = self._fit(text, font, rect.width(), rect.height(), min_points, max_lines)
            self._fits[key] = fitted
        return fitted

    def draw_text(
        self,
        rect: QRectF,
        text: str,
        font: QFont,
        *,
        min_points: float,
        max_lines: int = 1,
        align: Align = Align.LEFT,
        color: QColor | Qt.GlobalColor = Qt.GlobalColor.black,
        middle: bool = False,
    ) -> float:
        """Draw ``text`` in ``rect``, from its top or ``middle``; returns the height used.

        Returns 0 when nothing fits (or there is nothing to draw).
        """
        if not text.strip():
            return 0.0
        fitted = self.fit(text, font, rect, min_points=min_points, max_lines=max_lines)
        if not fitted.lines:
            return 0.0
        top = rect.top() + ((rect.height() - fitted.height) / 2 if middle else 0.0)
        painter = self.painter
        painter.setFont(fitted.font)
        painter.setPen(color)
        for index, (line, width) in enumerate(zip(fitted.lines, fitted.widths, strict=True)):
            x = rect.left()
            if align is Align.CENTER:
                x += (rect.width() - width) / 2
            elif align is Align.RIGHT:
                x += rect.width() - width
            painter.drawText(QPointF(x, top + index * fitted.line_height + fitted.ascent), line)
        return fitted.height

    def draw_styled(
        self,
        rect: QRectF,
        text: str,
        style: TextStyle,
        *,
        scale: float = 1.0,
        align: Align = Align.LEFT,
        max_lines: int = 0,
        middle: bool = False,
    ) -> float:
        """``draw_text`` with a ``TextStyle`` at ``scale`` x its nominal size.

        ``max_lines`` (when not 0) overrides the style's.
        """
        return self.draw_text(
            rect,
            text,
            self.font(style.points * scale, bold=style.bold, mono=style.mono),
            min_points=style.min_points,
            max_lines=max_lines or style.max_lines,
            align=align,
            color=style.color,
            middle=middle,
        )

    def draw_image(self, rect: QRectF, image: QImage) -> float:
        """Draw ``image`` scaled into ``rect`` (aspect kept, left, vertically centred).

        Returns the width used.
        """
        if image.width() == 0 or image.height() == 0:
            return 0.0
        scale = min(rect.width() / image.width(), rect.height() / image.height())
        width, height = image.width() * scale, image.height() * scale
        target = QRectF(rect.left(), rect.top() + (rect.height() - height) / 2, width, height)
        self.painter.save()
        self.painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        self.painter.drawImage(target, image)
        self.painter.restore()
        return width

    def _metrics(self, font: QFont, points: float) -> tuple[QFont, QFontMetricsF]:
        sized = QFont(font)
        sized.setPointSizeF(points)
        return sized, QFontMetricsF(sized, self._device)

    def _fit(
        self, text: str, font: QFont, width: float, height: float, min_points: float, max_lines: int
    ) -> FittedText:
        nominal = font.pointSizeF()
        min_points = min(min_points, nominal)
        words = text.split()
        for allowed in range(1, max_lines + 1):
            floor = min_points
            if allowed < max_lines:
                floor = max(min_points, nominal * _SINGLE_LINE_SHRINK)
            points = nominal
            while points >= floor - 1e-9:
                sized, metrics = self._metrics(font, points)
                lines = _wrap(words, metrics, width)
                if (
                    len(lines) <= allowed
                    and len(lines) * metrics.height() <= height
                    and max(metrics.horizontalAdvance(line) for line in lines) <= width
                ):
                    return _fitted(sized, metrics, lines)
                points -= _PT_STEP
        sized, metrics = self._metrics(font, min_points)
        room = min(max_lines, math.floor(height / metrics.height()))
        if room <= 0:
            return FittedText(sized, (), metrics.height(), metrics.ascent(), ())
        lines = _wrap(words, metrics, width)
        if len(lines) > room:
            lines = [*lines[: room - 1], " ".join(lines[room - 1 :])]
        elide = Qt.TextElideMode.ElideRight
        return _fitted(sized, metrics, [metrics.elidedText(line, elide, width) for line in lines])


def _wrap(words: list[str], metrics: QFontMetricsF, width: float) -> list[str]:
    """Greedy word wrap; a word wider than ``width`` stays alone on an overlong line."""
    lines: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}" if current else word
        if current and metrics.horizontalAdvance(candidate) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines or [""]


def _fitted(font: QFont, metrics: QFontMetricsF, lines: list[str]) -> FittedText:
    widths = tuple(metrics.horizontalAdvance(line) for line in lines)
    return FittedText(font, tuple(lines), metrics.height(), metrics.ascent(), widths)
