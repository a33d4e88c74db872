"""customer name words: each later word of a name, so a surname look-up uses an index

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30 02:45:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

BATCH = 5000


def upgrade() -> None:
    op.create_table(
        "customer_name_word",
        sa.Column("tail", sa.String(length=120), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_customer_name_word_customer_id_customer"),
        ),
        sa.PrimaryKeyConstraint("tail", "customer_id", name=op.f("pk_customer_name_word")),
    )
    op.create_index(
        "ix_customer_name_word_customer", "customer_name_word", ["customer_id"], unique=False
    )
    _backfill(op.get_bind())


def downgrade() -> None:
    op.drop_index("ix_customer_name_word_customer", table_name="customer_name_word")
    op.drop_table("customer_name_word")


def _backfill(connection: sa.Connection) -> None:
    """Every customer's name words, in batches by id (plain SQL: SQLite and PostgreSQL alike)."""
    read = sa.text(
        "SELECT id, name_key FROM customer WHERE id > :after AND name_key LIKE '% %'"
        " ORDER BY id LIMIT :batch"
    )
    write = sa.text("INSERT INTO customer_name_word (tail, customer_id) VALUES (:tail, :cid)")
    after = 0
    while True:
        rows = connection.execute(read, {"after": after, "batch": BATCH}).all()
        if not rows:
            return
        words = [
            {"tail": " ".join(parts[i:]), "cid": cid}
            for cid, key in rows
            for parts in [key.split(" ")]
            for i in range(1, len(parts))
            if parts[i]
        ]
        if words:
            connection.execute(write, words)
        after = rows[-1][0]
