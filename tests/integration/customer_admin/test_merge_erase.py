"""Merging duplicates, erasing a customer (GDPR), exporting one customer's data, profile edits."""

import json
from datetime import date

import pytest
from sqlalchemy import func, select

from loyaltydesk.domain.customer_fields import Birthday
from loyaltydesk.domain.errors import ErrorCode, InvalidInputError, LoyaltyError, RefusedError
from loyaltydesk.services.customer_admin_dto import CustomerQuery, CustomerState
from loyaltydesk.store.models import AuditEntry, Customer, LedgerEntry
from tests.integration.helpers import ledger_state, ref, register


@pytest.fixture
def pair(services, owner, clock):
    """Two records of one person: one with points from two visits a month apart, one spent."""
    keep = register(services, owner, phone="0121110001", name="Mei Lee")
    dup = register(services, owner, email="mei@example.com", name="Mei L.")
    services.points.check_in(customer=dup, actor=owner, ref_code=ref(), amount="120")
    clock.advance(days=30)
    services.points.check_in(customer=dup, actor=owner, ref_code=ref(), amount="80")
    services.points.redeem_reward(customer=dup, reward_id=1, actor=owner, ref_code=ref())
    services.points.check_in(customer=keep, actor=owner, ref_code=ref(), amount="30")
    return keep, dup


