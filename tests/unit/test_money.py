from decimal import Decimal

import pytest

from loyaltydesk.domain.errors import ErrorCode, InvalidInputError
from loyaltydesk.domain.money import parse_amount


@pytest.mark.parametrize(
    ("text", "expected"),
    [("25.50", Decimal("25.50")), ("1", Decimal(1)), (" 0.01 ", Decimal("0.01"))],
)
def test_valid_amounts(text: str, expected: Decimal) -> None:
    assert parse_amount(text, currency="MYR") == expected


@pytest.mark.parametrize(
    "bad",
    ["-5", "0", "0.00", "NaN", "nan", "inf", "1e309", "12,50", "1,000.00", "", "abc",
     "1.005", "1" * 30, "$5", Decimal("NaN"), Decimal("-1"), Decimal("Infinity"), True, 1.5],
)  # fmt: skip
def test_invalid_amounts(bad: object) -> None:
    with pytest.raises(InvalidInputError) as caught:
        parse_amount(bad, currency="MYR")  # type: ignore[arg-type]
    assert caught.value.code is ErrorCode.INVALID_AMOUNT


def test_minor_units_follow_the_currency() -> None:
    assert parse_amount("1000", currency="JPY") == Decimal(1000)
    with pytest.raises(InvalidInputError):
        parse_amount("10.5", currency="JPY")
    assert parse_amount("1.125", currency="KWD") == Decimal("1.125")
