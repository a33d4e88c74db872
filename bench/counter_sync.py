"""For ``bench_counter --sync``: a copy of the store with sync set up and real check-ins queued,
and a Cata emulator (20 ms a call) in a process of its own for the app's own sync thread.

The queued work is made once per store (``<store>.sync-<N>.db`` beside it, fsync off while
queuing) and copied for each bench run, so every run starts with the same full queue.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from pathlib import Path

from bench.bench_sync_drain import OWNER, queue
from bench.sync_emulator import EmulatorProcess
from loyaltydesk.services.facade import Services, build_services
from loyaltydesk.store.engine import make_engine
from loyaltydesk.store.unit_of_work import UnitOfWorkFactory
from tests.integration.sync.e2e_providers import HARNESSES

PHONES = "+6012{:07d}"
"""build_store's phones: customer id n has PHONES.format(n)."""


def queued_store(store: Path, rows: int, customers: int) -> Path:
    """A copy of ``store`` set up for Cata with ``rows`` check-ins queued over its first
    ``customers`` customers (made once, then reused)."""
    template = store.with_name(f"{store.stem}.sync-{rows}-{customers}.db")
    if not template.exists():
        started = time.monotonic()
        building = template.with_suffix(".building")
        _copy(store, building)
        engine = make_engine(f"sqlite:///{building}", durable=False)
        services = build_services(UnitOfWorkFactory(engine))
        shop = services.program.get_settings()
        services.program.save_settings(actor=OWNER, settings=shop.with_rules(cooldown_minutes=0))
        services.sync.configure(actor=OWNER, provider="cata", base_url="http://127.0.0.1:9")
        with services.context.uow.read() as uow:
            ids = [str(uow.customers.get(n).uuid) for n in range(1, customers + 1)]  # type: ignore[union-attr]
        queue(services, ids, rows, prefix="bench-sync")
        engine.dispose()
        _checkpoint(building)
        building.rename(template)
        print(f"queued {rows} check-ins in {time.monotonic() - started:.0f} s", flush=True)
    run = store.with_name(f"{store.stem}.sync-run.db")
    _copy(template, run)
    return run


def start_emulator(customers: int, latency: float) -> EmulatorProcess:
    """The Cata emulator knowing the synced customers; the app finds the key in the environment
    (no keyring on a headless bench machine)."""
    os.environ["LOYALTYDESK_API_KEY"] = HARNESSES["cata"].credentials.api_key
    return EmulatorProcess("cata", f"{PHONES}:1:{customers}", latency=latency)


def point_at(services: Services, emulator: EmulatorProcess) -> None:
    services.sync.configure(actor=OWNER, provider="cata", base_url=emulator.base_url)


def pending(services: Services) -> int:
    return services.sync_queue.pending_count()


def _copy(source: Path, target: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copy(source, target)


def _checkpoint(path: Path) -> None:
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
