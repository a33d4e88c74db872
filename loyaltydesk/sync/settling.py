"""Settling an ambiguous call to a provider without idempotency keys.

A provider that offers ``snapshot`` / ``settle`` (the ``Settling`` interface, e.g. Loyalty+ with
its points history) settles its own calls. Any other non-idempotent provider is settled by its
balance alone: unchanged means not applied; moved by exactly the call's points (or, for a
check-in whose points the provider computes, by any positive amount) means applied; anything
else cannot be told and is the owner's to check.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from loyaltydesk.sync.provider import (
    Adjust,
    Capability,
    Earn,
    Mutation,
    Posted,
    Provider,
    ProviderRefusedError,
    Redeem,
    Settling,
)

AMBIGUOUS = "AMBIGUOUS"


class BalanceSettling:
    """The fallback ``Settling`` of a non-idempotent provider: its balance before and after."""

    def __init__(self, provider: Provider) -> None:
        self._provider = provider

    def snapshot(self, remote_id: str) -> Mapping[str, Any]:
        return {"points": self._provider.balance(remote_id).points}

    def settle(self, request: Mutation, before: Mapping[str, Any]) -> Posted | None:
        now = self._provider.balance(request.remote_id).points
        moved = now - int(before["points"])
        if moved == 0:
            return None
        expected = _expected_move(self._provider, request)
        if moved == expected or (expected is None and moved > 0):
            return Posted(points=moved, balance=now, already_processed=True)
        raise ProviderRefusedError(
            f"Cannot tell whether this reached the provider: the customer's balance there moved "
            f"by {moved}, not by {expected if expected is not None else 'a credit'}. Check the "
            "customer there, then retry or dismiss.",
            code=AMBIGUOUS,
        )


def settling_for(provider: Provider) -> Settling:
    """The provider's own settling where it offers one, else the balance-based fallback."""
    return provider if isinstance(provider, Settling) else BalanceSettling(provider)


def _expected_move(provider: Provider, request: Mutation) -> int | None:
    """How the balance moves if ``request`` applied; None when the provider computes it."""
    if isinstance(request, Earn):
        by_amount = request.amount is not None or request.units is not None
        if by_amount and Capability.EARN_BY_AMOUNT in provider.capabilities:
            return None
        return request.points
    if isinstance(request, Redeem):
        return -request.points
    assert isinstance(request, Adjust)
    return request.points
