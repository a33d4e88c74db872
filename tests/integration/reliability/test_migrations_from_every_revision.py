"""Migrations from every revision: a database made at each Alembic revision (found through
Alembic's ScriptDirectory, so a new revision is covered without editing this file) and filled
with rows as that revision stored them upgrades to head with every row, balance, amount and
constraint intact, on SQLite and on PostgreSQL."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, text
from sqlalchemy.exc import IntegrityError

from loyaltydesk.services.facade import build_services
from loyaltydesk.store.engine import make_engine
from loyaltydesk.store.migrate import alembic_config, current_revision, head_revision, upgrade
from loyaltydesk.store.models import Base
from loyaltydesk.store.unit_of_work import UnitOfWorkFactory
from tests.conftest import FakeClock
from tests.integration.reliability.migration_seeds import (
    MEI,
    MEI_BIRTH_DATE,
    NO_SERIAL_ID,
    ROWS,
    SEEDS,
    Values,
)
from tests.integration.reliability.shop import OWNER, balances_match_ledger, pg_database

REVISIONS = [s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()]
REVISIONS.reverse()  # oldest first


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def empty_engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    if request.param == "sqlite":
        engine = make_engine(f"sqlite:///{tmp_path / 'old.db'}")
        yield engine
        engine.dispose()
        return
    with pg_database(request.getfixturevalue("pg_server")) as url:
        engine = make_engine(url)
        yield engine
        engine.dispose()


def build_at(engine: Engine, target: str) -> Counter[str]:
    """Step the schema up to ``target``, seeding as each revision is reached; the rows written."""
    values = Values(engine.dialect.name)
    written: Counter[str] = Counter()
    for revision in REVISIONS[: REVISIONS.index(target) + 1]:
        upgrade(engine, revision)
        if revision in SEEDS:
            with engine.begin() as c:
                SEEDS[revision](c, values)
                if not values.sqlite:  # the seeds name their ids; move the sequences past them
                    for table in set(ROWS[revision]) - NO_SERIAL_ID:
                        c.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                       f"(SELECT MAX(id) FROM {table}))"))  # fmt: skip
            written.update(ROWS[revision])
    assert current_revision(engine) == target
    return written


def refused(engine: Engine, sql: str) -> bool:
    try:
        with engine.begin() as c:
            c.execute(text(sql))
    except IntegrityError:
        return True
    return False


def test_every_revision_is_covered_and_the_first_is_seeded() -> None:
    assert REVISIONS[0] in SEEDS
    assert REVISIONS[-1] == head_revision()


@pytest.mark.parametrize("revision", REVISIONS)
def test_a_filled_database_upgrades_to_head_intact(empty_engine: Engine, revision: str) -> None:
    engine = empty_engine
    written = build_at(engine, revision)
    upgrade(engine)
    assert current_revision(engine) == head_revision()
    with engine.connect() as c:
        for table, rows in written.items():
            if table != "customer_name_word":  # checked below, with what 0005 derived
                assert c.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar() == rows, table
        words = {("ling", 1), ("ah kow", 2), ("kow", 2)}  # 0005's backfill of 0001's names
        if "customer_name_word" in written:
            words |= {("mei hua", 4), ("hua", 4)}
        stored = c.execute(text("SELECT tail, customer_id FROM customer_name_word")).all()
        assert set(map(tuple, stored)) == words
        assert (
            c.execute(text("SELECT SUM(points) FROM allocation")).scalar(),
            c.execute(text("SELECT remaining FROM ledger_entry WHERE id = 1")).scalar(),
        ) == (100, 150)
        # 0007 gave the birth dates before it their month and day; a year-less one stays so.
        birthdays = c.execute(text("SELECT id, birth_month, birth_day FROM customer "
                                   "WHERE birth_month IS NOT NULL ORDER BY id")).all()  # fmt: skip
        expected = [(1, MEI_BIRTH_DATE.month, MEI_BIRTH_DATE.day)]
        if written["customer"] == 5:
            expected.append((5, 2, 29))
        assert list(map(tuple, birthdays)) == expected
        assert compare_metadata(MigrationContext.configure(c), Base.metadata) == []
    assert balances_match_ledger(engine) == []

    clock = FakeClock()
    clock.advance(days=1)  # past the seeded check-in's cooldown
    services = build_services(UnitOfWorkFactory(engine), clock=clock)
    card = services.customers.lookup("+60123456789")
    assert (card.customer_id, card.name, card.balance, card.short_code) == (
        str(MEI), "Mei Ling", 150, "A1B2C3")  # fmt: skip
    assert services.customers.lookup("tan@example.com").name == "Tan Ah Kow"
    # Name words: backfilled by 0005 for the customers before it, kept for those after.
    assert [c.name for c in services.customers.search("ah kow")] == ["Tan Ah Kow"]
    if "customer_name_word" in written:
        assert [c.name for c in services.customers.search("hua")] == ["Lee Mei Hua"]
    with services.context.uow.read() as uow:
        assert uow.operations.by_ref("in-1").amount == Decimal("250.55")
    if "voucher" in written:
        assert services.vouchers.look_up_voucher("Z9y8X7w6V5u4").status == "ISSUED"
        assert services.vouchers.look_up_voucher("a1B2c3D4e5F6").status == "REDEEMED"
        assert services.vouchers.get_batch(1).min_purchase == Decimal("10.50")
    after = services.points.check_in(
        customer=card.customer_id, actor=OWNER, ref_code="after-upgrade", amount="10"
    )
    assert after.balance == 160
    assert balances_match_ledger(engine) == []

    # The constraints came through: a negative balance, a second phone, a reused ref_code, a
    # ledger entry for nobody and a redeemed points lot below zero are all refused.
    assert refused(engine, "UPDATE customer SET balance = -1 WHERE id = 1")
    assert refused(engine, "UPDATE customer SET phone = '+60123456789' WHERE id = 2")
    assert refused(engine, "UPDATE operation SET ref_code = 'in-1' WHERE id = 2")
    assert refused(engine, "UPDATE ledger_entry SET customer_id = 999 WHERE id = 2")
    assert refused(engine, "UPDATE ledger_entry SET remaining = -1 WHERE id = 1")
    # A birthday is a real month and a day, both or neither.
    assert refused(engine, "UPDATE customer SET birth_month = 13 WHERE id = 1")
    assert refused(engine, "UPDATE customer SET birth_day = NULL WHERE id = 1")
    assert refused(engine, "UPDATE customer SET birth_month = 5 WHERE id = 2")
