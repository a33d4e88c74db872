from decimal import Decimal

import pytest

from loyaltydesk.domain.errors import ErrorCode, LoyaltyError
from tests.integration.helpers import ledger_state, ref, register


def _earn(services, actor, customer, amount, clock=None) -> int:
    result = services.points.check_in(
        customer=customer, actor=actor, ref_code=ref(), amount=amount, confirm=True
    )
    return result.transaction_id


def test_redeem_reward_and_refuse_when_short(services, cashier) -> None:
    customer = register(services, cashier)
    _earn(services, cashier, customer, "130")
    result = services.points.redeem_reward(
        customer=customer, reward_id=1, actor=cashier, ref_code=ref()
    )
    assert (result.points, result.balance, result.reward_title) == (-100, 30, "Free coffee")
    with pytest.raises(LoyaltyError) as caught:
        services.points.redeem_reward(customer=customer, reward_id=1, actor=cashier, ref_code=ref())
    assert caught.value.code is ErrorCode.INSUFFICIENT_BALANCE
    assert caught.value.message == "Not enough points: 30 of 100."
    assert ledger_state(services, customer) == (30, 30, 30)


def test_unknown_and_inactive_rewards(services, cashier) -> None:
    customer = register(services, cashier)
    with pytest.raises(LoyaltyError) as caught:
        services.points.redeem_reward(
            customer=customer, reward_id=99, actor=cashier, ref_code=ref()
        )
    assert caught.value.code is ErrorCode.REWARD_NOT_FOUND


def test_partial_payment_with_points(services, cashier) -> None:
    customer = register(services, cashier)
    _earn(services, cashier, customer, "300")
    paid = services.points.pay_with_points(
        customer=customer, actor=cashier, ref_code=ref(), points=250
    )
    assert (paid.points, paid.balance, paid.payment_value) == (-250, 50, Decimal("2.50"))
    by_amount = services.points.pay_with_points(
        customer=customer, actor=cashier, ref_code=ref(), amount="0.25", purchase_amount="9.90"
    )
    assert (by_amount.points, by_amount.payment_value) == (-25, Decimal("0.25"))
    with pytest.raises(LoyaltyError) as caught:
        services.points.pay_with_points(
            customer=customer, actor=cashier, ref_code=ref(), amount="0.20", purchase_amount="0.10"
        )
    assert caught.value.code is ErrorCode.AMOUNT_TOO_HIGH
    assert ledger_state(services, customer) == (25, 25, 25)


def test_fifo_across_expiry_boundaries(services, cashier, clock) -> None:
    customer = register(services, cashier)
    _earn(services, cashier, customer, "100")  # lot A, expires 10 Mar 2027
    clock.advance(days=200)
    _earn(services, cashier, customer, "100")  # lot B, expires 26 Sep 2027
    services.points.redeem_reward(customer=customer, reward_id=1, actor=cashier, ref_code=ref())
    # The redemption took all of lot A, so nothing is left to expire in March.
    card = services.customers.lookup(customer)
    assert card.expiring_points == 100
    assert card.expiring_at.month == 9
    clock.advance(days=170)  # past lot A's date, before lot B's
    assert services.expiry.expire_points().points_expired == 0
    clock.advance(days=200)  # past lot B's date
    assert services.expiry.expire_points().points_expired == 100
    assert ledger_state(services, customer) == (0, 0, 0)


def test_spending_never_uses_expired_points(services, cashier, clock) -> None:
    customer = register(services, cashier)
    _earn(services, cashier, customer, "150")
    clock.advance(days=400)  # the lot is past due but the sweep has not run
    with pytest.raises(LoyaltyError) as caught:
        services.points.redeem_reward(customer=customer, reward_id=1, actor=cashier, ref_code=ref())
    assert caught.value.code is ErrorCode.INSUFFICIENT_BALANCE
    # The refusal rolled back the per-customer expiry too: nothing was written.
    assert ledger_state(services, customer) == (150, 150, 150)
    services.points.check_in(customer=customer, actor=cashier, ref_code=ref(), amount="5")
    assert ledger_state(services, customer) == (5, 5, 5)


