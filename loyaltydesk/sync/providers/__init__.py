"""One module per hosted loyalty API, each written to the letter of its document.

Each module exposes ``NAME``, ``TITLE`` (the service's name as an owner knows it), ``OPTIONS``
(the provider's own settings, with defaults), ``CREDENTIALS`` (which secrets it needs) and
``create(transport, credentials, options) -> Provider``.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass
from types import ModuleType

from loyaltydesk.sync.http import Credentials, HttpTransport
from loyaltydesk.sync.provider import Provider

PROVIDER_NAMES = ("kirimel", "fidelizacion", "loyaltyplus", "cata")


@dataclass(frozen=True)
class OptionSpec:
    """A provider setting that is not a secret (a site code, a branch id...)."""

    name: str
    label: str
    """Shown beside the field on the owner's Sync page (translated there)."""
    default: str | None = None
    """None: the setup fills it in (from the shop or till name) or the owner must give it."""
    help: str = ""


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
