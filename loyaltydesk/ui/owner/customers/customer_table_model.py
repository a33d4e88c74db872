"""The Customers table's model: a million rows, of which only the pages on screen are loaded.

The row count comes from ``count_customers``; rows come a page at a time from
``page_customers`` in a worker, and a page is asked for only when the view paints one of its
rows. Pages live in a small least-recently-used cache. A new query keeps the old rows on screen
until its first page arrives, so typing in the search box never flashes an empty table.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from loyaltydesk.services.customer_admin import CustomerAdminService
from loyaltydesk.services.customer_admin_dto import (
    CustomerPage,
    CustomerQuery,
    CustomerRow,
    CustomerState,
    SortColumn,
)
from loyaltydesk.ui.formatting import Formatter, display_phone
from loyaltydesk.ui.tasks import TaskRunner
from loyaltydesk.ui.translation import TranslationContext

PAGE_SIZE = 100
CACHED_PAGES = 60
#: Pages asked for but not yet fetched; older wishes are dropped when the view scrolls fast.
WANTED_PAGES = 8
IN_FLIGHT = 2

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
COLUMNS = ("name", "short_code", "phone", "email", "balance", "tier", "status", "last_seen")
#: Columns the service can sort by; the others ignore a click on their header.
SORTS = {
    0: SortColumn.NAME,
    1: SortColumn.SHORT_CODE,
    4: SortColumn.BALANCE,
    5: SortColumn.TIER,
    6: SortColumn.STATUS,
    7: SortColumn.LAST_SEEN,
}


class CustomerTable(TranslationContext):
    """Words of the customers table: headers and states."""


def status_text(status: CustomerState) -> str:
    return {
        CustomerState.ACTIVE: CustomerTable.tr("Active"),
        CustomerState.BLOCKED: CustomerTable.tr("Blocked"),
        CustomerState.ERASED: CustomerTable.tr("Erased"),
        CustomerState.MERGED: CustomerTable.tr("Merged"),
    }[status]


class CustomerTableModel(QAbstractTableModel):
    """``set_query`` starts a search; ``count_known`` and ``first_rows_shown`` say how it went."""

    count_known = Signal(int)
    first_rows_shown = Signal()
    failed = Signal(object)

    def __init__(
        self, admin: CustomerAdminService, runner: TaskRunner, fmt: Formatter, parent=None
    ) -> None:
        super().__init__(parent)
        self._admin = admin
        self._runner = runner
        self.fmt = fmt
        self.query = CustomerQuery(status=CustomerState.ACTIVE)
        self.total: int | None = None
        self._rows = 0
        self._pages: OrderedDict[int, tuple[CustomerRow, ...]] = OrderedDict()
        self._wanted: OrderedDict[int, None] = OrderedDict()
        self._in_flight: set[int] = set()
        self._generation = 0
        self._shown_generation = 0
        self._pending: CustomerQuery | None = None
        self._pending_total: int | None = None
        self._dispatch = QTimer(self)
        self._dispatch.setSingleShot(True)
        self._dispatch.setInterval(0)
        self._dispatch.timeout.connect(self._fetch_wanted)
        self._headers = (
            CustomerTable.tr("Name"),
            CustomerTable.tr("Code"),
            CustomerTable.tr("Phone"),
            CustomerTable.tr("Email"),
            CustomerTable.tr("Points"),
            CustomerTable.tr("Tier"),
            CustomerTable.tr("Status"),
            CustomerTable.tr("Last visit"),
        )

    # -- queries -------------------------------------------------------------------------------

    def set_query(self, query: CustomerQuery) -> None:
        """Search again; the rows on screen stay until the new first page arrives."""
        self._generation += 1
        generation = self._generation
        self._pending = query
        self._pending_total = None
        admin = self._admin
        self._runner.run(
            lambda: admin.page_customers(query, offset=0, limit=PAGE_SIZE),
            lambda page: self._on_first_page(generation, page),
            lambda error: self._on_failed(generation, error),
            parent=self,
        )
        self._runner.run(
            lambda: admin.count_customers(query),
            lambda total: self._on_count(generation, total),
            lambda error: self._on_failed(generation, error),
            parent=self,
        )

    def refresh(self) -> None:
        """Load the current query again (after an edit elsewhere)."""
        self.set_query(self._pending or self.query)

    @property
    def loading(self) -> bool:
        return self._pending is not None

    def row_at(self, row: int) -> CustomerRow | None:
        """The loaded customer on ``row``; None while its page is on its way."""
        page = self._pages.get(row // PAGE_SIZE)
        if page is None or row % PAGE_SIZE >= len(page):
            return None
        return page[row % PAGE_SIZE]

    # -- the model -----------------------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = index.row()
        customer = self._touch(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(index.column())
        if customer is None:
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return CustomerTable.tr("Loading…")
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(customer, COLUMNS[index.column()])
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text of a cell elided to fit
            return self._display(customer, COLUMNS[index.column()]) or None
        if role == Qt.ItemDataRole.UserRole:
            return customer
        return None

    def _display(self, c: CustomerRow, column: str) -> str:
        match column:
            case "name":
                return c.name or CustomerTable.tr("(no name)")
            case "short_code":
                return c.short_code
            case "phone":
                return display_phone(c.phone)
            case "email":
                return c.email or ""
            case "balance":
                return self.fmt.points(c.balance)
            case "tier":
                return c.tier or ""
            case "status":
                return status_text(c.status)
            case _:
                return (
                    self.fmt.when(c.last_seen_at) if c.last_seen_at else CustomerTable.tr("never")
                )

    # -- pages -------------------------------------------------------------------------------

    def _touch(self, row: int) -> CustomerRow | None:
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page[row % PAGE_SIZE] if row % PAGE_SIZE < len(page) else None
        if number not in self._in_flight:
            self._wanted[number] = None
            self._wanted.move_to_end(number)
            while len(self._wanted) > WANTED_PAGES:
                self._wanted.popitem(last=False)
            self._dispatch.start()
        return None

    def _fetch_wanted(self) -> None:
        while self._wanted and len(self._in_flight) < IN_FLIGHT:
            number, _ = self._wanted.popitem(last=True)  # the latest wish is the one on screen
            self._in_flight.add(number)
            self._fetch(number)

    def _fetch(self, number: int) -> None:
        generation, query, admin = self._shown_generation, self.query, self._admin
        self._runner.run(
            lambda: admin.page_customers(query, offset=number * PAGE_SIZE, limit=PAGE_SIZE),
            lambda page: self._on_page(generation, number, page),
            lambda error: self._on_page_failed(number, error),
            parent=self,
        )

    def _on_page(self, generation: int, number: int, page: CustomerPage) -> None:
        if generation != self._shown_generation:
            return
        self._in_flight.discard(number)
        self._store(number, page.rows)
        first = number * PAGE_SIZE
        last = min(first + PAGE_SIZE, self._rows) - 1
        if last >= first:
            top = self.index(first, 0)
            self.dataChanged.emit(top, self.index(last, len(COLUMNS) - 1))
        self._fetch_wanted()

    def _on_page_failed(self, number: int, error: Exception) -> None:
        self._in_flight.discard(number)
        self.failed.emit(error)

    def _store(self, number: int, rows: tuple[CustomerRow, ...]) -> None:
        self._pages[number] = rows
        self._pages.move_to_end(number)
        while len(self._pages) > CACHED_PAGES:
            self._pages.popitem(last=False)

    def _on_first_page(self, generation: int, page: CustomerPage) -> None:
        if generation != self._generation or self._pending is None:
            return
        self.beginResetModel()
        self.query, self._pending = self._pending, None
        self._shown_generation = generation
        self._pages.clear()
        self._wanted.clear()
        self._in_flight.clear()
        self._store(0, page.rows)
        exact = len(page.rows) < PAGE_SIZE
        self.total = len(page.rows) if exact else self._pending_total
        self._rows = self.total if self.total is not None else len(page.rows)
        self.endResetModel()
        self.first_rows_shown.emit()
        if self.total is not None:
            self.count_known.emit(self.total)

    def _on_count(self, generation: int, total: int) -> None:
        if generation == self._generation and self._pending is not None:
            self._pending_total = total
            return
        if generation != self._shown_generation:
            return
        self.total = total
        if total > self._rows:
            self.beginInsertRows(QModelIndex(), self._rows, total - 1)
            self._rows = total
            self.endInsertRows()
        elif total < self._rows:
            self.beginRemoveRows(QModelIndex(), total, self._rows - 1)
            self._rows = total
            self.endRemoveRows()
        self.count_known.emit(total)

    def _on_failed(self, generation: int, error: Exception) -> None:
        if generation == self._generation:
            self._pending = None
        self.failed.emit(error)


def _alignment(column: int) -> Qt.AlignmentFlag:
    side = (
        Qt.AlignmentFlag.AlignRight if COLUMNS[column] == "balance" else Qt.AlignmentFlag.AlignLeft
    )
    return side | Qt.AlignmentFlag.AlignVCenter
