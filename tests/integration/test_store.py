"""The SQLite store: durability settings, exact money, and migrations in place."""

import uuid
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import text

from loyaltydesk.domain.errors import ErrorCode, LoyaltyError
from loyaltydesk.store.engine import make_engine
from loyaltydesk.store.migrate import alembic_config, current_revision, head_revision, upgrade
from tests.integration.helpers import register


def test_sqlite_is_durable_and_checks_foreign_keys(tmp_path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'x.db'}")
    with engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert c.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_money_is_exact_in_sqlite(services, cashier) -> None:
    customer = register(services, cashier)
    for _ in range(10):
        services.points.check_in(
            customer=customer, actor=cashier, ref_code=str(uuid.uuid4()), amount="0.10",
            confirm=True,
        )  # fmt: skip
    with services.context.uow.read() as uow:
        spent = uow.operations.spend_since(1, datetime(2000, 1, 1, tzinfo=UTC))
    assert spent == Decimal("1.00")


def _first_revision() -> str:
    script = ScriptDirectory.from_config(alembic_config())
    return next(rev.revision for rev in script.walk_revisions() if rev.down_revision is None)


def test_database_at_first_revision_with_data_upgrades_in_place(tmp_path) -> None:
    """A shop with customers, history and allocations at 0001 goes to head intact (the
    customer table is rebuilt on SQLite while the ledger points at it)."""
    path = tmp_path / "old.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine, _first_revision())
    at = datetime(2025, 1, 1)
    with engine.begin() as c:
        c.execute(
            text(
                "INSERT INTO customer (id, uuid, short_code, phone, email, name, name_key,"
                " status, notes, marketing_consent, balance, joined_at) VALUES (1, :u,"
                " 'ABC123', '+60123456789', NULL, 'Old Timer', 'old timer', 'ACTIVE', '', 0,"
                " 40, :t)"
            ),
            {"u": uuid.uuid4().hex, "t": at},
        )
        c.execute(
            text(
                "INSERT INTO operation (id, ref_code, kind, customer_id, till, created_at,"
                " points, result) VALUES (1, 'r1', 'CHECK_IN', 1, 'Till 1', :t, 50, '{}'),"
                " (2, 'r2', 'REDEEM_REWARD', 1, 'Till 1', :t, -10, '{}')"
            ),
            {"t": at},
        )
        c.execute(
            text(
                "INSERT INTO ledger_entry (id, operation_id, customer_id, kind, delta, rule,"
                " reason, till, ref_code, created_at, remaining) VALUES"
                " (1, 1, 1, 'EARN', 50, '', '', 'Till 1', 'r1', :t, 40),"
                " (2, 2, 1, 'REDEEM', -10, '', '', 'Till 1', 'r2', :t, NULL)"
            ),
            {"t": at},
        )
        c.execute(
            text("INSERT INTO allocation (debit_entry_id, lot_entry_id, points) VALUES (2, 1, 10)")
        )
    inode = path.stat().st_ino
    upgrade(engine)
    assert current_revision(engine) == head_revision()
    assert path.stat().st_ino == inode  # upgraded in place, not recreated
    with engine.connect() as c:
        row = c.execute(text("SELECT name, short_code, balance FROM customer")).one()
        assert tuple(row) == ("Old Timer", "ABC123", 40)
        assert c.execute(text("SELECT sum(delta) FROM ledger_entry")).scalar() == 40
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert c.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []


def test_database_from_a_newer_version_is_refused(tmp_path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'new.db'}")
    upgrade(engine)
    with engine.begin() as c:
        c.execute(text("UPDATE alembic_version SET version_num = 'ffffffffffff'"))
    with pytest.raises(LoyaltyError) as caught:
        upgrade(engine)
    assert caught.value.code is ErrorCode.STORE_UNAVAILABLE


def test_an_install_without_migrations_refuses_to_open(tmp_path, monkeypatch) -> None:
    import loyaltydesk.store.migrate as migrate

    empty = tmp_path / "migrations"
    (empty / "versions").mkdir(parents=True)
    (empty / "env.py").write_text("")
    monkeypatch.setattr(migrate, "_MIGRATIONS", empty)
    with pytest.raises(LoyaltyError) as caught:
        upgrade(make_engine(f"sqlite:///{tmp_path / 'x.db'}"))
    assert caught.value.code is ErrorCode.STORE_UNAVAILABLE
