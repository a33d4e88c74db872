"""At the counter: someone this shop does not know is looked up at the hosted service.

The look-up runs on a task runner of its own (its own threads), so the counter's reads and
writes never queue behind the network; the cashier sees "Looking it up at Cata…" and can scan
the next customer or press Esc. An answer that comes after Esc or another scan is dropped.
Linked customers' balances at the service are refreshed the same way when their card shows.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QObject

from loyaltydesk.domain.errors import LoyaltyError
from loyaltydesk.services.dto import CustomerCard
from loyaltydesk.sync.lookup import Found, LookupResult, RemoteLookup, asks_provider
from loyaltydesk.ui.counter.desk import CounterDesk
from loyaltydesk.ui.messages import Messages
from loyaltydesk.ui.owner.sync.sync_form import provider_title
from loyaltydesk.ui.tasks import TaskRunner
from loyaltydesk.ui.translation import fill

log = logging.getLogger(__name__)

BALANCE_FRESH = timedelta(minutes=1)
"""A balance read at the service more recently than this is shown as it is."""

NotFound = Callable[[bool], None]
"""What the page does when the service does not know them either (True: it could not be asked)."""


class RemoteLookupFlow(QObject):
    """``provider`` is the configured service's name, or None. Lives as long as ``parent``."""

    def __init__(self, desk: CounterDesk, parent: QObject) -> None:
        super().__init__(parent)
        self.desk = desk
        self.provider: str | None = None
        self.lookup = RemoteLookup(desk.services)
        self.runner = TaskRunner(self)
        self.active = False
        self._generation = 0
        parent.destroyed.connect(self.lookup.close)

    @property
    def title(self) -> str:
        return provider_title(self.provider or "")

    def set_provider(self, name: str | None) -> None:
        self.provider = name

    def offers(self, kind: str | None) -> bool:
        """Whether an unknown identifier of this kind is worth asking the service about."""
        return self.provider is not None and asks_provider(kind)

    def start(self, kind: str, value: str, not_found: NotFound) -> None:
        desk, actor = self.desk, self.desk.actor
        if actor is None:
            return
        self._generation += 1
        generation = self._generation
        self.active = True
        desk.banner.show_message(
            fill(
                Messages.tr("Looking it up at %1… You can keep working; Esc cancels."), self.title
            ),
            "info",
        )
        desk.focus_scan()
        lookup = self.lookup

        def done(result: LookupResult) -> None:
            if generation == self._generation:
                self.active = False
                self._answered(result, not_found)

        def failed(error: Exception) -> None:
            if generation != self._generation:
                return
            self.active = False
            if isinstance(error, LoyaltyError):
                desk.refuse(error)
            else:
                log.error("remote look-up failed", exc_info=error)
                desk.report_unexpected(error)

        self.runner.run(lambda: lookup.find(actor=actor, kind=kind, value=value), done, failed,
                        parent=self)  # fmt: skip

    def cancel(self) -> bool:
        """Forget a look-up in flight (its answer is dropped). Returns whether there was one."""
        if not self.active:
            return False
        self._generation += 1
        self.active = False
        return True

    def refresh_balance(self, card: CustomerCard) -> None:
        """Read a linked customer's balance at the service when the one shown is old."""
        if self.provider is None or card.remote_balance is None:
            return
        read = card.remote_balance_at
        if read is not None and datetime.now(UTC) - read < BALANCE_FRESH:
            return
        lookup, desk, customer = self.lookup, self.desk, card.customer_id

        def done(points: int | None) -> None:
            shown = desk.card
            if points is None or shown is None or shown.customer_id != customer:
                return
            customers = desk.services.customers
            desk.call(lambda: customers.lookup(customer), desk.redraw_card, quiet=True)

        self.runner.run(lambda: lookup.refresh_balance(customer), done, lambda _e: None,
                        parent=self)  # fmt: skip

    def _answered(self, result: LookupResult, not_found: NotFound) -> None:
        desk = self.desk
        if result.found is not Found.FOUND or result.customer_id is None:
            not_found(result.found is Found.OFFLINE)
            return
        customer, customers = result.customer_id, desk.services.customers
        words = (
            fill(Messages.tr("Found at %1 — added to this shop's customers."), self.title)
            if result.created
            else fill(Messages.tr("Found at %1 — linked to this shop's customer."), self.title)
        )

        def show(card: CustomerCard) -> None:
            desk.show_customer(card)
            desk.banner.show_message(words, "ok")

        desk.call(lambda: customers.lookup(customer), show)
