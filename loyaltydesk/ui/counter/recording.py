"""Recording for the customer on the card: check in, redeem a reward, pay with points."""

from __future__ import annotations

import re
from decimal import Decimal

from loyaltydesk.domain.errors import ErrorCode, LoyaltyError
from loyaltydesk.domain.program import EarnMode
from loyaltydesk.services.dto import TransactionResult
from loyaltydesk.ui.counter.actions import ActionPanel
from loyaltydesk.ui.counter.desk import CounterDesk
from loyaltydesk.ui.messages import error_text, tr

_RECEIPT = re.compile(r"^[\x21-\x7e]{1,40}$")


class RecordingFlow:
    """The right-hand panel's acts, each recorded once under this attempt's ref_code."""

    def __init__(self, desk: CounterDesk, actions: ActionPanel) -> None:
        self.desk = desk
        self.actions = actions
        actions.check_in_requested.connect(self.check_in)
        actions.pay_requested.connect(self.pay_with_points)
        actions.redeem_requested.connect(self.ask_redeem)

    def check_in(self, *, confirm: bool = False) -> None:
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
                confirm=confirm,
            )  # fmt: skip

        desk.call(work, desk.recorded, write=True, on_refused=self._on_check_in_refused)

    def _on_check_in_refused(self, error: LoyaltyError) -> bool:
        if error.code is ErrorCode.DUPLICATE_CHECKIN:
            self.desk.banner.ask(
                error_text(error, self.desk.fmt),
                "warn",
                lambda: self.check_in(confirm=True),
                self.actions.focus_entry,
            )
            return True
        return False

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
                tr("Not enough points: %1 of %2.", fmt.points(card.balance),
                   fmt.points(option.cost)),
                "bad",
            )  # fmt: skip
            return
        question = tr("Redeem %1 for %2 points?", option.title, fmt.points(option.cost))
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

    def pay_with_points(self) -> None:
        desk = self.desk
        card, actor = desk.card, desk.actor
        if card is None or actor is None or card.is_blocked or desk.busy:
            return
        typed = self.actions.pay_points.text().strip()
        if not typed.isdigit() or int(typed) <= 0:
            desk.refuse(LoyaltyError("points", code=ErrorCode.INVALID_POINTS),
                        focus=self.actions.pay_points)  # fmt: skip
            return
        paid = int(typed)
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
