"""A customer's name, notes and birthday: one rule each, for the counter, the owner pages and
import alike, so a customer one of them accepts is never refused by another.

A name may start with any printable character (``-Ana``, ``@home``, ``=x``): a CSV export makes
such a cell harmless with a leading apostrophe and import removes it again
(``domain.csv_mapping``), so the app's own export imports back unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from loyaltydesk.domain.errors import ErrorCode, InvalidInputError

MAX_NAME = 120
MAX_NOTES = 1000
EARLIEST_BIRTH_DATE = date(1900, 1, 1)


def clean_name(name: str | None) -> str:
    """Whitespace collapsed; INVALID_INPUT when longer than MAX_NAME or not printable.

    An empty name is allowed: a customer is known by a phone or an email.
    """
    clean = " ".join((name or "").split())
    if len(clean) > MAX_NAME or not clean.isprintable():
        raise InvalidInputError(
            f"A name is at most {MAX_NAME} printable characters.",
            code=ErrorCode.INVALID_INPUT,
            limit=MAX_NAME,
        )
    return clean


def clean_notes(notes: str | None) -> str:
    """Stripped; line breaks and tabs kept; INVALID_INPUT when too long or not printable."""
    text = (notes or "").strip()
    if len(text) > MAX_NOTES or any(not (ch.isprintable() or ch in "\n\t") for ch in text):
        raise InvalidInputError(
            f"Notes are at most {MAX_NOTES} printable characters.",
            code=ErrorCode.INVALID_INPUT,
            limit=MAX_NOTES,
        )
    return text


def check_birth_date(birth_date: date | None, today: date) -> date | None:
    """The date, or INVALID_INPUT when it is before 1900 or after ``today``."""
    if birth_date is not None and not EARLIEST_BIRTH_DATE <= birth_date <= today:
        raise InvalidInputError("That birth date is not valid.", code=ErrorCode.INVALID_INPUT)
    return birth_date


@dataclass(frozen=True, slots=True)
class Birthday:
    """A customer's birthday: always a day and month, the year only when it is known.

    All the birthday bonus needs is the month; a year-less 29 February is a real birthday.
    INVALID_INPUT when the day does not exist (in a leap year, when the year is unknown).
    """

    month: int
    day: int
    year: int | None = None

    def __post_init__(self) -> None:
        try:
            date(2000 if self.year is None else self.year, self.month, self.day)
        except (TypeError, ValueError):
            raise InvalidInputError(
                "That birth date is not valid.", code=ErrorCode.INVALID_INPUT
            ) from None

    @classmethod
    def of(cls, value: Birthday | date | None) -> Birthday | None:
        """A full date as a birthday with its year; a birthday or None as it is."""
        if value is None or isinstance(value, Birthday):
            return value
        return cls(value.month, value.day, value.year)

    @classmethod
    def stored(cls, month: int | None, day: int | None, full: date | None) -> Birthday | None:
        """The birthday kept as month and day, with the year of the full date when known."""
        if month is None or day is None:
            return None
        return cls(month, day, full.year if full else None)

    @classmethod
    def parse_iso(cls, text: str) -> Birthday:
        """``1990-05-14``, ``--05-14`` (ISO 8601 without a year) or ``05-14``; ValueError if
        none of them or no real day."""
        m = _ISO_BIRTHDAY.match(text.strip())
        if m is None:
            raise ValueError(text)
        try:
            return cls(int(m[2]), int(m[3]), int(m[1]) if m[1] else None)
        except InvalidInputError:
            raise ValueError(text) from None

    @property
    def full_date(self) -> date | None:
        """The birth date when the year is known."""
        return None if self.year is None else date(self.year, self.month, self.day)

    def iso(self) -> str:
        """``1990-05-14``, or ``--05-14`` without a year (both read back by ``parse_iso``)."""
        full = self.full_date
        return full.isoformat() if full else f"--{self.month:02d}-{self.day:02d}"


_ISO_BIRTHDAY = re.compile(r"^(?:(\d{4})-|(?:--)?)(\d{1,2})-(\d{1,2})$")


def check_birthday(birthday: Birthday | date | None, today: date) -> Birthday | None:
    """The birthday; a full date is checked by :func:`check_birth_date`, a day and month alone
    is any real day of the year."""
    value = Birthday.of(birthday)
    if value is not None and value.full_date is not None:
        check_birth_date(value.full_date, today)
    return value
