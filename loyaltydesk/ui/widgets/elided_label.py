"""A label that elides long text and shows all of it in a tooltip.

By default the text is elided in the middle (a person's name keeps its first and last part);
``words=True`` elides at the end between words, so a reward's title is never cut mid-word.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

ELLIPSIS = "…"


def elide_words(metrics: QFontMetrics, text: str, width: int) -> str:
    """``text`` if it fits ``width``, else as many whole words as fit followed by "…"; a
    first word too long on its own is elided within itself (nothing else would show)."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    words = text.split()
    for count in range(len(words) - 1, 0, -1):
        shown = " ".join(words[:count]).rstrip(",;:·-–—") + ELLIPSIS
        if metrics.horizontalAdvance(shown) <= width:
            return shown
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


class ElidedLabel(QLabel):
    def __init__(
        self, text: str = "", parent: QWidget | None = None, *, words: bool = False
    ) -> None:
        super().__init__(parent)
        self._full = ""
        self._words = words
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def setText(self, text: str) -> None:
        self._full = text
        super().setText(text)
        self.setToolTip(text)
        self.update()

    def full_text(self) -> str:
        return self._full

    def shown_text(self) -> str:
        """The text as painted at the label's present width."""
        width, metrics = self.contentsRect().width(), self.fontMetrics()
        if self._words:
            return elide_words(metrics, self._full, width)
        return metrics.elidedText(self._full, Qt.TextElideMode.ElideMiddle, width)

    def minimumSizeHint(self) -> QSize:
        return QSize(40, super().minimumSizeHint().height())

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.contentsRect(), int(self.alignment()), self.shown_text())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.update()

    def is_elided(self) -> bool:
        width = self.contentsRect().width()
        return self.fontMetrics().horizontalAdvance(self._full) > width
