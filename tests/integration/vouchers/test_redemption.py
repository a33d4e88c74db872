"""Redeeming vouchers at the counter: the view, the check, once-only recording, every refusal."""

import threading
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from loyaltydesk.domain.errors import ErrorCode, LoyaltyError
from loyaltydesk.domain.staff import Actor, Role
from loyaltydesk.services.facade import build_services
from loyaltydesk.store.engine import make_engine
from loyaltydesk.store.models import Operation
from loyaltydesk.store.unit_of_work import UnitOfWorkFactory
from tests.integration.helpers import ref, register


def make_batch(services, owner, **changes):
    args = {"name": "Spring", "voucher_type": "PERCENT", "value": "10", "quantity": 3}
    args.update(changes)
    return services.vouchers.create_batch(actor=owner, **args)


def operation_count(services) -> int:
    with services.context.uow.read() as uow:
        return uow.session.scalar(select(func.count(Operation.id)))


def refusal(call) -> LoyaltyError:
    with pytest.raises(LoyaltyError) as caught:
        call()
    return caught.value


def test_look_up_shows_what_the_cashier_needs(services, owner) -> None:
    created = make_batch(services, owner, min_purchase="20", valid_until=date(2026, 3, 31))
    code = created.codes[0]
    for text in [code, f"LD1:V:{code}", f" {code[:4]} {code[4:8]} {code[8:]} "]:
        view = services.vouchers.look_up_voucher(text)
        assert view.code == code
        assert (view.type, view.value, view.benefit) == ("PERCENT", Decimal("10.00"), "10% off")
        assert (view.status, view.state, view.is_usable) == ("ISSUED", "VALID", True)
        assert view.min_purchase == Decimal("20.00")
        assert view.valid_until_date == date(2026, 3, 31)
        assert view.redeemed_at is None
    for text in [
        code.swapcase(),
        "ZZZZ9999ZZZZ",
        "LD1:V:ZZZZ9999ZZZZ",
        "hello",
        "LD1:M:" + "A" * 32,
    ]:
        assert refusal(lambda t=text: services.vouchers.look_up_voucher(t)).code is (
            ErrorCode.VOUCHER_NOT_FOUND
        )


def test_check_computes_without_recording(services, owner) -> None:
    created = make_batch(services, owner)
    before = operation_count(services)
    quote = services.vouchers.check_voucher(code=created.codes[0], amount="25.55")
    assert (quote.amount, quote.discount, quote.amount_due) == (
        Decimal("25.55"),
        Decimal("2.56"),
        Decimal("22.99"),
    )
    assert quote.voucher.state == "VALID"
    assert operation_count(services) == before
    assert services.vouchers.look_up_voucher(created.codes[0]).status == "ISSUED"


@pytest.mark.parametrize(
    ("voucher_type", "value", "amount", "discount", "due"),
    [
        ("PERCENT", "10", "25.55", "2.56", "22.99"),
        ("FIXED", "5", "30.00", "5.00", "25.00"),
        ("FIXED", "50", "30.00", "30.00", "0.00"),
        ("BOGO", None, "30.00", "0.00", "30.00"),
    ],
)
def test_redeem_records_once_and_replays(
    services, owner, cashier, clock, voucher_type, value, amount, discount, due
) -> None:
    created = make_batch(services, owner, voucher_type=voucher_type, value=value)
    code = created.codes[0]
    first = services.vouchers.redeem_voucher(
        code=code, amount=amount, actor=cashier, ref_code="receipt-1"
    )
    assert (first.discount, first.amount_due) == (Decimal(discount), Decimal(due))
    assert (first.till, first.staff_name, first.replayed) == ("Till 1", "Cass Cashier", False)
    assert first.code_hint == "…" + code[-4:]
    count = operation_count(services)
    clock.advance(minutes=5)
    again = services.vouchers.redeem_voucher(
        code=code, amount=amount, actor=cashier, ref_code="receipt-1"
    )
    assert again.replayed
    assert again.transaction_id == first.transaction_id
    assert (again.discount, again.amount_due, again.redeemed_at) == (
        first.discount,
        first.amount_due,
        first.redeemed_at,
    )
    assert operation_count(services) == count
    view = services.vouchers.look_up_voucher(code)
    assert (view.status, view.state, view.redeemed_till, view.redeemed_by) == (
        "REDEEMED",
        "REDEEMED",
        "Till 1",
        "Cass Cashier",
    )
    assert (view.purchase_amount, view.discount) == (Decimal(amount), Decimal(discount))


