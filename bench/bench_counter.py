"""Counter benchmark: from Enter in the scan field to the customer card painted.

    python bench/build_store.py bench/results/core-1m.db      # once
    QT_QPA_PLATFORM=offscreen python -m bench.bench_counter bench/results/core-1m.db --runs 5

The real main window (offscreen), the real TaskRunner hop to a worker thread and back, the
real look-up on the store; the clock stops when the balance label has painted the new value.
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

from bench.bench_core import percentile
from bench.build_store import short_code
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
    args = parser.parse_args()
    app = create_application([])
    engine = make_engine(f"sqlite:///{args.db.resolve()}")
    services = build_services(UnitOfWorkFactory(engine))
    with services.context.uow.read() as uow:
        customers = uow.customers.count()
    home = Path(tempfile.mkdtemp())
    config = AppConfig(home=home, db_url=f"sqlite:///{args.db.resolve()}", till="Bench till")
    prefs = Preferences(QSettings(str(home / "prefs.ini"), QSettings.Format.IniFormat))
    window = MainWindow(services, config, prefs)
    window.resize(1366, 768)
    window.show()
    QTest.qWaitForWindowExposed(window)
    window.on_signed_in(Actor(1, "Bench", Role.CASHIER, "Bench till"))
    QTest.qWait(300)
    counter = window.counter
    probe = PaintProbe()
    counter.card_view.balance.installEventFilter(probe)
    rng = random.Random(7)
    runs: list[tuple[float, float]] = []
    for run in range(args.runs):
        samples = []
        for _ in range(args.samples):
            code = short_code(rng.randint(1, customers))
            counter.scan.setText(code)
            probe.painted_at = 0.0
            started = time.perf_counter()
            QTest.keyClick(counter.scan, Qt.Key.Key_Return)
            deadline = started + 5
            while not (counter.card and counter.card.short_code == code and probe.painted_at):
                app.processEvents()
                if time.perf_counter() > deadline:
                    raise SystemExit(f"card for {code} never painted")
            samples.append((probe.painted_at - started) * 1000)
            counter.reset()
            app.processEvents()
        runs.append((statistics.median(samples), percentile(samples, 0.95)))
        print(f"run {run + 1}: median {runs[-1][0]:.1f} ms, p95 {runs[-1][1]:.1f} ms", flush=True)
    print(f"\nstore: {customers:,} customers; {args.runs} runs x {args.samples} scans")
    print(f"Enter -> card painted: median {statistics.median(r[0] for r in runs):.1f} ms, "
          f"p95 {statistics.median(r[1] for r in runs):.1f} ms (median over runs)")  # fmt: skip
    window.close()


if __name__ == "__main__":
    main()
