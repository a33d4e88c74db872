"""Exporting all customers, or the whole points ledger, to CSV.

Streamed in id order, a few thousand rows per query, into a temporary file beside the target
that replaces it only when complete (a cancel or crash leaves no half file). UTF-8 with a BOM,
so Excel shows accents right; our importer reads it back. Text cells that a spreadsheet would
run as a formula (starting with = + - @ tab or CR) get a leading apostrophe; numbers stay numbers.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from loyaltydesk.domain.csv_mapping import neutralise_cell
from loyaltydesk.domain.errors import ErrorCode, InvalidInputError
from loyaltydesk.domain.staff import Actor, require_owner
from loyaltydesk.services.context import ServiceContext
from loyaltydesk.services.customer_admin_dto import ExportResult
from loyaltydesk.services.dto import to_jsonable
from loyaltydesk.services.mutation_log import record_mutation

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
CHUNK = 5000

CUSTOMER_COLUMNS = (
    "customer_id", "short_code", "name", "phone", "email", "birth_date", "status", "tier",
    "balance", "marketing_consent", "joined_at", "last_seen_at", "erased_at", "merged_into",
    "notes",
)  # fmt: skip
LEDGER_COLUMNS = (
    "entry_id", "transaction_id", "created_at", "customer_id", "short_code", "kind",
    "operation", "points", "amount", "units", "rule", "reason", "reward_id", "staff_id", "till",
    "ref_code", "expires_at", "remaining", "voided",
)  # fmt: skip


class CsvExportService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def export_customers(
        self,
        *,
        path: str | Path,
        actor: Actor,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ExportResult:
        """Owner only: every customer, one a row, with a header row."""
        require_owner(actor, "export customers")
        return self._export(path, actor, "customers", CUSTOMER_COLUMNS, self._customer_rows,
                            progress, cancelled)  # fmt: skip

    def export_ledger(
        self,
        *,
        path: str | Path,
        actor: Actor,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ExportResult:
        """Owner only: every ledger entry, oldest first, with its customer and operation."""
        require_owner(actor, "export the ledger")
        return self._export(path, actor, "ledger", LEDGER_COLUMNS, self._ledger_rows,
                            progress, cancelled)  # fmt: skip

    # -- rows ------------------------------------------------------------------------------------

    def _customer_rows(self) -> tuple[int, Iterator[list[Any]]]:
        with self._ctx.uow.read() as uow:
            total = uow.customer_admin.count_customers()

        def rows() -> Iterator[list[Any]]:
            after = 0
            while True:
                with self._ctx.uow.read() as uow:
                    repo = uow.customer_admin
                    chunk = repo.customers_after(after, CHUNK)
                    lines = [_customer_line(c, repo.uuid_of(c.merged_into_id)) for c in chunk]
                    after = chunk[-1].id if chunk else after
                yield from lines
                if len(lines) < CHUNK:
                    return

        return total, rows()

    def _ledger_rows(self) -> tuple[int, Iterator[list[Any]]]:
        with self._ctx.uow.read() as uow:
            total = uow.customer_admin.count_entries()

        def rows() -> Iterator[list[Any]]:
            after = 0
            while True:
                with self._ctx.uow.read() as uow:
                    chunk = uow.customer_admin.ledger_after(after, CHUNK)
                    lines = [_ledger_line(e, op, cu, code) for e, op, (cu, code) in chunk]
                yield from lines
                if len(lines) < CHUNK:
                    return
                after = lines[-1][0]

        return total, rows()

    # -- writing ---------------------------------------------------------------------------------

    def _export(
        self,
        path: str | Path,
        actor: Actor,
        what: str,
        columns: tuple[str, ...],
        source: Callable[[], tuple[int, Iterator[list[Any]]]],
        progress: Progress | None,
        cancelled: Cancelled | None,
    ) -> ExportResult:
        target = Path(path)
        if target.is_dir():
            raise InvalidInputError("Give a file name, not a folder.", code=ErrorCode.INVALID_FILE)
        total, rows = source()
        written = _write_csv(target, columns, rows, total, progress, cancelled)
        if written is None:
            return ExportResult(target, 0, cancelled=True)
        with self._ctx.uow.write() as uow:
            record_mutation(
                uow, at=self._ctx.now(), actor=actor,
                action=f"{what}.export", details={"rows": written},
            )  # fmt: skip
            uow.commit()
        return ExportResult(target, written)


def csv_cell(value: Any) -> str:
    """A value as CSV text: ISO dates, plain decimals, empty for None, text neutralised."""
    if value is None:
        return ""
    if isinstance(value, str):
        return neutralise_cell(value)
    if isinstance(value, bool | int):
        return str(int(value))
    plain = to_jsonable(value)
    return plain if isinstance(plain, str) else str(plain)


def _write_csv(
    target: Path,
    columns: tuple[str, ...],
    rows: Iterable[list[Any]],
    total: int,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> int | None:
    """Rows written, or None when cancelled (the target is then left as it was)."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=target.parent, prefix=".export-", suffix=".tmp")
    except OSError as exc:
        raise _write_error(target, exc) from None
    written = 0
    try:
        with os.fdopen(handle, "w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow(columns)
            for row in rows:
                writer.writerow([csv_cell(v) for v in row])
                written += 1
                if written % CHUNK == 0:
                    if cancelled is not None and cancelled():
                        raise _CancelledError
                    if progress is not None:
                        progress(written, max(total, written))
        os.replace(temp, target)
    except _CancelledError:
        os.unlink(temp)
        return None
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise _write_error(target, exc) from None
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    if progress is not None:
        progress(written, written)
    return written


def _state(customer: Any) -> str:
    if customer.merged_into_id is not None:
        return "MERGED"
    if customer.erased_at is not None:
        return "ERASED"
    return str(customer.status)


class _CancelledError(Exception):
    pass


def _write_error(target: Path, exc: OSError) -> InvalidInputError:
    return InvalidInputError(
        f"Cannot write {target.name}: {exc.strerror or 'error'}.", code=ErrorCode.INVALID_FILE
    )


def _customer_line(c: Any, merged_into: str | None) -> list[Any]:
    return [
        c.uuid, c.short_code, c.name, c.phone, c.email, _birthday_cell(c), _state(c), c.tier,
        c.balance, int(c.marketing_consent), c.joined_at, c.last_seen_at, c.erased_at,
        merged_into, c.notes,
    ]  # fmt: skip


def _birthday_cell(c: Any) -> Any:
    """The full date, or ``--MM-DD`` (ISO 8601 without a year), which import reads back."""
    birthday = c.birthday
    if birthday is None:
        return None
    return birthday.full_date or birthday.iso()


def _ledger_line(e: Any, op: Any, customer_uuid: Any, code: str) -> list[Any]:
    return [
        e.id, op.id, e.created_at, customer_uuid, code, e.kind, op.kind, e.delta, e.amount,
        e.units, e.rule, e.reason, e.reward_id, e.staff_id, e.till, e.ref_code, e.expires_at,
        e.remaining, int(op.voided_by_id is not None),
    ]  # fmt: skip
