"""A small hand-built shop history for the report tests (shop time zone Asia/Kuala_Lumpur, UTC+8).

Local (KL) times:
  Tue 10 Mar  17:00 A joins, checks in 100.00 (+100)   17:05 B joins, checks in 50.00 (+50)
  Wed 11 Mar  09:00 A checks in 20.00 (+20)             09:01 A redeems Free coffee (-100)
              10:00 10:20 10:40 11:00 B checks in 10.00 (+10 each): 4 check-ins in one day
              11:30 owner adds 25 to B, takes 5 from A
              12:00 A checks in 30.00 (+30) and an owner voids it at 12:05
              13:00 C joins, checks in 5.00 (+5)
  Thu 12 Mar  00:30 A checks in 10.00 (+10)  (still Wed 11 Mar 16:30 in UTC)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from loyaltydesk.services.facade import Services
from tests.integration.helpers import ref

KL = timedelta(hours=8)


def kl(day: int, hour: int, minute: int = 0) -> datetime:
    """A March 2026 wall-clock time in Kuala Lumpur, as UTC."""
    return datetime(2026, 3, day, hour, minute, tzinfo=UTC) - KL


@dataclass
class Shop:
    a: str
    b: str
    c: str


def build_history(services: Services, owner, cashier, clock) -> Shop:
    def at(day: int, hour: int, minute: int = 0) -> None:
        clock.now = kl(day, hour, minute)

    def checkin(who: str, amount: str) -> int:
        result = services.points.check_in(
            customer=who, actor=cashier, ref_code=ref("ci"), amount=amount
        )
        return result.transaction_id

    def join(phone: str, name: str) -> str:
        card = services.customers.register(
            actor=cashier, ref_code=ref("reg"), phone=phone, name=name
        )
        return card.customer_id

    at(10, 17)
    a = join("+60123450001", "Aminah")
    checkin(a, "100.00")
    at(10, 17, 5)
    b = join("+60123450002", "=cmd|' /C calc'!A0")
    checkin(b, "50.00")
    at(11, 9)
    checkin(a, "20.00")
    at(11, 9, 1)
    services.points.redeem_reward(customer=a, reward_id=1, actor=cashier, ref_code=ref("rd"))
    for minute in (0, 20, 40, 60):
        at(11, 10 + minute // 60, minute % 60)
        checkin(b, "10.00")
    at(11, 11, 30)
    services.points.adjust_points(
        customer=b, points=25, reason="goodwill", actor=owner, ref_code=ref("adj")
    )
    services.points.adjust_points(
        customer=a, points=-5, reason="correction", actor=owner, ref_code=ref("adj")
    )
    at(11, 12)
    voided = checkin(a, "30.00")
    at(11, 12, 5)
    services.voids.void(transaction=voided, reason="wrong customer", actor=owner, ref_code=ref("v"))
    at(11, 13)
    c = join("+60123450003", "Chong")
    checkin(c, "5.00")
    at(12, 0, 30)
    checkin(a, "10.00")
    return Shop(a, b, c)
