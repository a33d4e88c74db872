"""What the Reports page shows of a ``PeriodReport``: figure tiles, two charts and three tables."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from loyaltydesk.services.report_dto import PeriodReport
from loyaltydesk.ui.formatting import Formatter
from loyaltydesk.ui.owner.widgets.reflow import ColumnsLayout
from loyaltydesk.ui.owner.widgets.table import Column, Look, RowsTable
from loyaltydesk.ui.translation import TranslationContext
from loyaltydesk.ui.widgets.bar_chart import BarChart

TILE_COLUMNS = 4
TILE_WIDTH = 200


class ReportsPageWords(TranslationContext):
    """Words of the report's figures and tables."""


class FigureTile(QFrame):
    """A figure with its name above and a note below."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReportTile")
        self.setAccessibleName(name)
        title = QLabel(name)
        title.setObjectName("FieldLabel")
        self.value = QLabel("–")
        self.value.setObjectName("TileValue")
        self.note = QLabel("")
        self.note.setObjectName("Muted")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(4)
        layout.addWidget(title)
        layout.addWidget(self.value)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def show_figure(self, value: str, note: str = "") -> None:
        self.value.setText(value)
        self.note.setText(note)
        self.setAccessibleDescription(f"{value} {note}".strip())


class FigureTiles(QWidget):
    """The summary: check-ins, members, points and the liability, four tiles a row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        names = {
            "check_ins": ReportsPageWords.tr("Check-ins"),
            "new_members": ReportsPageWords.tr("New members"),
            "returning": ReportsPageWords.tr("Returning members"),
            "rewards": ReportsPageWords.tr("Rewards redeemed"),
            "issued": ReportsPageWords.tr("Points issued"),
            "redeemed": ReportsPageWords.tr("Points redeemed"),
            "expired": ReportsPageWords.tr("Points expired"),
            "outstanding": ReportsPageWords.tr("Outstanding points"),
        }
        self.tiles = {key: FigureTile(name) for key, name in names.items()}
        # Four a row when there is room, else two (never a row of three and a row of two).
        grid = ColumnsLayout(TILE_COLUMNS, TILE_WIDTH, self, spacing=16, even=True)
        grid.setContentsMargins(0, 0, 0, 0)
        for tile in self.tiles.values():
            grid.addWidget(tile)

    def show_report(self, report: PeriodReport, fmt: Formatter) -> None:
        n = fmt.points
        p = report.points
        tiles = self.tiles
        tiles["check_ins"].show_figure(
            n(report.check_ins),
            ReportsPageWords.tr("different customers: %1").replace("%1", n(report.visitors)),
        )
        tiles["new_members"].show_figure(
            n(report.new_members), ReportsPageWords.tr("joined in the period")
        )
        tiles["returning"].show_figure(
            n(report.returning_members), ReportsPageWords.tr("joined before, came back")
        )
        tiles["rewards"].show_figure(n(report.rewards_redeemed_total))
        tiles["issued"].show_figure(
            n(p.issued),
            ReportsPageWords.tr("earned: %1 · added by hand: %2")
            .replace("%1", n(p.earned))
            .replace("%2", n(p.adjusted_in)),
        )
        tiles["redeemed"].show_figure(n(p.redeemed))
        tiles["expired"].show_figure(n(p.expired))
        if report.liability_value is None:
            note = ReportsPageWords.tr("customers holding points: %1").replace(
                "%1", n(report.customers_with_points)
            )
        else:
            note = ReportsPageWords.tr("worth %1 · customers holding points: %2")
            note = note.replace("%1", fmt.money(report.liability_value))
            note = note.replace("%2", n(report.customers_with_points))
        tiles["outstanding"].show_figure(n(report.outstanding_points), note)


class VisitCharts(QWidget):
    """Check-ins by hour of the day and by day of the week."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        nothing = ReportsPageWords.tr("No check-ins in this period")
        self.by_hour = BarChart(ReportsPageWords.tr("Check-ins by hour of the day"), nothing)
        self.by_weekday = BarChart(ReportsPageWords.tr("Check-ins by day of the week"), nothing)
        for chart in (self.by_hour, self.by_weekday):
            chart.setObjectName("ReportChart")

    def show_report(self, report: PeriodReport, fmt: Formatter) -> None:
        hours = [fmt.points(hour) for hour in range(24)]
        self.by_hour.set_values(hours, report.visits_by_hour, fmt.points)
        days = [fmt.locale.dayName(day, QLocale.FormatType.ShortFormat) for day in range(1, 8)]
        self.by_weekday.set_values(days, report.visits_by_weekday, fmt.points)


def rewards_table(fmt: Formatter) -> RowsTable:
    columns = [
        Column(ReportsPageWords.tr("Reward"), lambda r: r.title, lambda r: r.title.casefold()),
        Column(
            ReportsPageWords.tr("Times"),
            lambda r: fmt.points(r.times),
            lambda r: r.times,
            right=True,
        ),
        Column(
            ReportsPageWords.tr("Points"),
            lambda r: fmt.points(r.points),
            lambda r: r.points,
            right=True,
        ),
    ]
    return RowsTable(
        columns,
        ReportsPageWords.tr("Rewards redeemed"),
        ReportsPageWords.tr("No rewards were redeemed in this period."),
        look=Look.LIST,
    )


def top_customers_table(fmt: Formatter) -> RowsTable:
    columns = [
        Column(ReportsPageWords.tr("Name"), lambda c: c.name, lambda c: c.name.casefold()),
        Column(ReportsPageWords.tr("Member code"), lambda c: c.short_code, lambda c: c.short_code),
        Column(
            ReportsPageWords.tr("Points earned"),
            lambda c: fmt.points(c.points_earned),
            lambda c: c.points_earned,
            right=True,
        ),
        Column(
            ReportsPageWords.tr("Check-ins"),
            lambda c: fmt.points(c.check_ins),
            lambda c: c.check_ins,
            right=True,
        ),
    ]
    return RowsTable(
        columns,
        ReportsPageWords.tr("Top customers"),
        ReportsPageWords.tr("Nobody earned points in this period."),
        look=Look.LIST,
    )


def suspicious_table(fmt: Formatter) -> RowsTable:
    columns = [
        Column(ReportsPageWords.tr("Day"), lambda s: fmt.date(s.day), lambda s: s.day),
        Column(
            ReportsPageWords.tr("Name"), lambda s: s.name, lambda s: s.name.casefold(), stretch=True
        ),
        Column(ReportsPageWords.tr("Member code"), lambda s: s.short_code, lambda s: s.short_code),
        Column(
            ReportsPageWords.tr("Check-ins that day"),
            lambda s: fmt.points(s.check_ins),
            lambda s: s.check_ins,
            right=True,
        ),
    ]
    return RowsTable(
        columns,
        ReportsPageWords.tr("Unusual check-ins"),
        ReportsPageWords.tr("Nobody checked in more often than usual in this period."),
        look=Look.LIST,
    )
