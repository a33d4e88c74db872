"""The two shapes the owner's record pages share.

``ListPage``: a header, a tools row (a search box and the page's actions), a banner, the
records in a table, and their count; a double-click or Enter opens a record. ``RecordDialog``:
a titled dialog with the record's fields above Cancel and Save."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.ui.counter.banner import ResultBanner
from loyaltydesk.ui.owner.base import OwnerContext, OwnerPage
from loyaltydesk.ui.owner.widgets.fields import SearchBox
from loyaltydesk.ui.owner.widgets.layout import page_header
from loyaltydesk.ui.owner.widgets.reflow import FlowLayout
from loyaltydesk.ui.owner.widgets.table import Column, RowsTable


class ListPage(OwnerPage):
    """Subclasses call ``build_list`` and then ``lay_out`` (or arrange ``tools``, ``table`` and
    ``count`` themselves), and fill in ``reload``, ``open_record`` and ``update_actions``."""

    def __init__(self, context: OwnerContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.banner = ResultBanner()
        self.count = QLabel()
        self.count.setObjectName("Muted")

    def build_list(
        self,
        *,
        search: str,
        columns: Sequence[Column],
        name: str,
        empty_text: str,
        key: Callable[[Any], Any],
        actions: Sequence[QPushButton],
    ) -> None:
        """The search box, the table of records and the tools row (search, then ``actions``)."""
        self.search = SearchBox(search)
        self.search.search_changed.connect(lambda _text: self.reload())
        self.table = RowsTable(columns, name, empty_text, key=key)
        self.table.opened.connect(self.open_record)
        self.table.selection_changed.connect(self.update_actions)
        # One row when it fits; on a narrow window the actions go under the search box.
        self.tools = FlowLayout(spacing=8, first_alone=True)
        self.tools.addWidget(self.search)
        for button in actions:
            self.tools.addWidget(button)

    def lay_out(self, title: str, description: str) -> None:
        """Header, tools, banner, table (taking the height), count."""
        layout = self.page_layout(title, description)
        layout.addLayout(self.tools)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

    def page_layout(self, title: str, description: str) -> QVBoxLayout:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(page_header(title, description))
        return layout

    def action(self, text: str, tip: str, role: str = "") -> QPushButton:
        """A button of the tools row: its words, a tooltip with its key, and its role
        ("primary", "danger")."""
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAccessibleName(text)
        if role:
            button.setProperty("role", role)
        if role == "danger":
            button.setObjectName("AdminDanger")
        return button

    def bind(self, keys: str, slot: Callable[[], None]) -> None:
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)

    def activate(self) -> None:
        self.banner.clear()
        self.reload()

    def reload(self, then: Callable[[], None] | None = None) -> None:
        """Load the records again (off the GUI thread), then ``then``."""
        raise NotImplementedError

    def open_record(self, record: Any) -> None:
        """A record was double-clicked or Enter was pressed on it."""

    def update_actions(self) -> None:
        """Enable the actions that fit the selected record."""


class RecordDialog(QDialog):
    """``form`` holds the fields (add them, then call ``finish``); ``save`` accepts, Cancel
    rejects. Subclasses enable ``save`` when the values are good."""

    def __init__(
        self,
        title: str,
        save_text: str,
        save_name: str,
        min_width: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(min_width)
        self.save = QPushButton(save_text)
        self.save.setProperty("role", "primary")
        self.save.setDefault(True)
        self.save.setAccessibleName(save_name)
        self.save.clicked.connect(self.accept)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setAccessibleName(self.tr("Cancel"))
        self.cancel.clicked.connect(self.reject)
        self.form = QVBoxLayout(self)
        self.form.setContentsMargins(24, 24, 24, 24)
        self.form.setSpacing(16)

    def finish(self) -> QLayout:
        """Cancel and Save at the bottom right, under the fields."""
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.save)
        self.form.addLayout(buttons)
        return buttons
