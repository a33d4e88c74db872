"""An emulator of Loyalty+, from its API reference.

POS endpoints take ``X-API-Key``; owner endpoints take ``Authorization: Bearer <JWT>``. The
document shows only success bodies; errors here follow the adapter's written assumptions
(docs/SYNC.md): ``{"success": false, "error": "..."}`` with 400 (invalid, blocked,
not enough points), 401 (bad key or token), 404 (unknown customer), 409 (phone taken).
Loyalty+ de-duplicates nothing: a replayed check-in is credited again, as the real one would.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from decimal import ROUND_FLOOR, Decimal
from typing import Any
from urllib.parse import unquote

from tests.support.emulators.server import EmulatorServer, Request, Response

ID = r"(?P<id>[^/]+)"


@dataclass(frozen=True)
class Change:
    """One entry of a customer's points history: what the provider holds."""

    delta: int
    reason: str


@dataclass
class Customer:
    id: str
    name: str
    phone: str | None
    notes: str = ""
    status: str = "ACTIVE"
    points: int = 0
    history: list[Change] = field(default_factory=list)

    def change(self, delta: int, reason: str) -> None:
        self.points += delta
        self.history.append(Change(delta, reason))


@dataclass(frozen=True)
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    """Names in lower case."""
    body: Any


class _RefusalError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status, self.message = status, message


