"""Queries for the owner's customer administration: filtered pages, bulk import, streamed exports.

Paging stays fast on a million rows by letting an index do the work: text search is a union of
prefix *ranges* (``col >= 'abc' AND col < 'abd'``) over the indexed name key, phone, email and
short code (SQLite's LIKE cannot use a binary index), and deep pages pick ids from an index
first and only then read those rows (a "deferred join"), so OFFSET skips index entries, not rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    false,
    func,
    insert,
    or_,
    select,
    true,
    union_all,
    update,
)
from sqlalchemy.orm import Session

from loyaltydesk.store.models import Customer, LedgerEntry, Operation
from loyaltydesk.store.repositories import add_name_words

SORTABLE = {
    "name": Customer.name_key,
    "short_code": Customer.short_code,
    "balance": Customer.balance,
    "tier": Customer.tier,
    "status": Customer.status,
    "joined": Customer.joined_at,
    "last_seen": Customer.last_seen_at,
}
_IN_CHUNK = 500


@dataclass(frozen=True, slots=True)
class CustomerFilter:
    """A resolved customer query: prefixes already normalised by the service."""

    name_prefix: str = ""
    phone_prefix: str = ""
    email_prefix: str = ""
    code_prefix: str = ""
    state: str | None = None
    """ACTIVE, BLOCKED, ERASED or MERGED; None means every record."""
    tier: str | None = None
    min_balance: int | None = None
    below_balance: int | None = None
    inactive_before: datetime | None = None
    sort: str = "name"
    descending: bool = False

    @property
    def has_text(self) -> bool:
        return bool(self.name_prefix or self.phone_prefix or self.email_prefix or self.code_prefix)


class CustomerAdminRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # -- the customers table ------------------------------------------------------------------

    def count(self, spec: CustomerFilter) -> int:
        query = select(func.count()).select_from(Customer).where(*_conditions(spec))
        return int(self.session.scalar(query) or 0)

    def page(self, spec: CustomerFilter, *, offset: int, limit: int) -> list[Customer]:
        column = SORTABLE[spec.sort]
        order = (column.desc(), Customer.id.desc()) if spec.descending else (column, Customer.id)
        if spec.has_text and spec.sort == "name":
            ids_query = _text_page(spec, column, spec.descending, offset + limit)
        else:
            ids_query = select(Customer.id).where(*_conditions(spec)).order_by(*order)
        ids = list(self.session.scalars(ids_query.offset(offset).limit(limit)))
        if not ids:
            return []
        rows = {c.id: c for c in self.session.scalars(select(Customer).where(Customer.id.in_(ids)))}
        return [rows[i] for i in ids if i in rows]

    def merged_into(self, customer_id: int) -> Sequence[Customer]:
        query = select(Customer).where(Customer.merged_into_id == customer_id)
        return self.session.scalars(query.order_by(Customer.id)).all()

    def repoint_merged(self, old_id: int, new_id: int) -> None:
        self.session.execute(
            update(Customer).where(Customer.merged_into_id == old_id).values(merged_into_id=new_id)
        )

    def uuid_of(self, customer_id: int | None) -> str | None:
        if customer_id is None:
            return None
        value = self.session.scalar(select(Customer.uuid).where(Customer.id == customer_id))
        return None if value is None else str(value)

    # -- ledger and operations of one customer ---------------------------------------------------

    def operations_of(self, customer_ids: Sequence[int]) -> Sequence[Operation]:
        query = select(Operation).where(Operation.customer_id.in_(customer_ids))
        return self.session.scalars(query.order_by(Operation.id)).all()

    def ledger_of(self, customer_ids: Sequence[int]) -> list[tuple[LedgerEntry, Operation]]:
        query = (
            select(LedgerEntry, Operation)
            .join(Operation, Operation.id == LedgerEntry.operation_id)
            .where(LedgerEntry.customer_id.in_(customer_ids))
            .order_by(LedgerEntry.created_at, LedgerEntry.id)
        )
        return [(entry, op) for entry, op in self.session.execute(query)]

    # -- bulk import -----------------------------------------------------------------------------

    def ids_by(self, column: str, values: Iterable[str]) -> dict[str, int]:
        """value -> customer id, for ``phone``, ``email`` or ``short_code``."""
        attribute = {"phone": Customer.phone, "email": Customer.email,
                     "short_code": Customer.short_code}[column]  # fmt: skip
        found: dict[str, int] = {}
        for chunk in _chunks(sorted(set(values))):
            query = select(attribute, Customer.id).where(attribute.in_(chunk))
            found.update((value, cid) for value, cid in self.session.execute(query))
        return found

    def with_operation_kind(self, customer_ids: Iterable[int], kind: str) -> set[int]:
        found: set[int] = set()
        for chunk in _chunks(sorted(set(customer_ids))):
            query = select(Operation.customer_id).where(
                Operation.customer_id.in_(chunk), Operation.kind == kind
            )
            found.update(cid for cid in self.session.scalars(query) if cid is not None)
        return found

    def existing_refs(self, refs: Iterable[str]) -> set[str]:
        found: set[str] = set()
        for chunk in _chunks(sorted(set(refs))):
            query = select(Operation.ref_code).where(Operation.ref_code.in_(chunk))
            found.update(self.session.scalars(query))
        return found

    def insert_customers(self, rows: Sequence[dict[str, Any]]) -> list[int]:
        """Ids of the new customers, in the order given (looked up by their unique short code:
        an INSERT .. RETURNING of a uuid-keyed table would go row by row), with their name
        words."""
        if not rows:
            return []
        self.session.execute(insert(Customer.__table__), list(rows))
        found = self.ids_by("short_code", (r["short_code"] for r in rows))
        ids = [found[r["short_code"]] for r in rows]
        add_name_words(self.session, [(i, r["name_key"]) for i, r in zip(ids, rows, strict=True)])
        return ids

    def insert_operations(self, rows: Sequence[dict[str, Any]]) -> list[int]:
        """Ids of the new operations, in the order given (by their unique ref_code)."""
        if not rows:
            return []
        self.session.execute(insert(Operation.__table__), list(rows))
        found: dict[str, int] = {}
        for chunk in _chunks(sorted(r["ref_code"] for r in rows)):
            query = select(Operation.ref_code, Operation.id).where(Operation.ref_code.in_(chunk))
            found.update((ref, oid) for ref, oid in self.session.execute(query))
        return [found[r["ref_code"]] for r in rows]

    def insert_entries(self, rows: Sequence[dict[str, Any]]) -> None:
        if rows:
            self.session.execute(insert(LedgerEntry.__table__), list(rows))

    # -- streamed exports -------------------------------------------------------------------------

    def customers_after(self, after_id: int, limit: int) -> Sequence[Customer]:
        query = select(Customer).where(Customer.id > after_id).order_by(Customer.id).limit(limit)
        return self.session.scalars(query).all()

    def ledger_after(self, after_id: int, limit: int) -> list[tuple[LedgerEntry, Operation, Any]]:
        """Entries in id order with their operation and the customer's (uuid, short code)."""
        query = (
            select(LedgerEntry, Operation, Customer.uuid, Customer.short_code)
            .join(Operation, Operation.id == LedgerEntry.operation_id)
            .join(Customer, Customer.id == LedgerEntry.customer_id)
            .where(LedgerEntry.id > after_id)
            .order_by(LedgerEntry.id)
            .limit(limit)
        )
        return [(e, op, (cu, code)) for e, op, cu, code in self.session.execute(query)]

    def count_customers(self) -> int:
        return int(self.session.scalar(select(func.count()).select_from(Customer)) or 0)

    def count_entries(self) -> int:
        return int(self.session.scalar(select(func.count()).select_from(LedgerEntry)) or 0)


