"""The shop's loyalty program: how points are earned, tiers, expiry, cooldown, bonuses."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import phonenumbers

from loyaltydesk.domain.errors import ErrorCode, InvalidInputError
from loyaltydesk.domain.purchases import MAX_USUAL_PURCHASE

MAX_UNITS = 10_000
MAX_POINTS = 10_000_000
SETTINGS_VERSION = 2
"""Version 2 added the largest usual purchase; a version 1 document reads it as the default."""


class EarnMode(StrEnum):
    VISIT = "VISIT"
    SPEND = "SPEND"
    UNIT = "UNIT"


@dataclass(frozen=True, slots=True)
class Tier:
    name: str
    min_spend: Decimal
    """Qualifying spend over the rolling last 12 months."""
    multiplier: Decimal = Decimal(1)


@dataclass(frozen=True, slots=True)
class ProgramRules:
    earn_mode: EarnMode = EarnMode.SPEND
    points_per_visit: int = 1
    spend_per_point: Decimal = Decimal(1)
    """In SPEND mode, one point per this much money (before the tier multiplier)."""
    points_per_unit: int = 1
    tiers: tuple[Tier, ...] = ()
    expiry_months: int | None = 12
    """Earned points expire this many calendar months after they were earned; None = never."""
    cooldown_minutes: int = 10
    birthday_bonus_points: int = 0
    point_value: Decimal | None = Decimal("0.01")
    """What one point is worth when paying with points; None turns paying with points off."""
    void_window_minutes: int = 15
    """A cashier may void their own till's transactions this long; later needs an owner."""
    largest_usual_purchase: Decimal | None = None
    """Above it the cashier confirms the amount; None: the currency's default (1,000 MYR)."""

    def tier_named(self, name: str | None) -> Tier | None:
        return next((t for t in self.tiers if t.name == name), None)

    def base_tier(self) -> Tier | None:
        return self.tiers[0] if self.tiers else None


