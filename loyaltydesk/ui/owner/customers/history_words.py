"""A points-history line in the shop's words: what happened and the values behind it.

The ledger keeps short rule codes ("SPEND rate=1.00 x1.5", "VOID EARN", "POINTS_PAYMENT");
an owner reads "Check-in: RM25.00 → 25 points", "Void of a check-in", "Paid RM1.00 with points".
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from loyaltydesk.services.dto import HistoryEntry
from loyaltydesk.ui.formatting import Formatter
from loyaltydesk.ui.translation import TranslationContext

#: Kinds whose reason is what a person typed (an adjustment, a void); other reasons are the
#: ledger's own notes and the sentence already says them.
TYPED_REASON_RULES = ("ADJUST",)


class HistoryWords(TranslationContext):
    """Words of a customer's points history."""


def _points(fmt: Formatter, value: int) -> str:
    return HistoryWords.tr("%Ln point(s)", "", abs(value))


def _multiplier(rule: str) -> Decimal | None:
    """The tier multiplier written as "x1.5" in an earn rule, when it is not 1."""
    for part in rule.split():
        if part.startswith("x"):
            try:
                value = Decimal(part[1:])
            except InvalidOperation:
                return None
            return value if value != 1 else None
    return None


def history_details(entry: HistoryEntry, fmt: Formatter) -> str:
    """One sentence for one ledger entry."""
    rule, points = entry.rule, _points(fmt, entry.points)
    head = rule.split(" ", 1)[0]
    if entry.kind == "EARN" and head in ("SPEND", "VISIT", "UNIT"):
        if head == "SPEND" and entry.amount is not None:
            text = HistoryWords.tr("Check-in: %1 → %2").replace("%1", fmt.money(entry.amount))
        elif head == "UNIT" and entry.units is not None:
            items = HistoryWords.tr("%Ln item(s)", "", entry.units)
            text = HistoryWords.tr("Check-in: %1 → %2").replace("%1", items)
        else:
            text = HistoryWords.tr("Check-in (a visit) → %2")
        text = text.replace("%2", points)
        factor = _multiplier(rule)
        if factor is not None:
            text += HistoryWords.tr(" (tier ×%1)").replace("%1", fmt.number(factor))
        return text
    if rule == "BIRTHDAY":
        return HistoryWords.tr("Birthday bonus")
    if rule == "IMPORT":
        return HistoryWords.tr("Opening balance, imported from a file")
    if rule == "REWARD":
        return HistoryWords.tr("Reward: %1").replace("%1", entry.reason)
    if rule == "POINTS_PAYMENT":
        if entry.amount is not None:
            return HistoryWords.tr("Paid %1 with points").replace("%1", fmt.money(entry.amount))
        return HistoryWords.tr("Paid with points")
    if rule == "EXPIRY" or entry.kind == "EXPIRE":
        return HistoryWords.tr("Points expired (unused)")
    if rule == "MERGE_IN":
        return HistoryWords.tr("Moved in from a merged duplicate")
    if rule == "MERGE_OUT":
        return HistoryWords.tr("Moved to the card this one was merged into")
    if rule.startswith("VOID "):
        voided = rule.removeprefix("VOID ")
        return {
            "EARN": HistoryWords.tr("Void of a check-in"),
            "REDEEM": HistoryWords.tr("Void: the points spent are given back"),
            "ADJUST": HistoryWords.tr("Void of an adjustment"),
        }.get(voided, HistoryWords.tr("Void"))
    if entry.kind == "ADJUST":
        return HistoryWords.tr("Adjusted by hand")
    return ""


def typed_reason(entry: HistoryEntry) -> str:
    """The reason a person typed (for an adjustment or a void), else nothing."""
    if entry.rule in TYPED_REASON_RULES or entry.rule.startswith("VOID "):
        return entry.reason
    return ""