def _text_page(spec: CustomerFilter, sort: Any, descending: bool, enough: int) -> Select[Any]:
    """Ids of a text search in ``sort`` order, to be cut to a page by the caller.

    One branch per text column, each in sort order and cut at ``enough`` rows (the page's end),
    each leaving out what the branches before it matched, then the union sorted again. By name
    (the usual order) the name branch walks the name index and stops after one page, however
    many thousand names start with "mei": one scan of the whole OR would sort them all first.
    """
    filters = _filters(spec, indexed=False)
    branches, earlier = [], []
    for column, prefix in _text_columns(spec):
        where = [_prefix(column, prefix), *[_outside(c, p) for c, p in earlier], *filters]
        order = (sort.desc(), Customer.id.desc()) if descending else (sort, Customer.id)
        part = select(Customer.id, sort.label("sort")).where(*where).order_by(*order)
        branches.append(select(part.limit(enough).subquery()))
        earlier.append((column, prefix))
    both = union_all(*branches).subquery()
    order = (both.c.sort.desc(), both.c.id.desc()) if descending else (both.c.sort, both.c.id)
    return select(both.c.id).order_by(*order)


def _text_columns(spec: CustomerFilter) -> list[tuple[Any, str]]:
    return [
        (column, value)
        for column, value in (
            (Customer.name_key, spec.name_prefix),
            (Customer.phone, spec.phone_prefix),
            (Customer.email, spec.email_prefix),
            (Customer.short_code, spec.code_prefix),
        )
        if value
    ]


