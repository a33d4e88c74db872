"""Queries, one repository per aggregate. Rows go back to services, which turn them into DTOs."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, bindparam, func, select, update
from sqlalchemy.orm import Session

from loyaltydesk.domain.ledger import VISIT_KINDS, EntryKind, Lot, OperationKind
from loyaltydesk.store.models import (
    Allocation,
    AuditEntry,
    Customer,
    LedgerEntry,
    Operation,
    Reward,
    Setting,
    SignInThrottle,
    Staff,
)


class _Repository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, row: Any) -> None:
        self.session.add(row)


_FIND_CUSTOMER = {
    name: select(Customer).where(column == bindparam("value"))
    for name, column in {
        "uuid": Customer.uuid,
        "short_code": Customer.short_code,
        "phone": Customer.phone,
        "email": Customer.email,
    }.items()
}
_OPEN_LOTS_BY_EXPIRY = (
    select(LedgerEntry.expires_at, LedgerEntry.remaining)
    .where(
        LedgerEntry.customer_id == bindparam("customer_id"),
        LedgerEntry.remaining > 0,
        LedgerEntry.expires_at.is_not(None),
    )
    .order_by(LedgerEntry.expires_at)
    .limit(50)
)
_LAST_VISITS = (
    select(Operation.created_at)
    .where(
        Operation.customer_id == bindparam("customer_id"),
        Operation.kind == OperationKind.CHECK_IN,
        Operation.voided_by_id.is_(None),
    )
    .order_by(Operation.created_at.desc())
    .limit(bindparam("limit"))
)
_CATALOG_ACTIVE = (
    select(Reward.id, Reward.title, Reward.cost)
    .where(Reward.active.is_(True))
    .order_by(Reward.sort_order, Reward.cost, Reward.id)
)
_SETTING = select(Setting.value).where(Setting.key == bindparam("key"))
_CUSTOMER_FOR_UPDATE = (
    select(Customer)
    .where(Customer.id == bindparam("customer_id"))
    .with_for_update()
    .execution_options(populate_existing=True)
)
_OPERATION_BY_REF = select(Operation).where(Operation.ref_code == bindparam("ref_code"))
_LAST_CHECK_IN = select(func.max(Operation.created_at)).where(
    Operation.customer_id == bindparam("customer_id"),
    Operation.kind == OperationKind.CHECK_IN,
    Operation.voided_by_id.is_(None),
)
_SPEND_SINCE = select(func.sum(Operation.amount)).where(
    Operation.customer_id == bindparam("customer_id"),
    Operation.kind == OperationKind.CHECK_IN,
    Operation.voided_by_id.is_(None),
    Operation.created_at >= bindparam("since"),
)
_LOT_COLUMNS = (
    LedgerEntry.id,
    LedgerEntry.remaining,
    LedgerEntry.created_at,
    LedgerEntry.expires_at,
)
_OPEN_LOTS = select(*_LOT_COLUMNS).where(
    LedgerEntry.customer_id == bindparam("customer_id"), LedgerEntry.remaining > 0
)
_CUSTOMER_DUE_LOTS = (
    select(*_LOT_COLUMNS)
    .where(
        LedgerEntry.customer_id == bindparam("customer_id"),
        LedgerEntry.remaining > 0,
        LedgerEntry.expires_at <= bindparam("now"),
    )
    .order_by(LedgerEntry.id)
)


class CustomerRepository(_Repository):
    def get(self, customer_id: int, *, for_update: bool = False) -> Customer | None:
        """With ``for_update``: lock the row (PostgreSQL) and reload it, so that a value read
        before another till's commit is never written back."""
        if for_update:
            return self.session.scalars(_CUSTOMER_FOR_UPDATE, {"customer_id": customer_id}).first()
        return self.session.get(Customer, customer_id)

    def find_by(self, column: str, value: object) -> Customer | None:
        """By ``uuid``, ``short_code``, ``phone`` or ``email`` (all unique)."""
        return self.session.scalars(_FIND_CUSTOMER[column], {"value": value}).first()

    def search_by_name(self, key_prefix: str, limit: int) -> Sequence[Customer]:
        """Names starting with the prefix (an index range: a LIKE on the folded key could not
        use the index on SQLite), then, to fill the list, names with a later word starting
        with it ("lee" finds "Mei Lee"; that scans the name index, so only from 3 letters).
        Erased and merged records are left out."""
        found = list(
            self.session.scalars(
                self._named()
                .where(
                    Customer.name_key >= key_prefix,
                    Customer.name_key < key_prefix + "\U0010ffff",
                )
                .order_by(Customer.name_key)
                .limit(limit)
            )
        )
        if len(found) < limit and len(key_prefix) >= 3:
            escaped = key_prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            words = self._named().where(Customer.name_key.like(f"% {escaped}%", escape="\\"))
            seen = {c.id for c in found}
            more = self.session.scalars(words.order_by(Customer.name_key).limit(limit))
            found += [c for c in more if c.id not in seen][: limit - len(found)]
        return found

    @staticmethod
    def _named() -> Select[tuple[Customer]]:
        return select(Customer).where(
            Customer.erased_at.is_(None), Customer.merged_into_id.is_(None)
        )

    def short_code_taken(self, code: str) -> bool:
        query = select(Customer.id).where(Customer.short_code == code)
        return self.session.scalar(query) is not None

    def count(self) -> int:
        return self.session.scalar(select(func.count(Customer.id))) or 0


