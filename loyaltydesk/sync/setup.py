"""Opening the configured provider and its engine: the one place that joins the shop's sync
setup, its secrets and the provider modules."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loyaltydesk.domain.errors import ErrorCode, RefusedError
from loyaltydesk.sync import credentials
from loyaltydesk.sync.http import Credentials
from loyaltydesk.sync.provider import Provider
from loyaltydesk.sync.providers import create_provider

if TYPE_CHECKING:
    from loyaltydesk.services.facade import Services
    from loyaltydesk.services.sync_dto import SyncSettings


def open_provider(settings: SyncSettings, secrets: Credentials | None = None) -> Provider:
    """A ready client for the configured provider (secrets from the keyring or environment)."""
    return create_provider(
        settings.provider,
        settings.base_url,
        secrets if secrets is not None else credentials.load(settings.provider),
        dict(settings.options),
    )


def configured_provider(services: Services) -> Provider:
    settings = services.sync.settings()
    if settings is None:
        raise RefusedError(
            "Sync is not set up: run loyaltydesk sync setup first.",
            code=ErrorCode.INVALID_SETTINGS,
        )
    return open_provider(settings)
