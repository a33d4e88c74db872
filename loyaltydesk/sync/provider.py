"""What every hosted loyalty API looks like to loyaltydesk: one interface, typed failures.

An adapter (``sync/providers/<name>.py``) follows its provider's document to the letter and turns
every answer into these types. The outbox worker only ever sees this module, so it can retry,
pause or report a problem without knowing which provider it talks to.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, runtime_checkable

if TYPE_CHECKING:
    from loyaltydesk.sync.http import HttpTransport


class FailureKind(StrEnum):
    """What the worker does about a failed call."""

    RETRY_LATER = "RETRY_LATER"
    """Network trouble, a timeout, 5xx or 429: back off and send again."""
    REFUSED = "REFUSED"
    """A business reason (unknown customer, not enough points...): a Sync problem for the owner."""
    NEEDS_OWNER = "NEEDS_OWNER"
    """A rejected key or signature, or an account not set up: the queue pauses until fixed."""


_SECRETS: set[str] = set()
_SECRETS_LOCK = threading.Lock()
HIDDEN = "[hidden]"


def keep_secret(*values: str) -> None:
    """Remember secret values (API keys, signing secrets, tokens) so that no SyncError ever
    carries them, even when a provider or a proxy echoes one in its error text."""
    with _SECRETS_LOCK:
        _SECRETS.update(value for value in values if len(value) >= 4)


def without_secrets(text: str) -> str:
    with _SECRETS_LOCK:
        secrets = sorted(_SECRETS, key=len, reverse=True)
    for secret in secrets:
        text = text.replace(secret, HIDDEN)
    return text


class SyncError(Exception):
    """A provider call that did not succeed. ``code`` and ``message`` are the provider's own,
    with any secret given to ``keep_secret`` blanked out; ``ambiguous`` means the request may
    have been applied (a timeout or a dropped connection after it was sent)."""

    kind: ClassVar[FailureKind]

    def __init__(
        self,
        message: str,
        *,
        code: str,
        http_status: int | None = None,
        retry_after: float | None = None,
        ambiguous: bool = False,
    ) -> None:
        message, code = without_secrets(message), without_secrets(code)
        super().__init__(message)
        self.message = message
        self.code = code
        self.http_status = http_status
        self.retry_after = retry_after
        self.ambiguous = ambiguous

    def __repr__(self) -> str:
        return f"{type(self).__name__}(code={self.code!r}, http_status={self.http_status})"


class RetryLaterError(SyncError):
    kind = FailureKind.RETRY_LATER


class ProviderRefusedError(SyncError):
    kind = FailureKind.REFUSED


class NeedsOwnerError(SyncError):
    kind = FailureKind.NEEDS_OWNER


class Capability(StrEnum):
    REGISTER = "REGISTER"
    RESOLVE_PHONE = "RESOLVE_PHONE"
    RESOLVE_EMAIL = "RESOLVE_EMAIL"
    RESOLVE_CODE = "RESOLVE_CODE"
    """A short code / QR / promo identifier."""
    EARN_BY_AMOUNT = "EARN_BY_AMOUNT"
    """The provider computes the points from the amount (or units)."""
    ADJUST = "ADJUST"
    VOUCHERS = "VOUCHERS"


class IdentifierKind(StrEnum):
    PHONE = "PHONE"
    """E.164, e.g. +60123456789."""
    EMAIL = "EMAIL"
    CODE = "CODE"
    """A member short code, a QR payload or the provider's own QR / promo identifier."""


@dataclass(frozen=True)
class RemoteCustomer:
    remote_id: str
    name: str | None = None
    phone: str | None = None
    email: str | None = None
    balance: int | None = None
    tier: str | None = None
    status: str | None = None
    """ACTIVE or BLOCKED where the provider says."""


@dataclass(frozen=True)
class NewCustomer:
    """What is sent when a local customer is registered at the provider."""

    name: str
    phone: str | None = None
    email: str | None = None
    birth_date: date | None = None
    code: str | None = None
    """The local member short code, where the provider takes a QR / code identifier."""


@dataclass(frozen=True)
class RemoteBalance:
    remote_id: str
    points: int
    tier: str | None = None
    expiring_points: int | None = None
    nearest_expiry: datetime | None = None


@dataclass(frozen=True)
class Earn:
    """A check-in. ``points`` is what loyaltydesk computed; a provider that computes its own
    (EARN_BY_AMOUNT) is sent ``amount`` or ``units`` instead and says what it credited."""

    remote_id: str
    reference: str
    """The idempotency key, derived from the local ref_code."""
    points: int
    amount: Decimal | None = None
    units: int | None = None
    description: str = ""


