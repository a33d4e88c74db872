"""Random counter work through the services, and draining it, for the end-to-end sync proofs.

The work is recorded as it happened locally (``Op``), so a test can compare what the provider's
ledger holds with exactly what the counter did.
"""

from __future__ import annotations

import random
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import create_engine, text

from loyaltydesk.domain.errors import RefusedError
from loyaltydesk.domain.staff import Actor, Role
from loyaltydesk.services.context import utc_now
from loyaltydesk.services.facade import Services, build_services
from loyaltydesk.store.engine import make_engine
from loyaltydesk.store.migrate import upgrade
from loyaltydesk.store.unit_of_work import UnitOfWorkFactory
from loyaltydesk.sync.provider import Provider
from loyaltydesk.sync.worker import SyncEngine
from tests.conftest import OWNER_PIN, shop_settings

OWNER = Actor(1, "Olive Owner", Role.OWNER, "Till 1")
REWARD_COST = 100
POINTS_KINDS = ("CHECK_IN", "REDEEM_REWARD", "PAY_WITH_POINTS", "ADJUST", "VOID")


@dataclass
class Op:
    """One local operation that was queued for the provider."""

    kind: str
    ref: str
    customer: int
    """Index into ``Work.phones``."""
    points: int
    """Signed, as the local ledger changed."""
    transaction_id: int = 0
    amount: Decimal | None = None
    voids: Op | None = None
    voided: bool = False


@dataclass
class Work:
    phones: list[str]
    customer_ids: list[str]
    ops: list[Op] = field(default_factory=list)

    def of(self, customer: int) -> list[Op]:
        return [op for op in self.ops if op.customer == customer and op.kind in POINTS_KINDS]


Rules = tuple[tuple[str, object], ...]
"""The shop's program rules that differ from the tests' usual shop."""
Skips = Callable[[Op], bool]
"""True for an operation the provider cannot apply (it becomes a problem, not a change)."""


def counter_work(
    services: Services,
    *,
    seed: int,
    customers: int = 4,
    operations: int = 60,
    skipped: Skips = lambda op: False,
    prefix: str = "e2e",
) -> Work:
    """Registrations, check-ins, rewards, points payments, owner adjustments and voids in a
    random order. A redemption is made only when both the local balance and the provider's
    (which differs where the provider cannot apply some operations) cover it."""
    rng = random.Random(seed)
    phones = [f"+60129{seed % 100:02d}{n:04d}" for n in range(customers)]
    work = Work(phones, [])
    local = [0] * customers
    remote = [0] * customers
    for n, phone in enumerate(phones):
        ref = f"{prefix}-reg-{n}"
        card = services.customers.register(actor=OWNER, ref_code=ref, phone=phone,
                                           name=f"Customer {n}")  # fmt: skip
        work.customer_ids.append(card.customer_id)
        work.ops.append(Op("REGISTER", ref, n, 0))
    for step in range(operations):
        n = rng.randrange(customers)
        ref = f"{prefix}-{step}"
        op = _one(services, work, rng, n, ref, min(local[n], remote[n]))
        if op is None:
            continue
        work.ops.append(op)
        local[n] += op.points
        if not skipped(op):
            remote[n] += op.points
    return work


