"""An emulator of the member/transaction/payment/event POS API v1, from its document.

The document gives endpoint names, object fields, the five headers, the ``status`` envelope and
one error code ("203"). What it leaves open is filled in the same way as the adapter's written
assumptions (docs/SYNC.md): POST + JSON everywhere, business errors as HTTP 200 with
``status: "error"``, a bad key as 401, a malformed request as 400. The other error codes here
("205", "301"...) are this emulator's own: the adapter must treat them as unknown codes.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from decimal import ROUND_FLOOR, Decimal, InvalidOperation
from typing import Any

from tests.support.emulators.server import EmulatorServer, Request, Response

HEADERS = ("x-api-key", "x-source-type", "x-source-name", "x-branch-id", "x-pos-id")
MEMBER_KEYS = ("membershipKey", "phoneNumber", "email", "externalId")
_MONEY = re.compile(r"^\d+\.\d{2}$")

MEMBER_NOT_FOUND = "203"
MEMBER_EXISTS = "205"
INSUFFICIENT_POINTS = "301"
PAYMENT_NOT_FOUND = "302"
PAYMENT_CANCELLED = "303"


@dataclass
class Member:
    membership_key: str
    phone: str | None = None
    email: str | None = None
    external_id: str | None = None
    points: int = 0
    credit: Decimal = Decimal("0.00")

    def as_json(self) -> dict[str, Any]:
        return {
            "membershipKey": self.membership_key,
            "phoneNumber": self.phone,
            "email": self.email,
            "externalId": self.external_id,
            "points": self.points,
            "credit": f"{self.credit:.2f}",
        }


@dataclass(frozen=True)
class Applied:
    """One operation the provider applied to a member's points, as the provider holds it."""

    kind: str
    """TRANSACTION, PAYMENT or CANCEL."""
    transaction_id: str
    points: int
    confirmation_code: str


@dataclass(frozen=True)
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    """Names in lower case."""
    body: dict[str, Any]


@dataclass
class _Payment:
    member_key: str
    type: str
    amount: Any
    cancelled: bool = False


class _RefusalError(Exception):
    def __init__(self, code: str, message: str, status: int = 200) -> None:
        super().__init__(message)
        self.code, self.message, self.status = code, message, status


