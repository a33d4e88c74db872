"""Numbers and dates in a customer CSV file, read the way the file's locale writes them.

Which locale (the rule, applied once per file by :func:`import_style`):

1. **The file's header language.** When the column headers are recognised as the words of one
   of the app's languages (from its translation catalog, see ``domain.csv_headers``), numbers
   and dates are read that language's way: a file with ``Nombre;Teléfono;Puntos`` writes
   ``1.200`` for twelve hundred. English headers say nothing: many systems export English
   headers in every country. When two languages recognise as many headers (Malay and
   Indonesian share ``Nama``), the shop's own language wins the tie, else the file is read
   the shop's way.
2. **Otherwise the shop's**: its phone region decides the language (ES -> es, ID -> id,
   MY -> ms, CN/TW/HK -> zh, SG/IE/GB/... -> English, US -> English with month first); a region
   we know nothing of falls back on the shop's currency (EUR says nothing: Ireland and Spain
   share it), then on English.

Each language's way (:data:`STYLES`): es and id group thousands with ``.`` and write decimals
with ``,`` (``1.200``, ``12,50``); en, ms and zh the other way round (``1,200``, ``12.50``). A
space (or a no-break space) groups thousands in every locale (``1 200``). Dates are day first
(``14/05/1990``) except in the US (month first) and in Chinese (year first, ``1990年5月14日``;
a bare ``05/06/1990`` there is read only when it cannot be the other way round). ISO
``1990-05-14`` is read everywhere. A birthday without a year: ``05-14`` (ISO order,
month-day), ``14/05`` (the locale's order), ``14 Mei``, ``5月14日``. Month names come from the
catalogs too (any language, a prefix of three letters or more: ``ago``, ``Sept``).

Ambiguity is a row problem, not a guess: ``1.250`` points in an English file reads as one and
a quarter, which is not a whole number, so the row says how this file writes thousands.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from loyaltydesk.domain.errors import ErrorCode, InvalidInputError
from loyaltydesk.domain.program import MAX_POINTS


@dataclass(frozen=True, slots=True)
class ImportStyle:
    """How one locale writes numbers and dates."""

    language: str
    group: str
    """The thousands separator (a space always groups too)."""
    decimal: str
    day_first: bool | None
    """For ``05/06/1990``: day first, month first, or None (read only when unambiguous)."""

    def example(self) -> str:
        return f"1{self.group}250{self.decimal}5"


STYLES: dict[str, ImportStyle] = {
    "en": ImportStyle("en", ",", ".", True),
    "en_US": ImportStyle("en_US", ",", ".", False),
    "es": ImportStyle("es", ".", ",", True),
    "ms": ImportStyle("ms", ",", ".", True),
    "id": ImportStyle("id", ".", ",", True),
    "zh": ImportStyle("zh", ",", ".", None),
}
REGION_LANGUAGE: dict[str, str] = {
    "ES": "es", "MX": "es", "AR": "es", "CO": "es", "CL": "es", "PE": "es",
    "MY": "ms", "BN": "ms", "ID": "id",
    "CN": "zh", "TW": "zh", "HK": "zh", "MO": "zh",
    "SG": "en", "IE": "en", "GB": "en", "AU": "en", "NZ": "en", "IN": "en", "PH": "en",
    "US": "en_US",
}  # fmt: skip
CURRENCY_LANGUAGE: dict[str, str] = {
    "MYR": "ms", "IDR": "id", "CNY": "zh", "SGD": "en", "GBP": "en", "USD": "en_US",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class MonthDay:
    """A birthday without a year: all the birthday bonus needs."""

    month: int
    day: int


def shop_language(region: str, currency: str) -> str:
    """The language whose way the shop writes numbers and dates (see the module's rule)."""
    return REGION_LANGUAGE.get(region.upper()) or CURRENCY_LANGUAGE.get(currency.upper()) or "en"


def import_style(
    *, region: str, currency: str, header_languages: Mapping[str, int] | None = None
) -> ImportStyle:
    """The style to read a file in: ``header_languages`` counts, per language code (catalog
    suffix such as ``zh_CN``), the file's headers recognised in that language's words."""
    shop = shop_language(region, currency)
    counts = {_base(code): n for code, n in (header_languages or {}).items() if n > 0}
    counts.pop("en", None)
    if counts:
        best = max(counts.values())
        leaders = [code for code, n in counts.items() if n == best]
        if len(leaders) == 1 and leaders[0] in STYLES:
            return STYLES[leaders[0]]
        if _base(shop) in leaders:
            return STYLES[shop]
    return STYLES[shop]


def _base(code: str) -> str:
    """``zh_CN`` -> ``zh``; ``en_US`` stays (it writes dates month first)."""
    return code if code in STYLES else code.split("_")[0]


# -- numbers ------------------------------------------------------------------------------------

_SPACES = "\u0020\u00a0\u202f\u2009"
_SPACED = re.compile(rf"^\d{{1,3}}([{_SPACES}]\d{{3}})+([.,]\d+)?$")


def parse_number(text: str, style: ImportStyle) -> Decimal:
    """``1.200`` / ``1 200`` / ``12,50`` read in ``style``; ValueError if not such a number."""
    value = text.strip()
    if _SPACED.match(value):
        value = re.sub(f"[{_SPACES}]", "", value)
    group, point = re.escape(style.group), re.escape(style.decimal)
    if not re.fullmatch(rf"(\d{{1,3}}({group}\d{{3}})+|\d+)({point}\d+)?", value):
        raise ValueError(text)
    plain = value.replace(style.group, "").replace(style.decimal, ".")
    try:
        return Decimal(plain)
    except InvalidOperation:
        raise ValueError(text) from None


def parse_points(text: str, style: ImportStyle) -> int:
    """A whole number of points, 0 or more; INVALID_POINTS saying how this file writes them."""
    how = (
        f"Points must be a whole number of 0 or more, written like 1{style.group}250 "
        f"(this file writes thousands with '{style.group}' and decimals with '{style.decimal}')."
    )
    try:
        value = parse_number(text, style)
    except ValueError:
        raise InvalidInputError(how, code=ErrorCode.INVALID_POINTS) from None
    if value != value.to_integral_value():
        raise InvalidInputError(how, code=ErrorCode.INVALID_POINTS)
    if value > MAX_POINTS:
        raise InvalidInputError("That is too many points.", code=ErrorCode.INVALID_POINTS)
    return int(value)


# -- dates --------------------------------------------------------------------------------------

_YMD = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_XXY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_CJK = re.compile(r"^(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$")
_ISO_MD = re.compile(r"^-{0,2}(\d{1,2})-(\d{1,2})$")
_XX = re.compile(r"^(\d{1,2})[/.](\d{1,2})\.?$")
_DAY_WORD = re.compile(
    r"^(\d{1,2})(?:\.|º|st|nd|rd|th)?\s*(?:de\s+)?([^\W\d_]+)\.?(?:,?\s*(?:de\s+)?(\d{4}))?$"
)
_WORD_DAY = re.compile(r"^([^\W\d_]+)\.?\s*(\d{1,2})(?:st|nd|rd|th)?(?:,?\s*(\d{4}))?$")


def parse_birthday(
    text: str, style: ImportStyle, months: Mapping[str, int] | None = None
) -> date | MonthDay:
    """A birth date, or a day and month when the year is not written. ``months``: month
    words (lower case, accents dropped) -> 1..12, from ``domain.csv_headers``. ValueError if
    the text is not a date this style reads, or names no real day."""
    value = " ".join(text.split())
    words = months or {}
    if m := _YMD.match(value):
        return date(int(m[1]), int(m[2]), int(m[3]))
    if m := _CJK.match(value):
        return _made(m[1], int(m[2]), int(m[3]))
    if m := _XXY.match(value):
        month, day = _order(int(m[1]), int(m[2]), style)
        return date(int(m[3]), month, day)
    if m := _ISO_MD.match(value):
        return _made(None, int(m[1]), int(m[2]))
    if m := _XX.match(value):
        month, day = _order(int(m[1]), int(m[2]), style)
        return _made(None, month, day)
    if m := _DAY_WORD.match(value):
        return _made(m[3], month_of(m[2], words), int(m[1]))
    if m := _WORD_DAY.match(value):
        return _made(m[3], month_of(m[1], words), int(m[2]))
    raise ValueError(text)


def month_of(word: str, months: Mapping[str, int]) -> int:
    """The month a word names: a month name in any catalog (``五月``), or its first three
    letters or more (``ago`` for agosto, ``Sept``); ValueError if none or two months."""
    key = plain_word(word)
    if key in months:
        return months[key]
    if len(key) < 3:
        raise ValueError(word)
    found = {n for name, n in months.items() if name.startswith(key)}
    if len(found) != 1:
        raise ValueError(word)
    return found.pop()


def plain_word(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if ch.isalnum())


def _order(first: int, second: int, style: ImportStyle) -> tuple[int, int]:
    """(month, day) of ``first/second`` in the style's order."""
    if style.day_first is True:
        return second, first
    if style.day_first is False:
        return first, second
    if first > 12 >= second:
        return second, first
    if second > 12 >= first or first == second:
        return first, second
    raise ValueError(f"{first}/{second}")


def _made(year: str | None, month: int, day: int) -> date | MonthDay:
    if year is not None:
        return date(int(year), month, day)
    date(2000, month, day)  # a leap year: 29 February is a real birthday
    return MonthDay(month, day)
