"""The migrations and a period report on a real, throwaway PostgreSQL cluster
(tests/support/postgres.py)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest

from loyaltydesk.domain.staff import Actor, Role
from loyaltydesk.services.facade import build_services
from loyaltydesk.store.engine import make_engine
from loyaltydesk.store.migrate import current_revision, head_revision, upgrade
from loyaltydesk.store.unit_of_work import UnitOfWorkFactory
from tests.conftest import CASHIER_PIN, OWNER_PIN, START, FakeClock, shop_settings
from tests.integration.admin.history import build_history
from tests.support.postgres import postgres_cluster

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    with postgres_cluster() as server:
        yield f"{server}/postgres"


def test_migrations_and_a_report_on_postgres(pg_url: str) -> None:
    engine = make_engine(pg_url)
    try:
        upgrade(engine)
        assert current_revision(engine) == head_revision()
        clock = FakeClock(START)
        services = build_services(UnitOfWorkFactory(engine), clock=clock)
        assert services.database_kind == "postgresql"
        services.program.save_settings(actor=None, settings=shop_settings())
        services.staff.add_staff(actor=None, name="Olive Owner", role=Role.OWNER, pin=OWNER_PIN)
        owner = Actor(1, "Olive Owner", Role.OWNER, "Till 1")
        cashier = Actor(2, "Cass Cashier", Role.CASHIER, "Till 1")
        services.staff.add_staff(actor=owner, name="Cass Cashier", role=Role.CASHIER,
                                 pin=CASHIER_PIN)  # fmt: skip
        for order, (title, cost) in enumerate([("Free coffee", 100), ("10% off", 500)]):
            services.rewards.add_reward(actor=owner, title=title, cost=cost, sort_order=order)
        shop = build_history(services, owner, cashier, clock)

        r = services.reports.period_report(
            actor=owner, date_from=date(2026, 3, 10), date_to=date(2026, 3, 11)
        )
        # The same figures as on SQLite (see test_reports.py).
        assert (r.check_ins, r.visitors, r.new_members, r.returning_members) == (8, 3, 3, 0)
        p = r.points
        assert (p.issued, p.redeemed, p.expired, p.adjusted_out) == (240, 100, 0, 5)
        assert (r.outstanding_points, r.liability_value) == (135, Decimal("1.35"))
        assert [(c.customer_id, c.points_earned) for c in r.top_customers] == [
            (shop.a, 120), (shop.b, 90), (shop.c, 5)
        ]  # fmt: skip
        hours = {h: n for h, n in enumerate(r.visits_by_hour) if n}
        assert hours == {9: 1, 10: 3, 11: 1, 13: 1, 17: 2}
        assert r.visits_by_weekday == (0, 2, 6, 0, 0, 0, 0)
        assert [(s.customer_id, s.day, s.check_ins) for s in r.suspicious] == [
            (shop.b, date(2026, 3, 11), 4)
        ]
        page = services.audit.list_audit(actor=owner, action_prefix="points.adj")
        assert page.total == 2
        preview = services.settings_admin.preview_rules_change(
            actor=owner, new_rules=services.program.get_settings().rules
        )
        assert preview.open_points == 145
        support = services.backups.backup_support()
        assert support.supported is False
        assert "pg_dump" in support.message
    finally:
        engine.dispose()
