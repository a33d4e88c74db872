"""The KiriMel adapter against its emulator (a real HTTP server on 127.0.0.1): every endpoint the
adapter uses, the signature and headers, every documented error, replay, 429 and dropped
connections."""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from urllib.parse import parse_qs

import pytest

from loyaltydesk.domain.sync_settings import PROVIDERS
from loyaltydesk.sync.http import Credentials, HttpTransport
from loyaltydesk.sync.provider import (
    Adjust,
    Capability,
    Earn,
    IdentifierKind,
    NewCustomer,
    ProviderRefusedError,
    Redeem,
    VoucherBatchSpec,
    VoucherUse,
)
from loyaltydesk.sync.providers import create_provider, kirimel
from loyaltydesk.sync.providers.kirimel import KiriMel
from tests.support.emulators.kirimel import API_KEY, API_SECRET, KiriMelEmulator
from tests.support.emulators.server import Request

GOOD = Credentials(api_key=API_KEY, api_secret=API_SECRET)
PHONE = "+60123456789"


@pytest.fixture
def emulator() -> Iterator[KiriMelEmulator]:
    with KiriMelEmulator() as server:
        yield server


def connect(
    server: KiriMelEmulator,
    credentials: Credentials = GOOD,
    clock: Callable[[], datetime] | None = None,
) -> KiriMel:
    transport = HttpTransport(server.base_url)
    if clock is not None:
        return KiriMel(transport, credentials, site="MAIN01", clock=clock)
    return kirimel.create(transport, credentials, {"site": "MAIN01"})


@pytest.fixture
def provider(emulator: KiriMelEmulator) -> Iterator[KiriMel]:
    adapter = connect(emulator)
    yield adapter
    adapter.close()


def signed_correctly(request: Request) -> bool:
    stamp = request.headers["X-Timestamp"]
    message = stamp.encode() + request.body
    expected = hmac.new(API_SECRET.encode(), message, hashlib.sha256).hexdigest()
    return request.headers["X-Signature"] == expected


def test_the_module_follows_the_provider_convention(emulator: KiriMelEmulator) -> None:
    assert kirimel.NAME == "kirimel"
    assert kirimel.CREDENTIALS == ("api_key", "api_secret")
    assert [option.name for option in PROVIDERS["kirimel"].options] == ["site"]
    adapter = create_provider("kirimel", emulator.base_url, GOOD, {"site": "main01"})
    try:
        assert isinstance(adapter, KiriMel)
        assert adapter.site == "MAIN01"
        assert adapter.idempotent is True
        assert Capability.EARN_BY_AMOUNT not in adapter.capabilities
        assert {Capability.VOUCHERS, Capability.ADJUST, Capability.REGISTER} <= adapter.capabilities
    finally:
        adapter.close()
    with pytest.raises(ValueError, match="site code"):
        kirimel.create(HttpTransport(emulator.base_url), GOOD, {"site": "x!"})


def test_earn_is_a_signed_form_post_to_the_documents_path(
    emulator: KiriMelEmulator, provider: KiriMel
) -> None:
    customer = emulator.seed_customer(phone=PHONE, balance=100)
    posted = provider.earn(
        Earn(customer, "ORDER_123", 50, amount=Decimal("25.5"), description="Dining reward")
    )
    sent = emulator.received[-1]
    assert emulator.base_url.endswith("/api/loyalty")
    assert (sent.method, sent.path) == ("POST", "/points/earn")
    assert sent.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert sent.headers["X-API-Key"] == API_KEY
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", sent.headers["X-Timestamp"])
    assert signed_correctly(sent)
    assert (
        sent.body
        == (
            f"customer_id={customer}&points=50&amount=25.50&reference_id=ORDER_123"
            "&description=Dining+reward+%28site+MAIN01%29"
        ).encode()
    )
    assert (posted.points, posted.balance) == (50, 150)
    assert posted.remote_ref
    assert [(e.kind, e.points, e.reference_id) for e in emulator.ledger(customer)] == [
        ("EARN", 50, "ORDER_123")
    ]


def test_a_visit_without_an_amount_sends_zero(emulator: KiriMelEmulator, provider: KiriMel) -> None:
    customer = emulator.seed_customer(phone=PHONE)
    provider.earn(Earn(customer, "ld-visit", 1))
    assert emulator.received[-1].form()["amount"] == "0.00"
    assert emulator.ledger(customer)[0].amount == Decimal("0.00")


def test_a_replayed_earn_is_applied_once(emulator: KiriMelEmulator, provider: KiriMel) -> None:
    customer = emulator.seed_customer(phone=PHONE)
    first = provider.earn(Earn(customer, "ld-1", 30, amount=Decimal("10")))
    again = provider.earn(Earn(customer, "ld-1", 30, amount=Decimal("10")))
    assert again.remote_ref == first.remote_ref
    assert emulator.balance_of(customer) == 30
    assert len(emulator.ledger(customer)) == 1


