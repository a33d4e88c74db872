"""The Loyalty+ adapter against its emulator: every endpoint it uses, every failure path, and how
an ambiguous call is settled without an idempotency key."""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterator
from decimal import Decimal

import pytest

from loyaltydesk.sync.http import Credentials
from loyaltydesk.sync.provider import (
    Adjust,
    Capability,
    Earn,
    IdentifierKind,
    NeedsOwnerError,
    NewCustomer,
    ProviderRefusedError,
    Redeem,
    RetryLaterError,
    SyncError,
)
from loyaltydesk.sync.providers import create_provider, loyaltyplus
from loyaltydesk.sync.providers.loyaltyplus import LoyaltyPlus, LoyaltyPlusOwner
from loyaltydesk.sync.providers.loyaltyplus_settle import (
    Outcome,
    PointsChange,
    Snapshot,
    settle,
)
from tests.support.emulators.loyaltyplus import Change, LoyaltyPlusEmulator

KEY = "loy_4b1c9e7d2a6f8e3b5c0d9a1f7e2b6c4d"
TOKEN = "eyJhbGciOiJIUzI1NiJ9.owner-secret.c2lnbmF0dXJl"
PHONE = "+353123456789"


class FixedFault(random.Random):
    """Makes the emulator inject one chosen fault into every mutating call."""

    def __init__(self, fault: str) -> None:
        super().__init__(0)
        self.fault = fault

    def random(self) -> float:
        return 0.0

    def choice(self, seq: object) -> str:  # type: ignore[override]
        return self.fault


@pytest.fixture
def server() -> Iterator[LoyaltyPlusEmulator]:
    with LoyaltyPlusEmulator(api_key=KEY, token=TOKEN) as emulator:
        yield emulator


@pytest.fixture
def connect(server: LoyaltyPlusEmulator) -> Iterator[Callable[..., LoyaltyPlus]]:
    made: list[LoyaltyPlus] = []

    def make(*, key: str = KEY, token: str = TOKEN, store_id: str = "") -> LoyaltyPlus:
        credentials = Credentials(api_key=key, token=token)
        options = {"store_id": store_id}
        provider = create_provider("loyaltyplus", server.base_url, credentials, options)
        assert isinstance(provider, LoyaltyPlus)
        made.append(provider)
        return provider

    yield make
    for provider in made:
        provider.close()


def checkin(remote_id: str, amount: str = "25.50") -> Earn:
    return Earn(remote_id=remote_id, reference="ld-1", points=25, amount=Decimal(amount))


def test_module_convention(connect: Callable[..., LoyaltyPlus]) -> None:
    assert (loyaltyplus.NAME, loyaltyplus.CREDENTIALS) == ("loyaltyplus", ("api_key", "token"))
    owner, pos_only = connect(), connect(token="")
    assert type(owner) is LoyaltyPlusOwner
    assert type(pos_only) is LoyaltyPlus
    assert {Capability.REGISTER, Capability.ADJUST} <= owner.capabilities
    assert not {Capability.REGISTER, Capability.ADJUST} & pos_only.capabilities
    assert Capability.EARN_BY_AMOUNT in pos_only.capabilities
    assert owner.idempotent is False
    with pytest.raises(NotImplementedError):
        owner.resolve(IdentifierKind.EMAIL, "ana@example.com")


def test_checkin_in_spend_mode(
    server: LoyaltyPlusEmulator, connect: Callable[..., LoyaltyPlus]
) -> None:
    customer = server.seed_customer(phone=PHONE, points=100)
    posted = connect(store_id="cuid_store1").earn(checkin(customer))
    seen = server.seen[-1]
    assert (seen.method, seen.path) == ("POST", "/v1/pos/checkin")
    assert seen.headers["x-api-key"] == KEY
    assert "authorization" not in seen.headers
    assert seen.headers["content-type"] == "application/json"
    assert seen.body == {"customerId": customer, "storeId": "cuid_store1", "amount": 25.5}
    assert (posted.points, posted.balance, posted.remote_ref) == (25, 125, None)


