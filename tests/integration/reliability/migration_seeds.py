"""Rows written with plain SQL as each schema revision stored them, for the upgrade tests.

``SEEDS[revision]`` fills what that revision added; a database made at revision R holds the
seeds of R and of every revision before it. A revision that only adds indexes needs no seed.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, text

from loyaltydesk.domain.program import settings_to_dict
from tests.conftest import shop_settings

MEI = uuid.UUID("6f1c1f7e-9a3b-4c55-8d2e-0b7a1c2d3e4f")
TAN = uuid.UUID("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d")
DUPLICATE = uuid.UUID("11111111-2222-4333-8444-555555555555")
LEE = uuid.UUID("22222222-3333-4444-8555-666666666666")
AT = datetime(2026, 3, 10, 9, 0)
EXPIRES = datetime(2027, 3, 10, 9, 0)
MEI_BIRTH_DATE = date(1990, 5, 14)
SITI = uuid.UUID("33333333-4444-4555-8666-777777777777")


class Values:
    """Python values in the form each store kept them (see loyaltydesk/store/types.py)."""

    def __init__(self, dialect: str) -> None:
        self.sqlite = dialect == "sqlite"

    def uuid(self, value: uuid.UUID) -> str:
        return value.hex if self.sqlite else str(value)

    def money(self, value: str) -> Any:
        return int(Decimal(value) * 10_000) if self.sqlite else Decimal(value)

    def day(self, value: date) -> Any:
        return value.isoformat() if self.sqlite else value

    def time(self, value: datetime) -> Any:
        return value.strftime("%Y-%m-%d %H:%M:%S.%f") if self.sqlite else value


def _insert(c: Connection, table: str, **row: Any) -> None:
    names = ", ".join(row)
    c.execute(text(f"INSERT INTO {table} ({names}) VALUES ({', '.join(':' + n for n in row)})"),
              row)  # fmt: skip


def seed_0001(c: Connection, v: Values) -> None:
    """A shop, an owner, a reward, two customers; a check-in and a redemption paid by its lot."""
    _insert(c, "setting", key="shop", value=json.dumps(settings_to_dict(shop_settings())),
            updated_at=v.time(AT))  # fmt: skip
    _insert(c, "staff", id=1, name="Olive Owner", role="OWNER", pin_hash="scrypt$x", active=True,
            created_at=v.time(AT))  # fmt: skip
    _insert(c, "sign_in_throttle", till="Till 1", failures=2, locked_until=None)
    _insert(c, "reward", id=1, title="Free coffee", cost=100, active=True, sort_order=0)
    for cid, who, code, phone, name, balance, birth in (
        (1, MEI, "A1B2C3", "+60123456789", "Mei Ling", 150, MEI_BIRTH_DATE),
        (2, TAN, "D4E5F6", None, "Tan Ah Kow", 0, None),
    ):
        _insert(c, "customer", id=cid, uuid=v.uuid(who), short_code=code, phone=phone,
                email=None if phone else "tan@example.com", name=name, name_key=name.lower(),
                birth_date=birth and v.day(birth), status="ACTIVE", tier="Member", notes="",
                marketing_consent=False, balance=balance, joined_at=v.time(AT),
                last_seen_at=v.time(AT))  # fmt: skip
    for oid, ref, kind, points, amount in (
        (1, "in-1", "CHECK_IN", 250, v.money("250.55")),
        (2, "out-1", "REDEEM_REWARD", -100, None),
    ):
        _insert(c, "operation", id=oid, ref_code=ref, kind=kind, customer_id=1, staff_id=1,
                till="Till 1", created_at=v.time(AT), points=points, amount=amount, result="{}",
                voids_id=None, voided_by_id=None)  # fmt: skip
    for eid, oid, kind, delta, remaining, expires in (
        (1, 1, "EARN", 250, 150, v.time(EXPIRES)),
        (2, 2, "REDEEM", -100, None, None),
    ):
        _insert(c, "ledger_entry", id=eid, operation_id=oid, customer_id=1, kind=kind,
                delta=delta, amount=None, units=None, rule="", reason="", reward_id=None,
                staff_id=1, till="Till 1", ref_code=f"e-{eid}", created_at=v.time(AT),
                expires_at=expires, remaining=remaining)  # fmt: skip
    _insert(c, "allocation", id=1, debit_entry_id=2, lot_entry_id=1, points=100)
    _insert(c, "audit_entry", id=1, at=v.time(AT), staff_id=1, till="Till 1",
            action="points.check_in", target_type="customer", target_id=str(MEI),
            details="{}")  # fmt: skip


def seed_0002(c: Connection, v: Values) -> None:
    """A voucher batch with one voucher used and one not; a customer merged into Mei."""
    _insert(c, "voucher_batch", id=1, name="Promo", type="FIXED", value=v.money("5"),
            description="", quantity=2, valid_from=None, valid_until=None,
            min_purchase=v.money("10.50"), created_at=v.time(AT), created_by_id=1,
            voided_at=None, void_reason="")  # fmt: skip
    _insert(c, "operation", id=3, ref_code="v-1", kind="VOUCHER_REDEEM", customer_id=None,
            staff_id=1, till="Till 1", created_at=v.time(AT), points=0, amount=v.money("20"),
            result="{}", voids_id=None, voided_by_id=None)  # fmt: skip
    for vid, code, status, op in (
        (1, "a1B2c3D4e5F6", "REDEEMED", 3),
        (2, "Z9y8X7w6V5u4", "ISSUED", None),
    ):
        _insert(c, "voucher", id=vid, batch_id=1, code=code, status=status,
                redeemed_at=v.time(AT) if op else None, redeemed_till="Till 1" if op else None,
                redeemed_by_id=1 if op else None, operation_id=op,
                purchase_amount=v.money("20") if op else None,
                discount=v.money("5") if op else None, voided_at=None)  # fmt: skip
    _insert(c, "customer", id=3, uuid=v.uuid(DUPLICATE), short_code="ABCDEF", phone=None,
            email=None, name="", name_key="", birth_date=None, status="BLOCKED", tier=None,
            notes="", marketing_consent=False, balance=0, joined_at=v.time(AT),
            last_seen_at=None, erased_at=v.time(AT), merged_into_id=1)  # fmt: skip


def seed_0005(c: Connection, v: Values) -> None:
    """A customer registered with its name words (a surname look-up finds "Hua")."""
    _insert(c, "customer", id=4, uuid=v.uuid(LEE), short_code="0A0B0C", phone="+60129998888",
            email=None, name="Lee Mei Hua", name_key="lee mei hua", birth_date=None,
            status="ACTIVE", tier="Member", notes="", marketing_consent=False, balance=0,
            joined_at=v.time(AT), last_seen_at=None, erased_at=None,
            merged_into_id=None)  # fmt: skip
    for tail in ("mei hua", "hua"):
        _insert(c, "customer_name_word", tail=tail, customer_id=4)


def seed_0007(c: Connection, v: Values) -> None:
    """A customer whose birthday has no year: 29 February, month and day only."""
    _insert(c, "customer", id=5, uuid=v.uuid(SITI), short_code="0D0E0F", phone="+60127776666",
            email=None, name="Siti", name_key="siti", birth_date=None, birth_month=2,
            birth_day=29, status="ACTIVE", tier="Member", notes="", marketing_consent=False,
            balance=0, joined_at=v.time(AT), last_seen_at=None, erased_at=None,
            merged_into_id=None)  # fmt: skip


SEEDS: dict[str, Callable[[Connection, Values], None]] = {
    "0001": seed_0001, "0002": seed_0002, "0005": seed_0005, "0007": seed_0007,
}  # fmt: skip
#: Tables keyed otherwise than by a serial ``id``.
NO_SERIAL_ID = {"setting", "sign_in_throttle", "customer_name_word"}
#: Rows each seed writes, per table.
ROWS = {
    "0001": {"setting": 1, "staff": 1, "sign_in_throttle": 1, "reward": 1, "customer": 2,
             "operation": 2, "ledger_entry": 2, "allocation": 1, "audit_entry": 1},
    "0002": {"voucher_batch": 1, "voucher": 2, "operation": 1, "customer": 1},
    "0005": {"customer": 1, "customer_name_word": 2},
    "0007": {"customer": 1},
}  # fmt: skip
