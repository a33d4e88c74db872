"""``loyaltydesk lookup`` on a SQLite shop without importing SQLAlchemy.

A lookup from a script or a terminal should answer at once; opening the store through the
ORM costs more than half a second of imports before the first query. When the shop is a
SQLite file already at the newest schema, the card is read with ``store.sqlite_reads`` and
built by the same rules as the services' (``services.cards``). In every other case (another
database, a file not yet created or migrated, a read that fails) this answers None and the
command goes through the services as before.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from loyaltydesk.schema_revision import head_revision
from loyaltydesk.services.cards import LAST_VISITS, card_for, require_customer
from loyaltydesk.services.context import SHOP_SETTINGS_KEY, shop_settings_in
from loyaltydesk.services.dto import CustomerCard
from loyaltydesk.services.sync_state import SYNC_KEY, provider_in
from loyaltydesk.store.sqlite_reads import SqliteCardReads

log = logging.getLogger(__name__)


def quick_card(shop_file: Path | None, identifier: str) -> CustomerCard | None:
    """The card ``CustomerService.lookup`` would give, or None when this path cannot tell.
    Refused (not found, ambiguous name) as the service refuses."""
    if shop_file is None or not shop_file.is_file():
        return None
    head = head_revision()
    if head is None:
        return None
    try:
        with SqliteCardReads(shop_file) as reads:
            if reads.schema_revisions() != [head]:
                return None
            settings = shop_settings_in(reads.setting(SHOP_SETTINGS_KEY))
            customer = require_customer(reads, settings, identifier)
            provider = provider_in(reads.setting(SYNC_KEY))
            linked = reads.remote_balance(provider, customer.id) if provider else None
            return card_for(
                customer,
                settings,
                catalog=reads.active_catalog(),
                expiring=reads.soonest_expiry(customer.id),
                last_visits=reads.last_visits(customer.id, LAST_VISITS),
                remote=linked or (None, None),
            )
    except sqlite3.Error as error:
        log.info("quick lookup unavailable (%s); using the services", type(error).__name__)
        return None
