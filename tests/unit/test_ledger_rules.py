from datetime import UTC, datetime
from decimal import Decimal

import pytest

from loyaltydesk.domain.errors import ErrorCode, RefusedError
from loyaltydesk.domain.ledger import Lot, add_months, allocate_fifo
from loyaltydesk.domain.rewards import next_reward, points_to_pay, reward_options


def _t(month: int, day: int = 1) -> datetime:
    return datetime(2026, month, day, tzinfo=UTC)


def test_fifo_spends_soonest_expiring_first_and_never_expiring_last() -> None:
    lots = [
        Lot(3, 50, _t(3), None),
        Lot(2, 40, _t(2), _t(12)),
        Lot(1, 30, _t(1), _t(11)),
    ]
    assert allocate_fifo(lots, 60) == [(1, 30), (2, 30)]
    assert allocate_fifo(lots, 100) == [(1, 30), (2, 40), (3, 30)]


def test_fifo_refuses_more_than_available() -> None:
    with pytest.raises(RefusedError) as caught:
        allocate_fifo([Lot(1, 80, _t(1), None)], 100)
    assert caught.value.code is ErrorCode.INSUFFICIENT_BALANCE
    assert "80 of 100" in caught.value.message


def test_add_months_clamps_to_month_end() -> None:
    assert add_months(_t(1, 31), 1) == datetime(2026, 2, 28, tzinfo=UTC)
    assert add_months(_t(11, 15), 3) == datetime(2027, 2, 15, tzinfo=UTC)
    assert add_months(datetime(2024, 2, 29, tzinfo=UTC), 12) == datetime(2025, 2, 28, tzinfo=UTC)


def test_rewards_available_and_progress() -> None:
    catalog = [(1, "Coffee", 10), (2, "Cake", 25)]
    options = reward_options(12, catalog)
    assert [o.available for o in options] == [True, False]
    progress = next_reward(12, catalog)
    assert (progress.title, progress.have, progress.need) == ("Cake", 12, 25)
    assert next_reward(30, catalog) is None


def test_points_as_payment_rounds_in_the_shops_favour() -> None:
    assert points_to_pay(point_value=Decimal("0.01"), currency="MYR", points=250) == (
        250, Decimal("2.50"),
    )  # fmt: skip
    assert points_to_pay(point_value=Decimal("0.03"), currency="MYR", amount=Decimal("1.00")) == (
        34, Decimal("1.02"),
    )  # fmt: skip
    with pytest.raises(RefusedError):
        points_to_pay(point_value=None, currency="MYR", points=10)
