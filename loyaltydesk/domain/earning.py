"""How many points a check-in earns, and why."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import ROUND_FLOOR, Decimal, localcontext

from loyaltydesk.domain.errors import ErrorCode, InvalidInputError
from loyaltydesk.domain.program import MAX_UNITS, EarnMode, ProgramRules, Tier


@dataclass(frozen=True, slots=True)
class EarnQuote:
    """The points for one check-in and the reasoning a cashier can read back to a customer."""

    points: int
    rule: EarnMode
    rate: Decimal
    """Points per visit (VISIT), money per point (SPEND) or points per unit (UNIT)."""
    multiplier: Decimal
    tier: str | None
    amount: Decimal | None
    units: int | None


def quote_earn(
    rules: ProgramRules, *, amount: Decimal | None, units: int | None, tier: Tier | None
) -> EarnQuote:
    """Points for a check-in under ``rules``; INVALID_AMOUNT/INVALID_UNITS when input is missing."""
    multiplier = tier.multiplier if tier is not None else Decimal(1)
    tier_name = tier.name if tier is not None else None
    if units is not None and (isinstance(units, bool) or not 1 <= units <= MAX_UNITS):
        raise InvalidInputError(
            f"Units must be a whole number from 1 to {MAX_UNITS}.", code=ErrorCode.INVALID_UNITS
        )
    match rules.earn_mode:
        case EarnMode.SPEND:
            if amount is None:
                raise InvalidInputError(
                    "Type the amount spent to check in.", code=ErrorCode.INVALID_AMOUNT
                )
            rate = rules.spend_per_point
            base = amount * multiplier / rate
        case EarnMode.UNIT:
            if units is None:
                raise InvalidInputError(
                    "Type how many units were bought.", code=ErrorCode.INVALID_UNITS
                )
            rate = Decimal(rules.points_per_unit)
            base = Decimal(units) * rate * multiplier
        case EarnMode.VISIT:
            rate = Decimal(rules.points_per_visit)
            base = rate * multiplier
    with localcontext() as ctx:
        ctx.prec = 40
        points = int(base.to_integral_value(rounding=ROUND_FLOOR))
    return EarnQuote(points, rules.earn_mode, rate, multiplier, tier_name, amount, units)


def tier_for_spend(rules: ProgramRules, spend: Decimal) -> Tier | None:
    """The highest tier whose qualifying spend is reached."""
    reached = [t for t in rules.tiers if t.min_spend <= spend]
    return reached[-1] if reached else rules.base_tier()


def next_tier(rules: ProgramRules, current: Tier | None) -> Tier | None:
    if current is None:
        return rules.tiers[1] if len(rules.tiers) > 1 else None
    later = [t for t in rules.tiers if t.min_spend > current.min_spend]
    return later[0] if later else None


def replay_tier(
    rules: ProgramRules,
    start: Tier | None,
    check_ins: Sequence[tuple[datetime, Decimal | None]],
    *,
    since: datetime,
    window: timedelta,
) -> Tier | None:
    """The tier after the check-ins from ``since`` on, starting from ``start``.

    ``check_ins`` are (time, amount) oldest first, and reach back ``window`` before ``since`` so
    that every check-in sees its qualifying spend. Each check-in raises the tier as a check-in
    does: to the tier its window's spend reaches, never lower.
    """
    tier = start
    spend = Decimal(0)
    oldest = 0
    for at, amount in check_ins:
        spend += amount or Decimal(0)
        while check_ins[oldest][0] < at - window:
            spend -= check_ins[oldest][1] or Decimal(0)
            oldest += 1
        if at < since:
            continue
        reached = tier_for_spend(rules, spend)
        if reached is not None and (tier is None or reached.min_spend > tier.min_spend):
            tier = reached
    return tier