def test_checkin_in_unit_mode(connect: Callable[..., LoyaltyPlus]) -> None:
    with LoyaltyPlusEmulator(api_key=KEY, token=TOKEN, mode="UNIT") as units:
        provider = create_provider("loyaltyplus", units.base_url, Credentials(api_key=KEY), {})
        try:
            customer = units.seed_customer(phone=PHONE)
            earn = Earn(remote_id=customer, reference="ld-u", points=3, units=3)
            assert provider.earn(earn).points == 3
        finally:
            provider.close()
    assert units.seen[-1].body == {"customerId": customer, "units": 3}


def test_checkin_without_amount_or_units_is_refused_before_sending(
    server: LoyaltyPlusEmulator, connect: Callable[..., LoyaltyPlus]
) -> None:
    with pytest.raises(ProviderRefusedError) as caught:
        connect().earn(Earn(remote_id="cuid_1", reference="ld-v", points=1))
    assert caught.value.code == "AMOUNT_OR_UNITS_REQUIRED"
    assert server.seen == []


def test_a_replayed_checkin_is_credited_twice_which_is_why_calls_are_settled(
    server: LoyaltyPlusEmulator, connect: Callable[..., LoyaltyPlus]
) -> None:
    customer = server.seed_customer(phone=PHONE)
    provider = connect()
    provider.earn(checkin(customer))
    provider.earn(checkin(customer))
    assert server.points(customer) == 50


def test_resolve_by_phone_and_by_id(
    server: LoyaltyPlusEmulator, connect: Callable[..., LoyaltyPlus]
) -> None:
    customer = server.seed_customer(phone=PHONE, name="John Doe", points=125)
    provider = connect()
    found = provider.resolve(IdentifierKind.PHONE, PHONE)
    assert server.log[-1].method == "GET"
    assert server.log[-1].path == "/v1/pos/customer/%2B353123456789"
    assert found is not None
    assert (found.remote_id, found.name, found.balance, found.status) == (
        customer,
        "John Doe",
        125,
        "ACTIVE",
    )
    assert provider.resolve(IdentifierKind.CODE, customer) == found
    assert provider.resolve(IdentifierKind.PHONE, "+353000000000") is None


def test_balance(server: LoyaltyPlusEmulator, connect: Callable[..., LoyaltyPlus]) -> None:
    customer = server.seed_customer(phone=PHONE, points=40)
    provider = connect()
    assert provider.balance(customer).points == 40
    assert server.log[-1].path == f"/v1/pos/balance/{customer}"
    with pytest.raises(ProviderRefusedError) as caught:
        provider.balance("cuid_nobody")
    assert (caught.value.code, caught.value.message) == ("HTTP_404", "Customer not found")


def test_redeem(server: LoyaltyPlusEmulator, connect: Callable[..., LoyaltyPlus]) -> None:
    customer = server.seed_customer(phone=PHONE, points=125)
    provider = connect()
    posted = provider.redeem(Redeem(remote_id=customer, reference="ld-r", points=100))
    assert server.seen[-1].path == "/v1/pos/redeem"
    assert server.seen[-1].body == {"customerId": customer, "points": 100}
    assert (posted.points, posted.balance) == (-100, 25)
    assert str(posted.remote_ref).startswith("cuid_r")
    with pytest.raises(ProviderRefusedError) as caught:
        provider.redeem(Redeem(remote_id=customer, reference="ld-r2", points=100))
    assert (caught.value.http_status, caught.value.message) == (400, "Insufficient points")


def test_a_blocked_customer_is_refused_not_an_owner_problem(
    server: LoyaltyPlusEmulator, connect: Callable[..., LoyaltyPlus]
) -> None:
    customer = server.seed_customer(phone=PHONE, points=10, status="BLOCKED")
    with pytest.raises(ProviderRefusedError) as caught:
        connect().earn(checkin(customer))
    assert caught.value.message == "Customer is blocked"


def test_register_with_the_owner_token(
    server: LoyaltyPlusEmulator, connect: Callable[..., LoyaltyPlus]
) -> None:
    provider = connect()
    created = provider.register(NewCustomer(name="John Doe", phone=PHONE, email="j@example.com"))
    seen = server.seen[-1]
    assert (seen.method, seen.path) == ("POST", "/v1/owner/customers")
    assert seen.headers["authorization"] == f"Bearer {TOKEN}"
    assert seen.body == {"name": "John Doe", "phone": PHONE}
    assert (created.remote_id in server.customers, created.balance) == (True, 0)
    with pytest.raises(ProviderRefusedError) as caught:
        provider.register(NewCustomer(name="Again", phone=PHONE))
    assert caught.value.http_status == 409


