"""The core on a real PostgreSQL server, as several tills sharing one shop database use it:
portable SQL, exact money, and the locks that keep concurrent tills honest."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Iterator
from decimal import Decimal

import pytest
from sqlalchemy import create_engine, text

from loyaltydesk.domain.errors import ErrorCode, LoyaltyError
from loyaltydesk.domain.staff import Actor, Role
from loyaltydesk.services.facade import Services, build_services
from loyaltydesk.store.engine import make_engine
from loyaltydesk.store.migrate import upgrade
from loyaltydesk.store.unit_of_work import UnitOfWorkFactory
from tests.conftest import OWNER_PIN, FakeClock, shop_settings
from tests.integration.helpers import ledger_state
from tests.support.postgres import postgres_cluster

pytestmark = pytest.mark.postgres
OWNER = Actor(1, "Olive Owner", Role.OWNER, "Till 1")
TILLS = [Actor(1, "Olive Owner", Role.OWNER, f"Till {n}") for n in (1, 2, 3, 4)]


@pytest.fixture(scope="module")
def pg_server() -> Iterator[str]:
    with postgres_cluster() as server:
        yield server


@pytest.fixture
def shop_url(pg_server: str) -> Iterator[str]:
    """A fresh, migrated database with the test shop's settings, owner and rewards."""
    name = f"shop_{uuid.uuid4().hex[:12]}"
    admin = create_engine(f"{pg_server}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    url = f"{pg_server}/{name}"
    engine = make_engine(url)
    upgrade(engine)
    services = build_services(UnitOfWorkFactory(engine), clock=FakeClock())
    services.program.save_settings(actor=None, settings=shop_settings())
    services.staff.add_staff(actor=None, name="Olive Owner", role=Role.OWNER, pin=OWNER_PIN)
    for order, (title, cost) in enumerate([("Free coffee", 100), ("10% off", 500)]):
        services.rewards.add_reward(actor=OWNER, title=title, cost=cost, sort_order=order)
    engine.dispose()
    yield url
    with admin.connect() as c:
        c.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


def tills(url: str, count: int, clock: FakeClock) -> list[Services]:
    """Each till its own engine (connection pool), as separate machines would have."""
    return [build_services(UnitOfWorkFactory(make_engine(url)), clock=clock) for _ in range(count)]


def race(calls: list[Callable[[], object]]) -> tuple[list[object], list[Exception]]:
    """Start every call at the same moment from its own thread."""
    results: list[object] = []
    errors: list[Exception] = []
    barrier = threading.Barrier(len(calls))

    def run(call: Callable[[], object]) -> None:
        barrier.wait(timeout=60)
        try:
            results.append(call())
        except Exception as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(call,)) for call in calls]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return results, errors


def new_customer(services: Services) -> str:
    card = services.customers.register(actor=OWNER, ref_code="r", phone="+60123456789")
    return card.customer_id


def test_a_day_at_the_counter_on_postgres(shop_url: str) -> None:
    clock = FakeClock()
    (services,) = tills(shop_url, 1, clock)
    assert services.database_kind == "postgresql"
    cid = services.customers.register(actor=OWNER, ref_code="r1", phone="012-345 6789").customer_id
    first = services.points.check_in(customer=cid, actor=OWNER, ref_code="c1", amount="120.55")
    assert (first.points, first.amount) == (120, Decimal("120.55"))
    assert services.points.check_in(customer=cid, actor=OWNER, ref_code="c1", amount="1").replayed
    redeemed = services.points.redeem_reward(customer=cid, reward_id=1, actor=OWNER, ref_code="d1")
    assert redeemed.balance == 20
    services.voids.void(transaction="d1", reason="changed mind", actor=OWNER, ref_code="v1")
    assert services.customers.lookup("+60123456789").balance == 120
    clock.advance(days=400)
    assert services.expiry.expire_points().points_expired == 120
    assert ledger_state(services, cid) == (0, 0, 0)
    with services.context.uow.read() as uow:
        spent = uow.operations.spend_since(1, clock.now.replace(year=2000))
    assert spent == Decimal("120.55")


