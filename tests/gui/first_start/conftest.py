"""A brand-new data folder: a migrated database with no shop and no staff."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from loyaltydesk.services.facade import Services, build_services
from loyaltydesk.store.engine import make_engine
from loyaltydesk.store.migrate import upgrade
from loyaltydesk.store.unit_of_work import UnitOfWorkFactory


@pytest.fixture
def empty_db(tmp_path: Path) -> Path:
    return tmp_path / "loyaltydesk.db"


@pytest.fixture
def empty_services(empty_db: Path) -> Iterator[Services]:
    engine = make_engine(f"sqlite:///{empty_db}")
    upgrade(engine)
    yield build_services(UnitOfWorkFactory(engine))
    engine.dispose()
