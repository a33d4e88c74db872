"""Voucher batches: creating, listing with counts, voiding, exporting, and who may do it."""

import csv
import json
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from loyaltydesk.domain.errors import ErrorCode, LoyaltyError
from loyaltydesk.store.models import AuditEntry
from tests.integration.helpers import ref, register


def make_batch(services, owner, **changes):
    args = {"name": "Spring", "voucher_type": "PERCENT", "value": "10", "quantity": 5}
    args.update(changes)
    return services.vouchers.create_batch(actor=owner, **args)


def audit_actions(services) -> list[tuple[str, str]]:
    with services.context.uow.read() as uow:
        rows = uow.session.scalars(select(AuditEntry).order_by(AuditEntry.id))
        return [(r.action, r.details) for r in rows if r.action.startswith("vouchers.")]


def test_create_and_list_with_counts(services, owner, cashier, clock) -> None:
    created = make_batch(services, owner, quantity=4, min_purchase="20")
    fixed = make_batch(
        services, owner, name="Five off", voucher_type="FIXED", value="5", quantity=3
    )
    assert len(created.codes) == 4
    assert created.batch.issued == created.batch.available == 4
    assert created.batch.value == Decimal("10.00")
    assert created.batch.min_purchase == Decimal("20.00")
    services.vouchers.redeem_voucher(
        code=created.codes[0], amount="30", actor=cashier, ref_code=ref()
    )
    services.vouchers.void_voucher(code=created.codes[1], reason="torn", actor=owner)

    listed = {b.batch_id: b for b in services.vouchers.list_batches()}
    assert list(listed) == [fixed.batch_id, created.batch_id]  # newest first
    spring = listed[created.batch_id]
    assert (spring.issued, spring.redeemed, spring.void, spring.expired, spring.available) == (
        4,
        1,
        1,
        0,
        2,
    )
    assert spring.benefit == "10% off"
    assert listed[fixed.batch_id].benefit == "MYR 5.00 off"
    assert services.vouchers.batch_codes(created.batch_id) == created.codes
    assert services.vouchers.get_batch(created.batch_id) == spring


def test_unused_vouchers_count_as_expired_after_the_end(services, owner, cashier, clock) -> None:
    created = make_batch(services, owner, quantity=3, valid_until=date(2026, 3, 10))
    services.vouchers.redeem_voucher(
        code=created.codes[0], amount="5", actor=cashier, ref_code=ref()
    )
    clock.advance(days=1)
    (batch,) = services.vouchers.list_batches()
    assert (batch.redeemed, batch.expired, batch.available) == (1, 2, 0)


def test_dates_are_whole_days_in_the_shop_timezone(services, owner) -> None:
    created = make_batch(
        services, owner, valid_from=date(2026, 4, 1), valid_until=date(2026, 4, 30)
    )
    # Asia/Kuala_Lumpur is UTC+8: the day starts at 16:00 UTC the day before.
    assert created.batch.valid_from == datetime(2026, 3, 31, 16, 0, tzinfo=UTC)
    assert created.batch.valid_until == datetime(2026, 4, 30, 15, 59, 59, 999999, tzinfo=UTC)
    assert (created.batch.valid_from_date, created.batch.valid_until_date) == (
        date(2026, 4, 1),
        date(2026, 4, 30),
    )
    exact = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)
    assert make_batch(services, owner, valid_until=exact).batch.valid_until == exact


