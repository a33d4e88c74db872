"""Crash safety: a till recording check-ins is killed with SIGKILL at random moments; after every
restart each acknowledged check-in is stored exactly once, balances equal their ledger, and the
SQLite file passes its integrity check. A killed till's unacknowledged check-in is retried with
the same ref_code, as a cashier pressing Enter again would, and replays if it had landed."""

from __future__ import annotations

import os
import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import FakeClock
from tests.integration.reliability.crash_harness import CrashLog, CrashTill, check_store
from tests.integration.reliability.shop import OWNER, open_tills, pg_database, set_up_shop

PHONES = [f"+6012345{n:04d}" for n in range(5)]
#: Kill each till at a random moment up to this long after its first acknowledged check-in...
LONGEST_LIFE = 0.25
#: ... or, this often, that long after it was started: perhaps while it opens the store.
WHILE_OPENING = 0.2


def crash_rounds(url: str, kills: int, seed: int) -> CrashLog:
    set_up_shop(url)
    (services,) = open_tills(url, 1, FakeClock())
    for n, phone in enumerate(PHONES):
        services.customers.register(actor=OWNER, ref_code=f"reg-{n}", phone=phone)
    services.context.uow.engine.dispose()
    rng = random.Random(seed)
    log = CrashLog()
    server = CrashTill(url, PHONES)
    try:
        for _ in range(kills):
            early = rng.random() < WHILE_OPENING
            server.run_and_kill(log, rng.uniform(0, LONGEST_LIFE), while_opening=early)
            check_store(url, log)
    finally:
        server.close()
    return log


@pytest.fixture
def seed() -> int:
    """Random each run, fixed with LOYALTYDESK_CRASH_SEED to replay a failure."""
    return int(os.environ.get("LOYALTYDESK_CRASH_SEED") or random.randrange(1 << 32))


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'shop.db'}"
        return
    with pg_database(request.getfixturevalue("pg_server")) as url:
        yield url


def test_twenty_kills_lose_no_acknowledged_check_in(empty_url: str, seed: int) -> None:
    log = crash_rounds(empty_url, kills=20, seed=seed)
    print(f"seed={seed} acknowledged={len(log.acks)} replays={log.replays} "
          f"killed while opening={log.killed_before_ready}")  # fmt: skip
    assert len(log.acks) >= log.late_kills >= 1, f"the tills hardly ran (seed {seed})"


@pytest.mark.slow
def test_two_hundred_kills_lose_no_acknowledged_check_in(empty_url: str, seed: int) -> None:
    log = crash_rounds(empty_url, kills=200, seed=seed)
    print(f"seed={seed} acknowledged={len(log.acks)} replays={log.replays} "
          f"killed while opening={log.killed_before_ready}")  # fmt: skip
    assert len(log.acks) >= log.late_kills >= 100, f"the tills hardly ran (seed {seed})"
