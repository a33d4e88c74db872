"""Queries, one repository per aggregate. Rows go back to services, which turn them into DTOs."""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    CursorResult,
    Executable,
    Row,
    Select,
    bindparam,
    case,
    delete,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.orm import Session

from loyaltydesk.domain.identifiers import name_tails
from loyaltydesk.domain.ledger import VISIT_KINDS, OperationKind
from loyaltydesk.store.models import (
    AuditEntry,
    Customer,
    CustomerNameWord,
    Operation,
    Reward,
    Setting,
    SignInThrottle,
    Staff,
)


class Repository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, row: Any) -> None:
        self.session.add(row)

    def execute(self, statement: Executable, params: Any = None) -> CursorResult[Any]:
        """Core on the unit of work's connection (its transaction), past the ORM's execution
        layer: for plain rows on the commit path, where that layer costs more than the query."""
        return self.session.connection().execute(statement, params)


_FIND_CUSTOMER = {
    name: select(Customer).where(column == bindparam("value"))
    for name, column in {
        "uuid": Customer.uuid,
        "short_code": Customer.short_code,
        "phone": Customer.phone,
        "email": Customer.email,
    }.items()
}
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
_REWARD_TERMS = select(Reward.id, Reward.title, Reward.cost, Reward.active).where(
    Reward.id == bindparam("reward_id")
)
_CATALOG_ACTIVE = (
    select(Reward.id, Reward.title, Reward.cost)
    .where(Reward.active.is_(True))
    .order_by(Reward.sort_order, Reward.cost, Reward.id)
)
_SETTINGS = select(Setting.key, Setting.value).where(
    Setting.key.in_(bindparam("keys", expanding=True))
)
_CUSTOMER_FOR_UPDATE = (
    select(Customer)
    .where(Customer.id == bindparam("customer_id"))
    .with_for_update()
    .execution_options(populate_existing=True)
)
_OPERATION_BY_REF = select(Operation).where(Operation.ref_code == bindparam("ref_code"))
_RECEIPT = select(Operation.kind, Operation.customer_id, Operation.result).where(
    Operation.ref_code == bindparam("ref_code")
)
_INSERT_OPERATION = insert(Operation)
_FINISH_OPERATION = (
    update(Operation)
    .where(Operation.id == bindparam("operation_id"))
    .values(points=bindparam("points"), result=bindparam("result"))
)
_CUSTOMER_COUNTERS = (
    update(Customer)
    .where(Customer.id == bindparam("customer_id"))
    .values(
        balance=bindparam("balance"),
        tier=bindparam("tier"),
        last_seen_at=bindparam("last_seen_at"),
    )
)
_INSERT_AUDIT = insert(AuditEntry)
_INSERT_NAME_WORDS = insert(CustomerNameWord)
_DELETE_NAME_WORDS = delete(CustomerNameWord).where(
    CustomerNameWord.customer_id == bindparam("customer_id")
)
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
_CHECK_IN_HISTORY = select(
    func.max(Operation.created_at),
    func.sum(case((Operation.created_at >= bindparam("since"), Operation.amount))),
).where(
    Operation.customer_id == bindparam("customer_id"),
    Operation.kind == OperationKind.CHECK_IN,
    Operation.voided_by_id.is_(None),
)


def add_name_words(session: Session, keys: Sequence[tuple[int, str]]) -> None:
    """The name words of new customers: ``(customer id, name key)`` each."""
    rows = [{"customer_id": cid, "tail": tail} for cid, key in keys for tail in name_tails(key)]
    if rows:
        session.connection().execute(_INSERT_NAME_WORDS, rows)


