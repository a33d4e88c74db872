"""Recording for the customer on the card: check in, redeem a reward, pay with points."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import partial

from loyaltydesk.domain.errors import ErrorCode, LoyaltyError
from loyaltydesk.domain.program import EarnMode
from loyaltydesk.domain.rewards import points_to_pay
from loyaltydesk.services.dto import TransactionResult
from loyaltydesk.ui.counter.actions import ActionPanel
from loyaltydesk.ui.counter.desk import CounterDesk
from loyaltydesk.ui.messages import Messages, error_text
from loyaltydesk.ui.translation import fill

_RECEIPT = re.compile(r"^[\x21-\x7e]{1,40}$")


class RecordingFlow:
    """The right-hand panel's acts, each recorded once under this attempt's ref_code."""

    def __init__(self, desk: CounterDesk, actions: ActionPanel) -> None:
        self.desk = desk
        self.actions = actions
        actions.check_in_requested.connect(self.check_in)
        actions.pay_requested.connect(self.ask_pay)
        actions.redeem_requested.connect(self.ask_redeem)
        actions.pay_points.textChanged.connect(self._show_pay_value)

    def check_in(self, *, confirm: bool = False, confirm_amount: bool = False) -> None:
        """``confirm``: again inside the cooldown; ``confirm_amount``: above the usual amount."""
        desk = self.desk
        card, actor = desk.card, desk.actor
        if card is None or actor is None or card.is_blocked or desk.busy:
            return
        mode = desk.settings.rules.earn_mode
        amount: Decimal | None = None
        units: int | None = None
        typed = self.actions.amount.text().strip()
        try:
            if mode is EarnMode.SPEND:
                amount = desk.fmt.parse_typed_amount(typed)
            elif mode is EarnMode.UNIT:
                units = int(typed) if typed.isdigit() else 0
                if units <= 0:
                    raise LoyaltyError("units", code=ErrorCode.INVALID_UNITS)
        except LoyaltyError as error:
            desk.refuse(error, focus=self.actions.amount)
            return
        ref = self._ref("in")
        if ref is None:
            return
        customer, points = card.customer_id, desk.services.points

        def work() -> TransactionResult:
            return points.check_in(
                customer=customer, actor=actor, ref_code=ref, amount=amount, units=units,
                confirm=confirm, confirm_amount=confirm_amount,
            )  # fmt: skip

        def refused(error: LoyaltyError) -> bool:
            words = error_text(error, desk.fmt)
            if error.code is ErrorCode.DUPLICATE_CHECKIN:
                again = partial(self.check_in, confirm=True, confirm_amount=confirm_amount)
                desk.banner.ask(words, "warn", again, self.actions.focus_entry)
            elif error.code is ErrorCode.PURCHASE_UNUSUAL:
                sure = partial(self.check_in, confirm=confirm, confirm_amount=True)
                desk.banner.ask(words, "warn", sure, self._back_to_amount)
            elif error.code is ErrorCode.PURCHASE_TOO_LARGE:
                desk.banner.show_message(words, "bad")
                self._back_to_amount()
            else:
                return False
            return True

        desk.call(work, desk.recorded, write=True, on_refused=refused)

    def _back_to_amount(self) -> None:
        self.actions.amount.setFocus()
        self.actions.amount.selectAll()

    def ask_redeem(self, reward_id: int) -> None:
        desk = self.desk
        card, fmt = desk.card, desk.fmt
        if card is None or card.is_blocked or desk.busy:
            return
        option = next((r for r in card.rewards if r.reward_id == reward_id), None)
        if option is None:
            return
        if not option.available:
            desk.banner.show_message(
                fill(Messages.tr("Not enough points: %1 of %2."), fmt.points(card.balance),
                   fmt.points(option.cost)),
                "bad",
            )  # fmt: skip
            return
        question = fill(Messages.tr("Redeem %1 for %Ln point(s)?", "", option.cost), option.title)
        desk.banner.ask(question, "info", lambda: self._redeem(reward_id), self.actions.focus_entry)

    def _redeem(self, reward_id: int) -> None:
        desk = self.desk
        card, actor = desk.card, desk.actor
        ref = self._ref("redeem")
        if card is None or actor is None or ref is None:
            return
        customer, points = card.customer_id, desk.services.points
        desk.call(
            lambda: points.redeem_reward(
                customer=customer, reward_id=reward_id, actor=actor, ref_code=ref
            ),
            desk.recorded,
            write=True,
        )

    def ask_pay(self) -> None:
        """Enter in the points field: what they are worth, and Enter again pays."""
        desk = self.desk
        card = desk.card
        if card is None or desk.actor is None or card.is_blocked or desk.busy:
            return
        typed = self.actions.pay_points.text().strip()
        if not typed.isdigit() or int(typed) <= 0:
            desk.refuse(LoyaltyError("points", code=ErrorCode.INVALID_POINTS),
                        focus=self.actions.pay_points)  # fmt: skip
            return
        paid = int(typed)
        try:
            _, value = self._quote(paid)
        except LoyaltyError as error:
            desk.refuse(error, focus=self.actions.pay_points)
            return
        question = fill(Messages.tr("Pay %1 with %Ln point(s)?", "", paid), desk.fmt.money(value))
        desk.banner.ask(question, "info", lambda: self.pay_with_points(paid), self._back_to_pay)

    def _back_to_pay(self) -> None:
        self.actions.pay_points.setFocus()
        self.actions.pay_points.selectAll()

    def _quote(self, points: int) -> tuple[int, Decimal]:
        settings = self.desk.settings
        return points_to_pay(point_value=settings.rules.point_value,
                             currency=settings.profile.currency, points=points)  # fmt: skip

    def _show_pay_value(self, typed: str) -> None:
        """ "= RM2.50" beside the points as they are typed."""
        text = ""
        if typed.isdigit() and int(typed) > 0:
            try:
                text = "= " + self.desk.fmt.money(self._quote(int(typed))[1])
            except LoyaltyError:
                text = ""
        self.actions.pay_value.setText(text)

    def pay_with_points(self, paid: int) -> None:
        desk = self.desk
        card, actor = desk.card, desk.actor
        if card is None or actor is None or card.is_blocked or desk.busy:
            return
        ref = self._ref("pay")
        if ref is None:
            return
        customer, points = card.customer_id, desk.services.points
        desk.call(
            lambda: points.pay_with_points(
                customer=customer, points=paid, actor=actor, ref_code=ref
            ),
            desk.recorded,
            write=True,
        )

    def _ref(self, kind: str) -> str | None:
        """The ref_code of this attempt: from the receipt number when there is one."""
        receipt = self.actions.receipt.text().strip()
        if not receipt:
            return f"{self.desk.attempt}-{kind}"
        if not _RECEIPT.match(receipt):
            self.desk.refuse(LoyaltyError("ref", code=ErrorCode.INVALID_REF_CODE),
                             focus=self.actions.receipt)  # fmt: skip
            return None
        actor = self.desk.actor
        till = re.sub(r"[^\x21-\x7e]", "_", actor.till if actor else "till")
        return f"{till[:24]}:{receipt}:{kind}"
