"""The KiriMel Loyalty API (seed document 000) emulated from its document.

Served under ``/api/loyalty`` like the real one. Every request must carry X-API-Key, X-Timestamp
and X-Signature = hex HMAC-SHA256(timestamp + body, secret); POST bodies must be form-encoded.
Each customer has a ledger of every applied earn, redeem and voucher redemption with its
reference_id; a reference_id seen before on the same endpoint answers the first answer again and
applies nothing. Where the document is silent the emulator chooses, and says so:

- the lookup's ``data.id`` is the same customer id that register returns as ``customer_id``;
- validation failures are HTTP 400 with code INVALID_PARAMETERS (the document names the status,
  not a code), a repeated phone / QR code / email on register included;
- CUSTOMER_NOT_FOUND and VOUCHER_NOT_FOUND are HTTP 404, the other business errors HTTP 400,
  INVALID_API_KEY and SIGNATURE_INVALID HTTP 401; a timestamp more than ``max_skew`` seconds
  from the emulator's clock fails the signature check;
- an unknown path is a plain-text 404, as a web server answers outside the API.
"""

from __future__ import annotations

import hashlib
import hmac
import random
import re
import string
from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from tests.support.emulators.kirimel_records import (
    Customer,
    KiriMelError,
    LedgerEntry,
    Voucher,
    date_field,
    decimal_field,
    discount,
    invalid,
    points_field,
    profile,
    progress,
    tier,
)
from tests.support.emulators.server import EmulatorServer, Handler, Request, Response

API_KEY = "kirimel-test-key"
API_SECRET = "kirimel-test-secret"
BASE62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
FORM = "application/x-www-form-urlencoded"
_PHONE = re.compile(r"^\+[1-9]\d{6,14}$")


