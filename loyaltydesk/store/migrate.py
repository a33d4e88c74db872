"""Bring a database to the newest schema, in place, before anything else touches it.

Alembic is imported inside the functions: it is slow to import, and a start on a database
whose schema is current (see ``loyaltydesk.schema_revision``) never needs it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from loyaltydesk.domain.errors import ErrorCode, RefusedError

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

_MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:  # a damaged install: refuse to open a shop database without a schema
        raise RefusedError(
            "This installation is damaged: its database migrations are missing. Reinstall it.",
            code=ErrorCode.STORE_UNAVAILABLE,
        )
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Upgrade to ``revision``; refuse a database written by a newer loyaltydesk."""
    from alembic import command
    from alembic.script import ScriptDirectory

    head_revision()
    current = current_revision(engine)
    script = ScriptDirectory.from_config(alembic_config())
    if current is not None and not _known(script, current):
        raise RefusedError(
            "This shop database was made by a newer loyaltydesk. Update the app to open it.",
            code=ErrorCode.STORE_UNAVAILABLE,
        )
    config = alembic_config()
    with engine.connect() as connection:
        sqlite = engine.dialect.name == "sqlite"
        if sqlite:
            # Batch migrations rebuild tables (copy, drop, rename); SQLite refuses to drop a
            # table others point at while foreign keys are enforced. The switch only works
            # outside a transaction, so it goes to the driver before SQLAlchemy begins one.
            connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RefusedError(
                            "The database upgrade found broken links between records.",
                            code=ErrorCode.STORE_UNAVAILABLE,
                        )
        finally:
            if sqlite:
                connection.connection.driver_connection.execute("PRAGMA foreign_keys=ON")


def _known(script: ScriptDirectory, revision: str) -> bool:
    from alembic.util import CommandError

    try:
        return script.get_revision(revision) is not None
    except CommandError:
        return False
