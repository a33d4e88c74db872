"""Queries on the sync outbox and customer links, including the claim several tills share."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import and_, exists, func, insert, or_, select, update
from sqlalchemy.orm import Session, aliased

from loyaltydesk.domain.sync_settings import OutboxState, SyncAction
from loyaltydesk.store.models import Customer, SyncLink, SyncOutbox

_Older = aliased(SyncOutbox)
_PENDING = OutboxState.PENDING.value
_INSERT_OUTBOX = insert(SyncOutbox)


class SyncRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # -- the outbox ---------------------------------------------------------------------------

    def insert(self, values: dict[str, Any]) -> None:
        """A new outbox row, written at once (a Core insert, as the ledger rows it mirrors)."""
        self.session.connection().execute(_INSERT_OUTBOX, values)

    def voucher_batch_rows(self, batch_ids: Sequence[int]) -> list[tuple[int, str, str]]:
        """(batch id, state, provider) of each queued VOUCHER_BATCH row of these batches."""
        query = select(SyncOutbox.voucher_batch_id, SyncOutbox.state, SyncOutbox.provider).where(
            SyncOutbox.action == SyncAction.VOUCHER_BATCH.value,
            SyncOutbox.voucher_batch_id.in_(set(batch_ids)),
        )
        return [
            (batch_id, state, provider)
            for batch_id, state, provider in self.session.execute(query)
            if batch_id is not None
        ]

    def get(self, item_id: int) -> SyncOutbox | None:
        return self.session.get(SyncOutbox, item_id)

    def get_many(self, item_ids: Sequence[int]) -> list[SyncOutbox]:
        if not item_ids:
            return []
        query = select(SyncOutbox).where(SyncOutbox.id.in_(item_ids))
        return list(self.session.scalars(query))

    def by_ref(self, ref_code: str) -> SyncOutbox | None:
        return self.session.scalars(
            select(SyncOutbox).where(SyncOutbox.ref_code == ref_code)
        ).first()

    def claimable(
        self, *, provider: str, now: datetime, limit: int, skip_locked: bool
    ) -> list[SyncOutbox]:
        """The oldest pending row of each lane, where that row is due and not leased, oldest
        lanes first, locked for this transaction (rows another worker locked are skipped)."""
        older_pending = exists().where(
            _Older.lane == SyncOutbox.lane,
            _Older.state == _PENDING,
            _Older.id < SyncOutbox.id,
        )
        query = (
            select(SyncOutbox)
            .where(
                SyncOutbox.state == _PENDING,
                SyncOutbox.provider == provider,
                SyncOutbox.next_attempt_at <= now,
                or_(SyncOutbox.claimed_until.is_(None), SyncOutbox.claimed_until < now),
                ~older_pending,
            )
            .order_by(SyncOutbox.id)
            .limit(limit)
            .with_for_update(skip_locked=skip_locked, of=SyncOutbox)
            .execution_options(populate_existing=True)
        )
        return list(self.session.scalars(query))

    def counts(self, provider: str) -> dict[str, int]:
        query = (
            select(SyncOutbox.state, func.count(SyncOutbox.id))
            .where(SyncOutbox.provider == provider)
            .where(SyncOutbox.state.in_([_PENDING, OutboxState.PROBLEM.value]))
            .group_by(SyncOutbox.state)
        )
        return {state: int(n) for state, n in self.session.execute(query)}

    def oldest_pending(self, provider: str) -> datetime | None:
        query = select(func.min(SyncOutbox.created_at)).where(
            SyncOutbox.provider == provider, SyncOutbox.state == _PENDING
        )
        return self.session.scalar(query)

    def next_due(self, provider: str) -> datetime | None:
        query = select(func.min(SyncOutbox.next_attempt_at)).where(
            SyncOutbox.provider == provider, SyncOutbox.state == _PENDING
        )
        return self.session.scalar(query)

    def pending_points(self, provider: str, customer_id: int) -> int:
        """The points of a customer's operations not sent yet (they are in the local balance,
        not yet in the provider's)."""
        query = select(func.coalesce(func.sum(SyncOutbox.points), 0)).where(
            SyncOutbox.provider == provider,
            SyncOutbox.customer_id == customer_id,
            SyncOutbox.state == _PENDING,
        )
        return int(self.session.scalar(query) or 0)

    def problems(self, provider: str, limit: int) -> list[tuple[SyncOutbox, Customer | None]]:
        query = (
            select(SyncOutbox, Customer)
            .outerjoin(Customer, Customer.id == SyncOutbox.customer_id)
            .where(SyncOutbox.provider == provider, SyncOutbox.state == OutboxState.PROBLEM)
            .order_by(SyncOutbox.id)
            .limit(limit)
        )
        return [(row, customer) for row, customer in self.session.execute(query)]

    def release_leases(self, worker: str) -> int:
        """Give back every row ``worker`` still holds (it stops; others may take them)."""
        result = self.session.execute(
            update(SyncOutbox)
            .where(SyncOutbox.claimed_by == worker, SyncOutbox.state == _PENDING)
            .values(claimed_by=None, claimed_until=None)
        )
        return int(result.rowcount or 0)  # type: ignore[attr-defined]

    # -- customer links -----------------------------------------------------------------------

    def link_of(self, provider: str, customer_id: int) -> SyncLink | None:
        return self.session.scalars(
            select(SyncLink).where(
                SyncLink.provider == provider, SyncLink.customer_id == customer_id
            )
        ).first()

    def links_of(self, provider: str, customer_ids: Sequence[int]) -> dict[int, SyncLink]:
        if not customer_ids:
            return {}
        query = select(SyncLink).where(
            SyncLink.provider == provider, SyncLink.customer_id.in_(set(customer_ids))
        )
        return {link.customer_id: link for link in self.session.scalars(query)}

    def link_by_remote(self, provider: str, remote_id: str) -> SyncLink | None:
        return self.session.scalars(
            select(SyncLink).where(
                and_(SyncLink.provider == provider, SyncLink.remote_id == remote_id)
            )
        ).first()

    def differences(self, provider: str, limit: int) -> list[tuple[SyncLink, Customer]]:
        """Links whose last balance read disagreed with the local one, latest read first."""
        query = (
            select(SyncLink, Customer)
            .join(Customer, Customer.id == SyncLink.customer_id)
            .where(
                SyncLink.provider == provider,
                SyncLink.remote_balance.is_not(None),
                SyncLink.local_balance.is_not(None),
                SyncLink.remote_balance != SyncLink.local_balance,
            )
            .order_by(SyncLink.balance_read_at.desc(), SyncLink.id)
            .limit(limit)
        )
        return [(link, customer) for link, customer in self.session.execute(query)]

    def links_by_remote(self, provider: str, remote_ids: Sequence[str]) -> dict[str, SyncLink]:
        if not remote_ids:
            return {}
        query = select(SyncLink).where(
            SyncLink.provider == provider, SyncLink.remote_id.in_(set(remote_ids))
        )
        return {link.remote_id: link for link in self.session.scalars(query)}

    def add_link(self, link: SyncLink) -> None:
        self.session.add(link)
