"""A customer known only at the provider, brought into the local store with its link."""

from __future__ import annotations

import contextlib

from loyaltydesk.domain.errors import ErrorCode, InvalidInputError, RefusedError
from loyaltydesk.domain.identifiers import (
    IdentifierKind,
    classify,
    normalise_email,
    parse_phone,
)
from loyaltydesk.domain.staff import Actor
from loyaltydesk.services.context import ServiceContext
from loyaltydesk.services.customers import CustomerService
from loyaltydesk.services.sync_dto import AdoptedCustomer, NewLink
from loyaltydesk.services.sync_items import save_link
from loyaltydesk.services.sync_state import load_settings
from loyaltydesk.store.models import Customer
from loyaltydesk.store.repositories import CustomerRepository
from loyaltydesk.store.unit_of_work import UnitOfWork


def adopt(
    ctx: ServiceContext,
    *,
    actor: Actor,
    remote_id: str,
    name: str,
    phone: str | None,
    email: str | None,
    remote_balance: int | None,
    short_code: str | None = None,
) -> AdoptedCustomer:
    if not remote_id or len(remote_id) > 120:
        raise InvalidInputError("The provider sent no customer id.", code=ErrorCode.INVALID_INPUT)
    with ctx.uow.write() as uow:
        settings = load_settings(uow)
        if settings is None:
            raise RefusedError("Sync is not set up.", code=ErrorCode.INVALID_SETTINGS)
        provider = settings.provider
        linked = uow.sync.link_by_remote(provider, remote_id)
        if linked is not None:
            customer = uow.customers.get(linked.customer_id)
            assert customer is not None
            return AdoptedCustomer(str(customer.uuid), customer.short_code, created=False)
        region = ctx.settings(uow).profile.default_region
        local = _local_match(uow.customers, phone, email, region)
        if local is not None:
            link = NewLink(str(local.uuid), remote_id, remote_balance)
            save_link(uow, provider, link, ctx.now())
            uow.commit()
            return AdoptedCustomer(str(local.uuid), local.short_code, created=False)

    def linked(uow: UnitOfWork, customer: Customer) -> None:
        # In the registration's own transaction: the engine never sees the customer unlinked,
        # so it never registers them at the provider a second time.
        save_link(uow, provider, NewLink(str(customer.uuid), remote_id, remote_balance), ctx.now())

    card = CustomerService(ctx).register(
        actor=actor,
        ref_code=f"adopt:{provider}:{remote_id}"[:80],
        phone=phone,
        email=email,
        name=name,
        short_code=_free_code(ctx, short_code),
        linked=linked,
    )
    return AdoptedCustomer(card.customer_id, card.short_code, created=True)


def _free_code(ctx: ServiceContext, code: str | None) -> str | None:
    """The provider's own short code kept as the local one when it has the local shape and is
    free, so the same card scans here from now on."""
    ident = classify(code) if code else None
    if ident is None or ident.kind is not IdentifierKind.SHORT_CODE:
        return None
    with ctx.uow.read() as uow:
        return None if uow.customers.short_code_taken(ident.value) else ident.value


def _local_match(
    customers: CustomerRepository, phone: str | None, email: str | None, region: str
) -> Customer | None:
    """The local customer with the remote one's phone or email, if any."""
    keys: list[tuple[str, str | None]] = []
    with contextlib.suppress(InvalidInputError):
        keys.append(("phone", parse_phone(phone, default_region=region) if phone else None))
    with contextlib.suppress(InvalidInputError):
        keys.append(("email", normalise_email(email) if email else None))
    for column, key in keys:
        found = customers.find_by(column, key) if key else None
        if found is not None:
            return found
    return None
