"""Writing the ledger inside a unit of work: lots in, FIFO debits out, the balance kept equal.

Operations, entries and allocations are written at once with Core inserts (no ORM flush); the
customer's balance changes on the object given, and its caller writes it (a flush, or
``CustomerRepository.save_counters``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any, Protocol

from loyaltydesk.domain.errors import ErrorCode, RefusedError
from loyaltydesk.domain.ledger import EntryKind, OperationKind, add_months, allocate_fifo
from loyaltydesk.domain.program import ProgramRules
from loyaltydesk.domain.staff import Actor
from loyaltydesk.store.models import Customer, LedgerEntry
from loyaltydesk.store.unit_of_work import UnitOfWork


@dataclass(frozen=True, slots=True)
class OpenOperation:
    """An operation just written; ``OperationRepository.finish`` records what it came to."""

    id: int
    ref_code: str
    kind: str
    staff_id: int | None
    till: str
    created_at: datetime


def open_operation(
    uow: UnitOfWork,
    *,
    kind: OperationKind,
    ref_code: str,
    customer: Customer | None,
    actor: Actor | None,
    now: datetime,
    amount: Decimal | None = None,
    till: str | None = None,
    points: int = 0,
    voids_id: int | None = None,
) -> OpenOperation:
    """Write the operation at once (a reused ref_code fails here, with IntegrityError)."""
    staff_id = actor.staff_id if actor else None
    till = till or (actor.till if actor else "system")
    operation_id = uow.operations.insert(
        {"ref_code": ref_code, "kind": kind, "customer_id": customer.id if customer else None,
         "staff_id": staff_id, "till": till, "created_at": now, "points": points,
         "amount": amount, "result": "{}", "voids_id": voids_id, "voided_by_id": None}
    )  # fmt: skip
    return OpenOperation(operation_id, ref_code, kind, staff_id, till, now)


class Posted(Protocol):
    """What an entry copies from its operation (an ``OpenOperation`` or an ORM ``Operation``)."""

    @property
    def id(self) -> int: ...
    @property
    def ref_code(self) -> str: ...
    @property
    def staff_id(self) -> int | None: ...
    @property
    def till(self) -> str: ...
    @property
    def created_at(self) -> datetime: ...


def credit(
    uow: UnitOfWork,
    customer: Customer,
    operation: Posted,
    *,
    kind: EntryKind,
    points: int,
    rules: ProgramRules,
    rule: str = "",
    reason: str = "",
    amount: Decimal | None = None,
    units: int | None = None,
) -> None:
    """A new lot of ``points`` that expires per the rules (or never)."""
    expires = (
        add_months(operation.created_at, rules.expiry_months)
        if rules.expiry_months is not None
        else None
    )
    entry = _entry(operation, customer, kind, points, rule=rule, reason=reason)
    entry.update(amount=amount, units=units, expires_at=expires, remaining=points)
    uow.ledger.insert(entry)
    customer.balance += points


def debit(
    uow: UnitOfWork,
    customer: Customer,
    operation: Posted,
    *,
    kind: EntryKind,
    points: int,
    rule: str = "",
    reason: str = "",
    reward_id: int | None = None,
    prefer_lot: int | None = None,
) -> None:
    """Take ``points`` from the customer's lots, oldest first (``prefer_lot`` first of all)."""
    lots = uow.ledger.open_lots(customer.id)
    taken: list[tuple[int, int]] = []
    if prefer_lot is not None:
        own = next((lot for lot in lots if lot.entry_id == prefer_lot), None)
        if own is not None and own.remaining > 0:
            first = min(own.remaining, points)
            taken.append((own.entry_id, first))
            lots = [lot for lot in lots if lot.entry_id != prefer_lot]
    left = points - sum(p for _, p in taken)
    if left > 0:
        available = sum(lot.remaining for lot in lots) + (points - left)
        try:
            taken += allocate_fifo(lots, left)
        except RefusedError:
            raise RefusedError(
                f"Not enough points: {available} of {points}.",
                code=ErrorCode.INSUFFICIENT_BALANCE,
                balance=available,
                needed=points,
            ) from None
    entry = _entry(operation, customer, kind, -points, rule=rule, reason=reason)
    entry["reward_id"] = reward_id
    uow.ledger.insert_allocations(uow.ledger.insert(entry), taken)
    customer.balance -= points
    if customer.balance < 0:  # the allocation above makes this impossible; a guard, not a path
        raise RefusedError("Not enough points.", code=ErrorCode.INSUFFICIENT_BALANCE)


def give_back(
    uow: UnitOfWork,
    customer: Customer,
    operation: Posted,
    debit_entry: LedgerEntry,
    *,
    reason: str,
) -> None:
    """Reverse a debit: its points return to the very lots that paid for it."""
    entry = _entry(operation, customer, EntryKind.REVERSAL, -debit_entry.delta, reason=reason)
    entry["rule"] = f"VOID {debit_entry.kind}"
    uow.ledger.insert(entry)
    for lot_id, points in uow.ledger.allocations_of(debit_entry.id):
        uow.ledger.give_back_to_lot(lot_id, points)
    customer.balance += -debit_entry.delta


def expire_due_lots(uow: UnitOfWork, customer: Customer, now: datetime, actor: Actor | None) -> int:
    """Expire this customer's lots that are past their date; returns the points expired."""
    expired = 0
    for lot in uow.ledger.due_lots(now, limit=1000, customer_id=customer.id):
        expired += expire_lot(uow, customer, lot.entry_id, now, actor)
    return expired


def expire_lot(
    uow: UnitOfWork,
    customer: Customer,
    lot_id: int,
    now: datetime,
    actor: Actor | None,
) -> int:
    """Expire what is left of one lot. The customer must be locked: the remaining points are
    read again here, after the lock, not taken from an earlier list."""
    remaining = uow.ledger.lot_remaining(lot_id)
    if remaining <= 0:
        return 0
    # The ref names the lot and how often it expired before, so a sweep that runs twice (or on
    # two tills at once) writes each EXPIRE exactly once.
    ref_code = f"expire:{lot_id}:{uow.ledger.expiry_count(lot_id)}"
    if uow.operations.receipt(ref_code) is not None:
        return 0
    operation = open_operation(
        uow,
        kind=OperationKind.EXPIRE,
        ref_code=ref_code,
        customer=customer,
        actor=actor,
        now=now,
        till=actor.till if actor else "system",
        points=-remaining,
    )
    debit(
        uow,
        customer,
        operation,
        kind=EntryKind.EXPIRE,
        points=remaining,
        rule="EXPIRY",
        reason="points expired",
        prefer_lot=lot_id,
    )
    return remaining


def _entry(
    operation: Posted,
    customer: Customer,
    kind: EntryKind,
    delta: int,
    *,
    rule: str = "",
    reason: str = "",
) -> dict[str, Any]:
    """A ledger row's values (amount, units, lot and reward fields empty)."""
    return {
        "operation_id": operation.id, "customer_id": customer.id, "kind": kind, "delta": delta,
        "amount": None, "units": None, "rule": rule, "reason": reason, "reward_id": None,
        "staff_id": operation.staff_id, "till": operation.till, "ref_code": operation.ref_code,
        "created_at": operation.created_at, "expires_at": None, "remaining": None,
    }  # fmt: skip