class KiriMelEmulator(EmulatorServer):
    prefix = "/api/loyalty"

    def __init__(
        self,
        *,
        api_key: str = API_KEY,
        api_secret: str = API_SECRET,
        max_skew: float = 300.0,
        errors_as_200: bool = False,
        seed: int = 0,
        **kwargs: Any,
    ) -> None:
        super().__init__(seed=seed, **kwargs)
        self.api_key = api_key
        self.api_secret = api_secret
        self.max_skew = max_skew
        self.errors_as_200 = errors_as_200
        """True: error envelopes come back with HTTP 200 (as some gateways do)."""
        self.today = date(2026, 3, 10)
        self.customers: dict[str, Customer] = {}
        self.vouchers: dict[str, Voucher] = {}
        self.received: list[Request] = []
        """Every request that got past the rate limit, for request-shape tests."""
        self._answers: dict[tuple[str, str], Any] = {}
        self._forced: dict[str, KiriMelError] = {}
        self._codes = random.Random(seed)
        self._serial = 0
        for method, path, handler in (
            ("POST", "/customers/register", self._register),
            ("GET", "/customers/lookup", self._lookup),
            ("GET", "/customers/lookup-by-email", self._lookup_by_email),
            ("POST", "/points/earn", self._earn),
            ("POST", "/points/redeem", self._redeem),
            ("GET", "/wallet/balance", self._balance),
            ("POST", "/vouchers/batches/create", self._create_batch),
            ("POST", "/vouchers/redeem", self._redeem_voucher),
        ):
            self.route(method, re.escape(path), self._guarded(handler))

    # -- helpers for tests --------------------------------------------------------------------

    def seed_customer(self, *, balance: int = 0, **fields: Any) -> str:
        with self.lock:
            customer = Customer(self._next("CUST_"), self._next("WALLET_"), **fields)
            customer.balance = balance
            self.customers[customer.customer_id] = customer
            return customer.customer_id

    def ledger(self, customer_id: str) -> list[LedgerEntry]:
        with self.lock:
            return list(self.customers[customer_id].ledger)

    def balance_of(self, customer_id: str) -> int:
        with self.lock:
            return self.customers[customer_id].balance

    def seed_voucher(self, *, type: str = "FIXED", value: str = "5.00", **fields: Any) -> str:
        with self.lock:
            code = self._voucher_code()
            self.vouchers[code] = Voucher(code, "BATCH_SEED", type, Decimal(value), **fields)
            return code

    def answer_next(self, path: str, status: int, code: str, message: str = "") -> None:
        """The next request to ``path`` gets this error instead of being handled."""
        with self.lock:
            self._forced[path] = KiriMelError(status, code, message or code.replace("_", " "))

    # -- the base class's hooks ---------------------------------------------------------------

    def authenticate(self, request: Request) -> Response | None:
        with self.lock:
            self.received.append(request)
            if not hmac.compare_digest(request.headers.get("X-API-Key", ""), self.api_key):
                return self._error(KiriMelError(401, "INVALID_API_KEY", "API key is invalid"))
            if not self._signed(request):
                return self._error(
                    KiriMelError(401, "SIGNATURE_INVALID", "HMAC signature verification failed")
                )
            forced = self._forced.pop(request.path, None)
            return None if forced is None else self._error(forced)

    def rate_limited(self, request: Request) -> Response:
        return self._error(KiriMelError(429, "RATE_LIMITED", "Too many requests"))

    def not_found(self, request: Request) -> Response:
        return Response(404, b"Not Found", {"Content-Type": "text/plain"})

    def server_error(self, request: Request) -> Response:
        return self._error(KiriMelError(500, "INTERNAL_ERROR", "Internal Server Error"))

    # -- endpoints ----------------------------------------------------------------------------

    def _register(self, request: Request) -> Any:
        form = _form(request)
        phone, qr_code = form.get("phone") or None, form.get("qr_code") or None
        email = form.get("email") or None
        if not phone and not qr_code:
            raise invalid("Either phone or qr_code must be provided")
        if phone and not _PHONE.match(phone):
            raise invalid("phone must include the country code, e.g. +60123456789")
        if email and "@" not in email:
            raise invalid("email is not an email address")
        date_field(form, "birth_date")
        for other in self.customers.values():
            if (phone and other.phone == phone) or (qr_code and other.qr_code == qr_code):
                raise invalid("A customer with this phone or QR code is already registered")
            if email and other.email == email:
                raise invalid("A customer with this email is already registered")
        customer_id = self.seed_customer(
            phone=phone,
            qr_code=qr_code,
            email=email,
            name=form.get("name") or None,
            birth_date=form.get("birth_date") or None,
        )
        wallet_id = self.customers[customer_id].wallet_id
        return {
            "customer_id": customer_id,
            "wallet_id": wallet_id,
            "points_balance": 0,
            "tier": tier(0),
        }

    def _lookup(self, request: Request) -> Any:
        phone, identifier = request.query.get("phone"), request.query.get("identifier")
        if not phone and not identifier:
            raise invalid("phone or identifier is required")
        for customer in self.customers.values():
            if (phone and customer.phone == phone) or (
                identifier and identifier in (customer.qr_code, customer.promo_code)
            ):
                return {"data": profile(customer)}
        raise _customer_not_found()

    def _lookup_by_email(self, request: Request) -> Any:
        email = request.query.get("email")
        if not email:
            raise invalid("email is required")
        for customer in self.customers.values():
            if customer.email and customer.email.lower() == email.lower():
                return {"data": profile(customer)}
        raise _customer_not_found()

    def _earn(self, request: Request) -> Any:
        form = _form(request)
        points = points_field(form)
        amount = decimal_field(form, "amount", required=True)
        customer = self._customer(form)

        def apply() -> Any:
            customer.balance += points
            entry = self._apply(customer, form, "EARN", points, amount=amount)
            return {
                "transaction_id": entry.transaction_id,
                "points_awarded": points,
                "new_balance": customer.balance,
                "tier_progress": progress(customer.balance),
            }

        return self._once(request, form, apply)

    def _redeem(self, request: Request) -> Any:
        form = _form(request)
        points = points_field(form)
        customer = self._customer(form)

        def apply() -> Any:
            available = customer.balance
            if points > available:
                raise KiriMelError(
                    400,
                    "INSUFFICIENT_BALANCE",
                    "Customer does not have enough points to complete this redemption",
                    {"requested": points, "available": available, "shortfall": points - available},
                )
            customer.balance -= points
            entry = self._apply(customer, form, "REDEEM", -points)
            return {
                "transaction_id": entry.transaction_id,
                "points_redeemed": points,
                "new_balance": customer.balance,
            }

        return self._once(request, form, apply)

    def _balance(self, request: Request) -> Any:
        customer = self._customer(request.query)
        return {
            "customer_id": customer.customer_id,
            "balance": customer.balance,
            "tier": {"name": tier(customer.balance), "benefits": []},
            "points_expiring_soon": customer.points_expiring_soon,
            "expiry_date": customer.expiry_date,
        }

    def _create_batch(self, request: Request) -> Any:
        form = _form(request)
        if not form.get("name"):
            raise invalid("name is required")
        kind = form.get("type", "")
        if kind not in ("PERCENT", "FIXED", "BOGO"):
            raise invalid("type must be PERCENT, FIXED or BOGO")
        value = decimal_field(form, "value", required=True) or Decimal(0)
        quantity = points_field(form, "quantity", most=1000)
        dates = date_field(form, "valid_from"), date_field(form, "valid_until")
        min_purchase = decimal_field(form, "min_purchase", required=False)
        batch_id = self._next("BATCH_")
        codes = [self._voucher_code() for _ in range(quantity)]
        for code in codes:
            self.vouchers[code] = Voucher(code, batch_id, kind, value, *dates, min_purchase)
        return {"batch_id": batch_id, "vouchers_created": len(codes), "voucher_codes": codes}

    def _redeem_voucher(self, request: Request) -> Any:
        form = _form(request)
        voucher = self.vouchers.get(form.get("code", ""))
        if voucher is None:
            raise KiriMelError(404, "VOUCHER_NOT_FOUND", "Voucher code does not exist")
        customer = self._customer(form)
        purchase = decimal_field(form, "purchase_amount", required=False)

        def apply() -> Any:
            if voucher.redeemed_by is not None:
                raise KiriMelError(400, "VOUCHER_ALREADY_REDEEMED", "Voucher has already been used")
            if voucher.valid_until is not None and self.today > voucher.valid_until:
                raise KiriMelError(400, "VOUCHER_EXPIRED", "Voucher has passed expiry date")
            if voucher.valid_from is not None and self.today < voucher.valid_from:
                raise invalid("Voucher is not valid yet")
            if voucher.min_purchase is not None and (purchase or 0) < voucher.min_purchase:
                raise invalid("purchase_amount is below the voucher's min_purchase")
            off = discount(voucher, purchase)
            voucher.redeemed_by = customer.customer_id
            entry = self._apply(customer, form, "VOUCHER", 0, amount=purchase, code=voucher.code)
            return {
                "redemption_id": entry.transaction_id.replace("TXN_", "REDEEM_"),
                "voucher_type": voucher.type,
                "voucher_value": float(voucher.value),
                "discount_applied": float(off),
                "new_purchase_amount": None if purchase is None else float(purchase - off),
            }

        return self._once(request, form, apply)

    # -- internals ----------------------------------------------------------------------------

    def _guarded(self, handler: Callable[[Request], Any]) -> Handler:
        def run(request: Request) -> Response:
            try:
                return Response(200, {"success": True, **handler(request)})
            except KiriMelError as error:
                return self._error(error)

        return run

    def _once(self, request: Request, form: dict[str, str], apply: Callable[[], Any]) -> Any:
        """Apply once per reference_id and endpoint; a repeat answers the first answer."""
        reference = form.get("reference_id")
        if reference and (request.path, reference) in self._answers:
            return self._answers[(request.path, reference)]
        answer = apply()
        if reference:
            self._answers[(request.path, reference)] = answer
        return answer

    def _signed(self, request: Request) -> bool:
        stamp = request.headers.get("X-Timestamp", "")
        try:
            sent_at = datetime.fromisoformat(stamp)
        except ValueError:
            return False
        if sent_at.tzinfo is None:
            return False
        if abs((datetime.now(UTC) - sent_at).total_seconds()) > self.max_skew:
            return False
        expected = hmac.new(
            self.api_secret.encode(), stamp.encode() + request.body, hashlib.sha256
        ).hexdigest()
        return hmac.compare_digest(request.headers.get("X-Signature", ""), expected)

    def _customer(self, fields: dict[str, str]) -> Customer:
        customer_id = fields.get("customer_id")
        if not customer_id:
            raise invalid("customer_id is required")
        customer = self.customers.get(customer_id)
        if customer is None:
            raise _customer_not_found()
        return customer

    def _apply(
        self, customer: Customer, form: dict[str, str], kind: str, points: int, **extra: Any
    ) -> LedgerEntry:
        reference = form.get("reference_id") or None
        entry = LedgerEntry(
            kind,
            points,
            reference,
            self._next("TXN_"),
            description=form.get("description", ""),
            **extra,
        )
        customer.ledger.append(entry)
        return entry

    def _next(self, prefix: str) -> str:
        self._serial += 1
        return f"{prefix}{self._serial:06d}"

    def _voucher_code(self) -> str:
        while True:
            code = "".join(self._codes.choice(BASE62) for _ in range(12))
            if code not in self.vouchers:
                return code

    def _error(self, error: KiriMelError) -> Response:
        body: dict[str, Any] = {"code": error.code, "message": error.message}
        if error.details:
            body["details"] = error.details
        status = 200 if self.errors_as_200 else error.status
        return Response(status, {"success": False, "error": body})


def _form(request: Request) -> dict[str, str]:
    content_type = request.headers.get("Content-Type", "").split(";")[0].strip()
    if content_type != FORM:
        raise invalid(f"Content-Type must be {FORM}")
    return request.form()


def _customer_not_found() -> KiriMelError:
    return KiriMelError(404, "CUSTOMER_NOT_FOUND", "Customer ID does not exist")
