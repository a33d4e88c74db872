from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from loyaltydesk.domain.errors import ErrorCode, LoyaltyError
from loyaltydesk.domain.program import EarnMode
from tests.conftest import shop_settings
from tests.integration.helpers import ledger_state, ref, register


def test_spend_check_in_earns_and_explains(services, cashier) -> None:
    customer = register(services, cashier)
    result = services.points.check_in(
        customer=customer, actor=cashier, ref_code=ref(), amount="25.50"
    )
    assert (result.points, result.balance) == (25, 25)
    e = result.explanation
    assert (e.rule, e.rate, e.multiplier, e.tier) == ("SPEND", Decimal("1.00"), 1, "Member")
    assert ledger_state(services, customer) == (25, 25, 25)
    card = services.customers.lookup(customer)
    assert card.last_visits == (result.created_at,)


def test_visit_and_unit_modes(services, owner, cashier) -> None:
    services.program.save_settings(
        actor=owner, settings=shop_settings(earn_mode=EarnMode.VISIT, points_per_visit=2)
    )
    customer = register(services, cashier)
    assert services.points.check_in(customer=customer, actor=cashier, ref_code=ref()).points == 2
    services.program.save_settings(
        actor=owner, settings=shop_settings(earn_mode=EarnMode.UNIT, points_per_unit=3)
    )
    result = services.points.check_in(
        customer=customer, actor=cashier, ref_code=ref(), units=4, confirm=True
    )
    assert result.points == 12


def test_tier_upgrade_at_check_in_uses_rolling_twelve_months(services, cashier, clock) -> None:
    customer = register(services, cashier)
    first = services.points.check_in(
        customer=customer, actor=cashier, ref_code=ref(), amount="400.00"
    )
    assert (first.tier_before, first.tier_after, first.tier_upgraded) == ("Member", "Member", False)
    clock.advance(days=30)
    second = services.points.check_in(
        customer=customer, actor=cashier, ref_code=ref(), amount="150.00"
    )
    assert second.tier_upgraded
    assert second.tier_after == "Silver"
    assert second.points == 150  # earned at the tier held when buying
    clock.advance(days=30)
    third = services.points.check_in(
        customer=customer, actor=cashier, ref_code=ref(), amount="100.00"
    )
    assert third.points == 150
    assert third.explanation.multiplier == Decimal("1.5")
    # Spend older than 12 months does not count toward the next tier.
    clock.advance(days=400)
    fourth = services.points.check_in(
        customer=customer, actor=cashier, ref_code=ref(), amount="1000.00"
    )
    assert fourth.tier_after == "Silver"


def test_cooldown_refuses_then_accepts_with_confirmation(services, cashier, clock) -> None:
    customer = register(services, cashier)
    services.points.check_in(customer=customer, actor=cashier, ref_code=ref(), amount="10")
    clock.advance(minutes=4)
    with pytest.raises(LoyaltyError) as caught:
        services.points.check_in(customer=customer, actor=cashier, ref_code=ref(), amount="10")
    assert caught.value.code is ErrorCode.DUPLICATE_CHECKIN
    assert caught.value.details["minutes_ago"] == 4
    assert ledger_state(services, customer)[0] == 10
    again = services.points.check_in(
        customer=customer, actor=cashier, ref_code=ref(), amount="10", confirm=True
    )
    assert again.balance == 20
    clock.advance(minutes=11)
    assert (
        services.points.check_in(
            customer=customer, actor=cashier, ref_code=ref(), amount="10"
        ).balance
        == 30
    )


def test_birthday_bonus_once_a_year(services, cashier, clock) -> None:
    # START is 10 March 2026, 17:00 in Kuala Lumpur.
    customer = register(services, cashier, birth_date=date(1990, 3, 21))
    first = services.points.check_in(customer=customer, actor=cashier, ref_code=ref(), amount="10")
    assert first.explanation.birthday_bonus == 50
    assert first.points == 60
    clock.advance(days=2)
    second = services.points.check_in(customer=customer, actor=cashier, ref_code=ref(), amount="10")
    assert second.explanation.birthday_bonus == 0
    clock.now = datetime(2027, 3, 2, 3, 0, tzinfo=UTC)
    third = services.points.check_in(customer=customer, actor=cashier, ref_code=ref(), amount="10")
    assert third.explanation.birthday_bonus == 50


def test_no_birthday_bonus_outside_the_month(services, cashier) -> None:
    customer = register(services, cashier, birth_date=date(1990, 7, 1))
    result = services.points.check_in(customer=customer, actor=cashier, ref_code=ref(), amount="10")
    assert result.explanation.birthday_bonus == 0


def test_blocked_customer_cannot_check_in(services, cashier) -> None:
    customer = register(services, cashier)
    with services.context.uow.write() as uow:
        import uuid

        uow.customers.find_by("uuid", uuid.UUID(customer)).status = "BLOCKED"
        uow.commit()
    with pytest.raises(LoyaltyError) as caught:
        services.points.check_in(customer=customer, actor=cashier, ref_code=ref(), amount="10")
    assert caught.value.code is ErrorCode.CUSTOMER_BLOCKED
    assert ledger_state(services, customer) == (0, 0, 0)


def test_newly_available_rewards_are_reported(services, cashier) -> None:
    customer = register(services, cashier)
    result = services.points.check_in(
        customer=customer, actor=cashier, ref_code=ref(), amount="120.00"
    )
    assert result.newly_available == ("Free coffee",)
