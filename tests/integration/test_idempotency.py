import threading

import pytest

from loyaltydesk.domain.errors import ErrorCode, LoyaltyError
from loyaltydesk.services.facade import build_services
from loyaltydesk.store.engine import make_engine
from loyaltydesk.store.unit_of_work import UnitOfWorkFactory
from tests.integration.helpers import ledger_state, ref, register, row_counts


def test_replayed_ref_code_returns_first_result_and_writes_nothing(services, cashier, clock):
    customer = register(services, cashier)
    first = services.points.check_in(
        customer=customer, actor=cashier, ref_code="receipt-1001", amount="42.00"
    )
    before = row_counts(services)
    clock.advance(minutes=1)
    again = services.points.check_in(
        customer=customer, actor=cashier, ref_code="receipt-1001", amount="42.00"
    )
    assert again.replayed
    assert not first.replayed
    assert (again.transaction_id, again.points, again.balance) == (
        first.transaction_id, first.points, first.balance,
    )  # fmt: skip
    assert again.explanation == first.explanation
    assert row_counts(services) == before
    assert ledger_state(services, customer) == (42, 42, 42)


def test_replay_of_every_mutation(services, owner, cashier):
    customer = register(services, cashier)
    services.points.check_in(customer=customer, actor=cashier, ref_code="c", amount="500")
    calls = [
        lambda: services.points.redeem_reward(
            customer=customer, reward_id=1, actor=cashier, ref_code="r"
        ),
        lambda: services.points.pay_with_points(
            customer=customer, points=10, actor=cashier, ref_code="p"
        ),
        lambda: services.points.adjust_points(
            customer=customer, points=-5, reason="fix", actor=owner, ref_code="a"
        ),
        lambda: services.voids.void(transaction="r", reason="undo", actor=cashier, ref_code="v"),
    ]
    for call in calls:
        first = call()
        state = ledger_state(services, customer)
        again = call()
        assert again.replayed
        assert again.transaction_id == first.transaction_id
        assert ledger_state(services, customer) == state


def test_ref_code_reused_for_another_act_is_refused(services, cashier):
    customer = register(services, cashier)
    services.points.check_in(customer=customer, actor=cashier, ref_code="dup", amount="200")
    with pytest.raises(LoyaltyError) as caught:
        services.points.redeem_reward(customer=customer, reward_id=1, actor=cashier, ref_code="dup")
    assert caught.value.code is ErrorCode.REF_CODE_REUSED


def test_register_replay_returns_the_same_member(services, cashier):
    a = services.customers.register(actor=cashier, ref_code="reg-x", phone="+60123456789")
    b = services.customers.register(actor=cashier, ref_code="reg-x", phone="+60123456789")
    assert a.customer_id == b.customer_id
    with pytest.raises(LoyaltyError) as caught:
        services.customers.register(actor=cashier, ref_code="reg-y", phone="0123456789")
    assert caught.value.code is ErrorCode.CUSTOMER_EXISTS


def test_two_tills_same_ref_at_once_record_once(db_path, clock, cashier):
    """Two processes' worth of engines on one SQLite file racing the same receipt."""
    engines = [make_engine(f"sqlite:///{db_path}") for _ in range(2)]
    tills = [build_services(UnitOfWorkFactory(e), clock=clock) for e in engines]
    customer = register(tills[0], cashier)
    results, errors = [], []
    barrier = threading.Barrier(4)

    def attempt(services):
        barrier.wait(timeout=60)
        try:
            results.append(
                services.points.check_in(
                    customer=customer, actor=cashier, ref_code="race-1", amount="10"
                )
            )
        except Exception as exc:
            errors.append(exc)

    threads = [threading.Thread(target=attempt, args=(tills[i % 2],)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert not errors
    assert len({r.transaction_id for r in results}) == 1
    assert sum(not r.replayed for r in results) == 1
    assert ledger_state(tills[0], customer) == (10, 10, 10)
    for e in engines:
        e.dispose()


def test_ref_codes_are_checked(services, cashier):
    customer = register(services, cashier)
    for bad in ["", " ", "a b", "x" * 81, "tab\there"]:
        with pytest.raises(LoyaltyError) as caught:
            services.points.check_in(customer=customer, actor=cashier, ref_code=bad, amount="1")
        assert caught.value.code is ErrorCode.INVALID_REF_CODE
    assert ref()  # the helper keeps producing fresh refs
