"""Core benchmark: look-ups, card builds and durable commits on a 1,000,000-customer store.

    python bench/build_store.py bench/results/core-1m.db        # once, a few minutes
    python bench/bench_core.py bench/results/core-1m.db --runs 5

Each run takes fresh random samples; the table shows, per measure, the median over runs of
each run's median and p95. Commits use the real engine (WAL, synchronous=FULL).

The durable commits are measured side by side with a raw commit: sqlite3 alone on the same
file, WAL and synchronous=FULL, one INSERT and one UPDATE of a random customer. The three take
turns sample by sample, so each ratio compares the same seconds of a noisy machine; the ratio,
not the absolute time, is the target (issue 10). ``--commits-only`` skips the look-ups.
"""

from __future__ import annotations

import argparse
import random
import resource
import sqlite3
import statistics
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine, event, text

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
    parser.add_argument("--commits-only", action="store_true")
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
        # Commits draw from active customers (a blocked one is refused), redemptions from
        # those who can afford the reward, so each one commits.
        sample = "SELECT id FROM customer WHERE status = 'ACTIVE' {} ORDER BY random() LIMIT 20000"
        active = [row[0] for row in u.session.execute(text(sample.format("")))]
        rich = [row[0] for row in u.session.execute(text(sample.format("AND balance >= 300")))]

    def pick() -> int:
        return rng.randint(1, customers)

    def pick_active() -> int:
        return active[rng.randrange(len(active))]

    def pick_rich() -> int:
        return rich[rng.randrange(len(rich))]

    def check_in() -> object:
        return services.points.check_in(
            customer=short_code(pick_active()),
            actor=ACTOR,
            ref_code=f"bench-{uuid.uuid4().hex}",
            amount="12.50",
            confirm=True,
        )

    def redeem() -> object:
        return services.points.redeem_reward(
            customer=short_code(pick_rich()),
            reward_id=1,
            actor=ACTOR,
            ref_code=f"bench-{uuid.uuid4().hex}",
        )

    raw = RawCommit(args.db, customers, rng)
    counts = count_statements(engine, check_in), count_statements(engine, redeem)
    print(f"statements: check-in {counts[0]}, redemption {counts[1]} (BEGIN in, COMMIT not)")
    lookups: dict[str, Callable[[], object]] = {
        "find by short code (repository)": lambda: _find(uow, "short_code", short_code(pick())),
        "lookup + card, short code": lambda: services.customers.lookup(short_code(pick()).lower()),
        "lookup + card, phone": lambda: services.customers.lookup(f"012{pick():07d}"),
        "lookup + card, email": lambda: services.customers.lookup(f"c{pick()}@example.com"),
        "lookup + card, member QR": lambda: services.customers.lookup(_qr(uow, pick())),
    }
    commits: dict[str, Callable[[], object]] = {
        "raw sqlite3 commit (FULL)": raw.commit,
        "check_in commit (FULL)": check_in,
        "redeem commit (FULL)": redeem,
    }
    if args.commits_only:
        lookups = {}
    results: dict[str, list[tuple[float, float]]] = {n: [] for n in [*lookups, *commits]}
    ratios: dict[str, list[tuple[float, float]]] = {"check_in": [], "redeem": []}
    for run in range(args.runs):
        for name, call in lookups.items():
            call()  # warm the statement cache
            results[name].append(timed(call, args.samples))
        side_by_side = taking_turns(list(commits.values()), args.samples)
        for name, samples in zip(commits, side_by_side, strict=True):
            results[name].append(figures(samples))
        base = figures(side_by_side[0])
        for key, samples in zip(ratios, side_by_side[1:], strict=True):
            mine = figures(samples)
            ratios[key].append((mine[0] / base[0], mine[1] / base[1]))
        print(f"run {run + 1}/{args.runs} done", flush=True)
    raw.close()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\n{'measure':<36} {'median ms':>10} {'p95 ms':>10}   (median over {args.runs} runs)")
    for name, runs in results.items():
        p50 = statistics.median(r[0] for r in runs)
        p95 = statistics.median(r[1] for r in runs)
        print(f"{name:<36} {p50:>10.3f} {p95:>10.3f}")
    for key, runs in ratios.items():
        p50 = statistics.median(r[0] for r in runs)
        p95 = statistics.median(r[1] for r in runs)
        each = ", ".join(f"{r[0]:.1f}" for r in runs)
        print(f"{key + ' / raw commit':<36} {p50:>9.1f}x {p95:>9.1f}x   (medians per run: {each})")
    print(f"{'peak RSS':<36} {rss:>10.0f} MB")


def figures(samples: list[float]) -> tuple[float, float]:
    return statistics.median(samples), percentile(samples, 0.95)


def taking_turns(calls: list[Callable[[], object]], n: int) -> list[list[float]]:
    """``n`` samples (ms) of each call, the calls taking turns so they share the same noise."""
    for call in calls:
        call()  # warm the statement cache
    samples: list[list[float]] = [[] for _ in calls]
    for _ in range(n):
        for call, into in zip(calls, samples, strict=True):
            started = time.perf_counter()
            call()
            into.append((time.perf_counter() - started) * 1000)
    return samples


def count_statements(engine: Engine, call: Callable[[], object]) -> int:
    statements: list[str] = []

    def count(*_args: object) -> None:
        statements.append("")

    event.listen(engine, "before_cursor_execute", count)
    try:
        call()
    finally:
        event.remove(engine, "before_cursor_execute", count)
    return len(statements)


class RawCommit:
    """The floor: sqlite3 alone, WAL, synchronous=FULL, one INSERT and one UPDATE per commit."""

    def __init__(self, db: Path, customers: int, rng: random.Random) -> None:
        self._db = sqlite3.connect(db, isolation_level=None, timeout=10)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS bench_raw_commit (id INTEGER PRIMARY KEY,"
            " customer_id INTEGER NOT NULL, at TEXT NOT NULL, points INTEGER NOT NULL)"
        )
        self._customers, self._rng = customers, rng

    def commit(self) -> None:
        customer = self._rng.randint(1, self._customers)
        at = time.strftime("%Y-%m-%d %H:%M:%S.000000", time.gmtime())
        self._db.execute("BEGIN IMMEDIATE")
        self._db.execute(
            "INSERT INTO bench_raw_commit (customer_id, at, points) VALUES (?, ?, ?)",
            (customer, at, 12),
        )
        self._db.execute("UPDATE customer SET last_seen_at = ? WHERE id = ?", (at, customer))
        self._db.execute("COMMIT")

    def close(self) -> None:
        self._db.close()


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
