"""Words for cashiers: every error code and every outcome, translatable."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from loyaltydesk.domain.errors import ErrorCode, LoyaltyError
from loyaltydesk.services.dto import TransactionResult
from loyaltydesk.ui.formatting import Formatter
from loyaltydesk.ui.translation import TranslationContext, fill


class Messages(TranslationContext):
    """Words for cashiers: errors and outcomes at the counter."""


def error_text(error: LoyaltyError, fmt: Formatter | None = None) -> str:
    """A cashier's sentence for a typed error; details fill in numbers where there are some."""
    d = error.details
    points = fmt.points if fmt else str
    match error.code:
        case ErrorCode.INSUFFICIENT_BALANCE:
            if "balance" in d and "needed" in d:
                return fill(
                    Messages.tr("Not enough points: %1 of %2."),
                    points(d["balance"]),
                    points(d["needed"]),
                )
            return Messages.tr("Not enough points.")
        case ErrorCode.DUPLICATE_CHECKIN:
            minutes = int(d.get("minutes_ago", 0))
            if minutes < 1:
                return Messages.tr("Checked in just now — press Enter to check in again.")
            return Messages.tr(
                "Checked in %n minute(s) ago — press Enter to check in again.", "", minutes
            )
        case ErrorCode.VOUCHER_ALREADY_REDEEMED if fmt and d.get("redeemed_at"):
            at = d["redeemed_at"]
            return fill(
                Messages.tr("Already redeemed on %1 at %2 by %3."),
                f"{fmt.date(at)} {fmt.time(at)}",
                d.get("redeemed_till") or "?",
                d.get("redeemed_by") or "?",
            )
        case ErrorCode.VOUCHER_EXPIRED if fmt and d.get("valid_until"):
            return fill(Messages.tr("This voucher expired on %1."), fmt.date(d["valid_until"]))
        case ErrorCode.VOUCHER_NOT_YET_VALID if fmt and d.get("valid_from"):
            return fill(Messages.tr("This voucher is valid from %1."), fmt.date(d["valid_from"]))
        case ErrorCode.MIN_PURCHASE_NOT_MET if fmt and d.get("min_purchase") is not None:
            return fill(
                Messages.tr("This voucher needs a purchase of at least %1."),
                fmt.money(d["min_purchase"]),
            )
        case ErrorCode.PURCHASE_UNUSUAL if fmt and "usual" in d:
            return fill(
                Messages.tr(
                    "%1 is more than this shop's largest usual purchase (%2). Is the amount right? "
                    "Enter checks in, Esc goes back."
                ),
                fmt.money(d["amount"]),
                fmt.money(d["usual"]),
            )
        case ErrorCode.PURCHASE_TOO_LARGE if fmt and "ceiling" in d:
            return fill(
                Messages.tr(
                    "%1 is more than the counter records at once (at most %2). Check the amount."
                ),
                fmt.money(d["amount"]),
                fmt.money(d["ceiling"]),
            )
        case ErrorCode.SIGN_IN_LOCKED:
            return Messages.tr(
                "Too many wrong PINs. Try again in %n second(s).", "", int(d.get("seconds", 60))
            )
    text = _MESSAGES.get(error.code)
    return Messages.tr(text) if text else error.message


