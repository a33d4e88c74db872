"""Redeeming a voucher at the counter: show it, quote the discount, record it once."""

from __future__ import annotations

import uuid

from loyaltydesk.domain.errors import LoyaltyError
from loyaltydesk.domain.sync_settings import PROVIDERS
from loyaltydesk.services.voucher_dto import VoucherQuote, VoucherRedemption, VoucherView
from loyaltydesk.ui.counter.desk import CounterDesk
from loyaltydesk.ui.counter.remote_lookup import RemoteLookupFlow
from loyaltydesk.ui.counter.voucher_panel import VoucherActions, VoucherCard
from loyaltydesk.ui.messages import Messages
from loyaltydesk.ui.translation import fill


class VoucherFlow:
    """The voucher card and panel; ``remote`` says whether the shop's service holds vouchers."""

    def __init__(self, desk: CounterDesk, remote: RemoteLookupFlow) -> None:
        self.desk = desk
        self.remote = remote
        self.card = VoucherCard()
        self.actions = VoucherActions()
        self.actions.apply_requested.connect(self.quote)
        self.view: VoucherView | None = None
        self.waiting_code: str | None = None
        """A voucher scanned before the member, where the loyalty service needs who uses it."""
        self._attempt = uuid.uuid4().hex

    def needs_customer(self) -> bool:
        """The shop syncs with a service that holds vouchers (KiriMel): it needs the customer."""
        provider = self.remote.provider
        return provider is not None and PROVIDERS[provider].vouchers

    def customer_shown(self) -> None:
        """A member was scanned after a voucher that waited for one: back to the voucher."""
        code, self.waiting_code = self.waiting_code, None
        if code is not None:
            self.look_up(code)

    def look_up(self, code: str) -> None:
        services = self.desk.services
        self.desk.call(lambda: services.vouchers.look_up_voucher(code), self.show)

    def show(self, view: VoucherView) -> None:
        desk = self.desk
        self.view = view
        self._attempt = uuid.uuid4().hex
        self.card.show_voucher(view, desk.fmt)
        self.actions.currency.setText(desk.fmt.currency_symbol())
        self.actions.amount.clear()
        usable = view.state == "VALID"
        card = desk.card
        self.card.show_holder(
            fill(Messages.tr("For %1"), card.name or card.short_code) if card else ""
        )
        desk.enter_state("voucher")
        if usable and card is None and self.needs_customer():
            self.actions.set_usable(False)
            self.waiting_code = view.code
            desk.banner.show_message(fill(
                Messages.tr("Scan the customer's member card first: %1 needs to know who uses the "
                "voucher. It comes back here after."), self.remote.title), "warn")  # fmt: skip
            desk.focus_scan()
            return
        self.actions.set_usable(usable)
        if usable:
            desk.banner.clear()
            self.actions.amount.setFocus()
        else:
            desk.banner.show_message(self.card.state.text(), "bad")
            desk.focus_scan()

    def quote(self) -> None:
        view = self.view
        if view is None or view.state != "VALID" or self.desk.busy:
            return
        try:
            amount = self.desk.fmt.parse_typed_amount(self.actions.amount.text())
        except LoyaltyError as error:
            self.desk.refuse(error, focus=self.actions.amount)
            return
        services = self.desk.services
        self.desk.call(
            lambda: services.vouchers.check_voucher(code=view.code, amount=amount),
            self._on_quote,
        )

    def _on_quote(self, quote: VoucherQuote) -> None:
        fmt = self.desk.fmt
        question = fill(
            Messages.tr("%1 off — the customer pays %2. Redeem the voucher?"),
            fmt.money(quote.discount),
            fmt.money(quote.amount_due),
        )
        if quote.benefit and quote.discount == 0:
            question = fill(Messages.tr("%1 — redeem the voucher?"), quote.benefit)
        self.desk.banner.ask(
            question, "info", lambda: self._redeem(quote), self.actions.amount.setFocus
        )

    def _redeem(self, quote: VoucherQuote) -> None:
        actor = self.desk.actor
        if actor is None:
            return
        services, code, ref = self.desk.services, quote.voucher.code, f"{self._attempt}-voucher"
        customer = self.desk.card.customer_id if self.desk.card else None
        self.desk.call(
            lambda: services.vouchers.redeem_voucher(
                code=code, amount=quote.amount, actor=actor, ref_code=ref, customer=customer
            ),
            self._on_redeemed,
            write=True,
        )

    def _on_redeemed(self, result: VoucherRedemption) -> None:
        fmt = self.desk.fmt
        if result.discount:
            text = fill(
                Messages.tr("Voucher redeemed — %1 off · the customer pays %2"),
                fmt.money(result.discount),
                fmt.money(result.amount_due),
            )
        else:
            text = fill(Messages.tr("Voucher redeemed — %1"), result.benefit)
        if result.replayed:
            text += " " + Messages.tr("(already recorded — nothing changed)")
        self.desk.banner.show_message(text, "ok")
        self.actions.set_usable(False)
        self.desk.refresh_recent()
        self.look_up_quietly(result)

    def look_up_quietly(self, result: VoucherRedemption) -> None:
        """Show the voucher as now redeemed, keeping the success message."""
        view = self.view
        if view is None:
            return
        services = self.desk.services

        def refreshed(new_view: VoucherView) -> None:
            self.view = new_view
            self.card.show_voucher(new_view, self.desk.fmt)

        self.desk.call(lambda: services.vouchers.look_up_voucher(view.code), refreshed)
