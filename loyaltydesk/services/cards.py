"""Which customer an identifier names, and the card shown for them, whatever reads the store.

Two paths read a card: the repositories (every service, the counter) and, for the command
line's ``lookup``, the plain-SQLite reads of ``quick_lookup``. Both ask the same questions
through the ``CustomerFinder`` protocol and build the card with ``card_for``, so the rules
(which column an identifier names, when a name is ambiguous, what a card holds) live once.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime
from typing import Protocol, TypeVar

from loyaltydesk.domain.customer_fields import Birthday
from loyaltydesk.domain.earning import next_tier
from loyaltydesk.domain.errors import ErrorCode, RefusedError
from loyaltydesk.domain.identifiers import IdentifierKind, classify, name_key
from loyaltydesk.domain.program import ShopSettings
from loyaltydesk.domain.rewards import next_reward, reward_options
from loyaltydesk.services.dto import CustomerCard

LAST_VISITS = 3
"""How many of the latest visits a card lists."""

_COLUMN_OF = {
    IdentifierKind.MEMBER_QR: "uuid",
    IdentifierKind.SHORT_CODE: "short_code",
    IdentifierKind.PHONE: "phone",
    IdentifierKind.EMAIL: "email",
}


class CustomerLike(Protocol):
    """What a card reads of a customer: ``store.models.Customer`` or a plain record."""

    @property
    def id(self) -> int: ...
    @property
    def uuid(self) -> uuid.UUID: ...
    @property
    def short_code(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def phone(self) -> str | None: ...
    @property
    def email(self) -> str | None: ...
    @property
    def status(self) -> str: ...
    @property
    def tier(self) -> str | None: ...
    @property
    def balance(self) -> int: ...
    @property
    def joined_at(self) -> datetime: ...
    @property
    def last_seen_at(self) -> datetime | None: ...
    @property
    def birth_date(self) -> date | None: ...
    @property
    def birthday(self) -> Birthday | None: ...
    @property
    def marketing_consent(self) -> bool: ...
    @property
    def notes(self) -> str: ...


C = TypeVar("C", bound=CustomerLike)
C_co = TypeVar("C_co", bound=CustomerLike, covariant=True)


class CustomerFinder(Protocol[C_co]):
    """Finds customers: ``CustomerRepository`` or ``store.sqlite_reads.SqliteCardReads``."""

    def find_by(self, column: str, value: object) -> C_co | None: ...
    def search_by_name(self, key_prefix: str, limit: int) -> Sequence[C_co]: ...


def identifier_column(settings: ShopSettings, text: str) -> tuple[str, object] | None:
    """The unique column an identifier names and the value to look for, or None (a name,
    a voucher code, something unknown)."""
    try:
        return "uuid", uuid.UUID(text.strip())
    except (ValueError, AttributeError):
        pass
    ident = classify(text, default_region=settings.profile.default_region)
    column = _COLUMN_OF.get(ident.kind)
    if column is None:
        return None
    return column, uuid.UUID(ident.value) if column == "uuid" else ident.value


def find_customer(finder: CustomerFinder[C], settings: ShopSettings, text: str) -> C | None:
    """The customer an identifier names, or None. Names are not resolved here."""
    key = identifier_column(settings, text)
    return None if key is None else finder.find_by(*key)


def require_customer(finder: CustomerFinder[C], settings: ShopSettings, text: str) -> C:
    """The customer an identifier or a unique name names; refused when none or several."""
    customer = find_customer(finder, settings, text)
    if customer is not None:
        return customer
    ident = classify(text, default_region=settings.profile.default_region)
    if ident.kind is IdentifierKind.NAME:
        found = finder.search_by_name(name_key(ident.value), 2)
        if len(found) == 1:
            return found[0]
        if found:
            raise RefusedError(
                "More than one customer has that name. Scan their card or type their phone.",
                code=ErrorCode.AMBIGUOUS_IDENTIFIER,
            )
    raise RefusedError("No customer found.", code=ErrorCode.CUSTOMER_NOT_FOUND)


def card_for(
    customer: CustomerLike,
    settings: ShopSettings,
    *,
    catalog: Sequence[tuple[int, str, int]],
    expiring: tuple[int, datetime] | None,
    last_visits: Sequence[datetime],
    remote: tuple[int | None, datetime | None],
) -> CustomerCard:
    """The card: the customer, their tier's next step, the rewards within reach, the points
    expiring first, the latest visits and the hosted service's balance, if linked."""
    rules = settings.rules
    upcoming = next_tier(rules, rules.tier_named(customer.tier))
    return CustomerCard(
        customer_id=str(customer.uuid),
        short_code=customer.short_code,
        name=customer.name,
        phone=customer.phone,
        email=customer.email,
        status=customer.status,
        tier=customer.tier,
        next_tier=upcoming.name if upcoming else None,
        balance=customer.balance,
        expiring_points=expiring[0] if expiring else 0,
        expiring_at=expiring[1] if expiring else None,
        rewards=reward_options(customer.balance, catalog),
        next_reward=next_reward(customer.balance, catalog),
        last_visits=tuple(last_visits),
        joined_at=customer.joined_at,
        last_seen_at=customer.last_seen_at,
        birth_date=customer.birth_date,
        birthday=customer.birthday,
        marketing_consent=customer.marketing_consent,
        notes=customer.notes,
        earn_mode=rules.earn_mode,
        remote_balance=remote[0],
        remote_balance_at=remote[1],
    )
