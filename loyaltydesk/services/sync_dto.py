"""What the sync services hand back, and what the sync engine hands them: frozen dataclasses."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from loyaltydesk.domain.sync_settings import OutboxState, SyncAction


@dataclass(frozen=True, slots=True)
class SyncSettings:
    """The shop's sync setup. Secrets are not here: they live in the OS keyring."""

    provider: str
    base_url: str
    options: tuple[tuple[str, str], ...]
    """The provider's own settings (site, branch id...) as (name, value) pairs."""
    per_minute: int | None
    """The most calls a minute the provider allows; None: only what the provider says."""
    configured_at: datetime

    def option(self, name: str, default: str = "") -> str:
        return dict(self.options).get(name, default)


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """For the owner's Sync page and the counter's status bar."""

    configured: bool
    provider: str | None
    base_url: str | None
    pending: int
    failed: int
    """Rows waiting for the owner (the Sync problems list)."""
    paused: bool
    pause_code: str | None
    pause_message: str | None
    paused_at: datetime | None
    last_success: datetime | None
    oldest_pending: datetime | None


@dataclass(frozen=True, slots=True)
class SyncProblem:
    """A row the provider refused (or that could not be resolved), waiting for the owner."""

    item_id: int
    action: SyncAction
    ref_code: str
    customer_id: str | None
    customer_name: str
    points: int
    code: str
    message: str
    attempts: int
    created_at: datetime


@dataclass(frozen=True, slots=True)
class BalanceDifference:
    """A customer whose balance at the service, when last read, was not the local one (less
    what still waited to be sent). Neither side was changed."""

    customer_id: str
    customer_name: str
    short_code: str
    here: int
    """What the service should have said: the local balance less the points still waiting."""
    there: int
    read_at: datetime


@dataclass(frozen=True, slots=True)
class VoucherBatchInfo:
    batch_id: int
    name: str
    type: str
    value: Decimal | None
    quantity: int
    valid_from: datetime | None
    valid_until: datetime | None
    min_purchase: Decimal | None


@dataclass(frozen=True, slots=True)
class OutboxItem:
    """One claimed row, with everything needed to send it (no personal data)."""

    item_id: int
    action: SyncAction
    ref_code: str
    reference: str
    """The provider's idempotency key, derived from ``ref_code``."""
    customer_id: str | None
    """The local customer's uuid; None for the shop's voucher rows."""
    remote_id: str | None
    """The customer's id at the provider, when already linked."""
    points: int
    """Signed: what the operation changed locally."""
    amount: Decimal | None = None
    units: int | None = None
    payment_value: Decimal | None = None
    reason: str = ""
    voucher_code: str | None = None
    purchase_amount: Decimal | None = None
    voucher_batch: VoucherBatchInfo | None = None
    reverses_action: SyncAction | None = None
    reverses_reference: str | None = None
    reverses_remote_ref: str | None = None
    reverses_state: OutboxState | None = None
    """Whether the operation a REVERSE undoes reached the provider (SENT) or not."""
    reverses_remote_points: int | None = None
    """What the provider said it credited (+) or took (-) for the operation a REVERSE undoes."""
    attempts: int = 0
    ambiguous: bool = False
    """The last attempt may have been applied: settle it (``snapshot``) before sending again."""
    snapshot: Mapping[str, Any] | None = None
    """What the provider held before that attempt (a provider without idempotency keys)."""


@dataclass(frozen=True, slots=True)
class CustomerIdentity:
    """What linking a customer needs, read at send time (never copied into the outbox)."""

    customer_id: str
    name: str
    phone: str | None
    email: str | None
    short_code: str
    birth_date: date | None
    """Only a full date: a birthday without a year is not sent (providers want YYYY-MM-DD)."""


@dataclass(frozen=True, slots=True)
class NewLink:
    customer_id: str
    remote_id: str
    remote_balance: int | None = None


@dataclass(frozen=True, slots=True)
class Sent:
    """The provider accepted the row (or had already applied it)."""

    item_id: int
    remote_ref: str | None = None
    remote_points: int | None = None
    remote_balance: int | None = None
    link: NewLink | None = None
    voucher_codes: tuple[str, ...] = ()
    """For VOUCHER_BATCH: the codes the provider made, in order; they replace the local ones."""


@dataclass(frozen=True, slots=True)
class Retry:
    """Send again at ``at``. ``ambiguous``: the last attempt may have been applied."""

    item_id: int
    at: datetime
    code: str
    message: str
    ambiguous: bool = False
    snapshot: Mapping[str, Any] | None = None
    """Kept while ``ambiguous``: what the provider held before the attempt."""
    link: NewLink | None = None


@dataclass(frozen=True, slots=True)
class Problem:
    """The provider refused it, or its outcome cannot be told: the owner decides."""

    item_id: int
    code: str
    message: str
    link: NewLink | None = None


@dataclass(frozen=True, slots=True)
class Release:
    """Give the row back untouched (the queue paused or the run ended before sending)."""

    item_id: int


Outcome = Sent | Retry | Problem | Release


@dataclass(frozen=True, slots=True)
class AdoptedCustomer:
    """A customer brought in from the provider (e.g. a QR from the provider's own app)."""

    customer_id: str
    short_code: str
    created: bool
    """False when the remote customer was already linked to a local one."""
