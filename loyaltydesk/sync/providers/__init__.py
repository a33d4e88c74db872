"""One module per hosted loyalty API, each written to the letter of its document.

Each module exposes ``NAME``, ``TITLE`` (the service's name as an owner knows it),
``CREDENTIALS`` (which secrets it needs) and ``create(transport, credentials, options) ->
Provider``. The options a provider reads (a site, a branch id...) are listed, with their
defaults and checks, in ``loyaltydesk.domain.sync_settings.PROVIDERS``: the one place the
setup, the CLI and the Sync page take them from.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from types import ModuleType

from loyaltydesk.sync.http import Credentials, HttpTransport
from loyaltydesk.sync.provider import Provider

PROVIDER_NAMES = ("kirimel", "fidelizacion", "loyaltyplus", "cata")


def module(name: str) -> ModuleType:
    if name not in PROVIDER_NAMES:
        raise KeyError(name)
    return importlib.import_module(f"{__name__}.{name}")


def create_provider(
    name: str, base_url: str, credentials: Credentials, options: Mapping[str, str]
) -> Provider:
    """A ready provider with its own reused HTTP client."""
    provider: Provider = module(name).create(HttpTransport(base_url), credentials, options)
    return provider
