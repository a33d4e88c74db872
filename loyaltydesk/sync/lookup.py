"""Asking the hosted service about someone the local store does not know, and bringing them in.

For the counter: a scan or a typed phone, email or code that finds no local customer is resolved
at the provider (a QR from the provider's own app, a member of another branch). When the provider
knows the customer, they are adopted into the local store with their link and their balance
there. No Qt here; the counter calls :meth:`RemoteLookup.find` on a thread of its own, so the
till never waits on the network. Calls use short timeouts: a cashier with a queue cannot wait.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from loyaltydesk.domain.errors import InvalidInputError
from loyaltydesk.domain.staff import Actor
from loyaltydesk.services.sync_dto import NewLink, SyncSettings
from loyaltydesk.sync import credentials
from loyaltydesk.sync.http import HttpTransport, Timeouts
from loyaltydesk.sync.provider import (
    Capability,
    IdentifierKind,
    Provider,
    RemoteCustomer,
    SyncError,
)
from loyaltydesk.sync.providers import module

if TYPE_CHECKING:
    from loyaltydesk.services.facade import Services

log = logging.getLogger(__name__)

LOOKUP_TIMEOUT = Timeouts(connect=2.0, read=3.0, write=2.0, pool=1.0)
"""At most a few seconds a call: the counter goes on meanwhile, but the customer waits."""

#: The local kinds of an unknown identifier, and how the provider is asked about each.
_ASK: dict[str, tuple[IdentifierKind, Capability]] = {
    "phone": (IdentifierKind.PHONE, Capability.RESOLVE_PHONE),
    "email": (IdentifierKind.EMAIL, Capability.RESOLVE_EMAIL),
    "short_code": (IdentifierKind.CODE, Capability.RESOLVE_CODE),
    "voucher_code": (IdentifierKind.CODE, Capability.RESOLVE_CODE),
    "unknown": (IdentifierKind.CODE, Capability.RESOLVE_CODE),
}


class Found(StrEnum):
    FOUND = "FOUND"
    """The provider knows the customer: now linked locally (``customer_id``)."""
    UNKNOWN = "UNKNOWN"
    """The provider knows no such customer (or cannot look that kind of identifier up)."""
    OFFLINE = "OFFLINE"
    """The provider could not be asked now (network, timeout, key)."""


@dataclass(frozen=True)
class LookupResult:
    found: Found
    customer_id: str | None = None
    created: bool = False
    """A new local customer was made (else an existing one was linked)."""


Opener = Callable[[SyncSettings], Provider]


def open_for_counter(settings: SyncSettings) -> Provider:
    """The configured provider with the counter's short timeouts (secrets read here)."""
    transport = HttpTransport(settings.base_url, timeout=LOOKUP_TIMEOUT, max_connections=2)
    provider: Provider = module(settings.provider).create(
        transport, credentials.load(settings.provider), dict(settings.options)
    )
    return provider


def asks_provider(kind: str | None) -> bool:
    """Whether an unknown identifier of this local kind can be looked up at a provider."""
    return kind in _ASK


class RemoteLookup:
    """One per counter. Thread-safe; the provider client is opened on first use and reused
    until the setup changes."""

    def __init__(self, services: Services, opener: Opener = open_for_counter) -> None:
        self._services = services
        self._opener = opener
        self._lock = threading.Lock()
        self._settings: SyncSettings | None = None
        self._provider: Provider | None = None

    def find(self, *, actor: Actor, kind: str, value: str) -> LookupResult:
        """Resolve ``value`` (a local identifier kind: phone, email, short_code...) at the
        provider; adopt the customer when it knows them."""
        provider = self._current()
        ask = _ASK.get(kind)
        if provider is None or ask is None or ask[1] not in provider.capabilities:
            return LookupResult(Found.UNKNOWN)
        remote_kind = ask[0]
        try:
            remote = provider.resolve(remote_kind, value)
            if remote is None:
                return LookupResult(Found.UNKNOWN)
            balance = remote.balance
            if balance is None:
                balance = provider.balance(remote.remote_id).points
        except SyncError as error:
            log.info("remote look-up failed: %s", error.code)
            return LookupResult(Found.OFFLINE)
        contact = _contact(remote, remote_kind, value)
        queue = self._services.sync_queue
        try:
            adopted = queue.adopt_customer(actor=actor, remote_balance=balance, **contact)
        except InvalidInputError:  # a phone or email the shop's rules cannot read: the link
            contact.update(phone=None, email=None)  # and the provider's code are enough
            adopted = queue.adopt_customer(actor=actor, remote_balance=balance, **contact)
        if not adopted.created:  # linked before, or matched by phone / email: a fresh read
            queue.save_link(NewLink(adopted.customer_id, remote.remote_id, balance))
        return LookupResult(Found.FOUND, adopted.customer_id, adopted.created)

    def refresh_balance(self, customer_id: str) -> int | None:
        """Read a linked customer's balance at the provider and keep it (with any difference
        from the local one); None when not linked or the provider cannot be asked now."""
        provider = self._current()
        remote_id = self._services.sync_queue.remote_id_of(customer_id) if provider else None
        if provider is None or remote_id is None:
            return None
        try:
            points = provider.balance(remote_id).points
        except SyncError as error:
            log.info("remote balance read failed: %s", error.code)
            return None
        self._services.sync_queue.save_link(NewLink(customer_id, remote_id, points))
        return points

    def close(self) -> None:
        with self._lock:
            provider, self._provider, self._settings = self._provider, None, None
        if provider is not None:
            provider.close()

    def _current(self) -> Provider | None:
        """The provider for the setup as it is now (None: the shop does not sync)."""
        settings = self._services.sync.settings()
        with self._lock:
            if settings == self._settings and self._provider is not None:
                return self._provider
            old, self._provider, self._settings = self._provider, None, settings
        if old is not None:
            old.close()
        if settings is None:
            return None
        try:
            provider = self._opener(settings)
        except Exception:
            log.exception("the provider could not be opened for a look-up")
            return None
        with self._lock:
            self._provider = provider
        return provider


def _contact(remote: RemoteCustomer, kind: IdentifierKind, value: str) -> dict[str, object]:
    """What the local customer is made with: the provider's details, else what was scanned."""
    return {
        "remote_id": remote.remote_id,
        "name": remote.name or "",
        "phone": remote.phone or (value if kind is IdentifierKind.PHONE else None),
        "email": remote.email or (value if kind is IdentifierKind.EMAIL else None),
        "short_code": value if kind is IdentifierKind.CODE else None,
    }
