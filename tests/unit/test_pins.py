import pytest

from loyaltydesk.domain.errors import InvalidInputError
from loyaltydesk.domain.pins import hash_pin, verify_pin


def test_pin_hash_is_salted_and_verifies() -> None:
    first, second = hash_pin("1234"), hash_pin("1234")
    assert first != second
    assert first.startswith("scrypt$")
    assert "1234" not in first
    assert verify_pin("1234", first)
    assert verify_pin("1234", second)
    assert not verify_pin("1235", first)
    assert not verify_pin("1234", "garbage")


@pytest.mark.parametrize("bad", ["", "123", "123456789", "12a4", " 1234"])
def test_pin_format(bad: str) -> None:
    with pytest.raises(InvalidInputError):
        hash_pin(bad)
