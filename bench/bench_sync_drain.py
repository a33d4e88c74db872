"""Sync drain benchmark: N queued operations against a provider with 20 ms latency per call.

    python bench/bench_sync_drain.py --ops 10000 --customers 1000 --latency 0.020
    python bench/bench_sync_drain.py --ops 1000 --per-minute 100 --seconds 120

The provider is the tests' in-memory one (latency by sleeping, no HTTP): the figure is the
engine's own throughput (claims, bookkeeping commits on a durable SQLite file, thread pool).
With ``--per-minute`` the run stops after ``--seconds`` and reports the most calls seen in any
60 s window.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from loyaltydesk.domain.staff import Actor, Role
from loyaltydesk.services.facade import build_services
from loyaltydesk.store.engine import make_engine
from loyaltydesk.store.migrate import upgrade
from loyaltydesk.store.unit_of_work import UnitOfWorkFactory
from loyaltydesk.sync.worker import SyncEngine
from tests.conftest import shop_settings
from tests.integration.sync.memory_provider import MemoryProvider

OWNER = Actor(1, "Bench", Role.OWNER, "Bench till")


def build(path: Path, ops: int, customers: int) -> None:
    engine = make_engine(f"sqlite:///{path}", durable=False)
    upgrade(engine)
    services = build_services(UnitOfWorkFactory(engine))
    services.program.save_settings(actor=None, settings=shop_settings(cooldown_minutes=0))
    services.staff.add_staff(actor=None, name="Bench", role=Role.OWNER, pin="1234")
    services.sync.configure(actor=OWNER, provider="cata", base_url="http://127.0.0.1:9")
    ids = [services.customers.register(actor=OWNER, ref_code=f"reg-{n}",
                                       phone=f"+6012{n:07d}").customer_id
           for n in range(customers)]  # fmt: skip
    for n in range(ops - customers):
        services.points.check_in(customer=ids[n % customers], actor=OWNER, ref_code=f"ci-{n}",
                                 amount="10", confirm=True)  # fmt: skip
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--ops", type=int, default=10_000)
    parser.add_argument("--customers", type=int, default=1_000)
    parser.add_argument("--latency", type=float, default=0.020)
    parser.add_argument("--per-minute", type=int)
    parser.add_argument("--seconds", type=float, default=3600.0)
    parser.add_argument("--threads", type=int, default=8)
    args = parser.parse_args()
    path = Path(tempfile.mkdtemp(prefix="sync-bench-")) / "shop.db"
    build(path, args.ops, args.customers)
    services = build_services(UnitOfWorkFactory(make_engine(f"sqlite:///{path}")))
    provider = MemoryProvider(latency=args.latency)
    engine = SyncEngine(services.sync_queue, provider, threads=args.threads,
                        per_minute=args.per_minute)  # fmt: skip
    started = time.monotonic()
    sent = 0
    deadline = started + args.seconds
    while time.monotonic() < deadline:
        report = engine.drain_once(deadline=deadline)
        sent += report.sent
        if report.left == 0:
            break
    elapsed = time.monotonic() - started
    calls = sorted(t for t, verb in provider.calls if verb != "resolve")
    busiest = max((sum(1 for u in calls[i:] if u < t + 60) for i, t in enumerate(calls)),
                  default=0)  # fmt: skip
    print(f"sent {sent} operations in {elapsed:.1f} s: {sent / elapsed:.0f} ops/s "
          f"({len(provider.calls)} calls, latency {args.latency * 1000:.0f} ms, "
          f"{args.threads} threads); most mutating calls in any 60 s: {busiest}")  # fmt: skip


if __name__ == "__main__":
    main()
