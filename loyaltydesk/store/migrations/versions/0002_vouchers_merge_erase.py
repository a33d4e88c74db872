"""vouchers; customer merge and erase markers

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 16:58:57.364935
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import loyaltydesk.store.types

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "voucher_batch",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("type", sa.String(length=16), nullable=False),
        sa.Column("value", loyaltydesk.store.types.Money(precision=18, scale=4), nullable=True),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("valid_from", loyaltydesk.store.types.UtcDateTime(), nullable=True),
        sa.Column("valid_until", loyaltydesk.store.types.UtcDateTime(), nullable=True),
        sa.Column(
            "min_purchase", loyaltydesk.store.types.Money(precision=18, scale=4), nullable=True
        ),
        sa.Column("created_at", loyaltydesk.store.types.UtcDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("voided_at", loyaltydesk.store.types.UtcDateTime(), nullable=True),
        sa.Column("void_reason", sa.String(length=200), nullable=False),
        sa.CheckConstraint(
            "quantity BETWEEN 1 AND 1000", name=op.f("ck_voucher_batch_quantity_range")
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["staff.id"], name=op.f("fk_voucher_batch_created_by_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_voucher_batch")),
    )
    op.create_table(
        "voucher",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=12), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("redeemed_at", loyaltydesk.store.types.UtcDateTime(), nullable=True),
        sa.Column("redeemed_till", sa.String(length=64), nullable=True),
        sa.Column("redeemed_by_id", sa.Integer(), nullable=True),
        sa.Column("operation_id", sa.Integer(), nullable=True),
        sa.Column(
            "purchase_amount", loyaltydesk.store.types.Money(precision=18, scale=4), nullable=True
        ),
        sa.Column("discount", loyaltydesk.store.types.Money(precision=18, scale=4), nullable=True),
        sa.Column("voided_at", loyaltydesk.store.types.UtcDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["batch_id"], ["voucher_batch.id"], name=op.f("fk_voucher_batch_id_voucher_batch")
        ),
        sa.ForeignKeyConstraint(
            ["operation_id"], ["operation.id"], name=op.f("fk_voucher_operation_id_operation")
        ),
        sa.ForeignKeyConstraint(
            ["redeemed_by_id"], ["staff.id"], name=op.f("fk_voucher_redeemed_by_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_voucher")),
        sa.UniqueConstraint("code", name=op.f("uq_voucher_code")),
    )
    with op.batch_alter_table("voucher", schema=None) as batch_op:
        batch_op.create_index("ix_voucher_batch_status", ["batch_id", "status"], unique=False)

    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("erased_at", loyaltydesk.store.types.UtcDateTime(), nullable=True)
        )
        batch_op.add_column(sa.Column("merged_into_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_customer_merged_into_id_customer"),
            "customer",
            ["merged_into_id"],
            ["id"],
        )


def downgrade() -> None:
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_customer_merged_into_id_customer"), type_="foreignkey"
        )
        batch_op.drop_column("merged_into_id")
        batch_op.drop_column("erased_at")

    with op.batch_alter_table("voucher", schema=None) as batch_op:
        batch_op.drop_index("ix_voucher_batch_status")

    op.drop_table("voucher")
    op.drop_table("voucher_batch")
