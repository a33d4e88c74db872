"""Pieces the customer, detail and import views share: failures, tables, titled fields."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.domain.errors import LoyaltyError
from loyaltydesk.ui.counter.banner import ResultBanner
from loyaltydesk.ui.formatting import Formatter
from loyaltydesk.ui.messages import error_text

log = logging.getLogger(__name__)
ROW_HEIGHT = 40


def show_failure(
    widget: QWidget, banner: ResultBanner, error: Exception, fmt: Formatter | None
) -> None:
    """A refusal in words on the banner; anything else logged and shown once by the window."""
    if isinstance(error, LoyaltyError):
        banner.show_message(error_text(error, fmt), "bad")
    else:
        report_unexpected(widget, error)


def report_unexpected(widget: QWidget, error: Exception) -> None:
    """Logged with its traceback; the main window tells the person once per kind."""
    log.error("owner customer task failed", exc_info=error)
    window = widget.window()
    show = getattr(window, "show_unexpected", None)
    if callable(show):
        show(error)


def make_table(name: str, accessible: str) -> QTableView:
    """A read-only table: whole rows selected, fixed 40 px rows, no row numbers."""
    table = QTableView()
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    rows = table.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(ROW_HEIGHT)
    table.horizontalHeader().setHighlightSections(False)
    table.horizontalHeader().setMinimumSectionSize(64)
    return table


def titled(label_text: str, field: QWidget, error: QLabel | None = None) -> QWidget:
    """A label above its field, and the field's validation message under it."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    label = QLabel(label_text)
    label.setObjectName("FieldLabel")
    label.setBuddy(field)
    layout.addWidget(label)
    layout.addWidget(field)
    if error is not None:
        layout.addWidget(error)
    return box


def error_label() -> QLabel:
    """Hidden until a field's value is wrong; then says what to type instead."""
    label = QLabel()
    label.setObjectName("FieldError")
    label.setWordWrap(True)
    label.hide()
    return label


def set_error(field: QWidget, label: QLabel, message: str) -> None:
    label.setText(message)
    label.setVisible(bool(message))
    field.setProperty("invalid", bool(message))
    field.style().unpolish(field)
    field.style().polish(field)
