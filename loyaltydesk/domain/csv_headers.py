"""Which column is what, in any language the app speaks: header words and month names.

The words are declared once, in English, with ``QT_TRANSLATE_NOOP`` (contexts
``ImportHeaders`` and ``ImportMonths``), so ``pyside6-lupdate`` files them in the translation
catalogs and translators give each its words in Spanish, Malay, Indonesian and Chinese.
:meth:`HeaderWords.from_catalogs` takes those translations (read from the ``.ts`` files by
``services.header_catalog``) and recognises ``Teléfono``, ``Nombre`` or ``电话`` with no list
kept by hand per language. :data:`ENGLISH_KEYS` adds the spellings other systems' exports use
that are not words to translate (``DOB``, ``Pts``, ``customer_name``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Qt's marker without Qt: ``pyside6-lupdate`` files ``text`` under ``context``."""
    return text


HEADERS = "ImportHeaders"
MONTHS = "ImportMonths"


class ImportField(StrEnum):
    NAME = "name"
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    PHONE = "phone"
    EMAIL = "email"
    POINTS = "points"
    BIRTH_DATE = "birth_date"
    SHORT_CODE = "short_code"
    NOTES = "notes"
    CONSENT = "marketing_consent"
    IGNORE = "ignore"


# The header words other systems write, in English; the catalogs hold their translations.
#: A column header of a customer list (CSV) from a spreadsheet or another till: the words a
#: shop in your language writes there. Several words may be given, separated by |.
HEADER_WORDS: dict[ImportField, tuple[str, ...]] = {
    ImportField.NAME: (
        QT_TRANSLATE_NOOP("ImportHeaders", "Name"),
        QT_TRANSLATE_NOOP("ImportHeaders", "Full name"),
        QT_TRANSLATE_NOOP("ImportHeaders", "Customer name"),
        QT_TRANSLATE_NOOP("ImportHeaders", "Member name"),
        QT_TRANSLATE_NOOP("ImportHeaders", "Client name"),
    ),
    ImportField.FIRST_NAME: (
        QT_TRANSLATE_NOOP("ImportHeaders", "First name"),
        QT_TRANSLATE_NOOP("ImportHeaders", "Given name"),
    ),
    ImportField.LAST_NAME: (
        QT_TRANSLATE_NOOP("ImportHeaders", "Last name"),
        QT_TRANSLATE_NOOP("ImportHeaders", "Surname"),
        QT_TRANSLATE_NOOP("ImportHeaders", "Family name"),
    ),
    ImportField.PHONE: (
        QT_TRANSLATE_NOOP("ImportHeaders", "Phone"),
        QT_TRANSLATE_NOOP("ImportHeaders", "Phone number"),
        QT_TRANSLATE_NOOP("ImportHeaders", "Mobile"),
        QT_TRANSLATE_NOOP("ImportHeaders", "Mobile number"),
        QT_TRANSLATE_NOOP("ImportHeaders", "Telephone"),
        QT_TRANSLATE_NOOP("ImportHeaders", "Contact number"),
    ),
    ImportField.EMAIL: (
        QT_TRANSLATE_NOOP("ImportHeaders", "Email"),
        QT_TRANSLATE_NOOP("ImportHeaders", "Email address"),
    ),
    ImportField.POINTS: (
        QT_TRANSLATE_NOOP("ImportHeaders", "Points"),
        QT_TRANSLATE_NOOP("ImportHeaders", "Points balance"),
        QT_TRANSLATE_NOOP("ImportHeaders", "Balance"),
        QT_TRANSLATE_NOOP("ImportHeaders", "Opening balance"),
        QT_TRANSLATE_NOOP("ImportHeaders", "Loyalty points"),
    ),
    ImportField.BIRTH_DATE: (
        QT_TRANSLATE_NOOP("ImportHeaders", "Birth date"),
        QT_TRANSLATE_NOOP("ImportHeaders", "Birthday"),
        QT_TRANSLATE_NOOP("ImportHeaders", "Date of birth"),
    ),
    ImportField.SHORT_CODE: (QT_TRANSLATE_NOOP("ImportHeaders", "Member code"),),
    ImportField.NOTES: (
        QT_TRANSLATE_NOOP("ImportHeaders", "Notes"),
        QT_TRANSLATE_NOOP("ImportHeaders", "Comments"),
        QT_TRANSLATE_NOOP("ImportHeaders", "Remarks"),
    ),
    ImportField.CONSENT: (
        QT_TRANSLATE_NOOP("ImportHeaders", "Marketing consent"),
        QT_TRANSLATE_NOOP("ImportHeaders", "Newsletter"),
    ),
}

