"""Where the main window opens: fitted to the available area of its screen and never larger,
or where it was last time (maximised too) when that still fits one of the screens.

The arithmetic is in plain functions (``fitted``, ``fits_a_screen``) so it can be checked
with made-up screens; ``ScreenFit`` applies it to a window.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QByteArray, QMargins, QObject, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

PREFERRED = QSize(1366, 768)
SMALLEST = QSize(800, 560)


def fitted(available: QRect, preferred: QSize = PREFERRED, frame: QMargins | None = None) -> QRect:
    """The window's inner rectangle: ``preferred``, shrunk so that it and its ``frame`` (title
    bar and borders) fit ``available``, centred on it."""
    frame = frame or QMargins()
    room = available.marginsRemoved(frame)
    size = preferred.boundedTo(room.size())
    rect = QRect(room.topLeft(), size)
    rect.moveCenter(room.center())
    return rect


def fits_a_screen(rect: QRect, screens: Iterable[QRect]) -> bool:
    """Whether ``rect`` lies wholly inside one of the screens' available areas."""
    return any(screen.contains(rect) for screen in screens)


def smallest_size(available: QRect) -> QSize:
    """The window's minimum: small enough for the screen it is on."""
    return SMALLEST.boundedTo(available.size())


class ScreenFit(QObject):
    """Places ``window`` before it is first shown; once shown, pulls it back inside the
    screen if its frame turned out to stick out (a frame's size is known only then)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._placed: QSize | None = None

    def place(self, saved: QByteArray | None) -> None:
        window = self._window
        screen = _screen_of(window)
        available = screen.availableGeometry()
        window.setMinimumSize(smallest_size(available))
        if saved is not None and window.restoreGeometry(saved):
            areas = [s.availableGeometry() for s in QGuiApplication.screens()]
            if fits_a_screen(window.normalGeometry(), areas):
                self._placed = window.normalGeometry().size()
                return
            window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMaximized)
        rect = fitted(available)
        self._placed = rect.size()
        window.setGeometry(rect)

    def shown(self) -> None:
        """After the first show: a window whose frame sticks out of the screen is shrunk and
        moved inside it, unless someone sized it since it was placed."""
        window, placed, self._placed = self._window, self._placed, None
        if placed is None or window.size() != placed or window.isMaximized():
            return
        available = _screen_of(window).availableGeometry()
        geometry, frame = window.geometry(), window.frameGeometry()
        if available.contains(frame):
            return
        margins = QMargins(
            geometry.left() - frame.left(),
            geometry.top() - frame.top(),
            frame.right() - geometry.right(),
            frame.bottom() - geometry.bottom(),
        )
        window.setGeometry(fitted(available, placed, margins))


def _screen_of(window: QWidget) -> QScreen:
    screen = window.screen()
    return screen if screen is not None else QGuiApplication.primaryScreen()
