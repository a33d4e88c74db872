"""Voiding a recent transaction at this till, with an owner's PIN where the cashier may not."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QDialog, QWidget

from loyaltydesk.domain.voiding import VoidCheck
from loyaltydesk.services.dto import RecentTransaction, TransactionResult
from loyaltydesk.ui.counter.desk import CounterDesk
from loyaltydesk.ui.counter.recent import RecentStrip
from loyaltydesk.ui.dialogs.void_dialog import VoidDialog
from loyaltydesk.ui.messages import Messages

LOOK_BACK = 20
"""F8 looks this far back for something to void."""


class VoidFlow:
    """The recent strip's Void buttons and F8; ``parent`` is the dialog's parent."""

    def __init__(self, desk: CounterDesk, recent: RecentStrip, parent: QWidget) -> None:
        self.desk = desk
        self.recent = recent
        self._parent = parent
        recent.void_requested.connect(self.void)

    def void_latest(self) -> None:
        """F8: the latest transaction here that a void can undo (never a void itself), read
        afresh."""
        actor, history = self.desk.actor, self.desk.services.history
        if actor is None or self.desk.busy:
            return
        self.desk.call(lambda: history.recent_at_till(actor=actor, limit=LOOK_BACK), self._latest)

    def _latest(self, items: tuple[RecentTransaction, ...]) -> None:
        latest = next((t for t in items if _undoable(t)), None)
        if latest is None:
            self.desk.banner.show_message(
                Messages.tr("Nothing recent at this till can be voided."), "warn"
            )
            return
        self.void(latest)

    def void(self, item: RecentTransaction) -> None:
        desk = self.desk
        actor = desk.actor
        if actor is None or desk.busy:
            return
        if not _undoable(item):
            desk.banner.show_message(Messages.tr("That cannot be voided."), "warn")
            return
        description = f"{desk.fmt.stamp(item.created_at)} {item.customer_name} "
        description += desk.fmt.signed_points(item.points)
        needs_owner = item.void_check is not VoidCheck.ALLOWED
        why = self._owner_reason(item.void_check) if needs_owner else ""
        dialog = VoidDialog(description, owner_reason=why, parent=self._parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self._parent.activateWindow()  # the dialog was the active window until now
        if not accepted:
            desk.focus_scan()
            return
        reason = dialog.reason.text()
        owner_pin = dialog.owner_pin.text() if needs_owner else ""
        ref = f"void-{uuid.uuid4().hex}"
        services = desk.services

        def work() -> TransactionResult:
            staff = services.staff
            who = staff.check_owner_pin(pin=owner_pin, till=actor.till) if owner_pin else actor
            return services.voids.void(
                transaction=item.transaction_id, reason=reason, actor=who, ref_code=ref
            )

        desk.call(work, desk.recorded, write=True)

    def _owner_reason(self, check: VoidCheck) -> str:
        if check is VoidCheck.ADJUSTMENT_NEEDS_OWNER:
            return Messages.tr("Only an owner can void an adjustment: type an owner's PIN.")
        if check is VoidCheck.OTHER_TILL_NEEDS_OWNER:
            return Messages.tr("This one is from another till: type an owner's PIN.")
        minutes = self.desk.settings.rules.void_window_minutes
        return Messages.tr("This one is older than %n minute(s): type an owner's PIN.", "", minutes)


def _undoable(item: RecentTransaction) -> bool:
    return item.void_check is VoidCheck.ALLOWED or item.void_check.owner_may
