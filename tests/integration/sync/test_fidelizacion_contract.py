"""The fidelizacion adapter against its emulator: every endpoint it uses, every failure path."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal

import pytest

from loyaltydesk.domain.sync_settings import PROVIDERS
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
from loyaltydesk.sync.providers import create_provider, fidelizacion
from loyaltydesk.sync.providers.fidelizacion import Fidelizacion
from tests.support.emulators.fidelizacion import FidelizacionEmulator

KEY = "fid-secret-7f3a9c2e51d8"
OPTIONS = {"branch_id": "Main Street", "pos_id": "Till 1"}
PHONE = "+34600111222"


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
def server() -> Iterator[FidelizacionEmulator]:
    with FidelizacionEmulator(api_key=KEY) as emulator:
        yield emulator


def connect(server: FidelizacionEmulator, key: str = KEY, **options: str) -> Fidelizacion:
    provider = create_provider(
        "fidelizacion", server.base_url, Credentials(api_key=key), {**OPTIONS, **options}
    )
    assert isinstance(provider, Fidelizacion)
    return provider


@pytest.fixture
def provider(server: FidelizacionEmulator) -> Iterator[Fidelizacion]:
    adapter = connect(server)
    yield adapter
    adapter.close()


def earn(remote_id: str, reference: str = "ld-earn-1", amount: str = "25.50") -> Earn:
    return Earn(remote_id=remote_id, reference=reference, points=25, amount=Decimal(amount))


def test_module_convention(provider: Fidelizacion) -> None:
    assert fidelizacion.NAME == "fidelizacion"
    assert fidelizacion.CREDENTIALS == ("api_key",)
    defaults = {option.name: option.default for option in PROVIDERS["fidelizacion"].options}
    assert defaults == {
        "source_type": "POS",
        "source_name": "loyaltydesk",
        "branch_id": None,
        "pos_id": None,
    }
    assert Fidelizacion.idempotent is True
    assert Capability.EARN_BY_AMOUNT in Fidelizacion.capabilities
    assert Capability.ADJUST not in Fidelizacion.capabilities
    assert Capability.VOUCHERS not in Fidelizacion.capabilities
    with pytest.raises(NotImplementedError):
        provider.redeem_voucher(None)  # type: ignore[arg-type]


def test_every_call_is_a_json_post_with_the_five_headers(
    server: FidelizacionEmulator, provider: Fidelizacion
) -> None:
    server.seed_member(phone=PHONE)
    provider.resolve(IdentifierKind.PHONE, PHONE)
    seen = server.seen[-1]
    assert (seen.method, seen.path) == ("POST", "/member/details")
    assert server.log[-1].path == "/member/details"
    assert seen.headers["x-api-key"] == KEY
    assert seen.headers["x-source-type"] == "POS"
    assert seen.headers["x-source-name"] == "loyaltydesk"
    assert seen.headers["x-branch-id"] == "Main Street"
    assert seen.headers["x-pos-id"] == "Till 1"
    assert seen.headers["content-type"] == "application/json"
    assert seen.body == {"member": {"phoneNumber": PHONE}}


def test_header_values_are_plain_ascii(server: FidelizacionEmulator) -> None:
    adapter = connect(server, branch_id="Panadería  Núñez", pos_id="Caja 2", source_type="Kiosk")
    try:
        adapter.test_connection()
    finally:
        adapter.close()
    headers = server.seen[-1].headers
    assert headers["x-branch-id"] == "Panaderia Nunez"
    assert headers["x-source-type"] == "Kiosk"
    with pytest.raises(ValueError, match="branch_id"):
        create_provider("fidelizacion", server.base_url, Credentials(api_key=KEY), {})


def test_connection_accepts_the_member_not_found_answer(provider: Fidelizacion) -> None:
    connection = provider.test_connection()
    assert "accepted" in connection.summary
    assert connection.details["branch"] == "Main Street"


@pytest.mark.parametrize(
    ("kind", "value", "field"),
    [
        (IdentifierKind.PHONE, PHONE, "phoneNumber"),
        (IdentifierKind.EMAIL, "ana@example.com", "email"),
        (IdentifierKind.CODE, None, "membershipKey"),
    ],
)
def test_resolve_by_each_identifier(
    server: FidelizacionEmulator,
    provider: Fidelizacion,
    kind: IdentifierKind,
    value: str | None,
    field: str,
) -> None:
    key = server.seed_member(phone=PHONE, email="ana@example.com", points=40)
    found = provider.resolve(kind, value or key)
    assert found is not None
    assert (found.remote_id, found.phone, found.balance) == (key, PHONE, 40)
    assert server.seen[-1].body == {"member": {field: value or key}}


def test_an_unknown_member_resolves_to_none(provider: Fidelizacion) -> None:
    assert provider.resolve(IdentifierKind.PHONE, "+34699999999") is None


def test_register_sends_the_member_object(
    server: FidelizacionEmulator, provider: Fidelizacion
) -> None:
    created = provider.register(
        NewCustomer(name="Ana", phone=PHONE, email="ana@example.com", code="K7Q2M9")
    )
    assert server.seen[-1].path == "/member/register"
    assert server.seen[-1].body == {
        "member": {"phoneNumber": PHONE, "email": "ana@example.com", "externalId": "K7Q2M9"}
    }
    assert created.remote_id in server.members
    with pytest.raises(ProviderRefusedError) as caught:
        provider.register(NewCustomer(name="Ana again", phone=PHONE))
    assert caught.value.code == "205"


def test_balance(server: FidelizacionEmulator, provider: Fidelizacion) -> None:
    key = server.seed_member(phone=PHONE, points=75)
    assert provider.balance(key).points == 75
    with pytest.raises(ProviderRefusedError) as caught:
        provider.balance("MK-nobody")
    assert caught.value.code == "203"
    assert caught.value.http_status == 200
    assert caught.value.message == "Cannot find any member with the given identifier!"


def test_earn_sends_a_transaction_and_reads_what_the_provider_credited(
    server: FidelizacionEmulator, provider: Fidelizacion
) -> None:
    key = server.seed_member(phone=PHONE, points=10)
    posted = provider.earn(earn(key))
    sent = server.seen[-1]
    assert sent.path == "/transaction"
    transaction = sent.body["transaction"]
    assert sent.body["member"] == {"membershipKey": key}
    assert transaction["transactionId"] == "ld-earn-1"
    assert transaction["totalAmount"] == "25.50"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", transaction["dateTime"])
    assert (posted.points, posted.balance) == (25, 35)
    assert posted.remote_ref == server.ledger(key)[0].confirmation_code


def test_earn_replayed_with_the_same_reference_credits_once(
    server: FidelizacionEmulator, provider: Fidelizacion
) -> None:
    key = server.seed_member(phone=PHONE)
    first = provider.earn(earn(key))
    again = provider.earn(earn(key))
    assert again.remote_ref == first.remote_ref
    assert [entry.points for entry in server.ledger(key)] == [25]
    assert server.points(key) == 25


def test_earn_without_an_amount_is_refused_before_sending(
    server: FidelizacionEmulator, provider: Fidelizacion
) -> None:
    key = server.seed_member(phone=PHONE)
    with pytest.raises(ProviderRefusedError) as caught:
        provider.earn(Earn(remote_id=key, reference="ld-visit", points=1))
    assert caught.value.code == "AMOUNT_REQUIRED"
    assert server.seen == []


def test_earn_for_an_unknown_member_is_refused(provider: Fidelizacion) -> None:
    with pytest.raises(ProviderRefusedError) as caught:
        provider.earn(earn("MK-nobody"))
    assert caught.value.code == "203"


def test_redeem_is_a_points_payment(server: FidelizacionEmulator, provider: Fidelizacion) -> None:
    key = server.seed_member(phone=PHONE, points=120)
    request = Redeem(remote_id=key, reference="ld-pay-1", points=100)
    posted = provider.redeem(request)
    sent = server.seen[-1]
    assert sent.path == "/payment"
    assert sent.body["payment"] == {"action": "accept", "type": "points", "amount": 100}
    assert sent.body["transaction"]["transactionId"] == "ld-pay-1"
    assert (posted.points, posted.balance) == (-100, 20)
    assert posted.remote_ref
    assert provider.redeem(request).remote_ref == posted.remote_ref
    assert server.points(key) == 20
    with pytest.raises(ProviderRefusedError) as caught:
        provider.redeem(Redeem(remote_id=key, reference="ld-pay-2", points=100))
    assert caught.value.code == "301"


def test_a_void_of_a_points_payment_cancels_it_by_confirmation_code(
    server: FidelizacionEmulator, provider: Fidelizacion
) -> None:
    key = server.seed_member(phone=PHONE, points=100)
    paid = provider.redeem(Redeem(remote_id=key, reference="ld-pay-1", points=60))
    void = Adjust(
        remote_id=key,
        reference="ld-void-1",
        points=60,
        reason="Wrong customer",
        reverses="REDEEM",
        original_reference="ld-pay-1",
        original_remote_ref=paid.remote_ref,
    )
    posted = provider.adjust(void)
    assert server.seen[-1].body["payment"] == {
        "action": "cancel",
        "type": "points",
        "amount": 60,
        "confirmationCode": paid.remote_ref,
    }
    assert server.seen[-1].body["transaction"]["transactionId"] == "ld-void-1"
    assert (posted.points, posted.balance) == (60, 100)
    assert provider.adjust(void).remote_ref == posted.remote_ref
    assert [entry.kind for entry in server.ledger(key)] == ["PAYMENT", "CANCEL"]
    unknown = replace(void, reference="ld-void-2", original_remote_ref="CC-unknown")
    with pytest.raises(ProviderRefusedError) as caught:
        provider.adjust(unknown)
    assert caught.value.code == "302"


@pytest.mark.parametrize(
    ("reverses", "remote_ref", "code"),
    [
        (None, None, "ADJUST_NOT_SUPPORTED"),
        ("EARN", "CC1", "ADJUST_NOT_SUPPORTED"),
        ("REDEEM", None, "NO_CONFIRMATION_CODE"),
    ],
)
def test_adjustments_the_document_cannot_express_are_refused_before_sending(
    server: FidelizacionEmulator,
    provider: Fidelizacion,
    reverses: str | None,
    remote_ref: str | None,
    code: str,
) -> None:
    request = Adjust(
        remote_id="MK1",
        reference="ld-adj",
        points=-5,
        reason="Correction",
        reverses=reverses,
        original_remote_ref=remote_ref,
    )
    with pytest.raises(ProviderRefusedError) as caught:
        provider.adjust(request)
    assert caught.value.code == code
    assert server.seen == []


def test_a_malformed_request_is_refused_with_the_providers_code(
    server: FidelizacionEmulator, provider: Fidelizacion
) -> None:
    key = server.seed_member(phone=PHONE)
    with pytest.raises(ProviderRefusedError) as caught:
        provider.earn(earn(key, amount="-1.00"))
    assert (caught.value.code, caught.value.http_status) == ("400", 400)


def test_a_wrong_key_needs_the_owner(server: FidelizacionEmulator) -> None:
    adapter = connect(server, key="fid-wrong-key")
    try:
        with pytest.raises(NeedsOwnerError) as caught:
            adapter.test_connection()
    finally:
        adapter.close()
    assert (caught.value.code, caught.value.http_status) == ("401", 401)


def test_429_carries_the_wait() -> None:
    with FidelizacionEmulator(api_key=KEY, rate_limit=2, rate_window=30) as limited:
        adapter = connect(limited)
        try:
            adapter.test_connection()
            adapter.test_connection()
            with pytest.raises(RetryLaterError) as caught:
                adapter.test_connection()
        finally:
            adapter.close()
    assert caught.value.http_status == 429
    assert caught.value.retry_after is not None
    assert 25 < caught.value.retry_after <= 30


def test_a_dropped_connection_after_sending_is_ambiguous_and_the_replay_is_safe(
    server: FidelizacionEmulator, provider: Fidelizacion
) -> None:
    key = server.seed_member(phone=PHONE)
    server.fail_rate, server.random = 1.0, FixedFault("drop_after")
    with pytest.raises(RetryLaterError) as caught:
        provider.earn(earn(key))
    assert caught.value.ambiguous is True
    with pytest.raises(RetryLaterError) as read:
        provider.balance(key)
    assert read.value.ambiguous is False
    server.fail_rate = 0.0
    provider.earn(earn(key))
    assert [entry.points for entry in server.ledger(key)] == [25]


def test_a_500_after_applying_is_ambiguous(
    server: FidelizacionEmulator, provider: Fidelizacion
) -> None:
    key = server.seed_member(phone=PHONE, points=50)
    server.fail_rate, server.random = 1.0, FixedFault("error_after")
    with pytest.raises(RetryLaterError) as caught:
        provider.redeem(Redeem(remote_id=key, reference="ld-pay-1", points=50))
    assert (caught.value.ambiguous, caught.value.http_status) == (True, 500)
    server.fail_rate = 0.0
    provider.redeem(Redeem(remote_id=key, reference="ld-pay-1", points=50))
    assert server.points(key) == 0
    assert len(server.ledger(key)) == 1


def test_the_key_never_appears_in_errors_or_reprs(server: FidelizacionEmulator) -> None:
    errors: list[SyncError] = []
    adapter = connect(server)
    try:
        for call in (
            lambda: adapter.balance("MK-nobody"),
            lambda: adapter.earn(earn("MK-nobody")),
        ):
            with pytest.raises(SyncError) as caught:
                call()
            errors.append(caught.value)
        server.fail_rate, server.random = 1.0, FixedFault("drop_after")
        with pytest.raises(SyncError) as dropped:
            adapter.earn(earn("MK-nobody"))
        errors.append(dropped.value)
        texts = [repr(adapter), str(adapter)]
    finally:
        adapter.close()
    wrong = connect(server, key="fid-other-secret-99")
    try:
        with pytest.raises(SyncError) as denied:
            wrong.test_connection()
        errors.append(denied.value)
    finally:
        wrong.close()
    for error in errors:
        texts += [str(error), repr(error), *map(str, error.args), str(error.__cause__)]
    assert not [text for text in texts if KEY in text or "fid-other-secret-99" in text]
