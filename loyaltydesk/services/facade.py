"""All services over one store, as the GUI, the CLI and sync see them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from loyaltydesk.services.audit_log import AuditLogService
from loyaltydesk.services.backups import BackupService, sqlite_file
from loyaltydesk.services.context import Clock, ServiceContext, utc_now
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


@dataclass(frozen=True)
class Services:
    context: ServiceContext
    customers: CustomerService
    points: PointsService
    voids: VoidService
    expiry: ExpiryService
    history: HistoryService
    staff: StaffService
    program: ProgramService
    rewards: RewardService
    vouchers: VoucherService
    reports: ReportService
    settings_admin: SettingsAdminService
    audit: AuditLogService
    backups: BackupService
    customer_admin: CustomerAdminService
    csv_import: CsvImportService
    csv_export: CsvExportService
    sync: SyncService
    sync_queue: SyncQueue
    shop_setup: ShopSetupService

    @property
    def database_kind(self) -> str:
        """``sqlite`` or ``postgresql``, for the status bar."""
        return self.context.uow.dialect


def build_services(
    uow: UnitOfWorkFactory, clock: Clock = utc_now, backup_dir: Path | None = None
) -> Services:
    context = ServiceContext(uow=uow, clock=clock)
    return Services(
        context=context,
        customers=CustomerService(context),
        points=PointsService(context),
        voids=VoidService(context),
        expiry=ExpiryService(context),
        history=HistoryService(context),
        staff=StaffService(context),
        program=ProgramService(context),
        rewards=RewardService(context),
        vouchers=VoucherService(context),
        reports=ReportService(context),
        settings_admin=SettingsAdminService(context),
        audit=AuditLogService(context),
        backups=BackupService(context, database=sqlite_file(uow), backup_dir=backup_dir),
        customer_admin=CustomerAdminService(context),
        csv_import=CsvImportService(context),
        csv_export=CsvExportService(context),
        sync=SyncService(context),
        sync_queue=SyncQueue(context),
        shop_setup=ShopSetupService(context),
    )