def test_a_second_ref_on_a_redeemed_code_says_when_where_and_who(services, owner, cashier):
    created = make_batch(services, owner)
    code = created.codes[0]
    services.vouchers.redeem_voucher(code=code, amount="10", actor=cashier, ref_code="a")
    other_till = Actor(1, "Olive Owner", Role.OWNER, "Till 2")
    error = refusal(
        lambda: services.vouchers.redeem_voucher(
            code=code, amount="10", actor=other_till, ref_code="b"
        )
    )
    assert error.code is ErrorCode.VOUCHER_ALREADY_REDEEMED
    assert error.details["redeemed_till"] == "Till 1"
    assert error.details["redeemed_by"] == "Cass Cashier"
    assert error.details["redeemed_at"] is not None
    # The shop is in Kuala Lumpur (UTC+8): 09:00 UTC is 17:00 there.
    assert "2026-03-10 17:00 at Till 1 by Cass Cashier" in error.message
    check = refusal(lambda: services.vouchers.check_voucher(code=code, amount="10"))
    assert check.code is ErrorCode.VOUCHER_ALREADY_REDEEMED


def test_every_refusal_has_its_code_and_records_nothing(services, owner, cashier, clock):
    later = make_batch(services, owner, valid_from=date(2026, 3, 20))
    past = make_batch(services, owner, valid_until=date(2026, 3, 1))
    minimum = make_batch(services, owner, min_purchase="50")
    voided = make_batch(services, owner)
    services.vouchers.void_voucher(code=voided.codes[0], reason="lost", actor=owner)
    whole = make_batch(services, owner)
    services.vouchers.void_batch(batch_id=whole.batch_id, reason="ended", actor=owner)
    used = make_batch(services, owner)
    services.vouchers.redeem_voucher(code=used.codes[0], amount="5", actor=cashier, ref_code="u")
    before = operation_count(services)
    cases = [
        (later.codes[0], "60", ErrorCode.VOUCHER_NOT_YET_VALID),
        (past.codes[0], "60", ErrorCode.VOUCHER_EXPIRED),
        (minimum.codes[0], "49.99", ErrorCode.MIN_PURCHASE_NOT_MET),
        (voided.codes[0], "60", ErrorCode.VOUCHER_VOID),
        (whole.codes[1], "60", ErrorCode.VOUCHER_VOID),
        (used.codes[0], "60", ErrorCode.VOUCHER_ALREADY_REDEEMED),
        ("Zz0Zz0Zz0Zz0", "60", ErrorCode.VOUCHER_NOT_FOUND),
        (minimum.codes[0], "0", ErrorCode.INVALID_AMOUNT),
        (minimum.codes[0], "1.001", ErrorCode.INVALID_AMOUNT),
        (minimum.codes[0], "abc", ErrorCode.INVALID_AMOUNT),
    ]
    for code, amount, expected in cases:
        error = refusal(
            lambda c=code, a=amount: services.vouchers.redeem_voucher(
                code=c, amount=a, actor=cashier, ref_code=ref()
            )
        )
        assert error.code is expected, (code, amount)
        assert error.is_input_error == (expected is ErrorCode.INVALID_AMOUNT)
        if expected is not ErrorCode.INVALID_AMOUNT:
            check = refusal(
                lambda c=code, a=amount: services.vouchers.check_voucher(code=c, amount=a)
            )
            assert check.code is expected
    assert operation_count(services) == before
    clock.advance(days=10)  # 20 March in Kuala Lumpur: the later batch starts
    result = services.vouchers.redeem_voucher(
        code=later.codes[0], amount="60", actor=cashier, ref_code=ref()
    )
    assert result.discount == Decimal("6.00")


def test_validity_follows_the_shop_day(services, owner, cashier, clock) -> None:
    """Valid until 10 March means until midnight in Kuala Lumpur, 16:00 UTC."""
    created = make_batch(services, owner, valid_until=date(2026, 3, 10))
    clock.advance(hours=6, minutes=59)  # 15:59 UTC, 23:59 in the shop
    assert services.vouchers.look_up_voucher(created.codes[0]).state == "VALID"
    clock.advance(minutes=1)
    assert services.vouchers.look_up_voucher(created.codes[0]).state == "EXPIRED"
    error = refusal(
        lambda: services.vouchers.redeem_voucher(
            code=created.codes[0], amount="5", actor=cashier, ref_code=ref()
        )
    )
    assert error.code is ErrorCode.VOUCHER_EXPIRED


