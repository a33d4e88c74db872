"""Undoing transactions (voids); the expiry sweep is in ``services/expiry.py``."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy.exc import IntegrityError

from loyaltydesk.domain.earning import replay_tier, tier_for_spend
from loyaltydesk.domain.errors import ErrorCode, PermissionDeniedError, RefusedError
from loyaltydesk.domain.ledger import EntryKind, OperationKind
from loyaltydesk.domain.program import ProgramRules
from loyaltydesk.domain.staff import Actor
from loyaltydesk.domain.voiding import VoidCheck, check_void
from loyaltydesk.services.context import (
    ServiceContext,
    check_ref_code,
    clean_reason,
    replay_or_conflict,
    result_to_json,
)
from loyaltydesk.services.dto import TransactionResult
from loyaltydesk.services.ledger_writer import debit, give_back, open_operation
from loyaltydesk.services.mutation_log import record_mutation, reversal
from loyaltydesk.services.points import TIER_WINDOW
from loyaltydesk.store.models import Customer, Operation
from loyaltydesk.store.unit_of_work import UnitOfWork

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class VoidService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def void(
        self, *, transaction: int | str, reason: str, actor: Actor, ref_code: str
    ) -> TransactionResult:
        """Undo a check-in, redemption, payment or adjustment with REVERSAL entries.

        Every effect goes: points return to or leave the very lots they came from; a check-in's
        qualifying spend no longer counts, so the tier is worked out again without it (it can go
        down), its birthday bonus can be earned again, and "last seen" goes back.
        The void is refused if taking earned points back would leave the balance below zero.
        A cashier may void their own till's transactions within the shop's void window.
        """
        check_ref_code(ref_code)
        reason = clean_reason(reason)
        try:
            with self._ctx.uow.write() as uow:
                target = self._find(uow, transaction)
                replay = replay_or_conflict(uow, ref_code, OperationKind.VOID, target.customer_id)
                if replay is not None:
                    return replay
                settings = self._ctx.settings(uow)
                now = self._ctx.now()
                customer = uow.customers.get(target.customer_id or 0, for_update=True)
                assert customer is not None
                # Read again under the customer's lock: another till may have voided it, or
                # recorded this very void.
                replay = replay_or_conflict(uow, ref_code, OperationKind.VOID, target.customer_id)
                if replay is not None:
                    return replay
                locked = uow.operations.get(target.id, for_update=True)
                assert locked is not None
                target = locked
                self._check_allowed(target, actor, settings.rules, now)
                before = customer.balance
                operation = open_operation(
                    uow,
                    kind=OperationKind.VOID,
                    ref_code=ref_code,
                    customer=customer,
                    actor=actor,
                    now=now,
                    voids_id=target.id,
                )
                for entry in reversed(uow.ledger.entries_of(target.id)):
                    if entry.delta > 0:
                        try:
                            debit(
                                uow,
                                customer,
                                operation,
                                kind=EntryKind.REVERSAL,
                                points=entry.delta,
                                rule=f"VOID {entry.kind}",
                                reason=reason,
                                prefer_lot=entry.id,
                            )
                        except RefusedError as exc:
                            raise RefusedError(
                                "Cannot void: the customer has already spent these points.",
                                code=ErrorCode.INSUFFICIENT_BALANCE,
                                **exc.details,
                            ) from None
                    elif entry.delta < 0:
                        give_back(uow, customer, operation, entry, reason=reason)
                target.voided_by_id = operation.id
                uow.flush()
                if target.kind == OperationKind.CHECK_IN:
                    _undo_tier(uow, settings.rules, customer)
                if customer.last_seen_at == target.created_at:
                    seen = uow.operations.last_seen(customer.id)
                    customer.last_seen_at = seen or customer.joined_at
                points = customer.balance - before
                result = TransactionResult(
                    transaction_id=operation.id,
                    ref_code=ref_code,
                    kind=OperationKind.VOID,
                    customer_id=str(customer.uuid),
                    customer_name=customer.name,
                    points=points,
                    balance=customer.balance,
                    created_at=now,
                    voided_transaction_id=target.id,
                )
                uow.operations.finish(operation.id, points=points, result=result_to_json(result))
                record_mutation(
                    uow,
                    at=now,
                    actor=actor,
                    action="points.void",
                    target_type="transaction",
                    target_id=str(target.id),
                    details={"transaction_id": operation.id, "points": points},
                    outbound=reversal(uow, target, result, customer, reason),
                )
                uow.commit()
                return result
        except IntegrityError:
            with self._ctx.uow.read() as uow:
                replay = replay_or_conflict(uow, ref_code, OperationKind.VOID, None)
            if replay is None:
                raise
            return replay

    def _find(self, uow: UnitOfWork, transaction: int | str) -> Operation:
        operation = None
        if isinstance(transaction, int) or str(transaction).isdigit():
            operation = uow.operations.get(int(transaction))
        if operation is None and isinstance(transaction, str):
            operation = uow.operations.by_ref(transaction)
        if operation is None or operation.customer_id is None:
            raise RefusedError("No such transaction.", code=ErrorCode.TRANSACTION_NOT_FOUND)
        return operation

    def _check_allowed(
        self, target: Operation, actor: Actor, rules: ProgramRules, now: datetime
    ) -> None:
        check = check_void(
            kind=target.kind,
            voided=target.voided_by_id is not None,
            till=target.till,
            created_at=target.created_at,
            actor=actor,
            window_minutes=rules.void_window_minutes,
            now=now,
        )
        match check:
            case VoidCheck.ALLOWED:
                return
            case VoidCheck.ALREADY_VOIDED:
                raise RefusedError(
                    "That transaction was already voided.", code=ErrorCode.ALREADY_VOIDED
                )
            case VoidCheck.NOT_VOIDABLE:
                raise RefusedError(
                    "That kind of transaction cannot be voided.", code=ErrorCode.VOID_NOT_ALLOWED
                )
            case VoidCheck.ADJUSTMENT_NEEDS_OWNER:
                raise PermissionDeniedError("Only an owner can void an adjustment.", why=check)
            case VoidCheck.OTHER_TILL_NEEDS_OWNER:
                raise PermissionDeniedError(
                    "This void needs an owner: it is from another till.", why=check
                )
        raise PermissionDeniedError(
            f"This void needs an owner: it is older than {rules.void_window_minutes} minutes.",
            why=check,
        )


def _undo_tier(uow: UnitOfWork, rules: ProgramRules, customer: Customer) -> None:
    """The tier without the spend of voided check-ins.

    The tier is replayed from before the oldest voided check-in, whose recorded ``tier_before``
    no void can have made stale, through the check-ins that remain; never above the tier now.
    """
    anchor = uow.operations.check_ins(customer.id, _EPOCH, voided=True)[0]
    start = rules.tier_named(json.loads(anchor.result).get("tier_before"))
    remaining = uow.operations.check_ins(customer.id, anchor.created_at - TIER_WINDOW, voided=False)
    replayed = replay_tier(
        rules,
        start or tier_for_spend(rules, Decimal(0)),
        [(op.created_at, op.amount) for op in remaining],
        since=anchor.created_at,
        window=TIER_WINDOW,
    )
    current = rules.tier_named(customer.tier)
    if replayed is not None and (current is None or replayed.min_spend < current.min_spend):
        customer.tier = replayed.name
