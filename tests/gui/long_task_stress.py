"""Long work under stress, in a process of its own (run by test_long_task_stress.py).

50 long tasks (real CSV exports with progress) back to back on a real SQLite shop; every other
one is cancelled at a different moment, every fifth one's page is closed while it runs, and
short reads and writes (check-ins) are mixed in. A crash, a hang or a wrong count ends the
process with a non-zero code; it exits 0 only if every outcome arrived where it should.

    python -m tests.gui.long_task_stress [--tasks N]
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QProgressDialog, QPushButton, QWidget
from sqlalchemy import Engine

from loyaltydesk.domain.staff import Actor, Role
from loyaltydesk.services.facade import Services, build_services
from loyaltydesk.store.engine import make_engine
from loyaltydesk.store.migrate import upgrade
from loyaltydesk.store.unit_of_work import UnitOfWorkFactory
from loyaltydesk.ui.long_task import Cancelled, Progress, run_long_task
from loyaltydesk.ui.tasks import TaskRunner
from tests.conftest import shop_settings

CUSTOMERS = 300
STEPS = 4
WAIT_MS = 60_000
OWNER = Actor(1, "Olive Owner", Role.OWNER, "Till 1")


def make_shop(folder: Path, engine: Engine) -> Services:
    upgrade(engine)
    services = build_services(UnitOfWorkFactory(engine))
    services.program.save_settings(actor=None, settings=shop_settings())
    services.staff.add_staff(actor=None, name=OWNER.name, role=Role.OWNER, pin="1234")
    rows = (f"Member {i},+6012{4_000_000 + i:07d}" for i in range(CUSTOMERS))
    source = folder / "people.csv"
    source.write_text("name,phone\n" + "\n".join(rows) + "\n", encoding="utf-8")
    services.csv_import.import_customers(path=source, actor=OWNER)
    return services


class Stress:
    def __init__(self, services: Services, folder: Path, window: QMainWindow) -> None:
        self.services = services
        self.folder = folder
        self.window = window
        self.runner = TaskRunner(window)
        self.outcomes: list[str] = []
        self.check_ins = 0
        self.reads = 0
        self.errors: list[BaseException] = []
        self.customer = services.customers.resolve("+60124000001").card
        assert self.customer is not None

    def round(self, k: int) -> None:
        page = QWidget(self.window)
        page.show()
        exports, path = self.services.csv_export, self.folder / f"out-{k}.csv"

        def work(progress: Progress, cancelled: Cancelled) -> str:
            # A few real exports in a row, with Cancel looked at between them (an export looks
            # only every 5,000 rows) and progress reported in between as well.
            for step in range(STEPS):
                if cancelled():
                    return "cancelled"
                exports.export_customers(path=path, actor=OWNER, progress=progress)
                progress(step + 1, STEPS)
            return "done"

        dialog = run_long_task(
            page, self.runner, "Exporting", work, self.outcomes.append, self.errors.append,
            write=k % 3 == 0,
        )  # fmt: skip
        self.short_work(k, page)
        if k % 2:
            QTimer.singleShot((k * 7) % 40, lambda: self.cancel(dialog))
        gone: list[bool] = []
        page.destroyed.connect(lambda: gone.append(True))
        if k % 5 == 4:
            QTimer.singleShot((k * 3) % 25, page.deleteLater)
            self.wait_until(lambda: self.runner.pending == 0 and bool(gone))
        else:
            self.wait_until(lambda: self.runner.pending == 0)
            page.deleteLater()
        gc.collect(0 if k % 10 else 2)

    def short_work(self, k: int, page: QWidget) -> None:
        program, points, customer = self.services.program, self.services.points, self.customer
        for _ in range(3):
            self.runner.run(program.get_settings, self.read, self.errors.append, parent=page)
        self.runner.run(
            lambda: points.check_in(
                customer=customer.customer_id,
                actor=OWNER,
                ref_code=f"stress-{k}",
                amount=Decimal("1.00"),
                confirm=True,
            ),
            self.checked_in,
            self.errors.append,
            parent=self.window,
            write=True,
        )

    def read(self, _settings: object) -> None:
        self.reads += 1

    def checked_in(self, _result: object) -> None:
        self.check_ins += 1

    @staticmethod
    def cancel(dialog: QProgressDialog) -> None:
        """Press Cancel, as a person would, unless the task was quicker."""
        try:
            button = dialog.findChild(QPushButton)
        except RuntimeError:
            return  # the task finished, and its dialog went, before Cancel was pressed
        button.click()

    @staticmethod
    def wait_until(condition) -> None:
        loop = QEventLoop()
        poll = QTimer()
        poll.timeout.connect(lambda: condition() and loop.quit())
        poll.start(2)
        deadline = QTimer()
        deadline.setSingleShot(True)
        deadline.timeout.connect(loop.quit)
        deadline.start(WAIT_MS)
        loop.exec()
        if not condition():
            print("timed out waiting for the tasks", file=sys.stderr)
            sys.exit(3)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tasks", type=int, default=50)
    tasks = parser.parse_args().tasks
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        engine = make_engine(f"sqlite:///{folder / 'shop.db'}")
        services = make_shop(folder, engine)
        window = QMainWindow()
        window.show()
        stress = Stress(services, folder, window)
        before = stress.customer.balance
        for k in range(tasks):
            stress.round(k)
        window.close()
        if not stress.runner.wait_for_done(WAIT_MS):
            return 3
        app.processEvents()
        after = services.customers.lookup(stress.customer.customer_id).balance
        engine.dispose()
    closed = sum(1 for k in range(tasks) if k % 5 == 4)
    print(
        f"long tasks: {tasks}, outcomes: {len(stress.outcomes)} "
        f"(done {stress.outcomes.count('done')}, cancelled {stress.outcomes.count('cancelled')}), "
        f"pages closed while running: {closed}, reads: {stress.reads}, "
        f"check-ins: {stress.check_ins} (+{after - before} points), errors: {stress.errors!r}"
    )
    ok = (
        not stress.errors
        and tasks - closed <= len(stress.outcomes) <= tasks
        and stress.reads >= 3 * (tasks - closed)
        and stress.check_ins == tasks
        and after - before == tasks
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
