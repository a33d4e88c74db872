"""Finding, showing and registering customers."""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy.exc import IntegrityError

from loyaltydesk.domain.customer_fields import Birthday, check_birthday, clean_name
from loyaltydesk.domain.errors import ErrorCode, InvalidInputError, RefusedError
from loyaltydesk.domain.identifiers import (
    IdentifierKind,
    classify,
    name_key,
    normalise_email,
    parse_phone,
)
from loyaltydesk.domain.ledger import OperationKind
from loyaltydesk.domain.program import ShopSettings
from loyaltydesk.domain.staff import Actor
from loyaltydesk.domain.sync_settings import SyncAction
from loyaltydesk.domain.vouchers import normalise_code
from loyaltydesk.services import cards
from loyaltydesk.services.cards import LAST_VISITS
from loyaltydesk.services.context import (
    ServiceContext,
    check_ref_code,
    replay_or_conflict,
    result_to_json,
)
from loyaltydesk.services.dto import (
    CustomerCard,
    CustomerSummary,
    LookupOutcome,
    TransactionResult,
)
from loyaltydesk.services.mutation_log import Outbound, record_mutation
from loyaltydesk.services.sync_state import remote_balance
from loyaltydesk.store.models import Customer, Operation
from loyaltydesk.store.unit_of_work import UnitOfWork

PICK_LIST_SIZE = 8


class CustomerService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def resolve(self, text: str) -> LookupOutcome:
        """The counter's one scan path: a card, a pick list for a name, or what was not found."""
        with self._ctx.uow.read() as uow:
            settings = self._ctx.settings(uow)
            ident = classify(text, default_region=settings.profile.default_region)
            if ident.kind is IdentifierKind.VOUCHER_CODE:
                return LookupOutcome(voucher_code=ident.value)
            if ident.kind is IdentifierKind.NAME:
                found = uow.customers.search_by_name(name_key(ident.value), PICK_LIST_SIZE)
                if len(found) == 1:
                    return LookupOutcome(card=build_card(uow, settings, found[0]))
                if found:
                    return LookupOutcome(candidates=tuple(summary(c) for c in found))
            customer = find_customer(uow, settings, text)
            if customer is not None:
                return LookupOutcome(card=build_card(uow, settings, customer))
            code = normalise_code(ident.value) if ident.kind is IdentifierKind.UNKNOWN else None
            if code is not None and uow.vouchers.by_code(code) is not None:
                return LookupOutcome(voucher_code=code)  # a hosted service's own code
            return LookupOutcome(unknown_kind=ident.kind.value, unknown_value=ident.value)

    def lookup(self, identifier: str) -> CustomerCard:
        """The card for a phone, email, short code, member QR, customer id or unique name."""
        with self._ctx.uow.read() as uow:
            settings = self._ctx.settings(uow)
            return build_card(uow, settings, require_customer(uow, settings, identifier))

    def search(self, query: str, *, limit: int = PICK_LIST_SIZE) -> tuple[CustomerSummary, ...]:
        """Customers whose name starts with (a word starting with) ``query``."""
        key = name_key(query)
        if not key:
            return ()
        with self._ctx.uow.read() as uow:
            return tuple(summary(c) for c in uow.customers.search_by_name(key, limit))

    def register(self, **fields: Any) -> CustomerCard:
        """A new member with a unique short code. Replaying ``ref_code`` returns the same member.

        Keyword arguments: ``actor``, ``ref_code``, ``phone``, ``email``, ``name``,
        ``birth_date`` (a date, or a ``Birthday`` without its year), ``marketing_consent``,
        ``short_code`` (kept from another system).
        Two tills registering the same phone at once: one wins, the other gets its replay
        (same ref_code) or CUSTOMER_EXISTS.
        """
        try:
            return self._register_once(**fields)
        except IntegrityError:
            with self._ctx.uow.read() as uow:
                existing = uow.operations.by_ref(fields.get("ref_code", ""))
                if existing is None:
                    raise RefusedError(
                        "A customer with that phone or email is already registered.",
                        code=ErrorCode.CUSTOMER_EXISTS,
                    ) from None
            return self._register_once(**fields)

    def _register_once(
        self,
        *,
        actor: Actor,
        ref_code: str,
        phone: str | None = None,
        email: str | None = None,
        name: str = "",
        birth_date: Birthday | date | None = None,
        marketing_consent: bool = False,
        short_code: str | None = None,
        linked: Callable[[UnitOfWork, Customer], None] | None = None,
    ) -> CustomerCard:
        """``linked``: the customer already exists at the hosted service (adopted from it); it
        stores the link in this transaction, nothing is queued, and a phone or email is optional
        (the service may know the customer only by its own code)."""
        check_ref_code(ref_code)
        with self._ctx.uow.write() as uow:
            settings = self._ctx.settings(uow)
            existing = uow.operations.by_ref(ref_code)
            if existing is not None:
                replay_or_conflict(uow, ref_code, OperationKind.REGISTER, existing.customer_id)
                customer = uow.customers.get(existing.customer_id or 0)
                assert customer is not None
                return build_card(uow, settings, customer)
            region = settings.profile.default_region
            phone_e164 = parse_phone(phone, default_region=region) if phone else None
            email_norm = normalise_email(email) if email else None
            if phone_e164 is None and email_norm is None and linked is None:
                raise InvalidInputError(
                    "A new customer needs a phone number or an email address.",
                    code=ErrorCode.INVALID_INPUT,
                )
            checked_name = clean_name(name)
            now = self._ctx.now()
            birthday = check_birthday(birth_date, self._ctx.today(settings))
            for column, value in (("phone", phone_e164), ("email", email_norm)):
                if value is not None and uow.customers.find_by(column, value) is not None:
                    raise RefusedError(
                        f"A customer with that {column} is already registered.",
                        code=ErrorCode.CUSTOMER_EXISTS,
                        field=column,
                    )
            base_tier = settings.rules.base_tier()
            customer = Customer(
                uuid=uuid.uuid4(),
                short_code=_chosen_short_code(uow, short_code) or _fresh_short_code(uow),
                phone=phone_e164,
                email=email_norm,
                name=checked_name,
                name_key=name_key(checked_name),
                status="ACTIVE",
                tier=base_tier.name if base_tier else None,
                notes="",
                marketing_consent=marketing_consent,
                balance=0,
                joined_at=now,
                last_seen_at=now,
            )
            customer.birthday = birthday
            uow.customers.add(customer)
            uow.flush()
            uow.customers.set_name_words(customer.id, customer.name_key)
            operation = Operation(
                ref_code=ref_code,
                kind=OperationKind.REGISTER,
                customer_id=customer.id,
                staff_id=actor.staff_id,
                till=actor.till,
                created_at=now,
                points=0,
            )
            uow.operations.add(operation)
            uow.flush()
            operation.result = result_to_json(
                TransactionResult(
                    transaction_id=operation.id,
                    ref_code=ref_code,
                    kind=OperationKind.REGISTER,
                    customer_id=str(customer.uuid),
                    customer_name=customer.name,
                    points=0,
                    balance=0,
                    created_at=now,
                )
            )
            record_mutation(
                uow,
                at=now,
                actor=actor,
                action="customer.register",
                target_type="customer",
                target_id=str(customer.uuid),
                outbound=None
                if linked
                else Outbound(
                    SyncAction.REGISTER, ref_code, operation_id=operation.id, customer=customer
                ),
            )
            if linked is not None:
                linked(uow, customer)
            card = build_card(uow, settings, customer)
            uow.commit()
            return card


