"""``loyaltydesk customers import|export|merge|erase|export-one`` and ``loyaltydesk ledger export``.

All of them are owner actions: pass an owner's ``--pin`` (or set LOYALTYDESK_PIN).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from loyaltydesk.cli.commands import CliContext
from loyaltydesk.cli.output import EXIT_OK, EXIT_REFUSED
from loyaltydesk.cli.parser import CommandFactory, Parser, UsageError, _common
from loyaltydesk.services.customer_admin_dto import ImportSummary

Handler = Callable[[CliContext], int]
MAX_ERROR_LINES = 50


def add_parsers(command: CommandFactory) -> None:
    customers = command("customers", "customer administration: import, export, merge, erase")
    actions = customers.add_subparsers(
        dest="customers_action", metavar="ACTION", required=True, parser_class=Parser
    )

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        common = _common(suppress=True)
        return actions.add_parser(name, help=help_text, description=help_text, parents=[common])

    imp = action(
        "import",
        "import customers with opening balances from a CSV file (owner); "
        "exits 1 when some rows had problems",
    )
    imp.add_argument("file")
    imp.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="HEADER=FIELD",
        help="map a column, e.g. 'Cell=phone' (fields: name, first_name, last_name, phone, "
        "email, points, birth_date, short_code, notes, marketing_consent, ignore)",
    )
    imp.add_argument("--dry-run", action="store_true", help="check everything, write nothing")
    imp.add_argument("--encoding", help="the file's encoding if not UTF-8, e.g. cp1252")

    export = action("export", "save every customer as CSV, one a row (owner)")
    export.add_argument("file")

    merge = action("merge", "merge duplicate B into customer A (owner)")
    merge.add_argument("keep", metavar="A")
    merge.add_argument("duplicate", metavar="B")
    merge.add_argument("--ref")

    erase = action("erase", "erase a customer's personal data, GDPR (owner)")
    erase.add_argument("ident")
    erase.add_argument("--ref")

    one = action("export-one", "save one customer's data as JSON, GDPR access (owner)")
    one.add_argument("ident")
    one.add_argument("file")

    ledger = command("ledger", "the points ledger")
    ledger_actions = ledger.add_subparsers(
        dest="ledger_action", metavar="ACTION", required=True, parser_class=Parser
    )
    ledger_export = ledger_actions.add_parser(
        "export",
        help="save every ledger entry as CSV (owner)",
        description="save every ledger entry as CSV (owner)",
        parents=[_common(suppress=True)],
    )
    ledger_export.add_argument("file")


def cmd_customers(ctx: CliContext) -> int:
    return CUSTOMER_ACTIONS[ctx.args.customers_action](ctx)


def cmd_import(ctx: CliContext) -> int:
    a = ctx.args
    services = ctx.open_services()
    summary = services.csv_import.import_customers(
        path=a.file,
        actor=ctx.actor(services),
        mapping=_mapping(a.map),
        encoding=a.encoding,
        dry_run=a.dry_run,
    )
    ctx.out.success(_summary_json(summary), _summary_lines(summary))
    return EXIT_REFUSED if summary.errors else EXIT_OK


def cmd_export(ctx: CliContext) -> int:
    services = ctx.open_services()
    result = services.csv_export.export_customers(path=ctx.args.file, actor=ctx.actor(services))
    return ctx.out.success(
        {"path": str(result.path), "rows": result.rows},
        [f"Saved {result.rows} customers to {result.path}."],
    )


def cmd_merge(ctx: CliContext) -> int:
    a = ctx.args
    services = ctx.open_services()
    result = services.customer_admin.merge_customers(
        keep=a.keep, merge=a.duplicate, actor=ctx.actor(services), ref_code=ctx.ref()
    )
    line = f"Merged: {result.points_moved} points moved; balance now {result.balance}."
    if result.replayed:
        line += " (already recorded; nothing changed)"
    return ctx.out.success(result, [line])


def cmd_erase(ctx: CliContext) -> int:
    services = ctx.open_services()
    result = services.customer_admin.erase_customer(
        customer=ctx.args.ident, actor=ctx.actor(services), ref_code=ctx.ref()
    )
    return ctx.out.success(
        result, [f"Erased the personal data of {result.records_erased} customer record(s)."]
    )


def cmd_export_one(ctx: CliContext) -> int:
    a = ctx.args
    services = ctx.open_services()
    entries = services.customer_admin.export_customer_data(
        customer=a.ident, path=a.file, actor=ctx.actor(services)
    )
    return ctx.out.success(
        {"path": a.file, "ledger_entries": entries},
        [f"Saved the customer's data ({entries} ledger entries) to {a.file}."],
    )


def cmd_ledger(ctx: CliContext) -> int:
    services = ctx.open_services()
    result = services.csv_export.export_ledger(path=ctx.args.file, actor=ctx.actor(services))
    return ctx.out.success(
        {"path": str(result.path), "rows": result.rows},
        [f"Saved {result.rows} ledger entries to {result.path}."],
    )


def _mapping(pairs: list[str]) -> dict[str, str] | None:
    mapping: dict[str, str] = {}
    for pair in pairs:
        header, sep, field = pair.rpartition("=")
        if not sep or not header.strip() or not field.strip():
            raise UsageError(f"--map takes HEADER=FIELD, not {pair[:40]!r}")
        mapping[header.strip()] = field.strip()
    return mapping or None


def _summary_json(summary: ImportSummary) -> dict[str, Any]:
    return {
        "rows_read": summary.rows_read,
        "created": summary.created,
        "skipped": summary.skipped,
        "points_credited": summary.points_credited,
        "error_count": summary.error_count,
        "errors": summary.errors,
        "dry_run": summary.dry_run,
        "cancelled": summary.cancelled,
        "file_id": summary.file_id,
        "mapping": summary.mapping,
    }


def _summary_lines(summary: ImportSummary) -> list[str]:
    verb = "Would create" if summary.dry_run else "Created"
    lines = [
        f"{verb} {summary.created} customers ({summary.points_credited} opening points); "
        f"{summary.skipped} already imported; {summary.error_count} rows with problems."
    ]
    for problem in summary.errors[:MAX_ERROR_LINES]:
        column = f" [{problem.column}]" if problem.column else ""
        lines.append(f"  row {problem.row_number}{column}: {problem.message}")
    if summary.error_count > MAX_ERROR_LINES:
        lines.append(f"  ... and {summary.error_count - MAX_ERROR_LINES} more (use --json).")
    return lines


CUSTOMER_ACTIONS: dict[str, Handler] = {
    "import": cmd_import,
    "export": cmd_export,
    "merge": cmd_merge,
    "erase": cmd_erase,
    "export-one": cmd_export_one,
}

COMMANDS: dict[str, Handler] = {"customers": cmd_customers, "ledger": cmd_ledger}
