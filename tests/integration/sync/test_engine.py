"""The sync engine against an in-memory provider: order per customer, exactly-once effect under
faults, problems that do not block a customer, and the pause on a rejected key."""

from __future__ import annotations

import random
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from loyaltydesk.domain.staff import Actor
from loyaltydesk.services.context import utc_now
from loyaltydesk.services.facade import Services, build_services
from loyaltydesk.store.engine import make_engine
from loyaltydesk.store.unit_of_work import UnitOfWorkFactory
from loyaltydesk.sync.worker import SyncEngine
from tests.integration.helpers import register
from tests.integration.sync.conftest import BASE_URL, outbox
from tests.integration.sync.memory_provider import MemoryProvider, NonIdempotentProvider


@pytest.fixture
def live(db_path: Path, owner: Actor) -> Iterator[Services]:
    """Services on the wall clock (retry times must come due), set up to sync."""
    engine = make_engine(f"sqlite:///{db_path}")
    services = build_services(UnitOfWorkFactory(engine), clock=utc_now)
    services.sync.configure(actor=owner, provider="kirimel", base_url=BASE_URL)
    yield services
    engine.dispose()


def engine_for(services: Services, provider: MemoryProvider, **options: object) -> SyncEngine:
    return SyncEngine.from_services(services, provider, retry_base=0.02,
                                    rng=random.Random(7), **options)  # fmt: skip


def drain_all(engine: SyncEngine, *, timeout: float = 60.0) -> int:
    """Drain until nothing is pending; returns the rows sent."""
    end = time.monotonic() + timeout
    sent = 0
    while time.monotonic() < end:
        report = engine.drain_once(deadline=end)
        sent += report.sent
        if report.left == 0 or report.paused:
            return sent
        time.sleep(0.02)
    raise AssertionError("the queue did not drain in time")


def shop_activity(services: Services, cashier: Actor, owner: Actor, customers: int) -> list[str]:
    ids = [register(services, cashier, phone=f"+6012345{n:04d}") for n in range(customers)]
    for n, customer in enumerate(ids):
        for visit in range(3):
            services.points.check_in(customer=customer, actor=cashier, ref_code=f"c{n}-{visit}",
                                     amount=str(40 + visit), confirm=True)  # fmt: skip
        services.points.redeem_reward(customer=customer, reward_id=1, actor=cashier,
                                      ref_code=f"r{n}")  # fmt: skip
        services.points.adjust_points(customer=customer, points=7, reason="goodwill",
                                      actor=owner, ref_code=f"a{n}")  # fmt: skip
    return ids


def expected_references(n: int) -> list[str]:
    return [f"c{n}-0", f"c{n}-1", f"c{n}-2", f"r{n}", f"a{n}"]


def test_every_row_reaches_the_provider_in_order_per_customer(
    live: Services, cashier: Actor, owner: Actor
) -> None:
    ids = shop_activity(live, cashier, owner, customers=6)
    provider = MemoryProvider(latency=0.005)
    drain_all(engine_for(live, provider))
    assert all(row.state == "SENT" for row in outbox(live))
    by_phone = {a.phone: a for a in provider.accounts.values()}
    for n, customer in enumerate(ids):
        account = by_phone[f"+6012345{n:04d}"]
        assert account.references == expected_references(n)
        card = live.customers.lookup(customer)
        assert card.remote_balance == account.balance == card.balance
        assert card.remote_balance_at is not None
    status = live.sync.status()
    assert (status.pending, status.failed, status.last_success is not None) == (0, 0, True)


@pytest.mark.parametrize("provider_class", [MemoryProvider, NonIdempotentProvider])
def test_faults_after_applying_never_double_credit(
    live: Services, cashier: Actor, owner: Actor, provider_class: type[MemoryProvider]
) -> None:
    ids = shop_activity(live, cashier, owner, customers=8)
    provider = provider_class(fail_rate=0.3, seed=11)
    drain_all(engine_for(live, provider))
    problems = live.sync.problems(actor=owner)
    assert problems == ()
    by_phone = {a.phone: a for a in provider.accounts.values()}
    assert len(by_phone) == len(ids)
    for n, customer in enumerate(ids):
        account = by_phone[f"+6012345{n:04d}"]
        assert account.references == expected_references(n)
        assert account.balance == live.customers.lookup(customer).balance


