"""Importing customers with opening balances from another system's CSV file.

Idempotency: a row is imported at most once, ever. Its IMPORT operation's ref_code is
``import:<file id>:<row>`` (file id = a hash of the file's bytes), so re-running the same file
finds every row already done, even for customers erased since. A row whose phone or email
belongs to a customer an earlier import created (from any file, e.g. a corrected copy) is
skipped too, and its opening balance is not credited again; one that belongs to a customer
registered at the counter is reported as a row error. The ref is keyed on the file, not on the
phone, so no hash of a phone number (re-identifiable personal data) is left in the ledger.

Writing: rows are validated first (pure, in ``domain.csv_mapping``), then written in batches,
each batch one transaction (customers, IMPORT operations, opening-balance lots, one audit
entry). A cancel is honoured between batches and a crash rolls back the open batch, so a row is
never half written. A dry run does every check, against the database too, and writes nothing.
"""

from __future__ import annotations

import json
import secrets
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from loyaltydesk.domain.csv_locale import ImportStyle, import_style
from loyaltydesk.domain.csv_mapping import (
    ColumnMapping,
    ImportField,
    ParsedRow,
    RowProblem,
    detect_mapping,
    is_blank,
    parse_row,
)
from loyaltydesk.domain.customer_fields import Birthday
from loyaltydesk.domain.errors import ErrorCode, RefusedError
from loyaltydesk.domain.identifiers import name_key
from loyaltydesk.domain.ledger import EntryKind, OperationKind, add_months
from loyaltydesk.domain.program import ShopSettings
from loyaltydesk.domain.staff import Actor, require_owner
from loyaltydesk.services.context import ServiceContext
from loyaltydesk.services.csv_source import CsvSource, open_csv
from loyaltydesk.services.customer_admin_dto import ImportPreview, ImportSummary
from loyaltydesk.services.header_catalog import header_words
from loyaltydesk.services.mutation_log import record_mutation
from loyaltydesk.store.unit_of_work import UnitOfWork

Progress = Callable[[int, int], None]
"""``progress(rows_done, rows_total_estimate)``, called after each batch."""
Cancelled = Callable[[], bool]
BATCH_SIZE = 2000
PREVIEW_ROWS = 20
IMPORT_TILL = "import"


@dataclass
class _Tally:
    rows_read: int = 0
    created: int = 0
    skipped: int = 0
    points: int = 0
    errors: list[RowProblem] = field(default_factory=list)


@dataclass(frozen=True)
class _Reading:
    """How this file writes numbers and dates, and the month words known."""

    style: ImportStyle
    months: Mapping[str, int]


