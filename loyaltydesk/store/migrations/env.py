"""Alembic environment: always run programmatically with a connection (see store/migrate.py)."""

from __future__ import annotations

from alembic import context

from loyaltydesk.store.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through loyaltydesk.store.migrate, not the alembic CLI")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
