"""Sending one claimed outbox row to the provider: link the customer if needed, make sure a
provider without idempotency keys never applies a row twice, and call the right method.

Each function returns the row's outcome or raises a SyncError; the worker maps errors to
retries, problems and pauses.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from loyaltydesk.domain.sync_settings import OutboxState, SyncAction
from loyaltydesk.services.sync_dto import NewLink, OutboxItem, Outcome, Problem, Retry, Sent
from loyaltydesk.services.sync_queue import SyncQueue
from loyaltydesk.sync.provider import (
    Adjust,
    Capability,
    Earn,
    IdentifierKind,
    NewCustomer,
    Posted,
    Provider,
    ProviderRefusedError,
    Redeem,
    RetryLaterError,
    VoucherBatchSpec,
    VoucherUse,
)

T = TypeVar("T")
Call = Callable[[Callable[[], T]], T]
"""Runs one provider call under the rate control (the worker's ``_call``)."""
RetryAt = Callable[[OutboxItem, RetryLaterError, "int | None"], Retry]
"""The worker's retry outcome for a row, given the remote balance read before the attempt."""

BALANCE_CHECKED = frozenset(
    {SyncAction.EARN, SyncAction.REDEEM, SyncAction.ADJUST, SyncAction.REVERSE}
)


def send(
    queue: SyncQueue, provider: Provider, item: OutboxItem, call: Call, retry: RetryAt
) -> Outcome:
    """The row's outcome; a SyncError the worker maps (retry, problem, pause) propagates."""
    if item.action is SyncAction.VOUCHER_BATCH:
        return create_batch(provider, item, call)
    remote_id = item.remote_id
    if item.customer_id is not None and remote_id is None:
        link = find_or_register(queue, provider, item.customer_id, call)
        # Kept at once: a customer registered at the provider is never registered twice.
        queue.save_link(link)
        remote_id = link.remote_id
    if item.action is SyncAction.REGISTER:
        return Sent(item.item_id, remote_ref=remote_id)
    if item.action is SyncAction.REVERSE and item.reverses_state is not OutboxState.SENT:
        return Problem(
            item.item_id,
            "ORIGINAL_NOT_SENT",
            "The operation this void undoes never reached the provider.",
        )
    if not provider.idempotent and item.action in BALANCE_CHECKED and remote_id:
        return _checked(queue, provider, item, remote_id, call, retry)
    return _sent(item, call(lambda: post(provider, item, remote_id or "")))


def _checked(
    queue: SyncQueue,
    provider: Provider,
    item: OutboxItem,
    remote_id: str,
    call: Call,
    retry: RetryAt,
) -> Outcome:
    """Exactly once without idempotency keys: after an attempt that may have been applied, the
    balance tells (moved by the expected points: applied; unchanged: not; else a problem)."""
    now = call(lambda: provider.balance(remote_id)).points
    if item.ambiguous and item.balance_before is not None:
        expected = expected_change(provider, item)
        moved = now - item.balance_before
        if moved != 0 and (moved == expected or (expected is None and moved > 0)):
            return Sent(item.item_id, remote_balance=now)
        if moved != 0:
            return Problem(
                item.item_id,
                "SYNC_UNCERTAIN",
                f"Cannot tell whether this reached the provider: its balance moved by {moved}, "
                f"not {expected}. Check the customer there, then retry or dismiss.",
            )
    queue.mark_sending(item.item_id, balance_before=now)
    try:
        posted = call(lambda: post(provider, item, remote_id))
    except RetryLaterError as error:
        return retry(item, error, now)
    return _sent(item, posted)


def expected_change(provider: Provider, item: OutboxItem) -> int | None:
    """How the remote balance moves if the row applies; None when the provider computes it."""
    by_amount = item.amount is not None or item.units is not None
    if item.action is SyncAction.EARN and by_amount and _computes(provider):
        return None
    return item.points


def post(provider: Provider, item: OutboxItem, remote_id: str) -> Posted:
    action = item.action
    if action is SyncAction.EARN:
        by_amount = (item.amount is not None or item.units is not None) and _computes(provider)
        if item.points == 0 and not by_amount:
            return Posted()  # nothing to credit anywhere
        return provider.earn(
            Earn(remote_id, item.reference, item.points, item.amount, item.units, "check-in")
        )
    if action is SyncAction.REDEEM:
        return provider.redeem(
            Redeem(remote_id, item.reference, -item.points, item.reason, item.payment_value)
        )
    if action is SyncAction.ADJUST:
        return provider.adjust(Adjust(remote_id, item.reference, item.points, item.reason))
    if action is SyncAction.REVERSE:
        return provider.adjust(
            Adjust(
                remote_id,
                item.reference,
                item.points,
                item.reason or "void",
                reverses=item.reverses_action.value if item.reverses_action else None,
                original_reference=item.reverses_reference,
                original_remote_ref=item.reverses_remote_ref,
            )
        )
    if action is SyncAction.VOUCHER_REDEEM:
        return provider.redeem_voucher(
            VoucherUse(remote_id, item.voucher_code or "", item.reference, item.purchase_amount)
        )
    raise ValueError(action)


def create_batch(provider: Provider, item: OutboxItem, call: Call) -> Outcome:
    batch = item.voucher_batch
    if batch is None:
        return Problem(item.item_id, "BATCH_MISSING", "The voucher batch no longer exists.")
    spec = VoucherBatchSpec(
        name=batch.name,
        type=batch.type,
        value=batch.value,
        quantity=batch.quantity,
        valid_from=batch.valid_from.date() if batch.valid_from else None,
        valid_until=batch.valid_until.date() if batch.valid_until else None,
        min_purchase=batch.min_purchase,
    )
    made = call(lambda: provider.create_voucher_batch(spec))
    return Sent(item.item_id, remote_ref=made.batch_id, voucher_codes=made.codes)


def find_or_register(queue: SyncQueue, provider: Provider, customer_id: str, call: Call) -> NewLink:
    """The customer's remote account: by phone, email or short code, else registered there."""
    who = queue.identity(customer_id)
    capabilities = provider.capabilities
    tries = (
        (IdentifierKind.PHONE, who.phone, Capability.RESOLVE_PHONE),
        (IdentifierKind.EMAIL, who.email, Capability.RESOLVE_EMAIL),
        (IdentifierKind.CODE, who.short_code, Capability.RESOLVE_CODE),
    )
    for kind, value, capability in tries:
        if value and capability in capabilities:
            found = call(lambda k=kind, v=value: provider.resolve(k, v))
            if found is not None:
                return NewLink(customer_id, found.remote_id, found.balance)
    if Capability.REGISTER not in capabilities:
        raise ProviderRefusedError(
            "The provider knows no such customer and cannot register one from here.",
            code="CUSTOMER_NOT_LINKED",
        )
    new = NewCustomer(who.name, who.phone, who.email, who.birth_date, who.short_code)
    made = call(lambda: provider.register(new))
    return NewLink(customer_id, made.remote_id, made.balance)


def _sent(item: OutboxItem, posted: Posted) -> Sent:
    return Sent(item.item_id, posted.remote_ref, posted.points, posted.balance)


def _computes(provider: Provider) -> bool:
    return Capability.EARN_BY_AMOUNT in provider.capabilities
