"""The per-minute limit, measured where it matters: at the provider. An emulator allowing 100
requests a minute, the engine set up for 100 a minute and a queue of 150 calls: the emulator
never sees more than 100 in any 60 s, answers no 429, and everything arrives."""

from __future__ import annotations

from pathlib import Path

import pytest

from loyaltydesk.sync.http import Credentials
from loyaltydesk.sync.setup import open_provider
from tests.integration.sync.e2e_work import OWNER, drain, engine_for, sqlite_shop
from tests.support.emulators.cata import CataEmulator

LIMIT = 100
CUSTOMERS = 10
CHECK_INS = 14
"""Per customer: 10 look-ups + 140 check-ins = 150 calls."""


@pytest.mark.slow
def test_a_100_per_minute_limit_is_never_exceeded_at_the_provider(tmp_path: Path) -> None:
    services = sqlite_shop(str(tmp_path / "shop.db"))
    with CataEmulator(rate_limit=LIMIT, rate_window=60) as emulator:
        services.sync.configure(actor=OWNER, provider="cata", base_url=emulator.base_url,
                                per_minute=LIMIT)  # fmt: skip
        remote = []
        for n in range(CUSTOMERS):
            phone = f"+6012300{n:04d}"
            remote.append(emulator.seed_customer(phone=phone))
            card = services.customers.register(actor=OWNER, ref_code=f"reg-{n}", phone=phone)
            for visit in range(CHECK_INS):
                services.points.check_in(customer=card.customer_id, actor=OWNER, amount="10",
                                         ref_code=f"c{n}-{visit}", confirm=True)  # fmt: skip
        settings = services.sync.settings()
        assert settings is not None
        provider = open_provider(settings, Credentials(api_key=emulator.api_key))
        try:
            drain([engine_for(services, provider, seed=4)], timeout=180, poll=0.2)
        finally:
            provider.close()
        calls = len(emulator.log)
        refused = sum(1 for entry in emulator.log if entry.status == 429)
        busiest = emulator.max_in_any_window(60)
        span = emulator.log[-1].at - emulator.log[0].at
    assert (calls, refused) == (CUSTOMERS * (CHECK_INS + 1), 0)
    assert busiest <= LIMIT
    assert span >= 60  # the last 50 waited for the window: nothing was dropped to go faster
    for remote_id in remote:
        assert len(emulator.ledger(remote_id)) == CHECK_INS
    services.context.uow.engine.dispose()
