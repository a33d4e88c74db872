"""The rules of a check-in that need more than its amount: the cooldown and the birthday bonus."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from loyaltydesk.domain.errors import ErrorCode, RefusedError
from loyaltydesk.domain.program import ProgramRules, ShopSettings, shop_zone
from loyaltydesk.domain.shop_days import local_day_bounds
from loyaltydesk.store.models import Customer
from loyaltydesk.store.unit_of_work import UnitOfWork


def check_cooldown(rules: ProgramRules, last: datetime | None, now: datetime) -> None:
    """DUPLICATE_CHECKIN if the customer's last check-in was inside the cooldown."""
    if last is None or now - last >= timedelta(minutes=rules.cooldown_minutes):
        return
    minutes = int((now - last).total_seconds() // 60)
    raise RefusedError(
        f"Checked in {minutes} minutes ago. Confirm to check in again.",
        code=ErrorCode.DUPLICATE_CHECKIN,
        minutes_ago=minutes,
    )


def birthday_bonus(
    uow: UnitOfWork, settings: ShopSettings, customer: Customer, now: datetime
) -> int:
    """The bonus if it is the customer's birthday month (shop time) and none this year; a
    birthday without a year counts the same."""
    bonus = settings.rules.birthday_bonus_points
    if not bonus or customer.birth_month is None:
        return 0
    zone = shop_zone(settings.profile.timezone)
    local = now.astimezone(zone)
    if local.month != customer.birth_month:
        return 0
    year_start, _ = local_day_bounds(date(local.year, 1, 1), zone)
    if uow.ledger.birthday_bonus_since(customer.id, year_start):
        return 0
    return bonus
