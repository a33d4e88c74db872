"""The KiriMel adapter's failures against its emulator: every documented error code and HTTP
status, wrong credentials, 429 with the X-RateLimit-* headers, dropped connections, the network
down, and secrets kept out of every error text."""

from __future__ import annotations

import traceback
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from loyaltydesk.sync.http import Credentials, HttpTransport
from loyaltydesk.sync.provider import (
    Earn,
    NeedsOwnerError,
    ProviderRefusedError,
    Redeem,
    RetryLaterError,
    SyncError,
)
from loyaltydesk.sync.providers.kirimel import KiriMel
from tests.integration.sync.test_kirimel_contract import GOOD, PHONE, connect
from tests.support.emulators.kirimel import API_KEY, API_SECRET, KiriMelEmulator


@pytest.fixture
def emulator() -> Iterator[KiriMelEmulator]:
    with KiriMelEmulator() as server:
        yield server


@pytest.fixture(scope="module")
def shared() -> Iterator[KiriMelEmulator]:
    """One emulator for the error-mapping cases: starting one per case costs half a second."""
    with KiriMelEmulator() as server:
        yield server


DOCUMENTED = [
    ("INVALID_API_KEY", 401, NeedsOwnerError),
    ("SIGNATURE_INVALID", 401, NeedsOwnerError),
    ("SITE_LIMIT_REACHED", 403, NeedsOwnerError),
    ("CUSTOMER_NOT_FOUND", 404, ProviderRefusedError),
    ("INSUFFICIENT_BALANCE", 400, ProviderRefusedError),
    ("VOUCHER_EXPIRED", 400, ProviderRefusedError),
    ("VOUCHER_ALREADY_REDEEMED", 400, ProviderRefusedError),
    ("VOUCHER_NOT_FOUND", 404, ProviderRefusedError),
]
STATUSES = [
    (400, ProviderRefusedError, False),
    (401, NeedsOwnerError, False),
    (404, ProviderRefusedError, False),
    (429, RetryLaterError, False),
    (500, RetryLaterError, True),
]


def failure_of_earn(
    server: KiriMelEmulator, status: int, code: str, *, as_200: bool = False
) -> SyncError:
    server.errors_as_200 = as_200
    adapter = connect(server)
    customer = server.seed_customer()
    server.answer_next("/points/earn", status, code, "Told by KiriMel")
    try:
        with pytest.raises(SyncError) as caught:
            adapter.earn(Earn(customer, f"ld-{customer}", 5))
    finally:
        adapter.close()
        server.errors_as_200 = False
    assert server.ledger(customer) == []
    return caught.value


@pytest.mark.parametrize("as_200", [False, True], ids=["with-status", "http-200"])
@pytest.mark.parametrize(("code", "status", "kind"), DOCUMENTED)
def test_every_documented_error_code_maps_to_its_failure(
    shared: KiriMelEmulator, code: str, status: int, kind: type[SyncError], as_200: bool
) -> None:
    error = failure_of_earn(shared, status, code, as_200=as_200)
    assert type(error) is kind
    assert (error.code, error.message, error.ambiguous) == (code, "Told by KiriMel", False)
    assert error.http_status == (200 if as_200 else status)


@pytest.mark.parametrize(("status", "kind", "ambiguous"), STATUSES)
def test_every_documented_status_maps_to_its_failure(
    shared: KiriMelEmulator, status: int, kind: type[SyncError], ambiguous: bool
) -> None:
    error = failure_of_earn(shared, status, "NOT_IN_THE_DOCUMENT")
    assert type(error) is kind
    assert (error.code, error.http_status, error.ambiguous) == (
        "NOT_IN_THE_DOCUMENT",
        status,
        ambiguous,
    )


def test_a_500_on_a_read_is_not_ambiguous(shared: KiriMelEmulator) -> None:
    adapter = connect(shared)
    shared.answer_next("/wallet/balance", 500, "INTERNAL_ERROR")
    try:
        with pytest.raises(RetryLaterError) as caught:
            adapter.balance(shared.seed_customer())
    finally:
        adapter.close()
    assert caught.value.ambiguous is False


def test_wrong_credentials_clock_or_base_url_need_the_owner(emulator: KiriMelEmulator) -> None:
    skewed = datetime.now(UTC) - timedelta(hours=1)
    cases = [
        (connect(emulator, Credentials(api_key="nope", api_secret=API_SECRET)), "INVALID_API_KEY"),
        (connect(emulator, Credentials(api_key=API_KEY, api_secret="nope")), "SIGNATURE_INVALID"),
        (connect(emulator, clock=lambda: skewed), "SIGNATURE_INVALID"),
        (KiriMel(HttpTransport(emulator.base_url.replace("loyalty", "v2")), GOOD), "HTTP_404"),
        (connect(emulator, Credentials(api_key=API_KEY)), "CREDENTIALS_MISSING"),
    ]
    for adapter, code in cases:
        try:
            with pytest.raises(NeedsOwnerError) as caught:
                adapter.test_connection()
        finally:
            adapter.close()
        assert caught.value.code == code


