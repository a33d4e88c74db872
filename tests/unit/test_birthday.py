"""A birthday with or without its year (domain.customer_fields.Birthday)."""

from __future__ import annotations

from datetime import date

import pytest

from loyaltydesk.domain.customer_fields import Birthday, check_birthday
from loyaltydesk.domain.errors import InvalidInputError

TODAY = date(2026, 11, 30)


def test_a_full_date_is_a_birthday_with_its_year() -> None:
    birthday = Birthday.of(date(1990, 5, 14))
    assert birthday == Birthday(5, 14, 1990)
    assert birthday is not None
    assert birthday.full_date == date(1990, 5, 14)
    assert birthday.iso() == "1990-05-14"
    assert Birthday.of(None) is None
    assert Birthday.of(Birthday(5, 14)) == Birthday(5, 14)


def test_without_a_year_it_is_a_day_and_month() -> None:
    birthday = Birthday(5, 14)
    assert (birthday.month, birthday.day, birthday.year, birthday.full_date) == (5, 14, None, None)
    assert birthday.iso() == "--05-14"


def test_29_february_is_a_birthday_without_a_year_but_not_in_a_common_year() -> None:
    assert Birthday(2, 29).iso() == "--02-29"
    assert Birthday(2, 29, 2000).full_date == date(2000, 2, 29)
    with pytest.raises(InvalidInputError):
        Birthday(2, 29, 1990)


@pytest.mark.parametrize(("month", "day"), [(0, 1), (13, 1), (4, 31), (2, 30), (1, 0)])
def test_no_such_day_is_refused(month: int, day: int) -> None:
    with pytest.raises(InvalidInputError):
        Birthday(month, day)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("1990-05-14", Birthday(5, 14, 1990)), ("--05-14", Birthday(5, 14)),
     ("05-14", Birthday(5, 14)), ("5-4", Birthday(5, 4)), (" --02-29 ", Birthday(2, 29))],
)  # fmt: skip
def test_iso_text_reads_back(text: str, expected: Birthday) -> None:
    assert Birthday.parse_iso(text) == expected
    assert Birthday.parse_iso(expected.iso()) == expected


@pytest.mark.parametrize("text", ["14/05", "1990-02-30", "--13-01", "May 14", "", "1990-5"])
def test_other_text_is_not_iso(text: str) -> None:
    with pytest.raises(ValueError, match=r"^.*$"):
        Birthday.parse_iso(text)


def test_the_shops_check_applies_to_full_dates_only() -> None:
    assert check_birthday(Birthday(12, 31), TODAY) == Birthday(12, 31)
    assert check_birthday(date(1990, 5, 14), TODAY) == Birthday(5, 14, 1990)
    assert check_birthday(None, TODAY) is None
    for too_late_or_early in (Birthday(12, 1, 2026), Birthday(1, 1, 1899)):
        with pytest.raises(InvalidInputError):
            check_birthday(too_late_or_early, TODAY)
