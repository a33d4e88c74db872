"""Backups: online copy under concurrent writes, check, restore round trip, rotation, daily."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from loyaltydesk.domain.errors import ErrorCode, LoyaltyError
from loyaltydesk.domain.staff import Actor, Role
from loyaltydesk.services.facade import build_services
from loyaltydesk.store import backup as files
from loyaltydesk.store.engine import make_engine
from loyaltydesk.store.models import Base
from loyaltydesk.store.unit_of_work import UnitOfWorkFactory
from tests.integration.admin.history import build_history
from tests.integration.helpers import ref


def tables(path: Path) -> dict[str, list[tuple]]:
    """Every table's rows, in primary-key order, read with plain sqlite3."""
    connection = sqlite3.connect(path)
    try:
        names = [t.name for t in Base.metadata.sorted_tables] + ["alembic_version"]
        return {
            name: connection.execute(f"SELECT * FROM {name} ORDER BY 1").fetchall()
            for name in names
        }
    finally:
        connection.close()


def test_round_trip_restores_every_table(services, owner, cashier, clock, db_path) -> None:
    build_history(services, owner, cashier, clock)
    info = services.backups.back_up_now(actor=owner)
    assert info.label == "manual"
    assert info.path.parent == db_path.parent / "backups"
    assert info.path.name == "loyaltydesk-20260311T163000Z-manual.db"
    services.context.uow.engine.dispose()
    live = tables(db_path)
    saved = tables(info.path)
    assert live["audit_entry"].pop()[4] == "backup.create"  # written after the copy
    assert saved == live
    check = services.backups.check_backup(actor=owner, path=info.path)
    assert check.customers == 3
    # Later changes, then the restore brings the backed-up state back.
    clock.advance(hours=1)
    card = services.customers.register(actor=cashier, ref_code=ref(), phone="+60123450077")
    services.points.check_in(customer=card.customer_id, actor=cashier, ref_code=ref(),
                             amount="9.00")  # fmt: skip
    result = services.backups.restore_backup(actor=owner, path=info.path, confirm=True)
    assert result.customers == 3
    assert result.safety_copy is not None
    assert result.safety_copy.exists()
    services.context.uow.engine.dispose()
    restored = tables(db_path)
    audit = restored.pop("audit_entry")
    assert audit[: len(saved["audit_entry"])] == saved["audit_entry"]
    assert audit[-1][4] == "backup.restore"  # the restore is on record in the restored data
    saved.pop("audit_entry")
    assert restored == saved
    # The app keeps working on the restored data.
    assert services.customers.lookup("+60123450001").balance == 15 + 10
    with pytest.raises(LoyaltyError) as caught:
        services.customers.lookup("+60123450077")
    assert caught.value.code == ErrorCode.CUSTOMER_NOT_FOUND


def test_restore_needs_confirmation(services, owner) -> None:
    info = services.backups.back_up_now(actor=owner)
    with pytest.raises(LoyaltyError) as caught:
        services.backups.restore_backup(actor=owner, path=info.path, confirm=False)
    assert caught.value.code == ErrorCode.CONFIRMATION_REQUIRED