def test_429_and_the_rate_limit_headers_are_honoured() -> None:
    with KiriMelEmulator(rate_limit=2, rate_window=30) as server:
        till_a, till_b = connect(server), connect(server)
        customer = server.seed_customer(phone=PHONE)
        try:
            till_a.balance(customer)
            till_a.balance(customer)
            with pytest.raises(RetryLaterError) as waited:
                till_a.balance(customer)
            assert len(server.log) == 2, "a used-up window is not even asked"
            with pytest.raises(RetryLaterError) as limited:
                till_b.earn(Earn(customer, "ld-r", 1))
        finally:
            till_a.close()
            till_b.close()
    assert waited.value.code == "RATE_LIMITED"
    assert 25 < (waited.value.retry_after or 0) <= 31
    assert (limited.value.http_status, limited.value.ambiguous) == (429, False)
    assert 25 < (limited.value.retry_after or 0) <= 30
    assert server.ledger(customer) == []


def test_retry_after_falls_back_to_x_ratelimit_reset() -> None:
    with KiriMelEmulator(rate_limit=50, rate_window=60) as server:
        adapter = connect(server)
        server.answer_next("/wallet/balance", 429, "RATE_LIMITED")
        try:
            with pytest.raises(RetryLaterError) as caught:
                adapter.balance(server.seed_customer(phone=PHONE))
        finally:
            adapter.close()
    assert 58 < (caught.value.retry_after or 0) <= 61


def test_a_dropped_connection_after_sending_is_ambiguous_and_a_retry_credits_once() -> None:
    with KiriMelEmulator(fail_rate=1.0, seed=5) as server:
        adapter = connect(server)
        customer = server.seed_customer(phone=PHONE)
        ambiguous_by_fault: dict[str, bool] = {}
        references = [f"ld-{n}" for n in range(12)]
        try:
            for reference in references:
                with pytest.raises(RetryLaterError) as caught:
                    adapter.earn(Earn(customer, reference, 1))
                ambiguous_by_fault.setdefault(server.log[-1].fault or "", caught.value.ambiguous)
            applied_while_failing = len(server.ledger(customer))
            server.fail_rate = 0.0
            for reference in references:
                adapter.earn(Earn(customer, reference, 1))
        finally:
            adapter.close()
    assert ambiguous_by_fault == {
        "drop_after": True,
        "error_after": True,
        "drop_before": True,
        "error_before": True,
    }
    assert 0 < applied_while_failing < len(references)
    assert sorted(e.reference_id or "" for e in server.ledger(customer)) == sorted(references)
    assert server.balance_of(customer) == len(references)


def test_offline_reads_are_retried_without_ambiguity(emulator: KiriMelEmulator) -> None:
    adapter = connect(emulator)
    customer = emulator.seed_customer(phone=PHONE)
    try:
        with emulator.network_down(), pytest.raises(RetryLaterError) as caught:
            adapter.balance(customer)
    finally:
        adapter.close()
    assert caught.value.ambiguous is False


def test_the_secrets_never_appear_in_errors_or_reprs(emulator: KiriMelEmulator) -> None:
    secrets = (API_KEY, API_SECRET, "nope-secret")
    wrong = Credentials(api_key=API_KEY, api_secret="nope-secret")
    texts: list[str] = []
    for adapter, call in (
        (connect(emulator, wrong), lambda a: a.test_connection()),
        (connect(emulator), lambda a: a.redeem(Redeem("CUST_missing", "ld-x", 5))),
        (connect(emulator), lambda a: a.earn(Earn("CUST_missing", "ld-y", 5))),
    ):
        try:
            with pytest.raises(SyncError) as caught:
                call(adapter)
            with emulator.network_down(), pytest.raises(SyncError) as dropped:
                adapter.earn(Earn("CUST_1", "ld-z", 5))
        finally:
            adapter.close()
        for error in (caught.value, dropped.value):
            texts.append("".join(traceback.format_exception(error)) + repr(error.args))
        texts += [repr(adapter), str(adapter), repr(vars(adapter))]
    assert len(texts) == 15
    for text in texts:
        assert not any(secret in text for secret in secrets), text
