"""Rate control for one provider, shared by the sending threads.

Three brakes, in the spirit of Picard's ratecontrol: a sliding window that never lets more than
the configured number of calls start in any 60 seconds; a hold that stops every thread while
the provider says so (429 Retry-After, X-RateLimit-Remaining 0 until its reset); and, after
trouble (5xx, timeouts, no connection), a hold that grows exponentially with each consecutive
failure and ends with the first success, so a provider that is down gets no retry storm.
After several failures in a row, one call at a time probes whether it is back.
"""

from __future__ import annotations

import random
import threading
import time
from collections import deque
from collections.abc import Callable

from loyaltydesk.sync.http import RateLimitInfo

Clock = Callable[[], float]

BACKOFF_BASE = 2.0
BACKOFF_CAP = 15 * 60.0
TROUBLE_CAP = 60.0
WINDOW_MARGIN = 1.0
"""Seconds added to the configured minute: a call reaches the provider a little after it
starts here, and jitter in that delay must not let the provider see one call too many in its
own 60 s window."""
TROUBLE_THRESHOLD = 4
"""Consecutive failed calls before every thread is held (one failure only delays its row)."""


def backoff(
    attempt: int, rng: random.Random, *, base: float = BACKOFF_BASE, cap: float = BACKOFF_CAP
) -> float:
    """Seconds before attempt ``attempt`` + 1 (``attempt`` >= 1 failures so far): exponential,
    capped, with jitter in [half, whole] so rows that failed together do not return together."""
    ceiling = min(cap, base * 2 ** max(0, min(attempt - 1, 30)))
    return rng.uniform(ceiling / 2, ceiling)


class SlidingWindow:
    """At most ``limit`` starts in any ``window`` seconds."""

    def __init__(self, limit: int, window: float = 60.0) -> None:
        if limit < 1:
            raise ValueError("limit must be at least 1")
        self.limit = limit
        self.window = window
        self._starts: deque[float] = deque()

    def wait_needed(self, now: float) -> float:
        """Seconds until a call may start; 0 means now (and the start is counted)."""
        wait = self.wait_for_room(now)
        if wait == 0.0:
            self._starts.append(now)
        return wait

    def room(self, now: float) -> int:
        """Calls that may start now."""
        self._expire(now)
        return self.limit - len(self._starts)

    def wait_for_room(self, now: float) -> float:
        """Seconds until a call may start (nothing is counted)."""
        if self.room(now) > 0:
            return 0.0
        return self._starts[0] + self.window - now

    def _expire(self, now: float) -> None:
        while self._starts and self._starts[0] + self.window <= now:
            self._starts.popleft()


class RateControl:
    def __init__(
        self,
        per_minute: int | None = None,
        *,
        clock: Clock = time.monotonic,
        wall: Clock = time.time,
    ) -> None:
        self._clock = clock
        self._wall = wall
        self._window = SlidingWindow(per_minute, 60.0 + WINDOW_MARGIN) if per_minute else None
        # Re-entrant: ``acquire`` calls its ``cancelled`` while holding it, and that may ask
        # ``is_down``.
        self._lock = threading.RLock()
        self._wake = threading.Condition(self._lock)
        self._hold_until = 0.0
        self._troubles = 0
        self._probing = False
        """A call is out to a provider that failed several times: no other starts meanwhile."""

    def acquire(
        self, *, cancelled: Callable[[], bool] = lambda: False, deadline: float | None = None
    ) -> bool:
        """Block until a call may start; False if cancelled or the deadline (clock time) came
        first. A start that is granted is counted in the window."""
        with self._lock:
            while True:
                if cancelled():
                    return False
                now = self._clock()
                wait = max(0.0, self._hold_until - now)
                probe = self._troubles >= TROUBLE_THRESHOLD - 1
                if wait == 0.0 and probe and self._probing:
                    wait = 0.25  # one call at a time tells whether it is back
                elif wait == 0.0 and self._window is not None:
                    wait = self._window.wait_needed(now)
                if wait == 0.0:
                    self._probing = probe
                    return True
                if deadline is not None and now + wait > deadline:
                    return False
                self._wake.wait(min(wait, 0.25))

    def room(self) -> int | None:
        """Calls the per-minute limit lets start now (None: no limit)."""
        with self._lock:
            return None if self._window is None else self._window.room(self._clock())

    def window_wait(self) -> float:
        """Seconds until the per-minute limit lets a call start (0: now, or no limit)."""
        with self._lock:
            return 0.0 if self._window is None else self._window.wait_for_room(self._clock())

    def hold_remaining(self) -> float:
        with self._lock:
            return max(0.0, self._hold_until - self._clock())

    def hold(self, seconds: float) -> None:
        """Stop every thread for ``seconds`` (at least)."""
        with self._lock:
            self._hold_until = max(self._hold_until, self._clock() + max(0.0, seconds))

    def observe(self, info: RateLimitInfo | None) -> None:
        """What the provider said in its X-RateLimit-* headers."""
        if info is None or info.remaining is None or info.remaining > 0:
            return
        reset = (info.reset_at - self._wall()) if info.reset_at is not None else 1.0
        self.hold(min(max(reset, 0.0), BACKOFF_CAP))

    def trouble(self, rng: random.Random, retry_after: float | None = None) -> float:
        """A failed call: hold everyone for Retry-After; after several failures in a row, for
        a growing, jittered pause. Returns the hold in seconds (0: none)."""
        with self._lock:
            self._troubles += 1
            self._probing = False
            troubles = self._troubles
        seconds = retry_after or 0.0
        if troubles >= TROUBLE_THRESHOLD:
            growth = troubles - TROUBLE_THRESHOLD + 1
            seconds = max(seconds, backoff(growth, rng, base=0.5, cap=TROUBLE_CAP))
        self.hold(seconds)
        return seconds

    def is_down(self) -> bool:
        """Several calls in a row failed: treat the provider as unreachable for now."""
        with self._lock:
            return self._troubles >= TROUBLE_THRESHOLD

    def probe(self) -> None:
        """Allow one more try of a provider that was down (the next failure marks it down)."""
        with self._lock:
            self._troubles = min(self._troubles, TROUBLE_THRESHOLD - 1)

    def ended(self) -> None:
        """A call ended without telling anything about the provider (a bug, an interruption)."""
        with self._lock:
            self._probing = False
            self._wake.notify_all()

    def success(self) -> None:
        with self._lock:
            self._troubles = 0
            self._probing = False
            self._wake.notify_all()