class CustomerRepository(Repository):
    def get(self, customer_id: int, *, for_update: bool = False) -> Customer | None:
        """With ``for_update``: lock the row (PostgreSQL) and reload it, so that a value read
        before another till's commit is never written back."""
        if for_update:
            return self.session.scalars(_CUSTOMER_FOR_UPDATE, {"customer_id": customer_id}).first()
        return self.session.get(Customer, customer_id)

    def find_by(self, column: str, value: object) -> Customer | None:
        """By ``uuid``, ``short_code``, ``phone`` or ``email`` (all unique)."""
        return self.session.scalars(_FIND_CUSTOMER[column], {"value": value}).first()

    def save_counters(self, customer: Customer) -> None:
        """Write the balance, tier and last visit of a customer the session no longer tracks
        (see ``PointsService._run``): one UPDATE instead of a flush."""
        self.execute(
            _CUSTOMER_COUNTERS,
            {"customer_id": customer.id, "balance": customer.balance, "tier": customer.tier,
             "last_seen_at": customer.last_seen_at},
        )  # fmt: skip

    def search_by_name(self, key_prefix: str, limit: int) -> Sequence[Customer]:
        """Names starting with the prefix (an index range: a LIKE on the folded key could not
        use the index on SQLite), then, to fill the list, names with a later word starting
        with it ("lee" finds "Mei Lee"; from 3 letters), through the name words' index.
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
            words = (
                self._named()
                .join(CustomerNameWord, CustomerNameWord.customer_id == Customer.id)
                .where(
                    CustomerNameWord.tail >= key_prefix,
                    CustomerNameWord.tail < key_prefix + "\U0010ffff",
                )
                .order_by(CustomerNameWord.tail, CustomerNameWord.customer_id)
                .limit(limit)
            )
            seen = {c.id for c in found}
            more = sorted(self.session.scalars(words), key=lambda c: (c.name_key, c.id))
            found += [c for c in more if c.id not in seen][: limit - len(found)]
        return found

    def set_name_words(self, customer_id: int, key: str) -> None:
        """Write the name words of a customer's (new) name key; call on every name change."""
        self.execute(_DELETE_NAME_WORDS, {"customer_id": customer_id})
        add_name_words(self.session, [(customer_id, key)])

    @staticmethod
    def _named() -> Select[tuple[Customer]]:
        # "+ 0": never by the merged-into index (nearly every row is NULL there), which SQLite,
        # without statistics, takes over the name ranges: a walk through every customer.
        return select(Customer).where(
            Customer.erased_at.is_(None), (Customer.merged_into_id + 0).is_(None)
        )

    def uuids_of(self, customer_ids: Sequence[int]) -> dict[int, str]:
        """Each customer's uuid (as text) by local id."""
        if not customer_ids:
            return {}
        query = select(Customer.id, Customer.uuid).where(Customer.id.in_(set(customer_ids)))
        return {cid: str(cuuid) for cid, cuuid in self.session.execute(query)}

    def ids_of(self, uuids: Sequence[uuid.UUID]) -> dict[uuid.UUID, int]:
        """Each known customer's local id by uuid (unknown uuids are left out)."""
        query = select(Customer.uuid, Customer.id).where(Customer.uuid.in_(set(uuids)))
        return dict(self.session.execute(query).all())

    def short_code_taken(self, code: str) -> bool:
        query = select(Customer.id).where(Customer.short_code == code)
        return self.session.scalar(query) is not None

    def count(self) -> int:
        return self.session.scalar(select(func.count(Customer.id))) or 0


class OperationRepository(Repository):
    def insert(self, values: dict[str, Any]) -> int:
        """A new operation (a Core insert: it is written at once); its id."""
        return int(self.execute(_INSERT_OPERATION, values).inserted_primary_key[0])

    def finish(self, operation_id: int, *, points: int, result: str) -> None:
        """Record what an operation came to: its points and its result (JSON)."""
        self.execute(
            _FINISH_OPERATION, {"operation_id": operation_id, "points": points, "result": result}
        )

    def receipt(self, ref_code: str) -> tuple[str, int | None, str] | None:
        """``(kind, customer id, result)`` of the operation with this ref_code, if any."""
        row = self.execute(_RECEIPT, {"ref_code": ref_code}).first()
        return None if row is None else (row[0], row[1], row[2])

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

    def check_in_history(
        self, customer_id: int, since: datetime
    ) -> tuple[datetime | None, Decimal]:
        """The customer's last check-in (not voided) and the spend of those from ``since`` on."""
        params = {"customer_id": customer_id, "since": since}
        last, spend = self.execute(_CHECK_IN_HISTORY, params).one()
        return last, spend or Decimal(0)

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


class RewardRepository(Repository):
    def catalog(self, *, active_only: bool = True) -> Sequence[Reward]:
        query = select(Reward).order_by(Reward.sort_order, Reward.cost, Reward.id)
        if active_only:
            query = query.where(Reward.active.is_(True))
        return self.session.scalars(query).all()

    def get(self, reward_id: int) -> Reward | None:
        return self.session.get(Reward, reward_id)

    def terms(self, reward_id: int) -> Row[tuple[int, str, int, bool]] | None:
        """``id``, ``title``, ``cost`` and ``active`` of a reward (a row, not an entity)."""
        return self.execute(_REWARD_TERMS, {"reward_id": reward_id}).first()

    def active_catalog(self) -> list[tuple[int, str, int]]:
        """(id, title, cost) of the active rewards in catalog order."""
        return [(rid, title, cost) for rid, title, cost in self.execute(_CATALOG_ACTIVE)]


class SettingsRepository(Repository):
    """Each key is read once per unit of work (``load`` reads several in one query) and kept,
    with what ``put`` writes, until the unit of work ends."""

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self._raw: dict[str, str | None] = {}

    def load(self, *keys: str) -> None:
        missing = [key for key in keys if key not in self._raw]
        if missing:
            found = dict(self.execute(_SETTINGS, {"keys": missing}).all())
            self._raw.update((key, found.get(key)) for key in missing)

    def get(self, key: str) -> dict[str, Any] | None:
        raw = self.get_raw(key)
        return None if raw is None else json.loads(raw)

    def get_raw(self, key: str) -> str | None:
        self.load(key)
        return self._raw[key]

    def updated_at(self, key: str) -> datetime | None:
        row = self.session.get(Setting, key)
        return None if row is None else row.updated_at

    def put(self, key: str, value: dict[str, Any], now: datetime) -> None:
        row = self.session.get(Setting, key)
        text = json.dumps(value, sort_keys=True)
        if row is None:
            self.session.add(Setting(key=key, value=text, updated_at=now))
        else:
            row.value = text
            row.updated_at = now
        self._raw[key] = text


class StaffRepository(Repository):
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


class AuditRepository(Repository):
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
        self.execute(
            _INSERT_AUDIT,
            {"at": at, "staff_id": staff_id, "till": till, "action": action,
             "target_type": target_type, "target_id": target_id,
             "details": json.dumps(details or {}, sort_keys=True, default=str)},
        )  # fmt: skip
