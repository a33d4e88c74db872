"""Sending one claimed outbox row to the provider: link the customer if needed, make sure a
provider without idempotency keys never applies a row twice (a snapshot before each attempt,
settled after an ambiguous one), and call the right method.

Each function returns the row's outcome or raises a SyncError; the worker maps errors to
retries, problems and pauses.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any, TypeVar

from loyaltydesk.domain.sync_settings import OutboxState, SyncAction
from loyaltydesk.services.sync_dto import (
    NewLink,
    OutboxItem,
    Outcome,
    Problem,
    Release,
    Retry,
    Sent,
)
from loyaltydesk.services.sync_queue import SyncQueue
from loyaltydesk.sync.provider import (
    Adjust,
    Capability,
    Earn,
    IdentifierKind,
    Mutation,
    NewCustomer,
    Posted,
    Provider,
    ProviderRefusedError,
    Redeem,
    RetryLaterError,
    VoucherBatchSpec,
    VoucherUse,
)
from loyaltydesk.sync.settling import settling_for

T = TypeVar("T")
Call = Callable[[Callable[[], T]], T]
"""Runs one provider call under the rate control (the worker's ``_call``)."""
RetryAt = Callable[[OutboxItem, RetryLaterError, "Mapping[str, Any] | None"], Retry]
"""The worker's retry outcome for a row, given the snapshot taken before the attempt that
failed (None: no attempt was sent this time)."""

BATCH_MAY_EXIST = "BATCH_MAY_EXIST"


def send(
    queue: SyncQueue, provider: Provider, item: OutboxItem, call: Call, retry: RetryAt
) -> Outcome:
    """The row's outcome; a SyncError the worker maps (retry, problem, pause) propagates.

    A customer found at the provider is linked with the row's outcome (one commit for both);
    one registered there is linked at once, in a commit of its own, so a crash before the
    outcome is stored can never register them twice."""
    if item.action is SyncAction.VOUCHER_BATCH:
        return create_batch(provider, item, call)
    if item.customer_id is None or item.remote_id is not None:
        return _linked(queue, provider, item, item.remote_id, call, retry)
    link, registered = find_or_register(queue, provider, item.customer_id, call)
    if registered:
        queue.save_link(link)
    outcome = _linked(queue, provider, item, link.remote_id, call, retry)
    return outcome if registered or isinstance(outcome, Release) else replace(outcome, link=link)


def _linked(
    queue: SyncQueue,
    provider: Provider,
    item: OutboxItem,
    remote_id: str | None,
    call: Call,
    retry: RetryAt,
) -> Outcome:
    if item.action is SyncAction.REGISTER:
        return Sent(item.item_id, remote_ref=remote_id)
    if item.action is SyncAction.REVERSE and item.reverses_state is not OutboxState.SENT:
        return Problem(
            item.item_id,
            "ORIGINAL_NOT_SENT",
            "The operation this void undoes never reached the provider.",
        )
    if item.action is SyncAction.VOUCHER_REDEEM:
        use = VoucherUse(remote_id or "", item.voucher_code or "", item.reference,
                         item.purchase_amount)  # fmt: skip
        return _sent(item, call(lambda: provider.redeem_voucher(use)))
    request = mutation(provider, item, remote_id or "")
    if request is None:
        return Sent(item.item_id)  # a 0-point check-in: nothing to credit anywhere
    if not provider.idempotent and remote_id:
        return _settled(queue, provider, item, request, call, retry)
    return _sent(item, call(lambda: apply(provider, request)))


def _settled(
    queue: SyncQueue,
    provider: Provider,
    item: OutboxItem,
    request: Mutation,
    call: Call,
    retry: RetryAt,
) -> Outcome:
    """Exactly once without idempotency keys: an attempt that may have been applied is settled
    against the snapshot taken before it, and only sent again when it was not applied."""
    settling = settling_for(provider)
    if item.ambiguous and item.snapshot is not None:
        before = item.snapshot
        found = call(lambda: settling.settle(request, before))
        if found is not None:
            return _sent(item, found)
    snapshot = call(lambda: settling.snapshot(request.remote_id))
    queue.mark_sending(item.item_id, snapshot=snapshot)
    try:
        posted = call(lambda: apply(provider, request))
    except RetryLaterError as error:
        return retry(item, error, snapshot if error.ambiguous else None)
    return _sent(item, posted)


def mutation(provider: Provider, item: OutboxItem, remote_id: str) -> Mutation | None:
    """The points call a row makes (None: a check-in with no points to send)."""
    action = item.action
    if action is SyncAction.EARN:
        by_amount = (item.amount is not None or item.units is not None) and _computes(provider)
        if item.points == 0 and not by_amount:
            return None
        return Earn(remote_id, item.reference, item.points, item.amount, item.units, "check-in")
    if action is SyncAction.REDEEM:
        return Redeem(remote_id, item.reference, -item.points, item.reason, item.payment_value)
    if action is SyncAction.ADJUST:
        return Adjust(remote_id, item.reference, item.points, item.reason)
    if action is SyncAction.REVERSE:
        # Reverse what the provider itself credited or took, where it said.
        remote = item.reverses_remote_points
        return Adjust(
            remote_id,
            item.reference,
            -remote if remote is not None else item.points,
            item.reason or "void",
            reverses=item.reverses_action.value if item.reverses_action else None,
            original_reference=item.reverses_reference,
            original_remote_ref=item.reverses_remote_ref,
            original_remote_points=remote,
        )
    raise ValueError(action)


def apply(provider: Provider, request: Mutation) -> Posted:
    if isinstance(request, Earn):
        return provider.earn(request)
    if isinstance(request, Redeem):
        return provider.redeem(request)
    return provider.adjust(request)


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
    try:
        made = call(lambda: provider.create_voucher_batch(spec))
    except RetryLaterError as error:
        if not error.ambiguous:
            raise
        # No provider de-duplicates a batch: sending it again could make a second one.
        return Problem(
            item.item_id,
            BATCH_MAY_EXIST,
            "The voucher batch may have been created at the service; check there. If it is "
            "there, dismiss this; if not, retry it.",
        )
    return Sent(item.item_id, remote_ref=made.batch_id, voucher_codes=made.codes)


def find_or_register(
    queue: SyncQueue, provider: Provider, customer_id: str, call: Call
) -> tuple[NewLink, bool]:
    """The customer's remote account, by phone, email or short code, else registered there
    (then the flag is True)."""
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
                return NewLink(customer_id, found.remote_id, found.balance), False
    if Capability.REGISTER not in capabilities:
        raise ProviderRefusedError(
            "The provider knows no such customer and cannot register one from here.",
            code="CUSTOMER_NOT_LINKED",
        )
    new = NewCustomer(who.name, who.phone, who.email, who.birth_date, who.short_code)
    made = call(lambda: provider.register(new))
    return NewLink(customer_id, made.remote_id, made.balance), True


def _sent(item: OutboxItem, posted: Posted) -> Sent:
    return Sent(item.item_id, posted.remote_ref, posted.points, posted.balance)


def _computes(provider: Provider) -> bool:
    return Capability.EARN_BY_AMOUNT in provider.capabilities
