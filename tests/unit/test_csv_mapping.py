"""Header recognition and row validation of customer CSV files (pure)."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loyaltydesk.domain.csv_mapping import (
    ImportField,
    bom_encoding,
    detect_delimiter,
    detect_mapping,
    header_key,
    neutralise_cell,
    parse_row,
    unneutralise_cell,
)
from loyaltydesk.domain.customer_fields import Birthday
from loyaltydesk.domain.errors import ErrorCode, InvalidInputError

TODAY = date(2026, 3, 10)


def parse(headers, cells, overrides=None):
    mapping = detect_mapping(headers, overrides)
    return parse_row(2, cells, mapping, region="MY", today=TODAY)


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Name", ImportField.NAME),
        ("Full Name", ImportField.NAME),
        ("customer_name", ImportField.NAME),
        ("Phone", ImportField.PHONE),
        ("Mobile", ImportField.PHONE),
        ("Telephone", ImportField.PHONE),
        ("E-mail", ImportField.EMAIL),
        ("Email Address", ImportField.EMAIL),
        ("Points", ImportField.POINTS),
        ("Balance", ImportField.POINTS),
        ("Opening balance", ImportField.POINTS),
        ("birth_date", ImportField.BIRTH_DATE),
        ("Birthday", ImportField.BIRTH_DATE),
        ("DOB", ImportField.BIRTH_DATE),
        ("Member code", ImportField.SHORT_CODE),
        ("Notes", ImportField.NOTES),
        ("Marketing", ImportField.CONSENT),
        ("\ufeffphone", ImportField.PHONE),
    ],
)
def test_common_headers_are_recognised(header: str, field: ImportField) -> None:
    mapping = detect_mapping([header, "email"])
    assert mapping.fields[0] is field


def test_header_key_drops_case_accents_and_punctuation() -> None:
    assert header_key(" Téléphone-No. ") == "telephoneno"


def test_unknown_columns_stay_unmapped_and_overrides_win() -> None:
    overrides = {"Cell": "phone", "Pts": "points"}
    mapping = detect_mapping(["Cliente", "Cell", "Pts", "Phone"], overrides)
    assert mapping.as_dict() == {"Cell": "phone", "Pts": "points"}
    assert mapping.unmapped == ("Cliente", "Phone")


def test_override_can_ignore_a_recognised_column() -> None:
    mapping = detect_mapping(["phone", "notes"], {"notes": "ignore"})
    assert mapping.as_dict() == {"phone": "phone"}


def test_first_of_two_recognised_columns_wins() -> None:
    mapping = detect_mapping(["Mobile", "Phone"])
    assert mapping.as_dict() == {"Mobile": "phone"}


@pytest.mark.parametrize(
    ("headers", "overrides"),
    [
        (["name", "points"], None),
        (["phone"], {"nope": "phone"}),
        (["phone", "x"], {"x": "shoe_size"}),
        (["a", "b"], {"a": "phone", "b": "phone"}),
    ],
)
def test_file_level_mapping_problems(headers, overrides) -> None:
    with pytest.raises(InvalidInputError) as caught:
        detect_mapping(headers, overrides)
    assert caught.value.code is ErrorCode.INVALID_FILE


def test_a_good_row() -> None:
    row, problems = parse(
        ["Name", "Phone", "Email", "Points", "Birthday", "Member code", "Notes", "Consent"],
        ["  Lee  Mei ", "012-345 6789", "Lee@Example.COM", "1,250", "31/12/1990", "a1b2c3",
         "likes tea", "yes"],
    )  # fmt: skip
    assert problems == []
    assert row is not None
    assert (row.name, row.phone, row.email, row.points) == (
        "Lee Mei", "+60123456789", "lee@example.com", 1250,
    )  # fmt: skip
    assert (row.birthday, row.short_code, row.notes, row.marketing_consent) == (
        Birthday(12, 31, 1990), "A1B2C3", "likes tea", True,
    )  # fmt: skip


def test_first_and_last_name_are_joined() -> None:
    row, _ = parse(["First name", "Last name", "phone"], ["Ana", "Lima", "0123456789"])
    assert row is not None
    assert row.name == "Ana Lima"


@pytest.mark.parametrize(
    ("cells", "code"),
    [
        (["Lee", "12345", "", ""], ErrorCode.INVALID_PHONE),
        (["Lee", "", "not-an-email", ""], ErrorCode.INVALID_EMAIL),
        (["Lee", "", "a@b.co", "-5"], ErrorCode.INVALID_POINTS),
        (["Lee", "", "a@b.co", "12.5"], ErrorCode.INVALID_POINTS),
        (["Lee", "", "", ""], ErrorCode.INVALID_INPUT),
        (["x" * 121, "0123456789", "", ""], ErrorCode.INVALID_INPUT),
        (["Lee\u200bLim", "0123456789", "", ""], ErrorCode.INVALID_INPUT),
    ],
)
def test_bad_rows_say_what_is_wrong(cells, code) -> None:
    row, problems = parse(["name", "phone", "email", "points"], cells)
    assert row is None
    assert [p.code for p in problems] == [code]
    assert all(p.row_number == 2 and p.message for p in problems)


def test_every_problem_of_a_row_is_reported() -> None:
    _, problems = parse(["name", "phone", "email"], ["x", "123", "bad"])
    assert {p.code for p in problems} == {ErrorCode.INVALID_PHONE, ErrorCode.INVALID_EMAIL}
    assert {p.column for p in problems} == {"phone", "email"}


def test_a_huge_cell_is_one_clear_problem() -> None:
    _, problems = parse(["name", "phone", "notes"], ["Lee", "0123456789", "x" * 1_048_576])
    assert len(problems) == 1
    assert problems[0].column == "notes"
    assert "1,048,576" in problems[0].message


def test_extra_cells_mean_a_shifted_row() -> None:
    _, problems = parse(["name", "phone"], ["Lee", "Mei", "0123456789"])
    assert "3 cells" in problems[0].message


def test_missing_trailing_cells_are_empty() -> None:
    row, problems = parse(["phone", "name", "notes"], ["0123456789"])
    assert problems == []
    assert row is not None
    assert row.name == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [("1990-12-31", date(1990, 12, 31)), ("1990/1/2", date(1990, 1, 2)),
     ("02.01.1990", date(1990, 1, 2))],
)  # fmt: skip
def test_birth_dates(text, expected) -> None:
    row, _ = parse(["phone", "dob"], ["0123456789", text])
    assert row is not None
    assert row.birthday is not None
    assert row.birthday.full_date == expected


@pytest.mark.parametrize("text", ["12/31/1990", "2090-01-01", "yesterday"])
def test_bad_birth_dates(text) -> None:
    _, problems = parse(["phone", "dob"], ["0123456789", text])
    assert problems
    assert problems[0].column == "dob"


def test_our_own_neutralised_export_reads_back() -> None:
    row, problems = parse(["phone"], ["'+60123456789"])
    assert problems == []
    assert row is not None
    assert row.phone == "+60123456789"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('=HYPERLINK("http://evil","click")', '\'=HYPERLINK("http://evil","click")'),
        ("+60123", "'+60123"),
        ("-1", "'-1"),
        ("@x", "'@x"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("Lee", "Lee"),
        ("O'Brien", "O'Brien"),
        ("'Ana", "'Ana"),
        ("'=x", "''=x"),
        ("''-1", "'''-1"),
        ("", ""),
    ],
)
def test_neutralise_cell(value, expected) -> None:
    assert neutralise_cell(value) == expected
    assert unneutralise_cell(expected) == value


@given(st.text(alphabet=st.sampled_from("'=+-@\t\rAé 1"), max_size=8) | st.text(max_size=20))
def test_unneutralise_undoes_neutralise(value: str) -> None:
    assert unneutralise_cell(neutralise_cell(value)) == value


@pytest.mark.parametrize("name", ["-Ana", "+Ben", "=Carla", "@Dee", "'=Eve", "O'Neil", "Zoë 李"])
def test_a_name_registration_takes_imports_whatever_its_first_character(name) -> None:
    row, problems = parse(["name", "phone"], [neutralise_cell(name), "0121000001"])
    assert problems == []
    assert row is not None
    assert row.name == name


def test_delimiters_and_boms() -> None:
    assert detect_delimiter("name;phone;email") == ";"
    assert detect_delimiter("name\tphone") == "\t"
    assert detect_delimiter('"a,b";c;d') == ";"
    assert detect_delimiter("phone") == ","
    assert bom_encoding(b"\xef\xbb\xbfname") == "utf-8-sig"
    assert bom_encoding(b"\xff\xfen\x00") == "utf-16"
    assert bom_encoding(b"name") is None