_MESSAGES: dict[ErrorCode, str] = {
    ErrorCode.INVALID_AMOUNT: QT_TRANSLATE_NOOP(
        "Messages", "Type the amount as a number, like 25.50."
    ),
    ErrorCode.INVALID_UNITS: QT_TRANSLATE_NOOP(
        "Messages", "Type how many units, as a whole number."
    ),
    ErrorCode.INVALID_POINTS: QT_TRANSLATE_NOOP(
        "Messages", "Type the points as a whole number above 0."
    ),
    ErrorCode.INVALID_IDENTIFIER: QT_TRANSLATE_NOOP(
        "Messages", "That could not be read. Scan again or type it."
    ),
    ErrorCode.INVALID_PHONE: QT_TRANSLATE_NOOP("Messages", "That phone number is not valid."),
    ErrorCode.INVALID_EMAIL: QT_TRANSLATE_NOOP("Messages", "That email address is not valid."),
    ErrorCode.INVALID_INPUT: QT_TRANSLATE_NOOP("Messages", "Please check what you typed."),
    ErrorCode.INVALID_REF_CODE: (
        QT_TRANSLATE_NOOP(
            "Messages", "The receipt number is at most 40 letters, digits or signs, with no spaces."
        )
    ),
    ErrorCode.CUSTOMER_NOT_FOUND: QT_TRANSLATE_NOOP("Messages", "No customer found."),
    ErrorCode.CUSTOMER_BLOCKED: QT_TRANSLATE_NOOP(
        "Messages", "Blocked customer — nothing can be recorded."
    ),
    ErrorCode.CUSTOMER_EXISTS: QT_TRANSLATE_NOOP(
        "Messages", "A customer with that phone or email already exists."
    ),
    ErrorCode.AMBIGUOUS_IDENTIFIER: QT_TRANSLATE_NOOP(
        "Messages", "More than one customer matches. Scan their card instead."
    ),
    ErrorCode.REWARD_NOT_FOUND: QT_TRANSLATE_NOOP("Messages", "That reward no longer exists."),
    ErrorCode.REWARD_INACTIVE: QT_TRANSLATE_NOOP("Messages", "That reward is no longer offered."),
    ErrorCode.TRANSACTION_NOT_FOUND: QT_TRANSLATE_NOOP(
        "Messages", "That transaction was not found."
    ),
    ErrorCode.ALREADY_VOIDED: QT_TRANSLATE_NOOP("Messages", "That was already voided."),
    ErrorCode.VOID_NOT_ALLOWED: QT_TRANSLATE_NOOP("Messages", "That cannot be voided."),
    ErrorCode.REF_CODE_REUSED: QT_TRANSLATE_NOOP(
        "Messages", "That receipt number was already used for something else."
    ),
    ErrorCode.PERMISSION_DENIED: QT_TRANSLATE_NOOP("Messages", "This needs an owner."),
    ErrorCode.NOT_SIGNED_IN: QT_TRANSLATE_NOOP("Messages", "Please sign in first."),
    ErrorCode.WRONG_PIN: QT_TRANSLATE_NOOP("Messages", "Wrong PIN."),
    ErrorCode.NOT_OWNER_PIN: QT_TRANSLATE_NOOP("Messages", "That PIN is not an owner's."),
    ErrorCode.PURCHASE_UNUSUAL: QT_TRANSLATE_NOOP(
        "Messages", "That amount is unusually large. Is it right?"
    ),
    ErrorCode.PURCHASE_TOO_LARGE: QT_TRANSLATE_NOOP(
        "Messages", "That amount is more than the counter records at once."
    ),
    ErrorCode.POINTS_PAYMENT_DISABLED: QT_TRANSLATE_NOOP(
        "Messages", "This shop does not take points as payment."
    ),
    ErrorCode.AMOUNT_TOO_HIGH: QT_TRANSLATE_NOOP(
        "Messages", "Points can pay at most the purchase amount."
    ),
    ErrorCode.STORE_UNAVAILABLE: QT_TRANSLATE_NOOP(
        "Messages", "The shop database is not available. Check the connection."
    ),
    ErrorCode.VOUCHER_NOT_FOUND: QT_TRANSLATE_NOOP("Messages", "No voucher has that code."),
    ErrorCode.VOUCHER_VOID: QT_TRANSLATE_NOOP("Messages", "This voucher was cancelled."),
    ErrorCode.VOUCHER_ALREADY_REDEEMED: QT_TRANSLATE_NOOP(
        "Messages", "This voucher was already redeemed."
    ),
    ErrorCode.VOUCHER_EXPIRED: QT_TRANSLATE_NOOP("Messages", "This voucher has expired."),
    ErrorCode.VOUCHER_NOT_YET_VALID: QT_TRANSLATE_NOOP(
        "Messages", "This voucher is not valid yet."
    ),
    ErrorCode.MIN_PURCHASE_NOT_MET: QT_TRANSLATE_NOOP(
        "Messages", "The purchase is below this voucher's minimum."
    ),
    ErrorCode.INVALID_VOUCHER: QT_TRANSLATE_NOOP("Messages", "That voucher code cannot be read."),
    ErrorCode.CUSTOMER_REQUIRED: QT_TRANSLATE_NOOP(
        "Messages",
        "Scan the customer's member card first, then the voucher again: "
        "the loyalty service needs to know who uses it.",
    ),
    ErrorCode.CUSTOMER_ERASED: QT_TRANSLATE_NOOP(
        "Messages", "This customer's personal data was erased."
    ),
    ErrorCode.CUSTOMER_MERGED: QT_TRANSLATE_NOOP(
        "Messages", "This customer was merged into another record."
    ),
    ErrorCode.LAST_OWNER: QT_TRANSLATE_NOOP("Messages", "The shop needs at least one owner."),
}


def earn_sentence(result: TransactionResult, fmt: Formatter) -> str:
    """ "+25 points — 25.50 at 1 point per 1.00 (×1.5 Gold)" and the extras after it."""
    e = result.explanation
    # %1 is the signed count ("+25"); the plural form follows its size
    head = fill(
        Messages.tr("%1 point(s)", "", abs(result.points)), fmt.signed_points(result.points)
    )
    if e is None:
        return head
    if e.rule == "SPEND" and result.amount is not None:
        why = fill(Messages.tr("%1 at 1 point per %2"), fmt.money(result.amount), fmt.money(e.rate))
    elif e.rule == "UNIT" and result.units is not None:
        # the rate of a unit or a visit is a whole number of points (ProgramRules)
        each = Messages.tr("%Ln point(s)", "", int(e.rate))
        why = fill(Messages.tr("%Ln unit(s) at %1 each", "", result.units), each)
    else:
        why = Messages.tr("%Ln point(s) per visit", "", int(e.rate))
    if e.multiplier != 1:
        why += fill(Messages.tr(" (×%1 %2)"), fmt.number(e.multiplier), e.tier or "")
    parts = [f"{head} — {why}"]
    if e.birthday_bonus:
        parts.append(fill(Messages.tr("Happy birthday: +%1 bonus"), fmt.points(e.birthday_bonus)))
    if result.tier_upgraded:
        parts.append(fill(Messages.tr("Now %1!"), result.tier_after))
    parts += [fill(Messages.tr("%1 is now available"), title) for title in result.newly_available]
    return " · ".join(parts)
