"""Writing the ledger inside a unit of work: lots in, FIFO debits out, the balance kept equal."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from loyaltydesk.domain.errors import ErrorCode, RefusedError
from loyaltydesk.domain.ledger import EntryKind, OperationKind, add_months, allocate_fifo
from loyaltydesk.domain.program import ProgramRules
from loyaltydesk.domain.staff import Actor
from loyaltydesk.store.models import Allocation, Customer, LedgerEntry, Operation
from loyaltydesk.store.unit_of_work import UnitOfWork


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
) -> Operation:
    operation = Operation(
        ref_code=ref_code,
        kind=kind,
        customer_id=customer.id if customer else None,
        staff_id=actor.staff_id if actor else None,
        till=till or (actor.till if actor else "system"),
        created_at=now,
        points=0,
        amount=amount,
        result="{}",
    )
    uow.operations.add(operation)
    uow.flush()
    return operation


def credit(
    uow: UnitOfWork,
    customer: Customer,
    operation: Operation,
    *,
    kind: EntryKind,
    points: int,
    rules: ProgramRules,
    rule: str = "",
    reason: str = "",
    amount: Decimal | None = None,
    units: int | None = None,
) -> LedgerEntry:
    """A new lot of ``points`` that expires per the rules (or never)."""
    expires = (
        add_months(operation.created_at, rules.expiry_months)
        if rules.expiry_months is not None
        else None
    )
    entry = _entry(operation, customer, kind, points, rule=rule, reason=reason)
    entry.amount, entry.units = amount, units
    entry.expires_at, entry.remaining = expires, points
    uow.ledger.add(entry)
    customer.balance += points
    return entry


def debit(
    uow: UnitOfWork,
    customer: Customer,
    operation: Operation,
    *,
    kind: EntryKind,
    points: int,
    rule: str = "",
    reason: str = "",
    reward_id: int | None = None,
    prefer_lot: int | None = None,
) -> LedgerEntry:
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
    entry.reward_id = reward_id
    uow.ledger.add(entry)
    uow.flush()
    for lot_id, share in taken:
        uow.ledger.take_from_lot(lot_id, share)
        uow.ledger.add(Allocation(debit_entry_id=entry.id, lot_entry_id=lot_id, points=share))
    customer.balance -= points
    if customer.balance < 0:  # the allocation above makes this impossible; a guard, not a path
        raise RefusedError("Not enough points.", code=ErrorCode.INSUFFICIENT_BALANCE)
    return entry


def give_back(
    uow: UnitOfWork,
    customer: Customer,
    operation: Operation,
    debit_entry: LedgerEntry,
    *,
    reason: str,
) -> LedgerEntry:
    """Reverse a debit: its points return to the very lots that paid for it."""
    entry = _entry(operation, customer, EntryKind.REVERSAL, -debit_entry.delta, reason=reason)
    entry.rule = f"VOID {debit_entry.kind}"
    uow.ledger.add(entry)
    for allocation in uow.ledger.allocations_of(debit_entry.id):
        uow.ledger.give_back_to_lot(allocation.lot_entry_id, allocation.points)
    customer.balance += -debit_entry.delta
    return entry


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
    if uow.operations.by_ref(ref_code) is not None:
        return 0
    operation = open_operation(
        uow,
        kind=OperationKind.EXPIRE,
        ref_code=ref_code,
        customer=customer,
        actor=actor,
        now=now,
        till=actor.till if actor else "system",
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
    operation.points = -remaining
    operation.result = "{}"
    return remaining


def _entry(
    operation: Operation,
    customer: Customer,
    kind: EntryKind,
    delta: int,
    *,
    rule: str = "",
    reason: str = "",
) -> LedgerEntry:
    return LedgerEntry(
        operation_id=operation.id,
        customer_id=customer.id,
        kind=kind,
        delta=delta,
        rule=rule,
        reason=reason,
        staff_id=operation.staff_id,
        till=operation.till,
        ref_code=operation.ref_code,
        created_at=operation.created_at,
    )
