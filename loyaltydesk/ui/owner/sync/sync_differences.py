"""The Sync page's words and lists: what a problem row was, what the service said, and "Balances
that differ" (customers whose balance at the service, when last read, was not the one kept
here; neither side was changed, the owner decides)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from loyaltydesk.domain.sync_settings import SyncAction
from loyaltydesk.services.sync_dto import BalanceDifference, SyncProblem
from loyaltydesk.ui.formatting import Formatter
from loyaltydesk.ui.owner.widgets.table import Column, RowsTable


def _tr(text: str) -> str:
    return QCoreApplication.translate("SyncDifferences", text)


def differences_table(fmt: Formatter, service: str) -> RowsTable:
    """The table; ``service`` is the provider's title, for the column header."""
    columns = [
        Column(_tr("Customer"), lambda d: d.customer_name or _tr("Customer %1").replace(
            "%1", d.short_code), lambda d: (d.customer_name or d.short_code).casefold(),
            stretch=True),
        Column(_tr("Here"), lambda d: fmt.points(d.here), lambda d: d.here, right=True),
        Column(_tr("At %1").replace("%1", service), lambda d: fmt.points(d.there),
               lambda d: d.there, right=True),
        Column(_tr("Difference"), lambda d: fmt.signed_points(d.there - d.here),
               lambda d: d.there - d.here, right=True),
        Column(_tr("When read"), lambda d: fmt.when(d.read_at), lambda d: d.read_at.timestamp()),
    ]  # fmt: skip
    return RowsTable(
        columns,
        _tr("Balances that differ"),
        _tr("No differences: every balance read at the service matched this shop's."),
        key=lambda d: d.customer_id,
    )


def differences_note(differences: Sequence[BalanceDifference], service: str) -> str:
    """One sentence above the table: what the list is and what nobody did."""
    if not differences:
        return ""
    return _tr(
        "When a balance was read at %1, it was not the one here (less what was still waiting "
        "to be sent). Nothing was changed on either side: correct it here or at %1."
    ).replace("%1", service)


def what_text(problem: SyncProblem, fmt: Formatter) -> str:
    points = fmt.signed_points(problem.points)
    words = {
        SyncAction.EARN: _tr("Check-in, %1 points"),
        SyncAction.REDEEM: _tr("Redemption, %1 points"),
        SyncAction.ADJUST: _tr("Adjustment, %1 points"),
        SyncAction.REVERSE: _tr("Void, %1 points"),
        SyncAction.REGISTER: _tr("New customer"),
        SyncAction.VOUCHER_REDEEM: _tr("Voucher used"),
        SyncAction.VOUCHER_BATCH: _tr("Voucher batch"),
    }
    return words.get(problem.action, problem.action).replace("%1", points)


def said_text(problem: SyncProblem) -> str:
    if not problem.message:
        return problem.code
    return _tr("%1 (%2)").replace("%1", problem.message).replace("%2", problem.code)
