"""The Cata adapter against its emulator: every endpoint it uses, every documented error."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest

from loyaltydesk.domain.sync_settings import PROVIDERS, reference_for
from loyaltydesk.sync.http import Credentials, HttpTransport
from loyaltydesk.sync.provider import (
    Adjust,
    Capability,
    Earn,
    IdentifierKind,
    NeedsOwnerError,
    NewCustomer,
    ProviderRefusedError,
    Redeem,
    VoucherUse,
)
from loyaltydesk.sync.providers import module
from loyaltydesk.sync.providers.cata import CataProvider, create
from loyaltydesk.sync.providers.cata_wire import MALFORMED_OR_INSUFFICIENT, NOT_FOUND
from tests.support.emulators.cata import CataEmulator, Tier
from tests.support.emulators.server import Request

KEY = "cata-partner-key-6f1d2e"
NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def connect(server: CataEmulator, key: str = KEY, **options: str) -> CataProvider:
    return create(HttpTransport(server.base_url), Credentials(api_key=key), options)


@pytest.fixture
def server() -> Iterator[CataEmulator]:
    emulator = CataEmulator(api_key=KEY, clock=lambda: NOW)
    with emulator:
        yield emulator


@pytest.fixture
def cata(server: CataEmulator) -> Iterator[CataProvider]:
    provider = connect(server)
    yield provider
    provider.close()


def sent(server: CataEmulator) -> Request:
    return server.received[-1]


def header(request: Request, name: str) -> str:
    return {k.lower(): v for k, v in request.headers.items()}.get(name.lower(), "")


def body_of(request: Request) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(request.body, parse_float=Decimal)
    return data


# -- the module and its settings ------------------------------------------------------------


def test_module_convention_and_capabilities(server: CataEmulator) -> None:
    cata = module("cata")
    assert (cata.NAME, cata.CREDENTIALS) == ("cata", ("api_key",))
    options = {o.name: o.default for o in PROVIDERS["cata"].options}
    assert options == {"earn_mode": "points", "source_type": None}
    by_points = connect(server)
    by_amount = connect(server, earn_mode="amount", source_type="jamezz")
    assert by_points.idempotent
    assert by_amount.idempotent
    assert Capability.EARN_BY_AMOUNT not in by_points.capabilities
    assert Capability.EARN_BY_AMOUNT in by_amount.capabilities
    for provider in (by_points, by_amount):
        assert Capability.REGISTER not in provider.capabilities
        assert Capability.VOUCHERS not in provider.capabilities
        with pytest.raises(NotImplementedError):
            provider.register(NewCustomer(name="Ana", email="ana@example.com"))
        with pytest.raises(NotImplementedError):
            provider.redeem_voucher(VoucherUse(remote_id="x", code="ABC", reference="v"))
        provider.close()


@pytest.mark.parametrize(
    "options",
    [
        {"earn_mode": "units"},
        {"earn_mode": "amount"},
        {"earn_mode": "amount", "source_type": "LOYALTYDESK"},
        {"source_type": "SQUARE"},
    ],
)
def test_bad_options_are_refused_at_setup(options: dict[str, str]) -> None:
    with pytest.raises(ValueError, match="Cata"):
        create(HttpTransport("http://127.0.0.1:9"), Credentials(api_key=KEY), options)


# -- reading --------------------------------------------------------------------------------


def test_whoami_with_the_key_header_below_the_base_path(
    server: CataEmulator, cata: CataProvider
) -> None:
    connection = cata.test_connection()
    assert connection.details["tenant"] == "acme"
    request = sent(server)
    assert (request.method, request.path) == ("GET", "/api/v1/auth/whoami")
    assert server.base_url.endswith("/service/pos-integration")
    assert header(request, "X-Api-Key") == KEY


def test_a_base_url_off_the_tenant_path_needs_the_owner(server: CataEmulator) -> None:
    provider = create(HttpTransport(server.base_url + "/v2"), Credentials(api_key=KEY), {})
    with pytest.raises(NeedsOwnerError) as caught:
        provider.test_connection()
    assert caught.value.code == "404"


def test_one_resolve_for_email_phone_short_code(server: CataEmulator, cata: CataProvider) -> None:
    remote_id = server.seed_customer(
        email="Ana@Example.com", phone="+6281287736665", short_code="A1B2C3"
    )
    found = [
        cata.resolve(IdentifierKind.EMAIL, "ana@example.com"),
        cata.resolve(IdentifierKind.PHONE, "+6281287736665"),
        cata.resolve(IdentifierKind.CODE, "a1b2c3"),
    ]
    assert {customer.remote_id for customer in found if customer} == {remote_id}
    assert all(customer is not None for customer in found)
    requests = server.received[-3:]
    assert {(r.method, r.path) for r in requests} == {("GET", "/api/v1/loyalty/customer-uuid")}
    # The "+" arrived as "+", so it was sent as %2B (a raw "+" would read as a space).
    assert [r.query["identifier"] for r in requests] == [
        "ana@example.com",
        "+6281287736665",
        "a1b2c3",
    ]


def test_unknown_identifier_is_none_and_a_malformed_one_is_refused(
    server: CataEmulator, cata: CataProvider
) -> None:
    assert cata.resolve(IdentifierKind.EMAIL, "nobody@example.com") is None
    scanned = "LD1:M:EB3FCD3FB182410291413BEC8192FC76"
    with pytest.raises(ProviderRefusedError) as caught:
        cata.resolve(IdentifierKind.CODE, scanned)
    assert caught.value.code == MALFORMED_OR_INSUFFICIENT
    assert caught.value.http_status == 200
    assert "6-character hex" in caught.value.message
    assert sent(server).query["identifier"] == scanned


def test_balance_with_the_nearest_expiry(server: CataEmulator, cata: CataProvider) -> None:
    remote_id = server.seed_customer(email="a@example.com", points=130)
    balance = cata.balance(remote_id)
    assert (balance.points, balance.expiring_points) == (130, 130)
    assert balance.nearest_expiry == datetime(2027, 3, 1, 12, 0, tzinfo=UTC)
    assert sent(server).query == {"customerUuid": remote_id}
    empty = cata.balance(server.seed_customer(phone="+6590000000"))
    assert (empty.points, empty.expiring_points, empty.nearest_expiry) == (0, 0, None)


def test_unknown_customer_uuid_is_a_1013_refusal(cata: CataProvider) -> None:
    with pytest.raises(ProviderRefusedError) as caught:
        cata.balance("00000000-0000-0000-0000-000000000000")
    assert (caught.value.code, caught.value.message) == (NOT_FOUND, "Customer not found")


# -- earning and using ----------------------------------------------------------------------


def test_earn_points_shape_and_replay(server: CataEmulator, cata: CataProvider) -> None:
    remote_id = server.seed_customer(email="a@example.com", points=130)
    earn = Earn(remote_id=remote_id, reference="ld-order-1", points=25, description="Visit")
    first = cata.earn(earn)
    request = sent(server)
    assert (request.method, request.path) == ("POST", "/api/v1/loyalty/earn-points")
    assert header(request, "Content-Type") == "application/json"
    assert body_of(request) == {
        "customerUuid": remote_id,
        "points": 25,
        "refCode": "ld-order-1",
        "displayNotes": "Visit",
    }
    assert (first.points, first.remote_ref, first.already_processed) == (25, "ld-order-1", False)
    again = cata.earn(earn)
    assert again.already_processed is True
    assert server.balance_of(remote_id) == 155
    assert [e.ref_code for e in server.ledger(remote_id)] == [None, "ld-order-1"]


def test_use_points_fifo_and_replay(server: CataEmulator, cata: CataProvider) -> None:
    remote_id = server.seed_customer(email="a@example.com", points=130)
    cata.earn(Earn(remote_id=remote_id, reference="e-1", points=25))
    redeem = Redeem(remote_id=remote_id, reference="r-1", points=140)
    used = cata.redeem(redeem)
    assert (sent(server).path, used.points, used.already_processed) == (
        "/api/v1/loyalty/use-points",
        -140,
        False,
    )
    assert cata.redeem(redeem).already_processed is True
    assert server.balance_of(remote_id) == 15
    with server.lock:
        assert [b.points for b in server.customers[remote_id].batches] == [15]


def test_insufficient_points_is_refused_and_retried_under_a_new_ref_code(
    server: CataEmulator, cata: CataProvider
) -> None:
    remote_id = server.seed_customer(email="a@example.com", points=10)
    redeem = Redeem(remote_id=remote_id, reference="r-big", points=50)
    with pytest.raises(ProviderRefusedError) as caught:
        cata.redeem(redeem)
    assert (caught.value.code, caught.value.message) == ("1012", "insufficient_points")
    assert server.balance_of(remote_id) == 10
    cata.earn(Earn(remote_id=remote_id, reference="e-top-up", points=100))
    # Cata does not re-run a rejected refCode: the same one is refused again...
    with pytest.raises(ProviderRefusedError):
        cata.redeem(redeem)
    # ...so the owner's retry goes out under a new one.
    retried = Redeem(remote_id=remote_id, reference=reference_for("r-big", 1), points=50)
    assert cata.redeem(retried).points == -50
    assert server.balance_of(remote_id) == 60
    assert server.ledger(remote_id)[-1].ref_code == "r-big-retry-1"


def test_validation_errors_are_refusals_with_the_envelope(cata: CataProvider) -> None:
    with pytest.raises(ProviderRefusedError) as caught:
        cata.redeem(Redeem(remote_id="", reference="r-1", points=5))
    assert (caught.value.code, caught.value.http_status) == ("400", 400)
    assert caught.value.message == "missing required field: customerUuid is required"
    with pytest.raises(ProviderRefusedError) as missing:
        cata.balance("")
    assert "customerUuid query parameter is required" in missing.value.message


def test_nothing_is_sent_for_zero_points(server: CataEmulator, cata: CataProvider) -> None:
    remote_id = server.seed_customer(email="a@example.com")
    before = len(server.received)
    assert cata.earn(Earn(remote_id=remote_id, reference="e-0", points=0)).points == 0
    assert (
        cata.adjust(Adjust(remote_id=remote_id, reference="a-0", points=0, reason="x")).points == 0
    )
    assert len(server.received) == before


# -- earning by amount ----------------------------------------------------------------------


def test_earn_by_amount_maths_and_body(server: CataEmulator) -> None:
    server.points_convert = Decimal("2.5")
    server.tiers = (
        Tier("Member", Decimal(0), Decimal(1)),
        Tier("Gold", Decimal(100), Decimal("1.5")),
    )
    gold = server.seed_customer(email="g@example.com", tier_spend=Decimal(200))
    cata = connect(server, earn_mode="amount", source_type="JAMEZZ")
    posted = cata.earn(Earn(remote_id=gold, reference="o-9", points=3, amount=Decimal("9.45")))
    request = sent(server)
    assert request.path == "/api/v1/loyalty/earn-points-by-amount"
    assert b'"amount": 9.45' in request.body
    assert body_of(request) == {
        "customerUuid": gold,
        "amount": Decimal("9.45"),
        "refCode": "o-9",
        "sourceType": "JAMEZZ",
    }
    # floor(9.45 / 2.5 x 1.5) = floor(5.67) = 5, whatever loyaltydesk computed locally.
    assert (posted.points, posted.remote_ref) == (5, "JAMEZZ:o-9")
    assert server.ledger(gold)[-1].key == "JAMEZZ:o-9"
    replay = cata.earn(Earn(remote_id=gold, reference="o-9", points=3, amount=Decimal("9.45")))
    assert replay.already_processed is True
    assert server.balance_of(gold) == 5
    assert server.customers[gold].tier_spend == Decimal("209.45")
    cata.close()


def test_a_zero_point_amount_accrues_tier_spend_once_and_leaves_the_ref_code_free(
    server: CataEmulator,
) -> None:
    server.tiers = (
        Tier("Member", Decimal(0), Decimal(1)),
        Tier("Gold", Decimal("100.50"), Decimal(2)),
    )
    remote_id = server.seed_customer(email="a@example.com", tier_spend=Decimal(100))
    cata = connect(server, earn_mode="amount", source_type="REVEL")
    small = Earn(remote_id=remote_id, reference="o-1", points=0, amount=Decimal("0.50"))
    assert cata.earn(small).points == 0
    assert cata.earn(small).points == 0
    assert server.customers[remote_id].tier_spend == Decimal("100.50")
    assert server.ledger(remote_id) == []
    larger = Earn(remote_id=remote_id, reference="o-1", points=0, amount=Decimal(300))
    assert cata.earn(larger).points == 6
    assert cata.earn(larger).already_processed is True
    assert server.customers[remote_id].tier_spend == Decimal("100.50")
    assert server.balance_of(remote_id) == 6
    cata.close()


def test_amount_mode_without_an_amount_sends_points(server: CataEmulator) -> None:
    remote_id = server.seed_customer(email="a@example.com")
    cata = connect(server, earn_mode="amount", source_type="ATLAS")
    assert cata.earn(Earn(remote_id=remote_id, reference="manual-1", points=7)).points == 7
    assert sent(server).path == "/api/v1/loyalty/earn-points"
    cata.close()


# -- voids and adjustments ------------------------------------------------------------------


def test_a_void_reverses_with_its_own_ref_code(server: CataEmulator, cata: CataProvider) -> None:
    remote_id = server.seed_customer(email="a@example.com", points=50)
    cata.earn(Earn(remote_id=remote_id, reference="e-1", points=25))
    cata.redeem(Redeem(remote_id=remote_id, reference="r-1", points=30))
    void_earn = Adjust(
        remote_id=remote_id,
        reference="void-e-1",
        points=-25,
        reason="wrong customer",
        reverses="EARN",
        original_reference="e-1",
    )
    assert cata.adjust(void_earn).points == -25
    assert (sent(server).path, body_of(sent(server))["refCode"]) == (
        "/api/v1/loyalty/use-points",
        "void-e-1",
    )
    assert body_of(sent(server))["internalNotes"] == "void of EARN e-1: wrong customer"
    void_redeem = Adjust(
        remote_id=remote_id, reference="void-r-1", points=30, reason="", reverses="REDEEM"
    )
    assert cata.adjust(void_redeem).points == 30
    assert sent(server).path == "/api/v1/loyalty/earn-points"
    assert cata.adjust(void_earn).already_processed is True
    assert server.balance_of(remote_id) == 50
    assert [e.ref_code for e in server.ledger(remote_id)][1:] == [
        "e-1",
        "r-1",
        "void-e-1",
        "void-r-1",
    ]


# -- failures -------------------------------------------------------------------------------


def test_a_wrong_or_missing_key_needs_the_owner(server: CataEmulator) -> None:
    wrong = connect(server, key="not-the-key")
    with pytest.raises(NeedsOwnerError) as caught:
        wrong.test_connection()
    assert (caught.value.code, caught.value.http_status) == ("401", 401)
    assert "invalid api key" in caught.value.message
    before = len(server.received)
    with pytest.raises(NeedsOwnerError) as empty:
        connect(server, key="").balance("x")
    assert empty.value.code == "NO_API_KEY"
    assert len(server.received) == before


def test_a_customer_of_another_tenant_is_a_404_refusal(
    server: CataEmulator, cata: CataProvider
) -> None:
    remote_id = server.seed_customer(email="a@example.com")
    server.other_tenant.add(remote_id)
    with pytest.raises(ProviderRefusedError) as caught:
        cata.earn(Earn(remote_id=remote_id, reference="e-1", points=5))
    assert (caught.value.code, caught.value.http_status) == ("404", 404)


def test_a_tenant_not_onboarded_needs_the_owner(server: CataEmulator, cata: CataProvider) -> None:
    server.onboarded = False
    with pytest.raises(NeedsOwnerError) as caught:
        cata.balance(server.seed_customer(email="a@example.com"))
    assert (caught.value.code, caught.value.http_status) == ("503", 503)
    assert "onboarding" in caught.value.message
