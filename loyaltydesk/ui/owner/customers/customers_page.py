"""The owner's Customers page: the whole customer base, searchable as you type, with filters;
Enter opens a customer's detail; Import and Export work on CSV files."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.domain.program import ShopSettings
from loyaltydesk.services.customer_admin_dto import CustomerQuery, CustomerState, ExportResult
from loyaltydesk.ui.counter.banner import ResultBanner
from loyaltydesk.ui.long_task import Cancelled, Progress, run_long_task
from loyaltydesk.ui.owner.base import OwnerContext, OwnerPage
from loyaltydesk.ui.owner.customers.customer_detail import CustomerDetailView
from loyaltydesk.ui.owner.customers.customer_table_model import SORTS, CustomerTableModel
from loyaltydesk.ui.owner.data.import_view import ImportView
from loyaltydesk.ui.owner.widgets.calls import call, show_failure
from loyaltydesk.ui.owner.widgets.fields import SearchBox
from loyaltydesk.ui.owner.widgets.reflow import ColumnsLayout
from loyaltydesk.ui.owner.widgets.table import ColumnFitter, fixed_table_view

INACTIVE_DAYS = (None, 30, 90, 182, 365)
FILTER_WIDTH = 200
"""The narrowest a filter drop-down gets before the four take two rows."""


class CustomersPage(OwnerPage):
    title = "Customers"

    def __init__(self, context: OwnerContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = CustomerTableModel(context.services.customer_admin, context.runner,
                                        context.fmt, self)  # fmt: skip
        self.model.count_known.connect(self._on_count)
        self.model.first_rows_shown.connect(self._on_rows_shown)
        self.model.failed.connect(self._on_failed)
        self._started = False
        self._select_first = False
        self.task_dialog: QWidget | None = None

        title = QLabel(self.tr("Customers"))
        title.setObjectName("IdleTitle")
        self.count_label = QLabel(self.tr("Counting…"))
        self.count_label.setObjectName("Muted")
        self.count_label.setAccessibleName(self.tr("Number of customers"))
        import_button = QPushButton(self.tr("Import customers…"))
        import_button.setAccessibleName(self.tr("Import customers from a CSV file"))
        import_button.clicked.connect(self.show_import)
        self.export_button = QPushButton(self.tr("Export to CSV"))
        self.export_button.setAccessibleName(self.tr("Export customers or the ledger to CSV"))
        menu = QMenu(self.export_button)
        menu.addAction(self.tr("All customers…"), lambda: self._choose_export("customers"))
        menu.addAction(self.tr("The whole points ledger…"), lambda: self._choose_export("ledger"))
        self.export_button.setMenu(menu)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(title)
        top.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        top.addStretch(1)
        top.addWidget(import_button)
        top.addWidget(self.export_button)

        self.search = SearchBox(
            self.tr("Search: name, phone, email or code"), self.tr("Search customers")
        )
        self._debounce = self.search.timer
        self.search.search_changed.connect(lambda _text: self.apply_query())
        self.search.returnPressed.connect(self._focus_table)
        self.status = self._combo(self.tr("Status"), [
            (self.tr("Active"), CustomerState.ACTIVE), (self.tr("Blocked"), CustomerState.BLOCKED),
            (self.tr("Erased"), CustomerState.ERASED), (self.tr("Merged"), CustomerState.MERGED),
            (self.tr("Every status"), None),
        ])  # fmt: skip
        self.tier = self._combo(self.tr("Tier"), [(self.tr("Any tier"), None)])
        self.rewards = self._combo(self.tr("Rewards"), [
            (self.tr("Any balance"), None), (self.tr("Can take a reward"), True),
            (self.tr("Cannot take a reward yet"), False),
        ])  # fmt: skip
        self.inactive = self._combo(self.tr("Last visit"), [
            (self.tr("Any last visit"), None), (self.tr("Not seen for 30 days"), 30),
            (self.tr("Not seen for 90 days"), 90), (self.tr("Not seen for 6 months"), 182),
            (self.tr("Not seen for a year"), 365),
        ])  # fmt: skip
        # The search box across the page; under it the four filters, four a row when there
        # is room, else two (each then shows every one of its choices whole).
        choices = ColumnsLayout(4, FILTER_WIDTH, spacing=8, even=True)
        for combo in (self.status, self.tier, self.rewards, self.inactive):
            choices.addWidget(combo)
        filters = QVBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.search)
        filters.addLayout(choices)

        self.banner = ResultBanner()
        self.table = fixed_table_view("CustomerTable", self.tr("Customers"))
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.sectionClicked.connect(self.sort_by)
        # On a narrow window Email, then Status, then Tier make room (the detail has them).
        self.fitter = ColumnFitter(self.table, 0, drop=(3, 6, 5))
        self.fitter.want_all(dict(enumerate((200, 90, 160, 210, 90, 90, 90, 160))))
        self.table.activated.connect(self._on_activated)
        self.empty_title = QLabel()
        self.empty_title.setObjectName("IdleTitle")
        self.empty_hint = QLabel()
        self.empty_hint.setObjectName("IdleHint")
        self.empty_hint.setWordWrap(True)
        empty = QWidget()
        empty.setObjectName("Card")
        empty_layout = QVBoxLayout(empty)
        empty_layout.setContentsMargins(32, 32, 32, 32)
        empty_layout.addStretch(1)
        for label in (self.empty_title, self.empty_hint):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            empty_layout.addWidget(label)
        empty_layout.addStretch(2)
        self.results = QStackedWidget()
        self.results.addWidget(self.table)
        self.results.addWidget(empty)
        self.empty = empty

        listing = QWidget()
        list_layout = QVBoxLayout(listing)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.setSpacing(16)
        list_layout.addLayout(top)
        list_layout.addLayout(filters)
        list_layout.addWidget(self.banner)
        list_layout.addWidget(self.results, 1)
        self.listing = listing
        self.detail = CustomerDetailView(context)
        self.detail.back_requested.connect(self.show_list)
        self.detail.open_requested.connect(self.open_customer)
        self.import_view = ImportView(context)
        self.import_view.back_requested.connect(self.show_list)
        self.stack = QStackedWidget()
        for view in (listing, self.detail, self.import_view):
            self.stack.addWidget(view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.activated.connect(self._focus_search)

    # -- OwnerPage ---------------------------------------------------------------------------

    def activate(self) -> None:
        if not self._started:
            self._started = True
            call(self, self.banner, self.context.services.program.get_settings,
                 self._on_settings, form_words=False)  # fmt: skip
            self.apply_query()
        elif self.stack.currentWidget() is self.listing:
            self.model.refresh()
        self._focus_search()

    def can_leave(self) -> bool:
        return self.stack.currentWidget() is not self.detail or self.detail.can_leave()

    def show_start(self) -> None:
        if self.stack.currentWidget() is not self.listing and self.can_leave():
            self.show_list()

    # -- the table ---------------------------------------------------------------------------

    def current_query(self) -> CustomerQuery:
        days = self.inactive.currentData()
        since = datetime.now(UTC) - timedelta(days=days) if days else None
        return CustomerQuery(
            text=self.search.text(),
            status=self.status.currentData(),
            tier=self.tier.currentData(),
            rewards_available=self.rewards.currentData(),
            inactive_since=since,
            sort=SORTS.get(self._sort_column(), SORTS[0]),
            descending=self._descending(),
        )

    def apply_query(self) -> None:
        """Search with what is typed and chosen now (the search box calls it after a pause)."""
        self._debounce.stop()
        self.banner.clear()
        self.model.set_query(self.current_query())

    def sort_by(self, column: int) -> None:
        header = self.table.horizontalHeader()
        current = self.model.query
        if column not in SORTS:
            previous = next(c for c, s in SORTS.items() if s == current.sort)
            order = (
                Qt.SortOrder.DescendingOrder if current.descending else Qt.SortOrder.AscendingOrder
            )
            header.setSortIndicator(previous, order)
            self.banner.show_message(self.tr("This column cannot be sorted."), "info")
            return
        self.apply_query()

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.listing)
        self.model.refresh()
        self.table.setFocus()

    def open_customer(self, customer_id: str) -> None:
        self.stack.setCurrentWidget(self.detail)
        self.detail.load(customer_id)

    def show_import(self) -> None:
        self.stack.setCurrentWidget(self.import_view)
        self.import_view.start()

    # -- export ------------------------------------------------------------------------------

    def export_customers_to(self, path: str | Path) -> None:
        """Every customer to a CSV file, with a progress bar and Cancel."""
        services, actor = self.context.services, self.context.actor

        def work(progress: Progress, cancelled: Cancelled) -> ExportResult:
            return services.csv_export.export_customers(
                path=path, actor=actor, progress=progress, cancelled=cancelled
            )

        self._export(
            self.tr("Exporting customers…"),
            work,
            lambda rows: self.tr("%Ln customer(s) saved to %1.", "", rows),
        )

    def export_ledger_to(self, path: str | Path) -> None:
        """Every ledger entry to a CSV file, with a progress bar and Cancel."""
        services, actor = self.context.services, self.context.actor

        def work(progress: Progress, cancelled: Cancelled) -> ExportResult:
            return services.csv_export.export_ledger(
                path=path, actor=actor, progress=progress, cancelled=cancelled
            )

        self._export(
            self.tr("Exporting the ledger…"),
            work,
            lambda rows: self.tr("%Ln entries saved to %1.", "", rows),
        )

    def _export(self, title: str, work, done_text: Callable[[int], str]) -> None:
        """Run ``work`` as a long task; ``done_text(rows)`` says what was saved (%1: the file)."""

        def done(result: ExportResult) -> None:
            if result.cancelled:
                self.banner.show_message(self.tr("Export cancelled — no file was written."), "info")
                return
            text = done_text(result.rows).replace("%1", result.path.name)
            self.banner.show_message(text, "ok")

        self.banner.clear()
        self.task_dialog = run_long_task(self, self.context.runner, title, work, done,
                                         self._on_failed, write=True)  # fmt: skip

    def _choose_export(self, what: str) -> None:
        today = QDate.currentDate().toString("yyyy-MM-dd")
        suggested = str(Path.home() / f"{what}-{today}.csv")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to CSV"), suggested, self.tr("CSV files (*.csv)")
        )
        if path:
            (self.export_customers_to if what == "customers" else self.export_ledger_to)(path)

    # -- outcomes ----------------------------------------------------------------------------

    def _on_settings(self, settings: ShopSettings) -> None:
        for tier in settings.rules.tiers:
            self.tier.addItem(tier.name, tier.name)

    def _on_rows_shown(self) -> None:
        self.table.scrollToTop()
        self._select_first_row()
        self._update_empty_state()

    def _on_count(self, total: int) -> None:
        self.count_label.setText(self.tr("%Ln customer(s)", "", total))
        self._update_empty_state()

    def _update_empty_state(self) -> None:
        if self.model.total != 0:
            self.results.setCurrentWidget(self.table)
            return
        query = self.model.query
        filtered = query.text.strip() or query.tier or query.rewards_available is not None
        filtered = filtered or query.inactive_since or query.status != CustomerState.ACTIVE
        if filtered:
            self.empty_title.setText(self.tr("No customers match"))
            self.empty_hint.setText(
                self.tr("Try fewer letters, or set the filters back to Active and Any.")
            )
        else:
            self.empty_title.setText(self.tr("No customers yet"))
            self.empty_hint.setText(
                self.tr(
                    "Register customers at the counter, or bring them over from another "
                    "system with Import customers… above."
                )
            )
        self.results.setCurrentWidget(self.empty)

    def _on_activated(self, index: QModelIndex) -> None:
        customer = self.model.row_at(index.row())
        if customer is not None:
            self.open_customer(customer.customer_id)

    def _on_failed(self, error: Exception) -> None:
        show_failure(self.context, self.banner, error, form_words=False)

    # -- helpers -----------------------------------------------------------------------------

    def _combo(self, name: str, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox()
        # Its width comes from the row of filters (FILTER_WIDTH at least), not its longest item.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        for text, value in items:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(lambda _index: self.apply_query())
        return combo

    def _sort_column(self) -> int:
        return self.table.horizontalHeader().sortIndicatorSection()

    def _descending(self) -> bool:
        return self.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder

    def _focus_search(self) -> None:
        if self.stack.currentWidget() is self.listing:
            self.search.setFocus()
            self.search.selectAll()

    def _focus_table(self) -> None:
        """Enter in the search box: into the table, on the first customer found."""
        if self._debounce.isActive():
            self.apply_query()
        self.table.setFocus()
        self._select_first = True
        if not self.model.loading:
            self._select_first_row()

    def _select_first_row(self) -> None:
        if self._select_first and self.model.rowCount():
            self._select_first = False
            self.table.setCurrentIndex(self.model.index(0, 0))
