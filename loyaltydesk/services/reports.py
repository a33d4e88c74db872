"""Owner reports for a period of local dates, and their CSV export."""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from loyaltydesk.domain.csv_mapping import neutralise_cell
from loyaltydesk.domain.errors import ErrorCode, InvalidInputError, RefusedError
from loyaltydesk.domain.ledger import EntryKind
from loyaltydesk.domain.program import shop_zone
from loyaltydesk.domain.shop_days import local_period_bounds
from loyaltydesk.domain.staff import Actor, require_owner
from loyaltydesk.services.context import ServiceContext
from loyaltydesk.services.report_dto import (
    SECTIONS,
    WEEKDAYS,
    PeriodReport,
    PointsSummary,
    ReportPeriod,
    RewardLine,
    SuspiciousDay,
    TopCustomer,
)

DEFAULT_SUSPICIOUS_THRESHOLD = 3
DEFAULT_TOP = 10
MAX_PERIOD_DAYS = 10 * 366
_EPOCH_DAY = date(1970, 1, 1)


class ReportService:
    def __init__(
        self, context: ServiceContext, *, suspicious_threshold: int = DEFAULT_SUSPICIOUS_THRESHOLD
    ) -> None:
        self._ctx = context
        self._threshold = suspicious_threshold

    def period_report(
        self,
        *,
        actor: Actor,
        date_from: date,
        date_to: date,
        suspicious_threshold: int | None = None,
        top: int = DEFAULT_TOP,
    ) -> PeriodReport:
        """Everything the Reports page shows for the local dates ``date_from``..``date_to``
        (inclusive, in the shop's time zone). Owner only. Voided operations do not count;
        the liability is the points customers held at the end of the period."""
        require_owner(actor, "see reports")
        threshold = self._threshold if suspicious_threshold is None else suspicious_threshold
        if isinstance(threshold, bool) or not isinstance(threshold, int) or threshold < 1:
            raise InvalidInputError("The check-ins-per-day threshold is a whole number above 0.")
        if not 1 <= top <= 1000:
            raise InvalidInputError("Top customers: 1 to 1000.")
        with self._ctx.uow.read() as uow:
            settings = self._ctx.settings(uow)
            period = local_period(date_from, date_to, settings.profile.timezone)
            start, end = period.start_utc, period.end_utc
            segments = offset_segments(shop_zone(period.timezone), start, end)
            repo = uow.reports
            check_ins, visitors = repo.check_in_counts(start, end)
            kinds = repo.points_by_kind(start, end)
            outstanding, holders = repo.outstanding(end)
            rewards = tuple(RewardLine(*row) for row in repo.rewards_redeemed(start, end))
            earners = repo.top_earners(start, end, top)
            visits = repo.check_ins_of([row[0] for row in earners], start, end)
            hours = repo.check_ins_by_hour(start, end, segments)
            weekdays = repo.check_ins_by_weekday(start, end, segments)
            busy = repo.busy_days(start, end, segments, threshold)
            point_value = settings.rules.point_value
            return PeriodReport(
                period=period,
                currency=settings.profile.currency,
                check_ins=check_ins,
                visitors=visitors,
                new_members=repo.new_members(start, end),
                returning_members=repo.returning_members(start, end),
                points=_points(kinds),
                outstanding_points=outstanding,
                customers_with_points=holders,
                liability_value=None if point_value is None else outstanding * point_value,
                rewards_redeemed=rewards,
                rewards_redeemed_total=sum(line.times for line in rewards),
                top_customers=tuple(
                    TopCustomer(str(uid), code, name, int(points), visits.get(row_id, 0))
                    for row_id, uid, code, name, points in earners
                ),
                visits_by_hour=tuple(hours.get(h, 0) for h in range(24)),
                visits_by_weekday=tuple(weekdays.get(d, 0) for d in range(7)),
                suspicious=tuple(
                    SuspiciousDay(str(uid), code, name, _EPOCH_DAY + timedelta(days=int(d)), n)
                    for _, uid, code, name, d, n in busy
                ),
                suspicious_threshold=threshold,
                generated_at=self._ctx.now(),
            )

    def export_csv(self, *, report: PeriodReport, section: str, path: Path) -> int:
        """Write one section of ``report`` as CSV; returns the data rows written."""
        return report_csv(report, section, path)


def local_period(date_from: date, date_to: date, timezone: str) -> ReportPeriod:
    """The UTC instants from the start of ``date_from`` to the end of ``date_to``, local time."""
    if not isinstance(date_from, date) or not isinstance(date_to, date):
        raise InvalidInputError("A report needs a first and a last date.")
    if isinstance(date_from, datetime) or isinstance(date_to, datetime):
        date_from = date_from.date() if isinstance(date_from, datetime) else date_from
        date_to = date_to.date() if isinstance(date_to, datetime) else date_to
    if date_to < date_from:
        raise InvalidInputError("The last date of a report cannot be before its first date.")
    if (date_to - date_from).days > MAX_PERIOD_DAYS:
        raise InvalidInputError("A report covers at most ten years.")
    zone = shop_zone(timezone)
    start, end = local_period_bounds(date_from, date_to, zone)
    return ReportPeriod(date_from, date_to, zone.key, start, end)


