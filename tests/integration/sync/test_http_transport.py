"""The shared HTTP layer against a real local server: failures become the right SyncError."""

from __future__ import annotations

import pytest

from loyaltydesk.sync.http import HttpTransport, failure_for_status, retry_after_seconds
from loyaltydesk.sync.provider import NeedsOwnerError, RetryLaterError
from tests.support.emulators.server import EmulatorServer, Request, Response


class Echo(EmulatorServer):
    prefix = "/api"

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.applied = 0
        self.route("POST", "/apply", self._apply)
        self.route("GET", "/read", lambda request: Response(200, {"ok": True}))

    def authenticate(self, request: Request) -> Response | None:
        if request.headers.get("X-API-Key") != "good":
            return Response(401, {"error": {"code": "INVALID_API_KEY", "message": "bad key"}})
        return None

    def _apply(self, request: Request) -> Response:
        self.applied += 1
        return Response(200, {"applied": self.applied})


KEY = {"X-API-Key": "good"}


def test_paths_are_appended_to_the_documents_base() -> None:
    with Echo() as server:
        transport = HttpTransport(server.base_url)
        try:
            assert transport.request("GET", "/read", headers=KEY).json() == {"ok": True}
        finally:
            transport.close()
        assert server.log[-1].path == "/read"


def test_a_dropped_connection_after_sending_is_ambiguous() -> None:
    with Echo(fail_rate=1.0, seed=3) as server:
        transport = HttpTransport(server.base_url)
        outcomes = []
        try:
            for _ in range(12):
                try:
                    response = transport.request("POST", "/apply", headers=KEY, content=b"")
                except RetryLaterError as error:
                    outcomes.append(("dropped", error.ambiguous))
                else:
                    error = failure_for_status(response, code="HTTP", message="x")
                    outcomes.append(("status", isinstance(error, RetryLaterError)))
        finally:
            transport.close()
    assert ("dropped", True) in outcomes
    assert ("status", True) in outcomes
    assert server.faults_injected == 12
    assert 0 < server.applied < 12


def test_a_refused_connection_is_not_ambiguous() -> None:
    with Echo() as server:
        url = server.base_url
    transport = HttpTransport(url)
    try:
        with pytest.raises(RetryLaterError) as caught:
            transport.request("POST", "/apply", headers=KEY, content=b"")
    finally:
        transport.close()
    assert caught.value.ambiguous is False


def test_rate_limit_headers_and_429() -> None:
    with Echo(rate_limit=3, rate_window=30) as server:
        transport = HttpTransport(server.base_url)
        try:
            statuses = [
                transport.request("GET", "/read", headers=KEY).status_code for _ in range(4)
            ]
            last = transport.request("GET", "/read", headers=KEY)
        finally:
            transport.close()
    assert statuses == [200, 200, 200, 429]
    assert transport.rate is not None
    assert transport.rate.limit == 3
    wait = retry_after_seconds(last)
    assert wait is not None
    assert 25 < wait <= 30


def test_a_bad_key_needs_the_owner() -> None:
    with Echo() as server:
        transport = HttpTransport(server.base_url)
        try:
            response = transport.request("GET", "/read", headers={"X-API-Key": "nope"})
        finally:
            transport.close()
    assert isinstance(failure_for_status(response, code="X", message="y"), NeedsOwnerError)
