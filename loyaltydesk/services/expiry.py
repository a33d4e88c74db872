"""The expiry sweep: points past their date become EXPIRE entries, each lot exactly once.

Run at start-up and once a day by the GUI's housekeeping (``ui/housekeeping.py``), by
``loyaltydesk expire`` and by the demo; safe to run on two tills at once (each lot is expired
under its customer's row lock, and an expired lot is no longer due).
"""

from __future__ import annotations

from loyaltydesk.domain.staff import Actor
from loyaltydesk.services.context import ServiceContext
from loyaltydesk.services.dto import ExpiryResult
from loyaltydesk.services.ledger_writer import expire_lot
from loyaltydesk.services.mutation_log import record_mutation

EXPIRY_BATCH = 500


class ExpiryService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def expire_points(self, *, actor: Actor | None = None) -> ExpiryResult:
        """Write EXPIRE entries for every lot past its date, exactly once, in small batches."""
        lots_done = points_done = 0
        customers: set[int] = set()
        while True:
            with self._ctx.uow.write() as uow:
                now = self._ctx.now()
                due = uow.ledger.due_lots(now, limit=EXPIRY_BATCH)
                if not due:
                    break
                for lot in due:
                    customer = uow.customers.get(
                        uow.ledger.lot_owner(lot.entry_id), for_update=True
                    )
                    assert customer is not None
                    expired = expire_lot(uow, customer, lot.entry_id, now, actor)
                    if expired:
                        lots_done += 1
                        points_done += expired
                        customers.add(customer.id)
                if actor is not None or lots_done:
                    record_mutation(
                        uow, at=now, actor=actor, action="points.expire",
                        details={"lots": len(due)},
                    )  # fmt: skip
                uow.commit()
        return ExpiryResult(lots_done, points_done, len(customers))
