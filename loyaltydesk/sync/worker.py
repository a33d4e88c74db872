"""The sync engine: drains the outbox through one provider client, off the GUI thread.

In order per customer (only the oldest pending row of a customer is ever claimed, and the next
one only after its outcome is stored), in parallel across customers (a small thread pool).
Outcomes and the next claim are stored together in one transaction, so SQLite's commit cost is
paid once per batch, not once per row. No Qt here: the GUI runs ``run_forever`` in a thread of
its own; the CLI calls ``drain_once``.
"""

from __future__ import annotations

import logging
import os
import random
import socket
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Any, TypeVar

from loyaltydesk.services.sync_dto import OutboxItem, Outcome, Problem, Release, Retry, Sent
from loyaltydesk.services.sync_queue import LEASE, SyncQueue
from loyaltydesk.sync.http import MAX_CONNECTIONS
from loyaltydesk.sync.provider import (
    NeedsOwnerError,
    Provider,
    ProviderRefusedError,
    RetryLaterError,
    SyncError,
)
from loyaltydesk.sync.rate import BACKOFF_BASE, RateControl, backoff
from loyaltydesk.sync.sending import send

if TYPE_CHECKING:
    from loyaltydesk.services.facade import Services

log = logging.getLogger(__name__)
T = TypeVar("T")

THREADS = MAX_CONNECTIONS
"""Sending threads: with ~20 ms a call, 16 calls out at once keep several hundred rows a second
going; more would only wait on the transport's connection pool."""
QUEUED_PER_THREAD = 4
"""Rows claimed per thread, so threads have the next row ready while outcomes are stored."""
BATCH_WINDOW = 0.01
IDLE_SECONDS = 5.0
OFFLINE_HOLD = 10.0
"""A hold longer than this ends a run: the provider is down, the rows wait for the next run."""
CALL_DEADLINE = 30.0
"""A thread waits at most this long for the rate limit before giving its row back."""
GIVE_WAY_SECONDS = 0.3
"""After the counter says it is serving someone, no call or batch starts for this long."""
GIVE_WAY_MAX = 1.0
"""A thread never gives way longer than this at a time, so the queue still moves in a rush."""


class RunEndedError(Exception):
    """The run was cancelled (or its deadline came) while a row waited for the rate limit."""


@dataclass(frozen=True, slots=True)
class DrainReport:
    sent: int = 0
    retried: int = 0
    problems: int = 0
    paused: bool = False
    left: int = 0
    """Rows still pending afterwards (not due yet, or the run ended first)."""


