"""Queries on voucher batches and vouchers, including the one-winner claim of a redemption."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from loyaltydesk.domain.vouchers import VoucherStatus
from loyaltydesk.store.models import Customer, Staff, Voucher, VoucherBatch


class VoucherRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add_batch(self, batch: VoucherBatch) -> None:
        self.session.add(batch)

    def add_vouchers(self, vouchers: Sequence[Voucher]) -> None:
        self.session.add_all(vouchers)

    def batch(self, batch_id: int) -> VoucherBatch | None:
        return self.session.get(VoucherBatch, batch_id)

    def batches(self) -> Sequence[VoucherBatch]:
        """Newest first."""
        query = select(VoucherBatch).order_by(
            VoucherBatch.created_at.desc(), VoucherBatch.id.desc()
        )
        return self.session.scalars(query).all()

    def status_counts(self, batch_ids: Sequence[int] | None = None) -> dict[int, dict[str, int]]:
        """``{batch_id: {status: count}}`` in one grouped query."""
        query = select(Voucher.batch_id, Voucher.status, func.count(Voucher.id)).group_by(
            Voucher.batch_id, Voucher.status
        )
        if batch_ids is not None:
            query = query.where(Voucher.batch_id.in_(batch_ids))
        counts: dict[int, dict[str, int]] = {}
        for batch_id, status, count in self.session.execute(query):
            counts.setdefault(batch_id, {})[status] = int(count)
        return counts

    def by_code(self, code: str) -> tuple[Voucher, VoucherBatch] | None:
        """Exact, case-sensitive match (SQLite's ``=`` and PostgreSQL's are both binary here)."""
        query = (
            select(Voucher, VoucherBatch)
            .join(VoucherBatch, VoucherBatch.id == Voucher.batch_id)
            .where(Voucher.code == code)
        )
        row = self.session.execute(query).first()
        return None if row is None else (row[0], row[1])

    def get(self, voucher_id: int) -> Voucher | None:
        return self.session.get(Voucher, voucher_id)

    def codes_taken(self, codes: Sequence[str]) -> set[str]:
        query = select(Voucher.code).where(Voucher.code.in_(codes))
        return set(self.session.scalars(query))

    def code_used_elsewhere(self, codes: Sequence[str], voucher_ids: Sequence[int]) -> bool:
        """Whether a voucher other than ``voucher_ids`` already has one of ``codes``."""
        query = select(Voucher.id).where(Voucher.code.in_(codes), Voucher.id.not_in(voucher_ids))
        return self.session.scalars(query).first() is not None

    def of_batch(self, batch_id: int, *, status: str | None = None) -> Sequence[Voucher]:
        query = select(Voucher).where(Voucher.batch_id == batch_id)
        if status is not None:
            query = query.where(Voucher.status == status)
        return self.session.scalars(query.order_by(Voucher.id)).all()

    def staff_name(self, staff_id: int | None) -> str | None:
        if staff_id is None:
            return None
        return self.session.scalar(select(Staff.name).where(Staff.id == staff_id))

    def card_holders(self) -> Sequence[Customer]:
        """Customers who can carry a member card: not erased, not merged into another."""
        query = select(Customer).where(
            Customer.erased_at.is_(None), Customer.merged_into_id.is_(None)
        )
        return self.session.scalars(query.order_by(Customer.id)).all()

    def claim(
        self,
        voucher_id: int,
        *,
        at: datetime,
        till: str,
        staff_id: int | None,
        operation_id: int,
        purchase_amount: Decimal,
        discount: Decimal,
    ) -> bool:
        """Mark an ISSUED voucher REDEEMED; False when another till (or a void) got there first.

        One conditional UPDATE: whichever transaction commits first wins, on SQLite and
        PostgreSQL alike, and the loser sees zero rows changed.
        """
        result = self.session.execute(
            update(Voucher)
            .where(Voucher.id == voucher_id, Voucher.status == VoucherStatus.ISSUED)
            .values(
                status=VoucherStatus.REDEEMED,
                redeemed_at=at,
                redeemed_till=till,
                redeemed_by_id=staff_id,
                operation_id=operation_id,
                purchase_amount=purchase_amount,
                discount=discount,
            )
            .execution_options(synchronize_session=False)
        )
        return result.rowcount == 1

    def void_one(self, voucher_id: int, at: datetime) -> bool:
        """ISSUED -> VOID; False if it was no longer ISSUED."""
        result = self.session.execute(
            update(Voucher)
            .where(Voucher.id == voucher_id, Voucher.status == VoucherStatus.ISSUED)
            .values(status=VoucherStatus.VOID, voided_at=at)
            .execution_options(synchronize_session=False)
        )
        return result.rowcount == 1

    def void_issued_of_batch(self, batch_id: int, at: datetime) -> int:
        """Void every still-issued voucher of a batch; redeemed ones stay redeemed."""
        result = self.session.execute(
            update(Voucher)
            .where(Voucher.batch_id == batch_id, Voucher.status == VoucherStatus.ISSUED)
            .values(status=VoucherStatus.VOID, voided_at=at)
            .execution_options(synchronize_session=False)
        )
        return int(result.rowcount)
