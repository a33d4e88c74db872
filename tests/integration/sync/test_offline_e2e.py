"""An hour at the counter with the network down (simulated clock), the sync engine running in
its own thread: a check-in costs what it costs without sync and never touches the network; the
queue grows; when the network comes back it drains, each customer's operations arriving at the
provider in the order they happened."""

from __future__ import annotations

import socket
import statistics
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from loyaltydesk.services.facade import Services, build_services
from loyaltydesk.store.engine import make_engine
from loyaltydesk.store.migrate import upgrade
from loyaltydesk.store.unit_of_work import UnitOfWorkFactory
from loyaltydesk.sync.http import Credentials
from loyaltydesk.sync.setup import open_provider
from loyaltydesk.sync.worker import SyncEngine
from tests.conftest import FakeClock
from tests.integration.sync.e2e_work import OWNER, furnished
from tests.support.emulators.cata import CataEmulator

CUSTOMERS = 6
CHECK_INS = 120
"""Over one simulated hour: one every 30 s."""


def shop(path: Path, clock: FakeClock) -> Services:
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    return furnished(build_services(UnitOfWorkFactory(engine), clock=clock), ())


def members(services: Services, phones: list[str]) -> list[str]:
    return [services.customers.register(actor=OWNER, ref_code=f"reg-{n}", phone=phone).customer_id
            for n, phone in enumerate(phones)]  # fmt: skip


class ConnectWatch:
    """Records every outgoing connection attempt made from the counter's (this) thread."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.counter = threading.current_thread()
        self.attempts = 0
        original = socket.socket.connect

        def connect(sock: socket.socket, address: Any) -> None:
            if threading.current_thread() is self.counter:
                self.attempts += 1
            original(sock, address)

        monkeypatch.setattr(socket.socket, "connect", connect)


def wait_until(condition: Any, timeout: float) -> None:
    end = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < end, "timed out"
        time.sleep(0.05)


@pytest.mark.slow
def test_an_offline_hour_costs_the_counter_nothing_then_drains_in_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = FakeClock()
    plain, synced = shop(tmp_path / "plain.db", clock), shop(tmp_path / "synced.db", clock)
    with CataEmulator() as emulator:
        synced.sync.configure(actor=OWNER, provider="cata", base_url=emulator.base_url)
        phones = [f"+6012400{n:04d}" for n in range(CUSTOMERS)]
        plain_ids, synced_ids = members(plain, phones), members(synced, phones)
        remote = [emulator.seed_customer(phone=phone) for phone in phones]
        settings = synced.sync.settings()
        assert settings is not None
        provider = open_provider(settings, Credentials(api_key=emulator.api_key))
        engine = SyncEngine.from_services(synced, provider)
        stop = threading.Event()
        worker = threading.Thread(target=engine.run_forever, args=(stop,), kwargs={"idle": 0.2})
        watch = ConnectWatch(monkeypatch)
        timings: dict[str, list[float]] = {"plain": [], "synced": []}
        order: dict[int, list[str]] = {n: [] for n in range(CUSTOMERS)}
        with emulator.network_down():
            worker.start()
            for step in range(CHECK_INS):
                n = step % CUSTOMERS
                clock.advance(seconds=30)
                for name, services, ids in (("plain", plain, plain_ids),
                                            ("synced", synced, synced_ids)):  # fmt: skip
                    started = time.perf_counter()
                    services.points.check_in(customer=ids[n], actor=OWNER, amount="12",
                                             ref_code=f"{name}-{step}", confirm=True)  # fmt: skip
                    timings[name].append(time.perf_counter() - started)
                order[n].append(f"synced-{step}")
            grown = synced.sync.status().pending
            assert sum(len(emulator.ledger(r)) for r in remote) == 0
        clock.advance(minutes=30)  # every retry the engine scheduled is due
        try:
            wait_until(lambda: synced.sync.status().pending == 0, timeout=90)
        finally:
            stop.set()
            worker.join(30)
            provider.close()
        assert not worker.is_alive()
    assert grown == CUSTOMERS + CHECK_INS
    assert watch.attempts == 0  # the check-in path never touched the network
    plain_ms, synced_ms = (statistics.median(timings[k]) * 1000 for k in ("plain", "synced"))
    assert synced_ms < 2 * plain_ms + 0.5, (plain_ms, synced_ms)
    for n, remote_id in enumerate(remote):
        assert [entry.ref_code for entry in emulator.ledger(remote_id)] == order[n]
    for services in (plain, synced):
        services.context.uow.engine.dispose()
