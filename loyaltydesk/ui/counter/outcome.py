"""The green line after something was recorded at the counter."""

from __future__ import annotations

from decimal import Decimal

from loyaltydesk.services.dto import TransactionResult
from loyaltydesk.ui.formatting import Formatter
from loyaltydesk.ui.messages import Messages, earn_sentence
from loyaltydesk.ui.translation import fill


def recorded_sentence(result: TransactionResult, fmt: Formatter) -> str:
    """What was recorded, in words, and the balance after it."""
    if result.kind == "CHECK_IN":
        text = earn_sentence(result, fmt)
    elif result.kind == "REDEEM_REWARD":
        text = fill(Messages.tr("%1 redeemed — %2 point(s)", "", abs(result.points)),
                    result.reward_title or "", fmt.signed_points(result.points))  # fmt: skip
    elif result.kind == "PAY_WITH_POINTS":
        text = fill(Messages.tr("%1 point(s) paid %2", "", abs(result.points)),
                    fmt.signed_points(result.points),
                    fmt.money(result.payment_value or Decimal(0)))  # fmt: skip
    elif result.kind == "VOID":
        text = fill(Messages.tr("Voided — %1 point(s)", "", abs(result.points)),
                    fmt.signed_points(result.points))  # fmt: skip
    else:
        text = Messages.tr("Done")
    if result.replayed:
        text += " " + Messages.tr("(already recorded — nothing changed)")
    return text + " · " + fill(Messages.tr("Balance %1"), fmt.points(result.balance))
