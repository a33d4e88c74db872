"""Engines for SQLite (WAL, foreign keys, durable commits) and PostgreSQL."""

from __future__ import annotations

import sqlite3
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

#: Execution option read at BEGIN on SQLite: "IMMEDIATE" takes the write lock up front, so two
#: tills writing at once queue on busy_timeout instead of failing on a lock upgrade.
SQLITE_BEGIN = "sqlite_begin"


def make_engine(url: str, *, durable: bool = True, echo: bool = False) -> Engine:
    """An engine for ``url``. ``durable=False`` (bulk demo/benchmark builds only) skips fsyncs."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        from loyaltydesk.store.models import add_postgresql_options

        add_postgresql_options()
        return create_engine(url, echo=echo, pool_pre_ping=True, future=True)
    engine = create_engine(url, echo=echo, future=True, connect_args={"timeout": 10})
    synchronous = "FULL" if durable else "OFF"

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event emit BEGIN itself (see below).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA synchronous={synchronous}")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        mode = connection.get_execution_options().get(SQLITE_BEGIN, "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")

    return engine


def writer(engine: Engine) -> Engine:
    """The same engine (same pool), beginning write transactions immediately on SQLite."""
    if engine.dialect.name == "sqlite":
        return engine.execution_options(**{SQLITE_BEGIN: "IMMEDIATE"})
    return engine
