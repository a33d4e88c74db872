"""The owner pages in navigation order. Each entry: key, title, page class."""

from __future__ import annotations

from collections.abc import Callable

from loyaltydesk.ui.owner.base import OwnerContext, OwnerPage
from loyaltydesk.ui.translation import TranslationContext

PageFactory = Callable[[OwnerContext], OwnerPage]


class OwnerAreaWords(TranslationContext):
    """Titles of the owner pages in the menu."""


def owner_pages() -> list[tuple[str, str, PageFactory]]:
    """Imported late so that a page's module loads only when the owner area opens."""

    pages: list[tuple[str, str, PageFactory]] = []
    from loyaltydesk.ui.owner.customers.customers_page import CustomersPage

    pages.append(("customers", OwnerAreaWords.tr("Customers"), CustomersPage))
    from loyaltydesk.ui.owner.program.rewards_page import RewardsPage

    pages.append(("rewards", OwnerAreaWords.tr("Rewards"), RewardsPage))
    from loyaltydesk.ui.owner.vouchers.vouchers_page import VouchersPage

    pages.append(("vouchers", OwnerAreaWords.tr("Vouchers"), VouchersPage))
    from loyaltydesk.ui.owner.reports.reports_page import ReportsPage

    pages.append(("reports", OwnerAreaWords.tr("Reports"), ReportsPage))
    from loyaltydesk.ui.owner.staff.staff_page import StaffPage

    pages.append(("staff", OwnerAreaWords.tr("Staff"), StaffPage))
    from loyaltydesk.ui.owner.program.settings_page import SettingsPage

    pages.append(("settings", OwnerAreaWords.tr("Settings"), SettingsPage))
    from loyaltydesk.ui.owner.sync.sync_page import SyncPage

    pages.append(("sync", OwnerAreaWords.tr("Sync"), SyncPage))
    from loyaltydesk.ui.owner.reports.audit_page import AuditLogPage

    pages.append(("audit", OwnerAreaWords.tr("Audit log"), AuditLogPage))
    from loyaltydesk.ui.owner.data.backups_page import BackupsPage

    pages.append(("backups", OwnerAreaWords.tr("Backups"), BackupsPage))
    return pages