def shop_zone(name: str) -> ZoneInfo:
    """The shop's timezone; UTC when the name is not one the system knows."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


@dataclass(frozen=True, slots=True)
class ShopProfile:
    name: str = "My Shop"
    currency: str = "MYR"
    default_region: str = "MY"
    timezone: str = "UTC"
    """IANA name; dates shown to people and birthdays are judged in it."""


@dataclass(frozen=True, slots=True)
class ShopSettings:
    profile: ShopProfile = field(default_factory=ShopProfile)
    rules: ProgramRules = field(default_factory=ProgramRules)

    def with_rules(self, **changes: Any) -> ShopSettings:
        return ShopSettings(self.profile, validate_rules(replace(self.rules, **changes)))


def validate_rules(rules: ProgramRules) -> ProgramRules:
    """Return the rules with tiers sorted, or raise INVALID_SETTINGS saying what is wrong."""
    if not 1 <= rules.points_per_visit <= MAX_POINTS:
        raise _bad("Points per visit must be at least 1.")
    if not 1 <= rules.points_per_unit <= MAX_POINTS:
        raise _bad("Points per unit must be at least 1.")
    if not (rules.spend_per_point.is_finite() and rules.spend_per_point > 0):
        raise _bad("The spend per point must be more than zero.")
    if rules.expiry_months is not None and not 1 <= rules.expiry_months <= 120:
        raise _bad("Points expire after 1 to 120 months, or never.")
    if not 0 <= rules.cooldown_minutes <= 24 * 60:
        raise _bad("The check-in cooldown is 0 to 1440 minutes.")
    if not 0 <= rules.birthday_bonus_points <= MAX_POINTS:
        raise _bad("The birthday bonus cannot be negative.")
    if rules.point_value is not None and not (
        rules.point_value.is_finite() and rules.point_value > 0
    ):
        raise _bad("The value of a point must be more than zero.")
    if not 0 <= rules.void_window_minutes <= 7 * 24 * 60:
        raise _bad("The void window is 0 minutes to 7 days.")
    usual = rules.largest_usual_purchase
    if usual is not None and not (usual.is_finite() and 0 < usual <= MAX_USUAL_PURCHASE):
        raise _bad("The largest usual purchase must be more than zero.")
    names = [t.name.strip() for t in rules.tiers]
    if any(not n for n in names) or len(set(names)) != len(names):
        raise _bad("Every tier needs its own name.")
    for tier in rules.tiers:
        if not (tier.min_spend.is_finite() and tier.min_spend >= 0):
            raise _bad("A tier's qualifying spend cannot be negative.")
        if not (tier.multiplier.is_finite() and Decimal("0.1") <= tier.multiplier <= 100):
            raise _bad("A tier multiplier is between 0.1 and 100.")
    tiers = tuple(sorted(rules.tiers, key=lambda t: t.min_spend))
    if tiers and tiers[0].min_spend != 0:
        raise _bad("The first tier must start at a qualifying spend of 0.")
    return replace(rules, tiers=tiers)


def validate_profile(profile: ShopProfile) -> ShopProfile:
    if not profile.name.strip() or len(profile.name) > 80:
        raise _bad("The shop needs a name of at most 80 characters.")
    if len(profile.currency) != 3 or not profile.currency.isalpha():
        raise _bad("The currency is a three-letter code such as MYR or EUR.")
    if profile.default_region.upper() not in phonenumbers.SUPPORTED_REGIONS:
        raise _bad("The default phone region is a two-letter country code such as MY or IE.")
    return replace(
        profile, currency=profile.currency.upper(), default_region=profile.default_region.upper()
    )


# -- plain mapping form, for the settings table and for config files ------------------------------


def settings_to_dict(settings: ShopSettings) -> dict[str, Any]:
    r, p = settings.rules, settings.profile
    return {
        "version": SETTINGS_VERSION,
        "profile": {
            "name": p.name,
            "currency": p.currency,
            "default_region": p.default_region,
            "timezone": p.timezone,
        },
        "rules": {
            "earn_mode": r.earn_mode.value,
            "points_per_visit": r.points_per_visit,
            "spend_per_point": str(r.spend_per_point),
            "points_per_unit": r.points_per_unit,
            "tiers": [
                {"name": t.name, "min_spend": str(t.min_spend), "multiplier": str(t.multiplier)}
                for t in r.tiers
            ],
            "expiry_months": r.expiry_months,
            "cooldown_minutes": r.cooldown_minutes,
            "birthday_bonus_points": r.birthday_bonus_points,
            "point_value": None if r.point_value is None else str(r.point_value),
            "void_window_minutes": r.void_window_minutes,
            "largest_usual_purchase": _text(r.largest_usual_purchase),
        },
    }


def settings_from_dict(data: dict[str, Any]) -> ShopSettings:
    """Parse and validate; any malformed value raises INVALID_SETTINGS, never a KeyError."""
    try:
        data = _upgrade(data)
        p = data.get("profile", {})
        r = data.get("rules", {})
        defaults = ProgramRules()
        profile = ShopProfile(
            name=str(p.get("name", ShopProfile.name)),
            currency=str(p.get("currency", ShopProfile.currency)),
            default_region=str(p.get("default_region", ShopProfile.default_region)),
            timezone=str(p.get("timezone", ShopProfile.timezone)),
        )
        point_value = r.get("point_value", str(defaults.point_value))
        expiry = r.get("expiry_months", defaults.expiry_months)
        usual = r.get("largest_usual_purchase")
        rules = ProgramRules(
            earn_mode=EarnMode(r.get("earn_mode", defaults.earn_mode)),
            points_per_visit=_int(r.get("points_per_visit", defaults.points_per_visit)),
            spend_per_point=Decimal(str(r.get("spend_per_point", defaults.spend_per_point))),
            points_per_unit=_int(r.get("points_per_unit", defaults.points_per_unit)),
            tiers=tuple(
                Tier(
                    name=str(t["name"]),
                    min_spend=Decimal(str(t["min_spend"])),
                    multiplier=Decimal(str(t.get("multiplier", "1"))),
                )
                for t in r.get("tiers", [])
            ),
            expiry_months=None if expiry is None else _int(expiry),
            cooldown_minutes=_int(r.get("cooldown_minutes", defaults.cooldown_minutes)),
            birthday_bonus_points=_int(
                r.get("birthday_bonus_points", defaults.birthday_bonus_points)
            ),
            point_value=None if point_value is None else Decimal(str(point_value)),
            void_window_minutes=_int(r.get("void_window_minutes", defaults.void_window_minutes)),
            largest_usual_purchase=None if usual is None else Decimal(str(usual)),
        )
    except (KeyError, TypeError, ValueError, InvalidOperation, AttributeError) as exc:
        raise _bad("The shop settings are damaged or incomplete.") from exc
    return ShopSettings(validate_profile(profile), validate_rules(rules))


def _upgrade(data: dict[str, Any]) -> dict[str, Any]:
    """The document in this version's shape, step by step from the version it was saved in."""
    version = _int(data.get("version", 1))
    if version > SETTINGS_VERSION:
        raise ValueError("settings from a newer version")
    # 1 -> 2: no largest usual purchase yet, which reads as the currency's default.
    return {**data, "version": SETTINGS_VERSION}


def _text(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise TypeError("not an integer")
    return int(value)


def _bad(message: str) -> InvalidInputError:
    return InvalidInputError(message, code=ErrorCode.INVALID_SETTINGS)
