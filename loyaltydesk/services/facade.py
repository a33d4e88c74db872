"""All services over one store, as the GUI, the CLI and sync see them.

Each service is made, and its module imported, the first time it is asked for: a CLI
``lookup`` pays for the customer service only. The GUI builds them all at once, off its
thread (``Services.build_all``)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from loyaltydesk.services.context import Clock, ServiceContext, utc_now

if TYPE_CHECKING:
    from loyaltydesk.services.audit_log import AuditLogService
    from loyaltydesk.services.backups import BackupService
    from loyaltydesk.services.csv_export import CsvExportService
    from loyaltydesk.services.csv_import import CsvImportService
    from loyaltydesk.services.customer_admin import CustomerAdminService
    from loyaltydesk.services.customers import CustomerService
    from loyaltydesk.services.expiry import ExpiryService
    from loyaltydesk.services.history import HistoryService
    from loyaltydesk.services.points import PointsService
    from loyaltydesk.services.program import ProgramService
    from loyaltydesk.services.reports import ReportService
    from loyaltydesk.services.rewards import RewardService
    from loyaltydesk.services.settings_admin import SettingsAdminService
    from loyaltydesk.services.shop_setup import ShopSetupService
    from loyaltydesk.services.staff import StaffService
    from loyaltydesk.services.sync import SyncService
    from loyaltydesk.services.sync_queue import SyncQueue
    from loyaltydesk.services.voids import VoidService
    from loyaltydesk.services.vouchers import VoucherService
    from loyaltydesk.store.unit_of_work import UnitOfWorkFactory

T = TypeVar("T")


class _Lazy(Generic[T]):
    """A service made once, on first use, under the facade's lock (GUI workers share it)."""

    def __init__(self, make: Callable[[Services], T]) -> None:
        self._make = make
        self._name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, services: None, owner: type) -> _Lazy[T]: ...
    @overload
    def __get__(self, services: Services, owner: type) -> T: ...
    def __get__(self, services: Services | None, owner: type) -> Any:
        if services is None:
            return self
        made = services._made
        if self._name not in made:
            with services._lock:
                if self._name not in made:
                    made[self._name] = self._make(services)
        return made[self._name]


def _audit(s: Services) -> AuditLogService:
    from loyaltydesk.services.audit_log import AuditLogService

    return AuditLogService(s.context)


def _backups(s: Services) -> BackupService:
    from loyaltydesk.services.backups import BackupService, sqlite_file

    return BackupService(s.context, database=sqlite_file(s.context.uow), backup_dir=s.backup_dir)


def _csv_export(s: Services) -> CsvExportService:
    from loyaltydesk.services.csv_export import CsvExportService

    return CsvExportService(s.context)


def _csv_import(s: Services) -> CsvImportService:
    from loyaltydesk.services.csv_import import CsvImportService

    return CsvImportService(s.context)


def _customer_admin(s: Services) -> CustomerAdminService:
    from loyaltydesk.services.customer_admin import CustomerAdminService

    return CustomerAdminService(s.context)


def _customers(s: Services) -> CustomerService:
    from loyaltydesk.services.customers import CustomerService

    return CustomerService(s.context)


def _expiry(s: Services) -> ExpiryService:
    from loyaltydesk.services.expiry import ExpiryService

    return ExpiryService(s.context)


def _history(s: Services) -> HistoryService:
    from loyaltydesk.services.history import HistoryService

    return HistoryService(s.context)


def _points(s: Services) -> PointsService:
    from loyaltydesk.services.points import PointsService

    return PointsService(s.context)


def _program(s: Services) -> ProgramService:
    from loyaltydesk.services.program import ProgramService

    return ProgramService(s.context)


def _reports(s: Services) -> ReportService:
    from loyaltydesk.services.reports import ReportService

    return ReportService(s.context)


def _rewards(s: Services) -> RewardService:
    from loyaltydesk.services.rewards import RewardService

    return RewardService(s.context)


def _settings_admin(s: Services) -> SettingsAdminService:
    from loyaltydesk.services.settings_admin import SettingsAdminService

    return SettingsAdminService(s.context)


def _shop_setup(s: Services) -> ShopSetupService:
    from loyaltydesk.services.shop_setup import ShopSetupService

    return ShopSetupService(s.context)


def _staff(s: Services) -> StaffService:
    from loyaltydesk.services.staff import StaffService

    return StaffService(s.context)


def _sync(s: Services) -> SyncService:
    from loyaltydesk.services.sync import SyncService

    return SyncService(s.context)


def _sync_queue(s: Services) -> SyncQueue:
    from loyaltydesk.services.sync_queue import SyncQueue

    return SyncQueue(s.context)


def _voids(s: Services) -> VoidService:
    from loyaltydesk.services.voids import VoidService

    return VoidService(s.context)


def _vouchers(s: Services) -> VoucherService:
    from loyaltydesk.services.vouchers import VoucherService

    return VoucherService(s.context)


class Services:
    """One of each service over ``context``, each made on first use and then kept."""

    customers = _Lazy(_customers)
    points = _Lazy(_points)
    voids = _Lazy(_voids)
    expiry = _Lazy(_expiry)
    history = _Lazy(_history)
    staff = _Lazy(_staff)
    program = _Lazy(_program)
    rewards = _Lazy(_rewards)
    vouchers = _Lazy(_vouchers)
    reports = _Lazy(_reports)
    settings_admin = _Lazy(_settings_admin)
    audit = _Lazy(_audit)
    backups = _Lazy(_backups)
    customer_admin = _Lazy(_customer_admin)
    csv_import = _Lazy(_csv_import)
    csv_export = _Lazy(_csv_export)
    sync = _Lazy(_sync)
    sync_queue = _Lazy(_sync_queue)
    shop_setup = _Lazy(_shop_setup)

    def __init__(self, context: ServiceContext, backup_dir: Path | None = None) -> None:
        self.context = context
        self.backup_dir = backup_dir
        self._made: dict[str, object] = {}
        self._lock = threading.RLock()  # a service's maker may ask for another

    @property
    def database_kind(self) -> str:
        """``sqlite`` or ``postgresql``, for the status bar."""
        return self.context.uow.dialect

    def replacing(self, **made: object) -> Services:
        """Services over the same store, with the ones named here given (tests: a stand-in
        service); the others are made on first use, as usual."""
        unknown = [name for name in made if not isinstance(vars(Services).get(name), _Lazy)]
        if unknown:
            raise TypeError(f"not a service: {', '.join(unknown)}")
        other = Services(self.context, backup_dir=self.backup_dir)
        other._made.update(made)
        return other

    def build_all(self) -> Services:
        """Every service made now (the GUI calls this off its thread, so that no module is
        imported on the GUI thread when a page first uses a service)."""
        for name, value in vars(Services).items():
            if isinstance(value, _Lazy):
                getattr(self, name)
        return self


def build_services(
    uow: UnitOfWorkFactory, clock: Clock = utc_now, backup_dir: Path | None = None
) -> Services:
    return Services(ServiceContext(uow=uow, clock=clock), backup_dir=backup_dir)
