"""Run service calls off the GUI thread and get the outcome back on it, by signal.

In the style of Anki's QueryOp: ``runner.run(fn, on_done, on_error, parent=widget)``. Reads
share a small pool; writes go through a pool of one thread, because SQLite has one writer at a
time and a cashier's actions must land in the order they were made.

Who owns what, so that nothing is deleted under another thread:

* A worker touches one Qt object only: the runner's bridge, made once and deleted after the
  pools (which wait for their workers), never per task.
* A worker holds nothing but ``fn``. It leaves the outcome in a plain dict and lets go of
  ``fn`` and the outcome before it signals (the task id alone); the runner keeps its own
  references until the outcome is handled, so nothing a task touched dies on a worker thread.
* The callbacks never reach a worker. They wait on the GUI thread with ``parent``, the widget
  the outcome is for; when ``parent`` is destroyed they are dropped at once, and its outcome,
  when it comes, is thrown away. Callers need no "is my widget still there?" checks.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Bridge(QObject):
    """Lives on the GUI thread as long as the runner; tells it which task has finished."""

    finished = Signal(int)


Outcomes = dict[int, tuple[bool, object]]


class _Work(QRunnable):
    def __init__(
        self, task_id: int, fn: Callable[[], Any], outcomes: Outcomes, bridge: _Bridge
    ) -> None:
        super().__init__()
        self._task_id = task_id
        self._fn: Callable[[], Any] | None = fn
        self._outcomes = outcomes
        self._bridge = bridge

    def run(self) -> None:
        fn, self._fn = self._fn, None
        assert fn is not None
        try:
            self._outcomes[self._task_id] = (True, fn())
        except Exception as error:
            self._outcomes[self._task_id] = (False, error)
        del fn
        self._bridge.finished.emit(self._task_id)


class _Pending:
    """One task's callbacks, kept on the GUI thread until its outcome arrives."""

    def __init__(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
        parent: QObject,
    ) -> None:
        self.fn: Callable[[], Any] | None = fn
        self.on_done: Callable[[Any], None] | None = on_done
        self.on_error: Callable[[Exception], None] | None = on_error
        self.parent: QObject | None = parent
        parent.destroyed.connect(self.drop)

    def drop(self) -> None:
        """``parent`` is being destroyed: nobody is left to show the outcome to."""
        self.on_done = self.on_error = None
        self.parent = None

    def release(self) -> None:
        if self.parent is not None:
            self.parent.destroyed.disconnect(self.drop)
        self.fn = self.on_done = self.on_error = None
        self.parent = None


class TaskRunner(QObject):
    """Owns the worker pools. ``pending`` counts tasks whose outcome is not handled yet."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Children are deleted in the order they were made: the pools first (each waits for
        # its workers), then the bridge those workers report through.
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(2)
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        self._bridge = _Bridge(self)
        self._bridge.finished.connect(self._deliver)
        self._pending: dict[int, _Pending] = {}
        self._outcomes: Outcomes = {}
        self._ids = itertools.count(1)

    @property
    def pending(self) -> int:
        return len(self._pending)

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
        *,
        parent: QObject,
        write: bool = False,
    ) -> None:
        """Run ``fn`` in a worker; then ``on_done(result)`` or ``on_error(exception)`` on the
        GUI thread, unless ``parent`` (the widget the outcome is for) is gone by then.

        ``fn`` must not touch widgets: read what it needs from them before calling ``run``.
        """
        task_id = next(self._ids)
        self._pending[task_id] = _Pending(fn, on_done, on_error, parent)
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        (self._writes if write else self._reads).start(
            _Work(task_id, fn, self._outcomes, self._bridge)
        )

    def _deliver(self, task_id: int) -> None:
        ok, value = self._outcomes.pop(task_id)
        pending = self._pending.pop(task_id)
        on_done, on_error = pending.on_done, pending.on_error
        pending.release()
        if not self._pending:
            self.busy_changed.emit(False)
        if on_done is None or on_error is None:
            log.debug("task outcome dropped: the widget it was for is gone")
            return
        if ok:
            on_done(value)
        else:
            assert isinstance(value, Exception)
            on_error(value)

    def wait_for_done(self, msecs: int = 10_000) -> bool:
        """Block until the pools are idle (used at shutdown only)."""
        return self._writes.waitForDone(msecs) and self._reads.waitForDone(msecs)
