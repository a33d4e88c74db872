"""Several tills on one shop database, each with its own engine, on SQLite (one file) and on
PostgreSQL. tests/integration/test_postgres.py already races each operation once on PostgreSQL;
these repeat the races that decide money and points, on both stores."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from loyaltydesk.domain.errors import ErrorCode, LoyaltyError
from loyaltydesk.services.facade import Services
from tests.conftest import FakeClock
from tests.integration.helpers import ledger_state
from tests.integration.reliability.shop import (
    OWNER,
    close_tills,
    open_tills,
    pg_database,
    race,
    set_up_shop,
    till,
)

VOUCHER_ROUNDS = 100


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def shop_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'shop.db'}"
        set_up_shop(url)
        yield url
        return
    with pg_database(request.getfixturevalue("pg_server")) as url:
        set_up_shop(url)
        yield url


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def tills(shop_url: str, clock: FakeClock) -> Iterator[list[Services]]:
    opened = open_tills(shop_url, 4, clock)
    yield opened
    close_tills(opened)


def codes(errors: list[Exception]) -> list[ErrorCode]:
    assert all(isinstance(e, LoyaltyError) for e in errors), errors
    return [e.code for e in errors if isinstance(e, LoyaltyError)]


def test_the_check_in_cooldown_holds_across_two_tills(
    tills: list[Services], clock: FakeClock
) -> None:
    customer = tills[0].customers.register(actor=OWNER, ref_code="reg", phone="+60123456789")
    rounds = 20
    for n in range(rounds):
        results, errors = race([
            lambda s=s, t=t, n=n: s.points.check_in(
                customer=customer.customer_id, actor=till(t + 1), ref_code=f"in-{n}-{t}",
                amount="10")
            for t, s in enumerate(tills[:2])
        ])  # fmt: skip
        assert len(results) == 1, f"round {n}: {len(results)} check-ins inside the cooldown"
        assert codes(errors) == [ErrorCode.DUPLICATE_CHECKIN]
        clock.advance(minutes=11)
    assert ledger_state(tills[0], customer.customer_id) == (10 * rounds,) * 3


def test_two_tills_redeem_one_voucher_a_hundred_times_one_wins_each_time(
    tills: list[Services],
) -> None:
    batch = tills[0].vouchers.create_batch(
        actor=OWNER, name="Promo", voucher_type="FIXED", quantity=VOUCHER_ROUNDS, value=Decimal(5)
    )
    for n, code in enumerate(batch.codes):
        results, errors = race([
            lambda s=s, t=t, n=n, code=code: s.vouchers.redeem_voucher(
                code=code, amount="20.00", actor=till(t + 1), ref_code=f"v-{n}-{t}")
            for t, s in enumerate(tills[:2])
        ])  # fmt: skip
        assert len(results) == 1, f"voucher {n}: {len(results)} redemptions"
        assert codes(errors) == [ErrorCode.VOUCHER_ALREADY_REDEEMED]
    summary = tills[0].vouchers.get_batch(batch.batch_id)
    assert (summary.redeemed, summary.available) == (VOUCHER_ROUNDS, 0)


def test_concurrent_redemptions_never_take_a_balance_below_zero(tills: list[Services]) -> None:
    customer = tills[0].customers.register(actor=OWNER, ref_code="reg", phone="+60123456789")
    cid = customer.customer_id
    balance = 0
    for n in range(3):
        tills[0].points.adjust_points(
            customer=cid, points=350, reason="float", actor=OWNER, ref_code=f"top-{n}"
        )
        calls = []
        for t, s in enumerate(tills * 3):
            if t % 2:
                calls.append(
                    lambda s=s, t=t, n=n: s.points.redeem_reward(
                        customer=cid, reward_id=1, actor=till(t % 4 + 1), ref_code=f"r-{n}-{t}"
                    )
                )
            else:
                calls.append(
                    lambda s=s, t=t, n=n: s.points.pay_with_points(
                        customer=cid, points=100, actor=till(t % 4 + 1), ref_code=f"p-{n}-{t}"
                    )
                )
        results, errors = race(calls)  # fmt: skip
        won = (balance + 350) // 100
        assert len(results) == won
        assert codes(errors) == [ErrorCode.INSUFFICIENT_BALANCE] * (len(calls) - won)
        balance = balance + 350 - 100 * won
        assert ledger_state(tills[0], cid) == (balance, balance, balance)
