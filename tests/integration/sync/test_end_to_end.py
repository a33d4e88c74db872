"""End to end, for each provider: random counter work through the services, an emulator that
fails 20 % of mutating calls (half of them after applying the change, some by dropping the
connection), the engine draining until the queue is empty; then, for every customer, the
provider's ledger holds exactly the local operations, in order: nothing lost, nothing twice.
The same with two tills' engines draining one outbox on PostgreSQL at once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from loyaltydesk.services.facade import Services
from tests.integration.sync.e2e_providers import HARNESSES, Harness, seed_remote
from tests.integration.sync.e2e_work import (
    OWNER,
    Work,
    counter_work,
    drain,
    engine_for,
    postgres_shop,
    sqlite_shop,
    till,
)
from tests.support.emulators.server import EmulatorServer
from tests.support.postgres import postgres_cluster

FAIL_RATE = 0.2


def check_ledgers(harness: Harness, emulator: EmulatorServer, services: Services,
                  work: Work) -> None:  # fmt: skip
    for n, phone in enumerate(work.phones):
        assert harness.ledger(emulator, phone) == harness.expected_ledger(work, n), phone
        if harness.same_balance:
            local = services.customers.lookup(work.customer_ids[n]).balance
            assert harness.balance(emulator, phone) == local, phone
    problems = services.sync.problems(actor=OWNER)
    assert {p.ref_code for p in problems} == harness.problems(work)
    assert {p.code for p in problems} <= {"ADJUST_NOT_SUPPORTED"}
    status = services.sync.status()
    assert (status.pending, status.paused) == (0, False)


def check_faults(emulator: EmulatorServer) -> None:
    """The run met every kind of fault, after applying too."""
    faults = {entry.fault for entry in emulator.log if entry.fault}
    assert {"error_after", "drop_after"} <= faults, faults


@pytest.fixture(params=sorted(HARNESSES))
def harness(request: pytest.FixtureRequest) -> Harness:
    return HARNESSES[request.param]


def test_every_local_operation_reaches_the_provider_once_despite_faults(
    harness: Harness, tmp_path: Path
) -> None:
    services = sqlite_shop(str(tmp_path / "shop.db"), harness.rules)
    with harness.emulator(fail_rate=FAIL_RATE, seed=5) as emulator:
        harness.set_up(services, emulator)
        work = counter_work(services, seed=11, skipped=harness.skips)
        seed_remote(harness, emulator, work)
        provider = harness.client(services)
        try:
            drain([engine_for(services, provider, seed=3)])
        finally:
            provider.close()
        check_faults(emulator)
        check_ledgers(harness, emulator, services, work)
    services.context.uow.engine.dispose()


@pytest.fixture(scope="module")
def pg_server() -> Iterator[str]:
    with postgres_cluster() as server:
        yield server


@pytest.mark.postgres
def test_two_tills_drain_one_outbox_on_postgresql(harness: Harness, pg_server: str) -> None:
    with (
        postgres_shop(pg_server, harness.rules) as url,
        harness.emulator(fail_rate=FAIL_RATE, seed=8) as emulator,
    ):
        tills = [till(url), till(url)]
        harness.set_up(tills[0], emulator)
        work = counter_work(tills[0], seed=23, customers=8, operations=50, skipped=harness.skips)
        seed_remote(harness, emulator, work)
        clients = [harness.client(services) for services in tills]
        # One thread each: one engine's claim (four rows a thread) cannot take all 8 lanes.
        engines = [
            engine_for(s, c, seed=n, threads=1)
            for n, (s, c) in enumerate(zip(tills, clients, strict=True))
        ]
        try:
            sent = drain(engines)
        finally:
            for client in clients:
                client.close()
        check_faults(emulator)
        check_ledgers(harness, emulator, tills[1], work)
        assert min(sent) > 0, sent  # both tills took part
        for services in tills:
            services.context.uow.engine.dispose()
