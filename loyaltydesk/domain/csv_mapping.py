"""Customer CSV files from other systems: which column is what, and whether a row is usable.

Pure rules, no I/O: the import service reads the file and hands rows here. A row becomes either a
:class:`ParsedRow` or a list of :class:`RowProblem` saying, in plain words, what to fix.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from loyaltydesk.domain.csv_headers import ENGLISH_ONLY, HeaderWords, ImportField, header_key
from loyaltydesk.domain.csv_locale import (
    ImportStyle,
    MonthDay,
    import_style,
    parse_birthday,
    parse_points,
)
from loyaltydesk.domain.customer_fields import (
    MAX_NAME,
    MAX_NOTES,
    Birthday,
    check_birth_date,
    clean_name,
    clean_notes,
)
from loyaltydesk.domain.errors import ErrorCode, InvalidInputError, LoyaltyError
from loyaltydesk.domain.identifiers import IdentifierKind, classify, normalise_email, parse_phone

MAX_CELL = 1000
#: A cell starting with one of these is run as a formula by spreadsheets (CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
DELIMITERS = (",", ";", "\t", "|")


_TRUE = frozenset({"yes", "y", "true", "1", "x", "optedin", "ja", "si", "oui", "ya"})
_FALSE = frozenset({"no", "n", "false", "0", "", "optedout", "nein", "non", "tidak"})


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """Which field each column holds (None: not imported)."""

    headers: tuple[str, ...]
    fields: tuple[ImportField | None, ...]
    header_languages: tuple[tuple[str, int], ...] = ()
    """(language, headers recognised in its words), for :func:`csv_locale.import_style`."""

    def column_of(self, field: ImportField) -> int | None:
        return next((i for i, f in enumerate(self.fields) if f is field), None)

    def as_dict(self) -> dict[str, str]:
        """Header -> field name, for a preview or ``--json``."""
        return {h: f.value for h, f in zip(self.headers, self.fields, strict=True) if f}

    @property
    def unmapped(self) -> tuple[str, ...]:
        return tuple(h for h, f in zip(self.headers, self.fields, strict=True) if f is None)


def detect_mapping(
    headers: Sequence[str],
    overrides: Mapping[str, str] | None = None,
    words: HeaderWords = ENGLISH_ONLY,
) -> ColumnMapping:
    """Recognise common headers in ``words``' languages (English only unless the catalogs'
    words are passed); ``overrides`` (header -> field name or "ignore") win.

    INVALID_FILE when an override names an unknown header or field, when two columns are mapped
    to one field by hand, or when there is neither a phone nor an email column.
    """
    clean = tuple(h.replace("\ufeff", "").strip() for h in headers)
    keys = [header_key(h) for h in clean]
    chosen: list[ImportField | None] = [None] * len(clean)
    manual: set[int] = set()
    for header, field_name in (overrides or {}).items():
        index = _find_header(keys, header)
        field = _field_named(field_name)
        if field is not ImportField.IGNORE and field in [chosen[i] for i in manual]:
            raise _file_error(f"Two columns are mapped to {field.value}.")
        chosen[index] = field
        manual.add(index)
    taken = {chosen[i] for i in manual}
    for index, key in enumerate(keys):
        field = words.fields.get(key)
        if index in manual or field is None or field in taken:
            continue
        chosen[index] = field
        taken.add(field)
    fields = tuple(None if f is ImportField.IGNORE else f for f in chosen)
    if ImportField.PHONE not in fields and ImportField.EMAIL not in fields:
        raise _file_error(
            "The file needs a phone or an email column. Name a column 'phone' or 'email', "
            "or map one (for example --map 'Cell=phone')."
        )
    counts = words.languages_of(keys)
    return ColumnMapping(clean, fields, tuple(sorted(counts.items())))


@dataclass(frozen=True, slots=True)
class ParsedRow:
    row_number: int
    """As a spreadsheet numbers it: the header is row 1."""
    name: str
    phone: str | None
    email: str | None
    points: int
    birthday: Birthday | None
    short_code: str | None
    notes: str
    marketing_consent: bool


@dataclass(frozen=True, slots=True)
class RowProblem:
    row_number: int
    column: str
    code: str
    message: str


def parse_row(
    row_number: int,
    cells: Sequence[str],
    mapping: ColumnMapping,
    *,
    region: str,
    today: date,
    style: ImportStyle | None = None,
    months: Mapping[str, int] | None = None,
) -> tuple[ParsedRow | None, list[RowProblem]]:
    """The row's values, or every problem found in it (a row is imported whole or not at all).

    ``style``: how the file writes numbers and dates (``csv_locale.import_style``; the
    region's way when not given); ``months``: month words from ``HeaderWords``.
    """
    style = style or import_style(region=region, currency="")
    month_words = months if months is not None else ENGLISH_ONLY.months
    problems: list[RowProblem] = []
    values: dict[ImportField, str] = {}
    width = len(mapping.headers)
    if len(cells) > width and any(c.strip() for c in cells[width:]):
        problems.append(
            RowProblem(
                row_number,
                "",
                ErrorCode.INVALID_INPUT,
                f"The row has {len(cells)} cells but the header has {width}; "
                "a value may contain an unquoted separator.",
            )
        )
    for index, field in enumerate(mapping.fields):
        if field is None:
            continue
        raw = cells[index] if index < len(cells) else ""
        values[field] = _clean_cell(raw)
        limit = MAX_NOTES if field is ImportField.NOTES else MAX_CELL
        if len(raw) > limit:
            problems.append(
                RowProblem(row_number, mapping.headers[index], ErrorCode.INVALID_INPUT,
                           f"The value is too long ({len(raw):,} characters; at most {limit:,}).")
            )  # fmt: skip
            values[field] = ""
    if problems:
        return None, problems

    def check(field: ImportField, convert, default):  # type: ignore[no-untyped-def]
        text = values.get(field, "")
        if not text:
            return default
        try:
            return convert(text)
        except LoyaltyError as error:
            column = mapping.headers[mapping.column_of(field) or 0]
            problems.append(RowProblem(row_number, column, error.code, error.message))
            return default

    name = check(ImportField.NAME, clean_name, "")
    first = check(ImportField.FIRST_NAME, clean_name, "")
    last = check(ImportField.LAST_NAME, clean_name, "")
    if not name and (first or last):
        name = " ".join(part for part in (first, last) if part)[:MAX_NAME].rstrip()
    elif (
        name
        and last
        and mapping.column_of(ImportField.FIRST_NAME) is None
        and not name.casefold().endswith(last.casefold())
    ):
        # "Nombre" + "Apellidos": the name column holds the first name only.
        name = f"{name} {last}"[:MAX_NAME].rstrip()
    phone = check(ImportField.PHONE, lambda t: parse_phone(t, default_region=region), None)
    email = check(ImportField.EMAIL, normalise_email, None)
    points = check(ImportField.POINTS, lambda t: parse_points(t, style), 0)
    birth = check(ImportField.BIRTH_DATE, lambda t: _birth_date(t, today, style, month_words), None)
    code = check(ImportField.SHORT_CODE, _short_code, None)
    notes = check(ImportField.NOTES, clean_notes, "")
    consent = check(ImportField.CONSENT, _consent, False)
    if (
        phone is None
        and email is None
        and not values.get(ImportField.PHONE)
        and not values.get(ImportField.EMAIL)
    ):
        problems.append(
            RowProblem(
                row_number,
                "",
                ErrorCode.INVALID_INPUT,
                "The row has neither a phone number nor an email address.",
            )
        )
    if problems:
        return None, problems
    return ParsedRow(row_number, name, phone, email, points, birth, code, notes, consent), []


def is_blank(cells: Sequence[str]) -> bool:
    return not any(c.strip() for c in cells)


def neutralise_cell(value: str) -> str:
    """A text cell a spreadsheet will show, never run: formula-looking text gets a leading '.

    So does text that is apostrophes before formula-looking text ("'=x" -> "''=x"): that way
    :func:`unneutralise_cell` can tell our apostrophe from one that belongs to the value.
    """
    if value.lstrip("'").startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def unneutralise_cell(text: str) -> str:
    """The inverse of :func:`neutralise_cell`: ``unneutralise_cell(neutralise_cell(v)) == v``."""
    if text.startswith("'") and text[1:].lstrip("'").startswith(FORMULA_PREFIXES):
        return text[1:]
    return text


def detect_delimiter(header_line: str) -> str:
    """The most frequent of , ; tab | in the header line (outside quotes); a comma if none."""
    outside = re.sub(r'"[^"]*"', "", header_line)
    counts = {d: outside.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def bom_encoding(head: bytes) -> str | None:
    """The encoding a byte-order mark announces, if any."""
    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    return None


# -- conversions ------------------------------------------------------------------------------


def _clean_cell(raw: str) -> str:
    """Our own export's neutralisation ('+60123...) undone, so an export imports unchanged."""
    return unneutralise_cell(raw.strip())


def _birth_date(text: str, today: date, style: ImportStyle, months: Mapping[str, int]) -> Birthday:
    """A birthday written the file's way (see ``domain.csv_locale``), with or without a year."""
    order = {True: "DD/MM/YYYY", False: "MM/DD/YYYY", None: "YYYY-MM-DD"}[style.day_first]
    try:
        parsed = parse_birthday(text, style, months)
    except ValueError:
        raise InvalidInputError(
            f"A birth date is written {order} or YYYY-MM-DD in this file.",
            code=ErrorCode.INVALID_INPUT,
        ) from None
    if isinstance(parsed, MonthDay):
        return Birthday(parsed.month, parsed.day)
    check_birth_date(parsed, today)
    return Birthday(parsed.month, parsed.day, parsed.year)


def _short_code(text: str) -> str:
    ident = classify(text)
    if ident.kind is not IdentifierKind.SHORT_CODE:
        raise InvalidInputError(
            "A member code is 6 characters, 0-9 and A-F.", code=ErrorCode.INVALID_IDENTIFIER
        )
    return ident.value


def _consent(text: str) -> bool:
    key = header_key(text)
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    raise InvalidInputError(
        "Marketing consent is yes or no (or 1 / 0, true / false).", code=ErrorCode.INVALID_INPUT
    )


def _find_header(keys: list[str], header: str) -> int:
    key = header_key(header)
    if key in keys:
        return keys.index(key)
    raise _file_error(f"The file has no column called {header[:60]!r}.")


def _field_named(name: str) -> ImportField:
    try:
        return ImportField(name.strip().lower().replace("-", "_").replace(" ", "_"))
    except ValueError:
        names = ", ".join(f.value for f in ImportField)
        raise _file_error(f"Unknown field {name[:40]!r}; use one of: {names}.") from None


def _file_error(message: str) -> InvalidInputError:
    return InvalidInputError(message, code=ErrorCode.INVALID_FILE)
