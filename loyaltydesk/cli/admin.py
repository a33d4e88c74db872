"""Owner commands: backup, restore, report, staff and audit."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from loyaltydesk.cli.commands import CliContext
from loyaltydesk.cli.parser import CommandFactory, iso_date
from loyaltydesk.domain.errors import ErrorCode, InvalidInputError, RefusedError
from loyaltydesk.domain.staff import Role
from loyaltydesk.services.dto import to_jsonable
from loyaltydesk.services.report_dto import SECTIONS, WEEKDAYS, PeriodReport

STAFF_ACTIONS = ("list", "add", "remove", "role", "pin")


def add_parsers(command: CommandFactory) -> None:
    backup = command("backup", "back up the shop database now (owner)")
    backup.add_argument("file", nargs="?", help="file or folder (default: the backups folder)")

    restore = command("restore", "replace all the shop's data with a backup (owner)")
    restore.add_argument("file", help="the backup file")
    restore.add_argument("--yes", action="store_true", help="confirm without asking")

    report = command("report", "figures for a period of local dates (owner)")
    report.add_argument(
        "--from", dest="date_from", required=True, type=iso_date, metavar="YYYY-MM-DD"
    )
    report.add_argument("--to", dest="date_to", required=True, type=iso_date, metavar="YYYY-MM-DD")
    report.add_argument("--section", choices=SECTIONS, default="summary", help="for --csv")
    report.add_argument("--csv", metavar="FILE", help="write the section as CSV")
    report.add_argument("--threshold", type=_positive, help="check-ins a day that look unusual")

    staff = command("staff", "list, add or remove staff, change roles and PINs (owner)")
    staff.add_argument("action", choices=STAFF_ACTIONS)
    staff.add_argument("staff_id", nargs="?", type=_positive, metavar="ID")
    staff.add_argument("--name", help="for add")
    staff.add_argument("--role", choices=[r.value for r in Role], help="for add and role")
    staff.add_argument("--new-pin", help="for add and pin")
    staff.add_argument("--current-pin", help="for pin, when changing your own as a cashier")

    audit = command("audit", "the audit log, newest first (owner)")
    audit.add_argument("--since", type=iso_date, metavar="YYYY-MM-DD")
    audit.add_argument("--until", type=iso_date, metavar="YYYY-MM-DD")
    audit.add_argument("--action", help="action prefix, e.g. staff. or points.void")
    audit.add_argument("--staff", type=_positive, metavar="ID")
    audit.add_argument("--at-till", metavar="TILL", help="only this till")
    audit.add_argument("--limit", type=_positive, default=50)
    audit.add_argument("--offset", type=int, default=0)


def cmd_backup(ctx: CliContext) -> int:
    services = ctx.open_services()
    target = Path(ctx.args.file) if ctx.args.file else None
    info = services.backups.back_up_now(actor=ctx.actor(services), target=target)
    return ctx.out.success(_plain(info), [f"Backed up to {info.path} ({info.size_bytes} bytes)."])


def cmd_restore(ctx: CliContext) -> int:
    services = ctx.open_services()
    actor = ctx.actor(services)
    path = Path(ctx.args.file)
    confirm = bool(ctx.args.yes)
    if not confirm:
        check = services.backups.check_backup(actor=actor, path=path)
        if not sys.stdin.isatty():
            raise RefusedError(
                "Restoring replaces all the shop's data. Nothing was restored: "
                "run again with --yes to confirm.",
                code=ErrorCode.CONFIRMATION_REQUIRED,
            )
        print(
            f"{path} holds {check.customers} customers and {check.ledger_entries} ledger "
            "entries. Restoring replaces ALL the shop's data with it.",
            file=sys.stderr,
        )
        answer = input("Type yes to restore: ")
        if answer.strip().lower() != "yes":
            raise RefusedError("Nothing was restored.", code=ErrorCode.CONFIRMATION_REQUIRED)
        confirm = True
    result = services.backups.restore_backup(actor=actor, path=path, confirm=confirm)
    return ctx.out.success(
        _plain(result),
        [
            f"Restored {result.customers} customers from {result.restored_from}.",
            f"The data as it was before is saved in {result.safety_copy}.",
        ],
    )


def cmd_report(ctx: CliContext) -> int:
    a = ctx.args
    services = ctx.open_services()
    report = services.reports.period_report(
        actor=ctx.actor(services),
        date_from=a.date_from,
        date_to=a.date_to,
        suspicious_threshold=a.threshold,
    )
    lines = report_lines(report)
    data: dict[str, Any] = {"report": report}
    if a.csv:
        rows = services.reports.export_csv(report=report, section=a.section, path=Path(a.csv))
        data["csv"] = {"section": a.section, "path": a.csv, "rows": rows}
        lines.append(f"Wrote {a.section} ({rows} rows) to {a.csv}.")
    return ctx.out.success(data, lines)


def cmd_staff(ctx: CliContext) -> int:
    a = ctx.args
    services = ctx.open_services()
    actor = ctx.actor(services)
    if a.action == "list":
        members = services.staff.list_all_staff(actor=actor)
        return ctx.out.success(
            {"staff": members},
            [
                f"{m.staff_id}: {m.name} ({m.role.value}){'' if m.active else ' removed'}"
                for m in members
            ],
        )
    if a.action == "add":
        if not a.name or not a.new_pin:
            raise InvalidInputError("staff add needs --name and --new-pin.")
        role = Role(a.role or Role.CASHIER.value)
        member = services.staff.add_staff(actor=actor, name=a.name, role=role, pin=a.new_pin)
        return ctx.out.success(member, [f"Added {member.name} as {member.role.value}."])
    staff_id = _need_id(a.staff_id, a.action)
    if a.action == "remove":
        member = services.staff.remove_staff(actor=actor, staff_id=staff_id)
        return ctx.out.success(member, [f"{member.name} can no longer sign in."])
    if a.action == "role":
        if not a.role:
            raise InvalidInputError("staff role needs --role OWNER or CASHIER.")
        member = services.staff.change_role(actor=actor, staff_id=staff_id, role=a.role)
        return ctx.out.success(member, [f"{member.name} is now {member.role.value}."])
    if not a.new_pin:
        raise InvalidInputError("staff pin needs --new-pin.")
    member = services.staff.change_pin(
        actor=actor, staff_id=staff_id, new_pin=a.new_pin, current_pin=a.current_pin
    )
    return ctx.out.success(member, [f"{member.name}'s PIN was changed."])


def cmd_audit(ctx: CliContext) -> int:
    a = ctx.args
    services = ctx.open_services()
    page = services.audit.list_audit(
        actor=ctx.actor(services),
        since=a.since,
        until=a.until,
        staff_id=a.staff,
        action_prefix=a.action,
        till=a.at_till,
        offset=a.offset,
        limit=a.limit,
    )
    lines = [
        f"{e.at:%Y-%m-%d %H:%M:%S}Z {e.till:<10} {e.staff_name or 'system':<16} {e.action} "
        f"{e.target_type} {e.target_id}".rstrip()
        for e in page.entries
    ]
    lines.append(f"{len(page.entries)} of {page.total} entries.")
    return ctx.out.success(page, lines)


def report_lines(report: PeriodReport) -> list[str]:
    p = report.points
    period = report.period
    lines = [
        f"Report {period.date_from} to {period.date_to} ({period.timezone})",
        f"check-ins {report.check_ins}, customers {report.visitors}, new members "
        f"{report.new_members}, returning {report.returning_members}",
        f"points issued {p.issued} (earned {p.earned}, added {p.adjusted_in}), removed "
        f"{p.adjusted_out}, redeemed {p.redeemed}, expired {p.expired}",
        f"outstanding {report.outstanding_points} points of {report.customers_with_points} "
        f"customers, worth {report.liability_value or '-'} {report.currency}",
        f"rewards redeemed {report.rewards_redeemed_total}",
    ]
    lines += [f"  {r.title}: {r.times} ({r.points} pts)" for r in report.rewards_redeemed]
    lines.append("top customers:")
    lines += [
        f"  {c.short_code} {c.name}: {c.points_earned} pts, {c.check_ins} check-ins"
        for c in report.top_customers
    ]
    busiest = max(range(24), key=lambda h: report.visits_by_hour[h])
    weekdays = zip(WEEKDAYS, report.visits_by_weekday, strict=True)
    lines.append(
        f"busiest hour {busiest:02d}:00; by weekday: " + ", ".join(f"{d} {n}" for d, n in weekdays)
    )
    lines += [
        f"  unusual: {s.short_code} {s.name} checked in {s.check_ins} times on {s.day}"
        for s in report.suspicious
    ]
    return lines


def _plain(value: Any) -> Any:
    """JSON-ready data; file paths as text (the shared ``to_jsonable`` knows no paths)."""
    value = to_jsonable(value)
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


def _need_id(staff_id: int | None, action: str) -> int:
    if staff_id is None:
        raise InvalidInputError(f"staff {action} needs the staff member's ID (see staff list).")
    return staff_id


def _positive(text: str) -> int:
    try:
        value = int(text, 10)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text[:20]!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


COMMANDS: dict[str, Callable[[CliContext], int]] = {
    "backup": cmd_backup,
    "restore": cmd_restore,
    "report": cmd_report,
    "staff": cmd_staff,
    "audit": cmd_audit,
}