class LedgerRepository(_Repository):
    def open_lots(self, customer_id: int) -> list[Lot]:
        rows = self.session.execute(_OPEN_LOTS, {"customer_id": customer_id})
        return [Lot(*row) for row in rows]

    def take_from_lot(self, entry_id: int, points: int) -> None:
        self.session.execute(
            update(LedgerEntry)
            .where(LedgerEntry.id == entry_id)
            .values(remaining=LedgerEntry.remaining - points)
        )

    def give_back_to_lot(self, entry_id: int, points: int) -> None:
        self.session.execute(
            update(LedgerEntry)
            .where(LedgerEntry.id == entry_id)
            .values(remaining=LedgerEntry.remaining + points)
        )

    def entries_of(self, operation_id: int) -> Sequence[LedgerEntry]:
        query = select(LedgerEntry).where(LedgerEntry.operation_id == operation_id)
        return self.session.scalars(query.order_by(LedgerEntry.id)).all()

    def allocations_of(self, debit_entry_id: int) -> Sequence[Allocation]:
        query = select(Allocation).where(Allocation.debit_entry_id == debit_entry_id)
        return self.session.scalars(query).all()

    def expiry_count(self, lot_entry_id: int) -> int:
        query = (
            select(func.count(Allocation.id))
            .join(LedgerEntry, LedgerEntry.id == Allocation.debit_entry_id)
            .where(Allocation.lot_entry_id == lot_entry_id, LedgerEntry.kind == EntryKind.EXPIRE)
        )
        return self.session.scalar(query) or 0

    def soonest_expiry(self, customer_id: int) -> tuple[int, datetime] | None:
        """Points expiring first and when (all lots expiring within a day of the first)."""
        rows = self.session.execute(_OPEN_LOTS_BY_EXPIRY, {"customer_id": customer_id}).all()
        if not rows:
            return None
        first = rows[0][0]
        day_end = first + timedelta(days=1)
        return sum(remaining for at, remaining in rows if at < day_end), first

    def due_lots(self, now: datetime, limit: int, customer_id: int | None = None) -> list[Lot]:
        if customer_id is not None:
            rows = self.session.execute(
                _CUSTOMER_DUE_LOTS, {"customer_id": customer_id, "now": now}
            )
            return [Lot(*row) for row in rows][:limit]
        query = select(
            LedgerEntry.id, LedgerEntry.remaining, LedgerEntry.created_at, LedgerEntry.expires_at
        ).where(LedgerEntry.remaining > 0, LedgerEntry.expires_at <= now)
        if customer_id is not None:
            query = query.where(LedgerEntry.customer_id == customer_id)
        return [
            Lot(*row) for row in self.session.execute(query.order_by(LedgerEntry.id).limit(limit))
        ]

    def lot_remaining(self, entry_id: int) -> int:
        """A lot's points left, read afresh (call with its customer locked)."""
        query = select(LedgerEntry.remaining).where(LedgerEntry.id == entry_id)
        return int(self.session.scalar(query) or 0)

    def lot_owner(self, entry_id: int) -> int:
        return self.session.scalar(
            select(LedgerEntry.customer_id).where(LedgerEntry.id == entry_id)
        )

    def sum_for(self, customer_id: int) -> int:
        query = select(func.coalesce(func.sum(LedgerEntry.delta), 0)).where(
            LedgerEntry.customer_id == customer_id
        )
        return int(self.session.scalar(query) or 0)

    def remaining_for(self, customer_id: int) -> int:
        query = select(func.coalesce(func.sum(LedgerEntry.remaining), 0)).where(
            LedgerEntry.customer_id == customer_id, LedgerEntry.remaining > 0
        )
        return int(self.session.scalar(query) or 0)

    def history(self, customer_id: int, limit: int) -> list[tuple[LedgerEntry, Operation]]:
        query = (
            select(LedgerEntry, Operation)
            .join(Operation, Operation.id == LedgerEntry.operation_id)
            .where(LedgerEntry.customer_id == customer_id)
            .order_by(LedgerEntry.created_at.desc(), LedgerEntry.id.desc())
            .limit(limit)
        )
        return [(entry, op) for entry, op in self.session.execute(query)]

    def birthday_bonus_since(self, customer_id: int, since: datetime) -> bool:
        """Whether a birthday bonus was earned since then (a voided one does not count)."""
        query = (
            select(LedgerEntry.id)
            .join(Operation, Operation.id == LedgerEntry.operation_id)
            .where(
                LedgerEntry.customer_id == customer_id,
                LedgerEntry.kind == EntryKind.EARN,
                LedgerEntry.rule == "BIRTHDAY",
                LedgerEntry.created_at >= since,
                Operation.voided_by_id.is_(None),
            )
        )
        return self.session.scalar(query.limit(1)) is not None


