"""The outbox as the sync engine sees it: claim rows, settle their outcomes, link customers.

Every method opens its own unit of work, so the engine may call it from any thread. Outcomes
of several rows and the next claim go into one transaction (``settle``), which keeps SQLite's
commit cost off each row.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from loyaltydesk.domain.errors import ErrorCode, RefusedError
from loyaltydesk.domain.staff import Actor
from loyaltydesk.domain.sync_settings import OutboxState, SyncAction
from loyaltydesk.services.context import ServiceContext
from loyaltydesk.services.sync_adopt import adopt
from loyaltydesk.services.sync_dto import (
    AdoptedCustomer,
    CustomerIdentity,
    NewLink,
    OutboxItem,
    Outcome,
    Problem,
    Release,
    Retry,
    Sent,
    SyncSettings,
)
from loyaltydesk.services.sync_items import (
    build_items,
    record_balance,
    save_link,
    save_links,
    store_voucher_codes,
)
from loyaltydesk.services.sync_state import QueueState, load_settings, load_state, save_state
from loyaltydesk.store.models import SyncLink, SyncOutbox
from loyaltydesk.store.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)

LEASE = timedelta(minutes=2)
MAX_MESSAGE = 300


class SyncQueue:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def now(self) -> datetime:
        """The services' clock: retry times are written and compared in it."""
        return self._ctx.now()

    def settings(self) -> SyncSettings | None:
        with self._ctx.uow.read() as uow:
            return load_settings(uow)

    def state(self) -> QueueState:
        with self._ctx.uow.read() as uow:
            return load_state(uow)

    def claim(self, *, worker: str, limit: int, lease: timedelta = LEASE) -> tuple[OutboxItem, ...]:
        """At most ``limit`` rows for ``worker``: the oldest pending row of each customer (and of
        the shop's vouchers), due now, not leased by another worker; none while paused. On
        PostgreSQL the rows are taken with SKIP LOCKED, so workers on several tills each get a
        row exactly once; on SQLite the one writer lock does the same."""
        return self.settle((), worker=worker, claim=limit, lease=lease)

    def settle(
        self,
        outcomes: Sequence[Outcome],
        *,
        worker: str,
        claim: int = 0,
        lease: timedelta = LEASE,
    ) -> tuple[OutboxItem, ...]:
        """Record ``outcomes`` and claim up to ``claim`` more rows, in one transaction (none
        when there is nothing to do: an idle engine writes nothing)."""
        if not outcomes and claim <= 0:
            return ()
        with self._ctx.uow.write() as uow:
            settings = load_settings(uow)
            now = self._ctx.now()
            if outcomes:
                self._apply(uow, settings, outcomes, now)
                uow.flush()  # the claim below must see these rows' new states
            items: tuple[OutboxItem, ...] = ()
            if claim > 0 and settings is not None and not load_state(uow).paused:
                rows = uow.sync.claimable(
                    provider=settings.provider,
                    now=now,
                    limit=claim,
                    skip_locked=self._ctx.uow.dialect == "postgresql",
                )
                for row in rows:
                    row.claimed_by, row.claimed_until = worker, now + lease
                items = build_items(uow, settings.provider, rows)
            uow.commit()
            return items

    def complete(
        self,
        item_id: int,
        *,
        remote_ref: str | None = None,
        remote_points: int | None = None,
        remote_balance: int | None = None,
    ) -> None:
        """The provider accepted the row; its balance afterwards is kept on the customer's link."""
        self.settle([Sent(item_id, remote_ref, remote_points, remote_balance)], worker="")

    def retry_later(
        self,
        item_id: int,
        *,
        at: datetime,
        code: str,
        message: str,
        ambiguous: bool = False,
        snapshot: Mapping[str, Any] | None = None,
    ) -> None:
        self.settle([Retry(item_id, at, code, message, ambiguous, snapshot)], worker="")

    def problem(self, item_id: int, *, code: str, message: str) -> None:
        """Refused for a business reason, or its outcome cannot be told: the owner decides."""
        self.settle([Problem(item_id, code, message)], worker="")

    def mark_sending(self, item_id: int, *, snapshot: Mapping[str, Any]) -> None:
        """Before a call to a provider without idempotency keys: from here the row counts as
        possibly applied (even if this process dies), to be settled against ``snapshot``."""
        with self._ctx.uow.write() as uow:
            row = uow.sync.get(item_id)
            if row is not None and row.state == OutboxState.PENDING:
                row.ambiguous, row.snapshot = True, json.dumps(snapshot)
            uow.commit()

    def pause(self, *, code: str, message: str) -> None:
        """Stop the whole queue until the owner fixes the setup and resumes (a bad key...)."""
        with self._ctx.uow.write() as uow:
            now = self._ctx.now()
            state = load_state(uow)
            save_state(uow, replace(state, pause_code=code, pause_message=message[:MAX_MESSAGE],
                                    paused_at=now), now)  # fmt: skip
            uow.commit()
        log.warning("sync paused: %s", code)

    def release(self, worker: str) -> int:
        """Give back every row ``worker`` still holds."""
        with self._ctx.uow.write() as uow:
            released = uow.sync.release_leases(worker)
            uow.commit()
            return released

    def pending_count(self) -> int:
        with self._ctx.uow.read() as uow:
            settings = load_settings(uow)
            counts = uow.sync.counts(settings.provider) if settings else {}
            return counts.get(OutboxState.PENDING, 0)

    def next_due(self) -> datetime | None:
        """When the earliest pending row may be sent (None: nothing pending)."""
        with self._ctx.uow.read() as uow:
            settings = load_settings(uow)
            return uow.sync.next_due(settings.provider) if settings else None

    def identity(self, customer_id: str) -> CustomerIdentity:
        """Who to link: read now, never copied into the outbox."""
        with self._ctx.uow.read() as uow:
            customer = uow.customers.find_by("uuid", uuid.UUID(customer_id))
            if customer is None:
                raise RefusedError("No customer found.", code=ErrorCode.CUSTOMER_NOT_FOUND)
            return CustomerIdentity(
                customer_id=customer_id,
                name=customer.name,
                phone=customer.phone,
                email=customer.email,
                short_code=customer.short_code,
                birth_date=customer.birth_date,
            )

    def remote_id_of(self, customer_id: str) -> str | None:
        """The customer's id at the configured provider, when linked."""
        with self._ctx.uow.read() as uow:
            settings = load_settings(uow)
            customer = uow.customers.find_by("uuid", uuid.UUID(customer_id))
            if settings is None or customer is None:
                return None
            link = uow.sync.link_of(settings.provider, customer.id)
            return link.remote_id if link else None

    def save_link(self, link: NewLink) -> None:
        with self._ctx.uow.write() as uow:
            settings = load_settings(uow)
            if settings is not None:
                save_link(uow, settings.provider, link, self._ctx.now())
            uow.commit()

    def adopt_customer(
        self,
        *,
        actor: Actor,
        remote_id: str,
        name: str = "",
        phone: str | None = None,
        email: str | None = None,
        remote_balance: int | None = None,
        short_code: str | None = None,
    ) -> AdoptedCustomer:
        """Bring a customer the provider knows into the local store, linked (e.g. a QR from the
        provider's own app scanned at the counter, resolved at the provider). A local customer
        with the same phone or email is linked instead of a new one being made. ``short_code``
        (the provider's, when it has the local shape and is free) becomes the local one."""
        return adopt(self._ctx, actor=actor, remote_id=remote_id, name=name, phone=phone,
                     email=email, remote_balance=remote_balance,
                     short_code=short_code)  # fmt: skip

    # -- applying outcomes --------------------------------------------------------------------

    def _apply(
        self,
        uow: UnitOfWork,
        settings: SyncSettings | None,
        outcomes: Sequence[Outcome],
        now: datetime,
    ) -> None:
        rows = {row.id: row for row in uow.sync.get_many([o.item_id for o in outcomes])}
        live = [
            (rows[o.item_id], o)
            for o in outcomes
            if o.item_id in rows and rows[o.item_id].state == OutboxState.PENDING
        ]
        links: dict[int, SyncLink] = {}
        if settings is not None:
            # The batch's new links, then the links whose remote balance changes: a few
            # statements for the whole batch, not a few per row.
            found = [link for _, o in live if (link := getattr(o, "link", None)) is not None]
            save_links(uow, settings.provider, found, now)
            balances = [row.customer_id for row, o in live
                        if isinstance(o, Sent) and o.remote_balance is not None]  # fmt: skip
            links = uow.sync.links_of(settings.provider, [c for c in balances if c is not None])
        sent = False
        for row, outcome in live:
            row.claimed_by = row.claimed_until = None
            if isinstance(outcome, Sent):
                self._sent(uow, row, outcome, links, now)
                sent = True
            elif isinstance(outcome, Retry):
                row.attempts += 1
                row.next_attempt_at = outcome.at
                row.ambiguous = outcome.ambiguous and outcome.snapshot is not None
                row.snapshot = json.dumps(outcome.snapshot) if row.ambiguous else None
                _error(row, outcome.code, outcome.message)
            elif isinstance(outcome, Problem):
                row.attempts += 1
                row.state = OutboxState.PROBLEM.value
                _error(row, outcome.code, outcome.message)
                log.info("sync problem on outbox row %s: %s", row.id, outcome.code)
            elif not isinstance(outcome, Release):  # pragma: no cover - a typing guard
                raise TypeError(type(outcome).__name__)
        if sent:
            save_state(uow, replace(load_state(uow), last_success=now), now)

    def _sent(
        self,
        uow: UnitOfWork,
        row: SyncOutbox,
        outcome: Sent,
        links: Mapping[int, SyncLink],
        now: datetime,
    ) -> None:
        row.attempts += 1
        row.state = OutboxState.SENT.value
        row.sent_at = now
        row.remote_ref = (outcome.remote_ref or "")[:120] or None
        row.remote_points = outcome.remote_points
        row.ambiguous, row.snapshot = False, None
        row.last_error_code, row.last_error_message = "", ""
        if outcome.remote_balance is not None and row.customer_id is not None:
            link = links.get(row.customer_id)
            if link is not None:
                uow.flush()  # this row is sent: it no longer counts as waiting
                record_balance(uow, link, outcome.remote_balance, now)
        if row.action == SyncAction.VOUCHER_BATCH:
            unusable = store_voucher_codes(uow, row, outcome.voucher_codes)
            if unusable is not None:  # made there, but unusable here: the owner must know
                row.state = OutboxState.PROBLEM.value
                _error(row, "VOUCHER_CODES_UNUSABLE", unusable)
                log.warning("voucher batch %s: the service's codes are unusable", row.id)


def _error(row: SyncOutbox, code: str, message: str) -> None:
    row.last_error_code = (code or "")[:64]
    row.last_error_message = (message or "")[:MAX_MESSAGE]
