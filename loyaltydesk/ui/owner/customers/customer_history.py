"""A customer's points history (their ledger, newest first): its columns and its panel."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from loyaltydesk.services.dto import HistoryEntry
from loyaltydesk.ui.formatting import Formatter
from loyaltydesk.ui.owner.customers.history_words import history_details, typed_reason
from loyaltydesk.ui.owner.widgets.table import Column, ColumnFitter, RowsModel, fixed_table_view
from loyaltydesk.ui.translation import TranslationContext

HISTORY_LIMIT = 500


class CustomerHistory(TranslationContext):
    """Words of the history table on a customer's detail."""


def kind_text(kind: str) -> str:
    words = {
        "EARN": CustomerHistory.tr("Earned"),
        "REDEEM": CustomerHistory.tr("Spent"),
        "ADJUST": CustomerHistory.tr("Adjusted"),
        "EXPIRE": CustomerHistory.tr("Expired"),
        "REVERSAL": CustomerHistory.tr("Voided"),
    }
    return words.get(kind, kind.title())


def history_columns(fmt: Formatter, staff: dict[int, str]) -> list[Column]:
    """When, what, points, details, the reason typed, who and at which till; ``staff`` (names
    by id) is filled in when the entries arrive."""

    def when(entry: HistoryEntry) -> str:
        return f"{fmt.date(entry.created_at)} {fmt.time(entry.created_at)}"

    def what(entry: HistoryEntry) -> str:
        words = kind_text(entry.kind)
        return CustomerHistory.tr("%1 (voided)").replace("%1", words) if entry.voided else words

    def who(entry: HistoryEntry) -> str:
        if entry.staff_id is None:
            return ""
        return staff.get(
            entry.staff_id, CustomerHistory.tr("#%1").replace("%1", str(entry.staff_id))
        )

    def details_tip(entry: HistoryEntry) -> str | None:
        """The full sentence, and when earned points expire."""
        text = history_details(entry, fmt)
        if entry.expires_at is not None and entry.points > 0:
            expiry = CustomerHistory.tr("These points expire on %1.").replace(
                "%1", fmt.date(entry.expires_at)
            )
            text = f"{text}\n{expiry}" if text else expiry
        return text or None

    def no_tip(_entry: HistoryEntry) -> None:
        return None

    return [
        Column(CustomerHistory.tr("When"), when, tip=no_tip),
        Column(CustomerHistory.tr("What"), what, tip=no_tip),
        Column(
            CustomerHistory.tr("Points"),
            lambda e: fmt.signed_points(e.points),
            right=True,
            tip=no_tip,
        ),
        Column(CustomerHistory.tr("Details"), lambda e: history_details(e, fmt), tip=details_tip),
        Column(
            CustomerHistory.tr("Reason given"), typed_reason, tip=lambda e: typed_reason(e) or None
        ),
        Column(CustomerHistory.tr("Staff"), who, tip=no_tip),
        Column(CustomerHistory.tr("Till"), lambda e: e.till, tip=no_tip),
    ]


class HistoryPanel(QWidget):
    """The history table and a line saying when there is nothing yet, or more than shown."""

    def __init__(self, fmt: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fmt = fmt
        self.staff: dict[int, str] = {}
        self.model = RowsModel(history_columns(fmt, self.staff), self)
        self.table = fixed_table_view("HistoryTable", self.tr("Points history"))
        self.table.setModel(self.model)
        # Details takes the room left; on a narrow window Till, then Staff make room.
        self.fitter = ColumnFitter(self.table, 3, drop=(6, 5))
        self.fitter.want_all(dict(enumerate((170, 140, 80, 300, 170, 130, 90))))
        self.note = QLabel()
        self.note.setObjectName("Muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)

    def set_entries(self, entries: tuple[HistoryEntry, ...], staff: dict[int, str]) -> None:
        self.staff.clear()
        self.staff.update(staff)
        self.model.set_rows(entries)
        if entries:  # the columns follow what they hold (an empty table keeps the last widths)
            self.fitter.want_contents(least=64, most=240)
        if len(entries) >= HISTORY_LIMIT:
            self.note.setText(
                self.tr(
                    "The latest %Ln entries. Export their data for all of them.", "", len(entries)
                )
            )
        elif not entries:
            self.note.setText(self.tr("No points yet — they appear here after a check-in."))
        else:
            self.note.setText("")
