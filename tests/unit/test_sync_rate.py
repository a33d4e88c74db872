"""Rate control: the sliding window never lets more than the limit start in any minute, and
backoff stays within its jittered bounds."""

from __future__ import annotations

import random

import pytest

from loyaltydesk.sync.http import RateLimitInfo
from loyaltydesk.sync.rate import (
    BACKOFF_CAP,
    TROUBLE_THRESHOLD,
    RateControl,
    SlidingWindow,
    backoff,
)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_window_never_admits_more_than_the_limit_in_any_60_seconds() -> None:
    window = SlidingWindow(100)
    rng = random.Random(3)
    now, starts = 0.0, []
    while len(starts) < 1000:
        wait = window.wait_needed(now)
        if wait == 0:
            starts.append(now)
        now += wait if wait else rng.uniform(0, 0.3)
    for i, start in enumerate(starts):
        in_window = [s for s in starts[i:] if s < start + 60.0]
        assert len(in_window) <= 100
    # ...and holds the limit exactly when there is work: 1000 starts take 9 minutes and a bit.
    assert 9 * 60 <= starts[-1] < 9 * 60 + 31


def test_the_window_says_how_long_to_wait() -> None:
    window = SlidingWindow(2, window=60)
    assert window.wait_needed(0.0) == 0
    assert window.wait_needed(10.0) == 0
    assert window.wait_needed(20.0) == pytest.approx(40.0)
    assert window.wait_needed(60.0) == 0


@pytest.mark.parametrize("attempt", [1, 2, 3, 5, 8, 12, 40])
def test_backoff_is_exponential_with_jitter_and_capped(attempt: int) -> None:
    rng = random.Random(attempt)
    ceiling = min(BACKOFF_CAP, 2.0 * 2 ** (attempt - 1))
    delays = [backoff(attempt, rng) for _ in range(200)]
    assert all(ceiling / 2 <= d <= ceiling for d in delays)
    assert len({round(d, 6) for d in delays}) > 150  # jittered, not all alike


def test_retry_after_and_rate_limit_headers_hold_every_caller() -> None:
    clock = FakeClock()
    rate = RateControl(clock=clock, wall=lambda: 5000.0)
    rate.trouble(random.Random(1), retry_after=12.0)
    assert rate.hold_remaining() == pytest.approx(12.0)
    assert rate.acquire(deadline=clock.now + 5) is False
    rate.observe(RateLimitInfo(limit=100, remaining=0, reset_at=5030.0))
    assert rate.hold_remaining() == pytest.approx(30.0)
    clock.now += 31
    assert rate.acquire() is True


def test_a_provider_is_down_after_several_failures_in_a_row_until_a_success() -> None:
    rate = RateControl(clock=FakeClock())
    rng = random.Random(2)
    for _ in range(TROUBLE_THRESHOLD - 1):
        rate.trouble(rng)
    assert not rate.is_down()
    assert rate.hold_remaining() == 0
    rate.trouble(rng)
    assert rate.is_down()
    assert rate.hold_remaining() > 0
    rate.probe()
    assert not rate.is_down()
    rate.success()
    assert not rate.is_down()
