"""Printing and exporting a voucher batch: paper and grid, print preview, PDF and CSV."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QWidget,
)

from loyaltydesk.printing import (
    PageSize,
    RenderOutcome,
    SheetOptions,
    page_count,
    render_voucher_sheet,
    voucher_page_layout,
    write_voucher_pdf,
)
from loyaltydesk.printing.from_services import voucher_labels
from loyaltydesk.services.voucher_dto import VoucherBatchSummary, VoucherSheetData
from loyaltydesk.ui.counter.banner import ResultBanner
from loyaltydesk.ui.dialogs.print_preview import create_print_preview
from loyaltydesk.ui.long_task import Cancelled, Progress, run_long_task
from loyaltydesk.ui.owner.base import OwnerContext
from loyaltydesk.ui.owner.sync.sync_form import provider_title
from loyaltydesk.ui.owner.widgets.calls import call, show_failure
from loyaltydesk.ui.owner.widgets.layout import ask_save_path, safe_file_name


class VoucherPrintCard(QFrame):
    """The sheet's paper and grid with the page count they give, and the print, PDF and CSV
    actions for the batch set with ``set_batch``. Outcomes go to the detail's banner."""

    def __init__(
        self, context: OwnerContext, banner: ResultBanner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.context = context
        self.banner = banner
        self.batch: VoucherBatchSummary | None = None
        self.preview: QPrintPreviewDialog | None = None
        self.pdf_progress: QProgressDialog | None = None
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4"), PageSize.A4)
        self.paper.addItem(self.tr("Letter"), PageSize.LETTER)
        self.paper.setAccessibleName(self.tr("Paper"))
        self.columns = self._grid_spin(10, 3, self.tr("Vouchers across"))
        self.rows = self._grid_spin(20, 8, self.tr("Vouchers down"))
        self.pages = QLabel()
        self.pages.setObjectName("Muted")
        self.pages.setWordWrap(True)
        self.preview_button = QPushButton(self.tr("Print preview…"))
        self.preview_button.setAccessibleName(self.tr("Print preview"))
        self.preview_button.clicked.connect(self.open_preview)
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.pdf_button.setAccessibleName(self.tr("Save as PDF"))
        self.pdf_button.clicked.connect(self._ask_pdf)
        self.csv_button = QPushButton(self.tr("Export codes as CSV…"))
        self.csv_button.setAccessibleName(self.tr("Export codes as CSV"))
        self.csv_button.clicked.connect(self._ask_csv)
        grid = QGridLayout(self)
        grid.setContentsMargins(16, 16, 16, 16)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        title = QLabel(self.tr("Print and export"))
        title.setObjectName("SectionTitle")
        grid.addWidget(title, 0, 0, 1, 3)
        grid.setRowMinimumHeight(0, 32)
        for position, (text, field) in enumerate(
            (
                (self.tr("Paper"), self.paper),
                (self.tr("Across"), self.columns),
                (self.tr("Down"), self.rows),
            )
        ):
            caption = QLabel(text)
            caption.setObjectName("FieldLabel")
            caption.setBuddy(field)
            grid.addWidget(caption, 1, position)
            grid.addWidget(field, 2, position)
        grid.addWidget(self.pages, 3, 0, 1, 3)
        actions = QGridLayout()  # two rows: at 1024 px three buttons in a row get cut
        actions.setSpacing(8)
        actions.addWidget(self.preview_button, 0, 0)
        actions.addWidget(self.pdf_button, 0, 1)
        actions.addWidget(self.csv_button, 1, 0, 1, 2)
        actions.setColumnStretch(2, 1)
        grid.setRowMinimumHeight(4, 8)
        grid.addLayout(actions, 5, 0, 1, 3)
        for field in (self.columns, self.rows):
            field.valueChanged.connect(self._show_page_count)
        self._show_page_count()

    def set_batch(self, batch: VoucherBatchSummary) -> None:
        self.batch = batch
        self._show_page_count()

    def _grid_spin(self, largest: int, value: int, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(1, largest)
        spin.setValue(value)
        spin.setLocale(self.context.fmt.locale)
        spin.setAccessibleName(name)
        return spin

    # -- printing ------------------------------------------------------------------------------

    def printable(self) -> int:
        """Unused vouchers of a batch that is not void: what a sheet would hold."""
        batch = self.batch
        if batch is None or batch.voided_at is not None:
            return 0
        return batch.available + batch.expired

    def sheet_options(self, shop_name: str) -> SheetOptions:
        return SheetOptions(
            shop_name=shop_name,
            page_size=PageSize(self.paper.currentData()),
            columns=self.columns.value(),
            rows=self.rows.value(),
            locale=self.context.fmt.locale,
        )

    def _show_page_count(self) -> None:
        fmt = self.context.fmt
        count = self.printable()
        options = self.sheet_options("")
        per_page = fmt.points(options.per_page)
        if count:
            text = self.tr("Per page: %1 · vouchers to print: %2 · pages: %3")
            text = text.replace("%2", fmt.points(count))
            text = text.replace("%3", fmt.points(page_count(count, options)))
        else:
            text = self.tr("Per page: %1 · nothing to print: no unused vouchers.")
        self.pages.setText(text.replace("%1", per_page))
        waiting = self._waiting_text()
        if waiting:
            self.pages.setText(waiting)
        for button in (self.preview_button, self.pdf_button):
            button.setEnabled(count > 0 and not waiting)
        self.csv_button.setEnabled(not waiting)

    def _waiting_text(self) -> str:
        """Why nothing prints yet: the loyalty service makes this batch's codes."""
        batch = self.batch
        if batch is None or batch.codes_state not in {"WAITING", "REFUSED"}:
            return ""
        title = provider_title(batch.codes_from)
        if batch.codes_state == "WAITING":
            return self.tr("Waiting for %1's codes… The sheets print once they arrive; this "
                           "page updates by itself.").replace("%1", title)  # fmt: skip
        return self.tr("%1 refused this batch, so it has no codes to print. See Sync problems "
                       "on the Sync page.").replace("%1", title)  # fmt: skip

    def open_preview(self) -> None:
        """Load the printable vouchers, then show them on paper in a print preview."""
        batch = self.batch
        if batch is None:
            return
        vouchers = self.context.services.vouchers
        call(
            self,
            self.banner,
            lambda: vouchers.voucher_print_data(batch.batch_id),
            self._on_print_data,
            form_words=False,
        )

    def _on_print_data(self, data: VoucherSheetData) -> None:
        options = self.sheet_options(data.shop_name)
        labels = voucher_labels(data, options.locale)

        def render(printer: QPrinter) -> None:
            render_voucher_sheet(printer, labels, options)

        dialog = create_print_preview(render, voucher_page_layout(options), self)
        dialog.resize(1000, 720)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _result: setattr(self, "preview", None))
        self.preview = dialog
        dialog.open()

    def save_pdf(self, path: Path) -> None:
        """Render the sheet to ``path`` in a worker, with a progress bar and Cancel."""
        batch = self.batch
        if batch is None:
            return
        vouchers = self.context.services.vouchers
        chosen = self.sheet_options("")  # the widgets are read here, never in the worker

        def work(progress: Progress, cancelled: Cancelled) -> RenderOutcome:
            data = vouchers.voucher_print_data(batch.batch_id)
            options = dataclasses.replace(chosen, shop_name=data.shop_name)
            labels = voucher_labels(data, options.locale)
            return write_voucher_pdf(path, labels, options, progress, cancelled)

        def done(outcome: RenderOutcome) -> None:
            self.pdf_progress = None
            fmt = self.context.fmt
            if outcome.cancelled:
                self.banner.show_message(self.tr("Cancelled. No PDF was saved."), "info")
                return
            text = self.tr("PDF saved as %3 (vouchers: %1, pages: %2).")
            text = text.replace("%1", fmt.points(outcome.items))
            text = text.replace("%2", fmt.points(outcome.pages)).replace("%3", path.name)
            self.banner.show_message(text, "ok")

        def failed(error: Exception) -> None:
            self.pdf_progress = None
            show_failure(self.context, self.banner, error, form_words=False)

        self.banner.clear()
        self.pdf_progress = run_long_task(
            self, self.context.runner, self.tr("Saving the vouchers as PDF"), work, done, failed
        )

    def export_csv(self, path: Path) -> None:
        batch = self.batch
        if batch is None:
            return
        vouchers = self.context.services.vouchers

        def done(result: object) -> None:
            rows = getattr(result, "rows", 0)
            text = self.tr("Codes exported to %2 (rows: %1).")
            text = text.replace("%1", self.context.fmt.points(rows)).replace("%2", path.name)
            self.banner.show_message(text, "ok")

        call(
            self,
            self.banner,
            lambda: vouchers.export_batch_csv(batch.batch_id, path),
            done,
            form_words=False,
        )

    def _ask_pdf(self) -> None:
        if self.batch is not None:
            name = safe_file_name(self.batch.name) + ".pdf"
            path = ask_save_path(self, self.tr("Save as PDF"), name, self.tr("PDF files (*.pdf)"))
            if path is not None:
                self.save_pdf(path)

    def _ask_csv(self) -> None:
        if self.batch is not None:
            name = safe_file_name(self.batch.name) + ".csv"
            path = ask_save_path(self, self.tr("Export codes"), name, self.tr("CSV files (*.csv)"))
            if path is not None:
                self.export_csv(path)