class CsvImportService:
    def __init__(self, context: ServiceContext, catalogs: Path | None = None) -> None:
        """``catalogs``: the folder of the ``.ts`` files whose header words are recognised
        (the installed app's by default)."""
        self._ctx = context
        self._catalogs = catalogs

    def preview_import(
        self,
        *,
        path: str | Path,
        mapping: Mapping[str, str] | None = None,
        encoding: str | None = None,
        rows: int = PREVIEW_ROWS,
    ) -> ImportPreview:
        """The detected encoding, separator and mapping, the first ``rows`` rows as they would
        be imported and their problems. Reads the file only (a dry run checks the database)."""
        source = open_csv(path, encoding)
        settings = self._settings()
        columns, reading = self._columns(source, mapping, settings)
        sample: list[dict[str, object]] = []
        errors: list[RowProblem] = []
        seen = 0
        for number, cells in source.rows():
            if is_blank(cells):
                continue
            parsed, problems = self._parse(number, cells, columns, settings, reading)
            errors += problems
            if parsed is not None:
                sample.append(_as_dict(parsed))
            seen += 1
            if seen >= rows:
                break
        return ImportPreview(
            encoding=source.encoding,
            delimiter=source.delimiter,
            headers=columns.headers,
            mapping=columns.as_dict(),
            unmapped=columns.unmapped,
            rows=tuple(sample),
            errors=tuple(errors),
            total_rows=source.total_rows,
            language=reading.style.language,
            number_example=reading.style.example(),
            day_first=reading.style.day_first,
        )

    def import_customers(
        self,
        *,
        path: str | Path,
        actor: Actor,
        mapping: Mapping[str, str] | None = None,
        encoding: str | None = None,
        dry_run: bool = False,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        batch_size: int = BATCH_SIZE,
    ) -> ImportSummary:
        """Owner only. Create the file's customers, crediting opening balances as lots that
        expire by the shop's rules. Safe to run again on the same file: nothing changes.

        Raises INVALID_FILE for a file that cannot be read at all (encoding, no phone or email
        column, a bad mapping); every other problem is reported per row in the summary.
        """
        require_owner(actor, "import customers")
        source = open_csv(path, encoding)
        settings = self._settings()
        columns, reading = self._columns(source, mapping, settings)
        tally = _Tally()
        seen: dict[str, int] = {}
        batch: list[ParsedRow] = []
        stopped = False
        for number, cells in source.rows():
            if is_blank(cells):
                continue
            tally.rows_read += 1
            parsed, problems = self._parse(number, cells, columns, settings, reading)
            if parsed is not None:
                problems = _first_in_file(parsed, seen, columns)
            if problems or parsed is None:
                tally.errors += problems
                continue
            batch.append(parsed)
            if len(batch) >= batch_size:
                if cancelled is not None and cancelled():
                    stopped = True
                    break
                self._write(batch, source, settings, actor, dry_run, tally)
                batch = []
                if progress is not None:
                    progress(tally.rows_read, max(source.total_rows, tally.rows_read))
        if batch and not stopped:
            if cancelled is not None and cancelled():
                stopped = True
            else:
                self._write(batch, source, settings, actor, dry_run, tally)
        if progress is not None and not stopped:
            progress(tally.rows_read, tally.rows_read)
        return ImportSummary(
            rows_read=tally.rows_read,
            created=tally.created,
            skipped=tally.skipped,
            points_credited=tally.points,
            errors=tuple(sorted(tally.errors, key=lambda p: p.row_number)),
            dry_run=dry_run,
            cancelled=stopped,
            file_id=source.file_id,
            mapping=columns.as_dict(),
        )

    # -- one batch, one transaction -----------------------------------------------------------

    def _write(
        self,
        batch: list[ParsedRow],
        source: CsvSource,
        settings: ShopSettings,
        actor: Actor,
        dry_run: bool,
        tally: _Tally,
    ) -> None:
        with self._ctx.uow.read() if dry_run else self._ctx.uow.write() as uow:
            fresh = self._sort_out(uow, batch, source.file_id, tally)
            if dry_run:
                tally.created += len(fresh)
                tally.points += sum(r.points for r in fresh)
                return
            if not fresh:
                return
            now = self._ctx.now()
            repo = uow.customer_admin
            codes = _short_codes(uow, fresh)
            base = settings.rules.base_tier()
            uuids = [uuid.uuid4() for _ in fresh]
            ids = repo.insert_customers([
                {"uuid": u, "short_code": code, "phone": r.phone, "email": r.email,
                 "name": r.name, "name_key": name_key(r.name), **_birthday_columns(r.birthday),
                 "status": "ACTIVE", "tier": base.name if base else None, "notes": r.notes,
                 "marketing_consent": r.marketing_consent, "balance": r.points,
                 "joined_at": now, "last_seen_at": None}
                for r, u, code in zip(fresh, uuids, codes, strict=True)
            ])  # fmt: skip
            refs = [_ref(source.file_id, r.row_number) for r in fresh]
            op_ids = repo.insert_operations([
                {"ref_code": ref, "kind": OperationKind.IMPORT.value, "customer_id": cid,
                 "staff_id": actor.staff_id, "till": IMPORT_TILL, "created_at": now,
                 "points": r.points, "amount": None,
                 "result": json.dumps({"customer_id": str(u), "file_id": source.file_id,
                                       "row": r.row_number, "points": r.points})}
                for r, u, cid, ref in zip(fresh, uuids, ids, refs, strict=True)
            ])  # fmt: skip
            months = settings.rules.expiry_months
            expires = add_months(now, months) if months is not None else None
            repo.insert_entries([
                {"operation_id": oid, "customer_id": cid, "kind": EntryKind.ADJUST.value,
                 "delta": r.points, "amount": None, "units": None, "rule": "IMPORT",
                 "reason": "opening balance", "reward_id": None, "staff_id": actor.staff_id,
                 "till": IMPORT_TILL, "ref_code": ref, "created_at": now,
                 "expires_at": expires, "remaining": r.points}
                for r, cid, oid, ref in zip(fresh, ids, op_ids, refs, strict=True)
                if r.points > 0
            ])  # fmt: skip
            points = sum(r.points for r in fresh)
            record_mutation(
                uow, at=now, actor=actor, action="customer.import",
                target_type="file", target_id=source.file_id,
                details={"rows": f"{fresh[0].row_number}-{fresh[-1].row_number}",
                         "created": len(fresh), "points": points},
            )  # fmt: skip
            uow.commit()
            tally.created += len(fresh)
            tally.points += points

    def _sort_out(
        self, uow: UnitOfWork, batch: list[ParsedRow], file_id: str, tally: _Tally
    ) -> list[ParsedRow]:
        """The rows to create; the rest are counted as skipped or reported as errors."""
        repo = uow.customer_admin
        done = repo.existing_refs(_ref(file_id, r.row_number) for r in batch)
        by_phone = repo.ids_by("phone", (r.phone for r in batch if r.phone))
        by_email = repo.ids_by("email", (r.email for r in batch if r.email))
        by_code = repo.ids_by("short_code", (r.short_code for r in batch if r.short_code))
        imported = repo.with_operation_kind(
            [*by_phone.values(), *by_email.values()], OperationKind.IMPORT.value
        )
        fresh: list[ParsedRow] = []
        for row in batch:
            owners = {by_phone.get(row.phone or ""), by_email.get(row.email or "")} - {None}
            if _ref(file_id, row.row_number) in done or (owners and owners <= imported):
                tally.skipped += 1
            elif len(owners) > 1:
                tally.errors.append(
                    _problem(
                        row,
                        "The phone and the email belong to two "
                        "different customers; the row was not imported.",
                    )
                )
            elif owners:
                what = "phone number" if by_phone.get(row.phone or "") else "email address"
                tally.errors.append(
                    _problem(
                        row,
                        f"A customer with this {what} is already "
                        "registered; the row was not imported.",
                    )
                )
            elif row.short_code and row.short_code in by_code:
                tally.errors.append(_problem(row, "That member code is already in use."))
            else:
                fresh.append(row)
        return fresh  # fmt: skip

    def _columns(
        self, source: CsvSource, mapping: Mapping[str, str] | None, settings: ShopSettings
    ) -> tuple[ColumnMapping, _Reading]:
        """The columns, recognised in every catalog's words, and the locale of the file (the
        rule: ``domain.csv_locale``)."""
        words = header_words(self._catalogs)
        columns = detect_mapping(source.headers, mapping, words)
        style = import_style(
            region=settings.profile.default_region,
            currency=settings.profile.currency,
            header_languages=dict(columns.header_languages),
        )
        return columns, _Reading(style, words.months)

    def _parse(
        self,
        number: int,
        cells: list[str],
        columns: ColumnMapping,
        settings: ShopSettings,
        reading: _Reading,
    ) -> tuple[ParsedRow | None, list[RowProblem]]:
        return parse_row(
            number, cells, columns,
            region=settings.profile.default_region, today=self._ctx.today(settings),
            style=reading.style, months=reading.months,
        )  # fmt: skip

    def _settings(self) -> ShopSettings:
        with self._ctx.uow.read() as uow:
            return self._ctx.settings(uow)


