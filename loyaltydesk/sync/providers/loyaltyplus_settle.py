"""Was an ambiguous Loyalty+ call applied? Loyalty+ documents no idempotency key, so the answer
comes from comparing what the provider holds before and after.

Before a check-in, a redeem or an adjustment the worker takes a ``Snapshot`` (the balance, and
the points history where the owner token is set) and keeps it with the outbox row. When the call
fails ambiguously, a second snapshot is compared with the first by ``settle``: APPLIED (do not
send again), NOT_APPLIED (safe to send again) or UNKNOWN (the owner decides; never resend).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


@dataclass(frozen=True)
class PointsChange:
    """One entry of a customer's points history at Loyalty+."""

    delta: int
    reason: str


@dataclass(frozen=True)
class Snapshot:
    points: int
    history: tuple[PointsChange, ...] | None = None
    """None without the owner token (the history is an owner endpoint)."""

    def to_json(self) -> dict[str, Any]:
        """For keeping beside the outbox row until the call is settled."""
        history = None if self.history is None else [[c.delta, c.reason] for c in self.history]
        return {"points": self.points, "history": history}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Snapshot:
        history = data.get("history")
        return cls(
            points=int(data["points"]),
            history=None
            if history is None
            else tuple(PointsChange(int(delta), str(reason)) for delta, reason in history),
        )


class Outcome(StrEnum):
    APPLIED = "APPLIED"
    NOT_APPLIED = "NOT_APPLIED"
    UNKNOWN = "UNKNOWN"


@dataclass(frozen=True)
class Settlement:
    outcome: Outcome
    points: int | None = None
    """The change found at the provider when APPLIED."""


TAG_PREFIX = "[ld:"


def tag(reference: str) -> str:
    """The mark an adjustment's reason carries, so its history entry can be found again."""
    return f"{TAG_PREFIX}{reference}]"


def settle(
    before: Snapshot, after: Snapshot, *, delta: int | None, tagged: str | None = None
) -> Settlement:
    """Compare two snapshots around one ambiguous call.

    ``delta`` is the change the call makes (a redeem: minus its points), or None for a check-in,
    whose points the provider computes (a positive change of any size). ``tagged`` is the tag of
    an adjustment, found in the history's reasons whatever else happened.
    """
    moved = after.points - before.points
    if before.history is None or after.history is None:
        if moved == 0:
            return Settlement(Outcome.NOT_APPLIED)
        if moved == delta or (delta is None and moved > 0):
            return Settlement(Outcome.APPLIED, moved)
        return Settlement(Outcome.UNKNOWN)
    new = list((Counter(after.history) - Counter(before.history)).elements())
    if tagged is not None:
        found = [change for change in after.history if tagged in change.reason]
    else:
        found = [change for change in new if _is_ours(change, delta)]
    if len(found) == 1 and (tagged is not None or sum(c.delta for c in new) == moved):
        return Settlement(Outcome.APPLIED, found[0].delta)
    if not found and sum(change.delta for change in new) == moved:
        # Whatever moved the balance is in the history, and none of it is this call.
        return Settlement(Outcome.NOT_APPLIED)
    return Settlement(Outcome.UNKNOWN)


def _is_ours(change: PointsChange, delta: int | None) -> bool:
    if TAG_PREFIX in change.reason:
        return False  # an adjustment, never a check-in or a redeem
    return change.delta > 0 if delta is None else change.delta == delta
