"""The sync setup and the queue's state, stored in the ``setting`` table (no secrets there).

Two keys, so the owner's setup and the workers' bookkeeping never overwrite each other:
``sync`` (provider, base URL, options, rate limit) and ``sync.state`` (pause, last success).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from loyaltydesk.services.sync_dto import SyncSettings
    from loyaltydesk.store.unit_of_work import UnitOfWork

SYNC_KEY = "sync"
SYNC_STATE_KEY = "sync.state"


@dataclass(frozen=True, slots=True)
class QueueState:
    pause_code: str | None = None
    pause_message: str | None = None
    paused_at: datetime | None = None
    last_success: datetime | None = None

    @property
    def paused(self) -> bool:
        return self.pause_code is not None


def load_settings(uow: UnitOfWork) -> SyncSettings | None:
    """The setup, or None when sync is not configured."""
    raw = uow.settings.get_raw(SYNC_KEY)
    return None if raw is None else _parsed(raw)


@lru_cache(maxsize=8)
def _parsed(raw: str) -> SyncSettings | None:
    """The stored document read once per text: every mutation and every card asks for it."""
    from loyaltydesk.services.sync_dto import SyncSettings  # not for a card's provider name

    data: dict[str, Any] = json.loads(raw)
    if not data.get("provider"):
        return None
    return SyncSettings(
        provider=data["provider"],
        base_url=data["base_url"],
        options=tuple(sorted((str(k), str(v)) for k, v in data.get("options", {}).items())),
        per_minute=data.get("per_minute"),
        configured_at=datetime.fromisoformat(data["configured_at"]),
    )


def configured_provider(uow: UnitOfWork) -> str | None:
    """The provider's name, or None: the one question every local mutation asks."""
    return provider_in(uow.settings.get_raw(SYNC_KEY))


def provider_in(raw: str | None) -> str | None:
    """The provider named by the stored setup document, or None (as ``load_settings``)."""
    return (json.loads(raw).get("provider") or None) if raw is not None else None


def remote_balance(uow: UnitOfWork, customer_id: int) -> tuple[int | None, datetime | None]:
    """The customer's balance at the configured provider and when it was read, if known."""
    provider = configured_provider(uow)
    link = uow.sync.link_of(provider, customer_id) if provider else None
    if link is None:
        return None, None
    return link.remote_balance, link.balance_read_at


def save_settings(uow: UnitOfWork, settings: SyncSettings | None, now: datetime) -> None:
    if settings is None:
        uow.settings.put(SYNC_KEY, {}, now)
        return
    uow.settings.put(
        SYNC_KEY,
        {
            "provider": settings.provider,
            "base_url": settings.base_url,
            "options": dict(settings.options),
            "per_minute": settings.per_minute,
            "configured_at": settings.configured_at.isoformat(),
        },
        now,
    )


def load_state(uow: UnitOfWork) -> QueueState:
    data = uow.settings.get(SYNC_STATE_KEY) or {}
    return QueueState(
        pause_code=data.get("pause_code"),
        pause_message=data.get("pause_message"),
        paused_at=_time(data.get("paused_at")),
        last_success=_time(data.get("last_success")),
    )


def save_state(uow: UnitOfWork, state: QueueState, now: datetime) -> None:
    uow.settings.put(
        SYNC_STATE_KEY,
        {
            "pause_code": state.pause_code,
            "pause_message": state.pause_message,
            "paused_at": state.paused_at.isoformat() if state.paused_at else None,
            "last_success": state.last_success.isoformat() if state.last_success else None,
        },
        now,
    )


def _time(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None