def _one(services: Services, work: Work, rng: random.Random, n: int, ref: str,
         spendable: int) -> Op | None:  # fmt: skip
    customer = work.customer_ids[n]
    choice = rng.random()
    if choice < 0.45 or spendable < 10:
        amount = Decimal(rng.randrange(10, 70))
        result = services.points.check_in(customer=customer, actor=OWNER, ref_code=ref,
                                          amount=amount, confirm=True)  # fmt: skip
        kind = "CHECK_IN"
    elif choice < 0.55 and spendable >= REWARD_COST:
        result = services.points.redeem_reward(customer=customer, reward_id=1, actor=OWNER,
                                               ref_code=ref)  # fmt: skip
        kind = "REDEEM_REWARD"
    elif choice < 0.7:
        result = services.points.pay_with_points(
            customer=customer,
            actor=OWNER,
            ref_code=ref,
            points=rng.randrange(1, spendable // 2 + 1),
        )
        kind = "PAY_WITH_POINTS"
    elif choice < 0.82:
        points = rng.choice([rng.randrange(1, 20), -rng.randrange(1, spendable // 2 + 1)])
        result = services.points.adjust_points(
            customer=customer, points=points, reason="counter fix", actor=OWNER, ref_code=ref
        )
        kind = "ADJUST"
    else:
        return _void(services, work, rng, n, ref)
    return Op(kind, ref, n, result.points, result.transaction_id, result.amount)


def _void(services: Services, work: Work, rng: random.Random, n: int, ref: str) -> Op | None:
    candidates = [op for op in work.of(n) if op.kind != "VOID" and not op.voided]
    if not candidates:
        return None
    target = rng.choice(candidates)
    try:
        result = services.voids.void(transaction=target.transaction_id, reason="wrong item",
                                     actor=OWNER, ref_code=ref)  # fmt: skip
    except RefusedError:
        return None  # the points were spent already: the counter refuses, nothing is queued
    target.voided = True
    return Op("VOID", ref, n, result.points, result.transaction_id, voids=target)


def engine_for(services: Services, provider: Provider, seed: int, **options: object) -> SyncEngine:
    return SyncEngine.from_services(services, provider, retry_base=0.02,
                                    rng=random.Random(seed), **options)  # fmt: skip


def drain(engines: list[SyncEngine], *, timeout: float = 60.0, poll: float = 0.01) -> list[int]:
    """Run every engine at once until the shared outbox holds nothing pending; returns the rows
    each engine sent."""
    end = time.monotonic() + timeout
    errors: list[BaseException] = []
    sent = [0] * len(engines)
    start = threading.Barrier(len(engines))

    def run(n: int, engine: SyncEngine) -> None:
        try:
            start.wait(timeout)  # every engine claims from the first moment, none is late
            while time.monotonic() < end:
                report = engine.drain_once(deadline=end)
                sent[n] += report.sent
                assert not report.paused, engine.queue.state()
                if engine.queue.pending_count() == 0:
                    return
                time.sleep(poll)
        except BaseException as error:  # reported to the test below
            errors.append(error)

    threads = [threading.Thread(target=run, args=pair) for pair in enumerate(engines)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout + 10)
    assert not errors, errors
    assert engines[0].queue.pending_count() == 0, "the queue did not drain in time"
    return sent


def sqlite_shop(path: str, rules: Rules = ()) -> Services:
    """Services on the wall clock (retry times must come due) on a fresh SQLite shop."""
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    return furnished(build_services(UnitOfWorkFactory(engine), clock=utc_now), rules)


@contextmanager
def postgres_shop(server: str, rules: Rules = ()) -> Iterator[str]:
    """A fresh, furnished shop database on the PostgreSQL ``server``; yields its URL."""
    name = f"e2e_{uuid.uuid4().hex[:12]}"
    admin = create_engine(f"{server}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    url = f"{server}/{name}"
    engine = make_engine(url)
    upgrade(engine)
    furnished(build_services(UnitOfWorkFactory(engine), clock=utc_now), rules)
    engine.dispose()
    try:
        yield url
    finally:
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


def till(url: str) -> Services:
    return build_services(UnitOfWorkFactory(make_engine(url)), clock=utc_now)


def furnished(services: Services, rules: Rules) -> Services:
    settings = shop_settings(void_window_minutes=600, **dict(rules))
    services.program.save_settings(actor=None, settings=settings)
    services.staff.add_staff(actor=None, name="Olive Owner", role=Role.OWNER, pin=OWNER_PIN)
    services.rewards.add_reward(actor=OWNER, title="Free coffee", cost=REWARD_COST, sort_order=0)
    return services
