"""A void undoes every effect of what it reverses: points, tier, birthday bonus, last seen."""

from datetime import date

from tests.integration.helpers import ledger_state, ref, register


def check_in(services, actor, customer, amount):
    return services.points.check_in(
        customer=customer, actor=actor, ref_code=ref(), amount=amount, confirm=True,
        confirm_amount=True,  # the typos these tests void are large on purpose
    )  # fmt: skip


def void(services, actor, transaction):
    return services.voids.void(transaction=transaction, reason="typo", actor=actor, ref_code=ref())


def tier_of(services, customer) -> str | None:
    return services.customer_admin.get_customer(customer).tier


def test_voiding_the_check_in_that_made_gold_takes_gold_away(services, owner) -> None:
    customer = register(services, owner)
    typo = check_in(services, owner, customer, "99999")
    assert typo.tier_after == "Gold"
    voided = void(services, owner, typo.transaction_id)
    assert voided.balance == 0
    assert tier_of(services, customer) == "Member"
    later = check_in(services, owner, customer, "100")
    assert (later.explanation.multiplier, later.points) == (1, 100)


def test_the_tier_falls_only_as_far_as_the_spend_that_remains(services, owner) -> None:
    customer = register(services, owner)
    check_in(services, owner, customer, "600")
    assert tier_of(services, customer) == "Silver"
    typo = check_in(services, owner, customer, "5000")
    check_in(services, owner, customer, "950")
    assert tier_of(services, customer) == "Gold"
    void(services, owner, typo.transaction_id)
    # 600 + 950 still reach Gold's 1,500: the later check-in would have made Gold anyway.
    assert tier_of(services, customer) == "Gold"


def test_voids_in_any_order_give_the_tier_of_what_remains(services, owner) -> None:
    customer = register(services, owner)
    first = check_in(services, owner, customer, "1600")
    second = check_in(services, owner, customer, "300")
    void(services, owner, first.transaction_id)
    assert tier_of(services, customer) == "Member"
    void(services, owner, second.transaction_id)
    assert tier_of(services, customer) == "Member"
    assert ledger_state(services, customer) == (0, 0, 0)


def test_a_voided_birthday_bonus_can_be_earned_again(services, owner, clock) -> None:
    assert clock.now.month == 3
    customer = register(services, owner, birth_date=date(1990, 3, 21))
    first = check_in(services, owner, customer, "10")
    assert first.explanation.birthday_bonus == 50
    void(services, owner, first.transaction_id)
    clock.advance(minutes=1)
    again = check_in(services, owner, customer, "10")
    assert again.explanation.birthday_bonus == 50
    assert again.balance == 60
    once_more = check_in(services, owner, customer, "10")
    assert once_more.explanation.birthday_bonus == 0


def test_last_seen_goes_back_to_the_visit_before(services, owner, clock) -> None:
    customer = register(services, owner)
    check_in(services, owner, customer, "10")
    visit = clock.now
    clock.advance(days=3)
    typo = check_in(services, owner, customer, "10")
    void(services, owner, typo.transaction_id)
    assert services.customer_admin.get_customer(customer).last_seen_at == visit


def test_voiding_a_redemption_leaves_the_tier(services, owner) -> None:
    customer = register(services, owner)
    check_in(services, owner, customer, "600")
    redeemed = services.points.redeem_reward(
        customer=customer, reward_id=1, actor=owner, ref_code=ref()
    )
    void(services, owner, redeemed.transaction_id)
    assert tier_of(services, customer) == "Silver"
    assert ledger_state(services, customer) == (600, 600, 600)


def test_a_tier_kept_from_last_year_survives_a_void(services, owner, clock) -> None:
    customer = register(services, owner)
    check_in(services, owner, customer, "2000")
    clock.advance(days=400)
    typo = check_in(services, owner, customer, "10")
    assert typo.tier_before == "Gold"
    void(services, owner, typo.transaction_id)
    assert tier_of(services, customer) == "Gold"
