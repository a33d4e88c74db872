"""One unit of work = one session = one transaction; services are the only code that commits."""

from __future__ import annotations

from types import TracebackType
from typing import Self

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from loyaltydesk.store.admin_repository import AdminRepository
from loyaltydesk.store.customer_admin_repository import CustomerAdminRepository
from loyaltydesk.store.engine import writer
from loyaltydesk.store.ledger_repository import LedgerRepository
from loyaltydesk.store.report_repository import ReportRepository
from loyaltydesk.store.repositories import (
    AuditRepository,
    CustomerRepository,
    OperationRepository,
    RewardRepository,
    SettingsRepository,
    StaffRepository,
)
from loyaltydesk.store.sync_repository import SyncRepository
from loyaltydesk.store.voucher_repository import VoucherRepository


class UnitOfWork:
    """Use as ``with uow_factory.write() as uow: ...; uow.commit()``; leaving without commit rolls
    back, so a failed operation writes nothing."""

    def __init__(self, engine: Engine, *, serialized: bool = False) -> None:
        self._engine = engine
        self.serialized = serialized
        """True when this transaction holds the whole database for writing from its first
        statement (SQLite's BEGIN IMMEDIATE): nothing it read can change under it, so it needs
        no row locks and no second look after taking one."""

    def __enter__(self) -> Self:
        self.session = Session(bind=self._engine, expire_on_commit=False, autoflush=False)
        self.customers = CustomerRepository(self.session)
        self.ledger = LedgerRepository(self.session)
        self.operations = OperationRepository(self.session)
        self.rewards = RewardRepository(self.session)
        self.settings = SettingsRepository(self.session)
        self.staff = StaffRepository(self.session)
        self.audit = AuditRepository(self.session)
        self.customer_admin = CustomerAdminRepository(self.session)
        self.reports = ReportRepository(self.session)
        self.admin = AdminRepository(self.session)
        self.vouchers = VoucherRepository(self.session)
        self.sync = SyncRepository(self.session)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.session.rollback()
        self.session.close()

    def flush(self) -> None:
        self.session.flush()

    def commit(self) -> None:
        self.session.commit()

    def rollback(self) -> None:
        self.session.rollback()

    def refresh(self, row: object) -> None:
        """Read ``row`` again from the database (after a bulk UPDATE changed it)."""
        self.session.refresh(row)

    def detach(self, row: object) -> None:
        """Stop tracking ``row``: a flush no longer writes it (its changes are saved by an
        explicit UPDATE of a repository, such as ``customers.save_counters``)."""
        self.session.expunge(row)


class UnitOfWorkFactory:
    """Hands out read and write units of work over one engine."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._writer = writer(engine)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def read(self) -> UnitOfWork:
        return UnitOfWork(self.engine)

    def write(self) -> UnitOfWork:
        return UnitOfWork(self._writer, serialized=self.dialect == "sqlite")
