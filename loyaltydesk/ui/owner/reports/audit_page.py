"""The audit log: who did what, when, at which till, newest first, filtered and paged."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.services.admin_dto import AuditPage, AuditRecord
from loyaltydesk.services.dto import StaffMember
from loyaltydesk.ui.counter.banner import ResultBanner
from loyaltydesk.ui.owner.base import OwnerContext, OwnerPage
from loyaltydesk.ui.owner.reports.audit_entry import (
    AuditEntryDialog,
    action_text,
    details_text,
    group_text,
    when_text,
    who_text,
)
from loyaltydesk.ui.owner.widgets.calls import call
from loyaltydesk.ui.owner.widgets.layout import page_header
from loyaltydesk.ui.owner.widgets.table import Column, RowsTable

PAGE_SIZE = 100
PERIODS = (
    (None, QT_TRANSLATE_NOOP("AuditLogPage", "Any time")),
    (0, QT_TRANSLATE_NOOP("AuditLogPage", "Today")),
    (6, QT_TRANSLATE_NOOP("AuditLogPage", "Last 7 days")),
    (29, QT_TRANSLATE_NOOP("AuditLogPage", "Last 30 days")),
    (364, QT_TRANSLATE_NOOP("AuditLogPage", "Last 12 months")),
)


@dataclass(frozen=True)
class Choices:
    actions: tuple[str, ...]
    tills: tuple[str, ...]
    staff: tuple[StaffMember, ...]


class AuditLogPage(OwnerPage):
    def __init__(self, context: OwnerContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.offset = 0
        self.total = 0
        self._asked = 0
        self.staff_names: dict[int, str] = {}
        self.what = self._combo(self.tr("What"))
        self.what.addItem(self.tr("Everything"), None)
        self.what.setMinimumWidth(200)
        self.who = self._combo(self.tr("Who"))
        self.who.addItem(self.tr("Everyone"), None)
        self.till = self._combo(self.tr("Till"))
        self.till.addItem(self.tr("Every till"), None)
        self.period = self._combo(self.tr("When"))
        for days, text in PERIODS:
            self.period.addItem(self.tr(text), days)
        fmt = context.fmt
        columns = [
            Column(self.tr("When"), lambda r: when_text(r, fmt), lambda r: r.at.timestamp()),
            Column(self.tr("Who"), who_text),
            Column(self.tr("Till"), lambda r: r.till, optional=True),  # also a filter
            Column(self.tr("What"), lambda r: action_text(r.action)),
            Column(
                self.tr("Details"), lambda r: details_text(r, self.staff_names, fmt), stretch=True
            ),
        ]
        self.table = RowsTable(
            columns,
            self.tr("Audit log"),
            self.tr("Nothing recorded yet."),
            key=lambda r: r.entry_id,
        )
        self.table.opened.connect(self.open_entry)
        self.banner = ResultBanner()
        self.count = QLabel()
        self.count.setObjectName("Muted")
        self.newer = QPushButton(self.tr("Newer"))
        self.newer.setAccessibleName(self.tr("Newer entries"))
        self.newer.clicked.connect(lambda: self._turn(-1))
        self.older = QPushButton(self.tr("Older"))
        self.older.setAccessibleName(self.tr("Older entries"))
        self.older.clicked.connect(lambda: self._turn(1))

        filters = QHBoxLayout()
        filters.setSpacing(8)
        for combo in (self.what, self.who, self.till, self.period):
            filters.addWidget(combo)
        filters.addStretch(1)
        footer = QHBoxLayout()
        footer.setSpacing(8)
        footer.addWidget(self.count, 1)
        footer.addWidget(self.newer)
        footer.addWidget(self.older)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(
            page_header(
                self.tr("Audit log"),
                self.tr(
                    "Who did what, when, and at which till, newest first. "
                    "Enter or a double-click shows an entry in full."
                ),
            )
        )
        layout.addLayout(filters)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addLayout(footer)
        for combo in (self.what, self.who, self.till, self.period):
            combo.currentIndexChanged.connect(lambda _index: self.reload(reset=True))
        self._update_paging()

    def activate(self) -> None:
        self.banner.clear()
        self.load_choices()
        self.reload()

    def load_choices(self) -> None:
        """The people, actions and tills to filter by (kept while they are still offered)."""
        actor, services = self.context.actor, self.context.services

        def work() -> Choices:
            actions, tills = services.audit.audit_filter_choices(actor=actor)
            return Choices(actions, tills, services.staff.list_all_staff(actor=actor))

        call(self, self.banner, work, self._show_choices)

    def _show_choices(self, choices: Choices) -> None:
        self.staff_names = {m.staff_id: m.name for m in choices.staff}
        groups = {action.split(".")[0] + "." for action in choices.actions}
        kinds = [(group_text(g), g) for g in sorted(groups, key=group_text)]
        actions = sorted(((action_text(a), a) for a in choices.actions), key=lambda t: t[0])
        self._refill(self.what, [*kinds, *actions])
        self._refill(self.who, [(m.name, m.staff_id) for m in choices.staff])
        self._refill(self.till, [(till, till) for till in choices.tills])

    def reload(self, *, reset: bool = False) -> None:
        if reset:
            self.offset = 0
        actor, audit = self.context.actor, self.context.services.audit
        filters: dict[str, Any] = {
            "staff_id": self.who.currentData(),
            "till": self.till.currentData(),
            "action_prefix": self.what.currentData(),
            "since": self._since(),
        }
        offset = self.offset
        self._asked += 1
        asked = self._asked

        def work() -> AuditPage:
            return audit.list_audit(actor=actor, offset=offset, limit=PAGE_SIZE, **filters)

        # Two filters changed quickly run two reads at once: only the last one is shown.
        call(
            self, self.banner, work, lambda page: self._show(page) if asked == self._asked else None
        )

    def _show(self, page: AuditPage) -> None:
        self.total = page.total
        filtered = bool(
            self.what.currentData() is not None
            or self.who.currentData() is not None
            or self.till.currentData() is not None
            or self.period.currentData() is not None
        )
        empty = self.tr("No entries match these filters.") if filtered else None
        self.table.set_records(page.entries, empty)
        fmt = self.context.fmt
        if page.total == 0:
            text = self.tr("No entries")
        else:
            first, last = page.offset + 1, page.offset + len(page.entries)
            text = self.tr("%1–%2 of %Ln entries", "", page.total).replace(
                "%1", fmt.points(first)).replace("%2", fmt.points(last))  # fmt: skip
        self.count.setText(text)
        self._update_paging()

    def open_entry(self, record: AuditRecord) -> None:
        AuditEntryDialog(record, self.context.fmt, self.staff_names, self).exec()

    def _since(self) -> date | None:
        days = self.period.currentData()
        if days is None:
            return None
        today = self.context.fmt.local(datetime.now(UTC)).date()
        return today - timedelta(days=days)

    def _turn(self, step: int) -> None:
        self.offset = max(0, self.offset + step * PAGE_SIZE)
        self.reload()

    def _update_paging(self) -> None:
        self.newer.setEnabled(self.offset > 0)
        self.older.setEnabled(self.offset + PAGE_SIZE < self.total)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        combo.setMinimumWidth(136)
        return combo

    def _refill(self, combo: QComboBox, items: list[tuple[str, Any]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for text, data in items:
            combo.addItem(text, data)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        if index < 0 and current is not None:
            self.reload(reset=True)
