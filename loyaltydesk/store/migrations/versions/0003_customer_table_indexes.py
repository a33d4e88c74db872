"""customer indexes for the owner's table filters and sorts

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 17:24:22.046291
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.create_index("ix_customer_balance", ["balance"], unique=False)
        batch_op.create_index("ix_customer_last_seen", ["last_seen_at"], unique=False)
        batch_op.create_index("ix_customer_merged_into", ["merged_into_id"], unique=False)
        batch_op.create_index("ix_customer_status", ["status"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.drop_index("ix_customer_status")
        batch_op.drop_index("ix_customer_merged_into")
        batch_op.drop_index("ix_customer_last_seen")
        batch_op.drop_index("ix_customer_balance")
