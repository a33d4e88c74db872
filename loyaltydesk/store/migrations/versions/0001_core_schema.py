"""core schema: settings, staff, customers, rewards, operations, ledger, audit

Revision ID: 0001
Revises:
Create Date: 2026-11-24 16:48:54.654972
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import loyaltydesk.store.types

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "customer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("short_code", sa.String(length=6), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("name_key", sa.String(length=120), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("tier", sa.String(length=40), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("marketing_consent", sa.Boolean(), nullable=False),
        sa.Column("balance", sa.Integer(), nullable=False),
        sa.Column("joined_at", loyaltydesk.store.types.UtcDateTime(), nullable=False),
        sa.Column("last_seen_at", loyaltydesk.store.types.UtcDateTime(), nullable=True),
        sa.CheckConstraint("balance >= 0", name=op.f("ck_customer_balance_not_negative")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer")),
        sa.UniqueConstraint("email", name=op.f("uq_customer_email")),
        sa.UniqueConstraint("phone", name=op.f("uq_customer_phone")),
        sa.UniqueConstraint("short_code", name=op.f("uq_customer_short_code")),
        sa.UniqueConstraint("uuid", name=op.f("uq_customer_uuid")),
    )
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.create_index("ix_customer_name_key", ["name_key"], unique=False)

    op.create_table(
        "reward",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=80), nullable=False),
        sa.Column("cost", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.CheckConstraint("cost > 0", name=op.f("ck_reward_cost_positive")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reward")),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_at", loyaltydesk.store.types.UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "sign_in_throttle",
        sa.Column("till", sa.String(length=64), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("locked_until", loyaltydesk.store.types.UtcDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("till", name=op.f("pk_sign_in_throttle")),
    )
    op.create_table(
        "staff",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("pin_hash", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", loyaltydesk.store.types.UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff")),
    )
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", loyaltydesk.store.types.UtcDateTime(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("till", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("target_type", sa.String(length=24), nullable=False),
        sa.Column("target_id", sa.String(length=64), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_audit_entry_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index("ix_audit_at", ["at"], unique=False)

    op.create_table(
        "operation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ref_code", sa.String(length=80), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("till", sa.String(length=64), nullable=False),
        sa.Column("created_at", loyaltydesk.store.types.UtcDateTime(), nullable=False),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.Column("amount", loyaltydesk.store.types.Money(precision=18, scale=4), nullable=True),
        sa.Column("result", sa.Text(), nullable=False),
        sa.Column("voids_id", sa.Integer(), nullable=True),
        sa.Column("voided_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_operation_customer_id_customer")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_operation_staff_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["voided_by_id"], ["operation.id"], name=op.f("fk_operation_voided_by_id_operation")
        ),
        sa.ForeignKeyConstraint(
            ["voids_id"], ["operation.id"], name=op.f("fk_operation_voids_id_operation")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_operation")),
        sa.UniqueConstraint("ref_code", name=op.f("uq_operation_ref_code")),
    )
    with op.batch_alter_table("operation", schema=None) as batch_op:
        batch_op.create_index(
            "ix_operation_customer_kind_created",
            ["customer_id", "kind", "created_at"],
            unique=False,
        )
        batch_op.create_index("ix_operation_till_created", ["till", "created_at"], unique=False)

    op.create_table(
        "ledger_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("operation_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("delta", sa.Integer(), nullable=False),
        sa.Column("amount", loyaltydesk.store.types.Money(precision=18, scale=4), nullable=True),
        sa.Column("units", sa.Integer(), nullable=True),
        sa.Column("rule", sa.String(length=200), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("reward_id", sa.Integer(), nullable=True),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("till", sa.String(length=64), nullable=False),
        sa.Column("ref_code", sa.String(length=80), nullable=False),
        sa.Column("created_at", loyaltydesk.store.types.UtcDateTime(), nullable=False),
        sa.Column("expires_at", loyaltydesk.store.types.UtcDateTime(), nullable=True),
        sa.Column("remaining", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "remaining IS NULL OR remaining >= 0",
            name=op.f("ck_ledger_entry_remaining_not_negative"),
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_ledger_entry_customer_id_customer")
        ),
        sa.ForeignKeyConstraint(
            ["operation_id"], ["operation.id"], name=op.f("fk_ledger_entry_operation_id_operation")
        ),
        sa.ForeignKeyConstraint(
            ["reward_id"], ["reward.id"], name=op.f("fk_ledger_entry_reward_id_reward")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_ledger_entry_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ledger_entry")),
    )
    with op.batch_alter_table("ledger_entry", schema=None) as batch_op:
        batch_op.create_index(
            "ix_ledger_customer_created", ["customer_id", "created_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_ledger_entry_operation_id"), ["operation_id"], unique=False
        )
        batch_op.create_index(
            "ix_ledger_expiring",
            ["expires_at"],
            unique=False,
            sqlite_where=sa.text("remaining > 0"),
            postgresql_where=sa.text("remaining > 0"),
        )
        batch_op.create_index(
            "ix_ledger_open_lots",
            ["customer_id", "expires_at"],
            unique=False,
            sqlite_where=sa.text("remaining > 0"),
            postgresql_where=sa.text("remaining > 0"),
        )

    op.create_table(
        "allocation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("debit_entry_id", sa.Integer(), nullable=False),
        sa.Column("lot_entry_id", sa.Integer(), nullable=False),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["debit_entry_id"],
            ["ledger_entry.id"],
            name=op.f("fk_allocation_debit_entry_id_ledger_entry"),
        ),
        sa.ForeignKeyConstraint(
            ["lot_entry_id"],
            ["ledger_entry.id"],
            name=op.f("fk_allocation_lot_entry_id_ledger_entry"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_allocation")),
    )
    with op.batch_alter_table("allocation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_allocation_debit_entry_id"), ["debit_entry_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_allocation_lot_entry_id"), ["lot_entry_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("allocation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_allocation_lot_entry_id"))
        batch_op.drop_index(batch_op.f("ix_allocation_debit_entry_id"))

    op.drop_table("allocation")
    with op.batch_alter_table("ledger_entry", schema=None) as batch_op:
        batch_op.drop_index(
            "ix_ledger_open_lots",
            sqlite_where=sa.text("remaining > 0"),
            postgresql_where=sa.text("remaining > 0"),
        )
        batch_op.drop_index(
            "ix_ledger_expiring",
            sqlite_where=sa.text("remaining > 0"),
            postgresql_where=sa.text("remaining > 0"),
        )
        batch_op.drop_index(batch_op.f("ix_ledger_entry_operation_id"))
        batch_op.drop_index("ix_ledger_customer_created")

    op.drop_table("ledger_entry")
    with op.batch_alter_table("operation", schema=None) as batch_op:
        batch_op.drop_index("ix_operation_till_created")
        batch_op.drop_index("ix_operation_customer_kind_created")

    op.drop_table("operation")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_at")

    op.drop_table("audit_entry")
    op.drop_table("staff")
    op.drop_table("sign_in_throttle")
    op.drop_table("setting")
    op.drop_table("reward")
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.drop_index("ix_customer_name_key")

    op.drop_table("customer")