def test_get_requests_sign_an_empty_body(emulator: KiriMelEmulator, provider: KiriMel) -> None:
    customer = emulator.seed_customer(phone=PHONE, name="Siti", email="siti@example.com")
    found = provider.resolve(IdentifierKind.PHONE, PHONE)
    sent = emulator.received[-1]
    assert (sent.method, sent.path, sent.query, sent.body) == (
        "GET",
        "/customers/lookup",
        {"phone": PHONE},
        b"",
    )
    assert "Content-Type" not in sent.headers
    assert signed_correctly(sent)
    assert found is not None
    assert (found.remote_id, found.name, found.balance, found.status) == (
        customer,
        "Siti",
        0,
        "ACTIVE",
    )


def test_resolve_by_every_identifier(emulator: KiriMelEmulator, provider: KiriMel) -> None:
    customer = emulator.seed_customer(
        phone=PHONE, qr_code="QR-77", promo_code="PROMO9", email="siti@example.com"
    )
    by_email = provider.resolve(IdentifierKind.EMAIL, "siti@example.com")
    assert emulator.received[-1].path == "/customers/lookup-by-email"
    assert emulator.received[-1].query == {"email": "siti@example.com"}
    by_qr = provider.resolve(IdentifierKind.CODE, "QR-77")
    assert emulator.received[-1].query == {"identifier": "QR-77"}
    by_promo = provider.resolve(IdentifierKind.CODE, "PROMO9")
    assert {c.remote_id for c in (by_email, by_qr, by_promo) if c} == {customer}
    assert provider.resolve(IdentifierKind.PHONE, "+60100000000") is None
    assert provider.resolve(IdentifierKind.EMAIL, "nobody@example.com") is None


def test_register_then_find_by_phone_and_card_code(
    emulator: KiriMelEmulator, provider: KiriMel
) -> None:
    remote = provider.register(
        NewCustomer("John Doe", phone=PHONE, birth_date=date(1990, 5, 15), code="LD-4F2A")
    )
    assert emulator.received[-1].body == (
        b"phone=%2B60123456789&qr_code=LD-4F2A&name=John+Doe&birth_date=1990-05-15"
    )
    assert (remote.balance, remote.tier) == (0, "BRONZE")
    assert provider.resolve(IdentifierKind.CODE, "LD-4F2A") == provider.resolve(
        IdentifierKind.PHONE, PHONE
    )
    assert emulator.customers[remote.remote_id].name == "John Doe"
    sent = len(emulator.received)
    with pytest.raises(ProviderRefusedError) as caught:
        provider.register(NewCustomer("No Contact", email="x@example.com"))
    assert caught.value.code == "PHONE_OR_QR_REQUIRED"
    assert len(emulator.received) == sent


def test_balance_with_tier_and_expiry(emulator: KiriMelEmulator, provider: KiriMel) -> None:
    customer = emulator.seed_customer(
        phone=PHONE, balance=1500, points_expiring_soon=20, expiry_date="2026-06-30"
    )
    balance = provider.balance(customer)
    assert emulator.received[-1].query == {"customer_id": customer}
    assert (balance.points, balance.tier, balance.expiring_points) == (1500, "SILVER", 20)
    assert balance.nearest_expiry == datetime(2026, 6, 30, tzinfo=UTC)


def test_redeem_and_insufficient_balance(emulator: KiriMelEmulator, provider: KiriMel) -> None:
    customer = emulator.seed_customer(phone=PHONE, balance=150)
    posted = provider.redeem(Redeem(customer, "BILL_456", 100, "Discount redemption"))
    assert (
        emulator.received[-1].body
        == (
            f"customer_id={customer}&points=100&reference_id=BILL_456"
            "&description=Discount+redemption+%28site+MAIN01%29"
        ).encode()
    )
    assert (posted.points, posted.balance) == (-100, 50)
    with pytest.raises(ProviderRefusedError) as caught:
        provider.redeem(Redeem(customer, "BILL_457", 100))
    assert (caught.value.code, caught.value.http_status) == ("INSUFFICIENT_BALANCE", 400)
    assert "enough points" in caught.value.message
    assert emulator.balance_of(customer) == 50


