"""Shared fixtures: offscreen Qt, and real SQLite shop databases copied from one template."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LOYALTYDESK_HOME", str(Path(__file__).parent / "artifacts" / "home"))

from loyaltydesk.domain.program import (
    EarnMode,
    ProgramRules,
    ShopProfile,
    ShopSettings,
    Tier,
)
from loyaltydesk.domain.staff import Actor, Role
from loyaltydesk.services.facade import Services, build_services
from loyaltydesk.store.engine import make_engine
from loyaltydesk.store.migrate import upgrade
from loyaltydesk.store.unit_of_work import UnitOfWorkFactory
from tests.support.tools import require_command

ARTIFACTS = Path(__file__).parent / "artifacts"
OWNER_PIN = "1234"
CASHIER_PIN = "0000"
START = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


class FakeClock:
    """A clock tests move by hand."""

    def __init__(self, start: datetime = START) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


def shop_settings(**rules: object) -> ShopSettings:
    base = ProgramRules(
        earn_mode=EarnMode.SPEND,
        spend_per_point=Decimal("1.00"),
        tiers=(
            Tier("Member", Decimal(0), Decimal(1)),
            Tier("Silver", Decimal(500), Decimal("1.5")),
            Tier("Gold", Decimal(1500), Decimal(2)),
        ),
        expiry_months=12,
        cooldown_minutes=10,
        birthday_bonus_points=50,
        point_value=Decimal("0.01"),
        void_window_minutes=15,
    )
    fields = {name: getattr(base, name) for name in base.__dataclass_fields__}
    fields.update(rules)
    return ShopSettings(
        ShopProfile("Test Café", "MYR", "MY", "Asia/Kuala_Lumpur"), ProgramRules(**fields)
    )


@pytest.fixture(scope="session")
def shop_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated shop with settings, an owner, a cashier and three rewards."""
    path = tmp_path_factory.mktemp("template") / "shop.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    services = build_services(UnitOfWorkFactory(engine), clock=FakeClock(START))
    services.program.save_settings(actor=None, settings=shop_settings())
    services.staff.add_staff(actor=None, name="Olive Owner", role=Role.OWNER, pin=OWNER_PIN)
    owner = Actor(1, "Olive Owner", Role.OWNER, "Till 1")
    services.staff.add_staff(actor=owner, name="Cass Cashier", role=Role.CASHIER, pin=CASHIER_PIN)
    for order, (title, cost) in enumerate([("Free coffee", 100), ("10% off", 500), ("Tote", 2000)]):
        services.rewards.add_reward(actor=owner, title=title, cost=cost, sort_order=order)
    engine.dispose()
    return path


@pytest.fixture
def db_path(tmp_path: Path, shop_template: Path) -> Path:
    target = tmp_path / "shop.db"
    shutil.copyfile(shop_template, target)
    return target


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def services(db_path: Path, clock: FakeClock) -> Iterator[Services]:
    engine = make_engine(f"sqlite:///{db_path}")
    yield build_services(UnitOfWorkFactory(engine), clock=clock)
    engine.dispose()


@pytest.fixture
def owner() -> Actor:
    return Actor(1, "Olive Owner", Role.OWNER, "Till 1")


@pytest.fixture
def cashier() -> Actor:
    return Actor(2, "Cass Cashier", Role.CASHIER, "Till 1")


@pytest.fixture
def pdftoppm() -> str:
    """poppler's rasteriser, for tests that read printed PDFs back (see tests/support/tools.py)."""
    return require_command("pdftoppm", "poppler-utils")


@pytest.fixture
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
