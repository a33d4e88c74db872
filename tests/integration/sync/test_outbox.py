"""Every forwarded operation writes its outbox row in the same transaction as its ledger entry;
nothing is queued without setup, from before setup, or by a replay."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from loyaltydesk.domain.customer_fields import Birthday
from loyaltydesk.domain.errors import ErrorCode, RefusedError
from loyaltydesk.domain.staff import Actor
from loyaltydesk.services.facade import Services
from tests.integration.helpers import ref, register, row_counts
from tests.integration.sync.conftest import outbox


def test_nothing_is_queued_without_setup(services: Services, cashier: Actor) -> None:
    customer = register(services, cashier)
    services.points.check_in(customer=customer, actor=cashier, ref_code=ref(), amount="20")
    assert outbox(services) == []
    assert services.sync.status().configured is False


def test_each_operation_queues_one_row_with_its_values(
    synced: Services, cashier: Actor, owner: Actor
) -> None:
    customer = register(synced, cashier)
    synced.points.check_in(customer=customer, actor=cashier, ref_code="ci-1", amount="150")
    synced.points.redeem_reward(customer=customer, reward_id=1, actor=cashier, ref_code="rd-1")
    synced.points.pay_with_points(customer=customer, points=20, actor=cashier, ref_code="pp-1")
    synced.points.adjust_points(customer=customer, points=-5, reason="typo", actor=owner,
                                ref_code="ad-1")  # fmt: skip
    synced.points.check_in(customer=customer, actor=cashier, ref_code="ci-2", amount="25",
                           confirm=True)  # fmt: skip
    synced.voids.void(transaction="ci-2", reason="wrong card", actor=owner, ref_code="vo-1")
    rows = outbox(synced)
    assert [(r.action, r.ref_code, r.points) for r in rows[1:]] == [
        ("EARN", "ci-1", 150),
        ("REDEEM", "rd-1", -100),
        ("REDEEM", "pp-1", -20),
        ("ADJUST", "ad-1", -5),
        ("EARN", "ci-2", 25),
        ("REVERSE", "vo-1", -25),
    ]
    assert rows[0].action == "REGISTER"
    assert rows[1].amount == Decimal("150.00")
    assert rows[2].reason == "Free coffee"
    assert rows[3].payment_value == Decimal("0.20")
    assert rows[4].reason == "typo"
    assert (rows[6].reverses_ref, rows[6].reverses_action) == ("ci-2", "EARN")
    assert {r.lane for r in rows} == {rows[0].lane}
    assert all(r.state == "PENDING" and r.provider == "kirimel" for r in rows)


def test_a_failed_operation_writes_neither_ledger_nor_outbox(
    synced: Services, cashier: Actor
) -> None:
    customer = register(synced, cashier)
    before = (row_counts(synced), len(outbox(synced)))
    with pytest.raises(RefusedError) as refused:
        synced.points.redeem_reward(customer=customer, reward_id=1, actor=cashier, ref_code=ref())
    assert refused.value.code == ErrorCode.INSUFFICIENT_BALANCE
    assert (row_counts(synced), len(outbox(synced))) == before


def test_a_replay_queues_nothing_new(synced: Services, cashier: Actor) -> None:
    customer = register(synced, cashier)
    for _ in range(3):
        synced.points.check_in(customer=customer, actor=cashier, ref_code="same", amount="9")
    assert [r.ref_code for r in outbox(synced)].count("same") == 1


def test_history_from_before_setup_is_never_queued(
    services: Services, cashier: Actor, owner: Actor
) -> None:
    customer = register(services, cashier)
    services.points.check_in(customer=customer, actor=cashier, ref_code="old", amount="30")
    services.sync.configure(actor=owner, provider="cata", base_url="https://cata.example/x")
    services.voids.void(transaction="old", reason="mistake", actor=owner, ref_code="void-old")
    services.points.check_in(customer=customer, actor=cashier, ref_code="new", amount="30")
    assert [r.ref_code for r in outbox(services)] == ["new"]


def test_vouchers_are_queued_only_for_a_provider_that_holds_vouchers(
    synced: Services, owner: Actor, cashier: Actor
) -> None:
    batch = synced.vouchers.create_batch(actor=owner, name="Spring", voucher_type="FIXED",
                                         value="5", quantity=2)  # fmt: skip
    assert batch.codes == ()  # KiriMel makes them; these are placeholders until then
    assert synced.vouchers.batch_codes(batch.batch_id) == ()
    with synced.context.uow.read() as uow:
        code = uow.vouchers.of_batch(batch.batch_id)[0].code
    with pytest.raises(RefusedError) as refused:  # KiriMel needs to know who uses it
        synced.vouchers.redeem_voucher(code=code, amount="20", actor=cashier, ref_code="vr-0")
    assert refused.value.code is ErrorCode.CUSTOMER_REQUIRED
    customer = register(synced, cashier, phone="+60123450009", name="Vee")
    synced.vouchers.redeem_voucher(code=code, amount="20", actor=cashier, ref_code="vr-1",
                                   customer=customer)  # fmt: skip
    rows = outbox(synced)
    assert [(r.action, r.lane[0]) for r in rows] == [
        ("VOUCHER_BATCH", "v"),
        ("REGISTER", "c"),
        ("VOUCHER_REDEEM", "c"),
    ]
    assert rows[2].voucher_code == code
    synced.sync.configure(actor=owner, provider="cata", base_url="https://cata.example")
    synced.vouchers.create_batch(actor=owner, name="Cata", voucher_type="FIXED", value="5",
                                 quantity=1)  # fmt: skip
    assert len(outbox(synced)) == 3


def test_outbox_rows_hold_no_personal_data(synced: Services, cashier: Actor) -> None:
    customer = register(synced, cashier, phone="+60123450001", name="Ana Secret",
                        email="ana@example.com")  # fmt: skip
    synced.points.check_in(customer=customer, actor=cashier, ref_code=ref(), amount="5")
    for row in outbox(synced):
        values = " ".join(str(v) for v in vars(row).values())
        assert "Ana" not in values
        assert "60123450001" not in values
        assert "example.com" not in values


def test_a_provider_is_sent_a_full_birth_date_only(services: Services, cashier: Actor) -> None:
    """The providers take YYYY-MM-DD (Kirimel's birth_date): a birthday without a year is
    not sent at all, rather than with a made-up year."""
    full = register(services, cashier, phone="0121230001", birth_date=date(1990, 5, 14))
    yearless = register(services, cashier, phone="0121230002", birth_date=Birthday(5, 14))
    assert services.sync_queue.identity(full).birth_date == date(1990, 5, 14)
    assert services.sync_queue.identity(yearless).birth_date is None
