"""One unit of work = one session = one transaction; services are the only code that commits."""

from __future__ import annotations

import importlib
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from loyaltydesk.store.engine import writer

if TYPE_CHECKING:
    from loyaltydesk.store.admin_repository import AdminRepository
    from loyaltydesk.store.customer_admin_repository import CustomerAdminRepository
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


class _Repository:
    """A repository of the unit of work's session, made (and its module imported) on first
    use: a ``lookup`` does not import the report, sync or admin queries."""

    def __init__(self, module: str, name: str) -> None:
        self._module, self._class = f"loyaltydesk.store.{module}", name
        self._attr = ""

    def __set_name__(self, owner: type, attr: str) -> None:
        self._attr = attr

    def __get__(self, uow: UnitOfWork | None, owner: type) -> Any:
        if uow is None:
            return self
        made = getattr(importlib.import_module(self._module), self._class)(uow.session)
        uow.__dict__[self._attr] = made  # next time, the instance attribute answers
        return made


class UnitOfWork:
    """Use as ``with uow_factory.write() as uow: ...; uow.commit()``; leaving without commit rolls
    back, so a failed operation writes nothing."""

    if TYPE_CHECKING:
        customers: CustomerRepository
        ledger: LedgerRepository
        operations: OperationRepository
        rewards: RewardRepository
        settings: SettingsRepository
        staff: StaffRepository
        audit: AuditRepository
        customer_admin: CustomerAdminRepository
        reports: ReportRepository
        admin: AdminRepository
        vouchers: VoucherRepository
        sync: SyncRepository
    else:
        customers = _Repository("repositories", "CustomerRepository")
        ledger = _Repository("ledger_repository", "LedgerRepository")
        operations = _Repository("repositories", "OperationRepository")
        rewards = _Repository("repositories", "RewardRepository")
        settings = _Repository("repositories", "SettingsRepository")
        staff = _Repository("repositories", "StaffRepository")
        audit = _Repository("repositories", "AuditRepository")
        customer_admin = _Repository("customer_admin_repository", "CustomerAdminRepository")
        reports = _Repository("report_repository", "ReportRepository")
        admin = _Repository("admin_repository", "AdminRepository")
        vouchers = _Repository("voucher_repository", "VoucherRepository")
        sync = _Repository("sync_repository", "SyncRepository")

    def __init__(self, engine: Engine, *, serialized: bool = False) -> None:
        self._engine = engine
        self.serialized = serialized
        """True when this transaction holds the whole database for writing from its first
        statement (SQLite's BEGIN IMMEDIATE): nothing it read can change under it, so it needs
        no row locks and no second look after taking one."""

    def __enter__(self) -> Self:
        self.session = Session(bind=self._engine, expire_on_commit=False, autoflush=False)
        for name in vars(UnitOfWork).keys() & self.__dict__.keys():
            del self.__dict__[name]  # a reused unit of work gets repositories of its new session
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
