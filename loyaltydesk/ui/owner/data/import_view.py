"""Importing customers with opening balances from another system's CSV file.

Shown inside the Customers page (Import customers…): choose a file, see which column is what
(common header names are recognised; the owner maps the rest), preview the first rows and their
problems, check the whole file with a dry run, then import with a progress bar and Cancel.
Importing the same file again skips every row already imported. (Exports: the Customers menu.)
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.domain.errors import ErrorCode, LoyaltyError
from loyaltydesk.services.csv_source import open_csv
from loyaltydesk.services.customer_admin_dto import ImportPreview, ImportSummary
from loyaltydesk.ui.counter.banner import ResultBanner
from loyaltydesk.ui.long_task import Cancelled, Progress, run_long_task
from loyaltydesk.ui.owner.base import OwnerContext
from loyaltydesk.ui.owner.data.import_tables import (
    field_names,
    fit_wrapped_rows,
    import_question,
    preview_model,
    problems_model,
    rows_with_problems,
    summary_message,
)
from loyaltydesk.ui.owner.widgets.calls import show_failure
from loyaltydesk.ui.owner.widgets.table import ROW_HEIGHT, fixed_table_view

ENCODINGS = (
    (None, QT_TRANSLATE_NOOP("ImportView", "Automatic (UTF-8)")),
    ("cp1252", QT_TRANSLATE_NOOP("ImportView", "Windows (cp1252)")),
    ("latin-1", QT_TRANSLATE_NOOP("ImportView", "Latin-1")),
)

#: How the file's dates are read (``ImportPreview.day_first``), shown as an example date.
DATE_EXAMPLES = {True: "31/12/1990", False: "12/31/1990", None: "1990-12-31"}


class ImportView(QWidget):
    back_requested = Signal()

    def __init__(self, context: OwnerContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.path: Path | None = None
        self.headers: tuple[str, ...] = ()
        self.combos: dict[str, QComboBox] = {}
        self.summary: ImportSummary | None = None
        self.last_preview: ImportPreview | None = None
        self.checked: ImportSummary | None = None
        self.checked_with: tuple[object, ...] | None = None
        """The file, columns and encoding of the last dry run (its counts go to the question)."""
        self.task_dialog: QWidget | None = None

        back = QPushButton(self.tr("← All customers (Esc)"))
        back.setProperty("role", "link")
        back.setAccessibleName(self.tr("Back to all customers"))
        back.clicked.connect(self.back_requested)
        title = QLabel(self.tr("Import customers"))
        title.setObjectName("IdleTitle")
        hint = QLabel(
            self.tr("Bring customers and their points over from another system's CSV file. "
                    "Common column names are recognised; choose what the others hold.")
        )  # fmt: skip
        hint.setObjectName("Muted")
        hint.setWordWrap(True)
        choose = QPushButton(self.tr("Choose a CSV file…"))
        choose.setAccessibleName(self.tr("Choose a CSV file"))
        choose.clicked.connect(self._choose_file)
        self.file_label = QLabel(self.tr("No file chosen yet."))
        self.file_label.setObjectName("Muted")
        self.encoding = QComboBox()
        self.encoding.setAccessibleName(self.tr("Text encoding of the file"))
        self.encoding.setToolTip(self.tr("Text encoding of the file"))
        for value, words in ENCODINGS:
            self.encoding.addItem(self.tr(words), value)
        self.encoding.currentIndexChanged.connect(lambda _index: self.refresh_preview())
        file_row = QHBoxLayout()
        file_row.setSpacing(16)
        file_row.addWidget(choose)
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.encoding)
        self.banner = ResultBanner()

        self.mapping_grid = QGridLayout()
        self.mapping_grid.setHorizontalSpacing(16)
        self.mapping_grid.setVerticalSpacing(8)
        self.mapping_error = QLabel()
        self.mapping_error.setObjectName("FieldError")
        self.mapping_error.setWordWrap(True)
        self.mapping_error.hide()
        mapping_body = QWidget()
        mapping_body.setObjectName("ImportMapping")
        mapping_layout = QVBoxLayout(mapping_body)
        mapping_layout.setContentsMargins(0, 0, 8, 0)
        mapping_layout.setSpacing(8)
        columns_title = QLabel(self.tr("Columns in the file"))
        columns_title.setObjectName("SectionTitle")
        mapping_layout.addWidget(columns_title)
        mapping_layout.addLayout(self.mapping_grid)
        mapping_layout.addWidget(self.mapping_error)
        mapping_layout.addStretch(1)
        mapping_scroll = QScrollArea()
        mapping_scroll.setObjectName("ImportMappingScroll")
        mapping_scroll.setWidgetResizable(True)
        mapping_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        mapping_scroll.setWidget(mapping_body)
        mapping_scroll.setFixedWidth(360)

        self.preview = preview_model(context.fmt, self)
        self.problems = problems_model(self)
        self.preview_table = fixed_table_view("ImportTable", self.tr("Preview of the first rows"))
        self.preview_table.setModel(self.preview)
        for column, width in enumerate((56, 150, 150, 180, 80, 120)):
            self.preview_table.setColumnWidth(column, width)
        self.preview_table.horizontalHeader().setStretchLastSection(True)
        self.problems_table = fixed_table_view("ImportTable", self.tr("Rows with problems"))
        self.problems_table.setModel(self.problems)
        self.problems_table.horizontalHeader().setStretchLastSection(True)
        self.problems_table.setColumnWidth(0, 56)
        self.problems_table.setColumnWidth(1, 110)
        # A problem's sentence wraps instead of ending in "…".
        self.problems_table.setWordWrap(True)
        self.problems_table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.problems_table.viewport().installEventFilter(self)
        self.problems.modelReset.connect(self._fit_problem_rows)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.preview_table, self.tr("Preview"))
        self.tabs.addTab(self.problems_table, self.tr("Problems"))
        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(mapping_scroll)
        body.addWidget(self.tabs, 1)

        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setObjectName("Muted")
        self.check_button = QPushButton(self.tr("Check the whole file"))
        self.check_button.setAccessibleName(
            self.tr("Dry run: check the whole file, import nothing")
        )
        self.check_button.clicked.connect(lambda: self.run_import(dry_run=True))
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setProperty("role", "primary")
        self.import_button.setAccessibleName(self.tr("Import the customers"))
        self.import_button.clicked.connect(lambda: self.run_import(dry_run=False))
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.result, 1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.import_button)

        back_row = QHBoxLayout()
        back_row.addWidget(back)
        back_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addLayout(back_row)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(file_row)
        layout.addWidget(self.banner)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)
        self._remap = QTimer(self)
        self._remap.setSingleShot(True)
        self._remap.setInterval(0)
        self._remap.timeout.connect(self.refresh_preview)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.back_requested)
        self._set_ready(False)

    # -- choosing and previewing ---------------------------------------------------------------

    def start(self) -> None:
        """Shown from the Customers page: start over."""
        self.banner.clear()
        if self.path is None:
            self.result.setText(self.tr("Choose the file your old system exported."))

    def load_file(self, path: str | Path) -> None:
        """Preview ``path`` with its columns recognised (the file chooser calls this)."""
        self.path = Path(path)
        self.file_label.setText(self.path.name)
        self._build_mapping((), {})
        self.summary = None
        self.refresh_preview()

    def set_field(self, header: str, field: str) -> None:
        """Map the column ``header`` to ``field`` (or "ignore"), as the owner's choice does."""
        combo = self.combos[header]
        combo.setCurrentIndex(combo.findData(field))

    def mapping(self) -> dict[str, str] | None:
        """Every column's choice, or None before the first preview (recognise automatically)."""
        if not self.combos:
            return None
        return {header: combo.currentData() for header, combo in self.combos.items()}

    def refresh_preview(self) -> None:
        if self.path is None:
            return
        self.banner.clear()
        self._set_ready(False)
        if not self._mapping_ok():
            return
        path, mapping, encoding = self.path, self.mapping(), self.encoding.currentData()
        service = self.context.services.csv_import

        def work() -> tuple[tuple[str, ...], ImportPreview | None, str]:
            try:
                preview = service.preview_import(path=path, mapping=mapping, encoding=encoding)
            except LoyaltyError as error:
                if error.code != ErrorCode.INVALID_FILE:
                    raise
                headers = open_csv(path, encoding).headers  # the file itself is readable
                return tuple(h.replace("\ufeff", "").strip() for h in headers), None, error.message
            return preview.headers, preview, ""

        self.result.setText(self.tr("Reading the file…"))
        self.context.runner.run(work, self._on_preview, self._on_failed, parent=self)

    def _on_preview(self, outcome: tuple[tuple[str, ...], ImportPreview | None, str]) -> None:
        headers, preview, problem = outcome
        if headers != self.headers:
            self._build_mapping(headers, preview.mapping if preview else {})
        if preview is None:
            self.preview.set_rows(())
            self.problems.set_rows(())
            if self._mapping_ok():  # our own words when it is the phone or email column
                self._show_mapping_error(problem)
            self.result.setText("")
            return
        self.last_preview = preview
        self.preview.set_rows(preview.rows)
        self.problems.set_rows(preview.errors)
        self.tabs.setTabText(1, self.tr("Problems (%1)").replace("%1", str(len(preview.errors))))
        self.result.setText(
            self.tr("About %Ln row(s), with numbers written like %1 and dates like %2. The "
                    "preview shows the first ones as they will be imported.", "",
                    preview.total_rows)
            .replace("%1", preview.number_example)
            .replace("%2", DATE_EXAMPLES[preview.day_first])
        )  # fmt: skip
        self._set_ready(True)

    # -- running -------------------------------------------------------------------------------

    def run_import(self, *, dry_run: bool) -> None:
        """The whole file, in a worker with a progress bar and Cancel; ends with a summary."""
        if self.path is None or not self._mapping_ok():
            return
        path, mapping, encoding = self.path, self.mapping(), self.encoding.currentData()
        service, actor = self.context.services.csv_import, self.context.actor
        if not dry_run and not self._confirm_import((path, mapping, encoding)):
            return
        self.checked_with = (path, mapping, encoding) if dry_run else None

        def work(progress: Progress, cancelled: Cancelled) -> ImportSummary:
            return service.import_customers(path=path, actor=actor, mapping=mapping,
                                            encoding=encoding, dry_run=dry_run,
                                            progress=progress, cancelled=cancelled)  # fmt: skip

        title = self.tr("Checking the file…") if dry_run else self.tr("Importing customers…")
        self.banner.clear()
        self.task_dialog = run_long_task(self, self.context.runner, title, work, self._on_summary,
                                         self._on_failed, write=not dry_run)  # fmt: skip

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.problems_table.viewport():
            QTimer.singleShot(0, self._fit_problem_rows)
        return super().eventFilter(watched, event)

    def _fit_problem_rows(self) -> None:
        fit_wrapped_rows(self.problems_table, ROW_HEIGHT)

    def _confirm_import(self, now: tuple[object, ...]) -> bool:
        """A real import says what it will do, in numbers, and waits for a yes."""
        checked = self.checked if self.checked_with == now else None
        assert self.path is not None
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Import customers?"))
        box.setText(import_question(self.path.name, self.context.fmt, checked, self.last_preview))
        go = box.addButton(self.tr("Import"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is go

    def _on_summary(self, summary: ImportSummary) -> None:
        self.summary = summary
        if summary.dry_run and not summary.cancelled:
            self.checked = summary
        self.result.setText("")
        self.problems.set_rows(summary.errors)
        wrong = rows_with_problems(summary.errors)
        self.tabs.setTabText(1, self.tr("Problems (%1)").replace("%1", str(wrong)))
        if summary.errors:
            self.tabs.setCurrentWidget(self.problems_table)
        self.banner.show_message(*summary_message(summary, self.context.fmt))

    # -- the mapping ---------------------------------------------------------------------------

    def _build_mapping(self, headers: tuple[str, ...], mapping: dict[str, str]) -> None:
        while self.mapping_grid.count():
            item = self.mapping_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.combos = {}
        self.headers = headers
        for row, header in enumerate(headers):
            label = QLabel(header or self.tr("(no name)"))
            label.setToolTip(header)
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Column %1 holds").replace("%1", header))
            for value, words in field_names():
                combo.addItem(words, value)
            combo.setCurrentIndex(combo.findData(mapping.get(header, "ignore")))
            combo.currentIndexChanged.connect(self._on_mapping_changed)
            label.setBuddy(combo)
            self.mapping_grid.addWidget(label, row, 0)
            self.mapping_grid.addWidget(combo, row, 1)
            self.combos[header] = combo
        self.mapping_grid.setColumnStretch(1, 1)
        self._show_mapping_error("")

    def _on_mapping_changed(self, _index: int) -> None:
        """Checked at once; the preview follows when the choice makes sense."""
        self._set_ready(False)
        if self._mapping_ok():
            self._remap.start()

    def _mapping_ok(self) -> bool:
        """Checked before asking the service: one column per field, a phone or email column."""
        chosen = self.mapping()
        if chosen is None:
            return True
        fields = [field for field in chosen.values() if field != "ignore"]
        twice = {field for field in fields if fields.count(field) > 1}
        words = dict(field_names())
        if twice:
            problem = self.tr("Two columns are set to %1; choose one.").replace(
                "%1", ", ".join(sorted(words[f] for f in twice))
            )
        elif "phone" not in fields and "email" not in fields:
            problem = self.tr("Choose the column that holds the phone or the email.")
        else:
            problem = ""
        self._show_mapping_error(problem)
        return not problem

    def _show_mapping_error(self, text: str) -> None:
        self.mapping_error.setText(text)
        self.mapping_error.setVisible(bool(text))

    def _set_ready(self, ready: bool) -> None:
        self.check_button.setEnabled(ready)
        self.import_button.setEnabled(ready)

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a CSV file"), str(Path.home()),
            self.tr("CSV files (*.csv *.txt);;All files (*)"),
        )  # fmt: skip
        if path:
            self.load_file(path)

    def _on_failed(self, error: Exception) -> None:
        self.result.setText("")
        show_failure(self.context, self.banner, error, form_words=False)
