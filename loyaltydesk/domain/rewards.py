"""Which rewards a balance affords, progress to the next one, and paying with points."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

from loyaltydesk.domain.errors import ErrorCode, InvalidInputError, RefusedError
from loyaltydesk.domain.money import minor_units


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