def test_void_of_partially_spent_earn(services, cashier) -> None:
    customer = register(services, cashier)
    first = _earn(services, cashier, customer, "100")
    _earn(services, cashier, customer, "80")
    services.points.redeem_reward(customer=customer, reward_id=1, actor=cashier, ref_code=ref())
    # 80 left: lot 1 was fully spent, lot 2 untouched. Voiding lot 1's check-in takes 80.
    with pytest.raises(LoyaltyError) as caught:
        services.voids.void(
            transaction=first, reason="wrong customer", actor=cashier, ref_code=ref()
        )
    assert caught.value.code is ErrorCode.INSUFFICIENT_BALANCE
    assert ledger_state(services, customer) == (80, 80, 80)
    _earn(services, cashier, customer, "20")
    voided = services.voids.void(
        transaction=first, reason="wrong customer", actor=cashier, ref_code=ref()
    )
    assert (voided.points, voided.balance) == (-100, 0)
    assert ledger_state(services, customer) == (0, 0, 0)


def test_void_of_redemption_returns_points_to_their_lots(services, cashier) -> None:
    customer = register(services, cashier)
    _earn(services, cashier, customer, "120")
    redeemed = services.points.redeem_reward(
        customer=customer, reward_id=1, actor=cashier, ref_code=ref()
    )
    voided = services.voids.void(
        transaction=redeemed.transaction_id, reason="changed mind", actor=cashier, ref_code=ref()
    )
    assert (voided.points, voided.balance) == (100, 120)
    assert ledger_state(services, customer) == (120, 120, 120)
    with pytest.raises(LoyaltyError) as caught:
        services.voids.void(
            transaction=redeemed.transaction_id, reason="again", actor=cashier, ref_code=ref()
        )
    assert caught.value.code is ErrorCode.ALREADY_VOIDED
    history = services.history.customer_history(customer)
    assert [h.kind for h in history] == ["REVERSAL", "REDEEM", "EARN"]
    assert history[1].voided
    assert not history[0].voided


def test_cashier_void_window_and_owner_override(services, owner, cashier, clock) -> None:
    customer = register(services, cashier)
    txn = _earn(services, cashier, customer, "50")
    clock.advance(minutes=16)
    with pytest.raises(LoyaltyError) as caught:
        services.voids.void(transaction=txn, reason="late", actor=cashier, ref_code=ref())
    assert caught.value.code is ErrorCode.PERMISSION_DENIED
    assert (
        services.voids.void(transaction=txn, reason="late", actor=owner, ref_code=ref()).balance
        == 0
    )


def test_adjust_is_owner_only_and_needs_a_reason(services, owner, cashier) -> None:
    customer = register(services, cashier)
    with pytest.raises(LoyaltyError) as caught:
        services.points.adjust_points(
            customer=customer, points=10, reason="gift", actor=cashier, ref_code=ref()
        )
    assert caught.value.code is ErrorCode.PERMISSION_DENIED
    with pytest.raises(LoyaltyError) as caught:
        services.points.adjust_points(
            customer=customer, points=10, reason="   ", actor=owner, ref_code=ref()
        )
    assert caught.value.code is ErrorCode.INVALID_INPUT
    services.points.adjust_points(
        customer=customer, points=40, reason="apology", actor=owner, ref_code=ref()
    )
    with pytest.raises(LoyaltyError) as caught:
        services.points.adjust_points(
            customer=customer, points=-41, reason="fix", actor=owner, ref_code=ref()
        )
    assert caught.value.code is ErrorCode.INSUFFICIENT_BALANCE
    services.points.adjust_points(
        customer=customer, points=-15, reason="fix", actor=owner, ref_code=ref()
    )
    assert ledger_state(services, customer) == (25, 25, 25)


def test_expiry_sweep_writes_each_expiry_exactly_once(services, cashier, clock) -> None:
    customers = [register(services, cashier, phone=f"+6012345{i:04d}") for i in range(3)]
    for customer in customers:
        _earn(services, cashier, customer, "10")
    clock.advance(days=366)
    first = services.expiry.expire_points()
    assert (first.lots_expired, first.points_expired, first.customers_touched) == (3, 30, 3)
    assert services.expiry.expire_points().points_expired == 0
    for customer in customers:
        assert ledger_state(services, customer) == (0, 0, 0)
        assert [h.kind for h in services.history.customer_history(customer)] == ["EXPIRE", "EARN"]
