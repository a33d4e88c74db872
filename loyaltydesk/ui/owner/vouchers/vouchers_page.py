"""Vouchers: the list of batches with their counts, the new-batch form and a batch's detail."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.domain.errors import LoyaltyError
from loyaltydesk.services.voucher_dto import CreatedBatch, VoucherBatchSummary
from loyaltydesk.ui.counter.banner import ResultBanner
from loyaltydesk.ui.messages import error_text
from loyaltydesk.ui.owner.base import OwnerContext, OwnerPage
from loyaltydesk.ui.owner.sync.sync_form import provider_title
from loyaltydesk.ui.owner.vouchers.voucher_batch_detail import VoucherBatchDetail
from loyaltydesk.ui.owner.vouchers.voucher_batch_dialog import BatchRequest, VoucherBatchDialog
from loyaltydesk.ui.owner.vouchers.voucher_words import kind_text, validity_text, value_text
from loyaltydesk.ui.owner.widgets.calls import call, show_failure
from loyaltydesk.ui.owner.widgets.fields import SearchBox
from loyaltydesk.ui.owner.widgets.table import Column, Look, RowsTable


def matches(batch: VoucherBatchSummary, needle: str) -> bool:
    """Whether a batch's name or offer contains ``needle`` (already case-folded)."""
    return needle in batch.name.casefold() or needle in batch.benefit.casefold()


