"""Cata's wire format: the JSON bodies it takes and the answers it gives.

Business outcomes are HTTP 200 with ``isSuccess`` and a numeric ``code``; proxy failures carry
the standard envelope ``{"error": {"code", "message", "details"}}`` and the status table of the
document (400 fix input, 401 re-auth, 404 customer not in this tenant, 502 / 504 retry with
backoff, 503 tenant not onboarded).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any

import httpx

from loyaltydesk.sync.http import json_body, retry_after_seconds
from loyaltydesk.sync.provider import (
    NeedsOwnerError,
    ProviderRefusedError,
    RetryLaterError,
    SyncError,
)

NOT_FOUND = "1013"
"""Business code: no such customer (customer-uuid, and any call naming an unknown customer)."""
MALFORMED_OR_INSUFFICIENT = "1012"
"""Business code: a malformed identifier on customer-uuid, insufficient points on use-points."""


def encode_json(payload: Mapping[str, object]) -> bytes:
    """A flat JSON object; a Decimal is written as the JSON number it is (9.45), never
    through a float."""
    fields = (
        f"{json.dumps(key)}: {_number(value) if isinstance(value, Decimal) else json.dumps(value)}"
        for key, value in payload.items()
    )
    return ("{" + ", ".join(fields) + "}").encode("utf-8")


def answer_body(response: httpx.Response, *, secret: str) -> dict[str, Any]:
    """The body of a successful answer (a replay included); every other answer raises."""
    status = response.status_code
    mutating = response.request.method != "GET"
    if status != 200:
        raise failure(response, secret=secret)
    body = json_body(response)
    success = body.get("isSuccess")
    if success is True or (success is False and replayed(body)):
        return body
    if success is False:
        message = hide(str(body.get("message") or "The loyalty service refused this."), secret)
        code = str(body.get("code", "REFUSED"))
        raise ProviderRefusedError(message, code=code, http_status=status)
    raise bad_response(status, mutating=mutating)


def failure(response: httpx.Response, *, secret: str) -> SyncError:
    """A non-200 answer, read from the standard error envelope and the status table."""
    status = response.status_code
    code, message = str(status), f"HTTP {status}"
    try:
        envelope = response.json().get("error")
    except (ValueError, AttributeError):
        envelope = None
    if isinstance(envelope, dict):
        code = str(envelope.get("code") or status)
        parts = [str(envelope[k]) for k in ("message", "details") if envelope.get(k)]
        message = ": ".join(parts) or message
    message = hide(message, secret)
    if status in (401, 403):
        return NeedsOwnerError(message, code=code, http_status=status)
    if status == 503:
        message = f"The Cata tenant has not finished loyalty onboarding ({message})."
        return NeedsOwnerError(message, code=code, http_status=status)
    if status == 429:
        wait = retry_after_seconds(response)
        return RetryLaterError(message, code=code, http_status=status, retry_after=wait)
    if status >= 500:
        mutating = response.request.method != "GET"
        return RetryLaterError(message, code=code, http_status=status, ambiguous=mutating)
    return ProviderRefusedError(message, code=code, http_status=status)


def replayed(body: Mapping[str, Any]) -> bool:
    """Cata's answer to a refCode it already applied (grant_points_already_processed...)."""
    return str(body.get("message", "")).endswith("already_processed")


def hide(text: str, secret: str) -> str:
    """Provider text with the key blanked, in case a proxy ever echoes it."""
    return text.replace(secret, "[hidden]") if secret else text


def utc(value: object) -> datetime | None:
    """``nearestExpiryDateTimeUTC`` ("2026-12-31T15:59:59Z", or "" for none)."""
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def bad_response(status: int, *, mutating: bool) -> RetryLaterError:
    return RetryLaterError(
        "The loyalty service sent an answer that could not be read.",
        code="BAD_RESPONSE",
        http_status=status,
        ambiguous=mutating,
    )


def _number(value: Decimal) -> str:
    if not value.is_finite():
        raise ValueError("An amount must be a finite number.")
    return format(value, "f")
