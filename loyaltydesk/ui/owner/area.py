"""The owner area: a left navigation and the pages, one click or F10 from the counter."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.ui.owner.base import OwnerContext, OwnerPage
from loyaltydesk.ui.owner.registry import owner_pages


class OwnerArea(QWidget):
    """``settings_saved(ShopSettings)`` passes on a page's notice that the shop's settings
    changed, so every screen outside the owner area can take them at once;
    ``unexpected_error(Exception)`` passes on what a page's service call did not expect."""

    back_to_counter = Signal()
    settings_saved = Signal(object)
    unexpected_error = Signal(object)

    def __init__(self, context: OwnerContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Page")
        self.context = context
        context.signals.unexpected_error.connect(self.unexpected_error)
        self.nav = QListWidget()
        self.nav.setObjectName("OwnerNav")
        self.nav.setAccessibleName(self.tr("Owner sections"))
        self.nav.setFixedWidth(220)
        self.stack = QStackedWidget()
        self.pages: dict[str, OwnerPage] = {}
        for key, title, factory in owner_pages():
            page = factory(context)
            saved = getattr(page, "settings_saved", None)
            if saved is not None:
                saved.connect(self.settings_saved)
            self.pages[key] = page
            self.stack.addWidget(page)
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
        self.empty = QLabel(self.tr("No owner pages yet."))
        self.empty.setObjectName("IdleHint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if not self.pages:
            self.stack.addWidget(self.empty)
        counter = QPushButton(self.tr("Back to the counter (F10)"))
        counter.setAccessibleName(self.tr("Back to the counter"))
        counter.clicked.connect(self.back_to_counter)
        who = QLabel(self.tr("Owner: %1").replace("%1", context.actor.name))
        who.setObjectName("Muted")
        side = QVBoxLayout()
        side.setSpacing(12)
        side.addWidget(who)
        side.addWidget(self.nav, 1)
        side.addWidget(counter)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(16)
        layout.addLayout(side)
        layout.addWidget(self.stack, 1)
        self._current = 0
        self.nav.currentRowChanged.connect(self._on_row_changed)
        self.nav.itemClicked.connect(self._on_item_clicked)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.nav)
        escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        escape.activated.connect(self.back_to_counter)
        if self.pages:
            self.nav.setCurrentRow(0)

    def show_page(self, key: str) -> OwnerPage:
        keys = list(self.pages)
        self.nav.setCurrentRow(keys.index(key))
        return self.pages[key]

    def current_page(self) -> OwnerPage | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, OwnerPage) else None

    def can_leave(self) -> bool:
        page = self.current_page()
        return page is None or page.can_leave()

    def _on_row_changed(self, row: int) -> None:
        if row < 0:
            return
        previous = self.current_page()
        if previous is not None and row != self._current and not previous.can_leave():
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(self._current)
            self.nav.blockSignals(False)
            return
        self._current = row
        key = self.nav.item(row).data(Qt.ItemDataRole.UserRole)
        page = self.pages[key]
        self.stack.setCurrentWidget(page)
        page.show_start()
        page.activate()

    def _on_item_clicked(self, item: QListWidgetItem) -> None:
        """A click on the section already shown goes back to its start (the list)."""
        if self.nav.row(item) == self._current:
            page = self.current_page()
            if page is not None:
                page.show_start()
