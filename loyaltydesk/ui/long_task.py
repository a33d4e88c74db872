"""Long work with a progress bar and Cancel: imports, exports, PDFs, backups, big reports.

``run_long_task(parent, runner, title, work, on_done, on_error)`` where
``work(progress, cancelled)`` runs in a worker: ``progress(done, total)`` may be called from
that thread, and ``cancelled()`` says whether the person pressed Cancel.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from loyaltydesk.ui.tasks import TaskRunner

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class _ProgressRelay(QObject):
    """Created in the GUI thread; its signal carries progress from the worker to the bar."""

    progressed = Signal(int, int)


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
    """Show a modal-free progress dialog while ``work`` runs; returns the dialog (for tests)."""
    dialog = QProgressDialog(title, parent.tr("Cancel"), 0, 0, parent)
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
    relay = _ProgressRelay(dialog)

    def show_progress(done: int, total: int) -> None:
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))

    relay.progressed.connect(show_progress)
    dialog.canceled.connect(stop.set)

    def finish() -> None:
        relay.progressed.disconnect(show_progress)
        dialog.hide()
        dialog.deleteLater()

    def done(result: Any) -> None:
        finish()
        on_done(result)

    def failed(error: Exception) -> None:
        finish()
        on_error(error)

    runner.run(
        lambda: work(lambda d, t: relay.progressed.emit(d, t), stop.is_set),
        done,
        failed,
        write=write,
    )
    return dialog
