"""Sync drain benchmark: N queued operations against a provider emulator over real HTTP.

    python -m bench.bench_sync_drain --ops 10000 --customers 1000 --latency 0.020 --runs 3
    python -m bench.bench_sync_drain --per-minute 100 --seconds 240 --runs 1

The queue is real local work: customers registered and checked in through the services (built
once with fsync off, then copied for each run); the drain runs on a durable SQLite file
(``synchronous=FULL``) through the real adapter and ``HttpTransport`` against the tests'
emulator (Cata by default; ``--provider kirimel``) in a process of its own, with its latency.
After each run the emulator's ledgers are checked: every customer's check-ins arrived exactly
once and in the order they were made. With ``--per-minute`` the limit is set both at the
emulator and in the engine; the run stops after ``--seconds`` and reports the most requests
the emulator saw in any 60 s and its 429s. ``--provider memory`` is the in-memory provider of
the engine tests (no HTTP).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import text

from bench.sync_emulator import EmulatorProcess
from loyaltydesk.domain.staff import Actor, Role
from loyaltydesk.services.facade import Services, build_services
from loyaltydesk.store.engine import make_engine
from loyaltydesk.store.migrate import upgrade
from loyaltydesk.store.unit_of_work import UnitOfWorkFactory
from loyaltydesk.sync.provider import Provider
from loyaltydesk.sync.setup import open_provider
from loyaltydesk.sync.worker import SyncEngine
from tests.conftest import shop_settings
from tests.integration.sync.e2e_providers import HARNESSES
from tests.integration.sync.memory_provider import MemoryProvider

OWNER = Actor(1, "Bench", Role.OWNER, "Bench till")
PHONE = "+6012{:07d}"


def build(path: Path, provider: str, ops: int, customers: int) -> None:
    """Register ``customers`` and check them in round-robin until ``ops`` rows are queued."""
    engine = make_engine(f"sqlite:///{path}", durable=False)
    upgrade(engine)
    services = build_services(UnitOfWorkFactory(engine))
    services.program.save_settings(actor=None, settings=shop_settings(cooldown_minutes=0))
    services.staff.add_staff(actor=None, name="Bench", role=Role.OWNER, pin="1234")
    services.sync.configure(actor=OWNER, provider=provider, base_url="http://127.0.0.1:9")
    ids = [services.customers.register(actor=OWNER, ref_code=f"reg-{n}",
                                       phone=PHONE.format(n)).customer_id
           for n in range(customers)]  # fmt: skip
    queue(services, ids, ops - customers)
    engine.dispose()


def queue(services: Services, ids: list[str], check_ins: int, prefix: str = "ci") -> None:
    for n in range(check_ins):
        services.points.check_in(customer=ids[n % len(ids)], actor=OWNER, ref_code=f"{prefix}-{n}",
                                 amount="10", confirm=True)  # fmt: skip


def expected_ledgers(services: Services) -> dict[str, list[str]]:
    """Each customer's queued points operations (their references), in the order made."""
    query = text(
        "SELECT c.phone, o.ref_code FROM sync_outbox o JOIN customer c ON c.id = o.customer_id"
        " WHERE o.action != 'REGISTER' ORDER BY o.id"
    )
    ledgers: dict[str, list[str]] = {}
    with services.context.uow.read() as uow:
        for phone, ref in uow.session.execute(query):
            ledgers.setdefault(phone, []).append(ref)
    return ledgers


def check(expected: dict[str, list[str]], report: dict[str, Any]) -> str:
    """'' when every customer's ledger at the emulator is exactly the local sequence."""
    wrong = [phone for phone, refs in expected.items()
             if [key for key, _ in report["ledgers"].get(phone, [])] != refs]  # fmt: skip
    return f"{len(wrong)} customers' ledgers differ (first {wrong[:3]})" if wrong else ""


def busiest(times: list[float], window: float = 60.0) -> int:
    times = sorted(times)
    best, start = 0, 0
    for end, moment in enumerate(times):
        while moment - times[start] >= window:
            start += 1
        best = max(best, end - start + 1)
    return best


