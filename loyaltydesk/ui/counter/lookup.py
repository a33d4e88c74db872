"""The one scan path: what was scanned or typed becomes a card, a pick list, a voucher, a
look-up at the hosted service, or a new customer's form."""

from __future__ import annotations

from loyaltydesk.services.dto import CustomerCard, LookupOutcome
from loyaltydesk.ui.counter.desk import CounterDesk
from loyaltydesk.ui.counter.pick_list import PickList
from loyaltydesk.ui.counter.registration import RegistrationFlow
from loyaltydesk.ui.counter.remote_lookup import RemoteLookupFlow
from loyaltydesk.ui.counter.voucher_flow import VoucherFlow
from loyaltydesk.ui.messages import Messages
from loyaltydesk.ui.translation import fill

REGISTERS_WITH = frozenset({"phone", "email", "name"})
"""Kinds of identifier a new customer's form is opened with when nobody has them."""


class LookupFlow:
    def __init__(
        self,
        desk: CounterDesk,
        picks: PickList,
        registration: RegistrationFlow,
        vouchers: VoucherFlow,
        remote: RemoteLookupFlow,
    ) -> None:
        self.desk = desk
        self.picks = picks
        self.registration = registration
        self.vouchers = vouchers
        self.remote = remote
        self._typed = ""
        self._unmatched: tuple[str, str, str] | None = None
        """What was typed and found nobody: (text, kind, value)."""
        picks.picked.connect(self._on_picked)

    def unmatched(self, typed: str) -> tuple[str, str]:
        """(kind, value) to prefill a new customer's form with: what is still typed in the scan
        field if it found nobody and is a phone, email or name; else nothing."""
        if self._unmatched is None or self._unmatched[0] != typed:
            return "", ""
        _, kind, value = self._unmatched
        return (kind, value) if kind in REGISTERS_WITH else ("", "")

    def resolve(self, text: str) -> None:
        self._typed, self._unmatched = text, None
        self.remote.cancel()
        customers = self.desk.services.customers  # bound here: the worker never reads the page
        self.desk.call(lambda: customers.resolve(text), self._on_resolved)

    def _on_resolved(self, outcome: LookupOutcome) -> None:
        desk = self.desk
        if outcome.card is not None:
            desk.banner.clear()
            desk.show_customer(outcome.card)
        elif outcome.candidates:
            desk.banner.clear()
            self.picks.show_candidates(outcome.candidates, desk.fmt)
            desk.enter_state("pick")
            self.picks.items.setFocus()
        elif outcome.voucher_code is not None:
            self.vouchers.look_up(outcome.voucher_code)
        elif self.remote.offers(outcome.unknown_kind):
            kind, value = outcome.unknown_kind or "", outcome.unknown_value or ""
            self.remote.start(kind, value, lambda offline: self.not_found(kind, value, offline))
        else:
            self.not_found(outcome.unknown_kind or "", outcome.unknown_value or "", False)

    def not_found(self, kind: str, value: str, offline: bool) -> None:
        """Nobody here (nor at the service): register them, or say so with the register key."""
        desk = self.desk
        self._unmatched = (self._typed, kind, value)
        if kind in REGISTERS_WITH:
            self.registration.open(kind, value)
            if offline:
                words = fill(
                    Messages.tr(
                        "%1 cannot be reached now. New customer — fill in and press Enter."
                    ),
                    self.remote.title,
                )
                desk.banner.show_message(words, "warn")
            return
        text = Messages.tr("No customer found. Ctrl+N registers a new one.")
        if offline:
            text = fill(
                Messages.tr(
                    "No customer found here, and %1 cannot be reached now. Ctrl+N registers "
                    "a new one."
                ),
                self.remote.title,
            )
        desk.banner.show_message(text, "warn")
        desk.focus_scan()

    def _on_picked(self, customer_id: str) -> None:
        customers = self.desk.services.customers

        def shown(card: CustomerCard) -> None:
            self.desk.show_customer(card)

        self.desk.call(lambda: customers.lookup(customer_id), shown)
