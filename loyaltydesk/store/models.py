"""The tables, as SQLAlchemy 2 typed ORM classes. Only the store and services see these."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    Uuid,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from loyaltydesk.domain.customer_fields import Birthday
from loyaltydesk.store.types import Money, UtcDateTime

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

#: A birthday is a month and a day (both or neither), with the full date only beside them.
BIRTHDAY_PARTS = (
    "(birth_month IS NULL AND birth_day IS NULL AND birth_date IS NULL) OR "
    "(birth_month IS NOT NULL AND birth_day IS NOT NULL"
    " AND birth_month BETWEEN 1 AND 12 AND birth_day BETWEEN 1 AND 31)"
)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Setting(Base):
    """Shop settings as JSON documents under a few keys (``shop`` holds profile and rules)."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class Staff(Base):
    __tablename__ = "staff"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    role: Mapped[str] = mapped_column(String(16))
    pin_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class SignInThrottle(Base):
    """Wrong-PIN counting per till, so five wrong PINs lock sign-in there for a minute."""

    __tablename__ = "sign_in_throttle"
    till: Mapped[str] = mapped_column(String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class Customer(Base):
    __tablename__ = "customer"
    __table_args__ = (
        CheckConstraint("balance >= 0", name="balance_not_negative"),
        CheckConstraint(BIRTHDAY_PARTS, name="birthday_parts"),
        Index("ix_customer_name_key", "name_key"),
        # For the owner's customer table: filters and sorts over the whole customer base.
        Index("ix_customer_status", "status"),
        Index("ix_customer_balance", "balance"),
        Index("ix_customer_last_seen", "last_seen_at"),
        Index("ix_customer_merged_into", "merged_into_id"),
        # The owner's text search in name order: its email branch reads only this index.
        Index("ix_customer_email_name", "email", "name_key", "status"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True)
    short_code: Mapped[str] = mapped_column(String(6), unique=True)
    """Upper-case hex; look-ups upper-case their input, so it is case-insensitive."""
    phone: Mapped[str | None] = mapped_column(String(20), unique=True, nullable=True)
    email: Mapped[str | None] = mapped_column(String(254), unique=True, nullable=True)
    name: Mapped[str] = mapped_column(String(120), default="")
    name_key: Mapped[str] = mapped_column(String(120), default="")
    birth_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    """The full birth date, when the year is known (then month and day below match it)."""
    birth_month: Mapped[int | None] = mapped_column(SmallInteger, nullable=True)
    birth_day: Mapped[int | None] = mapped_column(SmallInteger, nullable=True)
    """Month and day of the birthday, with or without a year: all the birthday bonus reads."""
    status: Mapped[str] = mapped_column(String(16), default="ACTIVE")
    tier: Mapped[str | None] = mapped_column(String(40), nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    marketing_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    balance: Mapped[int] = mapped_column(Integer, default=0)
    """Cache of the ledger sum, updated in the same transaction as every entry."""
    joined_at: Mapped[datetime] = mapped_column(UtcDateTime)
    last_seen_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    erased_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    """Set when personal data was erased (GDPR); the anonymised ledger stays."""
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"), nullable=True)
    """Set on the duplicate when two customers were merged; its ledger moved to the survivor."""

    @property
    def birthday(self) -> Birthday | None:
        return Birthday.stored(self.birth_month, self.birth_day, self.birth_date)

    @birthday.setter
    def birthday(self, value: Birthday | None) -> None:
        """Sets (or, with None, clears) all three birthday columns together."""
        self.birth_date = None if value is None else value.full_date
        self.birth_month = None if value is None else value.month
        self.birth_day = None if value is None else value.day


class CustomerNameWord(Base):
    """Each later word of a customer's name key with the rest of the key after it ("ah kow" and
    "kow" for "tan ah kow"), so that a look-up by surname is an index range, not a scan of every
    name. The services write these on every change of a name (``set_name_words``)."""

    __tablename__ = "customer_name_word"
    __table_args__ = (Index("ix_customer_name_word_customer", "customer_id"),)
    tail: Mapped[str] = mapped_column(String(120), primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), primary_key=True)


class Reward(Base):
    __tablename__ = "reward"
    __table_args__ = (CheckConstraint("cost > 0", name="cost_positive"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(80))
    cost: Mapped[int] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Operation(Base):
    """One thing a person did (a check-in, a redemption, a void...), keyed by its ref_code.

    Replaying a ref_code returns ``result`` (the first outcome, as JSON) and writes nothing.
    """

    __tablename__ = "operation"
    __table_args__ = (
        Index("ix_operation_customer_kind_created", "customer_id", "kind", "created_at"),
        Index("ix_operation_till_created", "till", "created_at"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ref_code: Mapped[str] = mapped_column(String(80), unique=True)
    kind: Mapped[str] = mapped_column(String(24))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"), nullable=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    till: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    points: Mapped[int] = mapped_column(Integer, default=0)
    amount: Mapped[Decimal | None] = mapped_column(Money, nullable=True)
    result: Mapped[str] = mapped_column(Text, default="{}")
    voids_id: Mapped[int | None] = mapped_column(ForeignKey("operation.id"), nullable=True)
    voided_by_id: Mapped[int | None] = mapped_column(ForeignKey("operation.id"), nullable=True)


class LedgerEntry(Base):
    """Append-only. Only ``remaining`` (points of a lot not yet spent or expired) ever changes."""

    __tablename__ = "ledger_entry"
    __table_args__ = (
        Index("ix_ledger_customer_created", "customer_id", "created_at"),
        Index(
            "ix_ledger_open_lots",
            "customer_id",
            "expires_at",
            sqlite_where=text("remaining > 0"),
        ),
        Index(
            "ix_ledger_expiring",
            "expires_at",
            sqlite_where=text("remaining > 0"),
        ),
        CheckConstraint("remaining IS NULL OR remaining >= 0", name="remaining_not_negative"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    operation_id: Mapped[int] = mapped_column(ForeignKey("operation.id"), index=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    kind: Mapped[str] = mapped_column(String(16))
    delta: Mapped[int] = mapped_column(Integer)
    amount: Mapped[Decimal | None] = mapped_column(Money, nullable=True)
    units: Mapped[int | None] = mapped_column(Integer, nullable=True)
    rule: Mapped[str] = mapped_column(String(200), default="")
    reason: Mapped[str] = mapped_column(String(200), default="")
    reward_id: Mapped[int | None] = mapped_column(ForeignKey("reward.id"), nullable=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    till: Mapped[str] = mapped_column(String(64))
    ref_code: Mapped[str] = mapped_column(String(80))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    expires_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    remaining: Mapped[int | None] = mapped_column(Integer, nullable=True)


class Allocation(Base):
    """Which lot paid for which debit, so a void can give points back to the right lots."""

    __tablename__ = "allocation"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    debit_entry_id: Mapped[int] = mapped_column(ForeignKey("ledger_entry.id"), index=True)
    lot_entry_id: Mapped[int] = mapped_column(ForeignKey("ledger_entry.id"), index=True)
    points: Mapped[int] = mapped_column(Integer)


class AuditEntry(Base):
    """Who did what, when, at which till. ``details`` is JSON without personal data."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_at", "at"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    till: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(40))
    target_type: Mapped[str] = mapped_column(String(24), default="")
    target_id: Mapped[str] = mapped_column(String(64), default="")
    details: Mapped[str] = mapped_column(Text, default="{}")


class VoucherBatch(Base):
    """A promotion: N vouchers of one type and value, valid for a period."""

    __tablename__ = "voucher_batch"
    __table_args__ = (CheckConstraint("quantity BETWEEN 1 AND 1000", name="quantity_range"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    type: Mapped[str] = mapped_column(String(16))
    """PERCENT, FIXED or BOGO."""
    value: Mapped[Decimal | None] = mapped_column(Money, nullable=True)
    """Percent off (PERCENT) or money off (FIXED); none for BOGO."""
    description: Mapped[str] = mapped_column(String(200), default="")
    """The benefit in words, e.g. "Buy one coffee, get one free"."""
    quantity: Mapped[int] = mapped_column(Integer)
    valid_from: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    valid_until: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    min_purchase: Mapped[Decimal | None] = mapped_column(Money, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    voided_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    void_reason: Mapped[str] = mapped_column(String(200), default="")


class Voucher(Base):
    """One printed code. Redeemed at most once, ever, at any till."""

    __tablename__ = "voucher"
    __table_args__ = (Index("ix_voucher_batch_status", "batch_id", "status"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("voucher_batch.id"))
    code: Mapped[str] = mapped_column(String(40), unique=True)
    """12 base62 characters, case-sensitive; or the hosted service's own code (up to 40
    characters) when it made the batch's codes (KiriMel)."""
    status: Mapped[str] = mapped_column(String(16), default="ISSUED")
    """ISSUED, REDEEMED or VOID (expired is derived from the batch's dates)."""
    redeemed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    redeemed_till: Mapped[str | None] = mapped_column(String(64), nullable=True)
    redeemed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    operation_id: Mapped[int | None] = mapped_column(ForeignKey("operation.id"), nullable=True)
    purchase_amount: Mapped[Decimal | None] = mapped_column(Money, nullable=True)
    discount: Mapped[Decimal | None] = mapped_column(Money, nullable=True)
    voided_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class SyncOutbox(Base):
    """One local operation waiting to reach the hosted loyalty service (or done, or a problem).

    Written in the same transaction as the ledger entry it mirrors. Holds the values to send, not
    personal data: a customer's name, phone and email are read when the row is sent. ``lane``
    orders the rows: a customer's rows (``c<customer id>``), or the shop's vouchers
    (``vouchers``), are sent one at a time, oldest first.
    """

    __tablename__ = "sync_outbox"
    __table_args__ = (
        # "Is there an older pending row in this lane?" and "the oldest pending rows".
        Index("ix_sync_outbox_state_lane", "state", "lane", "id"),
        Index("ix_sync_outbox_state_due", "state", "next_attempt_at"),
        Index("ix_sync_outbox_operation", "operation_id"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    provider: Mapped[str] = mapped_column(String(24))
    ref_code: Mapped[str] = mapped_column(String(80), unique=True)
    operation_id: Mapped[int | None] = mapped_column(ForeignKey("operation.id"), nullable=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"), nullable=True)
    lane: Mapped[str] = mapped_column(String(24))
    action: Mapped[str] = mapped_column(String(16))
    """EARN, REDEEM, ADJUST, REVERSE, REGISTER, VOUCHER_REDEEM or VOUCHER_BATCH."""
    points: Mapped[int] = mapped_column(Integer, default=0)
    """Signed: what the operation changed locally."""
    amount: Mapped[Decimal | None] = mapped_column(Money, nullable=True)
    units: Mapped[int | None] = mapped_column(Integer, nullable=True)
    payment_value: Mapped[Decimal | None] = mapped_column(Money, nullable=True)
    reason: Mapped[str] = mapped_column(String(200), default="")
    voucher_code: Mapped[str | None] = mapped_column(String(40), nullable=True)
    voucher_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("voucher_batch.id"), nullable=True
    )
    purchase_amount: Mapped[Decimal | None] = mapped_column(Money, nullable=True)
    reverses_ref: Mapped[str | None] = mapped_column(String(80), nullable=True)
    reverses_action: Mapped[str | None] = mapped_column(String(16), nullable=True)
    state: Mapped[str] = mapped_column(String(12), default="PENDING")
    """PENDING, SENT, PROBLEM or DISMISSED."""
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UtcDateTime)
    claimed_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    claimed_until: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    ambiguous: Mapped[bool] = mapped_column(Boolean, default=False)
    """The last attempt may have been applied (a provider without idempotency keys)."""
    snapshot: Mapped[str | None] = mapped_column(Text, nullable=True)
    """JSON: what the provider held before that attempt (its balance, its history), to tell
    afterwards whether the attempt applied."""
    retries: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    """The owner's "send again" of a refused row: each goes under a new reference."""
    last_error_code: Mapped[str] = mapped_column(String(64), default="")
    last_error_message: Mapped[str] = mapped_column(String(300), default="")
    remote_ref: Mapped[str | None] = mapped_column(String(120), nullable=True)
    remote_points: Mapped[int | None] = mapped_column(Integer, nullable=True)
    """What the provider said it credited (+) or took (-), so a void reverses that figure."""
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    resolved_reason: Mapped[str] = mapped_column(String(200), default="")
    """Why the owner dismissed it."""


class SyncLink(Base):
    """A local customer's account at a hosted loyalty service, and its balance there."""

    __tablename__ = "sync_link"
    __table_args__ = (
        UniqueConstraint("provider", "customer_id", name="uq_sync_link_provider_customer"),
        UniqueConstraint("provider", "remote_id", name="uq_sync_link_provider_remote"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    provider: Mapped[str] = mapped_column(String(24))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    remote_id: Mapped[str] = mapped_column(String(120))
    remote_balance: Mapped[int | None] = mapped_column(Integer, nullable=True)
    balance_read_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    local_balance: Mapped[int | None] = mapped_column(Integer, nullable=True)
    """What ``remote_balance`` should have been when it was read: the local balance less the
    points still waiting in the outbox. Differs from it: a balance difference for the owner."""
    linked_at: Mapped[datetime] = mapped_column(UtcDateTime)


OPEN_LOTS_ONLY = ("ix_ledger_open_lots", "ix_ledger_expiring")
"""Partial indexes (``remaining > 0``). Their PostgreSQL option is added by
``add_postgresql_options`` when a PostgreSQL engine is made: naming it here would import
SQLAlchemy's whole PostgreSQL dialect with the models, on every SQLite start."""


def add_postgresql_options() -> None:
    """Give the partial indexes their PostgreSQL ``WHERE`` (idempotent)."""
    for index in LedgerEntry.__table__.indexes:
        if index.name in OPEN_LOTS_ONLY:
            index.dialect_options["postgresql"]["where"] = text("remaining > 0")
