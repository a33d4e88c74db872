"""Cata's POS integration API (document 003), one tenant behind ``/service/pos-integration``.

Business outcomes are HTTP 200 with ``isSuccess``; proxy validation a 400 with the standard
error envelope. The points ledger de-duplicates on refCode as written: an applied refCode
answers ``*_already_processed``; a rejected one is not re-run (its rejection is answered again);
by amount the key is ``sourceType:refCode``, and a 0-point call accrues tier spend once but
leaves the refCode free for a later qualifying amount."""

from __future__ import annotations

import json
import math
import re
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from fractions import Fraction
from typing import Any

from tests.support.emulators.server import EmulatorServer, Request, Response

PREFIX = "/service/pos-integration"
SOURCE_TYPES = ("REVEL", "LIGHTSPEED", "ATLAS", "JAMEZZ")
_PHONE = re.compile(r"^\+[1-9]\d{6,14}$")
_SHORT_CODE = re.compile(r"^[0-9A-Fa-f]{6}$")
_EXPIRY = "%Y-%m-%d %H:%M:%S"
_BACKEND_FAULTS = {
    502: ("bad gateway", "loyalty backend returned an error"),
    504: ("gateway timeout", "loyalty backend timed out"),
}


@dataclass(frozen=True)
class Tier:
    name: str
    min_spend: Decimal
    multiplier: Decimal


@dataclass(frozen=True)
class Entry:
    """One applied operation on a customer's points ledger."""

    kind: str  # opening, earn, earn_by_amount or use
    points: int  # + credited, - used
    ref_code: str | None
    key: str | None
    """What the ledger de-duplicates on: refCode, or sourceType:refCode by amount."""
    amount: Decimal | None = None
    source_type: str | None = None
    display_notes: str = ""
    internal_notes: str = ""


@dataclass
class _Batch:
    points: int
    expires_at: datetime


@dataclass
class CataCustomer:
    uuid: str
    email: str | None
    phone: str | None
    short_code: str | None
    tier_spend: Decimal = Decimal(0)
    batches: list[_Batch] = field(default_factory=list)
    ledger: list[Entry] = field(default_factory=list)


def _ok(message: str = "OK", **fields: Any) -> Response:
    return Response(200, {"code": 0, "isSuccess": True, "message": message, **fields})


def _refusal(code: int, message: str, **fields: Any) -> Response:
    return Response(200, {"code": code, "isSuccess": False, "message": message, **fields})


def _error(status: int, message: str, details: str) -> Response:
    return Response(status, {"error": {"code": status, "message": message, "details": details}})


def _invalid(details: str) -> Response:
    return _error(400, "invalid request", details)