def find_customer(uow: UnitOfWork, settings: ShopSettings, text: str) -> Customer | None:
    """The customer an identifier names, or None. Names are not resolved here (see resolve)."""
    return cards.find_customer(uow.customers, settings, text)


def require_customer(uow: UnitOfWork, settings: ShopSettings, text: str) -> Customer:
    return cards.require_customer(uow.customers, settings, text)


def summary(customer: Customer) -> CustomerSummary:
    return CustomerSummary(
        customer_id=str(customer.uuid),
        short_code=customer.short_code,
        name=customer.name,
        phone=customer.phone,
        email=customer.email,
        status=customer.status,
        tier=customer.tier,
        balance=customer.balance,
    )


def build_card(uow: UnitOfWork, settings: ShopSettings, customer: Customer) -> CustomerCard:
    return cards.card_for(
        customer,
        settings,
        catalog=uow.rewards.active_catalog(),
        expiring=uow.ledger.soonest_expiry(customer.id),
        last_visits=uow.operations.last_visits(customer.id, LAST_VISITS),
        remote=remote_balance(uow, customer.id),
    )


def _chosen_short_code(uow: UnitOfWork, code: str | None) -> str | None:
    """A short code kept from another system (imports, the demo), if free and well formed."""
    if code is None:
        return None
    ident = classify(code)
    if ident.kind is not IdentifierKind.SHORT_CODE:
        raise InvalidInputError(
            "A member code is 6 characters, 0-9 and A-F.", code=ErrorCode.INVALID_IDENTIFIER
        )
    if uow.customers.short_code_taken(ident.value):
        raise RefusedError("That member code is already in use.", code=ErrorCode.CUSTOMER_EXISTS)
    return ident.value


def _fresh_short_code(uow: UnitOfWork) -> str:
    for _ in range(100):
        code = secrets.token_hex(3).upper()
        if not uow.customers.short_code_taken(code):
            return code
    raise RefusedError("Could not find a free member code.", code=ErrorCode.STORE_UNAVAILABLE)
