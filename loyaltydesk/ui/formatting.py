"""Numbers, money and dates in the shop's locale (QLocale), and reading amounts people type."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import phonenumbers
from PySide6.QtCore import QDate, QLocale, QTime

from loyaltydesk.domain.customer_fields import Birthday
from loyaltydesk.domain.errors import LoyaltyError
from loyaltydesk.domain.money import minor_units, parse_amount
from loyaltydesk.domain.program import shop_zone
from loyaltydesk.ui.translation import TranslationContext

_TYPED_AMOUNT = re.compile(r"^\s*([0-9]{1,10})(?:[.,]([0-9]{1,4}))?\s*$")
#: The medium date every screen shows ("30 Nov 2026"): the month in words reads the same way
#: in every locale, where a locale's short form can be "30 11 2026" (C) or "11/30/26" (US).
DATE_FORMAT = "d MMM yyyy"
# A birthday without its year, the same way: "14 May".
BIRTHDAY_FORMAT = "d MMM"
# What a birthday typed without a year may look like: "14 May", "14/5", "14-5", "14.5".
_TYPED_DAY_MONTH_FORMATS = ("d MMM", "d MMMM", "d/M", "d-M", "d.M", "M月d日")
# Chinese writes a day and month as "5月14日", not "14 5月".
_CHINESE_BIRTHDAY_FORMAT = "M月d日"
# ISO 8601 without a year (``--05-14``), as exported.
_ISO_DAY_MONTH = re.compile(r"^--(\d{1,2})-(\d{1,2})$")
#: What a typed date may look like, besides the medium form: day first with / - or ., or ISO.
_TYPED_DATE_FORMATS = ("d MMM yyyy", "d MMMM yyyy", "d/M/yyyy", "d-M-yyyy", "d.M.yyyy",
                       "yyyy-MM-dd")  # fmt: skip


class Formatting(TranslationContext):
    """Words in formatted values: units, relative dates, empty values."""


def display_phone(e164: str | None) -> str:
    """A stored E.164 number in international form (+60 12-345 6789); as stored if odd."""
    if not e164:
        return ""
    try:
        number = phonenumbers.parse(e164)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


class Formatter:
    """Formats for one shop: its locale, currency and timezone."""

    def __init__(self, locale: QLocale, currency: str, timezone: str) -> None:
        self.locale = locale
        self.currency = currency
        self.zone = shop_zone(timezone)

    def points(self, value: int) -> str:
        return self.locale.toString(int(value))

    def signed_points(self, value: int) -> str:
        text = self.points(abs(value))
        return f"+{text}" if value > 0 else (f"−{text}" if value < 0 else text)

    def number(self, value: Decimal) -> str:
        places = max(0, -value.normalize().as_tuple().exponent)  # type: ignore[operator]
        return self.locale.toString(float(value), "f", min(places, 4))

    def money(self, value: Decimal) -> str:
        """Display only (the value is already exact): the locale's own style when the shop's
        currency is the locale's, otherwise the ISO code in front ("MYR 25.50")."""
        places = minor_units(self.currency)
        own = self.locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
        if own == self.currency:
            return self.locale.toCurrencyString(float(value), self.locale.currencySymbol(), places)
        return f"{self.currency} {self.locale.toString(float(value), 'f', places)}"

    def currency_symbol(self) -> str:
        """The symbol beside an amount field: the locale's ("RM") or the ISO code."""
        own = self.locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
        return self.locale.currencySymbol() if own == self.currency else self.currency

    def local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.zone)

    def today(self, now: datetime | None = None) -> date:
        """The shop's calendar date now (its time zone, not the machine's date)."""
        return self.local(now or datetime.now(UTC)).date()

    def date(self, moment: datetime | date) -> str:
        day = moment if isinstance(moment, date) and not isinstance(moment, datetime) else None
        if day is None:
            day = self.local(moment).date()  # type: ignore[arg-type]
        return self.locale.toString(QDate(day.year, day.month, day.day), DATE_FORMAT)

    def birthday(self, birthday: Birthday | None) -> str:
        """A birthday as every screen shows dates ("14 May 1990"), "14 May" without a year."""
        if birthday is None:
            return ""
        if birthday.full_date is not None:
            return self.date(birthday.full_date)
        return birthday_text(self.locale, birthday)

    def time(self, moment: datetime) -> str:
        local = self.local(moment)
        return self.locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)

    def stamp(self, moment: datetime, now: datetime | None = None) -> str:
        """ "09:41" today, "3 Nov 2026 04:11" on another day: a time never passes for today's."""
        if self.local(moment).date() == self.local(now or datetime.now(UTC)).date():
            return self.time(moment)
        return f"{self.date(moment)} {self.time(moment)}"

    def when(self, moment: datetime, now: datetime | None = None) -> str:
        """ "today 09:12", "yesterday 18:40", "Mon", or a date — for the last visits."""
        now = self.local(now or datetime.now(UTC))
        local = self.local(moment)
        days = (now.date() - local.date()).days
        if days == 0:
            return Formatting.tr("today %1").replace("%1", self.time(moment))
        if days == 1:
            return Formatting.tr("yesterday %1").replace("%1", self.time(moment))
        if 1 < days < 7:
            return self.locale.dayName(local.isoweekday(), QLocale.FormatType.ShortFormat)
        return self.date(moment)

    def minutes_ago(self, moment: datetime, now: datetime) -> int:
        return max(0, int((now - moment) / timedelta(minutes=1)))

    def parse_typed_amount(self, text: str) -> Decimal:
        """What a cashier typed ("25.50", "25,50", "25") as an exact amount.

        Either "." or "," is the decimal mark and thousands separators are not accepted, so
        "1.250" is refused in every locale rather than read as 1.25 or 1250.
        """
        match = _TYPED_AMOUNT.match(text or "")
        canonical = text if match is None else match[1] + (f".{match[2]}" if match[2] else "")
        return parse_amount(canonical, currency=self.currency)


