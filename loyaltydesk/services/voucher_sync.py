"""Vouchers when the shop syncs with a service that holds them too (KiriMel): the service makes
a batch's codes, so a batch waits for them before it can be printed or exported, and a
redemption names the customer, as the service requires."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import replace

from loyaltydesk.domain.errors import ErrorCode, RefusedError
from loyaltydesk.domain.sync_settings import PROVIDERS, OutboxState
from loyaltydesk.services.sync_state import configured_provider
from loyaltydesk.services.voucher_dto import VoucherBatchSummary
from loyaltydesk.store.models import Customer
from loyaltydesk.store.unit_of_work import UnitOfWork

LOCAL, WAITING, READY, REFUSED = "LOCAL", "WAITING", "READY", "REFUSED"
_STATE_OF = {
    OutboxState.PENDING.value: WAITING,
    OutboxState.SENT.value: READY,
    OutboxState.PROBLEM.value: REFUSED,
    OutboxState.DISMISSED.value: REFUSED,
}


def codes_states(uow: UnitOfWork, batch_ids: Sequence[int]) -> dict[int, tuple[str, str]]:
    """Each batch queued for a service: its ``codes_state`` and the service's name."""
    if not batch_ids:
        return {}
    return {
        batch_id: (_STATE_OF.get(state, WAITING), provider)
        for batch_id, state, provider in uow.sync.voucher_batch_rows(batch_ids)
    }


def with_codes_state(
    uow: UnitOfWork, summaries: Sequence[VoucherBatchSummary]
) -> tuple[VoucherBatchSummary, ...]:
    states = codes_states(uow, [s.batch_id for s in summaries])
    return tuple(
        replace(s, codes_state=state, codes_from=provider)
        for s in summaries
        for state, provider in [states.get(s.batch_id, (LOCAL, ""))]
    )


def _state(uow: UnitOfWork, batch_id: int) -> str:
    return codes_states(uow, [batch_id]).get(batch_id, (LOCAL, ""))[0]


def awaiting_codes(uow: UnitOfWork, batch_id: int) -> bool:
    """The batch's codes are placeholders: the service has not sent (or refused) its own."""
    return _state(uow, batch_id) in {WAITING, REFUSED}


def require_real_codes(uow: UnitOfWork, batch_id: int) -> None:
    """Refuse to print or export codes the service does not know (yet)."""
    state = _state(uow, batch_id)
    if state == WAITING:
        raise RefusedError(
            "The loyalty service has not sent this batch's codes yet: it prints once they come.",
            code=ErrorCode.VOUCHER_CODES_PENDING,
        )
    if state == REFUSED:
        raise RefusedError(
            "The loyalty service refused this batch (see Sync problems): its codes would not "
            "work there, so they are not printed.",
            code=ErrorCode.VOUCHER_CODES_PENDING,
        )


def voucher_customer(uow: UnitOfWork, customer_id: str | None) -> Customer | None:
    """The customer a redemption is for. A service that holds vouchers (KiriMel) needs one, so
    without it the redemption is refused before anything is recorded."""
    customer = None
    if customer_id:
        customer = uow.customers.find_by("uuid", uuid.UUID(customer_id))
        if customer is None:
            raise RefusedError("No customer found.", code=ErrorCode.CUSTOMER_NOT_FOUND)
    provider = configured_provider(uow)
    if customer is None and provider is not None and PROVIDERS[provider].vouchers:
        raise RefusedError(
            "Scan the customer's member card first: the loyalty service needs to know who "
            "uses the voucher.",
            code=ErrorCode.CUSTOMER_REQUIRED,
        )
    return customer
