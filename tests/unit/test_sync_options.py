"""Provider options in one place: defaults, allowed values, shapes and what needs what."""

from __future__ import annotations

import pytest

from loyaltydesk.domain.errors import InvalidInputError
from loyaltydesk.domain.sync_settings import PROVIDERS, fill_options, reference_for


def fill(provider: str, **given: str) -> dict[str, str]:
    return fill_options(PROVIDERS[provider], given, shop="Test Café", till="Till 1")


def test_each_adapters_options_are_listed_with_their_defaults() -> None:
    assert fill("cata") == {"earn_mode": "points"}
    assert fill("cata", earn_mode="AMOUNT", source_type="jamezz") == {
        "earn_mode": "amount", "source_type": "JAMEZZ"}  # fmt: skip
    assert fill("kirimel", site="main01") == {"site": "MAIN01"}
    assert fill("loyaltyplus", store_id="st_1") == {"store_id": "st_1"}
    assert fill("fidelizacion")["branch_id"] == "Test Café"


@pytest.mark.parametrize(
    ("provider", "given"),
    [
        ("cata", {"earn_mode": "amount"}),  # Cata's source type is needed by amount
        ("cata", {"earn_mode": "visits"}),
        ("cata", {"source_type": "POS"}),
        ("kirimel", {"site": "m-1"}),
        ("loyaltyplus", {"site": "MAIN01"}),
    ],
)
def test_a_wrong_option_is_refused_at_setup(provider: str, given: dict[str, str]) -> None:
    with pytest.raises(InvalidInputError):
        fill(provider, **given)


def test_an_owner_retry_goes_under_a_new_reference_every_time() -> None:
    assert reference_for("r-1") == "r-1"
    assert reference_for("r-1", 2) == "r-1-retry-2" == reference_for("r-1", 2)
    digest = reference_for("ref with spaces")
    assert reference_for("ref with spaces", 1) == f"{digest}-retry-1"
