"""Turning claimed outbox rows into what the engine sends, and storing what comes back."""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Sequence
from datetime import datetime

from loyaltydesk.domain.sync_settings import OutboxState, SyncAction, reference_for
from loyaltydesk.services.sync_dto import NewLink, OutboxItem, VoucherBatchInfo
from loyaltydesk.store.models import SyncLink, SyncOutbox
from loyaltydesk.store.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)
MAX_VOUCHER_CODE = 40
"""The voucher.code column (KiriMel's example code is 20 characters)."""


def build_items(
    uow: UnitOfWork, provider: str, rows: Sequence[SyncOutbox]
) -> tuple[OutboxItem, ...]:
    customer_ids = [row.customer_id for row in rows if row.customer_id is not None]
    uuids = uow.customers.uuids_of(customer_ids)
    links = uow.sync.links_of(provider, customer_ids)
    items = []
    for row in rows:
        link = links.get(row.customer_id) if row.customer_id is not None else None
        item = OutboxItem(
            item_id=row.id,
            action=SyncAction(row.action),
            ref_code=row.ref_code,
            reference=reference_for(row.ref_code, row.retries),
            customer_id=uuids.get(row.customer_id) if row.customer_id is not None else None,
            remote_id=link.remote_id if link else None,
            points=row.points,
            amount=row.amount,
            units=row.units,
            payment_value=row.payment_value,
            reason=row.reason,
            voucher_code=row.voucher_code,
            purchase_amount=row.purchase_amount,
            voucher_batch=_batch(uow, row.voucher_batch_id),
            attempts=row.attempts,
            ambiguous=row.ambiguous,
            snapshot=json.loads(row.snapshot) if row.snapshot else None,
            **_reversed(uow, row),
        )
        items.append(item)
    return tuple(items)


def _reversed(uow: UnitOfWork, row: SyncOutbox) -> dict[str, object]:
    if row.action != SyncAction.REVERSE or row.reverses_ref is None:
        return {}
    original = uow.sync.by_ref(row.reverses_ref)
    return {
        "reverses_action": SyncAction(row.reverses_action) if row.reverses_action else None,
        "reverses_reference": reference_for(row.reverses_ref, original.retries if original else 0),
        "reverses_remote_ref": original.remote_ref if original else None,
        "reverses_state": OutboxState(original.state) if original else None,
        "reverses_remote_points": original.remote_points if original else None,
    }


def _batch(uow: UnitOfWork, batch_id: int | None) -> VoucherBatchInfo | None:
    if batch_id is None:
        return None
    batch = uow.vouchers.batch(batch_id)
    if batch is None:
        return None
    return VoucherBatchInfo(
        batch_id=batch.id,
        name=batch.name,
        type=batch.type,
        value=batch.value,
        quantity=batch.quantity,
        valid_from=batch.valid_from,
        valid_until=batch.valid_until,
        min_purchase=batch.min_purchase,
    )


def save_link(uow: UnitOfWork, provider: str, link: NewLink, now: datetime) -> SyncLink | None:
    """Store (or refresh) a customer's link; a remote id already linked to another local
    customer is left alone and logged (the owner sees the row's problem instead)."""
    return save_links(uow, provider, [link], now).get(link.customer_id)


def save_links(
    uow: UnitOfWork, provider: str, links: Sequence[NewLink], now: datetime
) -> dict[str, SyncLink]:
    """``save_link`` for several customers in a handful of statements and one flush (the
    engine stores the links found with a batch of outcomes). Keyed by local customer uuid."""
    if not links:
        return {}
    wanted = {uuid.UUID(link.customer_id) for link in links}
    local = uow.customers.ids_of(list(wanted))
    existing = uow.sync.links_of(provider, list(local.values()))
    taken = uow.sync.links_by_remote(provider, [link.remote_id for link in links])
    saved: dict[str, SyncLink] = {}
    for link in links:
        customer_id = local.get(uuid.UUID(link.customer_id))
        if customer_id is None:
            continue
        owner = taken.get(link.remote_id)
        if owner is not None and owner.customer_id != customer_id:
            log.warning("remote customer already linked to another local customer")
            continue
        row = existing.get(customer_id)
        if row is None:
            row = SyncLink(
                provider=provider, customer_id=customer_id, remote_id=link.remote_id, linked_at=now
            )
            uow.sync.add_link(row)
            existing[customer_id] = row
        elif taken.get(row.remote_id) is row:
            del taken[row.remote_id]
        row.remote_id = link.remote_id
        taken[link.remote_id] = row
        saved[link.customer_id] = row
    uow.flush()
    by_uuid = {link.customer_id: link for link in links}
    for customer_id, row in saved.items():
        balance = by_uuid[customer_id].remote_balance
        if balance is not None:
            record_balance(uow, row, balance, now)
    return saved


def record_balance(uow: UnitOfWork, link: SyncLink, remote: int, now: datetime) -> None:
    """Keep a balance read at the provider beside what it should have been: the local balance
    less the points still waiting to be sent. Neither side is changed; a difference stays for
    the owner to see ("Balances that differ") until a later read agrees."""
    customer = uow.customers.get(link.customer_id)
    if customer is None:
        return
    waiting = uow.sync.pending_points(link.provider, link.customer_id)
    link.remote_balance, link.balance_read_at = remote, now
    link.local_balance = customer.balance - waiting
    if link.local_balance != remote:
        log.info("balance differs at the provider for customer %s", customer.id)


def store_voucher_codes(uow: UnitOfWork, row: SyncOutbox, codes: Sequence[str]) -> str | None:
    """The provider made the batch's codes: they replace the local placeholders, in order, so
    the sheets (printable only from now on) carry codes the provider knows. Returns why they
    cannot be used (a Sync problem for the owner), or None when they were stored."""
    if row.voucher_batch_id is None:
        return None
    vouchers = list(uow.vouchers.of_batch(row.voucher_batch_id))
    if len(vouchers) != len(codes):
        return f"The service made {len(codes)} codes for a batch of {len(vouchers)} vouchers."
    if any(not code or len(code) > MAX_VOUCHER_CODE or code != code.strip() for code in codes):
        return f"The service sent codes longer than {MAX_VOUCHER_CODE} characters or empty."
    if len(set(codes)) != len(codes):
        return "The service sent the same code twice."
    ours = {v.id for v in vouchers}
    if uow.vouchers.code_used_elsewhere(codes, list(ours)):
        return "A code the service sent is already used by another batch here."
    for voucher in vouchers:  # clear first, so a code moving within the batch never collides
        voucher.code = f"~{voucher.id}"
    uow.flush()
    for voucher, code in zip(vouchers, codes, strict=True):
        voucher.code = code
    return None
