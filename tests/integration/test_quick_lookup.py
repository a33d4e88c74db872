"""The command line's quick lookup (plain sqlite3) gives the card the services give (the ORM),
for every way of naming every customer of a varied shop, refuses alike, and steps aside
whenever it cannot tell."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import uuid
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from loyaltydesk.domain.customer_fields import Birthday
from loyaltydesk.domain.errors import ErrorCode, LoyaltyError
from loyaltydesk.services.cards import identifier_column
from loyaltydesk.services.quick_lookup import quick_card
from loyaltydesk.services.sync_dto import SyncSettings
from loyaltydesk.services.sync_state import save_settings
from loyaltydesk.store.models import SyncLink
from tests.conftest import shop_settings


def ref() -> str:
    return uuid.uuid4().hex


@pytest.fixture
def varied_shop(services, clock, owner, cashier):
    """Customers in every state a card shows: tiers, expiring points, voided visits, a
    redemption, birthdays with and without a year, shared and later-word names, a blocked,
    a merged and an erased customer, one linked to a hosted service."""
    people = [
        ("Mei Lee", "+60123450001", "mei.lee@example.com", date(1990, 5, 14)),
        ("Mei Ling Tan", "+60123450002", None, Birthday(2, 29)),
        ("Tan Ah Kow", "+60123450003", "kow@example.com", None),
        ("Siti Aminah", None, "siti@example.com", None),
        ("Ahmad", "+60123450005", None, None),
        ("José Álvarez", "+60123450006", "jose@example.es", None),
        ("", "+60123450007", None, None),  # no name
        ("Mei Lee", "+60123450008", None, None),  # a second Mei Lee: names are ambiguous
        ("Blocked Barry", "+60123450009", None, None),
        ("Merged Mary", "+60123450010", None, None),
        ("Erased Eric", "+60123450011", "eric@example.com", None),
    ]
    codes = []
    for name, phone, email, born in people:
        card = services.customers.register(
            actor=cashier, ref_code=ref(), name=name, phone=phone, email=email, birth_date=born
        )
        codes.append(card.short_code)
    for index, code in enumerate(codes[:6]):
        for visit in range(index + 1):
            services.points.check_in(
                customer=code, actor=cashier, ref_code=ref(), amount=Decimal(120 * (index + 1))
            )
            clock.advance(days=20 + visit)
    voided = services.points.check_in(customer=codes[2], actor=cashier, ref_code=ref(),
                                      amount=Decimal(900))  # fmt: skip
    services.voids.void(transaction=voided.ref_code, reason="wrong customer", actor=owner,
                        ref_code=ref())  # fmt: skip
    services.points.redeem_reward(customer=codes[5], reward_id=1, actor=cashier, ref_code=ref())
    services.points.adjust_points(customer=codes[3], points=40, reason="welcome", actor=owner,
                                  ref_code=ref())  # fmt: skip
    services.customer_admin.set_status(customer=codes[8], status="BLOCKED", actor=owner)
    services.customer_admin.merge_customers(keep=codes[4], merge=codes[9], actor=owner,
                                            ref_code=ref())  # fmt: skip
    services.customer_admin.erase_customer(customer=codes[10], actor=owner, ref_code=ref())
    with services.customers._ctx.uow.write() as uow:  # a link as the sync engine leaves one
        now = clock()
        save_settings(uow, SyncSettings("cata", "http://127.0.0.1:9", (), None, now), now)
        customer = uow.customers.find_by("short_code", codes[0])
        link = SyncLink(provider="cata", customer_id=customer.id, remote_id="R-1",
                        remote_balance=77, balance_read_at=now, linked_at=now)  # fmt: skip
        uow.sync.add_link(link)
        uow.commit()
    return codes


def ways_to_name(services, codes: list[str]) -> list[str]:
    texts = ["Mei Lee", "mei", "MEI LING", "kow", "ah kow", "siti", "José", "jose", "nobody",
             "", "   ", "ABCDEF", "12", "not an email@", "+60 12-345 0099",
             str(uuid.uuid4()), "LD1:" + "0" * 32]  # fmt: skip
    for code in codes:
        texts += [code, code.lower(), f" {code} "]
        detail = services.customer_admin.get_customer(code) if code != codes[10] else None
        if detail is None:
            continue
        card = services.customers.lookup(code)
        texts += [card.customer_id, card.customer_id.upper()]
        if card.phone:
            texts += [card.phone, card.phone.replace("+60", "0"), card.phone[3:]]
        if card.email:
            texts += [card.email, card.email.upper()]
        if card.name:
            texts += [card.name, card.name.lower()]
    return texts


def outcome(lookup, text: str) -> object:
    try:
        return lookup(text)
    except LoyaltyError as error:
        return ("refused", error.code, error.message)


def test_every_way_of_naming_a_customer_gives_the_services_card(services, varied_shop, db_path):
    texts = ways_to_name(services, varied_shop)
    assert len(texts) > 80
    compared = 0
    for text in texts:
        quick = outcome(lambda t: quick_card(db_path, t), text)
        assert quick is not None, f"the quick path stepped aside for {text!r}"
        assert quick == outcome(services.customers.lookup, text), text
        compared += 1
    cards = [outcome(services.customers.lookup, code) for code in varied_shop]
    # The shop really is varied: the comparison covered what a card can show.
    shown = [c for c in cards if not isinstance(c, tuple)]
    assert {c.tier for c in shown} >= {"Member", "Silver"}
    assert any(c.expiring_points for c in shown)
    assert any(c.birthday for c in shown)
    assert any(c.remote_balance == 77 for c in shown)
    assert any(c.status == "BLOCKED" for c in shown)
    assert any(c.last_visits for c in shown)
    assert outcome(services.customers.lookup, "Mei Lee")[1] is ErrorCode.AMBIGUOUS_IDENTIFIER
    assert compared == len(texts)


def test_it_steps_aside_when_it_cannot_tell(db_path, tmp_path):
    assert quick_card(None, "ABCDEF") is None
    assert quick_card(tmp_path / "missing.db", "ABCDEF") is None
    assert not (tmp_path / "missing.db").exists()  # read-only: nothing created
    older = tmp_path / "older.db"
    older.write_bytes(db_path.read_bytes())
    with sqlite3.connect(older) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0006'")
    assert quick_card(older, "ABCDEF") is None  # the services migrate it first
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"not a database" * 100)
    assert quick_card(broken, "ABCDEF") is None


def test_identifier_columns_are_the_services_rules() -> None:
    settings = shop_settings()
    assert identifier_column(settings, "a1b2c3") == ("short_code", "A1B2C3")
    assert identifier_column(settings, "012-345 0001") == ("phone", "+60123450001")
    assert identifier_column(settings, "Mei Lee") is None


def test_the_command_loads_no_sqlalchemy_on_a_current_shop(services, varied_shop, db_path):
    """``loyaltydesk lookup`` on a current SQLite shop answers without importing SQLAlchemy,
    and with the card the services give (what makes it fast; the time is in bench/)."""
    probe = (
        "import sys, json, io, contextlib\n"
        "from loyaltydesk.bootstrap import main\n"
        "out = io.StringIO()\n"
        "with contextlib.redirect_stdout(out):\n"
        f"    code = main(['lookup', {varied_shop[0]!r}, '--db', {f'sqlite:///{db_path}'!r},"
        " '--json'])\n"
        "print(json.dumps({'code': code, 'card': json.loads(out.getvalue()),"
        " 'orm': [m for m in sys.modules if m.startswith('sqlalchemy')]}))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=60, cwd=Path(__file__).parents[2], check=True)  # fmt: skip
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["code"] == 0
    assert report["orm"] == []
    card = services.customers.lookup(varied_shop[0])
    assert report["card"]["customer_id"] == card.customer_id
    assert report["card"]["balance"] == card.balance
