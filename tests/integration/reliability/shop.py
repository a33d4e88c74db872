"""Shop databases for the reliability tests, the same on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, create_engine, func, select, text

from loyaltydesk.domain.staff import Actor, Role
from loyaltydesk.services.facade import Services, build_services
from loyaltydesk.store.engine import make_engine
from loyaltydesk.store.migrate import upgrade
from loyaltydesk.store.models import Customer, LedgerEntry
from loyaltydesk.store.unit_of_work import UnitOfWorkFactory
from tests.conftest import OWNER_PIN, FakeClock, shop_settings

OWNER = Actor(1, "Olive Owner", Role.OWNER, "Till 1")


def till(number: int) -> Actor:
    return Actor(1, "Olive Owner", Role.OWNER, f"Till {number}")


@contextmanager
def pg_database(server: str) -> Iterator[str]:
    """An empty database on the throwaway cluster; dropped after."""
    name = f"rel_{uuid.uuid4().hex[:12]}"
    admin = create_engine(f"{server}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield f"{server}/{name}"
    finally:
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


def set_up_shop(url: str) -> None:
    """Migrate ``url`` and give it the test shop's settings, owner and two rewards."""
    engine = make_engine(url)
    try:
        upgrade(engine)
        services = build_services(UnitOfWorkFactory(engine), clock=FakeClock())
        services.program.save_settings(actor=None, settings=shop_settings())
        services.staff.add_staff(actor=None, name="Olive Owner", role=Role.OWNER, pin=OWNER_PIN)
        for order, (title, cost) in enumerate([("Free coffee", 100), ("10% off", 500)]):
            services.rewards.add_reward(actor=OWNER, title=title, cost=cost, sort_order=order)
    finally:
        engine.dispose()


def open_tills(url: str, count: int, clock: FakeClock) -> list[Services]:
    """Each till its own engine (its own connections), as separate machines have."""
    return [build_services(UnitOfWorkFactory(make_engine(url)), clock=clock) for _ in range(count)]


def close_tills(tills: list[Services]) -> None:
    for services in tills:
        services.context.uow.engine.dispose()


def balances_match_ledger(engine: Engine) -> list[tuple[int, int, int]]:
    """(customer id, cached balance, ledger sum) for every customer whose two disagree."""
    ledger_sum = (
        select(func.coalesce(func.sum(LedgerEntry.delta), 0))
        .where(LedgerEntry.customer_id == Customer.id)
        .scalar_subquery()
    )
    with engine.connect() as c:
        rows = c.execute(select(Customer.id, Customer.balance, ledger_sum)).all()
    return [(cid, balance, int(total)) for cid, balance, total in rows if balance != total]


def race(calls: list[Callable[[], object]]) -> tuple[list[object], list[Exception]]:
    """Start every call at the same moment, each from its own thread."""
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
        assert not thread.is_alive(), "a till did not finish within a minute"
    return results, errors
