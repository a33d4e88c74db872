"""Long work with a progress bar and Cancel: imports, exports, PDFs, backups, big reports.

``run_long_task(parent, runner, title, work, on_done, on_error)`` where
``work(progress, cancelled)`` runs in a worker: ``progress(done, total)`` may be called from
that thread as often as it likes, and ``cancelled()`` says whether the person pressed Cancel.

No Qt object crosses the thread: the worker writes its latest figures into a plain record and
reads a ``threading.Event``; a timer on the GUI thread, owned by the dialog, moves the bar a
few times a second. The dialog is a child of ``parent``; the runner hands the outcome back
only while ``parent`` lives, and the dialog is deleted when the outcome comes (or with
``parent``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from loyaltydesk.ui.tasks import TaskRunner

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

POLL_MS = 100


class _Figures:
    """The worker's latest (done, total); replacing a tuple is atomic under the GIL."""

    def __init__(self) -> None:
        self.latest: tuple[int, int] = (0, 0)

    def record(self, done: int, total: int) -> None:
        self.latest = (done, total)


def run_long_task(
    parent: QWidget,
    runner: TaskRunner,
    title: str,
    work: Callable[[Progress, Cancelled], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    *,
    write: bool = False,
) -> QProgressDialog:
    """Show a progress dialog while ``work`` runs; returns the dialog (for tests).

    ``work`` must not touch widgets: read what it needs from them before calling this.
    """
    dialog = QProgressDialog(title, QCoreApplication.translate("LongTask", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    # Not modal: a modal QProgressDialog spins the event loop inside setValue, and a finish
    # arriving in that loop closed the dialog from inside its own update (a hang). The work
    # runs in a worker anyway, so the window stays responsive and the dialog stays on top.
    dialog.setWindowModality(Qt.WindowModality.NonModal)
    dialog.setMinimumDuration(300)
    dialog.setMinimumWidth(420)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setAccessibleName(title)
    stop = threading.Event()
    figures = _Figures()
    dialog.canceled.connect(stop.set)
    timer = QTimer(dialog)
    timer.setInterval(POLL_MS)

    def show_progress() -> None:
        done, total = figures.latest
        if total > 0 and not stop.is_set():
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))

    timer.timeout.connect(show_progress)
    timer.start()

    def finish() -> None:
        timer.stop()
        dialog.hide()
        dialog.deleteLater()

    def done(result: Any) -> None:
        finish()
        on_done(result)

    def failed(error: Exception) -> None:
        finish()
        on_error(error)

    record, cancelled = figures.record, stop.is_set
    runner.run(lambda: work(record, cancelled), done, failed, parent=parent, write=write)
    return dialog