class VouchersPage(OwnerPage):
    title = "Vouchers"

    def __init__(self, context: OwnerContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.create_dialog: VoucherBatchDialog | None = None
        self._ticket = 0
        self._total = 0

        heading = QLabel(self.tr("Vouchers"))
        heading.setObjectName("RvTitle")
        self.search = SearchBox(
            self.tr("Search batches by name or offer"), self.tr("Search voucher batches")
        )
        self.count = QLabel()
        self.count.setObjectName("Muted")
        self.create_button = QPushButton(self.tr("Create a batch…"))
        self.create_button.setProperty("role", "primary")
        self.create_button.setAccessibleName(self.tr("Create a voucher batch"))
        self.create_button.clicked.connect(self.open_create_form)
        self.banner = ResultBanner()
        self.table = RowsTable(
            self._columns(),
            self.tr("Voucher batches"),
            self.tr("No vouchers yet — create a batch"),
            look=Look.LIST,
        )
        self.table.opened.connect(lambda batch: self.open_batch(batch.batch_id))
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        top.addWidget(self.create_button)
        self.hint = hint = QLabel(
            self.tr("Double-click a batch, or select it and press Enter, to open it.")
        )
        hint.setObjectName("Muted")
        listing = QWidget()
        list_layout = QVBoxLayout(listing)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.setSpacing(16)
        list_layout.addWidget(heading)
        list_layout.addLayout(top)
        list_layout.addWidget(self.banner)
        list_layout.addWidget(self.table, 1)
        list_layout.addWidget(hint)

        self.detail = VoucherBatchDetail(context)
        self.detail.back_requested.connect(self.show_list)
        self.detail.changed.connect(self.reload)
        self.stack = QStackedWidget()
        self.stack.addWidget(listing)
        self.stack.addWidget(self.detail)
        self._listing = listing
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.search.search_changed.connect(lambda _text: self.reload())

    def _columns(self) -> list[Column]:
        fmt = self.context.fmt

        def count(title: str, attribute: str, optional: bool = False) -> Column:
            return Column(
                title,
                lambda b: fmt.points(getattr(b, attribute)),
                lambda b: getattr(b, attribute),
                right=True,
                optional=optional,  # on a narrow window: in the batch's own page
            )

        def name(batch: VoucherBatchSummary) -> str:
            if batch.voided_at is not None:
                return batch.name + self.tr(" (void)")
            if batch.codes_state == "WAITING":
                return batch.name + self.tr(" (waiting for %1's codes)").replace(
                    "%1", provider_title(batch.codes_from))  # fmt: skip
            if batch.codes_state == "REFUSED":
                return batch.name + self.tr(" (refused by %1)").replace(
                    "%1", provider_title(batch.codes_from))  # fmt: skip
            return batch.name

        return [
            Column(self.tr("Name"), name, lambda b: b.name.casefold(), stretch=True),
            Column(self.tr("Kind"), kind_text, lambda b: b.type),
            Column(
                self.tr("Value"),
                lambda b: value_text(b, fmt),
                lambda b: (b.type, b.value or 0, b.benefit),
            ),
            Column(
                self.tr("Valid"),
                lambda b: validity_text(b, fmt),
                lambda b: b.valid_until_date.toordinal() if b.valid_until_date else 0,
            ),
            count(self.tr("Made"), "issued", optional=True),
            count(self.tr("Redeemed"), "redeemed"),
            count(self.tr("Void"), "void", optional=True),
            count(self.tr("Expired"), "expired", optional=True),
        ]

    # -- the list ------------------------------------------------------------------------------

    def activate(self) -> None:
        self.reload()

    def reload(self) -> None:
        """Load the batches matching the search box in a worker; late answers are dropped."""
        self._ticket += 1
        ticket = self._ticket
        needle = " ".join(self.search.text().split()).casefold()
        vouchers = self.context.services.vouchers

        def work() -> tuple[int, list[VoucherBatchSummary]]:
            batches = vouchers.list_batches()
            return len(batches), [b for b in batches if matches(b, needle)]

        call(
            self,
            self.banner,
            work,
            lambda result: self._on_batches(ticket, needle, *result),
            form_words=False,
        )

    def _on_batches(
        self, ticket: int, needle: str, total: int, shown: list[VoucherBatchSummary]
    ) -> None:
        if ticket != self._ticket:
            return
        fmt = self.context.fmt
        self._total = total
        if total == 0:
            self.table.set_empty_text(self.tr("No vouchers yet — create a batch"))
        else:
            self.table.set_empty_text(self.tr("No batch matches “%1”.").replace("%1", needle))
        self.table.set_records(shown)
        self.hint.setVisible(bool(shown))
        if needle:
            text = self.tr("Batches: %1 of %2").replace("%1", fmt.points(len(shown)))
            self.count.setText(text.replace("%2", fmt.points(total)))
        else:
            self.count.setText(self.tr("Batches: %1").replace("%1", fmt.points(total)))

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self._listing)
        self.table.view.setFocus()

    def open_batch(self, batch_id: int) -> None:
        self.stack.setCurrentWidget(self.detail)
        self.detail.show_batch(batch_id)

    # -- creating ------------------------------------------------------------------------------

    def open_create_form(self) -> VoucherBatchDialog:
        """Show the new-batch form (window-modal, so the call returns at once)."""
        dialog = VoucherBatchDialog(self.context.fmt, self)
        dialog.submitted.connect(self._create)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _result: setattr(self, "create_dialog", None))
        self.create_dialog = dialog
        dialog.open()
        dialog.name.setFocus()
        return dialog

    def _create(self, request: BatchRequest) -> None:
        dialog = self.create_dialog
        actor, vouchers = self.context.actor, self.context.services.vouchers

        def work() -> CreatedBatch:
            return vouchers.create_batch(
                actor=actor,
                name=request.name,
                voucher_type=request.voucher_type,
                quantity=request.quantity,
                value=request.value,
                valid_from=request.valid_from,
                valid_until=request.valid_until,
                min_purchase=request.min_purchase,
                description=request.description,
            )

        def failed(error: Exception) -> None:
            if dialog is not None and isinstance(error, LoyaltyError):
                dialog.show_error(error_text(error, self.context.fmt))
                return
            if dialog is not None:
                dialog.set_busy(False)
            show_failure(self.context, self.banner, error, form_words=False)

        self.context.runner.run(
            work,
            lambda created: self._on_created(dialog, created),
            failed,
            write=True,
            parent=self,
        )

    def _on_created(self, dialog: VoucherBatchDialog | None, created: CreatedBatch) -> None:
        if dialog is not None:
            dialog.done(VoucherBatchDialog.DialogCode.Accepted)
        self.reload()
        self.open_batch(created.batch_id)
        text = self.tr("Batch “%2” created. Vouchers: %1.")
        text = text.replace("%1", self.context.fmt.points(created.batch.quantity))
        if created.batch.codes_state == "WAITING":
            text += " " + self.tr("%1 makes their codes: they are printed once they arrive.")
            text = text.replace("%1", provider_title(created.batch.codes_from))
        self.detail.banner.show_message(text.replace("%2", created.batch.name), "ok")
