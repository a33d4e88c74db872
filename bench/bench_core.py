"""Core benchmark: look-ups, card builds and durable commits on a 1,000,000-customer store.

    python bench/build_store.py bench/results/core-1m.db        # once, a few minutes
    python bench/bench_core.py bench/results/core-1m.db --runs 5

Each run takes fresh random samples; the table shows, per measure, the median over runs of
each run's median and p95. Commits use the real engine (WAL, synchronous=FULL).
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import text

from bench.build_store import short_code
from loyaltydesk.domain.staff import Actor, Role
from loyaltydesk.services.facade import build_services
from loyaltydesk.store.engine import make_engine
from loyaltydesk.store.unit_of_work import UnitOfWorkFactory

ACTOR = Actor(1, "Bench", Role.CASHIER, "Bench till")


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def timed(call: Callable[[], object], n: int) -> tuple[float, float]:
    samples = []
    for _ in range(n):
        started = time.perf_counter()
        call()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples), percentile(samples, 0.95)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("db", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--samples", type=int, default=500)
    args = parser.parse_args()
    engine = make_engine(f"sqlite:///{args.db.resolve()}")
    uow = UnitOfWorkFactory(engine)
    services = build_services(uow)
    with uow.read() as u:
        customers = u.customers.count()
        entries = u.session.execute(text("SELECT max(id) FROM ledger_entry")).scalar()
    print(f"store: {customers:,} customers, {entries:,} ledger entries")
    rng = random.Random(42)
    with uow.read() as u:
        # Redemptions draw from customers who can afford the reward, so each one commits.
        sample = "SELECT id FROM customer WHERE balance >= 300 ORDER BY random() LIMIT 20000"
        rich = [row[0] for row in u.session.execute(text(sample))]

    def pick() -> int:
        return rng.randint(1, customers)

    def pick_rich() -> int:
        return rich[rng.randrange(len(rich))]

    measures: dict[str, Callable[[], object]] = {
        "find by short code (repository)": lambda: _find(uow, "short_code", short_code(pick())),
        "lookup + card, short code": lambda: services.customers.lookup(short_code(pick()).lower()),
        "lookup + card, phone": lambda: services.customers.lookup(f"012{pick():07d}"),
        "lookup + card, email": lambda: services.customers.lookup(f"c{pick()}@example.com"),
        "lookup + card, member QR": lambda: services.customers.lookup(_qr(uow, pick())),
        "check_in commit (FULL)": lambda: services.points.check_in(
            customer=short_code(pick()),
            actor=ACTOR,
            ref_code=f"bench-{uuid.uuid4().hex}",
            amount="12.50",
            confirm=True,
        ),
        "redeem commit (FULL)": lambda: services.points.redeem_reward(
            customer=short_code(pick_rich()),
            reward_id=1,
            actor=ACTOR,
            ref_code=f"bench-{uuid.uuid4().hex}",
        ),
    }
    results: dict[str, list[tuple[float, float]]] = {name: [] for name in measures}
    for run in range(args.runs):
        for name, call in measures.items():
            call()  # warm the statement cache
            results[name].append(timed(call, args.samples))
        print(f"run {run + 1}/{args.runs} done", flush=True)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\n{'measure':<36} {'median ms':>10} {'p95 ms':>10}   (median over {args.runs} runs)")
    for name, runs in results.items():
        p50 = statistics.median(r[0] for r in runs)
        p95 = statistics.median(r[1] for r in runs)
        print(f"{name:<36} {p50:>10.3f} {p95:>10.3f}")
    print(f"{'peak RSS':<36} {rss:>10.0f} MB")


def _find(uow: UnitOfWorkFactory, column: str, value: str) -> object:
    with uow.read() as u:
        return u.customers.find_by(column, value)


_qr_cache: dict[int, str] = {}


def _qr(uow: UnitOfWorkFactory, customer_id: int) -> str:
    from loyaltydesk.domain.qr_payload import member_payload

    if customer_id not in _qr_cache:
        with uow.read() as u:
            _qr_cache[customer_id] = member_payload(u.customers.get(customer_id).uuid)
    return _qr_cache[customer_id]


if __name__ == "__main__":
    main()
