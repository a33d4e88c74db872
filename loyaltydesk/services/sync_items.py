"""Turning claimed outbox rows into what the engine sends, and storing what comes back."""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select

from loyaltydesk.domain.sync_settings import OutboxState, SyncAction, reference_for
from loyaltydesk.services.sync_dto import NewLink, OutboxItem, VoucherBatchInfo
from loyaltydesk.store.models import Customer, SyncLink, SyncOutbox, VoucherBatch
from loyaltydesk.store.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)
MAX_VOUCHER_CODE = 12


def build_items(
    uow: UnitOfWork, provider: str, rows: Sequence[SyncOutbox]
) -> tuple[OutboxItem, ...]:
    customer_ids = [row.customer_id for row in rows if row.customer_id is not None]
    uuids: dict[int, str] = {}
    if customer_ids:
        query = select(Customer.id, Customer.uuid).where(Customer.id.in_(set(customer_ids)))
        uuids = {cid: str(cuuid) for cid, cuuid in uow.session.execute(query)}
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
    batch = uow.session.get(VoucherBatch, batch_id)
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
    query = select(Customer.uuid, Customer.id).where(Customer.uuid.in_(wanted))
    local: dict[uuid.UUID, int] = dict(uow.session.execute(query).tuples().all())
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
        if link.remote_balance is not None:
            row.remote_balance, row.balance_read_at = link.remote_balance, now
        saved[link.customer_id] = row
    uow.flush()
    return saved


def store_voucher_codes(uow: UnitOfWork, row: SyncOutbox, codes: Sequence[str]) -> None:
    """The provider made the batch's codes: they replace the local ones, in order, so the
    sheets printed from now on carry codes the provider knows. Codes already redeemed or
    printed keep their local code (the counts must match for anything to change)."""
    if row.voucher_batch_id is None:
        return
    vouchers = list(uow.vouchers.of_batch(row.voucher_batch_id))
    if len(vouchers) != len(codes) or any(len(code) > MAX_VOUCHER_CODE for code in codes):
        log.warning("voucher batch %s: the provider's %s codes do not fit its %s vouchers",
                    row.voucher_batch_id, len(codes), len(vouchers))  # fmt: skip
        return
    for voucher, code in zip(vouchers, codes, strict=True):
        if voucher.status == "ISSUED":
            voucher.code = code