def offset_segments(zone: ZoneInfo, start: datetime, end: datetime) -> list[tuple[datetime, int]]:
    """The zone's UTC offsets over [start, end): (instant it starts to apply, seconds)."""

    def offset(moment: datetime) -> int:
        delta = moment.astimezone(zone).utcoffset()
        return int(delta.total_seconds()) if delta is not None else 0

    def at(second: int) -> datetime:
        return datetime.fromtimestamp(second, UTC)

    segments = [(start, offset(start))]
    step = timedelta(hours=6)  # no zone changes its offset twice within six hours
    moment = start
    while moment < end:
        following = min(moment + step, end)
        current = segments[-1][1]
        if offset(following) != current:
            low, high = int(moment.timestamp()), int(following.timestamp())
            while high - low > 1:
                middle = (low + high) // 2
                if offset(at(middle)) == current:
                    low = middle
                else:
                    high = middle
            segments.append((at(high), offset(at(high))))
        moment = following
    return segments


# -- CSV --------------------------------------------------------------------------------------


def report_csv(report: PeriodReport, section: str, path: Path) -> int:
    """Write one section of the report to ``path`` (UTF-8 with a BOM, so spreadsheet programs
    read names correctly). Text cells that a spreadsheet would run as a formula are prefixed
    with an apostrophe. Returns the number of data rows."""
    if section not in SECTIONS:
        raise InvalidInputError(f"Unknown report section. Choose one of: {', '.join(SECTIONS)}.")
    header, rows = _section_rows(report, section)
    target = Path(path)
    partial = target.with_name(target.name + ".partial")
    try:
        with partial.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            for row in rows:
                writer.writerow([safe_cell(value) for value in row])
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise RefusedError(
            f"The file could not be written: {exc.strerror or type(exc).__name__}",
            code=ErrorCode.INVALID_INPUT,
        ) from exc
    return len(rows)


def safe_cell(value: Any) -> Any:
    """Numbers as they are; text starting like a formula gets a leading apostrophe."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | Decimal):
        return value
    return neutralise_cell(value.isoformat() if isinstance(value, date | datetime) else str(value))


def _section_rows(report: PeriodReport, section: str) -> tuple[list[str], list[Sequence[Any]]]:
    if section == "summary":
        return ["metric", "value"], list(_summary(report))
    if section == "rewards":
        return ["reward_id", "title", "times", "points"], [
            (r.reward_id, r.title, r.times, r.points) for r in report.rewards_redeemed
        ]
    if section == "top_customers":
        return ["rank", "short_code", "name", "points_earned", "check_ins"], [
            (rank, c.short_code, c.name, c.points_earned, c.check_ins)
            for rank, c in enumerate(report.top_customers, start=1)
        ]
    if section == "visits_by_hour":
        return ["hour", "check_ins"], [
            (f"{h:02d}:00", n) for h, n in enumerate(report.visits_by_hour)
        ]
    if section == "visits_by_weekday":
        return ["weekday", "check_ins"], list(zip(WEEKDAYS, report.visits_by_weekday, strict=True))
    return ["date", "short_code", "name", "check_ins"], [
        (s.day, s.short_code, s.name, s.check_ins) for s in report.suspicious
    ]


def _summary(report: PeriodReport) -> Iterable[tuple[str, Any]]:
    p = report.points
    yield "date_from", report.period.date_from
    yield "date_to", report.period.date_to
    yield "timezone", report.period.timezone
    yield "check_ins", report.check_ins
    yield "visitors", report.visitors
    yield "new_members", report.new_members
    yield "returning_members", report.returning_members
    yield "points_issued", p.issued
    yield "points_earned", p.earned
    yield "points_adjusted_in", p.adjusted_in
    yield "points_adjusted_out", p.adjusted_out
    yield "points_redeemed", p.redeemed
    yield "points_expired", p.expired
    yield "outstanding_points", report.outstanding_points
    yield "customers_with_points", report.customers_with_points
    yield f"liability_value_{report.currency}", report.liability_value
    yield "rewards_redeemed", report.rewards_redeemed_total
    yield f"days_over_{report.suspicious_threshold}_check_ins", len(report.suspicious)


def _points(kinds: dict[str, tuple[int, int]]) -> PointsSummary:
    earned = kinds.get(EntryKind.EARN, (0, 0))[0]
    adjusted_in, adjusted_out = kinds.get(EntryKind.ADJUST, (0, 0))
    return PointsSummary(
        issued=earned + adjusted_in,
        earned=earned,
        adjusted_in=adjusted_in,
        adjusted_out=adjusted_out,
        redeemed=kinds.get(EntryKind.REDEEM, (0, 0))[1],
        expired=kinds.get(EntryKind.EXPIRE, (0, 0))[1],
    )
