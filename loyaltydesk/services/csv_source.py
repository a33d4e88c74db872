"""Opening a customer CSV from another system: encoding, separator, header, rows.

Encoding: a byte-order mark decides (UTF-8, UTF-16 LE/BE). Without one the file must be strict
UTF-8, checked over the whole file before anything is imported; anything else is refused with
the line of the first bad byte and the fix ("save as CSV UTF-8"), unless the owner names the
encoding (``cp1252`` for an old Excel "CSV (Comma delimited)"). We do not guess cp1252 silently:
it decodes *any* bytes, so a file in another legacy code page would import garbled names.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from loyaltydesk.domain.csv_mapping import bom_encoding, detect_delimiter
from loyaltydesk.domain.errors import ErrorCode, InvalidInputError

_CHUNK = 1 << 20
#: Python's csv refuses a field over 128 KiB and then cannot resume the file; a huge cell must be
#: reported as one row's problem instead, so the reader's limit is set far above any real cell.
_FIELD_LIMIT = 64 << 20


@dataclass(frozen=True, slots=True)
class CsvSource:
    path: Path
    encoding: str
    delimiter: str
    headers: tuple[str, ...]
    file_id: str
    """The first 16 hex digits of the SHA-256 of the file's bytes."""
    total_rows: int
    """Lines after the header (an estimate: a quoted cell may hold a line break)."""

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """(spreadsheet row number, cells) for each record after the header."""
        if csv.field_size_limit() < _FIELD_LIMIT:
            csv.field_size_limit(_FIELD_LIMIT)
        with self.path.open(encoding=self.encoding, newline="") as stream:
            reader = csv.reader(stream, delimiter=self.delimiter)
            next(reader, None)
            yield from enumerate(reader, start=2)


def open_csv(path: str | Path, encoding: str | None = None) -> CsvSource:
    """Check the whole file decodes and read its header; INVALID_FILE saying why if not."""
    source = Path(path)
    if not source.is_file():
        raise _error(f"There is no file {source.name!r}.")
    try:
        with source.open("rb") as stream:
            head = stream.read(4)
        chosen = bom_encoding(head) or _known(encoding) or "utf-8"
        digest, lines = _check_decodes(source, chosen, explicit=encoding is not None)
        if csv.field_size_limit() < _FIELD_LIMIT:
            csv.field_size_limit(_FIELD_LIMIT)
        with source.open(encoding=chosen, newline="") as stream:
            first = stream.read(1 << 16)
            header_line = first.splitlines()[0] if first.strip() else ""
            if not header_line.strip():
                raise _error("The file is empty: the first line must name the columns.")
            if "\x00" in first:
                raise _error(
                    "The file looks like UTF-16 without a byte-order mark. "
                    "Save it again as 'CSV UTF-8'."
                )
            delimiter = detect_delimiter(header_line)
            stream.seek(0)
            headers = next(csv.reader(stream, delimiter=delimiter), [])
    except OSError as exc:
        raise _error(f"Cannot read {source.name!r}: {exc.strerror or 'error'}.") from None
    except csv.Error:
        raise _error("The first line of the file is not a CSV header.") from None
    return CsvSource(
        path=source,
        encoding=chosen,
        delimiter=delimiter,
        headers=tuple(headers),
        file_id=digest,
        total_rows=max(0, lines - 1),
    )


def _check_decodes(source: Path, encoding: str, *, explicit: bool) -> tuple[str, int]:
    """(file id, line count); INVALID_FILE naming the line of the first undecodable byte."""
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    digest = hashlib.sha256()
    lines = 0
    last = b""
    with source.open("rb") as stream:
        while chunk := stream.read(_CHUNK):
            digest.update(chunk)
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as exc:
                line = lines + chunk.count(b"\n", 0, exc.start) + 1
                raise _encoding_error(encoding, line, explicit) from None
            lines += chunk.count(b"\n")
            last = chunk
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            raise _encoding_error(encoding, lines + 1, explicit) from None
    if last and not last.endswith(b"\n"):
        lines += 1
    return digest.hexdigest()[:16], lines


def _known(encoding: str | None) -> str | None:
    if encoding is None:
        return None
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise _error(f"Unknown text encoding {encoding[:30]!r}.") from None


def _encoding_error(encoding: str, line: int, explicit: bool) -> InvalidInputError:
    if explicit:
        return _error(f"The file is not valid {encoding} text (line {line}).", line=line)
    return _error(
        f"The file is not UTF-8 text (first problem on line {line}). In your spreadsheet, "
        "save it as 'CSV UTF-8', or name its encoding (for example cp1252).",
        line=line,
    )


def _error(message: str, **details: object) -> InvalidInputError:
    return InvalidInputError(message, code=ErrorCode.INVALID_FILE, **details)