def test_void_is_an_owner_adjustment_naming_the_original(
    server: LoyaltyPlusEmulator, connect: Callable[..., LoyaltyPlus]
) -> None:
    customer = server.seed_customer(phone=PHONE, points=125)
    void = Adjust(
        remote_id=customer,
        reference="ld-void-1",
        points=100,
        reason="Wrong customer",
        reverses="REDEEM_REWARD",
        original_reference="ld-r",
        original_remote_ref="cuid_r0042",
    )
    posted = connect().adjust(void)
    seen = server.seen[-1]
    assert (seen.method, seen.path) == ("POST", f"/v1/owner/customers/{customer}/points")
    assert seen.body == {
        "points": 100,
        "reason": "Void of REDEEM_REWARD ld-r (Loyalty+ cuid_r0042): Wrong customer [ld:ld-void-1]",
    }
    assert (posted.points, posted.balance) == (100, 225)


def test_without_the_token_owner_calls_are_refused_in_words(
    server: LoyaltyPlusEmulator, connect: Callable[..., LoyaltyPlus]
) -> None:
    provider = connect(token="")
    calls = [
        lambda: provider.register(NewCustomer(name="A", phone=PHONE)),
        lambda: provider.adjust(Adjust(remote_id="c", reference="r", points=-5, reason="x")),
        lambda: provider.points_history("c"),
    ]
    for call in calls:
        with pytest.raises(ProviderRefusedError) as caught:
            call()
        assert caught.value.code == "OWNER_TOKEN_REQUIRED"
        assert "owner token" in caught.value.message
    assert server.seen == []


def test_points_history(server: LoyaltyPlusEmulator, connect: Callable[..., LoyaltyPlus]) -> None:
    customer = server.seed_customer(phone=PHONE, points=10)
    provider = connect()
    provider.earn(checkin(customer))
    assert set(provider.points_history(customer)) == {
        PointsChange(10, "Opening balance"),
        PointsChange(25, "Check-in"),
    }
    assert server.log[-1].path == f"/v1/owner/customers/{customer}"


def test_connection(server: LoyaltyPlusEmulator, connect: Callable[..., LoyaltyPlus]) -> None:
    server.seed_customer(phone=PHONE)
    assert connect().test_connection().details == {"owner token": "accepted", "customers": "1"}
    assert "unavailable" in connect(token="").test_connection().details["owner token"]
    for provider in (connect(key="loy_wrong"), connect(token="jwt.wrong")):
        with pytest.raises(NeedsOwnerError) as caught:
            provider.test_connection()
        assert caught.value.http_status == 401


def test_429_carries_the_wait() -> None:
    with LoyaltyPlusEmulator(api_key=KEY, rate_limit=1, rate_window=30) as limited:
        provider = create_provider("loyaltyplus", limited.base_url, Credentials(api_key=KEY), {})
        try:
            provider.resolve(IdentifierKind.PHONE, PHONE)
            with pytest.raises(RetryLaterError) as caught:
                provider.resolve(IdentifierKind.PHONE, PHONE)
        finally:
            provider.close()
    assert caught.value.http_status == 429
    assert caught.value.retry_after is not None
    assert 25 < caught.value.retry_after <= 30


@pytest.mark.parametrize("token", [TOKEN, ""], ids=["history", "balance-only"])
@pytest.mark.parametrize("fault", ["drop_after", "error_after", "drop_before", "error_before"])
def test_an_ambiguous_checkin_or_redeem_is_settled_before_any_retry(
    server: LoyaltyPlusEmulator, connect: Callable[..., LoyaltyPlus], token: str, fault: str
) -> None:
    customer = server.seed_customer(phone=PHONE, points=150)
    provider = connect(token=token)

    def send(request: Earn | Redeem) -> None:
        provider.earn(request) if isinstance(request, Earn) else provider.redeem(request)

    for request in (checkin(customer), Redeem(remote_id=customer, reference="ld-r", points=100)):
        before = provider.snapshot(request.remote_id)
        server.fail_rate, server.random = 1.0, FixedFault(fault)
        with pytest.raises(RetryLaterError) as caught:
            send(request)
        server.fail_rate = 0.0
        assert caught.value.ambiguous is True
        settled = provider.settle(request, before)
        applied = fault.endswith("_after")
        assert (settled is not None) == applied
        if settled is None:
            send(request)
        else:
            assert settled.already_processed
    assert [c.delta for c in server.ledger(customer)] == [150, 25, -100]