def test_concurrent_check_ins_on_one_customer_all_count(shop_url: str) -> None:
    clock = FakeClock()
    counters = tills(shop_url, 4, clock)
    cid = new_customer(counters[0])
    calls = [
        (lambda s=s, n=n: s.points.check_in(
            customer=cid, actor=TILLS[n % 4], ref_code=f"in-{n}", amount="10", confirm=True))
        for n, s in enumerate(counters * 3)
    ]  # fmt: skip
    results, errors = race(calls)
    assert errors == []
    assert len(results) == 12
    assert ledger_state(counters[0], cid) == (120, 120, 120)


def test_two_tills_redeeming_the_last_points_only_one_wins(shop_url: str) -> None:
    clock = FakeClock()
    counters = tills(shop_url, 2, clock)
    cid = new_customer(counters[0])
    counters[0].points.check_in(customer=cid, actor=OWNER, ref_code="in", amount="150")
    results, errors = race([
        lambda s=s, n=n: s.points.redeem_reward(
            customer=cid, reward_id=1, actor=TILLS[n], ref_code=f"out-{n}")
        for n, s in enumerate(counters)
    ])  # fmt: skip
    assert len(results) == 1
    assert [e.code for e in errors if isinstance(e, LoyaltyError)] == [
        ErrorCode.INSUFFICIENT_BALANCE
    ]
    assert ledger_state(counters[0], cid) == (50, 50, 50)


def test_the_same_receipt_from_four_tills_is_recorded_once(shop_url: str) -> None:
    clock = FakeClock()
    counters = tills(shop_url, 4, clock)
    cid = new_customer(counters[0])
    results, errors = race([
        lambda s=s: s.points.check_in(customer=cid, actor=OWNER, ref_code="rcpt-7", amount="30")
        for s in counters
    ])  # fmt: skip
    assert errors == []
    assert len({r.transaction_id for r in results}) == 1
    assert sum(not r.replayed for r in results) == 1
    assert ledger_state(counters[0], cid) == (30, 30, 30)


def test_two_tills_voiding_the_same_sale_void_it_once(shop_url: str) -> None:
    clock = FakeClock()
    counters = tills(shop_url, 2, clock)
    cid = new_customer(counters[0])
    sale = counters[0].points.check_in(customer=cid, actor=OWNER, ref_code="in", amount="80")
    counters[0].points.check_in(
        customer=cid, actor=OWNER, ref_code="in2", amount="70", confirm=True
    )
    results, errors = race([
        lambda s=s, n=n: s.voids.void(
            transaction=sale.transaction_id, reason="dup", actor=OWNER, ref_code=f"v-{n}")
        for n, s in enumerate(counters)
    ])  # fmt: skip
    assert len(results) == 1
    assert [e.code for e in errors if isinstance(e, LoyaltyError)] == [ErrorCode.ALREADY_VOIDED]
    assert ledger_state(counters[0], cid) == (70, 70, 70)


def test_one_voucher_two_tills_one_redemption(shop_url: str) -> None:
    clock = FakeClock()
    counters = tills(shop_url, 2, clock)
    batch = counters[0].vouchers.create_batch(
        actor=OWNER, name="Promo", voucher_type="PERCENT", quantity=1, value=Decimal(10)
    )
    code = batch.codes[0]
    results, errors = race([
        lambda s=s, n=n: s.vouchers.redeem_voucher(
            code=code, amount=Decimal("20.00"), actor=TILLS[n], ref_code=f"vr-{n}")
        for n, s in enumerate(counters)
    ])  # fmt: skip
    assert len(results) == 1
    assert results[0].discount == Decimal("2.00")
    assert [e.code for e in errors if isinstance(e, LoyaltyError)] == [
        ErrorCode.VOUCHER_ALREADY_REDEEMED
    ]


def test_two_tills_registering_one_phone_make_one_customer(shop_url: str) -> None:
    clock = FakeClock()
    counters = tills(shop_url, 2, clock)
    results, errors = race([
        lambda s=s, n=n: s.customers.register(
            actor=TILLS[n], ref_code=f"reg-{n}", phone="+60123456789", name=f"Till {n}")
        for n, s in enumerate(counters)
    ])  # fmt: skip
    assert len(results) == 1
    assert [e.code for e in errors if isinstance(e, LoyaltyError)] == [ErrorCode.CUSTOMER_EXISTS]
