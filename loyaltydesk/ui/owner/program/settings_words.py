"""Shop settings in the owner's words: "Spend for 1 point: RM1.00 → RM2.00".

Used by the settings page's confirmation and by the audit log, for values read from a
``ShopSettings`` or from the plain mapping a save records (``settings_to_dict``).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from loyaltydesk.domain.program import ShopSettings, settings_to_dict
from loyaltydesk.domain.purchases import default_usual_purchase
from loyaltydesk.ui.formatting import Formatter
from loyaltydesk.ui.translation import TranslationContext

_LABELS = {
    "name": QT_TRANSLATE_NOOP("SettingsWords", "Shop name"),
    "currency": QT_TRANSLATE_NOOP("SettingsWords", "Currency"),
    "default_region": QT_TRANSLATE_NOOP("SettingsWords", "Phone region"),
    "timezone": QT_TRANSLATE_NOOP("SettingsWords", "Time zone"),
    "earn_mode": QT_TRANSLATE_NOOP("SettingsWords", "Points are earned"),
    "points_per_visit": QT_TRANSLATE_NOOP("SettingsWords", "Points per visit"),
    "spend_per_point": QT_TRANSLATE_NOOP("SettingsWords", "Spend for 1 point"),
    "points_per_unit": QT_TRANSLATE_NOOP("SettingsWords", "Points per item"),
    "tiers": QT_TRANSLATE_NOOP("SettingsWords", "Tiers"),
    "expiry_months": QT_TRANSLATE_NOOP("SettingsWords", "Points expire after"),
    "cooldown_minutes": QT_TRANSLATE_NOOP("SettingsWords", "Time between check-ins"),
    "birthday_bonus_points": QT_TRANSLATE_NOOP("SettingsWords", "Birthday bonus"),
    "point_value": QT_TRANSLATE_NOOP("SettingsWords", "Value of 1 point"),
    "void_window_minutes": QT_TRANSLATE_NOOP("SettingsWords", "Cashiers may void for"),
    "largest_usual_purchase": QT_TRANSLATE_NOOP("SettingsWords", "Largest usual purchase"),
}
_MODES = {
    "SPEND": QT_TRANSLATE_NOOP("SettingsWords", "for money spent"),
    "VISIT": QT_TRANSLATE_NOOP("SettingsWords", "per visit"),
    "UNIT": QT_TRANSLATE_NOOP("SettingsWords", "per item bought"),
}


class SettingsWords(TranslationContext):
    """Names of the settings and their values, as the change summary shows them."""


def setting_label(key: str) -> str:
    label = _LABELS.get(key)
    return SettingsWords.tr(label) if label else key.replace("_", " ").capitalize()


def _decimal(value: Any) -> Decimal | None:
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None


def setting_value(key: str, value: Any, fmt: Formatter) -> str:
    """A value as the owner reads it: money with its currency, counts with their unit."""
    if value is None and key == "largest_usual_purchase":
        return SettingsWords.tr("the default, %1").replace(
            "%1", fmt.money(default_usual_purchase(fmt.currency))
        )
    if value is None:
        return {
            "expiry_months": SettingsWords.tr("never"),
            "point_value": SettingsWords.tr("paying with points is off"),
        }.get(key, "—")
    if key == "earn_mode":
        return SettingsWords.tr(_MODES.get(str(value), str(value)))
    if key in ("spend_per_point", "point_value", "largest_usual_purchase"):
        amount = _decimal(value)
        return fmt.money(amount) if amount is not None else str(value)
    if key in ("points_per_visit", "points_per_unit", "birthday_bonus_points"):
        return SettingsWords.tr("%Ln point(s)", "", int(value))
    if key == "expiry_months":
        return SettingsWords.tr("%Ln month(s)", "", int(value))
    if key in ("cooldown_minutes", "void_window_minutes"):
        return SettingsWords.tr("%Ln minute(s)", "", int(value))
    if key == "tiers":
        return _tiers(value, fmt)
    return str(value)


def _tiers(tiers: Any, fmt: Formatter) -> str:
    if not tiers:
        return SettingsWords.tr("none")
    parts = []
    for tier in tiers:
        spend = _decimal(tier.get("min_spend", 0)) or Decimal(0)
        factor = _decimal(tier.get("multiplier", 1)) or Decimal(1)
        text = (
            SettingsWords.tr("%1 from %2")
            .replace("%1", str(tier.get("name", "")))
            .replace("%2", fmt.money(spend))
        )
        if factor != 1:
            text += f" ×{fmt.number(factor)}"
        parts.append(text)
    return ", ".join(parts)


def change_line(key: str, before: Any, after: Any, fmt: Formatter) -> str:
    return (
        SettingsWords.tr("%1: %2 → %3")
        .replace("%1", setting_label(key))
        .replace("%2", setting_value(key, before, fmt))
        .replace("%3", setting_value(key, after, fmt))
    )


def flat_settings(settings: ShopSettings) -> dict[str, Any]:
    data = settings_to_dict(settings)
    return {**data["profile"], **data["rules"]}


def settings_changes(old: ShopSettings, new: ShopSettings, fmt: Formatter) -> list[str]:
    """Every changed value, profile first, as "Label: before → after"."""
    before, after = flat_settings(old), flat_settings(new)
    return [change_line(k, before[k], v, fmt) for k, v in after.items() if before.get(k) != v]
