"""Points past their date expire and the daily backup is written without anyone asking."""

from __future__ import annotations

import uuid
from datetime import timedelta

from loyaltydesk.domain.staff import Actor, Role
from loyaltydesk.services.facade import build_services
from loyaltydesk.store.engine import make_engine
from loyaltydesk.store.unit_of_work import UnitOfWorkFactory
from loyaltydesk.ui.housekeeping import Housekeeping
from loyaltydesk.ui.tasks import TaskRunner
from tests.conftest import FakeClock

OWNER = Actor(1, "Olive Owner", Role.OWNER, "Till 1")


def test_expiry_and_daily_backup_run_in_the_background(qtbot, db_path, tmp_path) -> None:
    clock = FakeClock()
    engine = make_engine(f"sqlite:///{db_path}")
    services = build_services(UnitOfWorkFactory(engine), clock=clock, backup_dir=tmp_path / "bk")
    card = services.customers.register(actor=OWNER, ref_code="r", phone="+60123456789")
    services.points.check_in(
        customer=card.customer_id, actor=OWNER, ref_code=uuid.uuid4().hex, amount="40"
    )
    clock.now += timedelta(days=400)
    runner = TaskRunner()
    Housekeeping(services, runner).run_now()
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=20_000)
    assert services.customers.lookup(card.customer_id).balance == 0
    assert [b.label for b in services.backups.list_backups()] == ["daily"]
    Housekeeping(services, runner).run_now()  # once a day, not once a run
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=20_000)
    assert len(services.backups.list_backups()) == 1
    engine.dispose()
