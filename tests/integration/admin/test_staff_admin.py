"""Staff page: list with removed staff, remove, roles, PIN changes, the last-owner guard."""

from __future__ import annotations

import pytest

from loyaltydesk.domain.errors import ErrorCode, LoyaltyError
from loyaltydesk.domain.staff import Role
from tests.conftest import CASHIER_PIN, OWNER_PIN


def code_of(call, **kw) -> ErrorCode:
    with pytest.raises(LoyaltyError) as caught:
        call(**kw)
    return caught.value.code


def test_remove_lists_and_blocks_sign_in(services, owner) -> None:
    admin = services.staff
    removed = admin.remove_staff(actor=owner, staff_id=2)
    assert removed.active is False
    listed = admin.list_all_staff(actor=owner)
    assert [(s.staff_id, s.active) for s in listed] == [(1, True), (2, False)]
    assert [s.staff_id for s in services.staff.list_staff()] == [1]
    assert code_of(services.staff.sign_in, pin=CASHIER_PIN, till="T") == ErrorCode.WRONG_PIN
    assert admin.remove_staff(actor=owner, staff_id=2).active is False  # already removed
    assert code_of(admin.remove_staff, actor=owner, staff_id=42) == ErrorCode.STAFF_NOT_FOUND


def test_last_owner_guard(services, owner) -> None:
    admin = services.staff
    assert code_of(admin.remove_staff, actor=owner, staff_id=1) == ErrorCode.LAST_OWNER
    assert (
        code_of(admin.change_role, actor=owner, staff_id=1, role=Role.CASHIER)
        == ErrorCode.LAST_OWNER
    )
    promoted = admin.change_role(actor=owner, staff_id=2, role=Role.OWNER)
    assert promoted.role is Role.OWNER
    assert admin.change_role(actor=owner, staff_id=1, role=Role.CASHIER).role is Role.CASHIER
    # Now staff 2 is the only owner.
    assert code_of(admin.remove_staff, actor=owner, staff_id=2) == ErrorCode.LAST_OWNER
    assert code_of(admin.change_role, actor=owner, staff_id=2, role="BOSS") == (
        ErrorCode.INVALID_INPUT
    )
    actions = [e.action for e in services.audit.list_audit(actor=owner).entries]
    assert actions[:2] == ["staff.role", "staff.role"]


def test_owner_changes_any_pin(services, owner) -> None:
    services.staff.change_pin(actor=owner, staff_id=2, new_pin="5678")
    assert services.staff.sign_in(pin="5678", till="T").staff_id == 2
    assert code_of(services.staff.sign_in, pin=CASHIER_PIN, till="T") == ErrorCode.WRONG_PIN
    assert (
        code_of(services.staff.change_pin, actor=owner, staff_id=2, new_pin=OWNER_PIN)
        == ErrorCode.INVALID_INPUT
    )  # the owner's PIN: a PIN must say who signs in
    assert (
        code_of(services.staff.change_pin, actor=owner, staff_id=2, new_pin="12")
        == ErrorCode.INVALID_INPUT
    )


def test_cashier_changes_own_pin_with_current_one(services, cashier) -> None:
    admin = services.staff
    assert (
        code_of(admin.change_pin, actor=cashier, staff_id=2, new_pin="4321", current_pin="9999")
        == ErrorCode.WRONG_PIN
    )
    assert (
        code_of(admin.change_pin, actor=cashier, staff_id=2, new_pin="4321") == ErrorCode.WRONG_PIN
    )
    assert (
        code_of(admin.change_pin, actor=cashier, staff_id=1, new_pin="4321", current_pin="1234")
        == ErrorCode.PERMISSION_DENIED
    )
    admin.change_pin(actor=cashier, staff_id=2, new_pin="4321", current_pin=CASHIER_PIN)
    assert services.staff.sign_in(pin="4321", till="T").staff_id == 2
