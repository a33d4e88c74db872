"""Numbers, dates and header words of a customer CSV, read in the file's locale (pure rules)."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from loyaltydesk.domain.csv_headers import ENGLISH_ONLY, HeaderWords, ImportField
from loyaltydesk.domain.csv_locale import (
    STYLES,
    MonthDay,
    import_style,
    parse_birthday,
    parse_number,
    parse_points,
    shop_language,
)
from loyaltydesk.domain.csv_mapping import detect_mapping, parse_row
from loyaltydesk.domain.customer_fields import Birthday
from loyaltydesk.domain.errors import ErrorCode, InvalidInputError
from loyaltydesk.services.header_catalog import header_words
from tests.support.import_catalogs import HEADERS, MONTHS, declared, write_catalogs

ES, EN, ZH, ID, US = STYLES["es"], STYLES["en"], STYLES["zh"], STYLES["id"], STYLES["en_US"]


@pytest.fixture(scope="module")
def words(tmp_path_factory: pytest.TempPathFactory) -> HeaderWords:
    return header_words(write_catalogs(tmp_path_factory.mktemp("ts")))


# -- the locale rule ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("region", "currency", "language"),
    [("ES", "EUR", "es"), ("IE", "EUR", "en"), ("MY", "MYR", "ms"), ("ID", "IDR", "id"),
     ("SG", "SGD", "en"), ("US", "USD", "en_US"), ("XX", "IDR", "id"), ("XX", "EUR", "en"),
     ("cn", "CNY", "zh")],
)  # fmt: skip
def test_the_shop_region_then_currency_decides(region, currency, language) -> None:
    assert shop_language(region, currency) == language


def test_the_header_language_wins_over_the_shop() -> None:
    spanish = import_style(region="MY", currency="MYR", header_languages={"es": 4, "en": 1})
    assert spanish is ES
    assert import_style(region="ES", currency="EUR", header_languages={"en": 5}) is ES
    assert import_style(region="ES", currency="EUR", header_languages={"zh_CN": 2}) is ZH


def test_a_tie_between_languages_goes_to_the_shop_or_else_the_shop_way() -> None:
    tie = {"ms": 2, "id": 2}
    assert import_style(region="ID", currency="IDR", header_languages=tie) is ID
    assert import_style(region="MY", currency="MYR", header_languages=tie) is STYLES["ms"]
    assert import_style(region="IE", currency="EUR", header_languages=tie) is EN


# -- numbers ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "style", "value"),
    [("1.200", ES, 1200), ("1,250", EN, 1250), ("1 200", ES, 1200), ("1 200", EN, 1200),
     ("1\u00a0200", ID, 1200), ("1.234.567", ID, 1234567), ("250", ES, 250),
     ("1200,00", ES, 1200), ("1,250.0", EN, 1250), ("0", EN, 0)],
)  # fmt: skip
def test_points_written_the_locale_way(text, style, value) -> None:
    assert parse_points(text, style) == value


def test_money_decimals_the_locale_way() -> None:
    assert parse_number("12,50", ES) == Decimal("12.50")
    assert parse_number("1.234,5", ES) == Decimal("1234.5")
    assert parse_number("12.50", EN) == Decimal("12.50")


@pytest.mark.parametrize(
    ("text", "style"),
    [("1.250", EN), ("1,250", ES), ("12,5", ES), ("-5", EN), ("1,25", EN), ("1.2.3", ES),
     ("12 50", EN), ("abc", ES)],
)  # fmt: skip
def test_an_ambiguous_or_wrong_number_is_a_problem_that_says_how(text, style) -> None:
    with pytest.raises(InvalidInputError) as caught:
        parse_points(text, style)
    assert caught.value.code is ErrorCode.INVALID_POINTS
    assert f"thousands with '{style.group}'" in caught.value.message


# -- dates --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "style", "value"),
    [("14/05/1990", ES, date(1990, 5, 14)), ("14.05.1990", EN, date(1990, 5, 14)),
     ("05/14/1990", US, date(1990, 5, 14)), ("1990-05-14", US, date(1990, 5, 14)),
     ("1990/5/14", ES, date(1990, 5, 14)), ("1990年5月14日", ZH, date(1990, 5, 14)),
     ("14/05/1990", ZH, date(1990, 5, 14)), ("14 mayo 1990", ES, date(1990, 5, 14)),
     ("14 de mayo de 1990", ES, date(1990, 5, 14)), ("May 14, 1990", EN, date(1990, 5, 14)),
     ("14 Mei 1990", ID, date(1990, 5, 14)), ("3 Ago 1985", ES, date(1985, 8, 3))],
)  # fmt: skip
def test_dates_the_locale_way(text, style, value, words) -> None:
    assert parse_birthday(text, style, words.months) == value


@pytest.mark.parametrize(
    ("text", "style", "value"),
    [("05-14", ES, MonthDay(5, 14)), ("14/05", ES, MonthDay(5, 14)),
     ("05/14", US, MonthDay(5, 14)), ("14 Mei", ID, MonthDay(5, 14)),
     ("5月14日", ZH, MonthDay(5, 14)), ("29/02", EN, MonthDay(2, 29)),
     ("Sept 3", EN, MonthDay(9, 3)), ("3 Ogos", ID, MonthDay(8, 3)),
     ("十二月 3", ZH, MonthDay(12, 3))],
)  # fmt: skip
def test_a_birthday_without_a_year_is_a_day_and_a_month(text, style, value, words) -> None:
    assert parse_birthday(text, style, words.months) == value


@pytest.mark.parametrize(
    ("text", "style"),
    [("05/14/1990", ES), ("14/05/1990", US), ("05/06/1990", ZH), ("14/13", ES),
     ("31/02/1990", ES), ("ju 3", EN), ("14 Foo", ES), ("1990", ES)],
)  # fmt: skip
def test_a_date_that_cannot_be_read_for_sure_is_refused(text, style, words) -> None:
    with pytest.raises(ValueError, match=r"."):
        parse_birthday(text, style, words.months)


# -- header words from the catalogs -------------------------------------------------------------


def test_the_fixture_catalogs_cover_every_declared_word() -> None:
    headers, months = declared()
    assert (set(HEADERS), set(MONTHS)) == (headers, months)


@pytest.mark.parametrize(
    ("header", "field"),
    [("Nombre", ImportField.NAME), ("Teléfono", ImportField.PHONE),
     ("CORREO ELECTRONICO", ImportField.EMAIL), ("Puntos", ImportField.POINTS),
     ("Fecha de nacimiento", ImportField.BIRTH_DATE), ("Apellidos", ImportField.LAST_NAME),
     ("No. Telefon", ImportField.PHONE), ("Tarikh lahir", ImportField.BIRTH_DATE),
     ("Mata", ImportField.POINTS), ("Nomor HP", ImportField.PHONE),
     ("Tanggal  lahir", ImportField.BIRTH_DATE), ("手机号码", ImportField.PHONE),
     ("积分", ImportField.POINTS), ("姓名", ImportField.NAME), ("生日", ImportField.BIRTH_DATE),
     ("Customer name", ImportField.NAME), ("Points balance", ImportField.POINTS),
     ("Phone Number", ImportField.PHONE), ("E-mail", ImportField.EMAIL)],
)  # fmt: skip
def test_headers_in_every_language_from_the_catalogs(header, field, words) -> None:
    assert detect_mapping([header, "email"], words=words).fields[0] is field


def test_english_only_without_catalogs() -> None:
    assert detect_mapping(["Teléfono", "email"], words=ENGLISH_ONLY).fields[0] is None


def test_the_header_language_is_counted_and_english_words_say_nothing(words) -> None:
    spanish = detect_mapping(["Nombre", "Teléfono", "Email", "Puntos"], words=words)
    assert dict(spanish.header_languages) == {"en": 1, "es": 3}
    english = detect_mapping(["Name", "Phone", "Email"], words=words)
    assert dict(english.header_languages) == {"en": 3}


def test_a_missing_or_broken_catalog_folder_leaves_english(tmp_path: Path) -> None:
    (tmp_path / "loyaltydesk_es.ts").write_text("<TS><context>", encoding="utf-8")
    assert header_words(tmp_path).fields == ENGLISH_ONLY.fields
    assert header_words(tmp_path / "none").fields == ENGLISH_ONLY.fields


def test_a_row_read_the_spanish_way(words) -> None:
    mapping = detect_mapping(["Nombre", "Apellidos", "Teléfono", "Puntos", "Cumpleaños"],
                             words=words)  # fmt: skip
    row, problems = parse_row(
        2, ["Ana", "Lima", "612 345 678", "1.200", "14/05/1990"], mapping,
        region="ES", today=date(2026, 3, 1), style=ES, months=words.months,
    )  # fmt: skip
    assert problems == []
    assert row is not None
    assert (row.name, row.phone, row.points, row.birthday) == (
        "Ana Lima",
        "+34612345678",
        1200,
        Birthday(5, 14, 1990),
    )


@pytest.mark.parametrize(
    ("text", "style"), [("14/05", EN), ("05-14", EN), ("--05-14", EN), ("14/05", ES)]
)
def test_a_yearless_birthday_in_a_row_is_kept_as_day_and_month(text, style, words) -> None:
    mapping = detect_mapping(["phone", "birthday"], words=words)
    row, problems = parse_row(2, ["0123456789", text], mapping, region="MY",
                              today=date(2026, 3, 1), style=style)  # fmt: skip
    assert problems == []
    assert row is not None
    assert row.birthday == Birthday(5, 14)
    assert row.birthday.full_date is None
