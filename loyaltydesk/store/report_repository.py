"""Aggregate queries for the owner's period reports. Portable SQL only (SQLite and PostgreSQL).

Local time without database time-zone support: the caller passes the shop's UTC offsets over the
period as ``segments`` (each: the UTC instant from which an offset in seconds applies, oldest
first). A ``CASE`` picks the offset of each row, so hours, weekdays and local days are computed
in SQL and stay right across daylight-saving changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    and_,
    case,
    distinct,
    extract,
    func,
    literal_column,
    select,
)
from sqlalchemy.orm import Session

from loyaltydesk.domain.ledger import EntryKind, OperationKind
from loyaltydesk.store.models import Customer, LedgerEntry, Operation, Reward

Segments = Sequence[tuple[datetime, int]]
"""(UTC instant the offset starts to apply, offset in seconds), oldest first."""

_DAY = literal_column("86400", Integer)
_HOUR = literal_column("3600", Integer)
_SEVEN = literal_column("7", Integer)
_THREE = literal_column("3", Integer)


class ReportRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # -- counts -----------------------------------------------------------------------------

    def check_in_counts(self, start: datetime, end: datetime) -> tuple[int, int]:
        """(check-ins, distinct customers who checked in); voided check-ins do not count."""
        query = select(func.count(Operation.id), func.count(distinct(Operation.customer_id))).where(
            *_check_ins(start, end)
        )
        check_ins, visitors = self.session.execute(query).one()
        return int(check_ins or 0), int(visitors or 0)

    def new_members(self, start: datetime, end: datetime) -> int:
        query = select(func.count(Customer.id)).where(
            Customer.joined_at >= start,
            Customer.joined_at < end,
            Customer.merged_into_id.is_(None),
        )
        return int(self.session.scalar(query) or 0)

    def returning_members(self, start: datetime, end: datetime) -> int:
        """Customers who joined before the period and checked in during it."""
        query = (
            select(func.count(distinct(Operation.customer_id)))
            .join(Customer, Customer.id == Operation.customer_id)
            .where(*_check_ins(start, end), Customer.joined_at < start)
        )
        return int(self.session.scalar(query) or 0)

    def points_by_kind(self, start: datetime, end: datetime) -> dict[str, tuple[int, int]]:
        """Per entry kind: (points credited, points debited), of operations not voided."""
        credited = func.coalesce(
            func.sum(case((LedgerEntry.delta > 0, LedgerEntry.delta), else_=0)), 0
        )
        debited = func.coalesce(
            func.sum(case((LedgerEntry.delta < 0, -LedgerEntry.delta), else_=0)), 0
        )
        query = (
            select(LedgerEntry.kind, credited, debited)
            .join(Operation, Operation.id == LedgerEntry.operation_id)
            .where(
                LedgerEntry.created_at >= start,
                LedgerEntry.created_at < end,
                Operation.voided_by_id.is_(None),
                LedgerEntry.kind != EntryKind.REVERSAL,
            )
            .group_by(LedgerEntry.kind)
        )
        return {kind: (int(c), int(d)) for kind, c, d in self.session.execute(query)}

    def outstanding(self, before: datetime) -> tuple[int, int]:
        """(points held, customers holding points) as the ledger stood at ``before``."""
        per_customer = (
            select(func.sum(LedgerEntry.delta).label("points"))
            .where(LedgerEntry.created_at < before)
            .group_by(LedgerEntry.customer_id)
            .having(func.sum(LedgerEntry.delta) > 0)
            .subquery()
        )
        query = select(func.coalesce(func.sum(per_customer.c.points), 0), func.count()).select_from(
            per_customer
        )
        points, customers = self.session.execute(query).one()
        return int(points or 0), int(customers or 0)

    # -- lists ------------------------------------------------------------------------------

    def rewards_redeemed(self, start: datetime, end: datetime) -> list[tuple[int, str, int, int]]:
        """(reward id, title, times redeemed, points spent), most redeemed first."""
        times = func.count(LedgerEntry.id)
        points = func.coalesce(func.sum(-LedgerEntry.delta), 0)
        query = (
            select(Reward.id, Reward.title, times, points)
            .join(LedgerEntry, LedgerEntry.reward_id == Reward.id)
            .join(Operation, Operation.id == LedgerEntry.operation_id)
            .where(
                LedgerEntry.kind == EntryKind.REDEEM,
                LedgerEntry.created_at >= start,
                LedgerEntry.created_at < end,
                Operation.voided_by_id.is_(None),
            )
            .group_by(Reward.id, Reward.title)
            .order_by(times.desc(), Reward.id)
        )
        return [(int(i), t, int(n), int(p)) for i, t, n, p in self.session.execute(query)]

    def top_earners(self, start: datetime, end: datetime, limit: int) -> list[tuple[Any, ...]]:
        """(customer row id, uuid, short code, name, points earned), highest first."""
        earned = func.sum(LedgerEntry.delta)
        query = (
            select(Customer.id, Customer.uuid, Customer.short_code, Customer.name, earned)
            .join(LedgerEntry, LedgerEntry.customer_id == Customer.id)
            .join(Operation, Operation.id == LedgerEntry.operation_id)
            .where(
                LedgerEntry.kind == EntryKind.EARN,
                LedgerEntry.created_at >= start,
                LedgerEntry.created_at < end,
                Operation.voided_by_id.is_(None),
            )
            .group_by(Customer.id, Customer.uuid, Customer.short_code, Customer.name)
            .order_by(earned.desc(), Customer.id)
            .limit(limit)
        )
        return [tuple(row) for row in self.session.execute(query)]

    def check_ins_of(
        self, customer_ids: Sequence[int], start: datetime, end: datetime
    ) -> dict[int, int]:
        if not customer_ids:
            return {}
        query = (
            select(Operation.customer_id, func.count(Operation.id))
            .where(*_check_ins(start, end), Operation.customer_id.in_(customer_ids))
            .group_by(Operation.customer_id)
        )
        return {int(c): int(n) for c, n in self.session.execute(query)}

    # -- local time buckets -----------------------------------------------------------------

    def check_ins_by_hour(
        self, start: datetime, end: datetime, segments: Segments
    ) -> dict[int, int]:
        """Local hour (0-23) -> check-ins."""
        local = _local_seconds(start, end, segments)
        hour = (local.c.s % _DAY - local.c.s % _HOUR) / _HOUR
        query = select(hour, func.count()).select_from(local).group_by(hour)
        return {int(h): int(n) for h, n in self.session.execute(query)}

    def check_ins_by_weekday(
        self, start: datetime, end: datetime, segments: Segments
    ) -> dict[int, int]:
        """Local weekday (0 = Monday ... 6 = Sunday) -> check-ins."""
        local = _local_seconds(start, end, segments)
        # Day 0 of the epoch, 1 January 1970, was a Thursday (weekday 3).
        weekday = ((local.c.s - local.c.s % _DAY) / _DAY + _THREE) % _SEVEN
        query = select(weekday, func.count()).select_from(local).group_by(weekday)
        return {int(d): int(n) for d, n in self.session.execute(query)}

    def busy_days(
        self, start: datetime, end: datetime, segments: Segments, more_than: int
    ) -> list[tuple[Any, ...]]:
        """(customer row id, uuid, short code, name, local day number since 1970, check-ins)
        for each customer and local day with more than ``more_than`` check-ins."""
        local = _local_seconds(start, end, segments)
        day = (local.c.s - local.c.s % _DAY) / _DAY
        per_day = (
            select(local.c.customer_id, day.label("day"), func.count().label("visits"))
            .group_by(local.c.customer_id, day)
            .having(func.count() > more_than)
            .subquery()
        )
        query = (
            select(
                Customer.id,
                Customer.uuid,
                Customer.short_code,
                Customer.name,
                per_day.c.day,
                per_day.c.visits,
            )
            .join(per_day, per_day.c.customer_id == Customer.id)
            .order_by(per_day.c.visits.desc(), per_day.c.day, Customer.id)
        )
        return [tuple(row) for row in self.session.execute(query)]


def _check_ins(start: datetime, end: datetime) -> tuple[ColumnElement[bool], ...]:
    return (
        Operation.kind == OperationKind.CHECK_IN,
        Operation.voided_by_id.is_(None),
        Operation.created_at >= start,
        Operation.created_at < end,
    )


def _local_seconds(start: datetime, end: datetime, segments: Segments) -> Any:
    """A subquery of the period's check-ins: customer_id and ``s``, local seconds since 1970."""
    if not segments:
        raise ValueError("at least one UTC offset segment is needed")
    later = [(since, offset) for since, offset in segments[1:]]
    offset: ColumnElement[int]
    if later:
        whens = [(Operation.created_at >= since, off) for since, off in reversed(later)]
        offset = case(*whens, else_=segments[0][1])
    else:
        offset = literal_column(str(int(segments[0][1])), Integer)
    seconds = extract("epoch", Operation.created_at) + offset
    query: Select[Any] = select(Operation.customer_id, seconds.label("s")).where(
        and_(*_check_ins(start, end))
    )
    return query.subquery()
