"""customer birthday without a year: birth month and day beside the full birth date

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30 05:40:00.000000

A birthday imported or typed as ``05-14`` / ``14 May`` is kept as its month and day; the
birthday bonus reads only those. ``birth_date`` stays, for the full date when the year is
known. Existing birth dates give their month and day.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

BIRTHDAY_PARTS = (
    "(birth_month IS NULL AND birth_day IS NULL AND birth_date IS NULL) OR "
    "(birth_month IS NOT NULL AND birth_day IS NOT NULL"
    " AND birth_month BETWEEN 1 AND 12 AND birth_day BETWEEN 1 AND 31)"
)


def upgrade() -> None:
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.add_column(sa.Column("birth_month", sa.SmallInteger(), nullable=True))
        batch_op.add_column(sa.Column("birth_day", sa.SmallInteger(), nullable=True))
    if op.get_bind().dialect.name == "sqlite":
        month = "CAST(strftime('%m', birth_date) AS INTEGER)"
        day = "CAST(strftime('%d', birth_date) AS INTEGER)"
    else:
        month = "EXTRACT(MONTH FROM birth_date)"
        day = "EXTRACT(DAY FROM birth_date)"
    op.execute(
        f"UPDATE customer SET birth_month = {month}, birth_day = {day} WHERE birth_date IS NOT NULL"
    )
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.create_check_constraint(op.f("ck_customer_birthday_parts"), BIRTHDAY_PARTS)


def downgrade() -> None:
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_customer_birthday_parts"), type_="check")
        batch_op.drop_column("birth_day")
        batch_op.drop_column("birth_month")
