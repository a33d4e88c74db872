"""Registering a new customer at the counter, and checking them in in the same go."""

from __future__ import annotations

from decimal import Decimal
from functools import partial

from PySide6.QtWidgets import QLineEdit, QWidget

from loyaltydesk.domain.customer_fields import check_birthday
from loyaltydesk.domain.errors import ErrorCode, LoyaltyError
from loyaltydesk.domain.program import EarnMode
from loyaltydesk.services.dto import CustomerCard, TransactionResult
from loyaltydesk.ui.counter.desk import CounterDesk
from loyaltydesk.ui.counter.register_form import RegisterForm
from loyaltydesk.ui.messages import Messages, error_text
from loyaltydesk.ui.translation import fill


class RegistrationFlow:
    """The inline form: empty, or prefilled with what was typed and found nobody."""

    def __init__(self, desk: CounterDesk) -> None:
        self.desk = desk
        self.form = RegisterForm()
        self.form.submitted.connect(self.submit)

    def open(self, kind: str = "", value: str = "") -> None:
        """``kind`` and ``value``: the phone, email or name that found nobody (or nothing)."""
        desk = self.desk
        if desk.actor is None:
            return
        desk.forget_customer()
        self.form.prefill(kind, value, desk.settings.rules.earn_mode, desk.fmt.locale)
        desk.enter_state("register")
        desk.banner.show_message(Messages.tr("New customer — fill in and press Enter."), "info")
        if kind in {"phone", "email"} and value:
            self.form.name.setFocus()
        else:
            self.form.phone.setFocus()

    def submit(self, *, confirm_amount: bool = False) -> None:
        desk = self.desk
        actor = desk.actor
        if actor is None or desk.busy:
            return
        form = self.form
        mode = desk.settings.rules.earn_mode
        phone, email = form.phone.text().strip(), form.email.text().strip()
        if not phone and not email:
            self._wrong(form.phone, Messages.tr("Type a phone number or an email address."))
            return
        try:
            birth = check_birthday(form.birth_date(), desk.fmt.today())
        except (ValueError, LoyaltyError):
            self._wrong(form.birthday, Messages.tr("That birth date is not valid."))
            return
        amount: Decimal | None = None
        units: int | None = None
        typed = form.amount.text().strip()
        try:
            if mode is EarnMode.SPEND and typed:
                amount = desk.fmt.parse_typed_amount(typed)
            elif mode is EarnMode.UNIT and typed:
                units = int(typed)
        except (LoyaltyError, ValueError) as error:
            desk.refuse(error if isinstance(error, LoyaltyError) else LoyaltyError(
                "units", code=ErrorCode.INVALID_UNITS), focus=form.amount)  # fmt: skip
            return
        check_in = mode is EarnMode.VISIT or amount is not None or units is not None
        fields = {
            "phone": phone or None,
            "email": email or None,
            "name": form.name.text().strip(),
            "birth_date": birth,
            "marketing_consent": form.consent.isChecked(),
        }
        attempt = desk.attempt
        services = desk.services

        def work() -> tuple[CustomerCard, TransactionResult | None]:
            card = services.customers.register(actor=actor, ref_code=f"{attempt}-reg", **fields)
            if not check_in:
                return card, None
            result = services.points.check_in(
                customer=card.customer_id, actor=actor, ref_code=f"{attempt}-in",
                amount=amount, units=units, confirm_amount=confirm_amount,
            )  # fmt: skip
            return card, result

        desk.call(work, self._on_registered, write=True, on_refused=self._on_refused)

    def _on_refused(self, error: LoyaltyError) -> bool:
        """Say which field is wrong and put the cursor in it."""
        form, words = self.form, error_text(error, self.desk.fmt)
        match error.code:
            case ErrorCode.PURCHASE_UNUSUAL:
                sure = partial(self.submit, confirm_amount=True)
                self.desk.banner.ask(words, "warn", sure, partial(self._select, form.amount))
                return True
            case ErrorCode.INVALID_PHONE:
                field: QLineEdit = form.phone
            case ErrorCode.INVALID_EMAIL:
                field = form.email
            case ErrorCode.CUSTOMER_EXISTS if error.details.get("field") == "email":
                field, words = (
                    form.email,
                    Messages.tr("A customer with this email is already registered."),
                )
            case ErrorCode.CUSTOMER_EXISTS:
                field, words = (
                    form.phone,
                    Messages.tr("A customer with this phone number is already registered."),
                )
            case ErrorCode.INVALID_INPUT if "limit" in error.details:
                field, words = (
                    form.name,
                    Messages.tr("The name is too long or has signs it cannot have."),
                )
            case ErrorCode.INVALID_AMOUNT | ErrorCode.INVALID_UNITS | ErrorCode.PURCHASE_TOO_LARGE:
                field = form.amount
            case _:
                return False
        self._wrong(field, words)
        return True

    def _wrong(self, field: QLineEdit, words: str) -> None:
        self.desk.banner.show_message(words, "bad")
        self._select(field)

    @staticmethod
    def _select(field: QWidget) -> None:
        field.setFocus()
        if isinstance(field, QLineEdit):
            field.selectAll()

    def _on_registered(self, outcome: tuple[CustomerCard, TransactionResult | None]) -> None:
        desk = self.desk
        card, result = outcome
        welcome = fill(
            Messages.tr("Welcome, %1! Member code %2."), card.name or "", card.short_code
        )
        if result is None:
            desk.show_customer(card)
            desk.banner.show_message(welcome, "ok")
            desk.refresh_recent()
            return
        desk.recorded(result, card)
        desk.banner.show_message(welcome + " · " + desk.banner.text, "ok")
