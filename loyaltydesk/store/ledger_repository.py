"""The ledger: points lots in, FIFO debits out, and the allocations that tie them together.

Entries and allocations are append-only rows, so they are written with Core inserts on the unit
of work's connection, never through the ORM's flush: on a counter commit the flush machinery
cost more than the SQLite commit itself. Reads that feed a commit go the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, func, insert, select, update

from loyaltydesk.domain.ledger import EntryKind, Lot, soonest_expiry
from loyaltydesk.store.models import Allocation, LedgerEntry, Operation
from loyaltydesk.store.repositories import Repository

_OPEN_LOTS_BY_EXPIRY = (
    select(LedgerEntry.expires_at, LedgerEntry.remaining)
    .where(
        LedgerEntry.customer_id == bindparam("customer_id"),
        LedgerEntry.remaining > 0,
        LedgerEntry.expires_at.is_not(None),
    )
    .order_by(LedgerEntry.expires_at)
    .limit(50)
)
_LOT_COLUMNS = (
    LedgerEntry.id,
    LedgerEntry.remaining,
    LedgerEntry.created_at,
    LedgerEntry.expires_at,
)
_OPEN_LOTS = select(*_LOT_COLUMNS).where(
    LedgerEntry.customer_id == bindparam("customer_id"), LedgerEntry.remaining > 0
)
_CUSTOMER_DUE_LOTS = (
    select(*_LOT_COLUMNS)
    .where(
        LedgerEntry.customer_id == bindparam("customer_id"),
        LedgerEntry.remaining > 0,
        LedgerEntry.expires_at <= bindparam("now"),
    )
    .order_by(LedgerEntry.id)
)
_INSERT_ENTRY = insert(LedgerEntry)
_INSERT_ALLOCATION = insert(Allocation)
_LOT_ID = bindparam("lot_id")
_TAKE_FROM_LOT = (
    update(LedgerEntry)
    .where(LedgerEntry.id == _LOT_ID)
    .values(remaining=LedgerEntry.remaining - bindparam("points"))
)
_GIVE_BACK_TO_LOT = (
    update(LedgerEntry)
    .where(LedgerEntry.id == _LOT_ID)
    .values(remaining=LedgerEntry.remaining + bindparam("points"))
)
_ALLOCATIONS_OF = select(Allocation.lot_entry_id, Allocation.points).where(
    Allocation.debit_entry_id == bindparam("entry_id")
)


class LedgerRepository(Repository):
    # -- writes (Core) ----------------------------------------------------------------------------

    def insert(self, values: dict[str, Any]) -> int:
        """A new entry; its id."""
        return int(self.execute(_INSERT_ENTRY, values).inserted_primary_key[0])

    def insert_allocations(self, debit_entry_id: int, shares: Sequence[tuple[int, int]]) -> None:
        """``(lot id, points)`` shares of a debit, each taken from its lot."""
        if not shares:
            return
        self.execute(_TAKE_FROM_LOT, [{"lot_id": lot, "points": p} for lot, p in shares])
        self.execute(
            _INSERT_ALLOCATION,
            [{"debit_entry_id": debit_entry_id, "lot_entry_id": lot, "points": p}
             for lot, p in shares],
        )  # fmt: skip

    def give_back_to_lot(self, entry_id: int, points: int) -> None:
        self.execute(_GIVE_BACK_TO_LOT, {"lot_id": entry_id, "points": points})

    # -- reads ------------------------------------------------------------------------------------

    def open_lots(self, customer_id: int) -> list[Lot]:
        return [Lot(*row) for row in self.execute(_OPEN_LOTS, {"customer_id": customer_id})]

    def entries_of(self, operation_id: int) -> Sequence[LedgerEntry]:
        query = select(LedgerEntry).where(LedgerEntry.operation_id == operation_id)
        return self.session.scalars(query.order_by(LedgerEntry.id)).all()

    def allocations_of(self, debit_entry_id: int) -> list[tuple[int, int]]:
        """``(lot id, points)`` of each allocation of a debit."""
        rows = self.execute(_ALLOCATIONS_OF, {"entry_id": debit_entry_id})
        return [(lot, points) for lot, points in rows]

    def expiry_count(self, lot_entry_id: int) -> int:
        query = (
            select(func.count(Allocation.id))
            .join(LedgerEntry, LedgerEntry.id == Allocation.debit_entry_id)
            .where(Allocation.lot_entry_id == lot_entry_id, LedgerEntry.kind == EntryKind.EXPIRE)
        )
        return self.session.scalar(query) or 0

    def soonest_expiry(self, customer_id: int) -> tuple[int, datetime] | None:
        """Points expiring first and when (all lots expiring within a day of the first)."""
        rows = self.session.execute(_OPEN_LOTS_BY_EXPIRY, {"customer_id": customer_id}).all()
        return soonest_expiry([(at, remaining) for at, remaining in rows])

    def due_lots(self, now: datetime, limit: int, customer_id: int | None = None) -> list[Lot]:
        if customer_id is not None:
            rows = self.execute(_CUSTOMER_DUE_LOTS, {"customer_id": customer_id, "now": now})
            return [Lot(*row) for row in rows][:limit]
        query = select(*_LOT_COLUMNS).where(
            LedgerEntry.remaining > 0, LedgerEntry.expires_at <= now
        )
        return [Lot(*row) for row in self.execute(query.order_by(LedgerEntry.id).limit(limit))]

    def lot_remaining(self, entry_id: int) -> int:
        """A lot's points left, read afresh (call with its customer locked)."""
        query = select(LedgerEntry.remaining).where(LedgerEntry.id == entry_id)
        return int(self.session.scalar(query) or 0)

    def lot_owner(self, entry_id: int) -> int:
        return self.session.scalar(
            select(LedgerEntry.customer_id).where(LedgerEntry.id == entry_id)
        )

    def remaining_for(self, customer_id: int) -> int:
        query = select(func.coalesce(func.sum(LedgerEntry.remaining), 0)).where(
            LedgerEntry.customer_id == customer_id, LedgerEntry.remaining > 0
        )
        return int(self.session.scalar(query) or 0)

    def history(self, customer_id: int, limit: int) -> list[tuple[LedgerEntry, Operation]]:
        query = (
            select(LedgerEntry, Operation)
            .join(Operation, Operation.id == LedgerEntry.operation_id)
            .where(LedgerEntry.customer_id == customer_id)
            .order_by(LedgerEntry.created_at.desc(), LedgerEntry.id.desc())
            .limit(limit)
        )
        return [(entry, op) for entry, op in self.session.execute(query)]

    def birthday_bonus_since(self, customer_id: int, since: datetime) -> bool:
        """Whether a birthday bonus was earned since then (a voided one does not count)."""
        query = (
            select(LedgerEntry.id)
            .join(Operation, Operation.id == LedgerEntry.operation_id)
            .where(
                LedgerEntry.customer_id == customer_id,
                LedgerEntry.kind == EntryKind.EARN,
                LedgerEntry.rule == "BIRTHDAY",
                LedgerEntry.created_at >= since,
                Operation.voided_by_id.is_(None),
            )
        )
        return self.execute(query.limit(1)).first() is not None
