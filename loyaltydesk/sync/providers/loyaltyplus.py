"""Loyalty+: POS endpoints with an API key, owner endpoints with the owner's JWT.

JSON both ways. A check-in sends the amount (SPEND mode) or the units (UNIT mode) and Loyalty+
computes the points and the reward threshold (EARN_BY_AMOUNT), so its balance is authoritative.

Loyalty+ documents no idempotency key: ``idempotent = False``. An ambiguous check-in, redeem or
adjustment is settled before any retry by comparing a ``snapshot`` taken before the call with one
taken after (``settle``, see loyaltyplus_settle.py and docs/SYNC.md).

Without the owner token (``Credentials.token``) registration, adjustments, voids and the points
history are unavailable: the provider is a ``LoyaltyPlus`` without REGISTER and ADJUST, and those
calls are refused with a message saying so. A void is an owner points adjustment whose reason
names the original and carries the void's reference.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar
from urllib.parse import quote

import httpx

from loyaltydesk.sync.http import Credentials, HttpTransport, failure_for_status, json_body
from loyaltydesk.sync.provider import (
    Adjust,
    Capability,
    Connection,
    Earn,
    IdentifierKind,
    Mutation,
    NewCustomer,
    Posted,
    ProviderRefusedError,
    Redeem,
    RemoteBalance,
    RemoteCustomer,
    RemoteVoucherBatch,
    RetryLaterError,
    VoucherBatchSpec,
    VoucherUse,
)
from loyaltydesk.sync.providers.loyaltyplus_settle import (
    Outcome,
    PointsChange,
    Snapshot,
    settle,
    tag,
)

NAME = "loyaltyplus"
TITLE = "Loyalty+"
CREDENTIALS = ("api_key", "token")

CHECKIN = "/v1/pos/checkin"
CUSTOMER = "/v1/pos/customer/{}"
BALANCE = "/v1/pos/balance/{}"
REDEEM = "/v1/pos/redeem"
CUSTOMERS = "/v1/owner/customers"
OWNER_CUSTOMER = "/v1/owner/customers/{}"
OWNER_POINTS = "/v1/owner/customers/{}/points"

TOKEN_REQUIRED = "OWNER_TOKEN_REQUIRED"
AMBIGUOUS = "AMBIGUOUS"
_PROBE = "loyaltydesk-connection-test"


class LoyaltyPlus:
    name: ClassVar[str] = NAME
    capabilities: ClassVar[frozenset[Capability]] = frozenset(
        {Capability.RESOLVE_PHONE, Capability.RESOLVE_CODE, Capability.EARN_BY_AMOUNT}
    )
    idempotent: ClassVar[bool] = False

    def __init__(
        self, transport: HttpTransport, credentials: Credentials, options: Mapping[str, str]
    ) -> None:
        self.transport = transport
        self._pos = {"X-API-Key": credentials.api_key, **_JSON}
        self._owner = {"Authorization": f"Bearer {credentials.token}", **_JSON}
        self._has_token = bool(credentials.token)
        self._store_id = options.get("store_id") or ""

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.transport.base_url!r})"

    # -- the Provider interface -------------------------------------------------------------

    def test_connection(self) -> Connection:
        """A look-up of a customer who cannot exist: "not found" means the key was accepted."""
        self.resolve(IdentifierKind.CODE, _PROBE)
        details = {"owner token": "not given: registration and adjustments are unavailable"}
        if self._has_token:
            body = self._owner_call("GET", CUSTOMERS, params={"page": "1", "limit": "1"})
            pagination = body.get("pagination")
            total = pagination.get("total") if isinstance(pagination, dict) else None
            details = {"owner token": "accepted", "customers": str(total)}
        return Connection(summary="Connected: Loyalty+ accepted the API key.", details=details)

    def resolve(self, kind: IdentifierKind, value: str) -> RemoteCustomer | None:
        """By phone, or by Loyalty+'s own customer id (a CODE)."""
        if kind is IdentifierKind.EMAIL:
            raise NotImplementedError("Loyalty+ looks customers up by phone or id only.")
        try:
            body = self._call("GET", CUSTOMER.format(_segment(value)), self._pos)
        except ProviderRefusedError as error:
            if error.http_status == 404:
                return None
            raise
        return RemoteCustomer(
            remote_id=_text(body, "customerId"),
            name=body.get("name"),
            phone=body.get("phone"),
            balance=_number(body, "totalPoints"),
            status=body.get("status"),
        )

    def register(self, customer: NewCustomer) -> RemoteCustomer:
        payload = {"name": customer.name, "phone": customer.phone}
        body = self._owner_call("POST", CUSTOMERS, payload={k: v for k, v in payload.items() if v})
        created = body.get("customer")
        if not isinstance(created, dict) or not created.get("id"):
            # Created, perhaps, but we cannot tell its id: resolve by phone before any retry.
            raise _unreadable(ambiguous=True)
        return RemoteCustomer(
            remote_id=str(created["id"]),
            name=created.get("name"),
            phone=created.get("phone"),
            balance=_maybe(created, "totalPoints"),
        )

    def balance(self, remote_id: str) -> RemoteBalance:
        body = self._call("GET", BALANCE.format(_segment(remote_id)), self._pos)
        return RemoteBalance(remote_id=remote_id, points=_number(body, "totalPoints"))

    def earn(self, request: Earn) -> Posted:
        if request.amount is None and request.units is None:
            raise ProviderRefusedError(
                "Loyalty+ computes points from an amount (SPEND mode) or units (UNIT mode); "
                "this check-in has neither.",
                code="AMOUNT_OR_UNITS_REQUIRED",
            )
        payload: dict[str, Any] = {"customerId": request.remote_id}
        if self._store_id:
            payload["storeId"] = self._store_id
        if request.amount is not None:
            payload["amount"] = amount_number(request.amount)
        if request.units is not None:
            payload["units"] = request.units
        body = self._call("POST", CHECKIN, self._pos, payload=payload)
        return Posted(
            points=_maybe(body, "pointsAwarded"),
            balance=_maybe(body, "totalPoints"),
        )

    def redeem(self, request: Redeem) -> Posted:
        payload = {"customerId": request.remote_id, "points": request.points}
        body = self._call("POST", REDEEM, self._pos, payload=payload)
        redeemed = _maybe(body, "pointsRedeemed")
        return Posted(
            remote_ref=str(body["redemptionId"]) if body.get("redemptionId") else None,
            points=-(request.points if redeemed is None else redeemed),
            balance=_maybe(body, "remainingPoints"),
        )

    def adjust(self, request: Adjust) -> Posted:
        """An owner points adjustment; a void is one whose reason names the original."""
        payload = {"points": request.points, "reason": adjustment_reason(request)}
        path = OWNER_POINTS.format(_segment(request.remote_id))
        body = self._owner_call("POST", path, payload=payload)
        return Posted(
            points=_maybe(body, "adjustment"),
            balance=_maybe(body, "newBalance"),
        )

    def create_voucher_batch(self, spec: VoucherBatchSpec) -> RemoteVoucherBatch:
        raise NotImplementedError("Loyalty+ documents no vouchers.")

    def redeem_voucher(self, use: VoucherUse) -> Posted:
        raise NotImplementedError("Loyalty+ documents no vouchers.")

    def close(self) -> None:
        self.transport.close()

    # -- settling an ambiguous call (Loyalty+ has no idempotency key) ---------------------------

    def points_history(self, remote_id: str) -> tuple[PointsChange, ...]:
        """The customer's points history as Loyalty+ holds it (needs the owner token)."""
        return self._customer_detail(remote_id)[1]

    def snapshot(self, remote_id: str) -> dict[str, Any]:
        """What to keep before a check-in, redeem or adjustment (the ``Settling`` interface):
        the balance, and the history where the owner token is set. One GET either way."""
        return self._snapshot(remote_id).to_json()

    def settle(self, request: Mutation, before: Mapping[str, Any]) -> Posted | None:
        """After an ambiguous failure: a Posted when the call was applied (do not send again),
        None when it was not (send it again). Raises ProviderRefusedError ``AMBIGUOUS`` when
        the provider's records cannot tell: the owner checks at Loyalty+; never resend."""
        earlier, after = Snapshot.from_json(dict(before)), self._snapshot(request.remote_id)
        if isinstance(request, Adjust):
            found = settle(earlier, after, delta=request.points, tagged=tag(request.reference))
        elif isinstance(request, Redeem):
            found = settle(earlier, after, delta=-request.points)
        else:
            found = settle(earlier, after, delta=None)
        if found.outcome is Outcome.APPLIED:
            return Posted(points=found.points, balance=after.points, already_processed=True)
        if found.outcome is Outcome.NOT_APPLIED:
            return None
        raise ProviderRefusedError(
            "Loyalty+ may or may not have applied this operation, and its records cannot tell. "
            "Check the customer's points history at Loyalty+, then retry or dismiss.",
            code=AMBIGUOUS,
        )

    # -- the wire -----------------------------------------------------------------------------

    def _snapshot(self, remote_id: str) -> Snapshot:
        if not self._has_token:
            return Snapshot(points=self.balance(remote_id).points)
        points, history = self._customer_detail(remote_id)
        return Snapshot(points=points, history=history)

    def _customer_detail(self, remote_id: str) -> tuple[int, tuple[PointsChange, ...]]:
        body = self._owner_call("GET", OWNER_CUSTOMER.format(_segment(remote_id)))
        entries = body.get("pointsHistory")
        if not isinstance(entries, list):
            raise _unreadable(ambiguous=False)
        history = tuple(
            PointsChange(int(entry["delta"]), str(entry.get("reason") or ""))
            for entry in entries
            if isinstance(entry, dict) and isinstance(entry.get("delta"), int)
        )
        return _number(body, "totalPoints"), history

    def _owner_call(
        self,
        method: str,
        path: str,
        *,
        payload: dict[str, Any] | None = None,
        params: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        if not self._has_token:
            raise ProviderRefusedError(
                "This needs the Loyalty+ owner token (an admin login), which is not set up: "
                "registration, adjustments, voids and the points history are unavailable.",
                code=TOKEN_REQUIRED,
            )
        return self._call(method, path, self._owner, payload=payload, params=params)

    def _call(
        self,
        method: str,
        path: str,
        headers: Mapping[str, str],
        *,
        payload: dict[str, Any] | None = None,
        params: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        content = None if payload is None else json.dumps(payload).encode("utf-8")
        response = self.transport.request(
            method, path, params=params, content=content, headers=headers
        )
        return _answer(response)


class LoyaltyPlusOwner(LoyaltyPlus):
    """Loyalty+ with the owner token: registration and adjustments too."""

    capabilities: ClassVar[frozenset[Capability]] = LoyaltyPlus.capabilities | {
        Capability.REGISTER,
        Capability.ADJUST,
    }


def create(
    transport: HttpTransport, credentials: Credentials, options: Mapping[str, str]
) -> LoyaltyPlus:
    kind = LoyaltyPlusOwner if credentials.token else LoyaltyPlus
    return kind(transport, credentials, options)


_JSON = {"Content-Type": "application/json", "Accept": "application/json"}


def adjustment_reason(request: Adjust) -> str:
    """The reason Loyalty+ keeps in the history: a void names its original, and every reason
    ends with the tag of the local reference (how an ambiguous adjustment is found again)."""
    reason = request.reason
    if request.reverses:
        named = [f"Void of {request.reverses}"]
        if request.original_reference:
            named.append(request.original_reference)
        if request.original_remote_ref:
            named.append(f"(Loyalty+ {request.original_remote_ref})")
        reason = f"{' '.join(named)}: {reason}"
    return f"{reason} {tag(request.reference)}"


def amount_number(amount: Decimal) -> float:
    """A JSON number as the document shows it (``"amount": 25.5``); cents survive the float
    because Python writes the shortest decimal that reads back the same."""
    return float(amount.quantize(Decimal("0.01")))


def _answer(response: httpx.Response) -> dict[str, Any]:
    status = response.status_code
    if not 200 <= status < 300:
        code, message = _error_of(_loose_json(response))
        raise failure_for_status(
            response,
            code=code or f"HTTP_{status}",
            message=message or f"Loyalty+ answered HTTP {status}.",
        )
    body = json_body(response)
    if body.get("success") is False:
        code, message = _error_of(body)
        raise ProviderRefusedError(
            message or "Loyalty+ refused the request.", code=code or "REFUSED", http_status=status
        )
    return body


def _error_of(body: Any) -> tuple[str | None, str | None]:
    """The error's code and message, from ``{"error": "..."}``, ``{"error": {"code",
    "message"}}`` or ``{"message": "..."}``: the document shows no error body."""
    if not isinstance(body, dict):
        return None, None
    error = body.get("error")
    code = body.get("code")
    message = body.get("message")
    if isinstance(error, dict):
        code, message = error.get("code", code), error.get("message", message)
    elif isinstance(error, str):
        message = error
    return (
        str(code) if code is not None else None,
        str(message) if message is not None else None,
    )


def _loose_json(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None


def _unreadable(*, ambiguous: bool) -> RetryLaterError:
    return RetryLaterError(
        "Loyalty+ sent an answer that could not be read.",
        code="BAD_RESPONSE",
        ambiguous=ambiguous,
    )


def _text(body: dict[str, Any], name: str) -> str:
    value = body.get(name)
    if not value:
        raise _unreadable(ambiguous=False)
    return str(value)


def _number(body: dict[str, Any], name: str) -> int:
    value = _maybe(body, name)
    if value is None:
        raise _unreadable(ambiguous=False)
    return value


def _maybe(body: dict[str, Any], name: str) -> int | None:
    value = body.get(name)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _segment(value: str) -> str:
    """A phone or an id as one path segment: "+353..." travels as "%2B353..."."""
    return quote(value, safe="")
