"""One helper for what every mutation leaves behind: its audit entry and, when the shop syncs
with a hosted loyalty service, its outbox row, both in the caller's unit of work (one commit).

Nothing is queued when sync is not configured, so history from before ``sync setup`` is never
pushed; a replayed ref_code never reaches here, so it queues nothing new.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from loyaltydesk.domain.ledger import OperationKind
from loyaltydesk.domain.staff import Actor
from loyaltydesk.domain.sync_settings import PROVIDERS, OutboxState, SyncAction
from loyaltydesk.services.dto import TransactionResult
from loyaltydesk.services.sync_state import configured_provider
from loyaltydesk.store.models import Customer, Operation
from loyaltydesk.store.unit_of_work import UnitOfWork

VOUCHER_LANE = "vouchers"

#: The provider action for each local operation that is forwarded.
ACTION_OF: dict[str, SyncAction] = {
    OperationKind.CHECK_IN: SyncAction.EARN,
    OperationKind.REDEEM_REWARD: SyncAction.REDEEM,
    OperationKind.PAY_WITH_POINTS: SyncAction.REDEEM,
    OperationKind.ADJUST: SyncAction.ADJUST,
    OperationKind.VOID: SyncAction.REVERSE,
    OperationKind.REGISTER: SyncAction.REGISTER,
    OperationKind.VOUCHER_REDEEM: SyncAction.VOUCHER_REDEEM,
}


@dataclass(frozen=True)
class Outbound:
    """What a mutation asks to be sent to the provider (values only, no personal data)."""

    action: SyncAction
    ref_code: str
    operation_id: int | None = None
    customer: Customer | None = None
    points: int = 0
    amount: Decimal | None = None
    units: int | None = None
    payment_value: Decimal | None = None
    reason: str = ""
    voucher_code: str | None = None
    voucher_batch_id: int | None = None
    purchase_amount: Decimal | None = None
    reverses_ref: str | None = None
    reverses_action: SyncAction | None = None


def record_mutation(
    uow: UnitOfWork,
    *,
    at: datetime,
    actor: Actor | None,
    action: str,
    target_type: str = "",
    target_id: str = "",
    details: dict[str, Any] | None = None,
    outbound: Outbound | None = None,
    till: str = "system",
) -> str | None:
    """Record the audit entry of a mutation and queue its outbox row (when sync is set up).
    Returns the provider the row was queued for, or None when nothing was queued.

    The entry names the actor and the actor's till; without an actor (the shop's setup, the
    expiry sweep, a wrong PIN) it names ``till``. This is the one place services write the
    audit log: no service calls ``uow.audit.record`` itself."""
    uow.audit.record(
        at=at,
        staff_id=actor.staff_id if actor else None,
        till=actor.till if actor else till,
        action=action,
        target_type=target_type,
        target_id=target_id,
        details=details,
    )
    if outbound is None:
        return None
    return queue(uow, outbound, at)


def queue(uow: UnitOfWork, outbound: Outbound, now: datetime) -> str | None:
    provider = configured_provider(uow)
    if provider is None:
        return None
    voucher_row = outbound.action in (SyncAction.VOUCHER_BATCH, SyncAction.VOUCHER_REDEEM)
    if voucher_row and not PROVIDERS[provider].vouchers:
        return None
    customer = outbound.customer
    uow.sync.insert(
        {
            "provider": provider,
            "ref_code": outbound.ref_code,
            "operation_id": outbound.operation_id,
            "customer_id": customer.id if customer else None,
            "lane": f"c{customer.id}" if customer else VOUCHER_LANE,
            "action": outbound.action.value,
            "points": outbound.points,
            "amount": outbound.amount,
            "units": outbound.units,
            "payment_value": outbound.payment_value,
            "reason": outbound.reason[:200],
            "voucher_code": outbound.voucher_code,
            "voucher_batch_id": outbound.voucher_batch_id,
            "purchase_amount": outbound.purchase_amount,
            "reverses_ref": outbound.reverses_ref,
            "reverses_action": outbound.reverses_action.value if outbound.reverses_action else None,
            "state": OutboxState.PENDING.value,
            "attempts": 0,
            "next_attempt_at": now,
            "ambiguous": False,
            "last_error_code": "",
            "last_error_message": "",
            "created_at": now,
            "resolved_reason": "",
        }
    )
    return provider


def reversal(
    uow: UnitOfWork,
    original: Operation,
    void: TransactionResult,
    customer: Customer,
    reason: str,
) -> Outbound | None:
    """The REVERSE of a voided operation, if that operation was queued for the provider; an
    operation from before sync was set up was never sent, so its void is not sent either."""
    queued = uow.sync.by_ref(original.ref_code)
    if queued is None:
        return None
    return Outbound(
        action=SyncAction.REVERSE,
        ref_code=void.ref_code,
        operation_id=void.transaction_id,
        customer=customer,
        points=void.points,
        reason=reason,
        reverses_ref=original.ref_code,
        reverses_action=SyncAction(queued.action),
    )


def points_outbound(result: TransactionResult, customer: Customer, reason: str = "") -> Outbound:
    """The outbox values of a check-in, redemption, points payment or adjustment."""
    return Outbound(
        action=ACTION_OF[result.kind],
        ref_code=result.ref_code,
        operation_id=result.transaction_id,
        customer=customer,
        points=result.points,
        amount=result.amount,
        units=result.units,
        payment_value=result.payment_value,
        reason=reason or result.reward_title or "",
    )


def voucher_batch_outbound(batch_id: int) -> Outbound:
    return Outbound(
        SyncAction.VOUCHER_BATCH, f"voucher-batch:{batch_id}", voucher_batch_id=batch_id
    )


def voucher_use_outbound(
    ref_code: str,
    operation_id: int,
    code: str,
    purchase_amount: Decimal | None,
    customer: Customer | None = None,
) -> Outbound:
    """A voucher's use; with ``customer`` it goes in that customer's lane, linked first."""
    return Outbound(
        SyncAction.VOUCHER_REDEEM,
        ref_code,
        operation_id=operation_id,
        customer=customer,
        voucher_code=code,
        purchase_amount=purchase_amount,
    )
