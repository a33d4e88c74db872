"""The HTTP side every adapter shares: one reused httpx client per provider, explicit timeouts,
transport failures turned into RetryLaterError (ambiguous when the request may have arrived),
and the provider's X-RateLimit-* headers remembered for the worker's rate control."""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any, NamedTuple

from loyaltydesk.sync.provider import (
    NeedsOwnerError,
    ProviderRefusedError,
    RetryLaterError,
    SyncError,
    keep_secret,
)

if TYPE_CHECKING:
    import httpx

log = logging.getLogger(__name__)


class Timeouts(NamedTuple):
    """Seconds for each phase of a call (httpx is imported when a transport is made, not with
    this module: the app's start and most commands never send anything)."""

    connect: float
    read: float
    write: float
    pool: float


TIMEOUT = Timeouts(connect=5.0, read=15.0, write=10.0, pool=5.0)
USER_AGENT = "loyaltydesk"
MAX_CONNECTIONS = 16
"""Kept open to one provider: one per sending thread of the engine, so none waits on the pool."""


@dataclass(frozen=True)
class Credentials:
    """Secrets from the OS keyring or the environment. Never printed: repr hides them."""

    api_key: str = ""
    api_secret: str = ""
    token: str = ""

    def __post_init__(self) -> None:
        keep_secret(self.api_key, self.api_secret, self.token)

    def __repr__(self) -> str:
        given = [name for name in ("api_key", "api_secret", "token") if getattr(self, name)]
        return f"Credentials(given={given})"

    __str__ = __repr__


@dataclass(frozen=True)
class RateLimitInfo:
    """What the provider last said about its rate limit."""

    limit: int | None
    remaining: int | None
    reset_at: float | None
    """Wall-clock (epoch seconds) when the window resets."""


class HttpTransport:
    """One httpx client for one provider, reused for every call."""

    def __init__(
        self,
        base_url: str,
        *,
        timeout: Timeouts = TIMEOUT,
        max_connections: int = MAX_CONNECTIONS,
    ) -> None:
        import httpx

        self.base_url = base_url.rstrip("/")
        self.client = httpx.Client(
            base_url=self.base_url,
            timeout=httpx.Timeout(**timeout._asdict()),
            trust_env=False,
            follow_redirects=False,
            headers={"User-Agent": USER_AGENT},
            limits=httpx.Limits(
                max_connections=max_connections, max_keepalive_connections=max_connections
            ),
        )
        self.rate: RateLimitInfo | None = None

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str] | None = None,
        content: bytes | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Send one request; the path is appended to the base URL as the document writes it."""
        import httpx

        try:
            response = self.client.request(
                method, path, params=params, content=content, headers=headers
            )
        except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as error:
            # Nothing reached the provider: safe to send again.
            raise RetryLaterError(
                "The loyalty service cannot be reached.", code="NETWORK_UNREACHABLE"
            ) from error
        except httpx.TransportError as error:
            # Sent, or partly sent, and no answer: the provider may have applied it.
            raise RetryLaterError(
                "The loyalty service did not answer in time.",
                code="NO_ANSWER",
                ambiguous=method.upper() != "GET",
            ) from error
        self.rate = rate_limit_info(response.headers) or self.rate
        log.debug("%s %s -> %s", method, path, response.status_code)
        return response

    def close(self) -> None:
        self.client.close()


def rate_limit_info(headers: Mapping[str, str]) -> RateLimitInfo | None:
    if "X-RateLimit-Limit" not in headers and "X-RateLimit-Remaining" not in headers:
        return None
    return RateLimitInfo(
        limit=_int(headers.get("X-RateLimit-Limit")),
        remaining=_int(headers.get("X-RateLimit-Remaining")),
        reset_at=_float(headers.get("X-RateLimit-Reset")),
    )


def retry_after_seconds(response: httpx.Response, now: float | None = None) -> float | None:
    """Seconds to wait from Retry-After (seconds or an HTTP date) or X-RateLimit-Reset."""
    now = time.time() if now is None else now
    value = response.headers.get("Retry-After")
    if value:
        seconds = _float(value)
        if seconds is not None:
            return max(0.0, seconds)
        try:
            return max(0.0, parsedate_to_datetime(value).timestamp() - now)
        except (TypeError, ValueError):
            pass
    reset = _float(response.headers.get("X-RateLimit-Reset"))
    if reset is not None:
        return max(0.0, reset - now)
    return None


def json_body(response: httpx.Response) -> dict[str, Any]:
    """The response's JSON object; anything else is a provider fault to retry later."""
    try:
        data = response.json()
    except ValueError:
        data = None
    if not isinstance(data, dict):
        raise RetryLaterError(
            "The loyalty service sent an answer that could not be read.",
            code="BAD_RESPONSE",
            http_status=response.status_code,
            ambiguous=response.request.method != "GET",
        )
    return data


def failure_for_status(response: httpx.Response, *, code: str, message: str) -> SyncError:
    """The usual meaning of an HTTP error status, for adapters whose document says no more."""
    status = response.status_code
    mutating = response.request.method != "GET"
    if status in (401, 403):
        return NeedsOwnerError(message, code=code, http_status=status)
    if status == 429:
        return RetryLaterError(
            message, code=code, http_status=status, retry_after=retry_after_seconds(response)
        )
    if status >= 500:
        # A 5xx after the request arrived may come after the change was applied.
        return RetryLaterError(message, code=code, http_status=status, ambiguous=mutating)
    return ProviderRefusedError(message, code=code, http_status=status)


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None
