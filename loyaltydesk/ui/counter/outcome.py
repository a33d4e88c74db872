"""The green line after something was recorded at the counter."""

from __future__ import annotations

from decimal import Decimal

from loyaltydesk.services.dto import TransactionResult
from loyaltydesk.ui.formatting import Formatter
from loyaltydesk.ui.messages import earn_sentence, tr


def recorded_sentence(result: TransactionResult, fmt: Formatter) -> str:
    """What was recorded, in words, and the balance after it."""
    if result.kind == "CHECK_IN":
        text = earn_sentence(result, fmt)
    elif result.kind == "REDEEM_REWARD":
        text = tr("%1 redeemed — %2 points", result.reward_title or "",
                  fmt.signed_points(result.points))  # fmt: skip
    elif result.kind == "PAY_WITH_POINTS":
        text = tr("%1 points paid %2", fmt.signed_points(result.points),
                  fmt.money(result.payment_value or Decimal(0)))  # fmt: skip
    elif result.kind == "VOID":
        text = tr("Voided — %1 points", fmt.signed_points(result.points))
    else:
        text = tr("Done")
    if result.replayed:
        text += " " + tr("(already recorded — nothing changed)")
    return text + " · " + tr("Balance %1", fmt.points(result.balance))
