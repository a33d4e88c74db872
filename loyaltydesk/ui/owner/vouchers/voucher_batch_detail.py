"""One voucher batch: its terms and counts, its codes, printing, CSV export and voiding."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.domain.vouchers import CODE_LENGTH
from loyaltydesk.printing.voucher_text import grouped_code
from loyaltydesk.services.voucher_dto import VoucherBatchSummary
from loyaltydesk.ui.counter.banner import ResultBanner
from loyaltydesk.ui.dialogs.confirm import confirm_destructive
from loyaltydesk.ui.owner.base import OwnerContext
from loyaltydesk.ui.owner.sync.sync_form import provider_title
from loyaltydesk.ui.owner.vouchers.voucher_print_card import VoucherPrintCard
from loyaltydesk.ui.owner.vouchers.voucher_words import batch_terms, counts_text
from loyaltydesk.ui.owner.widgets.calls import call
from loyaltydesk.ui.owner.widgets.fields import SearchBox
from loyaltydesk.ui.owner.widgets.layout import link_button
from loyaltydesk.ui.owner.widgets.table import Column, Look, RowsTable

CODES_POLL_MS = 3_000
"""While the loyalty service's codes are awaited, how often the batch is read again."""


def _shown_code(code: str) -> str:
    """Our 12-character codes in groups; a service's own code (KiriMel) as it prints it."""
    return grouped_code(code) if len(code) == CODE_LENGTH else code