class SyncEngine:
    def __init__(
        self,
        queue: SyncQueue,
        provider: Provider,
        *,
        threads: int = THREADS,
        per_minute: int | None = None,
        worker: str | None = None,
        lease: timedelta = LEASE,
        rng: random.Random | None = None,
        retry_base: float = BACKOFF_BASE,
    ) -> None:
        self.queue = queue
        self.provider = provider
        self.threads = max(1, threads)
        self.rate = RateControl(per_minute)
        self.worker = worker or f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"
        self.lease = lease
        self.retry_base = retry_base
        self._rng = rng or random.Random()
        self._rng_lock = threading.Lock()
        self._paused = threading.Event()
        self._stop: Callable[[], bool] = lambda: False
        self._quiet_until = 0.0

    @classmethod
    def from_services(cls, services: Services, provider: Provider, **options: object) -> SyncEngine:
        """The engine for the shop's sync setup (its per-minute limit) and ``provider``."""
        settings = services.sync_queue.settings()
        per_minute = settings.per_minute if settings else None
        return cls(services.sync_queue, provider, per_minute=per_minute, **options)  # type: ignore[arg-type]

    def drain_once(
        self, deadline: float | None = None, cancelled: Callable[[], bool] | None = None
    ) -> DrainReport:
        """Send what can be sent now: stops when nothing more is due, the queue pauses, the
        provider cannot be reached, ``cancelled()`` turns true, or ``deadline`` (time.monotonic)
        passes. Rows in flight are finished (or given back) before it returns."""
        stop = cancelled or (lambda: False)
        self._stop = lambda: stop() or (deadline is not None and time.monotonic() > deadline)
        self._paused.clear()
        self.rate.probe()
        counts = {"sent": 0, "retried": 0, "problems": 0}
        outcomes: list[Outcome] = []
        in_flight: set[Future[Outcome]] = set()
        claimed = False
        with ThreadPoolExecutor(self.threads, thread_name_prefix="sync") as pool:
            while True:
                claiming = not (self._stop() or self._paused.is_set() or self._offline(deadline))
                claiming = claiming and not self.rate.is_down()
                room = QUEUED_PER_THREAD * self.threads - len(in_flight) if claiming else 0
                free = self.rate.room()
                if free is not None:  # no more rows than the per-minute limit lets go now
                    room = min(room, free - len(in_flight))
                self._give_way()
                items = self.queue.settle(outcomes, worker=self.worker, claim=room,
                                          lease=self.lease)  # fmt: skip
                outcomes = []
                claimed = claimed or bool(items)
                in_flight |= {pool.submit(self._send, item) for item in items}
                if not in_flight:
                    pause = self._wait_to_claim(deadline) if claiming else 0.0
                    if pause > 0:
                        self._sleep(min(pause, 1.0))
                        continue
                    break
                done, in_flight = wait(in_flight, timeout=1.0, return_when=FIRST_COMPLETED)
                if done and in_flight:  # a moment more, so one commit settles several rows
                    more, in_flight = wait(in_flight, timeout=BATCH_WINDOW)
                    done |= more
                for future in done:
                    outcome = future.result()
                    outcomes.append(outcome)
                    _count(counts, outcome)
        self.queue.settle(outcomes, worker=self.worker)
        if claimed:
            self.queue.release(self.worker)
        return DrainReport(paused=self._paused.is_set(), left=self.queue.pending_count(),
                           **counts)  # fmt: skip

    def run_forever(self, stop: threading.Event, *, idle: float = IDLE_SECONDS) -> None:
        """Drain, then wait for more, until ``stop`` is set or the queue pauses (the owner
        must act). For the GUI's sync thread; never raises for a provider's failure."""
        while not stop.is_set():
            try:
                report = self.drain_once(cancelled=stop.is_set)
            except Exception:
                log.exception("sync run failed")
                report = DrainReport()
            if report.paused:
                return
            stop.wait(self.idle_wait(idle))

    def give_way(self, seconds: float = GIVE_WAY_SECONDS) -> None:
        """The counter is serving a customer: start no call and settle no batch for
        ``seconds``. In the app the engine shares the interpreter (one GIL) and the database
        with the counter, whose look-up and card must not wait for the queue. Any thread."""
        self._quiet_until = max(self._quiet_until, time.monotonic() + seconds)

    def idle_wait(self, idle: float) -> float:
        """Until the next row is due, or the provider's hold ends (an offline provider is not
        asked again, nor the database, any sooner), at most ``idle``."""
        hold = max(self.rate.hold_remaining(), self.rate.window_wait())
        if hold > 0:
            return min(idle, hold)
        due = self.queue.next_due()
        if due is None:
            return idle
        return min(idle, max(0.05, (due - self.queue.now()).total_seconds()))

    # -- one row, on a pool thread ------------------------------------------------------------

    def _send(self, item: OutboxItem) -> Outcome:
        try:
            outcome = send(self.queue, self.provider, item, self._call, self._retry)
        except RunEndedError:
            return Release(item.item_id)
        except NeedsOwnerError as error:
            self._paused.set()
            self.queue.pause(code=error.code, message=error.message)
            return Release(item.item_id)
        except ProviderRefusedError as error:
            return Problem(item.item_id, error.code, error.message)
        except RetryLaterError as error:
            return self._retry(item, error, None)
        except NotImplementedError as error:
            return Problem(item.item_id, "NOT_SUPPORTED", str(error) or
                           f"{self.provider.name} does not offer this operation.")  # fmt: skip
        except Exception as error:  # a bug, not the provider: keep the row, log without data
            log.exception("sending outbox row %s failed", item.item_id)
            return self._retry(item, RetryLaterError("Unexpected error.",
                                                     code=type(error).__name__), None)  # fmt: skip
        return outcome

    def _call(self, fn: Callable[[], T]) -> T:
        """One provider call under the rate control."""
        self._give_way()
        limit = time.monotonic() + CALL_DEADLINE
        gone = lambda: self._stop() or self.rate.is_down()  # noqa: E731
        if not self.rate.acquire(cancelled=gone, deadline=limit):
            raise RunEndedError
        try:
            result = fn()
        except RetryLaterError as error:
            with self._rng_lock:
                self.rate.trouble(self._rng, error.retry_after)
            raise
        except SyncError:
            self.rate.success()  # the provider answered: it is reachable
            raise
        except BaseException:
            self.rate.ended()
            raise
        finally:
            self.rate.observe(self.provider.transport.rate)
        self.rate.success()
        return result

    def _retry(
        self, item: OutboxItem, error: RetryLaterError, snapshot: Mapping[str, Any] | None
    ) -> Retry:
        """Send again later. ``snapshot``: taken before the attempt that just failed; kept when
        that attempt may have been applied. An earlier attempt not settled yet stays to be
        settled (its snapshot is kept)."""
        with self._rng_lock:
            delay = backoff(item.attempts + 1, self._rng, base=self.retry_base)
        if error.retry_after is not None:
            delay = max(delay, error.retry_after)
        keep = snapshot if snapshot is not None and error.ambiguous else None
        if keep is None and snapshot is None and item.ambiguous:
            keep = item.snapshot
        return Retry(item.item_id, self.queue.now() + timedelta(seconds=delay), error.code,
                     error.message, keep is not None, keep)  # fmt: skip

    def _wait_to_claim(self, deadline: float | None) -> float:
        """Nothing in flight: seconds to wait before claiming again (0: the run ends). A hold
        is waited out; so is a full per-minute window while rows are due (claimed rows would
        only wait for it, and a loop claiming and giving them back would write for nothing)."""
        hold = self.rate.hold_remaining()
        if hold > 0:
            return hold
        full = self.rate.window_wait()
        if full == 0 or (deadline is not None and time.monotonic() + full > deadline):
            return 0.0
        due = self.queue.next_due()
        return full if due is not None and due <= self.queue.now() else 0.0

    def _offline(self, deadline: float | None) -> bool:
        """The provider is held off longer than this run waits: stop claiming."""
        hold = self.rate.hold_remaining()
        if hold > OFFLINE_HOLD:
            return True
        return deadline is not None and hold > 0 and time.monotonic() + hold > deadline

    def _give_way(self) -> None:
        """Wait while the counter is busy (see ``give_way``), at most GIVE_WAY_MAX."""
        end = time.monotonic() + GIVE_WAY_MAX
        while not self._stop() and (left := min(self._quiet_until, end) - time.monotonic()) > 0:
            time.sleep(left)

    def _sleep(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while not self._stop() and (left := end - time.monotonic()) > 0:
            time.sleep(min(0.05, left))


def _count(counts: dict[str, int], outcome: Outcome) -> None:
    if isinstance(outcome, Sent):
        counts["sent"] += 1
    elif isinstance(outcome, Retry):
        counts["retried"] += 1
    elif isinstance(outcome, Problem):
        counts["problems"] += 1
