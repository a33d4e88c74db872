"""Voiding a recent transaction at this till, with an owner's PIN where the cashier may not."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QDialog, QWidget

from loyaltydesk.services.dto import RecentTransaction, TransactionResult
from loyaltydesk.ui.counter.desk import CounterDesk
from loyaltydesk.ui.counter.recent import RecentStrip
from loyaltydesk.ui.dialogs.void_dialog import VoidDialog


class VoidFlow:
    """The recent strip's Void buttons and F8; ``parent`` is the dialog's parent."""

    def __init__(self, desk: CounterDesk, recent: RecentStrip, parent: QWidget) -> None:
        self.desk = desk
        self.recent = recent
        self._parent = parent
        recent.void_requested.connect(self.void)

    def void_latest(self) -> None:
        latest = next((t for t in self.recent.transactions if not t.voided), None)
        if latest is not None:
            self.void(latest)

    def void(self, item: RecentTransaction) -> None:
        actor = self.desk.actor
        if actor is None or self.desk.busy:
            return
        description = f"{self.desk.fmt.time(item.created_at)} {item.customer_name} "
        description += self.desk.fmt.signed_points(item.points)
        dialog = VoidDialog(description, needs_owner=not item.voidable, parent=self._parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self.desk.focus_scan()
            return
        reason = dialog.reason.text()
        owner_pin = dialog.owner_pin.text() if not item.voidable else ""
        ref = f"void-{uuid.uuid4().hex}"
        services = self.desk.services

        def work() -> TransactionResult:
            who = services.staff.sign_in(pin=owner_pin, till=actor.till) if owner_pin else actor
            return services.voids.void(
                transaction=item.transaction_id, reason=reason, actor=who, ref_code=ref
            )

        self.desk.call(work, self.desk.recorded, write=True)
