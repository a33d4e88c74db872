from decimal import Decimal

import pytest

from loyaltydesk.domain.errors import ErrorCode, InvalidInputError
from loyaltydesk.domain.program import (
    ProgramRules,
    ShopSettings,
    Tier,
    settings_from_dict,
    settings_to_dict,
    validate_rules,
)


def test_round_trip_through_plain_mapping() -> None:
    settings = ShopSettings(
        rules=validate_rules(
            ProgramRules(tiers=(Tier("A", Decimal(0)), Tier("B", Decimal(10), Decimal(2))))
        )
    )
    assert settings_from_dict(settings_to_dict(settings)) == settings


@pytest.mark.parametrize(
    "damage",
    [
        {"rules": {"earn_mode": "BOGUS"}},
        {"rules": {"spend_per_point": "0"}},
        {"rules": {"spend_per_point": "abc"}},
        {"rules": {"expiry_months": 0}},
        {"rules": {"tiers": [{"name": "A"}]}},
        {"rules": {"tiers": [{"name": "A", "min_spend": "5"}]}},
        {"rules": {"points_per_visit": True}},
        {"profile": {"currency": "EURO"}},
        {"profile": {"default_region": "XX"}},
        {"rules": []},
    ],
)
def test_damaged_settings_raise_a_typed_error(damage: dict) -> None:
    with pytest.raises(InvalidInputError) as caught:
        settings_from_dict(damage)
    assert caught.value.code is ErrorCode.INVALID_SETTINGS