class LoyaltyPlusEmulator(EmulatorServer):
    key_header = "X-API-Key"

    def __init__(
        self,
        *,
        api_key: str = "loy_emulator_key_0123456789abcdef",
        token: str = "jwt.emulator.owner",
        mode: str = "SPEND",
        reward_threshold: int = 100,
        reward_title: str = "Free Coffee",
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.api_key, self.token, self.mode = api_key, token, mode
        self.reward_threshold, self.reward_title = reward_threshold, reward_title
        self.customers: dict[str, Customer] = {}
        self.seen: list[Seen] = []
        self._ids = itertools.count(1)
        routes = [
            ("POST", "/v1/pos/checkin", self._checkin),
            ("GET", f"/v1/pos/customer/{ID}", self._pos_customer),
            ("GET", f"/v1/pos/balance/{ID}", self._balance),
            ("POST", "/v1/pos/redeem", self._redeem),
            ("POST", "/v1/owner/customers", self._create),
            ("GET", "/v1/owner/customers", self._list),
            ("GET", f"/v1/owner/customers/{ID}", self._detail),
            ("PATCH", f"/v1/owner/customers/{ID}", self._update),
            ("DELETE", f"/v1/owner/customers/{ID}", self._delete),
            ("POST", f"/v1/owner/customers/{ID}/points", self._points),
        ]
        for method, pattern, handler in routes:
            self.route(method, pattern, self._guarded(handler))

    # -- helpers for tests --------------------------------------------------------------------

    def seed_customer(
        self, *, phone: str, name: str = "Customer", points: int = 0, status: str = "ACTIVE"
    ) -> str:
        with self.lock:
            customer = Customer(f"cuid_{next(self._ids):04d}", name, phone, status=status)
            if points:
                customer.change(points, "Opening balance")
            self.customers[customer.id] = customer
            return customer.id

    def ledger(self, customer_id: str) -> list[Change]:
        """Every change applied to the customer's points, oldest first."""
        with self.lock:
            return list(self.customers[customer_id].history)

    def points(self, customer_id: str) -> int:
        with self.lock:
            return self.customers[customer_id].points

    # -- the API ------------------------------------------------------------------------------

    def authenticate(self, request: Request) -> Response | None:
        headers = {name.lower(): value for name, value in request.headers.items()}
        if request.path.startswith("/v1/owner/"):
            if headers.get("authorization") != f"Bearer {self.token}":
                return _refusal(401, "Invalid or expired token")
        elif headers.get("x-api-key") != self.api_key:
            return _refusal(401, "Invalid API key")
        return None

    def _checkin(self, request: Request, body: dict[str, Any]) -> dict[str, Any]:
        customer = self._identified(body)
        if self.mode == "SPEND":
            amount = body.get("amount")
            if not isinstance(amount, int | float) or isinstance(amount, bool) or amount <= 0:
                raise _RefusalError(400, "amount is required in SPEND mode")
            awarded = int(Decimal(str(amount)).to_integral_value(ROUND_FLOOR))
        else:
            awarded = _positive(body, "units")
        customer.change(awarded, "Check-in")
        return {
            "success": True,
            "customerId": customer.id,
            "pointsAwarded": awarded,
            "totalPoints": customer.points,
            "rewardThreshold": self.reward_threshold,
            "rewardAvailable": customer.points >= self.reward_threshold,
        }

    def _pos_customer(self, request: Request, body: Any) -> dict[str, Any]:
        customer = self._by_identifier(unquote(_id(request)))
        return {
            "customerId": customer.id,
            "name": customer.name,
            "phone": customer.phone,
            "status": customer.status,
            "totalPoints": customer.points,
            "rewardAvailable": customer.points >= self.reward_threshold,
        }

    def _balance(self, request: Request, body: Any) -> dict[str, Any]:
        customer = self._by_identifier(unquote(_id(request)))
        return {"customerId": customer.id, "totalPoints": customer.points}

    def _redeem(self, request: Request, body: dict[str, Any]) -> dict[str, Any]:
        customer = self._identified(body)
        points = _positive(body, "points")
        if points > customer.points:
            raise _RefusalError(400, "Insufficient points")
        customer.change(-points, f"Redeemed: {self.reward_title}")
        return {
            "success": True,
            "redemptionId": f"cuid_r{next(self._ids):04d}",
            "pointsRedeemed": points,
            "rewardTitle": self.reward_title,
            "remainingPoints": customer.points,
        }

    def _create(self, request: Request, body: dict[str, Any]) -> dict[str, Any]:
        name, phone = body.get("name"), body.get("phone")
        if not isinstance(name, str) or not name.strip() or not isinstance(phone, str):
            raise _RefusalError(400, "name and phone are required")
        if any(c.phone == phone for c in self.customers.values()):
            raise _RefusalError(409, "A customer with this phone already exists")
        initial = body.get("initialPoints") or 0
        customer_id = self.seed_customer(phone=phone, name=name)
        customer = self.customers[customer_id]
        customer.notes = str(body.get("notes") or "")
        if initial:
            customer.change(int(initial), "Initial points")
        return {"success": True, "customer": _summary(customer)}

    def _list(self, request: Request, body: Any) -> dict[str, Any]:
        page = max(1, int(request.query.get("page", "1")))
        limit = max(1, min(100, int(request.query.get("limit", "20"))))
        search = request.query.get("search", "").lower()
        wanted = request.query.get("statusFilter")
        rows = [
            c
            for c in self.customers.values()
            if (not search or search in c.name.lower() or search in (c.phone or ""))
            and (not wanted or c.status == wanted)
        ]
        chosen = rows[(page - 1) * limit : page * limit]
        return {
            "customers": [_summary(c) for c in chosen],
            "pagination": {"page": page, "limit": limit, "total": len(rows)},
        }

    def _detail(self, request: Request, body: Any) -> dict[str, Any]:
        customer = self._owned(request)
        return {
            "customer": {**_summary(customer), "status": customer.status, "notes": customer.notes},
            "pointsHistory": [
                {"delta": c.delta, "reason": c.reason} for c in reversed(customer.history)
            ],
            "totalPoints": customer.points,
        }

    def _update(self, request: Request, body: dict[str, Any]) -> dict[str, Any]:
        customer = self._owned(request)
        if body.get("status") not in (None, "ACTIVE", "BLOCKED"):
            raise _RefusalError(400, "status is ACTIVE or BLOCKED")
        customer.name = body.get("name") or customer.name
        customer.phone = body.get("phone") or customer.phone
        customer.status = body.get("status") or customer.status
        return {"success": True, "customer": {**_summary(customer), "status": customer.status}}

    def _delete(self, request: Request, body: Any) -> dict[str, Any]:
        del self.customers[self._owned(request).id]
        return {"success": True, "message": "Customer deleted permanently"}

    def _points(self, request: Request, body: dict[str, Any]) -> dict[str, Any]:
        customer = self._owned(request)
        points, reason = body.get("points"), body.get("reason")
        if not isinstance(points, int) or isinstance(points, bool) or points == 0:
            raise _RefusalError(400, "points is a non-zero integer")
        if not isinstance(reason, str) or not reason.strip():
            raise _RefusalError(400, "reason is required")
        if customer.points + points < 0:
            raise _RefusalError(400, "Insufficient points")
        customer.change(points, reason)
        return {"success": True, "newBalance": customer.points, "adjustment": points}

    # -- internals ----------------------------------------------------------------------------

    def _guarded(self, handler: Any) -> Any:
        def handle(request: Request) -> Response:
            try:
                body = request.json() if request.body else None
            except ValueError:
                return _refusal(400, "The body is not JSON")
            headers = {name.lower(): value for name, value in request.headers.items()}
            self.seen.append(Seen(request.method, request.path, headers, body))
            if request.method in ("POST", "PATCH") and not isinstance(body, dict):
                return _refusal(400, "A JSON object is required")
            try:
                return Response(200, handler(request, body))
            except _RefusalError as refusal:
                return _refusal(refusal.status, refusal.message)

        return handle

    def _identified(self, body: dict[str, Any]) -> Customer:
        if body.get("customerId"):
            customer = self._by_identifier(str(body["customerId"]))
        elif body.get("phone"):
            customer = self._by_identifier(str(body["phone"]))
        else:
            raise _RefusalError(400, "phone or customerId is required")
        if customer.status == "BLOCKED":
            raise _RefusalError(400, "Customer is blocked")
        return customer

    def _by_identifier(self, identifier: str) -> Customer:
        customer = self.customers.get(identifier)
        if customer is None:
            customer = next((c for c in self.customers.values() if c.phone == identifier), None)
        if customer is None:
            raise _RefusalError(404, "Customer not found")
        return customer

    def _owned(self, request: Request) -> Customer:
        customer = self.customers.get(unquote(_id(request)))
        if customer is None:
            raise _RefusalError(404, "Customer not found")
        return customer


def _id(request: Request) -> str:
    assert request.match is not None
    return request.match.group("id")


def _summary(customer: Customer) -> dict[str, Any]:
    return {
        "id": customer.id,
        "name": customer.name,
        "phone": customer.phone,
        "totalPoints": customer.points,
    }


def _positive(body: dict[str, Any], name: str) -> int:
    value = body.get(name)
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise _RefusalError(400, f"{name} is a positive integer")
    return value


def _refusal(status: int, message: str) -> Response:
    return Response(status, {"success": False, "error": message})
