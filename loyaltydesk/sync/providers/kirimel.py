"""KiriMel Loyalty API (seed document 000), to the letter of its document.

The base URL is the document's own, ``http(s)://HOST/api/loyalty``; each path is appended as
written (``/customers/register``, ``/points/earn``...). Bodies are form-encoded and every request
is signed (see ``kirimel_wire``).

- Points are computed by loyaltydesk: ``/points/earn`` requires ``points`` and ``amount`` (the
  amount is for KiriMel's records; a visit without one sends ``0.00``).
- ``reference_id`` is the local ref_code, sent unchanged: the document sets no length or
  character limit and promises de-duplication on earn and redeem ("for idempotency").
- A void (``adjust`` with ``reverses``) is the opposite call, since KiriMel has no reversal
  endpoint: a voided earn is redeemed, a voided redemption is earned again, with
  ``reference_id = "void-" + the void's own ref_code``, so a retried void is de-duplicated too.
  An owner's adjustment is an earn (+) or a redemption (-) under its own ref_code.
- ``test_connection``: the document has no whoami. A signed lookup of an identifier that cannot
  exist proves the key and the signature: CUSTOMER_NOT_FOUND is the expected answer.
- The ``site`` option is not taken by any customer, points or voucher endpoint (sites only
  appear in the group endpoints): it is shown by Test connection and written into each points
  transaction's ``description`` so the KiriMel dashboard shows which till sent it.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, ClassVar

from loyaltydesk.sync.http import Credentials, HttpTransport
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
    RetryLaterError,
    VoucherBatchSpec,
    VoucherUse,
)
from loyaltydesk.sync.providers import kirimel_wire as wire

NAME = "kirimel"
TITLE = "KiriMel Loyalty"
CREDENTIALS = ("api_key", "api_secret")

#: A QR / promo identifier no customer can hold: looking it up proves the key and signature.
PROBE_IDENTIFIER = "loyaltydesk-connection-test"
VOID_PREFIX = "void-"
_SITE_CODE = re.compile(r"^[A-Z0-9]{3,}$")


def create(
    transport: HttpTransport, credentials: Credentials, options: Mapping[str, str]
) -> KiriMel:
    return KiriMel(transport, credentials, site=options.get("site") or "")


class KiriMel:
    name: ClassVar[str] = NAME
    capabilities: ClassVar[frozenset[Capability]] = frozenset(
        {
            Capability.REGISTER,
            Capability.RESOLVE_PHONE,
            Capability.RESOLVE_EMAIL,
            Capability.RESOLVE_CODE,
            Capability.ADJUST,
            Capability.VOUCHERS,
        }
    )
    idempotent: ClassVar[bool] = True

    def __init__(
        self,
        transport: HttpTransport,
        credentials: Credentials,
        *,
        site: str = "",
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        site = site.strip().upper()
        if site and not _SITE_CODE.match(site):
            raise ValueError("A KiriMel site code is 3 or more uppercase letters and digits.")
        self.transport = transport
        self.site = site
        self._credentials = credentials
        self._clock = clock

    def __repr__(self) -> str:
        return f"KiriMel(base_url={self.transport.base_url!r}, site={self.site!r})"

    # -- the Provider interface ---------------------------------------------------------------

    def test_connection(self) -> Connection:
        try:
            self._call("GET", "/customers/lookup", {"identifier": PROBE_IDENTIFIER})
        except ProviderRefusedError as refused:
            if refused.code != "CUSTOMER_NOT_FOUND":
                raise
        details = {
            "base_url": self.transport.base_url,
            "site": self.site or "(none)",
            "check": "a signed customer lookup",
        }
        rate = self.transport.rate
        if rate is not None and rate.limit is not None:
            details["rate_limit"] = f"{rate.remaining} of {rate.limit} requests left"
        return Connection("KiriMel accepted the API key and the request signature.", details)

    def resolve(self, kind: IdentifierKind, value: str) -> RemoteCustomer | None:
        if kind is IdentifierKind.EMAIL:
            path, query = "/customers/lookup-by-email", {"email": value}
        elif kind is IdentifierKind.PHONE:
            path, query = "/customers/lookup", {"phone": value}
        else:
            path, query = "/customers/lookup", {"identifier": value}
        try:
            data = self._call("GET", path, query)
        except ProviderRefusedError as refused:
            if refused.code == "CUSTOMER_NOT_FOUND":
                return None
            raise
        record = data.get("data")
        if not isinstance(record, dict) or record.get("id") is None:
            raise wire.bad_response("GET", "customer")
        return RemoteCustomer(
            remote_id=str(record["id"]),
            name=record.get("name"),
            phone=record.get("phone"),
            email=record.get("email"),
            balance=_int_or_none(record.get("balance_points")),
            status=record.get("status"),
        )

    def register(self, customer: NewCustomer) -> RemoteCustomer:
        if not customer.phone and not customer.code:
            raise ProviderRefusedError(
                "KiriMel registers a customer by phone number or QR code; this one has neither.",
                code="PHONE_OR_QR_REQUIRED",
            )
        fields = {
            "phone": customer.phone or None,
            "qr_code": customer.code or None,
            "name": customer.name or None,
            "email": customer.email or None,
            "birth_date": customer.birth_date.isoformat() if customer.birth_date else None,
        }
        data = self._call("POST", "/customers/register", fields)
        return RemoteCustomer(
            remote_id=_required_str("POST", data, "customer_id"),
            name=customer.name or None,
            phone=customer.phone,
            email=customer.email,
            balance=_int_or_none(data.get("points_balance")),
            tier=data.get("tier"),
        )

    def balance(self, remote_id: str) -> RemoteBalance:
        data = self._call("GET", "/wallet/balance", {"customer_id": remote_id})
        points = _int_or_none(data.get("balance"))
        if points is None:
            raise wire.bad_response("GET", "balance")
        tier = data.get("tier")
        return RemoteBalance(
            remote_id=remote_id,
            points=points,
            tier=tier.get("name") if isinstance(tier, dict) else tier,
            expiring_points=_int_or_none(data.get("points_expiring_soon")),
            nearest_expiry=_date_or_none(data.get("expiry_date")),
        )

    def earn(self, request: Earn) -> Posted:
        return self._earn(
            request.remote_id,
            request.points,
            request.amount,
            request.reference,
            request.description,
        )

    def redeem(self, request: Redeem) -> Posted:
        return self._redeem(
            request.remote_id, request.points, request.reference, request.description
        )

    def adjust(self, request: Adjust) -> Posted:
        reference = request.reference
        description = request.reason
        if request.reverses:
            reference = VOID_PREFIX + request.reference
            original = request.original_reference or request.original_remote_ref or "?"
            description = " ".join(filter(None, (f"Void of {original}.", request.reason)))
        if request.points > 0:
            return self._earn(request.remote_id, request.points, None, reference, description)
        return self._redeem(request.remote_id, -request.points, reference, description)

    def create_voucher_batch(self, spec: VoucherBatchSpec) -> RemoteVoucherBatch:
        fields = {
            "name": spec.name,
            "type": spec.type,
            # BOGO has no value of its own, yet the document requires the field.
            "value": _money(spec.value or Decimal(0)),
            "quantity": str(spec.quantity),
            "valid_from": spec.valid_from.isoformat() if spec.valid_from else None,
            "valid_until": spec.valid_until.isoformat() if spec.valid_until else None,
            "min_purchase": _money(spec.min_purchase) if spec.min_purchase is not None else None,
        }
        data = self._call("POST", "/vouchers/batches/create", fields)
        codes = data.get("voucher_codes")
        if not isinstance(codes, list):
            raise wire.bad_response("POST", "voucher codes")
        return RemoteVoucherBatch(
            batch_id=_required_str("POST", data, "batch_id"), codes=tuple(str(c) for c in codes)
        )

    def redeem_voucher(self, use: VoucherUse) -> Posted:
        fields = {
            "code": use.code,
            "customer_id": use.remote_id,
            "purchase_amount": (
                _money(use.purchase_amount) if use.purchase_amount is not None else None
            ),
            "reference_id": use.reference,
        }
        data = self._call("POST", "/vouchers/redeem", fields)
        return Posted(remote_ref=_str_or_none(data.get("redemption_id")))

    def close(self) -> None:
        self.transport.close()

    # -- calls ------------------------------------------------------------------------------

    def _earn(
        self,
        remote_id: str,
        points: int,
        amount: Decimal | None,
        reference: str,
        description: str,
    ) -> Posted:
        if points == 0:
            return Posted(points=0)
        _check_positive(points)
        fields = {
            "customer_id": remote_id,
            "points": str(points),
            "amount": _money(amount if amount is not None else Decimal(0)),
            "reference_id": reference,
            "description": self._description(description),
        }
        data = self._call("POST", "/points/earn", fields)
        return Posted(
            remote_ref=_str_or_none(data.get("transaction_id")),
            points=_int_or_none(data.get("points_awarded")),
            balance=_int_or_none(data.get("new_balance")),
        )

    def _redeem(self, remote_id: str, points: int, reference: str, description: str) -> Posted:
        if points == 0:
            return Posted(points=0)
        _check_positive(points)
        fields = {
            "customer_id": remote_id,
            "points": str(points),
            "reference_id": reference,
            "description": self._description(description),
        }
        data = self._call("POST", "/points/redeem", fields)
        redeemed = _int_or_none(data.get("points_redeemed"))
        return Posted(
            remote_ref=_str_or_none(data.get("transaction_id")),
            points=-redeemed if redeemed is not None else None,
            balance=_int_or_none(data.get("new_balance")),
        )

    def _description(self, text: str) -> str | None:
        text = text.strip()
        if self.site:
            text = f"{text} (site {self.site})" if text else f"site {self.site}"
        return text or None

    def _call(self, method: str, path: str, fields: Mapping[str, str | None]) -> dict[str, Any]:
        key, secret = self._credentials.api_key, self._credentials.api_secret
        if not key or not secret:
            raise NeedsOwnerError(
                "The KiriMel API key and API secret are not set.", code="CREDENTIALS_MISSING"
            )
        self._respect_rate_window()
        body = b"" if method == "GET" else wire.form_body(fields)
        stamp = wire.timestamp(self._clock())
        headers = {
            "X-API-Key": key,
            "X-Timestamp": stamp,
            "X-Signature": wire.signature(secret, stamp, body),
        }
        if method == "GET":
            params = {name: value for name, value in fields.items() if value is not None}
            response = self.transport.request(method, path, params=params, headers=headers)
        else:
            headers["Content-Type"] = wire.FORM
            response = self.transport.request(method, path, content=body, headers=headers)
        return wire.answer(response)

    def _respect_rate_window(self) -> None:
        """Send nothing while KiriMel's X-RateLimit-* headers say the window is used up."""
        rate = self.transport.rate
        if rate is None or rate.remaining != 0 or rate.reset_at is None:
            return
        wait = rate.reset_at - time.time()
        if wait > 0:
            raise RetryLaterError(
                "KiriMel's rate limit is used up until its window resets.",
                code="RATE_LIMITED",
                retry_after=wait,
            )


def _check_positive(points: int) -> None:
    if points < 0:
        raise ProviderRefusedError(
            "KiriMel only takes a positive number of points.", code="POINTS_NOT_POSITIVE"
        )


def _money(value: Decimal) -> str:
    return f"{value.quantize(Decimal('0.01'))}"


def _required_str(method: str, data: dict[str, Any], name: str) -> str:
    value = data.get(name)
    if value is None or value == "":
        raise wire.bad_response(method, name.replace("_", " "))
    return str(value)


def _str_or_none(value: Any) -> str | None:
    return None if value is None else str(value)


def _int_or_none(value: Any) -> int | None:
    try:
        return None if value is None else int(value)
    except (TypeError, ValueError):
        return None


def _date_or_none(value: Any) -> datetime | None:
    try:
        day = date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None
    return datetime(day.year, day.month, day.day, tzinfo=UTC) if day else None
