"""One customer's page: the profile to edit, the points history, and the owner's actions
(adjust points, block, merge a duplicate, reprint the card, export their data, erase)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.printing import CardOptions, card_page_layout, render_member_cards
from loyaltydesk.printing.from_services import member_card_labels
from loyaltydesk.services.customer_admin import CustomerAdminService
from loyaltydesk.services.customer_admin_dto import CustomerDetail, CustomerState
from loyaltydesk.services.dto import HistoryEntry
from loyaltydesk.services.voucher_dto import MemberCardsData
from loyaltydesk.ui.counter.banner import ResultBanner
from loyaltydesk.ui.dialogs.confirm import confirm_destructive
from loyaltydesk.ui.dialogs.print_preview import create_print_preview
from loyaltydesk.ui.owner.base import OwnerContext
from loyaltydesk.ui.owner.customers.customer_dialogs import AdjustPointsDialog, MergeDialog
from loyaltydesk.ui.owner.customers.customer_header import CustomerHeader
from loyaltydesk.ui.owner.customers.customer_history import HISTORY_LIMIT, HistoryPanel
from loyaltydesk.ui.owner.customers.customer_profile_form import ProfileForm
from loyaltydesk.ui.owner.widgets.calls import call
from loyaltydesk.ui.owner.widgets.reflow import FlowLayout, reflowing

CLOSED = (CustomerState.ERASED, CustomerState.MERGED)


class CustomerDetailView(QWidget):
    back_requested = Signal()
    open_requested = Signal(str)

    def __init__(self, context: OwnerContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.fmt = context.fmt
        self.detail: CustomerDetail | None = None
        self.customer_id = ""
        self.preview: QWidget | None = None
        self._staff: dict[int, str] | None = None

        self.back = QPushButton(self.tr("← All customers (Esc)"))
        self.back.setProperty("role", "link")
        self.back.setAccessibleName(self.tr("Back to all customers"))
        self.back.clicked.connect(self.go_back)
        self.header = CustomerHeader(self.fmt)
        self.open_kept = QPushButton(self.tr("Open the kept customer"))
        self.open_kept.setProperty("role", "link")
        self.open_kept.clicked.connect(self._open_kept)
        self.banner = ResultBanner()

        self.adjust = self._action(self.tr("Adjust points…"), self.adjust_points)
        self.block = self._action(self.tr("Block"), self.toggle_block)
        self.merge = self._action(self.tr("Merge a duplicate…"), self.merge_duplicate)
        self.card = self._action(self.tr("Reprint member card"), self.reprint_card)
        self.export = self._action(self.tr("Export their data…"), self._choose_export)
        self.erase = self._action(self.tr("Erase…"), self.erase_customer)
        self.erase.setProperty("role", "danger")
        self.erase.setObjectName("EraseButton")

        self.form = ProfileForm(self.fmt.today)
        self.form.save_requested.connect(self.save_profile)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)
        self.history = HistoryPanel(self.fmt)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Customer sections"))
        self.tabs.addTab(self.history, self.tr("Points history"))
        self.tabs.addTab(scroll, self.tr("Profile"))

        # The actions wrap onto a second row on a narrow window; Erase stays apart, right.
        flow = reflowing(
            FlowLayout(spacing=8), self.adjust, self.block, self.merge, self.card, self.export
        )
        actions = QHBoxLayout()
        actions.setSpacing(8)
        actions.addWidget(flow, 1)
        actions.addWidget(self.erase, 0, Qt.AlignmentFlag.AlignTop)
        back_row = QHBoxLayout()
        back_row.addWidget(self.back)
        back_row.addStretch(1)
        back_row.addWidget(self.open_kept)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addLayout(back_row)
        layout.addWidget(self.header)
        layout.addWidget(self.banner)
        layout.addLayout(actions)
        layout.addWidget(self.tabs, 1)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.go_back)
        self._show_detail(None)

    # -- loading -----------------------------------------------------------------------------

    def load(self, customer_id: str) -> None:
        """Show another customer (or the same one again, after a change)."""
        if customer_id != self.customer_id:
            self.banner.clear()
            self.tabs.setCurrentIndex(0)
            self.history.set_entries((), self._staff or {})
        self.customer_id = customer_id
        services, actor = self.context.services, self.context.actor
        first = self._staff is None

        def work() -> tuple[CustomerDetail, tuple[HistoryEntry, ...], Any, Any]:
            detail = services.customer_admin.get_customer(customer_id)
            entries = services.history.customer_history(customer_id, limit=HISTORY_LIMIT)
            staff = services.staff.list_all_staff(actor=actor) if first and actor.is_owner else None
            settings = services.program.get_settings() if first else None
            return detail, entries, staff, settings

        self._run(work, self._on_loaded)

    def _on_loaded(self, loaded: tuple[CustomerDetail, tuple[HistoryEntry, ...], Any, Any]) -> None:
        detail, entries, staff, settings = loaded
        if staff is not None:
            self._staff = {member.staff_id: member.name for member in staff}
        if settings is not None:
            self.form.region = settings.profile.default_region
        self.history.set_entries(entries, self._staff or {})
        self._show_detail(detail)

    def _show_detail(self, detail: CustomerDetail | None) -> None:
        self.detail = detail
        closed = detail is None or detail.status in CLOSED
        for button in (self.adjust, self.block, self.merge, self.card, self.erase):
            button.setEnabled(not closed)
        self.export.setEnabled(detail is not None and detail.status != CustomerState.MERGED)
        self.open_kept.setVisible(detail is not None and detail.merged_into_id is not None)
        if detail is None:
            return
        self.header.show_customer(detail, closed=closed)
        self.block.setText(
            self.tr("Unblock") if detail.status == CustomerState.BLOCKED else self.tr("Block")
        )
        self.form.load(detail, editable=not closed)

    # -- leaving -----------------------------------------------------------------------------

    def can_leave(self) -> bool:
        """Ask before unsaved profile changes are lost; keeping them is the default."""
        if not self.form.dirty:
            return True
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unsaved changes"))
        box.setText(self.tr("The profile has changes that are not saved."))
        discard = box.addButton(self.tr("Discard changes"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        if box.clickedButton() is not discard:
            self.tabs.setCurrentWidget(self.tabs.widget(1))
            return False
        self.form.reset()
        return True

    def go_back(self) -> None:
        if self.can_leave():
            self.back_requested.emit()

    # -- actions -----------------------------------------------------------------------------

    def save_profile(self, changes: dict[str, object]) -> None:
        admin, actor, cid = self._admin, self.context.actor, self.customer_id
        self._write(
            lambda: admin.update_profile(customer=cid, actor=actor, **changes),
            lambda _detail: self.tr("Profile saved."),
        )

    def adjust_points(self) -> None:
        if self.detail is None:
            return
        dialog = AdjustPointsDialog(self.detail, self.fmt, self)
        accepted = dialog.exec() == AdjustPointsDialog.DialogCode.Accepted
        points, reason = dialog.points, " ".join(dialog.reason.text().split())
        dialog.deleteLater()
        if not accepted:
            return
        service, actor, cid = self.context.services.points, self.context.actor, self.customer_id
        ref = uuid.uuid4().hex
        said = self.tr("%1 point(s) — %2", "", abs(points)).replace(
            "%1", self.fmt.signed_points(points)
        )
        self._write(
            lambda: service.adjust_points(
                customer=cid, points=points, reason=reason, actor=actor, ref_code=ref
            ),
            lambda _result: said.replace("%2", reason),
        )

    def toggle_block(self) -> None:
        if self.detail is None:
            return
        blocking = self.detail.status == CustomerState.ACTIVE
        status = CustomerState.BLOCKED if blocking else CustomerState.ACTIVE
        admin, actor, cid = self._admin, self.context.actor, self.customer_id
        said = (
            self.tr("Blocked: nothing can be recorded for them at the counter.")
            if blocking
            else self.tr("Unblocked: they can collect and spend points again.")
        )
        self._write(
            lambda: admin.set_status(customer=cid, status=status, actor=actor), lambda _d: said
        )

    def merge_duplicate(self) -> None:
        keep = self.detail
        if keep is None:
            return
        dialog = MergeDialog(keep, self.context, self)
        accepted = dialog.exec() == MergeDialog.DialogCode.Accepted
        duplicate = dialog.duplicate
        dialog.deleteLater()
        if not accepted or duplicate is None:
            return
        name = duplicate.name or duplicate.short_code
        text = self.tr(
            "%1 (%2, %Ln point(s)) will be merged into %3. Their points move here with their "
            "expiry dates; their record is closed and can no longer be used at the counter. "
            "Both histories and the audit trail are kept. This cannot be undone.",
            "",
            duplicate.balance,
        )
        text = text.replace("%1", name).replace("%2", duplicate.short_code)
        text = text.replace("%3", keep.name or keep.short_code)
        if not confirm_destructive(self, self.tr("Merge customers?"), text, self.tr("Merge")):
            return
        admin, actor, ref = self._admin, self.context.actor, uuid.uuid4().hex

        self._write(
            lambda: admin.merge_customers(
                keep=keep.customer_id, merge=duplicate.customer_id, actor=actor, ref_code=ref
            ),
            lambda result: self.tr(
                "Merged %1 into this customer: %Ln point(s) moved.", "", result.points_moved
            ).replace("%1", name),
        )

    def erase_customer(self) -> None:
        detail = self.detail
        if detail is None:
            return
        name = detail.name or detail.short_code
        text = self.tr(
            "This removes %1's name, phone, email, birth date and notes for good, and their "
            "points can no longer be used. The points history stays, anonymised, for the "
            "shop's books, and the audit trail records the erasure. This cannot be undone."
        ).replace("%1", name)
        title = self.tr("Erase %1?").replace("%1", name)
        if not confirm_destructive(self, title, text, self.tr("Erase personal data")):
            return
        admin, actor, cid = self._admin, self.context.actor, detail.customer_id
        ref = uuid.uuid4().hex
        self._write(
            lambda: admin.erase_customer(customer=cid, actor=actor, ref_code=ref),
            lambda _result: self.tr(
                "Personal data erased. The anonymised history and the audit entry are kept."
            ),
        )

    def export_data_to(self, path: str | Path) -> None:
        """A GDPR access request: the profile, the full ledger and the operations as JSON."""
        admin, actor, cid, target = self._admin, self.context.actor, self.customer_id, Path(path)
        self._write(
            lambda: admin.export_customer_data(customer=cid, path=str(target), actor=actor),
            lambda rows: self.tr(
                "Saved their profile and %Ln ledger entries to %1.", "", rows
            ).replace("%1", target.name),
            reload=False,
        )

    def reprint_card(self) -> None:
        vouchers, cid = self.context.services.vouchers, self.customer_id
        self._run(lambda: vouchers.member_cards(identifiers=[cid]), self._show_card_preview)

    def _show_card_preview(self, data: MemberCardsData) -> None:
        labels = member_card_labels(data)
        options = CardOptions(shop_name=data.shop_name)

        def render(printer: QPrinter) -> None:
            render_member_cards(printer, labels, options)

        self.preview = create_print_preview(render, card_page_layout(options), self)
        self.preview.resize(900, 700)
        self.preview.open()

    # -- helpers -----------------------------------------------------------------------------

    def _choose_export(self) -> None:
        if self.detail is None:
            return
        suggested = str(Path.home() / f"customer-{self.detail.short_code}.json")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export their data"), suggested, self.tr("JSON files (*.json)")
        )
        if path:
            self.export_data_to(path)

    def _open_kept(self) -> None:
        if self.detail is not None and self.detail.merged_into_id:
            self.open_requested.emit(self.detail.merged_into_id)

    @property
    def _admin(self) -> CustomerAdminService:
        return self.context.services.customer_admin

    def _write(
        self, fn: Callable[[], Any], said: Callable[[Any], str], *, reload: bool = True
    ) -> None:
        """Run a change; say what happened on the banner and show the customer as they are now."""

        def done(result: Any) -> None:
            self.banner.show_message(said(result), "ok")
            if reload:
                self.load(self.customer_id)

        self._run(fn, done, write=True)

    def _run(self, fn: Callable[[], Any], on_done: Callable[[Any], None], *, write=False) -> None:
        call(self, self.banner, fn, on_done, write=write, form_words=False)

    def _action(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.rstrip("…"))
        button.clicked.connect(slot)
        return button