def _first_in_file(
    row: ParsedRow, seen: dict[str, int], columns: ColumnMapping
) -> list[RowProblem]:
    """A problem if an earlier row of the file has the same phone, email or member code."""
    keys = [
        (ImportField.PHONE, "phone number", row.phone),
        (ImportField.EMAIL, "email address", row.email),
        (ImportField.SHORT_CODE, "member code", row.short_code),
    ]
    for field_, words, value in keys:
        earlier = seen.get(f"{field_.value}:{value}") if value else None
        if earlier is not None:
            index = columns.column_of(field_)
            column = columns.headers[index] if index is not None else ""
            return [
                RowProblem(row.row_number, column, ErrorCode.CUSTOMER_EXISTS,
                           f"Same {words} as row {earlier}; only the first is imported.")
            ]  # fmt: skip
    for field_, _, value in keys:
        if value:
            seen[f"{field_.value}:{value}"] = row.row_number
    return []


def _short_codes(uow: UnitOfWork, rows: list[ParsedRow]) -> list[str]:
    """The row's own member code, or a fresh one free in the store and in this batch."""
    taken = {r.short_code for r in rows if r.short_code}
    wanted = [r.short_code for r in rows]
    for _ in range(50):
        missing = [i for i, code in enumerate(wanted) if code is None]
        if not missing:
            return [code for code in wanted if code is not None]
        candidates = {i: secrets.token_hex(3).upper() for i in missing}
        used = uow.customer_admin.ids_by("short_code", candidates.values())
        for i, code in candidates.items():
            if code not in used and code not in taken:
                wanted[i] = code
                taken.add(code)
    raise RefusedError("Could not find free member codes.", code=ErrorCode.STORE_UNAVAILABLE)


def _ref(file_id: str, row_number: int) -> str:
    return f"import:{file_id}:{row_number}"


def _problem(row: ParsedRow, message: str) -> RowProblem:
    return RowProblem(row.row_number, "", ErrorCode.CUSTOMER_EXISTS, message)


def _birthday_columns(birthday: Birthday | None) -> dict[str, Any]:
    return {
        "birth_date": birthday and birthday.full_date,
        "birth_month": birthday and birthday.month,
        "birth_day": birthday and birthday.day,
    }


def _as_dict(row: ParsedRow) -> dict[str, Any]:
    return {
        "row": row.row_number, "name": row.name, "phone": row.phone, "email": row.email,
        "points": row.points, "birthday": row.birthday, "short_code": row.short_code,
        "notes": row.notes, "marketing_consent": row.marketing_consent,
    }  # fmt: skip