@pytest.mark.parametrize("content", ["text", "truncated", "wrong-db", "newer"])
def test_bad_backups_are_refused_and_live_untouched(
    services, owner, cashier, clock, db_path, tmp_path, content
) -> None:
    build_history(services, owner, cashier, clock)
    services.context.uow.engine.dispose()
    before = tables(db_path)
    bad = tmp_path / "bad.db"
    if content == "text":
        bad.write_text("customers,points\nA,10\n")
    elif content == "truncated":
        good = services.backups.back_up_now(actor=owner, target=tmp_path / "good.db").path
        data = good.read_bytes()
        bad.write_bytes(data[:4096] + b"\x00" * 100 + data[4196 : len(data) // 2])
    elif content == "wrong-db":
        other = sqlite3.connect(bad)
        other.execute("CREATE TABLE notes(x)")
        other.commit()
        other.close()
    else:
        shutil.copyfile(db_path, bad)
        other = sqlite3.connect(bad)
        other.execute("UPDATE alembic_version SET version_num = '9999'")
        other.commit()
        other.close()
    with pytest.raises(LoyaltyError) as caught:
        services.backups.restore_backup(actor=owner, path=bad, confirm=True)
    assert caught.value.code == ErrorCode.BACKUP_INVALID
    services.context.uow.engine.dispose()
    after = tables(db_path)
    after["audit_entry"] = after["audit_entry"][: len(before["audit_entry"])]
    assert after == before
    assert not list(db_path.parent.glob("*.restoring*"))


def test_backup_while_another_connection_writes(db_path, clock, tmp_path) -> None:
    owner = Actor(1, "Olive Owner", Role.OWNER, "Till 1")
    cashier = Actor(2, "Cass Cashier", Role.CASHIER, "Till 2")
    main_engine = make_engine(f"sqlite:///{db_path}")
    writer_engine = make_engine(f"sqlite:///{db_path}")
    services = build_services(UnitOfWorkFactory(main_engine), clock=clock,
                              backup_dir=tmp_path / "b")  # fmt: skip
    writer = build_services(UnitOfWorkFactory(writer_engine), clock=lambda: datetime.now(UTC))
    card = writer.customers.register(actor=cashier, ref_code=ref(), phone="+60123450055")
    stop = threading.Event()
    under_way = threading.Event()  # five check-ins written, or the writer failed
    written: list[int] = []
    errors: list[BaseException] = []

    def keep_writing() -> None:
        try:
            while not stop.is_set():
                writer.points.check_in(customer=card.customer_id, actor=cashier,
                                       ref_code=ref("w"), amount="1.00", confirm=True)  # fmt: skip
                written.append(1)
                if len(written) >= 5:
                    under_way.set()
        except BaseException as exc:
            errors.append(exc)
            under_way.set()

    thread = threading.Thread(target=keep_writing, daemon=True)
    thread.start()
    try:
        assert under_way.wait(timeout=60), "the writer wrote nothing in 60 s"
        assert errors == []
        backups = []
        for _ in range(3):
            clock.advance(seconds=1)
            backups.append(services.backups.back_up_now(actor=owner))
    finally:
        stop.set()
        thread.join(timeout=60)
    assert not thread.is_alive(), "the writer did not stop within 60 s"
    assert errors == []
    for info in backups:
        checked = services.backups.check_backup(actor=owner, path=info.path)
        assert checked.customers == 1
        copy = sqlite3.connect(info.path)
        balance, ledger = copy.execute(
            "SELECT balance, (SELECT sum(delta) FROM ledger_entry) FROM customer"
        ).fetchone()
        copy.close()
        assert balance == ledger  # one consistent snapshot
    writer_engine.dispose()
    result = services.backups.restore_backup(actor=owner, path=backups[-1].path, confirm=True)
    assert result.customers == 1
    main_engine.dispose()


def test_restore_refused_while_another_connection_is_open(services, owner, db_path) -> None:
    info = services.backups.back_up_now(actor=owner)
    other = make_engine(f"sqlite:///{db_path}")
    with other.connect() as connection:
        connection.exec_driver_sql("SELECT count(*) FROM customer").fetchall()
        with pytest.raises(LoyaltyError) as caught:
            services.backups.restore_backup(actor=owner, path=info.path, confirm=True)
        assert caught.value.code == ErrorCode.STORE_UNAVAILABLE
    other.dispose()


def test_rotation_keeps_the_newest(services, owner, clock, db_path) -> None:
    folder = db_path.parent / "backups"
    made = []
    for _ in range(16):
        clock.advance(minutes=1)
        made.append(services.backups.back_up_now(actor=owner).path)
    listed = services.backups.list_backups()
    assert len(listed) == 14
    assert [b.path for b in listed] == list(reversed(made[2:]))
    assert sorted(folder.iterdir()) == sorted(made[2:])
    assert files.rotate(folder, 3) == [b.path for b in listed[3:]]
    assert len(services.backups.list_backups()) == 3


def test_daily_backup_once_per_local_day(services, clock) -> None:
    # 15:30 UTC = 23:30 in Kuala Lumpur; 16:30 UTC is already the next local day.
    night = datetime(2026, 3, 10, 15, 30, tzinfo=UTC)
    first = services.backups.run_daily_backup_if_due(now=night)
    assert first is not None
    assert first.label == "daily"
    assert services.backups.run_daily_backup_if_due(now=night + timedelta(minutes=20)) is None
    assert services.backups.run_daily_backup_if_due(now=night + timedelta(hours=1)) is not None
    assert services.backups.run_daily_backup_if_due(now=night + timedelta(hours=20)) is None
    assert len(services.backups.list_backups()) == 2
    page = services.audit.list_audit(actor=Actor(1, "O", Role.OWNER, "T"), action_prefix="backup.")
    assert [(e.action, e.staff_name, e.till) for e in page.entries] == [
        ("backup.daily", "", "system")
    ] * 2


def test_postgres_is_explained(services) -> None:
    from loyaltydesk.services.backups import BackupService

    class FakeFactory:
        dialect = "postgresql"
        engine = services.context.uow.engine

    service = BackupService(
        type(services.context)(uow=FakeFactory()),
        database=None,  # type: ignore[arg-type]
    )
    support = service.backup_support()
    assert support.supported is False
    assert "pg_dump" in support.message
    with pytest.raises(LoyaltyError) as caught:
        service.back_up_now(actor=Actor(1, "O", Role.OWNER, "T"))
    assert caught.value.code == ErrorCode.BACKUP_NOT_SUPPORTED
    assert "pg_dump" in caught.value.message
    assert service.run_daily_backup_if_due() is None
    assert service.list_backups() == ()


def test_backup_names() -> None:
    moment = datetime(2026, 3, 10, 9, 0, 5, tzinfo=UTC)
    assert files.backup_name(moment, "daily", Path("/nonexistent")).name == (
        "loyaltydesk-20260310T090005Z-daily.db"
    )
