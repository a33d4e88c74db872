"""Bad input at the service level: a typed error and nothing written."""

import pytest

from loyaltydesk.domain.errors import ErrorCode, LoyaltyError
from tests.integration.helpers import ledger_state, ref, register, row_counts

BAD_AMOUNTS = ["-5", "0", "NaN", "1e309", "12,50", "Infinity", "", "1.234", "9" * 40]
BAD_IDENTIFIERS = ["x" * 10_240, "A1B2\x00C3", "\x1b[31mA1B2C3", "", "'; DELETE FROM customer;--"]


@pytest.mark.parametrize("amount", BAD_AMOUNTS)
def test_bad_amounts_are_refused_and_write_nothing(services, cashier, amount) -> None:
    customer = register(services, cashier)
    before = row_counts(services)
    with pytest.raises(LoyaltyError) as caught:
        services.points.check_in(customer=customer, actor=cashier, ref_code=ref(), amount=amount)
    assert caught.value.code is ErrorCode.INVALID_AMOUNT
    assert caught.value.is_input_error
    assert row_counts(services) == before
    assert ledger_state(services, customer) == (0, 0, 0)


@pytest.mark.parametrize("identifier", BAD_IDENTIFIERS)
def test_bad_identifiers(services, cashier, identifier) -> None:
    register(services, cashier)
    before = row_counts(services)
    with pytest.raises(LoyaltyError) as caught:
        services.points.check_in(customer=identifier, actor=cashier, ref_code=ref(), amount="5")
    assert caught.value.code in {ErrorCode.INVALID_IDENTIFIER, ErrorCode.CUSTOMER_NOT_FOUND}
    with pytest.raises(LoyaltyError):
        services.customers.lookup(identifier)
    assert row_counts(services) == before


@pytest.mark.parametrize("points", [0, -1, True, 10**12])
def test_bad_points_for_payment(services, cashier, points) -> None:
    customer = register(services, cashier)
    with pytest.raises(LoyaltyError) as caught:
        services.points.pay_with_points(
            customer=customer, actor=cashier, ref_code=ref(), points=points
        )
    assert caught.value.code is ErrorCode.INVALID_POINTS


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ({"phone": "12"}, ErrorCode.INVALID_PHONE),
        ({"email": "not-an-email"}, ErrorCode.INVALID_EMAIL),
        ({}, ErrorCode.INVALID_INPUT),
        ({"phone": "+60123456789", "name": "x" * 500}, ErrorCode.INVALID_INPUT),
        ({"phone": "+60123456789", "name": "bad\x00name"}, ErrorCode.INVALID_INPUT),
        ({"phone": "+60123456789", "short_code": "GGGGGG"}, ErrorCode.INVALID_IDENTIFIER),
    ],
)
def test_bad_registration(services, cashier, fields, code) -> None:
    before = row_counts(services)
    with pytest.raises(LoyaltyError) as caught:
        services.customers.register(actor=cashier, ref_code=ref(), **fields)
    assert caught.value.code is code
    assert row_counts(services) == before


def test_unknown_customer(services, cashier) -> None:
    with pytest.raises(LoyaltyError) as caught:
        services.points.check_in(customer="FFFFFF", actor=cashier, ref_code=ref(), amount="5")
    assert caught.value.code is ErrorCode.CUSTOMER_NOT_FOUND
    assert not caught.value.is_input_error