def test_a_refused_row_is_a_problem_and_the_customers_later_rows_still_go(
    live: Services, cashier: Actor, owner: Actor
) -> None:
    shop_activity(live, cashier, owner, customers=1)
    provider = MemoryProvider()
    provider.refuse.add("r0")
    drain_all(engine_for(live, provider))
    (account,) = provider.accounts.values()
    assert account.references == ["c0-0", "c0-1", "c0-2", "a0"]
    (problem,) = live.sync.problems(actor=owner)
    assert (problem.ref_code, problem.code, problem.action) == ("r0", "INSUFFICIENT_POINTS",
                                                                "REDEEM")  # fmt: skip
    assert live.sync.status().failed == 1
    provider.refuse.clear()
    live.sync.retry_problem(actor=owner, item_id=problem.item_id)
    drain_all(engine_for(live, provider))
    assert account.references[-1] == "r0-retry-1"  # a refused reference is never reused
    assert live.sync.status().failed == 0


def test_a_rejected_key_pauses_the_whole_queue_until_the_owner_resumes(
    live: Services, cashier: Actor, owner: Actor
) -> None:
    shop_activity(live, cashier, owner, customers=3)
    provider = MemoryProvider()
    provider.reject_key = True
    report = engine_for(live, provider).drain_once(deadline=time.monotonic() + 30)
    assert report.paused
    assert report.sent == 0
    status = live.sync.status()
    assert (status.paused, status.pause_code, status.pending) == (True, "INVALID_API_KEY", 15 + 3)
    assert engine_for(live, provider).drain_once().sent == 0  # stays paused
    provider.reject_key = False
    assert live.sync.resume(actor=owner).paused is False
    drain_all(engine_for(live, provider))
    assert live.sync.status().pending == 0


def test_with_the_network_down_a_run_ends_quickly_and_keeps_the_queue(
    live: Services, cashier: Actor, owner: Actor
) -> None:
    shop_activity(live, cashier, owner, customers=20)
    provider = MemoryProvider()
    provider.down = True
    started = time.monotonic()
    report = engine_for(live, provider).drain_once(deadline=time.monotonic() + 120)
    assert time.monotonic() - started < 20
    assert (report.sent, report.left) == (0, 20 * 6)
    provider.down = False
    drain_all(engine_for(live, provider))
    assert live.sync.status().pending == 0


def test_a_customer_unknown_remotely_is_registered_once_then_linked(
    live: Services, cashier: Actor
) -> None:
    customer = register(live, cashier, phone="+60123459999", name="Remote Rita")
    live.points.check_in(customer=customer, actor=cashier, ref_code="x1", amount="10")
    provider = MemoryProvider()
    drain_all(engine_for(live, provider))
    live.points.check_in(customer=customer, actor=cashier, ref_code="x2", amount="10",
                         confirm=True)  # fmt: skip
    drain_all(engine_for(live, provider))
    assert len(provider.accounts) == 1
    assert [verb for _, verb in provider.calls].count("register") == 1


def test_dismissing_a_problem_is_audited(live: Services, cashier: Actor, owner: Actor) -> None:
    shop_activity(live, cashier, owner, customers=1)
    provider = MemoryProvider()
    provider.refuse.add("a0")
    drain_all(engine_for(live, provider))
    (problem,) = live.sync.problems(actor=owner)
    live.sync.dismiss_problem(actor=owner, item_id=problem.item_id, reason="fixed by hand")
    assert live.sync.problems(actor=owner) == ()
    page = live.audit.list_audit(actor=owner, action_prefix="sync.dismiss")
    assert page.entries[0].details["reason"] == "fixed by hand"


def test_the_engine_gives_way_while_the_counter_serves_someone(
    live: Services, cashier: Actor
) -> None:
    """The counter's look-up says so: no call starts until the moment has passed, then the
    queue drains as usual."""
    customer = register(live, cashier, phone="+60123450001")
    live.points.check_in(customer=customer, actor=cashier, ref_code="busy-1", amount="40",
                         confirm=True)  # fmt: skip
    provider = MemoryProvider()
    engine = engine_for(live, provider)
    started = time.monotonic()
    engine.give_way(0.4)
    assert drain_all(engine) == 2
    assert min(at for at, _ in provider.calls) - started >= 0.4
