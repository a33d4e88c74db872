"""What services hand back: frozen dataclasses, never ORM rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from loyaltydesk.domain.customer_fields import Birthday
from loyaltydesk.domain.earning import EarnQuote
from loyaltydesk.domain.program import EarnMode
from loyaltydesk.domain.rewards import RewardOption, RewardProgress
from loyaltydesk.domain.staff import Role
from loyaltydesk.domain.voiding import VoidCheck


@dataclass(frozen=True, slots=True)
class CustomerSummary:
    """A line in a pick list or table."""

    customer_id: str
    short_code: str
    name: str
    phone: str | None
    email: str | None
    status: str
    tier: str | None
    balance: int


@dataclass(frozen=True, slots=True)
class CustomerCard:
    """Everything the counter shows about one customer."""

    customer_id: str
    short_code: str
    name: str
    phone: str | None
    email: str | None
    status: str
    tier: str | None
    next_tier: str | None
    balance: int
    expiring_points: int
    expiring_at: datetime | None
    rewards: tuple[RewardOption, ...]
    next_reward: RewardProgress | None
    last_visits: tuple[datetime, ...]
    joined_at: datetime
    last_seen_at: datetime | None
    birth_date: date | None
    """The full date, when the year is known."""
    birthday: Birthday | None
    marketing_consent: bool
    notes: str
    earn_mode: EarnMode
    remote_balance: int | None = None
    """The balance at the hosted loyalty service, where the customer is linked to one."""
    remote_balance_at: datetime | None = None
    """When ``remote_balance`` was read (its age)."""

    @property
    def is_blocked(self) -> bool:
        return self.status == "BLOCKED"

    @property
    def rewards_available(self) -> tuple[RewardOption, ...]:
        return tuple(r for r in self.rewards if r.available)


@dataclass(frozen=True, slots=True)
class EarnExplanation:
    """Why a check-in earned what it did."""

    rule: str
    rate: Decimal
    multiplier: Decimal
    tier: str | None
    base_points: int
    birthday_bonus: int = 0

    @classmethod
    def from_quote(cls, quote: EarnQuote, birthday_bonus: int) -> EarnExplanation:
        return cls(
            rule=quote.rule.value,
            rate=quote.rate,
            multiplier=quote.multiplier,
            tier=quote.tier,
            base_points=quote.points,
            birthday_bonus=birthday_bonus,
        )


@dataclass(frozen=True, slots=True)
class TransactionResult:
    """The outcome of any mutation on a customer's points."""

    transaction_id: int
    ref_code: str
    kind: str
    customer_id: str
    customer_name: str
    points: int
    """Signed change to the balance."""
    balance: int
    created_at: datetime
    amount: Decimal | None = None
    units: int | None = None
    explanation: EarnExplanation | None = None
    tier_before: str | None = None
    tier_after: str | None = None
    newly_available: tuple[str, ...] = ()
    reward_id: int | None = None
    reward_title: str | None = None
    payment_value: Decimal | None = None
    voided_transaction_id: int | None = None
    replayed: bool = False

    @property
    def tier_upgraded(self) -> bool:
        return self.tier_after is not None and self.tier_after != self.tier_before


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    entry_id: int
    transaction_id: int
    kind: str
    points: int
    amount: Decimal | None
    units: int | None
    rule: str
    reason: str
    reward_id: int | None
    staff_id: int | None
    till: str
    ref_code: str
    created_at: datetime
    expires_at: datetime | None
    voided: bool


@dataclass(frozen=True, slots=True)
class RecentTransaction:
    transaction_id: int
    kind: str
    customer_id: str | None
    customer_name: str
    points: int
    created_at: datetime
    voided: bool
    voidable: bool
    """This actor may void it now, without an owner."""
    void_check: VoidCheck = VoidCheck.ALLOWED
    """Why not, when not (see domain/voiding.py)."""


@dataclass(frozen=True, slots=True)
class ExpiryResult:
    lots_expired: int
    points_expired: int
    customers_touched: int


@dataclass(frozen=True, slots=True)
class StaffMember:
    staff_id: int
    name: str
    role: Role
    active: bool


@dataclass(frozen=True, slots=True)
class RewardItem:
    reward_id: int
    title: str
    cost: int
    active: bool
    sort_order: int


@dataclass(frozen=True, slots=True)
class LookupOutcome:
    """What the counter's one scan path resolved: one card, a pick list, or nothing known."""

    card: CustomerCard | None = None
    candidates: tuple[CustomerSummary, ...] = ()
    unknown_kind: str | None = None
    """For nothing found: "phone", "email"... so the UI can offer to register with it."""
    unknown_value: str | None = None
    voucher_code: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def to_jsonable(value: Any) -> Any:
    """Plain JSON types for the CLI and the idempotency record."""
    if hasattr(value, "__dataclass_fields__"):
        return {k: to_jsonable(getattr(value, k)) for k in value.__dataclass_fields__}
    if isinstance(value, dict):
        return {k: to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    return value
