"""Provider secrets: in the OS keyring (service "loyaltydesk", one entry per provider and
secret), or, where no keyring backend exists (a headless server, CI), from the environment:
LOYALTYDESK_API_KEY, LOYALTYDESK_API_SECRET, LOYALTYDESK_API_TOKEN.

Never written to a file in plain text, never logged, never put in an exception's text.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from typing import TYPE_CHECKING

from loyaltydesk.sync.http import Credentials

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

# keyring (and what it imports) loads on the first use of a secret, not with the app's start.

log = logging.getLogger(__name__)

SERVICE = "loyaltydesk"
FIELDS = ("api_key", "api_secret", "token")
ENVIRONMENT = {
    "api_key": "LOYALTYDESK_API_KEY",
    "api_secret": "LOYALTYDESK_API_SECRET",
    "token": "LOYALTYDESK_API_TOKEN",
}


def keyring_available(backend: KeyringBackend | None = None) -> bool:
    """False for keyring's "fail" and "null" backends (nothing would be kept)."""
    import keyring

    backend = backend or keyring.get_keyring()
    module = type(backend).__module__
    return not module.startswith(("keyring.backends.fail", "keyring.backends.null"))


def load(provider: str, env: Mapping[str, str] | None = None) -> Credentials:
    """The provider's secrets: the keyring's where it has them, else the environment's."""
    env = os.environ if env is None else env
    values = {name: env.get(variable, "") for name, variable in ENVIRONMENT.items()}
    import keyring
    from keyring.errors import KeyringError

    if keyring_available():
        for name in FIELDS:
            try:
                stored = keyring.get_password(SERVICE, _entry(provider, name))
            except KeyringError:
                log.warning("the keyring could not be read")
                break
            if stored:
                values[name] = stored
    return Credentials(**values)


def store(provider: str, credentials: Credentials) -> bool:
    """Keep the given secrets in the keyring. False (nothing kept) when there is no keyring:
    then they must come from the environment each time."""
    import keyring
    from keyring.errors import KeyringError

    if not keyring_available():
        return False
    try:
        for name in FIELDS:
            value = getattr(credentials, name)
            if value:
                keyring.set_password(SERVICE, _entry(provider, name), value)
    except KeyringError:
        log.warning("the keyring refused to keep the provider's secrets")
        return False
    return True


def forget(provider: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    if not keyring_available():
        return
    for name in FIELDS:
        try:
            keyring.delete_password(SERVICE, _entry(provider, name))
        except KeyringError:
            continue


def _entry(provider: str, name: str) -> str:
    return f"{provider}:{name}"