# Spellings of exports that are codes rather than words (compared after :func:`header_key`).
ENGLISH_KEYS: dict[ImportField, tuple[str, ...]] = {
    ImportField.NAME: ("customer", "customername", "membername", "fullname"),
    ImportField.FIRST_NAME: ("forename", "first"),
    ImportField.LAST_NAME: ("last",),
    ImportField.PHONE: ("phoneno", "mobileno", "mobilephone", "cell", "cellphone", "tel",
                        "handphone", "hp", "whatsapp"),
    ImportField.EMAIL: ("mail", "emailaddress"),
    ImportField.POINTS: ("pointbalance", "currentpoints", "pts"),
    ImportField.BIRTH_DATE: ("dob", "birth", "birthdate"),
    ImportField.SHORT_CODE: ("shortcode", "loyaltycode"),
    ImportField.NOTES: ("note", "comment", "remark"),
    ImportField.CONSENT: ("consent", "marketing", "optin", "acceptsmarketing", "subscribed"),
}  # fmt: skip

#: A month's name as dates are written in your language ("14 de mayo"); its first three
#: letters are understood too.
MONTH_NAMES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("ImportMonths", "January"),
    QT_TRANSLATE_NOOP("ImportMonths", "February"),
    QT_TRANSLATE_NOOP("ImportMonths", "March"),
    QT_TRANSLATE_NOOP("ImportMonths", "April"),
    QT_TRANSLATE_NOOP("ImportMonths", "May"),
    QT_TRANSLATE_NOOP("ImportMonths", "June"),
    QT_TRANSLATE_NOOP("ImportMonths", "July"),
    QT_TRANSLATE_NOOP("ImportMonths", "August"),
    QT_TRANSLATE_NOOP("ImportMonths", "September"),
    QT_TRANSLATE_NOOP("ImportMonths", "October"),
    QT_TRANSLATE_NOOP("ImportMonths", "November"),
    QT_TRANSLATE_NOOP("ImportMonths", "December"),
)

Catalogs = Mapping[str, Mapping[tuple[str, str], str]]
"""Language code (``es``, ``zh_CN``) -> (context, English source) -> translation."""


def header_key(header: str) -> str:
    """Case, accents, spaces and punctuation dropped: "E-mail Address" -> "emailaddress"."""
    plain = unicodedata.normalize("NFKD", header.replace("\ufeff", ""))
    return "".join(ch for ch in plain.casefold() if ch.isalnum())


@dataclass(frozen=True)
class HeaderWords:
    """Header keys -> field, the languages whose words each key is, and month words."""

    fields: dict[str, ImportField]
    languages: dict[str, frozenset[str]] = field(default_factory=dict)
    months: dict[str, int] = field(default_factory=dict)

    @classmethod
    def from_catalogs(cls, catalogs: Catalogs | None = None) -> HeaderWords:
        """English first (its words win a clash), then each catalog's translations. A
        translation may hold several words separated by ``|`` or ``/`` (``Móvil|Celular``)."""
        fields: dict[str, ImportField] = {}
        languages: dict[str, set[str]] = {}
        months: dict[str, int] = {}

        def add(key: str, target: ImportField, language: str) -> None:
            if not key or fields.setdefault(key, target) is not target:
                return
            if language == "en" or "en" not in languages.get(key, ()):
                # An English word ("Email" in Indonesian too) says nothing of the language.
                languages.setdefault(key, set()).add(language)

        for target, words in HEADER_WORDS.items():
            for word in words:
                add(header_key(word), target, "en")
            for key in ENGLISH_KEYS.get(target, ()):
                add(key, target, "en")
        for number, name in enumerate(MONTH_NAMES, start=1):
            months[header_key(name)] = number
        for language, entries in sorted((catalogs or {}).items()):
            for target, words in HEADER_WORDS.items():
                for word in words:
                    for key in _keys(entries.get((HEADERS, word), "")):
                        add(key, target, language)
            for number, name in enumerate(MONTH_NAMES, start=1):
                for key in _keys(entries.get((MONTHS, name), "")):
                    months.setdefault(key, number)
        return cls(fields, {k: frozenset(v) for k, v in languages.items()}, months)

    def languages_of(self, keys: Iterable[str]) -> dict[str, int]:
        """How many of ``keys`` each language's words recognise."""
        counts: dict[str, int] = {}
        for key in keys:
            for language in self.languages.get(key, ()):
                counts[language] = counts.get(language, 0) + 1
        return counts


def _keys(translation: str) -> list[str]:
    return [header_key(part) for part in translation.replace("/", "|").split("|")]


ENGLISH_ONLY = HeaderWords.from_catalogs()
