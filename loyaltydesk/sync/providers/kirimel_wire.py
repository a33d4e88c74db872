"""KiriMel on the wire: the HMAC-SHA256 signature, form-encoded bodies and the error envelope.

Every request carries X-API-Key, X-Timestamp (UTC, ``2024-01-01T12:00:00Z``) and X-Signature =
hex HMAC-SHA256(timestamp + request body, api_secret); a GET signs an empty body. Every answer is
``{"success": true, ...}`` or ``{"success": false, "error": {"code", "message"}}``; the body is
read whatever the HTTP status says.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode

import httpx

from loyaltydesk.sync.http import failure_for_status
from loyaltydesk.sync.provider import (
    NeedsOwnerError,
    ProviderRefusedError,
    RetryLaterError,
    SyncError,
)

FORM = "application/x-www-form-urlencoded"
TIMESTAMP_FORMAT = "%Y-%m-%dT%H:%M:%SZ"

#: The document's error codes that only the owner can fix (a key, a clock, a plan).
NEEDS_OWNER_CODES = frozenset({"INVALID_API_KEY", "SIGNATURE_INVALID", "SITE_LIMIT_REACHED"})
#: The document's business refusals: a Sync problem with KiriMel's code and message.
REFUSED_CODES = frozenset(
    {
        "CUSTOMER_NOT_FOUND",
        "INSUFFICIENT_BALANCE",
        "VOUCHER_EXPIRED",
        "VOUCHER_ALREADY_REDEEMED",
        "VOUCHER_NOT_FOUND",
    }
)


def timestamp(now: datetime) -> str:
    return now.astimezone(UTC).strftime(TIMESTAMP_FORMAT)


def signature(secret: str, stamp: str, body: bytes) -> str:
    return hmac.new(
        secret.encode("utf-8"), stamp.encode("utf-8") + body, hashlib.sha256
    ).hexdigest()


def form_body(fields: Mapping[str, str | None]) -> bytes:
    """The form-encoded body in the document's field order; absent optional fields are left out."""
    return urlencode([(name, value) for name, value in fields.items() if value is not None]).encode(
        "ascii"
    )


def answer(response: httpx.Response) -> dict[str, Any]:
    """The body of a successful answer, or the SyncError KiriMel's answer means."""
    data = _json_object(response)
    status = response.status_code
    if data is not None and 200 <= status < 300 and data.get("success") is True:
        return data
    raise failure(response, data)


def failure(response: httpx.Response, data: dict[str, Any] | None) -> SyncError:
    status = response.status_code
    mutating = response.request.method != "GET"
    error = data.get("error") if data is not None else None
    if isinstance(error, dict) and error.get("code"):
        code = str(error["code"])
        message = str(error.get("message") or code)
        if code in NEEDS_OWNER_CODES:
            return NeedsOwnerError(message, code=code, http_status=status)
        if code in REFUSED_CODES or 200 <= status < 300:
            return ProviderRefusedError(message, code=code, http_status=status)
        return failure_for_status(response, code=code, message=message)
    code = f"HTTP_{status}"
    if 200 <= status < 300:
        return RetryLaterError(
            "KiriMel sent an answer that could not be read.",
            code="BAD_RESPONSE",
            http_status=status,
            ambiguous=mutating,
        )
    if 300 <= status < 400 or status == 404:
        # Not KiriMel's own envelope: the base URL leads somewhere else (a redirect to https,
        # a missing /api/loyalty).
        return NeedsOwnerError(
            f"The base URL does not lead to the KiriMel Loyalty API (HTTP {status}).",
            code=code,
            http_status=status,
        )
    return failure_for_status(response, code=code, message=f"KiriMel answered HTTP {status}.")


def bad_response(method: str, what: str) -> RetryLaterError:
    return RetryLaterError(
        f"KiriMel's answer has no {what}.", code="BAD_RESPONSE", ambiguous=method != "GET"
    )


def _json_object(response: httpx.Response) -> dict[str, Any] | None:
    try:
        data = response.json()
    except ValueError:
        return None
    return data if isinstance(data, dict) else None