def _conditions(spec: CustomerFilter) -> list[ColumnElement[bool]]:
    if not spec.has_text:
        return _filters(spec, indexed=True)
    ranges = [_prefix(column, value) for column, value in _text_columns(spec)]
    return [or_(*ranges), *_filters(spec, indexed=False)]


def _filters(spec: CustomerFilter, *, indexed: bool) -> list[ColumnElement[bool]]:
    """The filters other than the text. ``indexed=False`` (beside a text search) writes them so
    that no index can serve them: the prefix ranges are the narrow part, and SQLite, without
    statistics, would otherwise walk the status index through every active customer (~3 s)."""
    status: Any = Customer.status if indexed else Customer.status.concat("")
    balance: Any = Customer.balance if indexed else Customer.balance + 0
    found = [_state(spec.state, status)]
    if spec.tier is not None:
        found.append(Customer.tier == spec.tier)
    if spec.min_balance is not None:
        found.append(balance >= spec.min_balance)
    if spec.below_balance is not None:
        found.append(balance < spec.below_balance)
    if spec.inactive_before is not None:
        found.append(
            or_(Customer.last_seen_at.is_(None), Customer.last_seen_at < spec.inactive_before)
        )
    return found


def _state(state: str | None, status: Any) -> ColumnElement[bool]:
    # No condition for "all": an unindexed test on every row would turn the page-open count and
    # deep pages from index-only scans (5-10 ms on a million rows) into table scans (~1 s).
    if state is None:
        return true()
    if state == "MERGED":
        return Customer.merged_into_id.is_not(None)
    if state == "ERASED":
        return and_(Customer.merged_into_id.is_(None), Customer.erased_at.is_not(None))
    if state == "ACTIVE":
        # Erased and merged records are always stored BLOCKED, so ACTIVE needs no more.
        return status == "ACTIVE"
    if state == "BLOCKED":
        return and_(
            status == "BLOCKED",
            Customer.erased_at.is_(None),
            Customer.merged_into_id.is_(None),
        )
    return false()


def _prefix(column: Any, prefix: str) -> ColumnElement[bool]:
    """``column`` starts with ``prefix``, as a range an index can seek (binary order)."""
    return and_(column >= prefix, column < _after(prefix))


def _outside(column: Any, prefix: str) -> ColumnElement[bool]:
    """``column`` does not start with ``prefix`` (or is empty)."""
    return or_(column.is_(None), column < prefix, column >= _after(prefix))


def _after(prefix: str) -> str:
    return prefix[:-1] + chr(min(ord(prefix[-1]) + 1, 0x10FFFF))


def _chunks(values: Sequence[str] | Sequence[int]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), _IN_CHUNK):
        yield values[start : start + _IN_CHUNK]
