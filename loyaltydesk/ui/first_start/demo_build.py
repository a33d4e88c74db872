"""The window shown while the demo shop is built: words and a progress bar, never a black
screen. The build runs on a worker thread; its progress comes back by a queued signal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from loyaltydesk.services.demo import DemoWords
from loyaltydesk.ui.first_start.demo_words import demo_words
from loyaltydesk.ui.tasks import TaskRunner

Progress = Callable[[int, int], None]
DemoBuild = Callable[[Progress, DemoWords], Any]
"""Builds the demo shop on a worker thread, reporting progress, with the shop's names."""


class _ProgressRelay(QObject):
    """Emitted on the worker thread, delivered on the GUI thread."""

    advanced = Signal(int, int)


class DemoBuildWindow(QWidget):
    """``built(object)`` with the build's result, or ``failed(object)`` with its error."""

    built = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Page")
        self.setWindowTitle(self.tr("Preparing the demo shop — loyaltydesk"))
        title = QLabel(self.tr("Preparing the demo shop…"))
        title.setObjectName("IdleTitle")
        self.detail = QLabel(self.tr("A café with customers and a year of visits."))
        self.detail.setObjectName("IdleHint")
        self.detail.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(self.tr("Demo shop progress"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.setSpacing(16)
        layout.addWidget(title)
        layout.addWidget(self.detail)
        layout.addWidget(self.bar)
        self.setMinimumWidth(480)
        self._relay = _ProgressRelay(self)
        self._relay.advanced.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._runner = TaskRunner(self)

    def start(self, build: DemoBuild) -> None:
        relay, words = self._relay, demo_words()  # translated here, on the GUI thread
        self._runner.run(
            lambda: build(relay.advanced.emit, words),
            self.built.emit,
            self.failed.emit,
            parent=self,
        )

    def wait_for_done(self, ms: int) -> None:
        self._runner.wait_for_done(ms)

    def _on_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)
        self.detail.setText(
            self.tr("%1 of %n customer(s), with their visits and rewards", "", total).replace(
                "%1", str(done)
            )
        )
