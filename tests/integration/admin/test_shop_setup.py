"""The first start's one service call: settings, owner and first reward together, idempotent."""

from __future__ import annotations

from pathlib import Path

import pytest

from loyaltydesk.domain.errors import ErrorCode, LoyaltyError
from loyaltydesk.domain.program import EarnMode, ProgramRules, ShopProfile, ShopSettings
from loyaltydesk.services.facade import build_services
from loyaltydesk.services.shop_setup import ShopSetup
from loyaltydesk.store.engine import make_engine
from loyaltydesk.store.migrate import upgrade
from loyaltydesk.store.unit_of_work import UnitOfWorkFactory


@pytest.fixture
def empty(tmp_path: Path):
    engine = make_engine(f"sqlite:///{tmp_path / 'new.db'}")
    upgrade(engine)
    yield build_services(UnitOfWorkFactory(engine))
    engine.dispose()


def _setup(**changes: object) -> ShopSetup:
    values: dict[str, object] = {
        "settings": ShopSettings(
            ShopProfile("Bakso Corner", "IDR", "ID", "Asia/Jakarta"),
            ProgramRules(earn_mode=EarnMode.UNIT),
        ),
        "owner_name": "Nora Hassan",
        "owner_pin": "2468",
        "reward_title": "Free bowl",
        "reward_cost": 10,
    }
    values.update(changes)
    return ShopSetup(**values)  # type: ignore[arg-type]


def test_setup_writes_the_shop_once_and_a_retry_replays(empty) -> None:
    assert empty.shop_setup.needs_setup()
    first = empty.shop_setup.set_up_shop(setup=_setup())
    again = empty.shop_setup.set_up_shop(setup=_setup())
    assert (again.owner_id, again.replayed, first.replayed) == (first.owner_id, True, False)
    assert not empty.shop_setup.needs_setup()
    assert empty.program.get_settings().profile.currency == "IDR"
    assert [r.title for r in empty.rewards.list_rewards()] == ["Free bowl"]
    assert [s.name for s in empty.staff.list_staff()] == ["Nora Hassan"]
    owner = empty.staff.sign_in(pin="2468", till="Till 1")
    actions = [e.action for e in empty.audit.list_audit(actor=owner).entries]
    assert sorted(actions) == ["reward.add", "settings.save", "staff.add", "staff.sign_in"]


def test_another_setup_of_a_set_up_shop_is_refused(empty) -> None:
    empty.shop_setup.set_up_shop(setup=_setup())
    with pytest.raises(LoyaltyError) as refused:
        empty.shop_setup.set_up_shop(setup=_setup(owner_pin="1357"))
    assert refused.value.code == ErrorCode.SHOP_NOT_EMPTY


def test_a_bad_value_writes_nothing(empty) -> None:
    with pytest.raises(LoyaltyError):
        empty.shop_setup.set_up_shop(setup=_setup(reward_cost=0))
    assert empty.shop_setup.needs_setup()
    assert not empty.program.is_set_up()
