"""The import view's tables: the preview rows and the per-row problems, and the field names."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, QRect, Qt
from PySide6.QtWidgets import QTableView

from loyaltydesk.domain.csv_mapping import ImportField, RowProblem
from loyaltydesk.services.customer_admin_dto import ImportPreview, ImportSummary
from loyaltydesk.ui.formatting import Formatter, display_phone
from loyaltydesk.ui.owner.widgets.table import Column, RowsModel
from loyaltydesk.ui.translation import TranslationContext, fill

Cell = Callable[[Any], str]


class CustomerImport(TranslationContext):
    """Words of the import preview and summary tables."""


def field_names() -> list[tuple[str, str]]:
    """(field value, words) for the mapping choices; "ignore" first."""
    return [
        (ImportField.IGNORE.value, CustomerImport.tr("Not imported")),
        (ImportField.NAME.value, CustomerImport.tr("Name")),
        (ImportField.FIRST_NAME.value, CustomerImport.tr("First name")),
        (ImportField.LAST_NAME.value, CustomerImport.tr("Last name")),
        (ImportField.PHONE.value, CustomerImport.tr("Phone")),
        (ImportField.EMAIL.value, CustomerImport.tr("Email")),
        (ImportField.POINTS.value, CustomerImport.tr("Opening points")),
        (ImportField.BIRTH_DATE.value, CustomerImport.tr("Birth date")),
        (ImportField.SHORT_CODE.value, CustomerImport.tr("Member code")),
        (ImportField.NOTES.value, CustomerImport.tr("Notes")),
        (ImportField.CONSENT.value, CustomerImport.tr("Marketing consent")),
    ]


def preview_model(fmt: Formatter, parent: QObject | None = None) -> RowsModel:
    """The first rows of the file as they would be imported."""

    def text(key: str) -> Cell:
        return lambda row: str(row.get(key) or "")

    def when(row: dict[str, Any]) -> str:
        return fmt.birthday(row.get("birthday"))

    return RowsModel(
        [
            Column(CustomerImport.tr("Row"), lambda row: str(row["row"]), right=True),
            Column(CustomerImport.tr("Name"), text("name")),
            Column(CustomerImport.tr("Phone"), lambda row: display_phone(row.get("phone"))),
            Column(CustomerImport.tr("Email"), text("email")),
            Column(
                CustomerImport.tr("Points"),
                lambda row: fmt.points(row.get("points") or 0),
                right=True,
            ),
            Column(CustomerImport.tr("Birth date"), when),
            Column(
                CustomerImport.tr("Offers"),
                lambda row: CustomerImport.tr("yes") if row.get("marketing_consent") else "",
            ),
        ],
        parent,
    )


def problems_model(parent: QObject | None = None) -> RowsModel:
    """One line per row that cannot be imported, saying what to fix."""

    def column(problem: RowProblem) -> str:
        return problem.column

    return RowsModel(
        [
            Column(CustomerImport.tr("Row"), lambda problem: str(problem.row_number), right=True),
            Column(CustomerImport.tr("Column"), column),
            Column(CustomerImport.tr("What to fix"), lambda problem: problem.message),
        ],
        parent,
    )


def rows_with_problems(problems: Sequence[RowProblem]) -> int:
    """Rows, not problems: one row can have several (a bad email and a bad birth date)."""
    return len({problem.row_number for problem in problems})


def import_question(
    file_name: str, fmt: Formatter, checked: ImportSummary | None, preview: ImportPreview | None
) -> str:
    """What a real import will do, in numbers: from the dry run of this file and these
    columns when there was one, else from the preview's estimate."""
    if checked is not None:
        return fill(
            CustomerImport.tr("Import %Ln new customer(s) from %1?\n\nOpening points: %2\n"
                "Rows with problems, left out: %3\nRows imported before, skipped: %4", "",
                checked.created),
            file_name,
            fmt.points(checked.points_credited),
            fmt.points(rows_with_problems(checked.errors)),
            fmt.points(checked.skipped),
        )  # fmt: skip
    total = preview.total_rows if preview is not None else 0
    wrong = rows_with_problems(preview.errors) if preview is not None else 0
    return (
        CustomerImport.tr(
            "Import about %Ln row(s) from %1?\n\nRows with problems (%2 seen so far) are left "
            'out. "Check the whole file" first shows the exact numbers.',
            "",
            total,
        )
        .replace("%1", file_name)
        .replace("%2", fmt.points(wrong))
    )


def fit_wrapped_rows(table: QTableView, minimum: int) -> None:
    """Each row as tall as its last column's text wrapped in that column (the table stretches
    its last column), with room for a scroll bar that taller rows may bring."""
    model = table.model()
    last = model.columnCount() - 1
    taken = sum(table.columnWidth(c) for c in range(last))
    width = table.viewport().width() - taken - table.verticalScrollBar().sizeHint().width() - 24
    for row in range(model.rowCount()):
        text = str(model.index(row, last).data() or "")
        box = table.fontMetrics().boundingRect(
            QRect(0, 0, max(width, 40), 10_000), Qt.TextFlag.TextWordWrap, text
        )
        table.setRowHeight(row, max(minimum, box.height() + 16))


def summary_message(summary: ImportSummary, fmt: Formatter) -> tuple[str, str]:
    """(words, tone) for the banner once an import or a dry run ends: what happened, in
    counts."""
    counts = fill(
        CustomerImport.tr(
            "Rows read: %1 · New customers: %2 · Already imported: %3 · "
            "Rows with problems: %4 · Opening points: %5"
        ),
        fmt.points(summary.rows_read),
        fmt.points(summary.created),
        fmt.points(summary.skipped),
        fmt.points(rows_with_problems(summary.errors)),
        fmt.points(summary.points_credited),
    )
    tone = "warn" if summary.errors else "ok"
    if summary.cancelled:
        head = CustomerImport.tr(
            "Cancelled. What was imported stays; import the same file again to "
            "finish — rows already imported are skipped."
        )
        tone = "info"
    elif summary.dry_run:
        head = CustomerImport.tr("Dry run — nothing was imported.")
    else:
        head = CustomerImport.tr("Import finished.")
    return f"{head} {counts}", tone
