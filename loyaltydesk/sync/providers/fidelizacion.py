"""The member/transaction/payment/event POS API v1 ("fidelizacion").

Its document names the endpoints and the objects' fields and little else; every shape it leaves
open is an assumption written in docs/SYNC.md. In short: every call is a POST with a
JSON body of the documented objects (``{"member": {...}, "transaction": {...}, "payment":
{...}}``), the five documented headers go on every call, and the answer's ``status`` decides
("success", or "error" with ``error.code`` / ``error.message``), whatever the HTTP status.

The provider computes the benefits of a transaction (EARN_BY_AMOUNT), so its balance is the
authoritative one. ``transactionId`` is the request's reference (the local ref_code) unchanged:
the document asks for idempotent transaction ids and sets no length or charset. A points payment
is ``/payment`` with ``type: points``; a void of one is a ``/payment`` with ``action: cancel``
and the original's ``confirmationCode``. The document offers no way to reverse a transaction or to
change points by hand, so those voids and adjustments are refused with a message for the owner.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Mapping
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, ClassVar

import httpx

from loyaltydesk.domain.sync_settings import SyncAction
from loyaltydesk.sync.http import Credentials, HttpTransport, failure_for_status, json_body
from loyaltydesk.sync.provider import (
    Adjust,
    Capability,
    Connection,
    Earn,
    IdentifierKind,
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

NAME = "fidelizacion"
TITLE = "Fidelización POS API"
CREDENTIALS = ("api_key",)

MEMBER_NOT_FOUND = "203"
"""The one error code the document gives: "Cannot find any member with the given identifier!"."""

REGISTER = "/member/register"
DETAILS = "/member/details"
TRANSACTION = "/transaction"
PAYMENT = "/payment"

_MEMBER_FIELD = {
    IdentifierKind.PHONE: "phoneNumber",
    IdentifierKind.EMAIL: "email",
    IdentifierKind.CODE: "membershipKey",
}
_PAYMENT_KINDS = frozenset({SyncAction.REDEEM})
"""Originals sent as a points ``/payment`` (a reward, a points payment): their void is a cancel
by confirmation code."""
_PROBE = "loyaltydesk-connection-test"


class Fidelizacion:
    name: ClassVar[str] = NAME
    capabilities: ClassVar[frozenset[Capability]] = frozenset(
        {
            Capability.REGISTER,
            Capability.RESOLVE_PHONE,
            Capability.RESOLVE_EMAIL,
            Capability.RESOLVE_CODE,
            Capability.EARN_BY_AMOUNT,
        }
    )
    idempotent: ClassVar[bool] = True

    def __init__(
        self, transport: HttpTransport, credentials: Credentials, options: Mapping[str, str]
    ) -> None:
        self.transport = transport
        self._source = {
            "x-source-type": header_value(options.get("source_type") or "POS"),
            "x-source-name": header_value(options.get("source_name") or "loyaltydesk"),
            "x-branch-id": header_value(_required(options, "branch_id")),
            "x-pos-id": header_value(_required(options, "pos_id")),
        }
        self._headers = {
            "x-api-key": credentials.api_key,
            **self._source,
            "Content-Type": "application/json",
            "Accept": "application/json",
        }

    def __repr__(self) -> str:
        return f"Fidelizacion(base_url={self.transport.base_url!r})"

    # -- the Provider interface -------------------------------------------------------------

    def test_connection(self) -> Connection:
        """Looks up a member who cannot exist: "203" (or a member) means the key was accepted."""
        try:
            self._call(DETAILS, {"member": {"externalId": _PROBE}}, mutating=False)
        except ProviderRefusedError as error:
            if error.code != MEMBER_NOT_FOUND:
                raise
        return Connection(
            summary="Connected: the service accepted the API key.",
            details={
                "source": f"{self._source['x-source-type']} / {self._source['x-source-name']}",
                "branch": self._source["x-branch-id"],
                "pos": self._source["x-pos-id"],
            },
        )

    def resolve(self, kind: IdentifierKind, value: str) -> RemoteCustomer | None:
        try:
            body = self._call(DETAILS, {"member": {_MEMBER_FIELD[kind]: value}}, mutating=False)
        except ProviderRefusedError as error:
            if error.code == MEMBER_NOT_FOUND:
                return None
            raise
        return _customer(body, ambiguous=False)

    def register(self, customer: NewCustomer) -> RemoteCustomer:
        member = {"phoneNumber": customer.phone, "email": customer.email}
        if customer.code:
            member["externalId"] = customer.code
        payload = {"member": {key: value for key, value in member.items() if value}}
        return _customer(self._call(REGISTER, payload), ambiguous=True)

    def balance(self, remote_id: str) -> RemoteBalance:
        body = self._call(DETAILS, {"member": {"membershipKey": remote_id}}, mutating=False)
        points = _points(body)
        if points is None:
            raise _unreadable(200, ambiguous=False)
        return RemoteBalance(remote_id=remote_id, points=points)

    def earn(self, request: Earn) -> Posted:
        if request.amount is None:
            raise ProviderRefusedError(
                "This service computes points from the purchase amount; "
                "a check-in without an amount cannot be sent to it.",
                code="AMOUNT_REQUIRED",
            )
        transaction = {
            "transactionId": request.reference,
            "dateTime": _now(),
            "totalAmount": money(request.amount),
            "items": [],
            "payments": [],
            "usedAssets": [],
            "appliedDeals": [],
        }
        payload = {"member": _member(request.remote_id), "transaction": transaction}
        body = self._call(TRANSACTION, payload)
        return _posted(body, earned=_int(body.get("pointsEarned")))

    def redeem(self, request: Redeem) -> Posted:
        payment = {"action": "accept", "type": "points", "amount": request.points}
        body = self._payment(request.remote_id, request.reference, payment)
        return _posted(body, earned=-request.points)

    def adjust(self, request: Adjust) -> Posted:
        if request.reverses not in _PAYMENT_KINDS:
            raise ProviderRefusedError(
                "This service offers no points adjustment and no way to reverse a purchase; "
                "make this correction in the service's own back office.",
                code="ADJUST_NOT_SUPPORTED",
            )
        if not request.original_remote_ref:
            raise ProviderRefusedError(
                "The payment to cancel has no confirmation code from the service.",
                code="NO_CONFIRMATION_CODE",
            )
        payment = {
            "action": "cancel",
            "type": "points",
            "amount": abs(request.points),
            "confirmationCode": request.original_remote_ref,
        }
        body = self._payment(request.remote_id, request.reference, payment)
        return _posted(body, earned=abs(request.points))

    def create_voucher_batch(self, spec: VoucherBatchSpec) -> RemoteVoucherBatch:
        raise NotImplementedError("The service's document offers no voucher batches.")

    def redeem_voucher(self, use: VoucherUse) -> Posted:
        raise NotImplementedError("The service's document offers no voucher redemption.")

    def close(self) -> None:
        self.transport.close()

    # -- the wire -----------------------------------------------------------------------------

    def _payment(self, remote_id: str, reference: str, payment: dict[str, Any]) -> dict[str, Any]:
        transaction = {"transactionId": reference, "dateTime": _now()}
        payload = {"member": _member(remote_id), "transaction": transaction, "payment": payment}
        return self._call(PAYMENT, payload)

    def _call(self, path: str, payload: dict[str, Any], *, mutating: bool = True) -> dict[str, Any]:
        content = json.dumps(payload, separators=(",", ":")).encode("utf-8")
        try:
            response = self.transport.request("POST", path, content=content, headers=self._headers)
            return _answer(response)
        except RetryLaterError as error:
            if error.ambiguous and not mutating:
                # A look-up changes nothing: sending it again is always safe.
                error.ambiguous = False
            raise


def create(
    transport: HttpTransport, credentials: Credentials, options: Mapping[str, str]
) -> Fidelizacion:
    return Fidelizacion(transport, credentials, options)


def _answer(response: httpx.Response) -> dict[str, Any]:
    """The body of a "success" answer; every other answer raised as the right SyncError."""
    status = response.status_code
    if not 200 <= status < 300:
        code, message = _error_of(_loose_json(response))
        raise failure_for_status(
            response,
            code=code or f"HTTP_{status}",
            message=message or f"The loyalty service answered HTTP {status}.",
        )
    body = json_body(response)
    if body.get("status") == "success":
        return body
    if body.get("status") == "error":
        code, message = _error_of(body)
        raise ProviderRefusedError(
            message or "The loyalty service refused the request.",
            code=code or "ERROR",
            http_status=status,
        )
    raise _unreadable(status, ambiguous=True)


def _error_of(body: Any) -> tuple[str | None, str | None]:
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        return None, None
    code, message = error.get("code"), error.get("message")
    return (
        str(code) if code is not None else None,
        str(message) if message is not None else None,
    )


def _loose_json(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None


def _unreadable(status: int, *, ambiguous: bool) -> RetryLaterError:
    return RetryLaterError(
        "The loyalty service sent an answer that could not be read.",
        code="BAD_RESPONSE",
        http_status=status,
        ambiguous=ambiguous,
    )


def _customer(body: dict[str, Any], *, ambiguous: bool) -> RemoteCustomer:
    member = body.get("member")
    if not isinstance(member, dict) or not member.get("membershipKey"):
        raise _unreadable(200, ambiguous=ambiguous)
    return RemoteCustomer(
        remote_id=str(member["membershipKey"]),
        phone=member.get("phoneNumber"),
        email=member.get("email"),
        balance=_int(member.get("points")),
    )


def _posted(body: dict[str, Any], *, earned: int | None) -> Posted:
    code = body.get("confirmationCode")
    return Posted(
        remote_ref=str(code) if code else None,
        points=earned,
        balance=_points(body),
    )


def _points(body: dict[str, Any]) -> int | None:
    member = body.get("member")
    return _int(member.get("points")) if isinstance(member, dict) else None


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def _member(remote_id: str) -> dict[str, str]:
    return {"membershipKey": remote_id}


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _required(options: Mapping[str, str], name: str) -> str:
    value = options.get(name)
    if not value:
        raise ValueError(f"The {NAME} provider needs the option {name!r}.")
    return value


def money(amount: Decimal) -> str:
    """An amount as the body carries it: a string with two decimals, e.g. "25.50"."""
    return f"{amount.quantize(Decimal('0.01')):f}"


def header_value(value: str) -> str:
    """HTTP header values are ASCII: accents are dropped ("Panadería" -> "Panaderia")."""
    plain = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    return " ".join(plain.split())