class FidelizacionEmulator(EmulatorServer):
    prefix = "/v1"
    key_header = "x-api-key"

    def __init__(
        self, *, api_key: str = "fid-key-0123456789", points_per_unit: int = 1, **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        self.api_key = api_key
        self.points_per_unit = points_per_unit
        self.members: dict[str, Member] = {}
        self.ledgers: dict[str, list[Applied]] = {}
        self.events: list[dict[str, Any]] = []
        self.seen: list[Seen] = []
        """Every request that passed authentication, in order."""
        self._transactions: dict[str, dict[str, Any]] = {}
        self._payment_answers: dict[tuple[str, str], dict[str, Any]] = {}
        self._payments: dict[str, _Payment] = {}
        self._ids = itertools.count(1)
        routes = {
            "/member/register": self._register,
            "/member/update": self._update,
            "/member/details": self._details,
            "/member/shortCode": self._short_code,
            "/transaction": self._transaction,
            "/payment": self._payment,
            "/event": self._event,
        }
        for path, handler in routes.items():
            self.route("POST", re.escape(path), self._enveloped(handler))

    # -- helpers for tests --------------------------------------------------------------------

    def seed_member(
        self, *, phone: str | None = None, email: str | None = None, points: int = 0
    ) -> str:
        with self.lock:
            key = f"MK{next(self._ids):06d}"
            self.members[key] = Member(key, phone=phone, email=email, points=points)
            self.ledgers[key] = []
            return key

    def ledger(self, membership_key: str) -> list[Applied]:
        with self.lock:
            return list(self.ledgers.get(membership_key, []))

    def points(self, membership_key: str) -> int:
        with self.lock:
            return self.members[membership_key].points

    # -- the API ------------------------------------------------------------------------------

    def authenticate(self, request: Request) -> Response | None:
        headers = {name.lower(): value for name, value in request.headers.items()}
        for name in HEADERS:
            if not headers.get(name):
                return _error(400, "400", f"Missing required header {name}")
        if headers["x-api-key"] != self.api_key:
            return _error(401, "401", "Invalid API key")
        return None

    def _register(self, body: dict[str, Any]) -> dict[str, Any]:
        fields = _object(body, "member")
        if not fields.get("phoneNumber") and not fields.get("email"):
            raise _RefusalError("400", "A member needs a phoneNumber or an email", 400)
        for member in self.members.values():
            if (fields.get("phoneNumber") and member.phone == fields.get("phoneNumber")) or (
                fields.get("email") and member.email == fields.get("email")
            ):
                raise _RefusalError(MEMBER_EXISTS, "A member with this identifier already exists")
        key = self.seed_member(phone=fields.get("phoneNumber"), email=fields.get("email"))
        self.members[key].external_id = fields.get("externalId")
        return {"member": self.members[key].as_json()}

    def _update(self, body: dict[str, Any]) -> dict[str, Any]:
        member = self._member_of(body)
        fields = _object(body, "member")
        member.phone = fields.get("phoneNumber", member.phone)
        member.email = fields.get("email", member.email)
        return {"member": member.as_json()}

    def _details(self, body: dict[str, Any]) -> dict[str, Any]:
        return {"member": self._member_of(body).as_json()}

    def _short_code(self, body: dict[str, Any]) -> dict[str, Any]:
        self._member_of(body)
        return {"shortCode": f"{next(self._ids) % 1_000_000:06d}"}

    def _event(self, body: dict[str, Any]) -> dict[str, Any]:
        self._member_of(body)
        self.events.append(_object(body, "event"))
        return {}

    def _transaction(self, body: dict[str, Any]) -> dict[str, Any]:
        member = self._member_of(body)
        transaction = _object(body, "transaction")
        transaction_id = _text(transaction, "transactionId")
        _text(transaction, "dateTime")
        if transaction_id in self._transactions:
            return self._transactions[transaction_id]
        total = _money(transaction.get("totalAmount"))
        earned = int((total * self.points_per_unit).to_integral_value(ROUND_FLOOR))
        member.points += earned
        answer = self._apply(member, "TRANSACTION", transaction_id, earned)
        answer["pointsEarned"] = earned
        self._transactions[transaction_id] = answer
        return answer

    def _payment(self, body: dict[str, Any]) -> dict[str, Any]:
        member = self._member_of(body)
        transaction_id = _text(_object(body, "transaction"), "transactionId")
        payment = _object(body, "payment")
        action = payment.get("action")
        if action not in ("accept", "cancel") or payment.get("type") not in ("points", "credit"):
            raise _RefusalError("400", "payment.action or payment.type is not valid", 400)
        replay = self._payment_answers.get((transaction_id, action))
        if replay is not None:
            return replay
        if action == "accept":
            answer = self._accept(member, transaction_id, payment)
        else:
            answer = self._cancel(member, transaction_id, _text(payment, "confirmationCode"))
        self._payment_answers[(transaction_id, action)] = answer
        return answer

    def _accept(
        self, member: Member, transaction_id: str, payment: dict[str, Any]
    ) -> dict[str, Any]:
        if payment["type"] == "credit":
            amount = _money(payment.get("amount"))
            if amount > member.credit:
                raise _RefusalError(INSUFFICIENT_POINTS, "Not enough credit")
            member.credit -= amount
            answer = self._apply(member, "PAYMENT", transaction_id, 0)
        else:
            points = payment.get("amount")
            if not isinstance(points, int) or isinstance(points, bool) or points <= 0:
                raise _RefusalError("400", "A points payment amount is a positive integer", 400)
            if points > member.points:
                raise _RefusalError(INSUFFICIENT_POINTS, "Not enough points")
            member.points -= points
            answer = self._apply(member, "PAYMENT", transaction_id, -points)
            amount = points
        self._payments[answer["confirmationCode"]] = _Payment(
            member.membership_key, payment["type"], amount
        )
        return answer

    def _cancel(self, member: Member, transaction_id: str, code: str) -> dict[str, Any]:
        original = self._payments.get(code)
        if original is None or original.member_key != member.membership_key:
            raise _RefusalError(PAYMENT_NOT_FOUND, "No payment has this confirmationCode")
        if original.cancelled:
            raise _RefusalError(PAYMENT_CANCELLED, "This payment is already cancelled")
        original.cancelled = True
        if original.type == "credit":
            member.credit += original.amount
            return self._apply(member, "CANCEL", transaction_id, 0)
        member.points += original.amount
        return self._apply(member, "CANCEL", transaction_id, original.amount)

    # -- internals ----------------------------------------------------------------------------

    def _enveloped(self, handler: Any) -> Any:
        def handle(request: Request) -> Response:
            try:
                body = request.json()
            except ValueError:
                return _error(400, "400", "The body is not JSON")
            if not isinstance(body, dict):
                return _error(400, "400", "The body is not a JSON object")
            headers = {name.lower(): value for name, value in request.headers.items()}
            self.seen.append(Seen(request.method, request.path, headers, body))
            try:
                return Response(200, {"status": "success", **handler(body)})
            except _RefusalError as refusal:
                return _error(refusal.status, refusal.code, refusal.message)

        return handle

    def _apply(self, member: Member, kind: str, transaction_id: str, points: int) -> dict[str, Any]:
        code = f"CC{next(self._ids):08d}"
        self.ledgers[member.membership_key].append(Applied(kind, transaction_id, points, code))
        return {"confirmationCode": code, "member": member.as_json()}

    def _member_of(self, body: dict[str, Any]) -> Member:
        fields = _object(body, "member")
        given = {key: fields[key] for key in MEMBER_KEYS if fields.get(key)}
        if not given:
            raise _RefusalError("400", "member needs an identifier", 400)
        attribute = {
            "membershipKey": "membership_key",
            "phoneNumber": "phone",
            "email": "email",
            "externalId": "external_id",
        }
        for member in self.members.values():
            if all(getattr(member, attribute[key]) == value for key, value in given.items()):
                return member
        raise _RefusalError(MEMBER_NOT_FOUND, "Cannot find any member with the given identifier!")


def _error(status: int, code: str, message: str) -> Response:
    return Response(status, {"status": "error", "error": {"code": code, "message": message}})


def _object(body: dict[str, Any], name: str) -> dict[str, Any]:
    value = body.get(name)
    if not isinstance(value, dict):
        raise _RefusalError("400", f"{name} is required", 400)
    return value


def _text(fields: dict[str, Any], name: str) -> str:
    value = fields.get(name)
    if not isinstance(value, str) or not value:
        raise _RefusalError("400", f"{name} is required", 400)
    return value


def _money(value: Any) -> Decimal:
    if not isinstance(value, str) or not _MONEY.match(value):
        raise _RefusalError("400", "An amount is a string with two decimals, e.g. 25.50", 400)
    try:
        return Decimal(value)
    except InvalidOperation as error:
        raise _RefusalError("400", "An amount is not a number", 400) from error
