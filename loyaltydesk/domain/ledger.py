"""The append-only points ledger: entry kinds, lots, FIFO spending and expiry dates."""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from loyaltydesk.domain.errors import ErrorCode, RefusedError


class EntryKind(StrEnum):
    EARN = "EARN"
    REDEEM = "REDEEM"
    ADJUST = "ADJUST"
    EXPIRE = "EXPIRE"
    REVERSAL = "REVERSAL"


class OperationKind(StrEnum):
    """What a person did; one operation writes one or more ledger entries under one ref_code."""

    CHECK_IN = "CHECK_IN"
    REDEEM_REWARD = "REDEEM_REWARD"
    PAY_WITH_POINTS = "PAY_WITH_POINTS"
    ADJUST = "ADJUST"
    VOID = "VOID"
    EXPIRE = "EXPIRE"
    IMPORT = "IMPORT"
    REGISTER = "REGISTER"
    VOUCHER_REDEEM = "VOUCHER_REDEEM"


#: Operations a void may undo.
VOIDABLE = frozenset(
    {
        OperationKind.CHECK_IN,
        OperationKind.REDEEM_REWARD,
        OperationKind.PAY_WITH_POINTS,
        OperationKind.ADJUST,
    }
)

#: Operations that mean the customer was at the counter ("last seen").
VISIT_KINDS = frozenset(
    {OperationKind.CHECK_IN, OperationKind.REDEEM_REWARD, OperationKind.PAY_WITH_POINTS}
)


@dataclass(frozen=True, slots=True)
class Lot:
    """Points that were credited and can still be spent (an EARN or positive ADJUST entry)."""

    entry_id: int
    remaining: int
    created_at: datetime
    expires_at: datetime | None


def spending_order(lots: Iterable[Lot]) -> list[Lot]:
    """Oldest first: soonest expiry first, never-expiring points last, ties by age."""
    return sorted(
        lots,
        key=lambda lot: (
            lot.expires_at is None,
            lot.expires_at or lot.created_at,
            lot.created_at,
            lot.entry_id,
        ),
    )


def allocate_fifo(lots: Sequence[Lot], points: int) -> list[tuple[int, int]]:
    """Which lots pay for ``points``, as (entry_id, points taken); INSUFFICIENT_BALANCE if short."""
    available = sum(lot.remaining for lot in lots)
    if points > available:
        raise RefusedError(
            f"Not enough points: {available} of {points}.",
            code=ErrorCode.INSUFFICIENT_BALANCE,
            balance=available,
            needed=points,
        )
    taken: list[tuple[int, int]] = []
    left = points
    for lot in spending_order(lots):
        if left == 0:
            break
        take = min(lot.remaining, left)
        if take > 0:
            taken.append((lot.entry_id, take))
            left -= take
    return taken


def add_months(moment: datetime, months: int) -> datetime:
    """The same day ``months`` later, clamped to the end of a shorter month (31 Jan -> 28 Feb)."""
    month_index = moment.month - 1 + months
    year = moment.year + month_index // 12
    month = month_index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def soonest_expiry(open_lots: Sequence[tuple[datetime, int]]) -> tuple[int, datetime] | None:
    """The points that expire first and when: every open lot expiring within a day of the
    first, from (expires_at, remaining) in expiry order."""
    if not open_lots:
        return None
    first = open_lots[0][0]
    day_end = first + timedelta(days=1)
    return sum(remaining for at, remaining in open_lots if at < day_end), first
