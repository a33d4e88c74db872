"""Claiming outbox rows: the oldest pending row per customer only, never one another worker
holds; on PostgreSQL two tills' workers draining one outbox each claim a row exactly once."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text

from loyaltydesk.domain.staff import Actor, Role
from loyaltydesk.services.facade import Services, build_services
from loyaltydesk.services.sync_dto import Sent
from loyaltydesk.store.engine import make_engine
from loyaltydesk.store.migrate import upgrade
from loyaltydesk.store.unit_of_work import UnitOfWorkFactory
from tests.conftest import OWNER_PIN, FakeClock, shop_settings
from tests.integration.helpers import register
from tests.integration.sync.conftest import BASE_URL
from tests.support.postgres import postgres_cluster

OWNER = Actor(1, "Olive Owner", Role.OWNER, "Till 1")


def test_only_the_oldest_pending_row_of_each_customer_is_claimed(
    synced: Services, cashier: Actor
) -> None:
    ann = register(synced, cashier, phone="+60123450001")
    bob = register(synced, cashier, phone="+60123450002")
    for customer, refs in ((ann, ["a1", "a2"]), (bob, ["b1"])):
        for n, ref_code in enumerate(refs):
            synced.points.check_in(customer=customer, actor=cashier, ref_code=ref_code,
                                   amount="10", confirm=n > 0)  # fmt: skip
    queue = synced.sync_queue
    first = queue.claim(worker="w1", limit=10)
    assert [i.action for i in first] == ["REGISTER", "REGISTER"]
    assert queue.claim(worker="w2", limit=10) == ()  # both customers' heads are leased
    nxt = queue.settle([Sent(i.item_id, remote_ref=f"R{n}") for n, i in enumerate(first)],
                       worker="w1", claim=10)  # fmt: skip
    assert sorted(i.ref_code for i in nxt) == ["a1", "b1"]
    assert all(i.remote_id is None for i in nxt)  # a REGISTER without a link links nothing
    again = queue.settle([Sent(i.item_id) for i in nxt], worker="w1", claim=10)
    assert [i.ref_code for i in again] == ["a2"]
    assert again[0].reference == "a2"


def test_a_lease_that_ran_out_is_claimable_again(synced: Services, cashier: Actor) -> None:
    register(synced, cashier)
    (item,) = synced.sync_queue.claim(worker="w1", limit=5)
    synced.context.clock.advance(minutes=3)  # type: ignore[attr-defined]
    (again,) = synced.sync_queue.claim(worker="w2", limit=5)
    assert again.item_id == item.item_id


@pytest.fixture(scope="module")
def pg_server() -> Iterator[str]:
    with postgres_cluster() as server:
        yield server


@pytest.fixture
def pg_url(pg_server: str) -> Iterator[str]:
    name = f"sync_{uuid.uuid4().hex[:12]}"
    admin = create_engine(f"{pg_server}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    url = f"{pg_server}/{name}"
    engine = make_engine(url)
    upgrade(engine)
    services = build_services(UnitOfWorkFactory(engine), clock=FakeClock())
    services.program.save_settings(actor=None, settings=shop_settings())
    services.staff.add_staff(actor=None, name="Olive Owner", role=Role.OWNER, pin=OWNER_PIN)
    services.sync.configure(actor=OWNER, provider="cata", base_url=BASE_URL)
    for n in range(30):
        customer = register(services, OWNER, phone=f"+6012346{n:04d}")
        for visit in range(3):
            services.points.check_in(customer=customer, actor=OWNER, ref_code=f"p{n}-{visit}",
                                     amount="12", confirm=True)  # fmt: skip
    engine.dispose()
    yield url
    with admin.connect() as c:
        c.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.mark.postgres
def test_two_workers_on_postgresql_never_claim_the_same_row(pg_url: str) -> None:
    tills = [build_services(UnitOfWorkFactory(make_engine(pg_url)), clock=FakeClock())
             for _ in range(2)]  # fmt: skip
    claimed: dict[str, list[tuple[int, str | None]]] = {"w1": [], "w2": []}
    barrier = threading.Barrier(2)
    errors: list[Exception] = []

    def work(worker: str, services: Services) -> None:
        barrier.wait()
        try:
            items = services.sync_queue.claim(worker=worker, limit=4)
            while items:
                claimed[worker] += [(i.item_id, i.customer_id) for i in items]
                items = services.sync_queue.settle([Sent(i.item_id) for i in items],
                                                   worker=worker, claim=4)  # fmt: skip
        except Exception as error:
            errors.append(error)

    threads = [
        threading.Thread(target=work, args=(w, s)) for w, s in zip(claimed, tills, strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert errors == []
    ids = [item_id for rows in claimed.values() for item_id, _ in rows]
    assert len(ids) == len(set(ids)) == 30 * 4
    assert claimed["w1"]
    assert claimed["w2"]
    assert tills[0].sync.status().pending == 0
    for services in tills:
        services.context.uow.engine.dispose()