class VoucherBatchDetail(QWidget):
    """``show_batch(id)`` loads a batch; ``back_requested`` returns to the list and
    ``changed`` says the counts changed (a void), so the list reloads."""

    back_requested = Signal()
    changed = Signal()

    def __init__(self, context: OwnerContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.batch: VoucherBatchSummary | None = None
        self.codes: tuple[str, ...] = ()

        self.back_button = link_button(self.tr("← All batches"), self.tr("Back to all batches"))
        self.back_button.clicked.connect(self.back_requested)
        self.name = QLabel()
        self.name.setObjectName("RvTitle")
        self.terms = QLabel()
        self.terms.setWordWrap(True)
        self.counts = QLabel()
        self.counts.setObjectName("Muted")
        self.banner = ResultBanner()

        self.search = SearchBox(self.tr("Find a code"))
        self.code_count = QLabel()
        self.code_count.setObjectName("Muted")
        column = Column(self.tr("Code"), _shown_code, lambda code: code)
        self.table = RowsTable([column], self.tr("Voucher codes"), "", look=Look.LIST)
        self.search.search_changed.connect(lambda _text: self._filter_codes())
        self._codes_timer = QTimer(self)
        self._codes_timer.setSingleShot(True)
        self._codes_timer.setInterval(CODES_POLL_MS)
        self._codes_timer.timeout.connect(self._check_codes)
        codes = QVBoxLayout()
        codes.setSpacing(8)
        codes_title = QLabel(self.tr("Codes"))
        codes_title.setObjectName("SectionTitle")
        codes.addWidget(codes_title)
        codes.addWidget(self.search)
        codes.addWidget(self.table, 1)
        codes.addWidget(self.code_count)

        side = QVBoxLayout()
        side.setSpacing(16)
        self.printing = VoucherPrintCard(context, self.banner)
        side.addWidget(self.printing)
        side.addWidget(self._void_card())
        side.addStretch(1)
        body = QHBoxLayout()
        body.setSpacing(24)
        body.addLayout(codes, 2)
        body.addLayout(side, 3)
        header = QHBoxLayout()
        header.addWidget(self.name, 1)
        header.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(self.terms)
        layout.addWidget(self.counts)
        layout.addWidget(self.banner)
        layout.addSpacing(8)
        layout.addLayout(body, 1)

    # -- building ------------------------------------------------------------------------------

    def _void_card(self) -> QFrame:
        card = QFrame()
        card.setObjectName("Card")
        title = QLabel(self.tr("Void"))
        title.setObjectName("SectionTitle")
        caption = QLabel(self.tr("Reason (needed to void)"))
        caption.setObjectName("FieldLabel")
        self.reason = QLineEdit()
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("e.g. printed with the wrong dates"))
        self.reason.setAccessibleName(self.tr("Reason for voiding"))
        caption.setBuddy(self.reason)
        self.void_code_button = QPushButton(self.tr("Void the selected code"))
        self.void_code_button.setProperty("role", "danger")
        self.void_code_button.setObjectName("RvDanger")
        self.void_code_button.setAccessibleName(self.tr("Void the selected code"))
        self.void_code_button.clicked.connect(self.void_selected_code)
        self.void_batch_button = QPushButton(self.tr("Void the whole batch"))
        self.void_batch_button.setProperty("role", "danger")
        self.void_batch_button.setObjectName("RvDanger")
        self.void_batch_button.setAccessibleName(self.tr("Void the whole batch"))
        self.void_batch_button.clicked.connect(self.void_batch)
        self.reason.textChanged.connect(self._update_void_buttons)
        self.table.view.selectionModel().selectionChanged.connect(self._update_void_buttons)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addSpacing(8)
        layout.addWidget(caption)
        layout.addWidget(self.reason)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.void_code_button)
        buttons.addWidget(self.void_batch_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return card

    # -- loading -------------------------------------------------------------------------------

    def show_batch(self, batch_id: int, *, keep_banner: bool = False) -> None:
        vouchers = self.context.services.vouchers
        if not keep_banner:
            self.banner.clear()
        call(
            self,
            self.banner,
            lambda: (vouchers.get_batch(batch_id), vouchers.batch_codes(batch_id)),
            self._on_loaded,
            form_words=False,
        )

    def _check_codes(self) -> None:
        if self.batch is not None and self.isVisible():
            self.show_batch(self.batch.batch_id, keep_banner=True)

    def _on_loaded(self, loaded: tuple[VoucherBatchSummary, tuple[str, ...]]) -> None:
        batch, codes = loaded
        fmt = self.context.fmt
        arrived = self.batch is not None and self.batch.batch_id == batch.batch_id and (
            self.batch.codes_state == "WAITING" and batch.codes_state == "READY")  # fmt: skip
        self.batch, self.codes = batch, codes
        void = VoucherBatchDetail.tr(" (void)") if batch.voided_at is not None else ""
        self.name.setText(batch.name + void)
        self.terms.setText(batch_terms(batch, fmt))
        self.counts.setText(counts_text(batch, fmt))
        waiting = batch.codes_state == "WAITING"
        self.table.set_empty_text(
            self.tr("Waiting for %1's codes…").replace("%1", provider_title(batch.codes_from))
            if waiting else self.tr("No code matches what you typed."))  # fmt: skip
        if waiting:
            self._codes_timer.start()
        if arrived:
            self.banner.show_message(self.tr("%1's codes have arrived: the batch is ready to "
                                             "print.").replace("%1", provider_title(
                                                 batch.codes_from)), "ok")  # fmt: skip
        self._filter_codes()
        self.printing.set_batch(batch)
        self._update_void_buttons()

    def _filter_codes(self) -> None:
        needle = "".join(self.search.text().split()).casefold()
        codes = self.codes
        call(
            self,
            self.banner,
            lambda: tuple(code for code in codes if needle in code.casefold()),
            self._on_codes_filtered,
            form_words=False,
        )

    def _on_codes_filtered(self, shown: tuple[str, ...]) -> None:
        fmt = self.context.fmt
        self.table.set_records(shown)
        self.code_count.setText(
            self.tr("Codes shown: %1 of %2")
            .replace("%1", fmt.points(len(shown)))
            .replace("%2", fmt.points(len(self.codes)))
        )
        self._update_void_buttons()

    # -- voiding -------------------------------------------------------------------------------

    def _update_void_buttons(self) -> None:
        open_batch = self.batch is not None and self.batch.voided_at is None
        reason = bool(self.reason.text().strip())
        self.void_batch_button.setEnabled(open_batch and reason)
        self.void_code_button.setEnabled(open_batch and reason and self.table.current() is not None)

    def void_batch(self) -> None:
        batch = self.batch
        if batch is None:
            return
        fmt = self.context.fmt
        text = self.tr(
            "Void every unused voucher of “%2” (%1 in all)? They will be refused at the counter. "
            "Redeemed vouchers (%3) stay redeemed. This cannot be undone."
        )
        text = text.replace("%1", fmt.points(batch.available + batch.expired))
        text = text.replace("%2", batch.name).replace("%3", fmt.points(batch.redeemed))
        if not confirm_destructive(self, self.tr("Void batch"), text, self.tr("Void batch")):
            return
        reason, actor = self.reason.text(), self.context.actor
        vouchers = self.context.services.vouchers
        call(
            self,
            self.banner,
            lambda: vouchers.void_batch(batch_id=batch.batch_id, reason=reason, actor=actor),
            lambda _summary: self._after_void(self.tr("The batch is void.")),
            write=True,
            form_words=False,
        )

    def void_selected_code(self) -> None:
        code = self.table.current()
        if code is None or self.batch is None:
            return
        text = self.tr(
            "Void voucher %1? It will be refused at the counter. This cannot be undone."
        ).replace("%1", grouped_code(code))
        if not confirm_destructive(self, self.tr("Void voucher"), text, self.tr("Void voucher")):
            return
        reason, actor = self.reason.text(), self.context.actor
        vouchers = self.context.services.vouchers
        call(
            self,
            self.banner,
            lambda: vouchers.void_voucher(code=code, reason=reason, actor=actor),
            lambda _view: self._after_void(
                self.tr("Voucher %1 is void.").replace("%1", grouped_code(code))
            ),
            write=True,
            form_words=False,
        )

    def _after_void(self, message: str) -> None:
        self.reason.clear()
        self.changed.emit()
        if self.batch is not None:
            self.show_batch(self.batch.batch_id)
        self.banner.show_message(message, "ok")
