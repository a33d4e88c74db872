"""The printed words of a voucher: translated templates filled with locale-formatted values."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from loyaltydesk.printing.labels import CustomValue, FreeItem, MoneyOff, PercentOff, VoucherValue

CODE_GROUP = 4


def value_text(value: VoucherValue, locale: QLocale) -> str:
    """E.g. "€5.00 off", "10% off", "Free coffee"."""
    match value:
        case MoneyOff(amount=amount, currency_symbol=symbol):
            money = locale.toCurrencyString(float(amount), symbol or locale.currencySymbol())
            return QCoreApplication.translate("VoucherSheet", "{amount} off").format(amount=money)
        case PercentOff(percent=percent):
            number = locale.toString(percent) + locale.percent()
            return QCoreApplication.translate("VoucherSheet", "{percent} off").format(
                percent=number
            )
        case FreeItem(item=item):
            return QCoreApplication.translate("VoucherSheet", "Free {item}").format(item=item)
        case CustomValue(text=text):
            return text


def validity_text(valid_from: date | None, valid_until: date | None, locale: QLocale) -> str:
    """E.g. "Valid until 31 Dec 2025"; empty when the voucher never expires."""
    if valid_from and valid_until:
        return QCoreApplication.translate("VoucherSheet", "Valid {start} – {end}").format(
            start=_date(valid_from, locale), end=_date(valid_until, locale)
        )
    if valid_until:
        return QCoreApplication.translate("VoucherSheet", "Valid until {date}").format(
            date=_date(valid_until, locale)
        )
    if valid_from:
        return QCoreApplication.translate("VoucherSheet", "Valid from {date}").format(
            date=_date(valid_from, locale)
        )
    return ""


def grouped_code(code: str) -> str:
    """``aB3dE5gH7jK9`` -> ``aB3d E5gH 7jK9``, easier to read out and type."""
    return " ".join(code[i : i + CODE_GROUP] for i in range(0, len(code), CODE_GROUP))


def _date(value: date, locale: QLocale) -> str:
    # The month in words: a locale's short form can read "30 11 2026" or "11/30/26".
    return locale.toString(QDate(value.year, value.month, value.day), "d MMM yyyy")
