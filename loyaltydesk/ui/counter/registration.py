"""Registering a new customer at the counter, and checking them in in the same go."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from loyaltydesk.domain.errors import ErrorCode, LoyaltyError
from loyaltydesk.domain.program import EarnMode
from loyaltydesk.services.dto import CustomerCard, TransactionResult
from loyaltydesk.ui.counter.desk import CounterDesk
from loyaltydesk.ui.counter.register_form import RegisterForm
from loyaltydesk.ui.messages import tr


class RegistrationFlow:
    """The inline form, prefilled with what was scanned or typed (``typed`` reads the scan
    field)."""

    def __init__(self, desk: CounterDesk, typed: Callable[[], str]) -> None:
        self.desk = desk
        self._typed = typed
        self.form = RegisterForm()
        self.form.submitted.connect(self.submit)

    def open(self, kind: str = "", value: str = "") -> None:
        if self.desk.actor is None:
            return
        if not kind:
            typed = self._typed().strip()
            kind, value = ("email", typed) if "@" in typed else ("phone", typed)
        self.desk.forget_customer()
        self.form.prefill(kind, value, self.desk.settings.rules.earn_mode, self.desk.fmt.locale)
        self.desk.enter_state("register")
        self.desk.banner.show_message(tr("New customer — fill in and press Enter."), "info")
        if kind in {"phone", "email"} and value:
            self.form.name.setFocus()
        else:
            self.form.phone.setFocus()

    def submit(self) -> None:
        actor = self.desk.actor
        if actor is None or self.desk.busy:
            return
        form = self.form
        mode = self.desk.settings.rules.earn_mode
        try:
            birth = form.birth_date()
        except ValueError:
            self.desk.banner.show_message(tr("That birth date is not valid."), "bad")
            form.birthday.setFocus()
            return
        amount: Decimal | None = None
        units: int | None = None
        typed = form.amount.text().strip()
        try:
            if mode is EarnMode.SPEND and typed:
                amount = self.desk.fmt.parse_typed_amount(typed)
            elif mode is EarnMode.UNIT and typed:
                units = int(typed)
        except (LoyaltyError, ValueError) as error:
            self.desk.refuse(error if isinstance(error, LoyaltyError) else LoyaltyError(
                "units", code=ErrorCode.INVALID_UNITS), focus=form.amount)  # fmt: skip
            return
        check_in = mode is EarnMode.VISIT or amount is not None or units is not None
        fields = {
            "phone": form.phone.text().strip() or None,
            "email": form.email.text().strip() or None,
            "name": form.name.text().strip(),
            "birth_date": birth,
            "marketing_consent": form.consent.isChecked(),
        }
        attempt = self.desk.attempt
        services = self.desk.services

        def work() -> tuple[CustomerCard, TransactionResult | None]:
            card = services.customers.register(actor=actor, ref_code=f"{attempt}-reg", **fields)
            if not check_in:
                return card, None
            result = services.points.check_in(
                customer=card.customer_id, actor=actor, ref_code=f"{attempt}-in",
                amount=amount, units=units,
            )  # fmt: skip
            return card, result

        self.desk.call(work, self._on_registered, write=True)

    def _on_registered(self, outcome: tuple[CustomerCard, TransactionResult | None]) -> None:
        card, result = outcome
        if result is None:
            self.desk.show_customer(card)
            self.desk.banner.show_message(tr("Welcome, %1! Member code %2.", card.name or "",
                                        card.short_code), "ok")  # fmt: skip
            self.desk.refresh_recent()
            return
        self.desk.recorded(result, card)
        self.desk.banner.show_message(
            tr("Welcome, %1! Member code %2.", card.name or "", card.short_code) + " · "
            + self.desk.banner.text, "ok",
        )  # fmt: skip