def test_a_void_is_the_opposite_call_under_a_derived_reference(
    emulator: KiriMelEmulator, provider: KiriMel
) -> None:
    customer = emulator.seed_customer(phone=PHONE)
    earned = provider.earn(Earn(customer, "ld-earn", 40, amount=Decimal("20.00")))
    void = Adjust(customer, "ld-void", -40, "wrong customer", "CHECK_IN", "ld-earn", None)
    provider.adjust(void)
    provider.adjust(void)
    assert emulator.received[-1].path == "/points/redeem"
    assert emulator.received[-1].form()["description"] == (
        "Void of ld-earn. wrong customer (site MAIN01)"
    )
    provider.earn(Earn(customer, "ld-earn-2", 10))
    provider.redeem(Redeem(customer, "ld-red-2", 10))
    provider.adjust(
        Adjust(customer, "ld-void-2", 10, "", "REDEEM_REWARD", "ld-red-2", earned.remote_ref)
    )
    assert emulator.received[-1].path == "/points/earn"
    assert emulator.received[-1].form()["amount"] == "0.00"
    provider.adjust(Adjust(customer, "ld-adj", 5, "goodwill"))
    assert emulator.received[-1].form()["reference_id"] == "ld-adj"
    sent = len(emulator.received)
    assert provider.adjust(Adjust(customer, "ld-adj-0", 0, "nothing")).points == 0
    assert len(emulator.received) == sent
    assert [(e.kind, e.points, e.reference_id) for e in emulator.ledger(customer)] == [
        ("EARN", 40, "ld-earn"),
        ("REDEEM", -40, "void-ld-void"),
        ("EARN", 10, "ld-earn-2"),
        ("REDEEM", -10, "ld-red-2"),
        ("EARN", 10, "void-ld-void-2"),
        ("EARN", 5, "ld-adj"),
    ]
    assert emulator.balance_of(customer) == 15


def test_voucher_batch_and_redemption(emulator: KiriMelEmulator, provider: KiriMel) -> None:
    customer = emulator.seed_customer(phone=PHONE)
    batch = provider.create_voucher_batch(
        VoucherBatchSpec(
            "Grand Opening Promo",
            "PERCENT",
            Decimal("10"),
            3,
            date(2026, 3, 1),
            date(2026, 12, 31),
            Decimal("50"),
        )
    )
    assert emulator.received[-1].body == (
        b"name=Grand+Opening+Promo&type=PERCENT&value=10.00&quantity=3"
        b"&valid_from=2026-03-01&valid_until=2026-12-31&min_purchase=50.00"
    )
    assert len(batch.codes) == 3
    assert all(re.fullmatch(r"[0-9A-Za-z]{12}", code) for code in batch.codes)
    use = VoucherUse(customer, batch.codes[0], "ORDER_456", Decimal("75"))
    posted = provider.redeem_voucher(use)
    assert (
        emulator.received[-1].body
        == (
            f"code={batch.codes[0]}&customer_id={customer}&purchase_amount=75.00"
            "&reference_id=ORDER_456"
        ).encode()
    )
    assert provider.redeem_voucher(use).remote_ref == posted.remote_ref
    assert [(e.kind, e.code) for e in emulator.ledger(customer)] == [("VOUCHER", batch.codes[0])]
    for code, reference, expected in (
        (batch.codes[0], "ORDER_457", "VOUCHER_ALREADY_REDEEMED"),
        ("ZZZZZZZZZZZZ", "ORDER_458", "VOUCHER_NOT_FOUND"),
        (emulator.seed_voucher(valid_until=date(2026, 1, 1)), "ORDER_459", "VOUCHER_EXPIRED"),
    ):
        with pytest.raises(ProviderRefusedError) as caught:
            provider.redeem_voucher(VoucherUse(customer, code, reference, Decimal("75")))
        assert caught.value.code == expected
    provider.create_voucher_batch(VoucherBatchSpec("Two for one", "BOGO", None, 1))
    assert emulator.received[-1].form()["value"] == "0.00"
    with pytest.raises(ProviderRefusedError) as caught:
        provider.create_voucher_batch(VoucherBatchSpec("Too many", "FIXED", Decimal(5), 1001))
    assert (caught.value.code, caught.value.http_status) == ("INVALID_PARAMETERS", 400)


def test_connection_is_a_signed_lookup_that_finds_nobody() -> None:
    with KiriMelEmulator(rate_limit=100) as limited:
        adapter = connect(limited)
        try:
            connection = adapter.test_connection()
        finally:
            adapter.close()
    sent = limited.received[-1]
    assert (sent.method, sent.path) == ("GET", "/customers/lookup")
    assert sent.query == {"identifier": kirimel.PROBE_IDENTIFIER}
    assert signed_correctly(sent)
    assert connection.details["site"] == "MAIN01"
    assert connection.details["rate_limit"] == "99 of 100 requests left"


def test_reserved_characters_are_encoded_and_signed(
    emulator: KiriMelEmulator, provider: KiriMel
) -> None:
    customer = emulator.seed_customer(phone=PHONE)
    provider.earn(Earn(customer, "ld-&=+%?", 3, description="Kopi & kuih = 100%"))
    sent = emulator.received[-1]
    assert signed_correctly(sent)
    form = parse_qs(sent.body.decode())
    assert form["reference_id"] == ["ld-&=+%?"]
    assert form["description"] == ["Kopi & kuih = 100% (site MAIN01)"]
    assert emulator.ledger(customer)[0].reference_id == "ld-&=+%?"