def drain(engine: SyncEngine, seconds: float) -> tuple[int, float, float]:
    """Rows sent, wall seconds and this process's CPU seconds (every thread)."""
    cpu = time.process_time()
    started = time.monotonic()
    deadline = started + seconds
    sent = 0
    while time.monotonic() < deadline:
        report = engine.drain_once(deadline=deadline)
        sent += report.sent
        if report.left == 0:
            break
        # As the app's sync thread does between runs (a full per-minute window, a hold).
        time.sleep(max(0.0, min(engine.idle_wait(1.0), deadline - time.monotonic())))
    return sent, time.monotonic() - started, time.process_time() - cpu


def one_run(args: argparse.Namespace, template: Path, run: int) -> dict[str, float]:
    path = Path(tempfile.mkdtemp(prefix="sync-run-")) / "shop.db"
    shutil.copy(template, path)
    services = build_services(UnitOfWorkFactory(make_engine(f"sqlite:///{path}")))
    expected = expected_ledgers(services)
    load = os.getloadavg()[0]
    try:
        if args.provider == "memory":
            provider: Provider = MemoryProvider(latency=args.latency)
            sent, elapsed, cpu = run_engine(args, services, provider)
            result = {"calls": float(len(provider.calls)), "busiest": 0.0, "429": 0.0}
        else:
            with EmulatorProcess(
                args.provider,
                f"{PHONE}:0:{args.customers}",
                latency=args.latency,
                rate_limit=args.per_minute,
            ) as emulator:
                services.sync.configure(
                    actor=OWNER,
                    provider=args.provider,
                    base_url=emulator.base_url,
                    per_minute=args.per_minute,
                )
                settings = services.sync.settings()
                assert settings is not None
                provider = open_provider(settings, HARNESSES[args.provider].credentials)
                try:
                    sent, elapsed, cpu = run_engine(args, services, provider)
                finally:
                    provider.close()
                report = emulator.report()
            times = [at for at, *_ in report["log"]]
            result = {
                "calls": float(len(times)),
                "busiest": float(busiest(times)),
                "429": float(sum(1 for _, status, *_ in report["log"] if status == 429)),
            }
            if not args.per_minute and (problem := check(expected, report)):
                raise SystemExit(f"run {run}: {problem}")
    finally:
        services.context.uow.engine.dispose()
        shutil.rmtree(path.parent, ignore_errors=True)
    result.update(sent=sent, seconds=elapsed, ops=sent / elapsed, load=load, cpu=cpu / sent)
    print(f"run {run}: {sent} sent in {elapsed:.1f} s = {sent / elapsed:.0f} ops/s, "
          f"{result['calls']:.0f} calls ({result['calls'] / elapsed:.0f}/s), most in any 60 s "
          f"{result['busiest']:.0f}, 429s {result['429']:.0f}; engine CPU "
          f"{cpu / sent * 1000:.2f} ms/op; load {load:.1f} -> "
          f"{os.getloadavg()[0]:.1f}", flush=True)  # fmt: skip
    return result


def run_engine(
    args: argparse.Namespace, services: Services, provider: Provider
) -> tuple[int, float, float]:
    options = {"threads": args.threads} if args.threads else {}
    engine = SyncEngine.from_services(services, provider, **options)
    return drain(engine, args.seconds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--provider", choices=("cata", "kirimel", "memory"), default="cata")
    parser.add_argument("--ops", type=int, default=10_000)
    parser.add_argument("--customers", type=int, default=1_000)
    parser.add_argument("--latency", type=float, default=0.020)
    parser.add_argument("--per-minute", type=int)
    parser.add_argument("--seconds", type=float, default=3600.0)
    parser.add_argument("--threads", type=int, help="default: the engine's")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    kind = "cata" if args.provider == "memory" else args.provider
    template = Path(tempfile.gettempdir()) / f"sync-bench-{kind}-{args.ops}-{args.customers}.db"
    if not template.exists():
        started = time.monotonic()
        build(template, kind, args.ops, args.customers)
        print(f"queued {args.ops} rows in {time.monotonic() - started:.0f} s", flush=True)
    results = [one_run(args, template, run + 1) for run in range(args.runs)]
    ops = [r["ops"] for r in results]
    print(f"\n{args.provider}, {args.ops} rows / {args.customers} customers, latency "
          f"{args.latency * 1000:.0f} ms, {args.runs} runs: median {statistics.median(ops):.0f} "
          f"ops/s (min {min(ops):.0f}, max {max(ops):.0f}); most in any 60 s "
          f"{max(r['busiest'] for r in results):.0f}; 429s "
          f"{sum(r['429'] for r in results):.0f}")  # fmt: skip


if __name__ == "__main__":
    main()
