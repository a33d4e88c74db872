"""Reports: check-ins, members, points and the liability for a period, with a CSV per section.

The report aggregates over the whole ledger, so it runs in a worker while a busy bar shows;
a result that arrives after the owner asked for another period is dropped.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.services.report_dto import PeriodReport
from loyaltydesk.ui.counter.banner import ResultBanner
from loyaltydesk.ui.formatting import DATE_FORMAT
from loyaltydesk.ui.owner.base import OwnerContext, OwnerPage
from loyaltydesk.ui.owner.reports.report_sections import (
    FigureTiles,
    VisitCharts,
    rewards_table,
    suspicious_table,
    top_customers_table,
)
from loyaltydesk.ui.owner.widgets.calls import call, show_failure
from loyaltydesk.ui.owner.widgets.layout import ask_save_path, link_button, section_heading
from loyaltydesk.ui.owner.widgets.reflow import ColumnsLayout, FlowLayout

PRESETS = ("today", "week", "month", "last_month", "custom")
TOP_CUSTOMERS = 10


def preset_period(key: str, today: date, first_weekday: int = 1) -> tuple[date, date]:
    """The first and last day of a preset; ``first_weekday`` is 1 (Monday) to 7 (Sunday)."""
    if key == "week":
        return today - timedelta(days=(today.isoweekday() - first_weekday) % 7), today
    if key == "month":
        return today.replace(day=1), today
    if key == "last_month":
        last = today.replace(day=1) - timedelta(days=1)
        return last.replace(day=1), last
    return today, today


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _labelled(label: str, field: QWidget) -> QWidget:
    """A field with its label above it."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    caption = QLabel(label)
    caption.setObjectName("FieldLabel")
    caption.setBuddy(field)
    layout.addWidget(caption)
    layout.addWidget(field)
    return box


