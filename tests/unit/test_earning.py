from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from loyaltydesk.domain.earning import next_tier, quote_earn, replay_tier, tier_for_spend
from loyaltydesk.domain.errors import ErrorCode, InvalidInputError
from loyaltydesk.domain.program import EarnMode, ProgramRules, Tier

TIERS = (Tier("Member", Decimal(0)), Tier("Gold", Decimal(1000), Decimal("1.5")))


def test_spend_points_floor_amount_over_rate_times_multiplier() -> None:
    rules = ProgramRules(earn_mode=EarnMode.SPEND, spend_per_point=Decimal("2.00"), tiers=TIERS)
    quote = quote_earn(rules, amount=Decimal("25.50"), units=None, tier=TIERS[1])
    assert quote.points == 19  # floor(25.50 / 2 * 1.5) = floor(19.125)
    assert (quote.rule, quote.rate, quote.multiplier, quote.tier) == (
        EarnMode.SPEND, Decimal("2.00"), Decimal("1.5"), "Gold",
    )  # fmt: skip


def test_spend_floor_is_exact_with_decimals() -> None:
    rules = ProgramRules(earn_mode=EarnMode.SPEND, spend_per_point=Decimal("0.10"))
    # A float would give 2.9999999999999996 -> 2.
    assert quote_earn(rules, amount=Decimal("0.30"), units=None, tier=None).points == 3


def test_visit_and_unit_modes() -> None:
    visit = ProgramRules(earn_mode=EarnMode.VISIT, points_per_visit=1)
    assert quote_earn(visit, amount=None, units=None, tier=None).points == 1
    unit = ProgramRules(earn_mode=EarnMode.UNIT, points_per_unit=3)
    assert quote_earn(unit, amount=None, units=4, tier=TIERS[1]).points == 18


@pytest.mark.parametrize(
    ("mode", "amount", "units", "code"),
    [
        (EarnMode.SPEND, None, None, ErrorCode.INVALID_AMOUNT),
        (EarnMode.UNIT, None, None, ErrorCode.INVALID_UNITS),
        (EarnMode.UNIT, None, 0, ErrorCode.INVALID_UNITS),
        (EarnMode.UNIT, None, -2, ErrorCode.INVALID_UNITS),
        (EarnMode.UNIT, None, 10**9, ErrorCode.INVALID_UNITS),
    ],
)
def test_missing_or_bad_input(mode, amount, units, code) -> None:
    with pytest.raises(InvalidInputError) as caught:
        quote_earn(ProgramRules(earn_mode=mode), amount=amount, units=units, tier=None)
    assert caught.value.code is code


def test_tier_for_spend_and_next() -> None:
    rules = ProgramRules(tiers=TIERS)
    assert tier_for_spend(rules, Decimal(999)).name == "Member"
    assert tier_for_spend(rules, Decimal(1000)).name == "Gold"
    assert next_tier(rules, TIERS[0]).name == "Gold"
    assert next_tier(rules, TIERS[1]) is None


def test_replay_tier_raises_by_each_check_ins_window_and_never_lowers() -> None:
    member, silver, gold = (Tier(n, Decimal(s)) for n, s in [("M", 0), ("S", 500), ("G", 1500)])
    rules = ProgramRules(tiers=(member, silver, gold))
    day = datetime(2026, 1, 1, tzinfo=UTC)
    window = timedelta(days=365)
    history = [
        (day, Decimal(600)),
        (day + timedelta(days=200), Decimal(950)),
        (day + timedelta(days=400), Decimal(100)),
    ]

    def replay(start, check_ins, since=day):
        return replay_tier(rules, start, check_ins, since=since, window=window)

    assert replay(member, []) == member
    assert replay(member, history[:1]) == silver
    assert replay(member, history) == gold  # 600 + 950 within a year, at day 200
    # From day 400 on, only 950 + 100 count: Silver reached, Gold kept from the start.
    assert replay(member, history, since=history[2][0]) == silver
    assert replay(gold, history[2:], since=history[2][0]) == gold
