"""What the period report hands back: frozen dataclasses, ready for a page, a chart or a CSV."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

#: Report sections, each exportable as one CSV file.
SECTIONS = (
    "summary",
    "rewards",
    "top_customers",
    "visits_by_hour",
    "visits_by_weekday",
    "suspicious",
)


@dataclass(frozen=True, slots=True)
class ReportPeriod:
    """Local dates (inclusive) in the shop's time zone, and the UTC instants they span."""

    date_from: date
    date_to: date
    timezone: str
    start_utc: datetime
    end_utc: datetime
    """Exclusive: the first instant of the day after ``date_to``."""


@dataclass(frozen=True, slots=True)
class PointsSummary:
    """Points moved in the period by operations that were not voided."""

    issued: int
    """Earned plus added by owner adjustments."""
    earned: int
    """EARN entries (check-ins and birthday bonuses)."""
    adjusted_in: int
    adjusted_out: int
    redeemed: int
    """Rewards and paying with points."""
    expired: int


@dataclass(frozen=True, slots=True)
class RewardLine:
    reward_id: int
    title: str
    times: int
    points: int


@dataclass(frozen=True, slots=True)
class TopCustomer:
    customer_id: str
    short_code: str
    name: str
    points_earned: int
    check_ins: int


@dataclass(frozen=True, slots=True)
class SuspiciousDay:
    """A customer checked in more than the threshold on one local day."""

    customer_id: str
    short_code: str
    name: str
    day: date
    check_ins: int


@dataclass(frozen=True, slots=True)
class PeriodReport:
    period: ReportPeriod
    currency: str
    check_ins: int
    visitors: int
    """Distinct customers who checked in."""
    new_members: int
    returning_members: int
    """Joined before the period and checked in during it."""
    points: PointsSummary
    outstanding_points: int
    """The liability: points held by customers at the end of the period."""
    customers_with_points: int
    liability_value: Decimal | None
    """``outstanding_points`` at the current point value; None when paying with points is off."""
    rewards_redeemed: tuple[RewardLine, ...]
    rewards_redeemed_total: int
    top_customers: tuple[TopCustomer, ...]
    visits_by_hour: tuple[int, ...]
    """24 counts, local hour 0 to 23."""
    visits_by_weekday: tuple[int, ...]
    """7 counts, Monday first."""
    suspicious: tuple[SuspiciousDay, ...]
    suspicious_threshold: int
    generated_at: datetime
