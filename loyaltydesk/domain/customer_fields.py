"""A customer's name, notes and birth date: one rule each, for the counter, the owner pages and
import alike, so a customer one of them accepts is never refused by another.

A name may start with any printable character (``-Ana``, ``@home``, ``=x``): a CSV export makes
such a cell harmless with a leading apostrophe and import removes it again
(``domain.csv_mapping``), so the app's own export imports back unchanged.
"""

from __future__ import annotations

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