class CataEmulator(EmulatorServer):
    prefix = PREFIX
    key_header = "X-Api-Key"

    def __init__(
        self,
        *,
        api_key: str = "cata-partner-key",
        points_convert: Decimal = Decimal(100),
        tiers: tuple[Tier, ...] = (Tier("Member", Decimal(0), Decimal(1)),),
        expiry_days: int = 365,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.api_key = api_key
        self.points_convert = points_convert
        self.tiers = tuple(sorted(tiers, key=lambda tier: tier.min_spend))
        self.expiry_days = expiry_days
        self.clock = clock
        self.tenant = "acme"
        self.onboarded = True
        """False: the tenant has not finished loyalty onboarding (503 on loyalty calls)."""
        self.customers: dict[str, CataCustomer] = {}
        self.other_tenant: set[str] = set()
        """customerUuids of another tenant: 404."""
        self.outcomes: dict[str, Response] = {}
        """refCode (or sourceType:refCode) -> its first answer, applied or rejected."""
        self.tier_keys: set[str] = set()
        self.received: list[Request] = []
        """Every request that got past the rate limit, as sent (headers, query, body)."""
        self._forced: deque[tuple[int, bool]] = deque()
        self.route("GET", "/api/v1/auth/whoami", self._whoami)
        for method, name, handler in (
            ("GET", "customer-uuid", self._customer_uuid),
            ("GET", "balance", self._balance),
            ("POST", "earn-points", self._earn_points),
            ("POST", "earn-points-by-amount", self._earn_by_amount),
            ("POST", "use-points", self._use_points),
        ):
            self.route(method, f"/api/v1/loyalty/{name}", self._loyalty(handler))

    # -- helpers for tests ------------------------------------------------------------------

    def seed_customer(
        self,
        *,
        email: str | None = None,
        phone: str | None = None,
        short_code: str | None = None,
        points: int = 0,
        tier_spend: Decimal = Decimal(0),
        customer_uuid: str | None = None,
    ) -> str:
        """A customer who signed up in the Cata app; returns the customerUuid."""
        with self.lock:
            remote_id = customer_uuid or str(uuid.uuid4())
            customer = CataCustomer(
                remote_id, email, phone, short_code.upper() if short_code else None, tier_spend
            )
            if points:
                customer.batches.append(_Batch(points, self._default_expiry()))
                customer.ledger.append(Entry("opening", points, None, None))
            self.customers[remote_id] = customer
            return remote_id

    def ledger(self, remote_id: str) -> list[Entry]:
        with self.lock:
            return list(self.customers[remote_id].ledger)

    def balance_of(self, remote_id: str) -> int:
        with self.lock:
            return sum(batch.points for batch in self._live(self.customers[remote_id]))

    def fail_next(self, status: int, *, times: int = 1, after_applying: bool = False) -> None:
        """The next ``times`` loyalty calls answer ``status`` (502 or 504), before or after
        the change is applied."""
        with self.lock:
            self._forced.extend([(status, after_applying)] * times)

    # -- the server -------------------------------------------------------------------------

    def authenticate(self, request: Request) -> Response | None:
        self.received.append(request)
        key = _header(request, "X-Api-Key")
        if not key:
            return _error(401, "missing api key", "X-Api-Key header is required")
        if key != self.api_key:
            return _error(401, "invalid api key", "X-Api-Key is invalid or expired")
        return None

    def rate_limited(self, request: Request) -> Response:
        return _error(429, "too many requests", "rate limit exceeded")

    def not_found(self, request: Request) -> Response:
        return _error(404, "not found", "no such endpoint")

    def server_error(self, request: Request) -> Response:
        return _error(502, "bad gateway", "loyalty backend returned an error")

    def _loyalty(self, handler: Callable[[Request], Response]) -> Callable[[Request], Response]:
        def serve(request: Request) -> Response:
            if not self.onboarded:
                return _error(503, "service unavailable", "tenant loyalty onboarding incomplete")
            status, after = self._forced.popleft() if self._forced else (None, False)
            if status is None or after:
                response = handler(request)
            return response if status is None else _error(status, *_BACKEND_FAULTS[status])

        return serve

    def _whoami(self, request: Request) -> Response:
        return Response(200, {"authenticated": True, "tenant": self.tenant, "partner": "pos"})

    def _customer_uuid(self, request: Request) -> Response:
        identifier = request.query.get("identifier", "").strip()
        if "@" in identifier:
            wanted = identifier.lower()
            found = [c for c in self.customers.values() if (c.email or "").lower() == wanted]
        elif _PHONE.match(identifier):
            found = [c for c in self.customers.values() if c.phone == identifier]
        elif _SHORT_CODE.match(identifier):
            found = [c for c in self.customers.values() if c.short_code == identifier.upper()]
        else:
            return _refusal(
                1012, "identifier must be an email, phone number, or 6-character hex short_code"
            )
        if not found:
            return _refusal(1013, "Customer not found", customerUuid="")
        return _ok(customerUuid=found[0].uuid)

    def _balance(self, request: Request) -> Response:
        remote_id = request.query.get("customerUuid", "")
        if not remote_id:
            return _error(400, "missing required field", "customerUuid query parameter is required")
        customer, missing = self._customer(remote_id)
        if customer is None:
            return missing
        live = self._live(customer)
        nearest = min((batch.expires_at for batch in live), default=None)
        return _ok(
            balance=sum(batch.points for batch in live),
            numOfPointsWillExpire=sum(b.points for b in live if b.expires_at == nearest),
            nearestExpiryDateTimeUTC=nearest.strftime("%Y-%m-%dT%H:%M:%SZ") if nearest else "",
        )

    def _earn_points(self, request: Request) -> Response:
        body, invalid = _fields(request, "points")
        if invalid:
            return invalid
        key = body["refCode"]
        if key in self.outcomes:
            return self._replay(key, "grant_points_already_processed")
        customer, missing = self._customer(body["customerUuid"])
        if customer is None:
            return self._remember(key, missing)
        expires_at = _expiry(body) or self._default_expiry()
        self._credit(customer, _entry("earn", body["points"], key, body), expires_at)
        return self._remember(key, _ok("grant_points_success"))

    def _earn_by_amount(self, request: Request) -> Response:
        body, invalid = _fields(request, "amount")
        if invalid:
            return invalid
        source_type = body.get("sourceType")
        if source_type not in SOURCE_TYPES:
            return _invalid(f"sourceType must be one of {', '.join(SOURCE_TYPES)}")
        key = f"{source_type}:{body['refCode']}"
        if key in self.outcomes:
            return self._replay(key, "grant_points_already_processed")
        customer, missing = self._customer(body["customerUuid"])
        if customer is None:
            return self._remember(key, missing)
        amount: Decimal = body["amount"]
        tier = self._tier(customer.tier_spend)
        points = math.floor(
            Fraction(amount) / Fraction(self.points_convert) * Fraction(tier.multiplier)
        )
        if key not in self.tier_keys:
            self.tier_keys.add(key)
            customer.tier_spend += amount
        data = {
            "pointsEarned": points,
            "tierMultiplier": float(tier.multiplier),
            "pointConvert": float(self.points_convert),
            "bonusMultiplier": 0.0,
            "effectiveMultiplier": float(tier.multiplier),
            "tierUpgraded": self._tier(customer.tier_spend) != tier,
        }
        if points == 0:
            # No points-ledger entry: the refCode stays free for a later qualifying amount.
            return _ok("grant_points_success", data=data)
        entry = _entry("earn_by_amount", points, key, body)
        self._credit(customer, entry, _expiry(body) or self._default_expiry())
        return self._remember(key, _ok("grant_points_success", data=data))

    def _use_points(self, request: Request) -> Response:
        body, invalid = _fields(request, "points")
        if invalid:
            return invalid
        key = body["refCode"]
        if key in self.outcomes:
            return self._replay(key, "use_points_already_processed")
        customer, missing = self._customer(body["customerUuid"])
        if customer is None:
            return self._remember(key, missing)
        wanted: int = body["points"]
        live = self._live(customer)
        if sum(batch.points for batch in live) < wanted:
            return self._remember(key, _refusal(1012, "insufficient_points"))
        left = wanted
        for batch in live:  # FIFO: the oldest points first
            taken = min(batch.points, left)
            batch.points -= taken
            left -= taken
        customer.batches = [batch for batch in customer.batches if batch.points > 0]
        customer.ledger.append(_entry("use", -wanted, key, body))
        return self._remember(key, _ok("use_points_success"))

    # -- internals --------------------------------------------------------------------------

    def _credit(self, customer: CataCustomer, entry: Entry, expires_at: datetime) -> None:
        customer.batches.append(_Batch(entry.points, expires_at))
        customer.ledger.append(entry)

    def _replay(self, key: str, message: str) -> Response:
        first = self.outcomes[key]
        if first.body["isSuccess"]:
            return _ok(message)
        return Response(first.status, dict(first.body))

    def _remember(self, key: str, response: Response) -> Response:
        """Keep the loyalty service's answer for the refCode (a proxy 404 is not one)."""
        if response.status == 200:
            self.outcomes[key] = response
        return response

    def _customer(self, remote_id: str) -> tuple[CataCustomer | None, Response]:
        if remote_id in self.other_tenant:
            return None, _error(404, "customer not found", "customer is not in this tenant")
        customer = self.customers.get(remote_id)
        return customer, _refusal(1013, "Customer not found")

    def _live(self, customer: CataCustomer) -> list[_Batch]:
        now = self.clock()
        return [b for b in customer.batches if b.points > 0 and b.expires_at > now]

    def _tier(self, spend: Decimal) -> Tier:
        return [tier for tier in self.tiers if tier.min_spend <= spend][-1]

    def _default_expiry(self) -> datetime:
        moment = self.clock() + timedelta(days=self.expiry_days)
        return moment.replace(microsecond=0)


def _fields(request: Request, quantity: str) -> tuple[dict[str, Any], Response | None]:
    """The JSON body of a mutating call, or the proxy's 400 for it."""
    if not _header(request, "Content-Type").startswith("application/json"):
        return {}, _invalid("Content-Type must be application/json")
    try:
        body = json.loads(request.body.decode("utf-8"), parse_float=Decimal)
    except ValueError:
        return {}, _invalid("body must be valid JSON")
    if not isinstance(body, dict):
        return {}, _invalid("body must be a JSON object")
    for name in ("customerUuid", "refCode"):
        if not isinstance(body.get(name), str) or not body[name]:
            return body, _error(400, "missing required field", f"{name} is required")
    value = body.get(quantity)
    if quantity == "points" and (not isinstance(value, int) or isinstance(value, bool)):
        return body, _invalid("points must be an integer")
    if quantity == "amount":
        if not isinstance(value, int | Decimal) or isinstance(value, bool):
            return body, _invalid("amount must be a decimal number")
        body["amount"] = value = Decimal(value)
    if value <= 0:
        return body, _invalid(f"{quantity} must be greater than 0")
    if "expiryDatetime" in body and _expiry(body) is None:
        return body, _invalid("expiryDatetime must be YYYY-MM-DD HH:MM:SS (UTC)")
    return body, None


def _entry(kind: str, points: int, key: str, body: dict[str, Any]) -> Entry:
    amount = body.get("amount")
    return Entry(
        kind,
        points,
        body["refCode"],
        key,
        amount if isinstance(amount, Decimal) else None,
        body.get("sourceType"),
        str(body.get("displayNotes") or ""),
        str(body.get("internalNotes") or ""),
    )


def _header(request: Request, name: str) -> str:
    wanted = name.lower()
    return next((v for k, v in request.headers.items() if k.lower() == wanted), "")


def _expiry(body: dict[str, Any]) -> datetime | None:
    if "expiryDatetime" not in body:
        return None
    try:
        return datetime.strptime(str(body["expiryDatetime"]), _EXPIRY).replace(tzinfo=UTC)
    except ValueError:
        return None
