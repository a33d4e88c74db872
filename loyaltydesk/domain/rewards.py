"""A reward's title and cost; which rewards a balance affords, progress to the next one, and
paying with points."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

from loyaltydesk.domain.errors import ErrorCode, InvalidInputError, RefusedError
from loyaltydesk.domain.money import minor_units
from loyaltydesk.domain.program import MAX_POINTS

MAX_TITLE = 80
MAX_SORT_ORDER = 100_000


@dataclass(frozen=True, slots=True)
class RewardOption:
    reward_id: int
    title: str
    cost: int
    available: bool


@dataclass(frozen=True, slots=True)
class RewardProgress:
    """Toward the cheapest reward not yet affordable (a stamp card is a reward costing N stamps)."""

    reward_id: int
    title: str
    have: int
    need: int


def reward_options(balance: int, catalog: list[tuple[int, str, int]]) -> tuple[RewardOption, ...]:
    """The active catalog (id, title, cost) in its order, each marked available or not."""
    return tuple(RewardOption(rid, title, cost, balance >= cost) for rid, title, cost in catalog)


def next_reward(balance: int, catalog: list[tuple[int, str, int]]) -> RewardProgress | None:
    out_of_reach = [(cost, rid, title) for rid, title, cost in catalog if cost > balance]
    if not out_of_reach:
        return None
    cost, rid, title = min(out_of_reach)
    return RewardProgress(rid, title, balance, cost)


def points_to_pay(
    *,
    point_value: Decimal | None,
    currency: str,
    points: int | None = None,
    amount: Decimal | None = None,
) -> tuple[int, Decimal]:
    """(points, money value) for paying part of a purchase with points.

    Given points: their value, rounded down to the currency's smallest unit. Given an amount: the
    points that cover it, rounded up, so the shop never gives away a fraction of a cent.
    """
    if point_value is None:
        raise RefusedError(
            "This shop does not take points as payment.", code=ErrorCode.POINTS_PAYMENT_DISABLED
        )
    quantum = Decimal(1).scaleb(-minor_units(currency))
    if points is not None:
        if isinstance(points, bool) or points <= 0:
            raise InvalidInputError(
                "Points must be a whole number above 0.", code=ErrorCode.INVALID_POINTS
            )
        return points, (points * point_value).quantize(quantum, rounding=ROUND_FLOOR)
    if amount is None:
        raise InvalidInputError(
            "Say how many points or how much to pay.", code=ErrorCode.INVALID_POINTS
        )
    needed = int((amount / point_value).to_integral_value(rounding=ROUND_CEILING))
    return needed, (needed * point_value).quantize(quantum, rounding=ROUND_FLOOR)


def clean_reward_title(title: str | None) -> str:
    """Whitespace collapsed; INVALID_INPUT unless 1 to MAX_TITLE printable characters."""
    clean = " ".join((title or "").split())
    if not clean or len(clean) > MAX_TITLE or not clean.isprintable():
        raise InvalidInputError(f"A reward title is 1 to {MAX_TITLE} characters.")
    return clean


def check_reward_cost(cost: int) -> int:
    """INVALID_POINTS unless a whole number of points above 0 (at most MAX_POINTS)."""
    if isinstance(cost, bool) or not isinstance(cost, int) or not 0 < cost <= MAX_POINTS:
        raise InvalidInputError(
            "A reward costs a whole number of points above 0.", code=ErrorCode.INVALID_POINTS
        )
    return cost


def check_sort_order(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_SORT_ORDER:
        raise InvalidInputError(f"A position is a whole number from 0 to {MAX_SORT_ORDER}.")
    return value