def audit_actions(services) -> list[str]:
    with services.context.uow.read() as uow:
        return list(uow.session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def test_merge_moves_points_and_keeps_every_invariant(services, owner, pair) -> None:
    keep, dup = pair
    assert ledger_state(services, dup) == (100, 100, 100)
    with services.context.uow.read() as uow:
        entries_before = uow.session.scalar(select(func.count(LedgerEntry.id)))
    result = services.customer_admin.merge_customers(
        keep=keep, merge=dup, actor=owner, ref_code="M-1"
    )
    assert (result.points_moved, result.balance, result.lots_moved) == (100, 130, 2)
    assert ledger_state(services, keep) == (130, 130, 130)
    assert ledger_state(services, dup) == (0, 0, 0)
    with services.context.uow.read() as uow:
        # Append-only: nothing was re-pointed, one debit and two lots were added.
        assert uow.session.scalar(select(func.count(LedgerEntry.id))) == entries_before + 3
    survivor = services.customer_admin.get_customer(keep)
    assert (survivor.phone, survivor.email, survivor.name) == (
        "+60121110001", "mei@example.com", "Mei Lee",
    )  # fmt: skip
    merged = services.customer_admin.get_customer(dup)
    assert merged.status is CustomerState.MERGED
    assert merged.merged_into_id == keep
    assert (merged.phone, merged.email) == (None, None)
    assert services.customers.lookup("mei@example.com").customer_id == keep
    assert "customer.merge" in audit_actions(services)
    # The moved lots keep their own expiry dates: the older lot still expires first.
    card = services.customers.lookup(keep)
    assert card.expiring_points == 20
    # Merged records stay in the table, with their status.
    assert services.customer_admin.count_customers(CustomerQuery()) == 2
    assert services.customer_admin.count_customers(CustomerQuery(status="ACTIVE")) == 1
    assert services.customer_admin.count_customers(CustomerQuery(status="MERGED")) == 1


def test_merge_replays_and_refuses_nonsense(services, owner, pair) -> None:
    keep, dup = pair
    admin = services.customer_admin
    first = admin.merge_customers(keep=keep, merge=dup, actor=owner, ref_code="M-1")
    again = admin.merge_customers(keep=keep, merge=dup, actor=owner, ref_code="M-1")
    assert again.replayed
    assert again.transaction_id == first.transaction_id
    assert ledger_state(services, keep) == (130, 130, 130)
    with pytest.raises(RefusedError) as caught:
        admin.merge_customers(keep=keep, merge=dup, actor=owner, ref_code="M-2")
    assert caught.value.code is ErrorCode.CUSTOMER_MERGED
    with pytest.raises(RefusedError) as caught:
        admin.merge_customers(keep=keep, merge=keep, actor=owner, ref_code="M-3")
    assert caught.value.code is ErrorCode.MERGE_NOT_ALLOWED


def test_a_merge_is_not_voidable_and_a_merged_card_records_nothing(services, owner, pair) -> None:
    keep, dup = pair
    result = services.customer_admin.merge_customers(
        keep=keep, merge=dup, actor=owner, ref_code="M-1"
    )
    with pytest.raises(LoyaltyError):
        services.voids.void(
            transaction=result.transaction_id, reason="oops", actor=owner, ref_code=ref()
        )
    with pytest.raises(RefusedError) as caught:
        services.points.check_in(customer=dup, actor=owner, ref_code=ref(), amount="10")
    assert caught.value.code is ErrorCode.CUSTOMER_BLOCKED
    assert ledger_state(services, keep) == (130, 130, 130)


def test_erase_removes_personal_data_and_keeps_the_ledger(services, owner, pair) -> None:
    keep, dup = pair
    services.customer_admin.merge_customers(keep=keep, merge=dup, actor=owner, ref_code="M-1")
    before = ledger_state(services, keep)
    result = services.customer_admin.erase_customer(
        customer="+60121110001", actor=owner, ref_code="E-1"
    )
    assert result.records_erased == 2
    assert ledger_state(services, keep) == before
    for ident in (keep, dup):
        detail = services.customer_admin.get_customer(ident)
        assert (detail.phone, detail.email, detail.birth_date, detail.notes) == (None,) * 3 + ("",)
        assert "Mei" not in detail.name
        assert detail.erased_at is not None
    for ident in ("+60121110001", "mei@example.com", "Mei Lee"):
        with pytest.raises(LoyaltyError):
            services.customers.lookup(ident)
    with services.context.uow.read() as uow:
        results = uow.session.connection().exec_driver_sql("SELECT result FROM operation")
        assert not any("Mei" in text for (text,) in results)
        details = uow.session.connection().exec_driver_sql("SELECT details FROM audit_entry")
        assert not any("Mei" in text or "+6012" in text for (text,) in details)
    assert "customer.erase" in audit_actions(services)
    assert services.customer_admin.get_customer(keep).status is CustomerState.ERASED
    with pytest.raises(RefusedError) as caught:
        services.points.check_in(customer=keep, actor=owner, ref_code=ref(), amount="10")
    assert caught.value.code is ErrorCode.CUSTOMER_BLOCKED
    replay = services.customer_admin.erase_customer(customer=keep, actor=owner, ref_code="E-1")
    assert replay.replayed
    with pytest.raises(RefusedError) as caught:
        services.customer_admin.erase_customer(customer=keep, actor=owner, ref_code="E-2")
    assert caught.value.code is ErrorCode.CUSTOMER_ERASED
    assert services.customer_admin.count_customers(CustomerQuery(status="ERASED")) == 1


def test_gdpr_export_holds_profile_and_full_ledger(services, owner, pair, tmp_path) -> None:
    keep, dup = pair
    services.customer_admin.merge_customers(keep=keep, merge=dup, actor=owner, ref_code="M-1")
    target = tmp_path / "out" / "mei.json"
    written = services.customer_admin.export_customer_data(
        customer=keep, path=str(target), actor=owner
    )
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["format"] == "loyaltydesk.customer-data/1"
    assert data["customer"]["customer_id"] == keep
    assert data["customer"]["phone"] == "+60121110001"
    assert data["customer"]["balance"] == 130
    assert [r["customer_id"] for r in data["merged_records"]] == [dup]
    assert written == len(data["ledger"])
    assert sum(e["points"] for e in data["ledger"]) == 130
    assert {e["kind"] for e in data["ledger"]} >= {"EARN", "REDEEM", "ADJUST"}
    assert {op["kind"] for op in data["operations"]} >= {"REGISTER", "CHECK_IN", "MERGE"}
    assert "customer.export_data" in audit_actions(services)


def test_update_profile(services, owner, cashier, clock) -> None:
    cid = register(services, owner, phone="0121110001", name="Mei")
    register(services, owner, phone="0121110002", name="Other")
    admin = services.customer_admin
    detail = admin.update_profile(customer=cid, actor=cashier, name="  Mei   Lee ", notes="VIP")
    assert (detail.name, detail.notes) == ("Mei Lee", "VIP")
    assert services.customers.search("lee")[0].customer_id == cid
    with pytest.raises(RefusedError) as caught:
        admin.update_profile(customer=cid, actor=cashier, phone="0121110009")
    assert caught.value.code is ErrorCode.PERMISSION_DENIED
    detail = admin.update_profile(customer=cid, actor=owner, phone="012-111 0009", email="M@x.co")
    assert (detail.phone, detail.email) == ("+60121110009", "m@x.co")
    with pytest.raises(RefusedError) as caught:
        admin.update_profile(customer=cid, actor=owner, phone="0121110002")
    assert caught.value.code is ErrorCode.CUSTOMER_EXISTS
    with pytest.raises(InvalidInputError) as caught:
        admin.update_profile(customer=cid, actor=owner, phone=None, email=None)
    assert caught.value.code is ErrorCode.INVALID_INPUT
    with pytest.raises(InvalidInputError) as caught:
        admin.update_profile(customer=cid, actor=owner, email="nope")
    assert caught.value.code is ErrorCode.INVALID_EMAIL
    with pytest.raises(InvalidInputError):
        admin.update_profile(customer=cid, actor=owner, birth_date=clock.now.date().replace(
            year=clock.now.year + 1))  # fmt: skip
    assert "customer.update_profile" in audit_actions(services)


def test_block_and_unblock(services, owner) -> None:
    cid = register(services, owner, phone="0121110001")
    admin = services.customer_admin
    assert admin.set_status(customer=cid, status="BLOCKED", actor=owner).status == "BLOCKED"
    assert services.customers.lookup(cid).is_blocked
    assert admin.set_status(customer=cid, status="ACTIVE", actor=owner).status == "ACTIVE"
    with pytest.raises(InvalidInputError):
        admin.set_status(customer=cid, status="ERASED", actor=owner)
    assert {"customer.block", "customer.unblock"} <= set(audit_actions(services))


def test_a_birthday_survives_merge_with_the_year_the_survivor_lacked_and_erase_clears_it(
    services, owner
) -> None:
    keep = register(services, owner, phone="0121110003", birth_date=Birthday(5, 14))
    dup = register(services, owner, phone="0121110004", birth_date=date(1990, 5, 14))
    other = register(services, owner, phone="0121110005", birth_date=Birthday(7, 1))
    services.customer_admin.merge_customers(keep=keep, merge=dup, actor=owner, ref_code="M-B1")
    merged = services.customer_admin.get_customer(keep)
    assert (merged.birthday, merged.birth_date) == (Birthday(5, 14, 1990), date(1990, 5, 14))
    # Another day and month: the survivor's stays.
    services.customer_admin.merge_customers(keep=other, merge=keep, actor=owner, ref_code="M-B2")
    assert services.customer_admin.get_customer(other).birthday == Birthday(7, 1)
    services.customer_admin.erase_customer(customer=other, actor=owner, ref_code="E-B")
    with services.context.uow.read() as uow:
        row = uow.session.execute(
            select(Customer.birth_date, Customer.birth_month, Customer.birth_day).where(
                Customer.phone.is_(None), Customer.erased_at.is_not(None)
            )
        ).all()
    assert set(map(tuple, row)) == {(None, None, None)}
