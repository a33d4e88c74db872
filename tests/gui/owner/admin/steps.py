"""Steps for the admin pages' tests: open a page as the owner, answer a modal dialog, build a
page for a cashier to see what the services refuse."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton, QWidget

from loyaltydesk.domain.staff import Actor, Role
from loyaltydesk.ui.owner.base import OwnerContext, OwnerPage
from tests.gui.helpers import press, screenshot, settle, sign_in

OWNER = Actor(1, "Olive Owner", Role.OWNER, "Till 1")
CASHIER = Actor(2, "Cass Cashier", Role.CASHIER, "Till 1")


def open_page(qtbot, window, key: str) -> OwnerPage:
    """Sign in as the owner, F10 into the owner pages and show ``key``."""
    sign_in(qtbot, window, "1234")
    press(qtbot, None, Qt.Key.Key_F10)
    assert window.owner_area is not None
    page = window.owner_area.show_page(key)
    settle(qtbot, window)
    return page


def page_for_cashier(qtbot, window, page_class: type[OwnerPage]) -> OwnerPage:
    """The page as if a cashier had reached it: only the services stand in the way."""
    context = OwnerContext(window.services, window.runner, CASHIER, window.counter.fmt)
    page = page_class(context)
    qtbot.addWidget(page)
    page.resize(1100, 640)
    page.show()
    page.activate()
    settle(qtbot, window)
    return page


def when_modal(
    answer: Callable[[QWidget], None],
    seen: list[str] | None = None,
    kind: type[QWidget] = QDialog,
    title: str = "",
) -> None:
    """Answer the next modal dialog of ``kind`` (titled ``title``, if given) once it is up;
    its words go to ``seen``."""

    deadline = time.monotonic() + 15  # never left polling into a later test

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        wanted = isinstance(dialog, kind) and (not title or dialog.windowTitle() == title)
        if not wanted or not dialog.isVisible():
            if time.monotonic() < deadline:
                QTimer.singleShot(20, check)
            return
        if seen is not None:
            if isinstance(dialog, QMessageBox):
                seen.append(f"{dialog.windowTitle()}\n{dialog.text()}\n{dialog.informativeText()}")
            else:
                seen.append(dialog.windowTitle())
        answer(dialog)

    QTimer.singleShot(20, check)


def click(text: str) -> Callable[[QWidget], None]:
    """An answer that clicks the dialog's button with this text."""

    def answer(dialog: QWidget) -> None:
        buttons = [b for b in dialog.findChildren(QPushButton) if b.text() == text]
        names = [b.text() for b in dialog.findChildren(QPushButton)]
        assert buttons, f"no button {text!r} among {names}"
        buttons[0].click()

    return answer


def enter(dialog: QWidget) -> None:
    """Enter: the default button (for a destructive question, the safe one)."""
    QTest.keyClick(dialog, Qt.Key.Key_Return)


def replace_text(widget: QWidget, text: str) -> None:
    """Select what is in a field and type over it, as a person would."""
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(widget, Qt.Key.Key_Backspace)
    if text:
        QTest.keyClicks(widget, text)


def table_texts(table, column: int) -> list[str]:
    """The texts of one column, top to bottom as shown."""
    view = table.view
    model = view.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def double_click_row(qtbot, table, row: int) -> None:
    """A person's double-click on a row: the first click selects it, the second opens it."""
    view = table.view
    where = view.visualRect(view.model().index(row, 0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)


def back_to_window(qtbot, window) -> None:
    """Offscreen, a closed dialog can leave no window active; a person's click on the window
    makes it active again (and window shortcuts work only in the active window)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)


def shot(widget: QWidget, name: str) -> None:
    """A screenshot once pending layout changes (an error line shown, say) have settled."""
    QApplication.processEvents()
    QApplication.processEvents()
    screenshot(widget, name)