def date_example(locale: QLocale, day: date | None = None) -> str:
    """A date as the person would type it, for hints: "30 Nov 1990"."""
    day = day or date(1990, 11, 30)
    return locale.toString(QDate(day.year, day.month, day.day), DATE_FORMAT)


def birthday_text(locale: QLocale, birthday: Birthday) -> str:
    """A birthday as the person would type it: "14 May 1990", or "14 May" without a year."""
    if birthday.full_date is not None:
        return date_example(locale, birthday.full_date)
    chinese = locale.language() == QLocale.Language.Chinese
    form = _CHINESE_BIRTHDAY_FORMAT if chinese else BIRTHDAY_FORMAT
    return locale.toString(QDate(2000, birthday.month, birthday.day), form)


def parse_typed_birthday(locale: QLocale, text: str) -> Birthday | None:
    """A birthday typed as a full date (see :func:`parse_typed_date`) or as a day and month
    without the year: "14 May", "14 Mayo", "14/5", "14-5", "14.5" or "--05-14"; None if none."""
    text = " ".join((text or "").split())
    full = parse_typed_date(locale, text)
    if full is not None:
        return Birthday(full.month, full.day, full.year)
    if m := _ISO_DAY_MONTH.match(text):
        try:
            return Birthday(int(m[1]), int(m[2]))
        except LoyaltyError:
            return None
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    for reader in (locale, english):
        for form in _TYPED_DAY_MONTH_FORMATS:
            # In a leap year, so that 29 February reads; Qt's default year (1900) is not one.
            parsed = reader.toDate(f"{text} 2000", f"{form} yyyy")
            if parsed.isValid():
                return Birthday(parsed.month(), parsed.day())
    return None


def parse_typed_date(locale: QLocale, text: str) -> date | None:
    """A date typed as "30 Nov 1990", "30/11/1990", "30-11-1990", "30.11.1990" or
    "1990-11-30" (the month in words in the locale's language or in English); None if none."""
    text = " ".join((text or "").split())
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    for reader in (locale, english):
        for form in _TYPED_DATE_FORMATS:
            parsed = reader.toDate(text, form)
            if parsed.isValid():
                return date(parsed.year(), parsed.month(), parsed.day())
    return None