class OperationRepository(_Repository):
    def by_ref(self, ref_code: str) -> Operation | None:
        return self.session.scalars(_OPERATION_BY_REF, {"ref_code": ref_code}).first()

    def get(self, operation_id: int, *, for_update: bool = False) -> Operation | None:
        if not for_update:
            return self.session.get(Operation, operation_id)
        query = (
            select(Operation)
            .where(Operation.id == operation_id)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
        return self.session.scalars(query).first()

    def last_check_in(self, customer_id: int) -> datetime | None:
        return self.session.scalar(_LAST_CHECK_IN, {"customer_id": customer_id})

    def last_seen(self, customer_id: int) -> datetime | None:
        """When the customer last checked in, redeemed or paid with points (voids not counted)."""
        query = select(func.max(Operation.created_at)).where(
            Operation.customer_id == customer_id,
            Operation.kind.in_(VISIT_KINDS),
            Operation.voided_by_id.is_(None),
        )
        return self.session.scalar(query)

    def last_visits(self, customer_id: int, limit: int) -> list[datetime]:
        params = {"customer_id": customer_id, "limit": limit}
        return list(self.session.scalars(_LAST_VISITS, params))

    def spend_since(self, customer_id: int, since: datetime) -> Decimal:
        params = {"customer_id": customer_id, "since": since}
        return self.session.scalar(_SPEND_SINCE, params) or Decimal(0)

    def check_ins(self, customer_id: int, since: datetime, *, voided: bool) -> list[Operation]:
        """The customer's check-ins from ``since`` on, voided or not voided, oldest first."""
        done = Operation.voided_by_id.is_not(None) if voided else Operation.voided_by_id.is_(None)
        query = select(Operation).where(
            Operation.customer_id == customer_id,
            Operation.kind == OperationKind.CHECK_IN,
            Operation.created_at >= since,
            done,
        )
        return list(self.session.scalars(query.order_by(Operation.created_at, Operation.id)))

    def recent_at_till(self, till: str, limit: int) -> list[tuple[Operation, Customer | None]]:
        query = (
            select(Operation, Customer)
            .outerjoin(Customer, Customer.id == Operation.customer_id)
            .where(Operation.till == till, Operation.kind != OperationKind.EXPIRE)
            .order_by(Operation.created_at.desc(), Operation.id.desc())
            .limit(limit)
        )
        return [(op, customer) for op, customer in self.session.execute(query)]


class RewardRepository(_Repository):
    def catalog(self, *, active_only: bool = True) -> Sequence[Reward]:
        query = select(Reward).order_by(Reward.sort_order, Reward.cost, Reward.id)
        if active_only:
            query = query.where(Reward.active.is_(True))
        return self.session.scalars(query).all()

    def get(self, reward_id: int) -> Reward | None:
        return self.session.get(Reward, reward_id)

    def active_catalog(self) -> list[tuple[int, str, int]]:
        """(id, title, cost) of the active rewards in catalog order."""
        return [(rid, title, cost) for rid, title, cost in self.session.execute(_CATALOG_ACTIVE)]


class SettingsRepository(_Repository):
    def get(self, key: str) -> dict[str, Any] | None:
        raw = self.get_raw(key)
        return None if raw is None else json.loads(raw)

    def get_raw(self, key: str) -> str | None:
        return self.session.scalar(_SETTING, {"key": key})

    def put(self, key: str, value: dict[str, Any], now: datetime) -> None:
        row = self.session.get(Setting, key)
        text = json.dumps(value, sort_keys=True)
        if row is None:
            self.session.add(Setting(key=key, value=text, updated_at=now))
        else:
            row.value = text
            row.updated_at = now


class StaffRepository(_Repository):
    def active(self) -> Sequence[Staff]:
        query = select(Staff).where(Staff.active.is_(True)).order_by(Staff.name, Staff.id)
        return self.session.scalars(query).all()

    def get(self, staff_id: int) -> Staff | None:
        return self.session.get(Staff, staff_id)

    def throttle(self, till: str) -> SignInThrottle:
        row = self.session.get(SignInThrottle, till)
        if row is None:
            row = SignInThrottle(till=till, failures=0, locked_until=None)
            self.session.add(row)
        return row


class AuditRepository(_Repository):
    def record(
        self,
        *,
        at: datetime,
        staff_id: int | None,
        till: str,
        action: str,
        target_type: str = "",
        target_id: str = "",
        details: dict[str, Any] | None = None,
    ) -> None:
        self.session.add(
            AuditEntry(
                at=at,
                staff_id=staff_id,
                till=till,
                action=action,
                target_type=target_type,
                target_id=target_id,
                details=json.dumps(details or {}, sort_keys=True, default=str),
            )
        )
