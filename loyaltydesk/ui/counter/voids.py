"""Voiding a recent transaction at this till, with an owner's PIN where the cashier may not."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog

from loyaltydesk.services.dto import RecentTransaction, TransactionResult
from loyaltydesk.ui.dialogs.void_dialog import VoidDialog

if TYPE_CHECKING:
    from loyaltydesk.ui.counter.page import CounterPage


class VoidFlow:
    def __init__(self, page: CounterPage) -> None:
        self.page = page

    def void_latest(self) -> None:
        latest = next((t for t in self.page.recent.transactions if not t.voided), None)
        if latest is not None:
            self.void(latest)

    def void(self, item: RecentTransaction) -> None:
        actor = self.page.actor
        if actor is None or self.page.busy:
            return
        description = f"{self.page.fmt.time(item.created_at)} {item.customer_name} "
        description += self.page.fmt.signed_points(item.points)
        dialog = VoidDialog(description, needs_owner=not item.voidable, parent=self.page)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self.page.scan.setFocus()
            return
        reason = dialog.reason.text()
        owner_pin = dialog.owner_pin.text() if not item.voidable else ""
        ref = f"void-{uuid.uuid4().hex}"
        services = self.page.services

        def work() -> TransactionResult:
            who = services.staff.sign_in(pin=owner_pin, till=actor.till) if owner_pin else actor
            return services.voids.void(
                transaction=item.transaction_id, reason=reason, actor=who, ref_code=ref
            )

        self.page.call(work, self.page.on_recorded, write=True)
