"""Dates read "30 Nov 2026" everywhere, also where the machine's locale is the bare C locale
(whose short form is "30 11 2026"), and date hints give a real example."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale, Qt

from loyaltydesk.domain.customer_fields import Birthday
from loyaltydesk.ui.formatting import birthday_text, parse_typed_birthday, parse_typed_date
from tests.gui.helpers import press, screenshot, settle, type_text
from tests.gui.owner.customers.steps import OWNER, make_customer, open_customers, search

HINT = "Type a date like 31 Mar 1990 or 31/3/1990, or only the day and month: 31 Mar."


@pytest.fixture
def c_locale():
    """After the window fixture set the Malaysian locale: the machine's bare C locale."""
    yield
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Malaysia))


def test_birth_date_shown_hinted_and_typed_as_a_person_reads_it(
    qtbot, window, real_services, c_locale
) -> None:
    QLocale.setDefault(QLocale.c())
    make_customer(real_services, "+60123456788", "Mei Ling Tan", birth_date=date(1990, 11, 1))
    page = open_customers(qtbot, window)
    search(qtbot, window, page, "Mei")
    press(qtbot, page.search, Qt.Key.Key_Return)
    press(qtbot, page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.detail.detail is not None, timeout=15_000)
    settle(qtbot, window)
    form = page.detail.form
    page.detail.tabs.setCurrentIndex(1)
    assert form.birthday.text() == "1 Nov 1990"
    assert form.birthday.placeholderText() == "optional, e.g. 30 Nov 1990"
    form.birthday.clear()
    type_text(qtbot, form.birthday, "5/3/1985")
    assert form.fields["birthday"].error.isHidden()
    form.birthday.clear()
    type_text(qtbot, form.birthday, "1990 11 1")
    assert form.fields["birthday"].error.text() == HINT
    screenshot(window, "dates-birthday-hint-1366")
    window.resize(1024, 768)
    screenshot(window, "dates-birthday-hint-1024")
    form.birthday.clear()
    type_text(qtbot, form.birthday, "12 Mar 1985")
    qtbot.mouseClick(form.save, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert real_services.customer_admin.get_customer(
        page.detail.detail.customer_id
    ).birth_date == date(1985, 3, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("30 Nov 2026", date(2026, 11, 30)),
        ("30/11/2026", date(2026, 11, 30)),
        ("1-2-1990", date(1990, 2, 1)),
        ("1990-02-01", date(1990, 2, 1)),
        ("30 11 2026", None),
        ("31/02/1990", None),
    ],
)
def test_typed_dates(qapp, text: str, expected: date | None) -> None:
    assert parse_typed_date(QLocale.c(), text) == expected


def test_a_birthday_without_a_year_is_typed_saved_and_shown_without_one(
    qtbot, window, real_services
) -> None:
    make_customer(real_services, "+60123456786", "Siti Aminah", birth_date=date(1990, 11, 1))
    page = open_customers(qtbot, window)
    search(qtbot, window, page, "Siti")
    press(qtbot, page.search, Qt.Key.Key_Return)
    press(qtbot, page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.detail.detail is not None, timeout=15_000)
    settle(qtbot, window)
    form = page.detail.form
    page.detail.tabs.setCurrentIndex(1)
    assert form.birthday.text() == "1 Nov 1990"
    form.birthday.clear()
    type_text(qtbot, form.birthday, "30 Feb")
    assert form.fields["birthday"].error.text() == HINT
    assert not form.save.isEnabled()
    form.birthday.clear()
    type_text(qtbot, form.birthday, "14 May")
    assert form.fields["birthday"].error.isHidden()
    assert form.save.isEnabled()
    screenshot(window, "dates-birthday-without-year-1366")
    qtbot.mouseClick(form.save, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    customer_id = page.detail.detail.customer_id
    saved = real_services.customer_admin.get_customer(customer_id)
    assert (saved.birthday, saved.birth_date) == (Birthday(5, 14), None)
    qtbot.waitUntil(lambda: page.detail.detail.birthday == Birthday(5, 14), timeout=15_000)
    assert form.birthday.text() == "14 May"
    assert not form.dirty
    # 29 February is a birthday without a year; clearing the field clears the birthday.
    form.birthday.clear()
    type_text(qtbot, form.birthday, "29/2")
    assert form.fields["birthday"].error.isHidden()
    form.birthday.clear()
    assert form.save.isEnabled()
    qtbot.mouseClick(form.save, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert real_services.customer_admin.get_customer(customer_id).birthday is None


@pytest.mark.parametrize(
    ("locale", "text", "expected", "shown"),
    [
        (QLocale("en_MY"), "14 May", Birthday(5, 14), "14 May"),
        (QLocale("en_MY"), "--05-14", Birthday(5, 14), "14 May"),
        (QLocale("es_ES"), "14 mayo", Birthday(5, 14), "14 may"),
        (QLocale("ms_MY"), "14/5", Birthday(5, 14), "14 Mei"),
        (QLocale("zh_CN"), "5月14日", Birthday(5, 14), "5月14日"),
        (QLocale("en_MY"), "29 Feb", Birthday(2, 29), "29 Feb"),
        (QLocale("en_MY"), "14 May 1990", Birthday(5, 14, 1990), "14 May 1990"),
        (QLocale("en_MY"), "31/4", None, ""),
    ],
)
def test_typed_birthdays(qapp, locale, text: str, expected: Birthday | None, shown: str) -> None:
    assert parse_typed_birthday(locale, text) == expected
    assert (birthday_text(locale, expected) if expected else "") == shown


def _zone_off_the_machine_date() -> str:
    """A time zone whose calendar date is not the machine's now: at any hour one of these two
    (UTC+14 and UTC−11) is on another day than the machine."""
    for zone in ("Pacific/Kiritimati", "Pacific/Pago_Pago"):
        if datetime.now(ZoneInfo(zone)).date() != date.today():
            return zone
    raise AssertionError("both zones are on the machine's date")


def test_latest_birth_date_is_the_shops_today_not_the_machines(
    qtbot, window, real_services
) -> None:
    zone = _zone_off_the_machine_date()
    settings = real_services.program.get_settings()
    real_services.program.save_settings(
        actor=OWNER, settings=replace(settings, profile=replace(settings.profile, timezone=zone))
    )
    make_customer(real_services, "+60123456787", "Kiri Tan")
    page = open_customers(qtbot, window)
    search(qtbot, window, page, "Kiri")
    press(qtbot, page.search, Qt.Key.Key_Return)
    press(qtbot, page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.detail.detail is not None, timeout=15_000)
    settle(qtbot, window)
    form = page.detail.form
    page.detail.tabs.setCurrentIndex(1)
    shop_today = datetime.now(ZoneInfo(zone)).date()
    fmt = window.counter.fmt
    form.birthday.clear()
    type_text(qtbot, form.birthday, fmt.date(shop_today + timedelta(days=1)))
    assert form.fields["birthday"].error.text() == HINT
    assert not form.save.isEnabled()
    form.birthday.clear()
    type_text(qtbot, form.birthday, fmt.date(shop_today))
    assert form.fields["birthday"].error.isHidden()
    screenshot(window, "dates-birthday-shop-today-1366")
    qtbot.mouseClick(form.save, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    saved = real_services.customer_admin.get_customer(page.detail.detail.customer_id)
    assert saved.birth_date == shop_today
