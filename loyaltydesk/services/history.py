"""Reading back what happened: a customer's ledger and the recent transactions at a till."""

from __future__ import annotations

from loyaltydesk.domain.staff import Actor
from loyaltydesk.domain.voiding import VoidCheck, check_void
from loyaltydesk.services.context import ServiceContext
from loyaltydesk.services.customers import require_customer
from loyaltydesk.services.dto import HistoryEntry, RecentTransaction


class HistoryService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def customer_history(self, customer: str, *, limit: int = 200) -> tuple[HistoryEntry, ...]:
        """The customer's ledger, newest first."""
        with self._ctx.uow.read() as uow:
            settings = self._ctx.settings(uow)
            found = require_customer(uow, settings, customer)
            return tuple(
                HistoryEntry(
                    entry_id=entry.id,
                    transaction_id=op.id,
                    kind=entry.kind,
                    points=entry.delta,
                    # A payment with points keeps its money value on the operation.
                    amount=entry.amount if entry.amount is not None else op.amount,
                    units=entry.units,
                    rule=entry.rule,
                    reason=entry.reason,
                    reward_id=entry.reward_id,
                    staff_id=entry.staff_id,
                    till=entry.till,
                    ref_code=entry.ref_code,
                    created_at=entry.created_at,
                    expires_at=entry.expires_at,
                    voided=op.voided_by_id is not None,
                )
                for entry, op in uow.ledger.history(found.id, limit)
            )

    def recent_at_till(self, *, actor: Actor, limit: int = 10) -> tuple[RecentTransaction, ...]:
        """The latest transactions at the actor's till, each saying whether they may void it."""
        with self._ctx.uow.read() as uow:
            window = self._ctx.settings(uow).rules.void_window_minutes
            now = self._ctx.now()
            rows = uow.operations.recent_at_till(actor.till, limit)
            items = []
            for op, customer in rows:
                check = check_void(
                    kind=op.kind,
                    voided=op.voided_by_id is not None,
                    till=op.till,
                    created_at=op.created_at,
                    actor=actor,
                    window_minutes=window,
                    now=now,
                )
                items.append(
                    RecentTransaction(
                        transaction_id=op.id,
                        kind=op.kind,
                        customer_id=str(customer.uuid) if customer else None,
                        customer_name=customer.name if customer else "",
                        points=op.points,
                        created_at=op.created_at,
                        voided=op.voided_by_id is not None,
                        voidable=check is VoidCheck.ALLOWED,
                        void_check=check,
                    )
                )
            return tuple(items)
