"""Queries for the owner's pages: all staff, the audit log, rule-change previews."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, distinct, func, select
from sqlalchemy.orm import Session

from loyaltydesk.domain.ledger import OperationKind
from loyaltydesk.store.models import AuditEntry, Customer, LedgerEntry, Operation, Staff


class AdminRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # -- staff ------------------------------------------------------------------------------

    def all_staff(self) -> Sequence[Staff]:
        query = select(Staff).order_by(Staff.active.desc(), Staff.name, Staff.id)
        return self.session.scalars(query).all()

    def staff_for_update(self, staff_id: int) -> Staff | None:
        return self.session.scalars(
            select(Staff).where(Staff.id == staff_id).with_for_update()
        ).first()

    def active_owner_ids(self) -> list[int]:
        query = select(Staff.id).where(Staff.active.is_(True), Staff.role == "OWNER")
        return list(self.session.scalars(query.with_for_update()))

    # -- audit log --------------------------------------------------------------------------

    def audit_page(
        self, filters: Sequence[ColumnElement[bool]], offset: int, limit: int
    ) -> list[tuple[AuditEntry, str | None]]:
        """Entries newest first, each with its staff member's name (None for the system)."""
        query = (
            select(AuditEntry, Staff.name)
            .outerjoin(Staff, Staff.id == AuditEntry.staff_id)
            .where(*filters)
            .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
            .offset(offset)
            .limit(limit)
        )
        return [(entry, name) for entry, name in self.session.execute(query)]

    def audit_count(self, filters: Sequence[ColumnElement[bool]]) -> int:
        query = select(func.count(AuditEntry.id)).where(*filters)
        return int(self.session.scalar(query) or 0)

    def audit_actions(self) -> list[str]:
        query = select(AuditEntry.action).distinct().order_by(AuditEntry.action)
        return list(self.session.scalars(query))

    def audit_tills(self) -> list[str]:
        query = select(AuditEntry.till).distinct().order_by(AuditEntry.till)
        return list(self.session.scalars(query))

    @staticmethod
    def audit_filters(
        *,
        since: datetime | None,
        until: datetime | None,
        staff_id: int | None,
        action_prefix: str | None,
        till: str | None,
    ) -> list[ColumnElement[bool]]:
        filters: list[ColumnElement[bool]] = []
        if since is not None:
            filters.append(AuditEntry.at >= since)
        if until is not None:
            filters.append(AuditEntry.at < until)
        if staff_id is not None:
            filters.append(AuditEntry.staff_id == staff_id)
        if action_prefix:
            escaped = action_prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            filters.append(AuditEntry.action.like(f"{escaped}%", escape="\\"))
        if till:
            filters.append(AuditEntry.till == till)
        return filters

    # -- rule-change previews ---------------------------------------------------------------

    def open_lot_totals(self) -> dict[str, Any]:
        """Customers and points in open lots, and the part of them that never expires."""
        open_lot = LedgerEntry.remaining > 0
        query = select(
            func.count(distinct(LedgerEntry.customer_id)),
            func.coalesce(func.sum(LedgerEntry.remaining), 0),
        ).where(open_lot)
        customers, points = self.session.execute(query).one()
        never = select(
            func.count(distinct(LedgerEntry.customer_id)),
            func.coalesce(func.sum(LedgerEntry.remaining), 0),
        ).where(open_lot, LedgerEntry.expires_at.is_(None))
        never_customers, never_points = self.session.execute(never).one()
        return {
            "customers": int(customers or 0),
            "points": int(points or 0),
            "customers_without_expiry": int(never_customers or 0),
            "points_without_expiry": int(never_points or 0),
        }

    def active_customers(self, since: datetime) -> int:
        """Customers with a check-in (not voided) since ``since``."""
        query = select(func.count(distinct(Operation.customer_id))).where(
            Operation.kind == OperationKind.CHECK_IN,
            Operation.voided_by_id.is_(None),
            Operation.created_at >= since,
        )
        return int(self.session.scalar(query) or 0)

    def total_balance(self) -> int:
        return int(self.session.scalar(select(func.coalesce(func.sum(Customer.balance), 0))) or 0)