def test_codes_are_unique_across_batches(services, owner) -> None:
    codes = [c for _ in range(3) for c in make_batch(services, owner, quantity=1000).codes]
    assert len(codes) == len(set(codes)) == 3000


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"quantity": 0}, ErrorCode.INVALID_VOUCHER),
        ({"quantity": 1001}, ErrorCode.INVALID_VOUCHER),
        ({"name": " "}, ErrorCode.INVALID_VOUCHER),
        ({"voucher_type": "CASHBACK"}, ErrorCode.INVALID_VOUCHER),
        ({"value": "150"}, ErrorCode.INVALID_VOUCHER),
        ({"voucher_type": "FIXED", "value": "-1"}, ErrorCode.INVALID_AMOUNT),
        ({"min_purchase": "abc"}, ErrorCode.INVALID_AMOUNT),
        (
            {"valid_from": date(2026, 5, 2), "valid_until": date(2026, 5, 1)},
            ErrorCode.INVALID_VOUCHER,
        ),
        ({"valid_until": datetime(2026, 5, 1)}, ErrorCode.INVALID_VOUCHER),
    ],
)
def test_bad_batches_are_refused_and_write_nothing(services, owner, changes, code) -> None:
    with pytest.raises(LoyaltyError) as caught:
        make_batch(services, owner, **changes)
    assert caught.value.code is code
    assert caught.value.is_input_error
    assert services.vouchers.list_batches() == ()


def test_only_an_owner_manages_batches(services, owner, cashier, tmp_path) -> None:
    created = make_batch(services, owner)
    calls = [
        lambda: make_batch(services, cashier),
        lambda: services.vouchers.void_batch(batch_id=created.batch_id, reason="x", actor=cashier),
        lambda: services.vouchers.void_voucher(code=created.codes[0], reason="x", actor=cashier),
    ]
    for call in calls:
        with pytest.raises(LoyaltyError) as caught:
            call()
        assert caught.value.code is ErrorCode.PERMISSION_DENIED
    assert len(services.vouchers.list_batches()) == 1
    assert services.vouchers.look_up_voucher(created.codes[0]).status == "ISSUED"


def test_void_one_voucher(services, owner, cashier) -> None:
    created = make_batch(services, owner, quantity=2)
    view = services.vouchers.void_voucher(code=created.codes[0], reason="lost", actor=owner)
    assert (view.status, view.state) == ("VOID", "VOID")
    with pytest.raises(LoyaltyError) as caught:
        services.vouchers.void_voucher(code=created.codes[0], reason="again", actor=owner)
    assert caught.value.code is ErrorCode.VOUCHER_VOID
    services.vouchers.redeem_voucher(
        code=created.codes[1], amount="9", actor=cashier, ref_code=ref()
    )
    with pytest.raises(LoyaltyError) as caught:
        services.vouchers.void_voucher(code=created.codes[1], reason="late", actor=owner)
    assert caught.value.code is ErrorCode.VOUCHER_ALREADY_REDEEMED
    with pytest.raises(LoyaltyError) as caught:
        services.vouchers.void_voucher(code="ZZZZ9999ZZZZ", reason="x", actor=owner)
    assert caught.value.code is ErrorCode.VOUCHER_NOT_FOUND
    with pytest.raises(LoyaltyError) as caught:
        services.vouchers.void_voucher(code=created.codes[1], reason=" ", actor=owner)
    assert caught.value.code is ErrorCode.INVALID_INPUT


def test_void_batch_keeps_redeemed_vouchers(services, owner, cashier) -> None:
    created = make_batch(services, owner, quantity=3)
    services.vouchers.redeem_voucher(
        code=created.codes[0], amount="9", actor=cashier, ref_code=ref()
    )
    batch = services.vouchers.void_batch(batch_id=created.batch_id, reason="ended", actor=owner)
    assert (batch.redeemed, batch.void, batch.available) == (1, 2, 0)
    assert batch.voided_at is not None
    assert batch.void_reason == "ended"
    assert services.vouchers.look_up_voucher(created.codes[0]).state == "REDEEMED"
    assert services.vouchers.look_up_voucher(created.codes[1]).state == "VOID"
    with pytest.raises(LoyaltyError) as caught:
        services.vouchers.void_batch(batch_id=created.batch_id, reason="again", actor=owner)
    assert caught.value.code is ErrorCode.VOUCHER_VOID
    with pytest.raises(LoyaltyError) as caught:
        services.vouchers.void_batch(batch_id=999, reason="x", actor=owner)
    assert caught.value.code is ErrorCode.VOUCHER_NOT_FOUND


