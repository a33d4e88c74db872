"""Cata POS integration (loyalty H2H endpoints), written from its document.

JSON bodies, the partner key in ``X-Api-Key``, paths appended to the tenant's ``$BASE``
(``https://{tenant}.sgp1.samba-technologies.xyz/service/pos-integration``).

- Business failures come back as HTTP 200 with ``isSuccess: false`` and a code (1012, 1013):
  every answer's body is checked, never only its status. 1012 means a malformed identifier on
  ``customer-uuid`` and insufficient points on ``use-points``; both are refusals.
- ``refCode`` is the local operation's ``reference``, sent verbatim (the document gives it no
  length or charset limit; local ref_codes are 1-80 visible ASCII characters). A replay answers
  ``*_already_processed``: ``Posted(already_processed=True)``.
- Cata does not promise to re-run a refCode it once rejected: an owner's retry of a refused
  operation goes under a new reference (``domain.sync_settings.reference_for``), never the
  rejected one.
- Earn mode ``points`` (default): loyaltydesk computes the points and sends ``earn-points``.
  Earn mode ``amount``: Cata computes ``floor(amount / POINTS_CONVERT x tierMultiplier)`` from
  ``earn-points-by-amount`` with the configured ``sourceType``; a 0-point answer writes nothing
  on Cata's points ledger and leaves the refCode unconsumed, which is harmless because a
  reference is never re-sent with another amount.
- A void (``adjust`` with ``reverses``) and an owner's adjustment are sent as ``earn-points``
  (points given back) or ``use-points`` (points taken back, FIFO), with the void's own reference
  as refCode. Cata has no reversal endpoint, so tier spend accrued by an amount is not undone.
- No register or voucher endpoint: those methods raise NotImplementedError; a customer
  must already exist in Cata (signed up in the Cata app) to be resolved.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Final

import httpx

from loyaltydesk.domain.sync_settings import PROVIDERS
from loyaltydesk.sync.http import Credentials, HttpTransport, json_body
from loyaltydesk.sync.provider import (
    Adjust,
    Capability,
    Connection,
    Earn,
    IdentifierKind,
    NeedsOwnerError,
    NewCustomer,
    Posted,
    ProviderRefusedError,
    Redeem,
    RemoteBalance,
    RemoteCustomer,
    RemoteVoucherBatch,
    VoucherBatchSpec,
    VoucherUse,
)
from loyaltydesk.sync.providers.cata_wire import (
    NOT_FOUND,
    answer_body,
    bad_response,
    encode_json,
    failure,
    hide,
    replayed,
    utc,
)

NAME = "cata"
TITLE = "Cata"
CREDENTIALS = ("api_key",)
_OPTIONS = {option.name: option for option in PROVIDERS[NAME].options}
EARN_MODES: Final = _OPTIONS["earn_mode"].choices
SOURCE_TYPES: Final = _OPTIONS["source_type"].choices

WHOAMI = "/api/v1/auth/whoami"
CUSTOMER_UUID = "/api/v1/loyalty/customer-uuid"
BALANCE = "/api/v1/loyalty/balance"
EARN_POINTS = "/api/v1/loyalty/earn-points"
EARN_BY_AMOUNT = "/api/v1/loyalty/earn-points-by-amount"
USE_POINTS = "/api/v1/loyalty/use-points"
_WHOAMI_DETAILS = ("tenant", "partner")


class CataProvider:
    """Cata with loyaltydesk computing the points (earn mode ``points``)."""

    name: ClassVar[str] = NAME
    capabilities: ClassVar[frozenset[Capability]] = frozenset(
        {
            Capability.RESOLVE_PHONE,
            Capability.RESOLVE_EMAIL,
            Capability.RESOLVE_CODE,
            Capability.ADJUST,
        }
    )
    idempotent: ClassVar[bool] = True

    def __init__(self, transport: HttpTransport, credentials: Credentials) -> None:
        self.transport = transport
        self._key = credentials.api_key

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.transport.base_url!r})"

    def test_connection(self) -> Connection:
        response = self._send("GET", WHOAMI)
        if response.status_code == 404:
            raise NeedsOwnerError(
                "This base URL does not lead to a Cata tenant.", code="404", http_status=404
            )
        if response.status_code != 200:
            raise failure(response, secret=self._key)
        body = json_body(response)
        if body.get("authenticated") is not True:
            raise NeedsOwnerError(
                "Cata does not accept this API key for this tenant.",
                code="NOT_AUTHENTICATED",
                http_status=200,
            )
        details = {"base_url": self.transport.base_url}
        for name in _WHOAMI_DETAILS:
            if isinstance(body.get(name), str):
                details[name] = hide(body[name], self._key)
        return Connection(summary="Connected to Cata.", details=details)

    def resolve(self, kind: IdentifierKind, value: str) -> RemoteCustomer | None:
        """One lookup for every kind: Cata classifies the identifier itself, and a scanned
        value is forwarded verbatim. A malformed identifier (1012) is a refusal."""
        try:
            body = self._call("GET", CUSTOMER_UUID, params={"identifier": value})
        except ProviderRefusedError as refused:
            if refused.code == NOT_FOUND:
                return None
            raise
        remote_id = body.get("customerUuid")
        if not isinstance(remote_id, str) or not remote_id:
            raise bad_response(200, mutating=False)
        return RemoteCustomer(remote_id=remote_id)

    def balance(self, remote_id: str) -> RemoteBalance:
        body = self._call("GET", BALANCE, params={"customerUuid": remote_id})
        points, expiring = body.get("balance"), body.get("numOfPointsWillExpire")
        if not isinstance(points, int):
            raise bad_response(200, mutating=False)
        return RemoteBalance(
            remote_id=remote_id,
            points=points,
            expiring_points=expiring if isinstance(expiring, int) else None,
            nearest_expiry=utc(body.get("nearestExpiryDateTimeUTC")),
        )

    def earn(self, request: Earn) -> Posted:
        return self._move(
            EARN_POINTS, request.remote_id, request.reference, request.points, request.description
        )

    def redeem(self, request: Redeem) -> Posted:
        return self._move(
            USE_POINTS, request.remote_id, request.reference, request.points, request.description
        )

    def adjust(self, request: Adjust) -> Posted:
        """An owner's adjustment or a void: points given with earn-points, points taken with
        use-points; the refCode is the adjustment's (the void's) own reference."""
        note = request.reason
        if request.reverses:
            voided = f"void of {request.reverses} {request.original_reference or ''}".strip()
            note = f"{voided}: {request.reason}" if request.reason else voided
        path = EARN_POINTS if request.points >= 0 else USE_POINTS
        return self._move(
            path, request.remote_id, request.reference, abs(request.points), internal=note
        )

    def register(self, customer: NewCustomer) -> RemoteCustomer:
        raise NotImplementedError("Cata has no register endpoint: customers sign up with Cata.")

    def create_voucher_batch(self, spec: VoucherBatchSpec) -> RemoteVoucherBatch:
        raise NotImplementedError("Cata offers no voucher endpoints to partners.")

    def redeem_voucher(self, use: VoucherUse) -> Posted:
        raise NotImplementedError("Cata offers no voucher endpoints to partners.")

    def close(self) -> None:
        self.transport.close()

    def _move(
        self,
        path: str,
        remote_id: str,
        ref_code: str,
        points: int,
        display: str = "",
        internal: str = "",
    ) -> Posted:
        """earn-points (+) or use-points (-). Nothing to move is not sent: Cata takes
        positive integers only."""
        if points < 0:
            raise ValueError("Points to earn or use are never negative.")
        if points == 0:
            return Posted(points=0)
        payload: dict[str, object] = {
            "customerUuid": remote_id,
            "points": points,
            "refCode": ref_code,
        }
        body = self._call("POST", path, payload=_with_notes(payload, display, internal))
        signed = points if path == EARN_POINTS else -points
        return Posted(remote_ref=ref_code, points=signed, already_processed=replayed(body))

    def _call(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str] | None = None,
        payload: Mapping[str, object] | None = None,
    ) -> dict[str, Any]:
        """The body of a successful answer; every other answer raises its SyncError."""
        response = self._send(method, path, params=params, payload=payload)
        return answer_body(response, secret=self._key)

    def _send(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str] | None = None,
        payload: Mapping[str, object] | None = None,
    ) -> httpx.Response:
        if not self._key:
            raise NeedsOwnerError("No Cata API key is set.", code="NO_API_KEY")
        headers = {"X-Api-Key": self._key, "Accept": "application/json"}
        content = None
        if payload is not None:
            headers["Content-Type"] = "application/json"
            content = encode_json(payload)
        return self.transport.request(method, path, params=params, content=content, headers=headers)


class CataByAmountProvider(CataProvider):
    """Cata computing the points from the amount (earn mode ``amount``)."""

    capabilities: ClassVar[frozenset[Capability]] = CataProvider.capabilities | {
        Capability.EARN_BY_AMOUNT
    }

    def __init__(
        self, transport: HttpTransport, credentials: Credentials, *, source_type: str
    ) -> None:
        super().__init__(transport, credentials)
        self.source_type = source_type

    def earn(self, request: Earn) -> Posted:
        """By amount when there is one (Cata also accrues tier spend); by points otherwise.
        ``points`` in the answer is what Cata credited (0 below the conversion threshold)."""
        if request.amount is None or request.amount <= 0:
            return super().earn(request)
        payload: dict[str, object] = {
            "customerUuid": request.remote_id,
            "amount": request.amount,
            "refCode": request.reference,
            "sourceType": self.source_type,
        }
        body = self._call(
            "POST", EARN_BY_AMOUNT, payload=_with_notes(payload, request.description, "")
        )
        data = body.get("data")
        earned = data.get("pointsEarned") if isinstance(data, dict) else None
        return Posted(
            remote_ref=f"{self.source_type}:{request.reference}",
            points=earned if isinstance(earned, int) else None,
            already_processed=replayed(body),
        )


def create(
    transport: HttpTransport, credentials: Credentials, options: Mapping[str, str]
) -> CataProvider:
    mode = (options.get("earn_mode") or "points").strip().lower()
    source_type = (options.get("source_type") or "").strip().upper()
    if mode not in EARN_MODES:
        raise ValueError(f"Cata earn mode must be one of {', '.join(EARN_MODES)}.")
    if source_type and source_type not in SOURCE_TYPES:
        raise ValueError(f"Cata source type must be one of {', '.join(SOURCE_TYPES)}.")
    if mode == "points":
        return CataProvider(transport, credentials)
    if not source_type:
        raise ValueError("Cata earn mode amount needs the source type agreed with Cata.")
    return CataByAmountProvider(transport, credentials, source_type=source_type)


def _with_notes(payload: dict[str, object], display: str, internal: str) -> dict[str, object]:
    if display:
        payload["displayNotes"] = display
    if internal:
        payload["internalNotes"] = internal
    return payload
