"""sync: the outbox of operations for the hosted loyalty service, and customer links

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 10:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import loyaltydesk.store.types

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("provider", sa.String(length=24), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("remote_id", sa.String(length=120), nullable=False),
        sa.Column("remote_balance", sa.Integer(), nullable=True),
        sa.Column("balance_read_at", loyaltydesk.store.types.UtcDateTime(), nullable=True),
        sa.Column("local_balance", sa.Integer(), nullable=True),
        sa.Column("linked_at", loyaltydesk.store.types.UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_sync_link_customer_id_customer")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_link")),
        sa.UniqueConstraint("provider", "customer_id", name="uq_sync_link_provider_customer"),
        sa.UniqueConstraint("provider", "remote_id", name="uq_sync_link_provider_remote"),
    )
    op.create_table(
        "sync_outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("provider", sa.String(length=24), nullable=False),
        sa.Column("ref_code", sa.String(length=80), nullable=False),
        sa.Column("operation_id", sa.Integer(), nullable=True),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("lane", sa.String(length=24), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.Column("amount", loyaltydesk.store.types.Money(precision=18, scale=4), nullable=True),
        sa.Column("units", sa.Integer(), nullable=True),
        sa.Column(
            "payment_value", loyaltydesk.store.types.Money(precision=18, scale=4), nullable=True
        ),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("voucher_code", sa.String(length=40), nullable=True),
        sa.Column("voucher_batch_id", sa.Integer(), nullable=True),
        sa.Column(
            "purchase_amount", loyaltydesk.store.types.Money(precision=18, scale=4), nullable=True
        ),
        sa.Column("reverses_ref", sa.String(length=80), nullable=True),
        sa.Column("reverses_action", sa.String(length=16), nullable=True),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", loyaltydesk.store.types.UtcDateTime(), nullable=False),
        sa.Column("claimed_by", sa.String(length=64), nullable=True),
        sa.Column("claimed_until", loyaltydesk.store.types.UtcDateTime(), nullable=True),
        sa.Column("ambiguous", sa.Boolean(), nullable=False),
        sa.Column("snapshot", sa.Text(), nullable=True),
        sa.Column("retries", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("last_error_code", sa.String(length=64), nullable=False),
        sa.Column("last_error_message", sa.String(length=300), nullable=False),
        sa.Column("remote_ref", sa.String(length=120), nullable=True),
        sa.Column("remote_points", sa.Integer(), nullable=True),
        sa.Column("created_at", loyaltydesk.store.types.UtcDateTime(), nullable=False),
        sa.Column("sent_at", loyaltydesk.store.types.UtcDateTime(), nullable=True),
        sa.Column("resolved_reason", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_sync_outbox_customer_id_customer")
        ),
        sa.ForeignKeyConstraint(
            ["operation_id"], ["operation.id"], name=op.f("fk_sync_outbox_operation_id_operation")
        ),
        sa.ForeignKeyConstraint(
            ["voucher_batch_id"],
            ["voucher_batch.id"],
            name=op.f("fk_sync_outbox_voucher_batch_id_voucher_batch"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_outbox")),
        sa.UniqueConstraint("ref_code", name=op.f("uq_sync_outbox_ref_code")),
    )
    with op.batch_alter_table("sync_outbox", schema=None) as batch_op:
        batch_op.create_index("ix_sync_outbox_operation", ["operation_id"], unique=False)
        batch_op.create_index(
            "ix_sync_outbox_state_due", ["state", "next_attempt_at"], unique=False
        )
        batch_op.create_index("ix_sync_outbox_state_lane", ["state", "lane", "id"], unique=False)
    # A hosted service's own voucher codes (KiriMel's example is 20 characters) fit.
    with op.batch_alter_table("voucher", schema=None) as batch_op:
        batch_op.alter_column(
            "code", existing_type=sa.String(length=12), type_=sa.String(length=40),
            existing_nullable=False,
        )  # fmt: skip


def downgrade() -> None:
    with op.batch_alter_table("voucher", schema=None) as batch_op:
        batch_op.alter_column(
            "code", existing_type=sa.String(length=40), type_=sa.String(length=12),
            existing_nullable=False,
        )  # fmt: skip
    with op.batch_alter_table("sync_outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_sync_outbox_state_lane")
        batch_op.drop_index("ix_sync_outbox_state_due")
        batch_op.drop_index("ix_sync_outbox_operation")

    op.drop_table("sync_outbox")
    op.drop_table("sync_link")