def test_audit_records_batches_voids_and_redemptions_without_full_codes(
    services, owner, cashier
) -> None:
    created = make_batch(services, owner, quantity=2)
    services.vouchers.void_voucher(code=created.codes[0], reason="lost", actor=owner)
    services.vouchers.redeem_voucher(
        code=created.codes[1], amount="9", actor=cashier, ref_code=ref()
    )
    services.vouchers.void_batch(batch_id=created.batch_id, reason="done", actor=owner)
    entries = audit_actions(services)
    assert [action for action, _ in entries] == [
        "vouchers.create_batch",
        "vouchers.void",
        "vouchers.redeem",
        "vouchers.void_batch",
    ]
    for _, details in entries:
        json.loads(details)
        assert not any(code in details for code in created.codes)


def test_csv_export_neutralises_formulas(services, owner, cashier, tmp_path) -> None:
    created = make_batch(
        services,
        owner,
        name='=HYPERLINK("http://x","win")',
        quantity=3,
        valid_until=date(2026, 12, 31),
    )
    services.vouchers.redeem_voucher(
        code=created.codes[0], amount="9", actor=cashier, ref_code=ref()
    )
    path = tmp_path / "batch.csv"
    done = services.vouchers.export_batch_csv(created.batch_id, path)
    assert (done.rows, done.path) == (3, path)
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["code"] for r in rows] == list(created.codes)
    assert {r["batch_name"] for r in rows} == {'\'=HYPERLINK("http://x","win")'}
    assert [r["state"] for r in rows] == ["REDEEMED", "VALID", "VALID"]
    assert rows[0]["qr_payload"] == f"LD1:V:{created.codes[0]}"
    assert rows[0]["valid_until"] == "2026-12-31"
    assert rows[0]["redeemed_till"] == "Till 1"
    for name in ["+SUM(A1)", "-2+3", "@cmd", "a =1"]:
        other = make_batch(services, owner, name=name, quantity=1)
        services.vouchers.export_batch_csv(other.batch_id, path)
        with path.open(newline="", encoding="utf-8") as handle:
            (row,) = list(csv.DictReader(handle))
        assert row["batch_name"] == (name if name == "a =1" else "'" + name)


def test_csv_cells_starting_with_formula_characters_get_an_apostrophe() -> None:
    from loyaltydesk.services.voucher_rows import neutralise

    for text in ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"]:
        assert neutralise(text) == "'" + text
    for value in ["Spring", "1-2", "", None, Decimal("-1.00")]:
        assert neutralise(value) in {"Spring", "1-2", "", "'-1.00"}


def test_export_to_an_unwritable_place_is_an_input_error(services, owner, tmp_path) -> None:
    created = make_batch(services, owner)
    with pytest.raises(LoyaltyError) as caught:
        services.vouchers.export_batch_csv(created.batch_id, tmp_path / "missing" / "x.csv")
    assert caught.value.is_input_error
    assert not (tmp_path / "missing").exists()


def test_member_cards_data(services, owner, cashier) -> None:
    first = register(services, cashier, phone="+60123456789", name="Ana")
    second = register(services, cashier, phone="+60123456788", name="Ben")
    everyone = services.vouchers.member_cards(all_customers=True)
    assert everyone.shop_name == "Test Café"
    assert [c.customer_id for c in everyone.cards] == [first, second]
    picked = services.vouchers.member_cards(identifiers=["+60123456788", "Ben", "Ana"])
    assert [(c.customer_id, c.name) for c in picked.cards] == [(second, "Ben"), (first, "Ana")]
    assert all(len(c.short_code) == 6 for c in picked.cards)
    with pytest.raises(LoyaltyError) as caught:
        services.vouchers.member_cards(identifiers=["+60199999999"])
    assert caught.value.code is ErrorCode.CUSTOMER_NOT_FOUND