@dataclass(frozen=True)
class Redeem:
    """Points spent: a reward, or points paying part of a purchase (``payment_value``)."""

    remote_id: str
    reference: str
    points: int
    description: str = ""
    payment_value: Decimal | None = None


@dataclass(frozen=True)
class Adjust:
    """A signed correction: an owner's adjustment, or the reversal of an earlier operation
    (a void: ``reverses`` names the original's action, ``EARN``, ``REDEEM`` or ``ADJUST`` as in
    ``domain.sync_settings.SyncAction``, and ``original_remote_ref`` its provider id)."""

    remote_id: str
    reference: str
    points: int
    reason: str
    reverses: str | None = None
    original_reference: str | None = None
    original_remote_ref: str | None = None
    original_remote_points: int | None = None
    """What the provider credited or took for the original, where it said (a provider that
    computes its own points may have credited another figure than loyaltydesk). Where known,
    a void's ``points`` is already its negation: the provider's own figure is reversed."""


@dataclass(frozen=True)
class Posted:
    """A call the provider accepted."""

    remote_ref: str | None = None
    """The provider's id for it (transaction, redemption, confirmation code)."""
    points: int | None = None
    """Points the provider credited (+) or took (-), where it says."""
    balance: int | None = None
    """The customer's balance at the provider afterwards, where it says."""
    already_processed: bool = False
    """The provider recognised the reference and did nothing again."""


@dataclass(frozen=True)
class VoucherBatchSpec:
    name: str
    type: str
    """PERCENT, FIXED or BOGO."""
    value: Decimal | None
    quantity: int
    valid_from: date | None = None
    valid_until: date | None = None
    min_purchase: Decimal | None = None


@dataclass(frozen=True)
class RemoteVoucherBatch:
    batch_id: str
    codes: tuple[str, ...]


@dataclass(frozen=True)
class VoucherUse:
    remote_id: str
    code: str
    reference: str
    purchase_amount: Decimal | None = None


@dataclass(frozen=True)
class Connection:
    """The answer to "Test connection", in words an owner can read."""

    summary: str
    details: Mapping[str, str] = field(default_factory=dict)


Mutation = Earn | Redeem | Adjust
"""A call that changes a customer's points."""


class Provider(Protocol):
    """One hosted loyalty API. Every method either returns plain values or raises a SyncError
    subclass; none returns a half-success. Methods a provider does not offer raise
    NotImplementedError (with a sentence an owner can read) and are absent from
    ``capabilities``."""

    name: ClassVar[str]
    capabilities: ClassVar[frozenset[Capability]]
    idempotent: ClassVar[bool]
    """True when earn / redeem / adjust calls carry a key the provider de-duplicates on; where
    False, an ambiguous failure is settled (see ``Settling``) before any retry."""
    transport: HttpTransport
    """The provider's one HTTP client; the engine reads its ``rate`` (X-RateLimit-*)."""

    def test_connection(self) -> Connection: ...

    def resolve(self, kind: IdentifierKind, value: str) -> RemoteCustomer | None:
        """The remote customer for an identifier, or None when the provider knows none."""
        ...

    def register(self, customer: NewCustomer) -> RemoteCustomer: ...

    def balance(self, remote_id: str) -> RemoteBalance: ...

    def earn(self, request: Earn) -> Posted: ...

    def redeem(self, request: Redeem) -> Posted: ...

    def adjust(self, request: Adjust) -> Posted: ...

    def create_voucher_batch(self, spec: VoucherBatchSpec) -> RemoteVoucherBatch: ...

    def redeem_voucher(self, use: VoucherUse) -> Posted: ...

    def close(self) -> None: ...


@runtime_checkable
class Settling(Protocol):
    """What a provider without idempotency keys (``idempotent = False``) may offer so that an
    ambiguous call is never applied twice. The engine takes a ``snapshot`` before each points
    call and keeps it with the outbox row; after an ambiguous failure (or a crash) it calls
    ``settle`` before any retry. A provider without these is settled by its balance alone
    (``sync/settling.py``)."""

    def snapshot(self, remote_id: str) -> Mapping[str, Any]:
        """What the provider holds for the customer now, as JSON-ready values."""
        ...

    def settle(self, request: Mutation, before: Mapping[str, Any]) -> Posted | None:
        """After an ambiguous failure of ``request``: a Posted (``already_processed``) when it
        was applied, None when it was not (send it again). Raises ProviderRefusedError when
        the provider's records cannot tell (a problem for the owner, never resent), or
        RetryLaterError when the provider cannot be asked now."""
        ...
