"""One meaning of a shop's day: [local midnight, next local midnight) in UTC."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from loyaltydesk.domain.shop_days import local_date, local_day_bounds, local_period_bounds


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


@pytest.mark.parametrize(
    ("zone", "day", "start", "end", "hours"),
    [
        # Kuala Lumpur: UTC+8 all year, no daylight saving.
        ("Asia/Kuala_Lumpur", date(2026, 3, 10), utc(2026, 3, 9, 16), utc(2026, 3, 10, 16), 24),
        # Dublin: clocks go forward at 01:00 UTC on the last Sunday of March (23-hour day)...
        ("Europe/Dublin", date(2026, 3, 29), utc(2026, 3, 29, 0), utc(2026, 3, 29, 23), 23),
        # ...and back at 01:00 UTC on the last Sunday of October (25-hour day).
        ("Europe/Dublin", date(2026, 10, 25), utc(2026, 10, 24, 23), utc(2026, 10, 26, 0), 25),
        ("Europe/Madrid", date(2026, 3, 29), utc(2026, 3, 28, 23), utc(2026, 3, 29, 22), 23),
        ("Europe/Madrid", date(2026, 10, 25), utc(2026, 10, 24, 22), utc(2026, 10, 25, 23), 25),
        ("UTC", date(2026, 2, 28), utc(2026, 2, 28), utc(2026, 3, 1), 24),
    ],
)
def test_a_day_is_local_midnight_to_the_next(
    zone: str, day: date, start: datetime, end: datetime, hours: int
) -> None:
    bounds = local_day_bounds(day, ZoneInfo(zone))
    assert bounds == (start, end)
    assert all(moment.tzinfo is UTC for moment in bounds)
    assert bounds[1] - bounds[0] == timedelta(hours=hours)


@pytest.mark.parametrize("zone", ["Europe/Dublin", "Europe/Madrid", "Asia/Kuala_Lumpur"])
def test_consecutive_days_meet_without_gap_or_overlap(zone: str) -> None:
    tz = ZoneInfo(zone)
    day = date(2026, 3, 20)
    for _ in range(230):  # across both of 2026's clock changes
        assert local_day_bounds(day, tz)[1] == local_day_bounds(day + timedelta(days=1), tz)[0]
        day += timedelta(days=1)


def test_every_instant_of_the_day_has_that_local_date() -> None:
    tz = ZoneInfo("Europe/Madrid")
    start, end = local_day_bounds(date(2026, 10, 25), tz)
    assert local_date(start, tz) == date(2026, 10, 25)
    assert local_date(end - timedelta(microseconds=1), tz) == date(2026, 10, 25)
    assert local_date(end, tz) == date(2026, 10, 26)


def test_a_period_runs_from_the_first_start_to_the_last_end() -> None:
    tz = ZoneInfo("Asia/Kuala_Lumpur")
    assert local_period_bounds(date(2026, 3, 1), date(2026, 3, 31), tz) == (
        utc(2026, 2, 28, 16),
        utc(2026, 3, 31, 16),
    )


def test_an_instant_is_not_taken_for_a_day() -> None:
    with pytest.raises(TypeError):
        local_day_bounds(utc(2026, 3, 1, 12), ZoneInfo("UTC"))  # type: ignore[arg-type]