def _column(*widgets: QWidget, spacing: int = 8) -> QWidget:
    """Widgets one above the other, as one."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(spacing)
    for widget in widgets:
        layout.addWidget(widget)
    return box


class ReportsPage(OwnerPage):
    title = "Reports"

    def __init__(self, context: OwnerContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        fmt = context.fmt
        self.report: PeriodReport | None = None
        self._ticket = 0
        self._shown_once = False

        heading = QLabel(self.tr("Reports"))
        heading.setObjectName("RvTitle")
        self.preset = QComboBox()
        self.preset.setAccessibleName(self.tr("Period"))
        names = (
            self.tr("Today"),
            self.tr("This week"),
            self.tr("This month"),
            self.tr("Last month"),
            self.tr("Choose dates"),
        )
        for key, name in zip(PRESETS, names, strict=True):
            self.preset.addItem(name, key)
        self.date_from = self._date_edit(self.tr("First day"))
        self.date_to = self._date_edit(self.tr("Last day"))
        self.threshold = QSpinBox()
        self.threshold.setRange(1, 99)
        self.threshold.setValue(3)
        self.threshold.setLocale(fmt.locale)
        self.threshold.setSuffix(self.tr(" check-ins a day"))
        self.threshold.setAccessibleName(self.tr("Flag customers with more check-ins a day than"))
        self.run_button = QPushButton(self.tr("Show report"))
        self.run_button.setProperty("role", "primary")
        self.run_button.setAccessibleName(self.tr("Show report"))
        # The filters in one row when they fit, else wrapping onto a second one.
        controls = FlowLayout(spacing=16, row_spacing=12)
        controls.addWidget(_labelled(self.tr("Period"), self.preset))
        controls.addWidget(_labelled(self.tr("From"), self.date_from))
        controls.addWidget(_labelled(self.tr("To"), self.date_to))
        controls.addWidget(_labelled(self.tr("Flag more than"), self.threshold))
        controls.addWidget(self.run_button)
        for index in range(controls.count() - 1):
            controls.itemAt(index).setAlignment(Qt.AlignmentFlag.AlignTop)
        controls.setAlignment(self.run_button, Qt.AlignmentFlag.AlignBottom)

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.setAccessibleName(self.tr("Working out the report"))
        self.busy.hide()
        self.banner = ResultBanner()
        self.period_label = QLabel("")
        self.period_label.setObjectName("Muted")
        self.export_summary = self._export_button("summary", self.tr("Export summary"))
        status = QHBoxLayout()
        status.setSpacing(8)
        status.addWidget(self.period_label, 1)
        status.addWidget(self.export_summary)

        self.tiles = FigureTiles()
        self.charts = VisitCharts()
        self.rewards = rewards_table(fmt)
        self.top = top_customers_table(fmt)
        self.suspicious = suspicious_table(fmt)
        for table in (self.rewards, self.top, self.suspicious):
            table.setMinimumHeight(248)

        # Sections one above the other; the tiles and the two charts take as many columns as
        # the width has room for, so nothing needs a sideways scroll.
        charts = ColumnsLayout(2, 320, spacing=24, row_spacing=16)
        charts.addWidget(
            self._section(self.tr("Check-ins by hour"), "visits_by_hour", self.charts.by_hour)
        )
        charts.addWidget(
            self._section(
                self.tr("Check-ins by day of the week"), "visits_by_weekday", self.charts.by_weekday
            )
        )
        body = QWidget()
        body.setObjectName("RvScrollBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(24)
        column.addWidget(self.tiles)
        column.addLayout(charts)
        column.addWidget(self._section(self.tr("Top customers"), "top_customers", self.top))
        column.addWidget(self._section(self.tr("Rewards redeemed"), "rewards", self.rewards))
        title = self.tr("Unusual check-ins: more than the number above on one day")
        column.addWidget(self._section(title, "suspicious", self.suspicious))
        column.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("RvScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(body)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(heading)
        layout.addLayout(controls)
        layout.addWidget(self.busy)
        layout.addWidget(self.banner)
        layout.addLayout(status)
        layout.addWidget(self.scroll, 1)

        self.preset.currentIndexChanged.connect(self._on_preset_changed)
        self.date_from.dateChanged.connect(self._on_date_edited)
        self.date_to.dateChanged.connect(self._on_date_edited)
        self.run_button.clicked.connect(self.run_report)
        self.preset.setCurrentIndex(PRESETS.index("month"))
        self._set_exports_enabled(False)

    # -- public ------------------------------------------------------------------------------

    def activate(self) -> None:
        if not self._shown_once:
            self._shown_once = True
            self.run_report()

    def run_report(self) -> None:
        """Work out the report for the chosen days in a worker."""
        self._ticket += 1
        ticket = self._ticket
        first, last = self._chosen_days()
        threshold = self.threshold.value()
        services, actor = self.context.services, self.context.actor
        self.banner.clear()
        self.busy.show()
        self.run_button.setEnabled(False)

        def work() -> PeriodReport:
            return services.reports.period_report(
                actor=actor,
                date_from=first,
                date_to=last,
                suspicious_threshold=threshold,
                top=TOP_CUSTOMERS,
            )

        self.context.runner.run(
            work,
            lambda report: self._on_report(ticket, report),
            lambda error: self._on_report_failed(ticket, error),
            parent=self,
        )

    def export_section(self, section: str, path: Path) -> None:
        """Write one section of the report on screen to ``path``."""
        report = self.report
        if report is None:
            return
        reports = self.context.services.reports
        call(
            self,
            self.banner,
            lambda: reports.export_csv(report=report, section=section, path=path),
            lambda rows: self.banner.show_message(
                self.tr("Saved as %2 (rows: %1).")
                .replace("%1", self.context.fmt.points(rows))
                .replace("%2", path.name),
                "ok",
            ),
            form_words=False,
        )

    # -- building ------------------------------------------------------------------------------

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setLocale(self.context.fmt.locale)
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setAccessibleName(name)
        edit.setMinimumWidth(152)
        return edit

    def _export_button(self, section: str, text: str) -> QPushButton:
        button = link_button(text, self.tr("Export as CSV: %1").replace("%1", text))
        button.clicked.connect(lambda: self._ask_export(section))
        button.setProperty("section", section)
        return button

    def _section(self, title: str, section: str, widget: QWidget) -> QWidget:
        """A section's heading with its Export CSV button, above what it shows."""
        export = self._export_button(section, self.tr("Export CSV"))
        export.setAccessibleName(self.tr("Export as CSV: %1").replace("%1", title))
        return _column(section_heading(title, export), widget)

    # -- reacting ------------------------------------------------------------------------------

    def _chosen_days(self) -> tuple[date, date]:
        return self.date_from.date().toPython(), self.date_to.date().toPython()  # type: ignore[return-value]

    def _on_preset_changed(self, _index: int) -> None:
        key = self.preset.currentData()
        if key == "custom":
            return
        today = datetime.now(self.context.fmt.zone).date()
        first_weekday = self.context.fmt.locale.firstDayOfWeek().value
        first, last = preset_period(key, today, first_weekday)
        for edit in (self.date_from, self.date_to):
            edit.blockSignals(True)
        self.date_to.setMinimumDate(_qdate(first))
        self.date_from.setDate(_qdate(first))
        self.date_to.setDate(_qdate(last))
        for edit in (self.date_from, self.date_to):
            edit.blockSignals(False)
        if self._shown_once:
            self.run_report()

    def _on_date_edited(self) -> None:
        self.date_to.setMinimumDate(self.date_from.date())
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(PRESETS.index("custom"))
        self.preset.blockSignals(False)

    def _on_report(self, ticket: int, report: PeriodReport) -> None:
        if ticket != self._ticket:
            return
        fmt = self.context.fmt
        self._finish()
        self.report = report
        period = report.period
        self.period_label.setText(
            self.tr("%1 to %2 · worked out at %3")
            .replace("%1", fmt.date(period.date_from))
            .replace("%2", fmt.date(period.date_to))
            .replace("%3", fmt.time(report.generated_at))
        )
        self.tiles.show_report(report, fmt)
        self.charts.show_report(report, fmt)
        self.rewards.set_records(report.rewards_redeemed)
        self.top.set_records(report.top_customers)
        self.suspicious.set_records(report.suspicious)
        self._set_exports_enabled(True)

    def _on_report_failed(self, ticket: int, error: Exception) -> None:
        if ticket != self._ticket:
            return
        self._finish()
        show_failure(self.context, self.banner, error, form_words=False)

    def _finish(self) -> None:
        self.busy.hide()
        self.run_button.setEnabled(True)

    def _ask_export(self, section: str) -> None:
        if self.report is None:
            return
        period = self.report.period
        suggested = f"report-{section.replace('_', '-')}-{period.date_from}-{period.date_to}.csv"
        path = ask_save_path(
            self, self.tr("Export as CSV"), suggested, self.tr("CSV files (*.csv)")
        )
        if path is not None:
            self.export_section(section, path)

    def _set_exports_enabled(self, enabled: bool) -> None:
        for button in self.findChildren(QPushButton):
            if button.property("section"):
                button.setEnabled(enabled)
