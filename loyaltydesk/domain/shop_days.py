"""A shop's calendar day as UTC instants: the one meaning of "from a day to a day".

A day is the half-open range [its local midnight, the next local midnight), so it lasts 23 or 25
hours on a daylight-saving change and consecutive days never overlap or leave a gap. Reports, the
audit log filters and voucher validity all use :func:`local_day_bounds`.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

#: The smallest step of a stored instant; a voucher's inclusive last instant is one before the end.
TICK = timedelta(microseconds=1)


def local_day_bounds(day: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """``day`` in ``zone`` as aware UTC instants ``(start, end)``; ``end`` is not part of it.

    ``day`` must be a calendar date: a ``datetime`` is refused rather than silently truncated.
    """
    if isinstance(day, datetime) or not isinstance(day, date):
        raise TypeError(f"a calendar date is needed, not {type(day).__name__}")
    start = datetime.combine(day, time.min, tzinfo=zone).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time.min, tzinfo=zone).astimezone(UTC)
    return start, end


def local_period_bounds(first: date, last: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """The days ``first`` to ``last`` (both included) as ``[start, end)`` in UTC."""
    return local_day_bounds(first, zone)[0], local_day_bounds(last, zone)[1]


def local_date(moment: datetime, zone: ZoneInfo) -> date:
    """The shop's calendar date at ``moment`` (an aware instant)."""
    return moment.astimezone(zone).date()
