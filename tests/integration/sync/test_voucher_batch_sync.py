"""A voucher batch has no idempotency key at any provider (KiriMel has no key and no list
call): an ambiguous failure of its creation is a problem for the owner, never a resend."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from loyaltydesk.sync.http import Credentials
from loyaltydesk.sync.sending import BATCH_MAY_EXIST
from loyaltydesk.sync.setup import open_provider
from tests.integration.sync.e2e_work import OWNER, drain, engine_for, sqlite_shop
from tests.support.emulators.kirimel import API_KEY, API_SECRET, KiriMelEmulator
from tests.support.emulators.server import Request, _DropError


class _DropsAfterCreating(KiriMelEmulator):
    """Creates the batch, then drops the connection without an answer."""

    def _create_batch(self, request: Request) -> Any:
        super()._create_batch(request)
        raise _DropError("drop_after")


def test_an_ambiguous_batch_creation_is_a_problem_and_is_not_sent_again(tmp_path: Path) -> None:
    services = sqlite_shop(str(tmp_path / "shop.db"))
    with _DropsAfterCreating() as emulator:
        services.sync.configure(actor=OWNER, provider="kirimel", base_url=emulator.base_url)
        services.vouchers.create_batch(actor=OWNER, name="Spring", voucher_type="FIXED",
                                       quantity=3, value="5.00")  # fmt: skip
        settings = services.sync.settings()
        assert settings is not None
        provider = open_provider(settings, Credentials(API_KEY, API_SECRET))
        try:
            drain([engine_for(services, provider, seed=1)], timeout=30)
        finally:
            provider.close()
        batches = [entry for entry in emulator.log if entry.path == "/vouchers/batches/create"]
    assert len(batches) == 1
    assert len({voucher.batch_id for voucher in emulator.vouchers.values()}) == 1
    (problem,) = services.sync.problems(actor=OWNER)
    assert problem.code == BATCH_MAY_EXIST
    assert "may have been created at the service; check there" in problem.message
    services.context.uow.engine.dispose()