def test_a_ref_code_of_another_act_is_refused(services, owner, cashier) -> None:
    created = make_batch(services, owner)
    customer = register(services, cashier)
    services.points.check_in(customer=customer, actor=cashier, ref_code="shared", amount="5")
    error = refusal(
        lambda: services.vouchers.redeem_voucher(
            code=created.codes[0], amount="5", actor=cashier, ref_code="shared"
        )
    )
    assert error.code is ErrorCode.REF_CODE_REUSED
    services.vouchers.redeem_voucher(
        code=created.codes[0], amount="5", actor=cashier, ref_code="mine"
    )
    error = refusal(
        lambda: services.vouchers.redeem_voucher(
            code=created.codes[1], amount="5", actor=cashier, ref_code="mine"
        )
    )
    assert error.code is ErrorCode.REF_CODE_REUSED
    error = refusal(
        lambda: services.points.check_in(
            customer=customer, actor=cashier, ref_code="mine", amount="5"
        )
    )
    assert error.code is ErrorCode.REF_CODE_REUSED
    bad_ref = refusal(
        lambda: services.vouchers.redeem_voucher(
            code=created.codes[1], amount="5", actor=cashier, ref_code="has space"
        )
    )
    assert bad_ref.code is ErrorCode.INVALID_REF_CODE


def test_a_redemption_is_an_operation_without_customer_that_points_voids_leave_alone(
    services, owner, cashier
) -> None:
    created = make_batch(services, owner)
    result = services.vouchers.redeem_voucher(
        code=created.codes[0], amount="5", actor=cashier, ref_code=ref()
    )
    with services.context.uow.read() as uow:
        operation = uow.operations.get(result.transaction_id)
        assert operation is not None
        assert (operation.kind, operation.customer_id, operation.amount) == (
            "VOUCHER_REDEEM",
            None,
            Decimal("5.00"),
        )
    error = refusal(
        lambda: services.voids.void(
            transaction=result.transaction_id, reason="undo", actor=owner, ref_code=ref()
        )
    )
    assert error.code in {ErrorCode.TRANSACTION_NOT_FOUND, ErrorCode.VOID_NOT_ALLOWED}
    assert services.vouchers.look_up_voucher(created.codes[0]).state == "REDEEMED"


def race(db_path, clock, attempts):
    """Run ``attempts`` (callables taking services) at once on two engines over one file."""
    engines = [make_engine(f"sqlite:///{db_path}") for _ in range(2)]
    tills = [build_services(UnitOfWorkFactory(e), clock=clock) for e in engines]
    results, errors = [], []
    barrier = threading.Barrier(len(attempts))

    def run(index: int) -> None:
        barrier.wait(timeout=60)
        try:
            results.append(attempts[index](tills[index % 2]))
        except Exception as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(attempts))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    for engine in engines:
        engine.dispose()
    return results, errors


def test_two_tills_racing_one_code_exactly_one_wins(services, db_path, clock, owner) -> None:
    created = make_batch(services, owner, quantity=1)
    code = created.codes[0]
    tills = [Actor(2, "Cass Cashier", Role.CASHIER, f"Till {n}") for n in (1, 2)]

    def attempt(n: int):
        return lambda s: s.vouchers.redeem_voucher(
            code=code, amount="20", actor=tills[n % 2], ref_code=f"till-{n}"
        )

    results, errors = race(db_path, clock, [attempt(n) for n in range(2)])
    assert len(results) == 1
    assert [e.code for e in errors] == [ErrorCode.VOUCHER_ALREADY_REDEEMED]
    assert errors[0].details["redeemed_till"] == results[0].till
    view = services.vouchers.look_up_voucher(code)
    assert view.redeemed_till == results[0].till
    with services.context.uow.read() as uow:
        kinds = uow.session.scalars(select(Operation.kind)).all()
    assert kinds.count("VOUCHER_REDEEM") == 1


def test_many_attempts_on_one_code_with_one_ref_record_once(services, db_path, clock, owner):
    created = make_batch(services, owner, quantity=1)
    cashier = Actor(2, "Cass Cashier", Role.CASHIER, "Till 1")

    def attempt(s):
        return s.vouchers.redeem_voucher(
            code=created.codes[0], amount="20", actor=cashier, ref_code="same-receipt"
        )

    results, errors = race(db_path, clock, [attempt] * 4)
    assert errors == []
    assert len({r.transaction_id for r in results}) == 1
    assert sum(not r.replayed for r in results) == 1
