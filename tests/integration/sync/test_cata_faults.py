"""The Cata adapter under faults: 429 with its reset, dropped connections, and its key never
printed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from loyaltydesk.sync.http import Credentials, HttpTransport
from loyaltydesk.sync.provider import (
    Earn,
    NeedsOwnerError,
    Redeem,
    RetryLaterError,
    SyncError,
)
from loyaltydesk.sync.providers.cata import CataProvider, create
from tests.support.emulators.cata import CataEmulator
from tests.support.emulators.server import Request, Response

KEY = "cata-partner-key-6f1d2e"


def connect(server: CataEmulator, key: str = KEY) -> CataProvider:
    return create(HttpTransport(server.base_url), Credentials(api_key=key), {})


@pytest.fixture
def server() -> Iterator[CataEmulator]:
    emulator = CataEmulator(api_key=KEY)
    with emulator:
        yield emulator


@pytest.fixture
def cata(server: CataEmulator) -> Iterator[CataProvider]:
    provider = connect(server)
    yield provider
    provider.close()


@pytest.mark.parametrize("status", [502, 504])
def test_backend_errors_retry_later_and_the_replay_is_safe(
    server: CataEmulator, cata: CataProvider, status: int
) -> None:
    remote_id = server.seed_customer(email="a@example.com")
    earn = Earn(remote_id=remote_id, reference="e-1", points=5)
    server.fail_next(status, after_applying=True)
    with pytest.raises(RetryLaterError) as caught:
        cata.earn(earn)
    assert (caught.value.code, caught.value.ambiguous) == (str(status), True)
    assert cata.earn(earn).already_processed is True
    server.fail_next(status)
    with pytest.raises(RetryLaterError) as read:
        cata.balance(remote_id)
    assert read.value.ambiguous is False
    assert server.balance_of(remote_id) == 5


class _NoRetryAfter(CataEmulator):
    def rate_limited(self, request: Request) -> Response:
        response = super().rate_limited(request)
        response.headers["Retry-After"] = ""
        return response


@pytest.mark.parametrize("emulator", [CataEmulator, _NoRetryAfter])
def test_429_says_when_to_come_back(emulator: type[CataEmulator]) -> None:
    server = emulator(api_key=KEY, rate_limit=2, rate_window=30)
    with server:
        cata = connect(server)
        remote_id = server.seed_customer(email="a@example.com")
        cata.balance(remote_id)
        cata.earn(Earn(remote_id=remote_id, reference="e-1", points=5))
        with pytest.raises(RetryLaterError) as caught:
            cata.earn(Earn(remote_id=remote_id, reference="e-2", points=5))
        cata.close()
    assert (caught.value.code, caught.value.http_status) == ("429", 429)
    assert caught.value.retry_after is not None
    assert 25 <= caught.value.retry_after <= 31
    assert [entry.status for entry in server.log] == [200, 200, 429]
    assert server.balance_of(remote_id) == 5


def test_dropped_connections_are_ambiguous_and_replays_credit_once() -> None:
    server = CataEmulator(api_key=KEY, fail_rate=1.0, seed=7)
    with server:
        cata = connect(server)
        remote_id = server.seed_customer(email="a@example.com")
        earns = [Earn(remote_id=remote_id, reference=f"e-{n}", points=n) for n in range(1, 13)]
        failures: list[RetryLaterError] = []
        for earn in earns:
            with pytest.raises(RetryLaterError) as caught:
                cata.earn(earn)
            failures.append(caught.value)
        faults = [entry.fault for entry in server.log if entry.method == "POST"]
        assert "drop_after" in faults
        assert all(failure.ambiguous for failure in failures)
        server.fail_rate = 0.0
        for earn in earns:
            cata.earn(earn)
        cata.close()
    applied = [e.ref_code for e in server.ledger(remote_id)]
    assert sorted(applied) == sorted(earn.reference for earn in earns)
    assert server.balance_of(remote_id) == sum(range(1, 13))


class _EchoingProxy(CataEmulator):
    """A proxy that repeats the key it was given in its error text."""

    def authenticate(self, request: Request) -> Response | None:
        denied = super().authenticate(request)
        if denied is not None:
            given = {k.lower(): v for k, v in request.headers.items()}.get("x-api-key", "")
            denied.body["error"]["details"] = f"key {given} is not valid"
        return denied


def test_the_key_never_reaches_an_exception_or_a_repr() -> None:
    wrong = "sk-live-9ad3-do-not-print"
    errors: list[SyncError] = []
    server = _EchoingProxy(api_key=KEY)
    with server:
        provider = connect(server, key=wrong)
        for call in (provider.test_connection, lambda: provider.balance("x")):
            with pytest.raises(NeedsOwnerError) as caught:
                call()
            errors.append(caught.value)
        good = connect(server)
        remote_id = server.seed_customer(email="a@example.com")
        server.fail_next(502)
        for call in (
            lambda: good.balance(remote_id),
            lambda: good.redeem(Redeem(remote_id=remote_id, reference="r", points=9)),
        ):
            with pytest.raises(SyncError) as caught:
                call()
            errors.append(caught.value)
        texts = [repr(provider), str(provider), repr(good)]
        provider.close()
        good.close()
    texts += [text for error in errors for text in (str(error), repr(error), error.message)]
    assert "[hidden]" in errors[0].message
    assert not [text for text in texts if wrong in text or KEY in text]
