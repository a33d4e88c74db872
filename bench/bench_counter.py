"""Counter benchmark: from Enter in the scan field to the customer card painted.

    python bench/build_store.py bench/results/core-1m.db      # once
    QT_QPA_PLATFORM=offscreen python -m bench.bench_counter bench/results/core-1m.db --runs 5

The real main window (offscreen), the real TaskRunner hop to a worker thread and back, the
real look-up on the store; the clock stops when the balance label has painted the new value.

    QT_QPA_PLATFORM=offscreen python -m bench.bench_counter bench/results/core-1m.db --sync

With ``--sync`` every run is made twice, side by side: once with the app's sync engine stopped
and once with it draining (its own thread, as in the app) a queue of real check-ins to a Cata
emulator with 20 ms a call, in a process of its own (see ``bench/counter_sync.py``).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtTest import QTest

from bench import counter_sync
from bench.bench_core import percentile
from bench.build_store import short_code
from bench.sync_emulator import EmulatorProcess
from loyaltydesk.config import AppConfig
from loyaltydesk.domain.staff import Actor, Role
from loyaltydesk.services.facade import build_services
from loyaltydesk.store.engine import make_engine
from loyaltydesk.store.unit_of_work import UnitOfWorkFactory
from loyaltydesk.ui.app import create_application
from loyaltydesk.ui.main_window import MainWindow
from loyaltydesk.ui.preferences import Preferences


class PaintProbe(QObject):
    """Notes when the watched widget paints."""

    def __init__(self) -> None:
        super().__init__()
        self.painted_at = 0.0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted_at = time.perf_counter()
        return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("db", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument("--sync", action="store_true", help="also with sync draining beside it")
    parser.add_argument("--sync-rows", type=int, default=10_000)
    parser.add_argument("--sync-customers", type=int, default=1_000)
    parser.add_argument("--latency", type=float, default=0.020)
    parser.add_argument("--gap", type=float, default=0.0, help="seconds between scans")
    args = parser.parse_args()
    app = create_application([])
    store = args.db.resolve()
    emulator: EmulatorProcess | None = None
    if args.sync:
        store = counter_sync.queued_store(store, args.sync_rows, args.sync_customers)
        emulator = counter_sync.start_emulator(args.sync_customers, args.latency)
    engine = make_engine(f"sqlite:///{store}")
    services = build_services(UnitOfWorkFactory(engine))
    if emulator is not None:
        counter_sync.point_at(services, emulator)
    with services.context.uow.read() as uow:
        customers = uow.customers.count()
    home = Path(tempfile.mkdtemp())
    config = AppConfig(home=home, db_url=f"sqlite:///{store}", till="Bench till")
    prefs = Preferences(QSettings(str(home / "prefs.ini"), QSettings.Format.IniFormat))
    window = MainWindow(services, config, prefs)
    window.resize(1366, 768)
    window.show()
    QTest.qWaitForWindowExposed(window)
    window.on_signed_in(Actor(1, "Bench", Role.CASHIER, "Bench till"))
    QTest.qWait(300)
    probe = PaintProbe()
    window.counter.card_view.balance.installEventFilter(probe)
    rng = random.Random(7)
    modes = ("no sync", "sync draining") if args.sync else ("",)
    runs: dict[str, list[tuple[float, float]]] = {mode: [] for mode in modes}
    for run in range(args.runs):
        for mode in modes:
            if args.sync:
                _sync(window, on=mode != "no sync")
            left = counter_sync.pending(services) if args.sync else 0
            started = time.monotonic()
            samples = _scans(app, window, probe, rng, customers, args.samples, args.gap)
            runs[mode].append((statistics.median(samples), percentile(samples, 0.95)))
            drained = ""
            if args.sync:
                sent = left - counter_sync.pending(services)
                drained = f" ({sent} rows synced, {sent / (time.monotonic() - started):.0f}/s)"
            print(f"run {run + 1} {mode}: median {runs[mode][-1][0]:.1f} ms, "
                  f"p95 {runs[mode][-1][1]:.1f} ms{drained}", flush=True)  # fmt: skip
    print(f"\nstore: {customers:,} customers; {args.runs} runs x {args.samples} scans")
    for mode in modes:
        print(
            f"Enter -> card painted{' (' + mode + ')' if mode else ''}: median "
            f"{statistics.median(r[0] for r in runs[mode]):.1f} ms, "
            f"p95 {statistics.median(r[1] for r in runs[mode]):.1f} ms (median over runs)"
        )
    window.close()
    if emulator is not None:
        emulator.__exit__()


def _scans(app: object, window: MainWindow, probe: PaintProbe, rng: random.Random,
           customers: int, count: int, gap: float) -> list[float]:  # fmt: skip
    """``count`` scans back to back, or ``gap`` seconds apart (a shop between customers)."""
    counter = window.counter
    samples = []
    for _ in range(count):
        code = short_code(rng.randint(1, customers))
        counter.scan.setText(code)
        probe.painted_at = 0.0
        started = time.perf_counter()
        QTest.keyClick(counter.scan, Qt.Key.Key_Return)
        deadline = started + 5
        while not (counter.card and counter.card.short_code == code and probe.painted_at):
            app.processEvents()  # type: ignore[attr-defined]
            if time.perf_counter() > deadline:
                raise SystemExit(f"card for {code} never painted")
        samples.append((probe.painted_at - started) * 1000)
        counter.reset()
        app.processEvents()  # type: ignore[attr-defined]
        end = time.perf_counter() + gap
        while time.perf_counter() < end:  # an idle event loop, which leaves the GIL free
            app.processEvents()  # type: ignore[attr-defined]
            time.sleep(0.005)  # (QTest.qWait would hold it: no other thread would run)
    return samples


def _sync(window: MainWindow, *, on: bool) -> None:
    """Start or stop the app's own sync engine thread (the driver the main window owns)."""
    driver = window.sync_driver
    if not on:
        driver.stop()
        return
    driver.start()
    deadline = time.monotonic() + 10
    while not (driver._engine and driver._engine.alive) and time.monotonic() < deadline:
        QTest.qWait(20)
    QTest.qWait(500)  # the engine's first claim and its threads under way


if __name__ == "__main__":
    main()
