"""The Sync page's words and lists: what a problem row was, what the service said, and "Balances
that differ" (customers whose balance at the service, when last read, was not the one kept
here; neither side was changed, the owner decides)."""

from __future__ import annotations

from collections.abc import Sequence

from loyaltydesk.domain.sync_settings import SyncAction
from loyaltydesk.services.sync_dto import BalanceDifference, SyncProblem
from loyaltydesk.ui.formatting import Formatter
from loyaltydesk.ui.owner.widgets.table import Column, RowsTable
from loyaltydesk.ui.translation import TranslationContext


class SyncDifferences(TranslationContext):
    """Words of the "Balances that differ" table."""


def differences_table(fmt: Formatter, service: str) -> RowsTable:
    """The table; ``service`` is the provider's title, for the column header."""
    columns = [
        Column(
            SyncDifferences.tr("Customer"),
            lambda d: (
                d.customer_name or SyncDifferences.tr("Customer %1").replace("%1", d.short_code)
            ),
            lambda d: (d.customer_name or d.short_code).casefold(),
            stretch=True,
        ),
        Column(
            SyncDifferences.tr("Here"), lambda d: fmt.points(d.here), lambda d: d.here, right=True
        ),
        Column(
            SyncDifferences.tr("At %1").replace("%1", service),
            lambda d: fmt.points(d.there),
            lambda d: d.there,
            right=True,
        ),
        Column(
            SyncDifferences.tr("Difference"),
            lambda d: fmt.signed_points(d.there - d.here),
            lambda d: d.there - d.here,
            right=True,
        ),
        Column(
            SyncDifferences.tr("When read"),
            lambda d: fmt.when(d.read_at),
            lambda d: d.read_at.timestamp(),
        ),
    ]
    return RowsTable(
        columns,
        SyncDifferences.tr("Balances that differ"),
        SyncDifferences.tr(
            "No differences: every balance read at the service matched this shop's."
        ),
        key=lambda d: d.customer_id,
    )


def differences_note(differences: Sequence[BalanceDifference], service: str) -> str:
    """One sentence above the table: what the list is and what nobody did."""
    if not differences:
        return ""
    return SyncDifferences.tr(
        "When a balance was read at %1, it was not the one here (less what was still waiting "
        "to be sent). Nothing was changed on either side: correct it here or at %1."
    ).replace("%1", service)


def what_text(problem: SyncProblem, fmt: Formatter) -> str:
    # %1 is the signed count ("−20"); the plural form follows its size
    points, size = fmt.signed_points(problem.points), abs(problem.points)
    words = {
        SyncAction.EARN: SyncDifferences.tr("Check-in, %1 point(s)", "", size),
        SyncAction.REDEEM: SyncDifferences.tr("Redemption, %1 point(s)", "", size),
        SyncAction.ADJUST: SyncDifferences.tr("Adjustment, %1 point(s)", "", size),
        SyncAction.REVERSE: SyncDifferences.tr("Void, %1 point(s)", "", size),
        SyncAction.REGISTER: SyncDifferences.tr("New customer"),
        SyncAction.VOUCHER_REDEEM: SyncDifferences.tr("Voucher used"),
        SyncAction.VOUCHER_BATCH: SyncDifferences.tr("Voucher batch"),
    }
    return words.get(problem.action, problem.action).replace("%1", points)


def said_text(problem: SyncProblem) -> str:
    if not problem.message:
        return problem.code
    return SyncDifferences.tr("%1 (%2)").replace("%1", problem.message).replace("%2", problem.code)
