"""Benchmark: the owner's Customers page on a 1,000,000-customer store, as the owner sees it.

    .venv/bin/python bench/bench_customers.py --reuse --runs 1   # builds the store once
    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.bench_customers_page [--runs 9]

The real page (offscreen) with the real TaskRunner and services on a durable engine:

* page open: from creating and showing the page until its table has painted the first rows
  (the count and the first page run in parallel workers; the default filter is Active);
* first search result: from the search starting (the 250 ms typing pause already over) until
  the table has painted the first matching rows.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop, QLocale, QTimer

from loyaltydesk.domain.staff import Actor, Role
from loyaltydesk.services.facade import build_services
from loyaltydesk.store.engine import make_engine
from loyaltydesk.store.unit_of_work import UnitOfWorkFactory
from loyaltydesk.ui.app import create_application
from loyaltydesk.ui.formatting import Formatter
from loyaltydesk.ui.owner.base import OwnerContext
from loyaltydesk.ui.owner.customers.customers_page import CustomersPage
from loyaltydesk.ui.tasks import TaskRunner

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DB = ROOT / "bench" / "results" / "customers-1m.db"
OWNER = Actor(1, "Bench Owner", Role.OWNER, "Till 1")
SEARCHES = (
    ("name prefix 'mei ch'", "mei ch"),
    ("name prefix 'mei' (32,000 matches)", "mei"),
    ("one letter 'm'", "m"),
    ("phone as typed '012-000 12'", "012-000 12"),
    ("email prefix 'grace.ho'", "grace.ho"),
    ("member code prefix '9E37'", "9E37"),
)


def wait_for_rows(page: CustomersPage, timeout_ms: int = 30_000) -> None:
    """Until the page's new first rows are in the model, then paint the table once."""
    loop = QEventLoop()
    page.model.first_rows_shown.connect(loop.quit)
    page.model.failed.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    page.model.first_rows_shown.disconnect(loop.quit)
    page.model.failed.disconnect(loop.quit)
    page.table.viewport().repaint()
    if page.model.row_at(0) is None and page.model.rowCount():
        raise RuntimeError("the first rows did not arrive")


def idle(app, runner: TaskRunner) -> None:
    """Let every task of the previous run deliver, so runs do not overlap."""
    while runner.pending:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)


def open_page(context: OwnerContext) -> tuple[float, float, CustomersPage]:
    """(ms until the first rows are painted, ms until the row count is shown, the page)."""
    counted: list[float] = []
    started = time.perf_counter()
    page = CustomersPage(context)
    page.model.count_known.connect(lambda _n: counted.append(time.perf_counter()))
    page.resize(1100, 650)
    page.show()
    page.activate()
    wait_for_rows(page)
    shown = (time.perf_counter() - started) * 1000
    while not counted:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    return shown, (counted[0] - started) * 1000, page


def search(page: CustomersPage, text: str) -> float:
    page.search.blockSignals(True)
    page.search.setText(text)
    page.search.blockSignals(False)
    started = time.perf_counter()
    page.apply_query()
    wait_for_rows(page)
    return (time.perf_counter() - started) * 1000


def figures(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[
        min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    if not args.db.exists():
        raise SystemExit(f"{args.db} is missing: run bench/bench_customers.py first")
    app = create_application(["bench"])
    engine = make_engine(f"sqlite:///{args.db}")
    services = build_services(UnitOfWorkFactory(engine))
    runner = TaskRunner()
    fmt = Formatter(QLocale(QLocale.Language.English, QLocale.Country.Malaysia), "MYR",
                    "Asia/Kuala_Lumpur")  # fmt: skip
    context = OwnerContext(services, runner, OWNER, fmt)
    cold, cold_count, page = open_page(context)
    rows: list[tuple[str, str, str]] = [
        ("page open, first in this process: first rows painted", f"{cold:.1f}", "-"),
        ("page open, first in this process: row count shown", f"{cold_count:.1f}", "-"),
    ]
    page.deleteLater()
    opens: list[float] = []
    counts: list[float] = []
    for _ in range(args.runs):
        idle(app, runner)
        took, count_took, page = open_page(context)
        opens.append(took)
        counts.append(count_took)
        page.close()
        page.deleteLater()
    median, p95 = figures(opens)
    rows.append(("page open until the first rows are painted", f"{median:.1f}", f"{p95:.1f}"))
    median, p95 = figures(counts)
    rows.append(("page open until the row count is shown", f"{median:.1f}", f"{p95:.1f}"))
    idle(app, runner)
    _took, _count, page = open_page(context)
    all_searches: list[float] = []
    for label, text in SEARCHES:
        samples = []
        for _ in range(args.runs):
            search(page, "")
            idle(app, runner)
            samples.append(search(page, text))
            idle(app, runner)
        all_searches += samples
        median, p95 = figures(samples)
        rows.append((f"first search result: {label}", f"{median:.1f}", f"{p95:.1f}"))
    median, p95 = figures(all_searches)
    rows.append(("first search result, all searches above", f"{median:.1f}", f"{p95:.1f}"))
    runner.wait_for_done()
    engine.dispose()
    print(f"\nStore: {args.db.name}, {args.db.stat().st_size / 1e6:,.0f} MB; "
          f"{args.runs} runs each; default filter Active")  # fmt: skip
    print(f"\n| Customers page, {args.runs} runs | median ms | p95 ms |")
    print("|---|---:|---:|")
    for label, median_text, p95_text in rows:
        print(f"| {label} | {median_text} | {p95_text} |")


if __name__ == "__main__":
    main()
