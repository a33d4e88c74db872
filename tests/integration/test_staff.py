import pytest

from loyaltydesk.domain.errors import ErrorCode, LoyaltyError
from loyaltydesk.domain.staff import Role
from tests.conftest import CASHIER_PIN, OWNER_PIN


def test_sign_in_by_pin(services) -> None:
    owner = services.staff.sign_in(pin=OWNER_PIN, till="Till 2")
    assert (owner.name, owner.role, owner.till) == ("Olive Owner", Role.OWNER, "Till 2")
    assert services.staff.sign_in(pin=CASHIER_PIN, till="Till 2").role is Role.CASHIER


def test_five_wrong_pins_lock_the_till_for_a_minute(services, clock) -> None:
    for attempt in range(4):
        with pytest.raises(LoyaltyError) as caught:
            services.staff.sign_in(pin=f"99{attempt}9", till="Till 1")
        assert caught.value.code is ErrorCode.WRONG_PIN
    with pytest.raises(LoyaltyError) as caught:
        services.staff.sign_in(pin="9999", till="Till 1")
    assert caught.value.code is ErrorCode.SIGN_IN_LOCKED
    with pytest.raises(LoyaltyError) as caught:
        services.staff.sign_in(pin=OWNER_PIN, till="Till 1")  # right PIN, still locked
    assert caught.value.code is ErrorCode.SIGN_IN_LOCKED
    assert services.staff.sign_in(pin=OWNER_PIN, till="Till 2").name == "Olive Owner"
    clock.advance(seconds=61)
    assert services.staff.sign_in(pin=OWNER_PIN, till="Till 1").name == "Olive Owner"


def test_owner_only_actions_are_enforced_in_services(services, cashier, owner) -> None:
    with pytest.raises(LoyaltyError) as caught:
        services.staff.add_staff(actor=cashier, name="Eve", role=Role.OWNER, pin="5555")
    assert caught.value.code is ErrorCode.PERMISSION_DENIED
    with pytest.raises(LoyaltyError) as caught:
        services.rewards.add_reward(actor=cashier, title="Free", cost=1)
    assert caught.value.code is ErrorCode.PERMISSION_DENIED
    with pytest.raises(LoyaltyError) as caught:
        services.program.save_settings(actor=cashier, settings=services.program.get_settings())
    assert caught.value.code is ErrorCode.PERMISSION_DENIED
    with pytest.raises(LoyaltyError) as caught:
        services.staff.add_staff(actor=None, name="Sneaky", role=Role.OWNER, pin="5556")
    assert caught.value.code is ErrorCode.PERMISSION_DENIED


def test_pins_are_unique(services, owner) -> None:
    with pytest.raises(LoyaltyError) as caught:
        services.staff.add_staff(actor=owner, name="Twin", role=Role.CASHIER, pin=CASHIER_PIN)
    assert caught.value.code is ErrorCode.INVALID_INPUT
