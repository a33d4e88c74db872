"""Who may void what: one rule for the void itself and for the counter that offers it."""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

from loyaltydesk.domain.ledger import VOIDABLE, OperationKind
from loyaltydesk.domain.staff import Actor


class VoidCheck(StrEnum):
    ALLOWED = "ALLOWED"
    ALREADY_VOIDED = "ALREADY_VOIDED"
    NOT_VOIDABLE = "NOT_VOIDABLE"
    """A void (a reversal), a registration, a voucher or an expiry: nothing to undo by a void."""
    ADJUSTMENT_NEEDS_OWNER = "ADJUSTMENT_NEEDS_OWNER"
    OTHER_TILL_NEEDS_OWNER = "OTHER_TILL_NEEDS_OWNER"
    TOO_OLD_NEEDS_OWNER = "TOO_OLD_NEEDS_OWNER"

    @property
    def owner_may(self) -> bool:
        """An owner's PIN makes it allowed."""
        return self in _OWNER_MAY


_OWNER_MAY = frozenset(
    {
        VoidCheck.ADJUSTMENT_NEEDS_OWNER,
        VoidCheck.OTHER_TILL_NEEDS_OWNER,
        VoidCheck.TOO_OLD_NEEDS_OWNER,
    }
)


def check_void(
    *,
    kind: str,
    voided: bool,
    till: str,
    created_at: datetime,
    actor: Actor,
    window_minutes: int,
    now: datetime,
) -> VoidCheck:
    """Whether ``actor`` may void a transaction: a cashier their own till's, inside the shop's
    void window, never an adjustment; an owner any voidable one."""
    if voided:
        return VoidCheck.ALREADY_VOIDED
    if kind not in VOIDABLE:
        return VoidCheck.NOT_VOIDABLE
    if actor.is_owner:
        return VoidCheck.ALLOWED
    if kind == OperationKind.ADJUST:
        return VoidCheck.ADJUSTMENT_NEEDS_OWNER
    if till != actor.till:
        return VoidCheck.OTHER_TILL_NEEDS_OWNER
    if now - created_at > timedelta(minutes=window_minutes):
        return VoidCheck.TOO_OLD_NEEDS_OWNER
    return VoidCheck.ALLOWED