def test_an_ambiguous_adjustment_is_found_by_its_tag(
    server: LoyaltyPlusEmulator, connect: Callable[..., LoyaltyPlus]
) -> None:
    customer = server.seed_customer(phone=PHONE, points=50)
    provider = connect()
    adjust = Adjust(remote_id=customer, reference="ld-a", points=-20, reason="Typo")
    before = provider.snapshot(customer)
    server.fail_rate, server.random = 1.0, FixedFault("drop_after")
    with pytest.raises(RetryLaterError):
        provider.adjust(adjust)
    server.fail_rate = 0.0
    server.customers[customer].change(-20, "Redeemed elsewhere")
    settled = provider.settle(adjust, before)
    assert settled is not None
    assert (settled.points, settled.balance) == (-20, 10)


def test_when_the_records_cannot_tell_the_owner_decides(
    server: LoyaltyPlusEmulator, connect: Callable[..., LoyaltyPlus]
) -> None:
    customer = server.seed_customer(phone=PHONE, points=150)
    provider = connect(token="")
    before = provider.snapshot(customer)
    server.customers[customer].change(-30, "Another till")
    with pytest.raises(ProviderRefusedError) as caught:
        provider.settle(checkin(customer), before)
    assert caught.value.code == "AMBIGUOUS"


def test_settle_rules() -> None:
    old = (PointsChange(10, "Visit"),)
    base = Snapshot(points=10, history=old)

    def after(*changes: PointsChange) -> Snapshot:
        return Snapshot(points=10 + sum(c.delta for c in changes), history=old + changes)

    ours, other = PointsChange(25, "Check-in"), PointsChange(-5, "Redeemed")
    assert settle(base, after(ours), delta=None).outcome is Outcome.APPLIED
    assert settle(base, after(other), delta=None).outcome is Outcome.NOT_APPLIED
    assert settle(base, after(ours, ours), delta=None).outcome is Outcome.UNKNOWN
    assert settle(base, after(other, ours), delta=-5).outcome is Outcome.APPLIED
    truncated = Snapshot(points=35, history=())
    assert settle(base, truncated, delta=-5).outcome is Outcome.UNKNOWN
    assert Snapshot.from_json(json.loads(json.dumps(base.to_json()))) == base
    assert Snapshot.from_json(Snapshot(points=3).to_json()) == Snapshot(points=3)


def test_secrets_never_appear_in_errors_or_reprs(
    server: LoyaltyPlusEmulator, connect: Callable[..., LoyaltyPlus]
) -> None:
    provider, wrong = connect(), connect(key="loy_other_secret_1", token="jwt.other.secret")
    customer = server.seed_customer(phone=PHONE)
    calls = [
        lambda: provider.balance("cuid_nobody"),
        lambda: provider.redeem(Redeem(remote_id=customer, reference="r", points=5)),
        lambda: wrong.resolve(IdentifierKind.PHONE, PHONE),
        lambda: wrong.register(NewCustomer(name="A", phone="+353111")),
    ]
    errors: list[SyncError] = []
    for call in calls:
        with pytest.raises(SyncError) as caught:
            call()
        errors.append(caught.value)
    server.fail_rate, server.random = 1.0, FixedFault("drop_after")
    with pytest.raises(SyncError) as dropped:
        provider.earn(checkin(customer))
    errors.append(dropped.value)
    texts = [repr(provider), str(provider), repr(wrong)]
    for error in errors:
        texts += [str(error), repr(error), *map(str, error.args), str(error.__cause__)]
    secrets = (KEY, TOKEN, "loy_other_secret_1", "jwt.other.secret")
    assert not [text for text in texts if any(secret in text for secret in secrets)]
    assert server.ledger(customer) == [Change(25, "Check-in")]
