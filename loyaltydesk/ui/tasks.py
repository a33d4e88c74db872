"""Run service calls off the GUI thread and get the outcome back on it, by signal.

In the style of Anki's QueryOp: ``runner.run(fn, on_done, on_error)``. Reads share a small pool;
writes go through a pool of one thread, because SQLite has one writer at a time and a cashier's
actions must land in the order they were made.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from shiboken6 import isValid

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives in the GUI thread; its signals carry a worker's outcome back there."""

    succeeded = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as error:
            self._relay.failed.emit(error)
        else:
            self._relay.succeeded.emit(result)


class TaskRunner(QObject):
    """Owns the worker pools. ``pending`` counts tasks whose outcome is not delivered yet."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(2)
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        self._relays: set[_Relay] = set()

    @property
    def pending(self) -> int:
        return len(self._relays)

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
        *,
        write: bool = False,
        context: QObject | None = None,
    ) -> None:
        """``context``: a widget the outcome is for; if it is gone by then, nothing is called."""
        relay = _Relay()
        self._relays.add(relay)
        if len(self._relays) == 1:
            self.busy_changed.emit(True)

        def finish() -> None:
            self._relays.discard(relay)
            relay.deleteLater()
            if not self._relays:
                self.busy_changed.emit(False)

        def deliver(callback: Callable[[Any], None], value: object) -> None:
            if context is not None and not isValid(context):
                return
            try:
                callback(value)
            except RuntimeError as error:
                # A widget closed while its work ran (a page left, the owner signed out):
                # the outcome has nobody to show it to. Anything else is a real error.
                if "already deleted" not in str(error):
                    raise
                log.debug("task outcome arrived after its widget was deleted")

        def done(result: object) -> None:
            finish()
            deliver(on_done, result)

        def failed(error: object) -> None:
            finish()
            deliver(on_error, error)

        relay.succeeded.connect(done)
        relay.failed.connect(failed)
        (self._writes if write else self._reads).start(_Task(fn, relay))

    def wait_for_done(self, msecs: int = 10_000) -> bool:
        """Block until the pools are idle (used at shutdown only)."""
        return self._writes.waitForDone(msecs) and self._reads.waitForDone(msecs)
