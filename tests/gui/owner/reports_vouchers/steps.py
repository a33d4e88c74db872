"""Steps shared by the Reports and Vouchers tests: opening a page, answering modal dialogs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from loyaltydesk.domain.staff import Actor, Role
from loyaltydesk.ui.owner.base import OwnerContext, OwnerPage
from tests.gui.helpers import press, settle, sign_in

OWNER = Actor(1, "Olive Owner", Role.OWNER, "Till 1")
CASHIER = Actor(2, "Cass Cashier", Role.CASHIER, "Till 1")
POLL_MS = 50


def open_owner_page(qtbot, window, key: str) -> OwnerPage:
    """Sign in as the owner, F10 into the owner area, and show the page ``key``."""
    sign_in(qtbot, window, "1234")
    press(qtbot, None, Qt.Key.Key_F10)
    settle(qtbot, window)
    page = window.owner_area.show_page(key)
    settle(qtbot, window)
    return page


def cashier_context(window) -> OwnerContext:
    """What a page would get if a cashier's actor reached it: the services must refuse."""
    return OwnerContext(window.services, window.runner, CASHIER, window.counter.fmt)


def when_modal(kind: type[QWidget], action: Callable[[QWidget], None], tries: int = 200) -> None:
    """Run ``action`` on the next modal dialog of ``kind`` once it is up."""

    def poll(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            action(dialog)
        elif left > 0:
            QTimer.singleShot(POLL_MS, lambda: poll(left - 1))

    QTimer.singleShot(POLL_MS, lambda: poll(tries))


def answer_file_dialog(path: Path) -> None:
    """Type ``path`` into the next save dialog and press Save."""
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        dialog.setDirectory(str(path.parent))
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name is not None
        name.setText(path.name)
        dialog.accept()

    when_modal(QFileDialog, answer)


def answer_confirm(button_text: str, seen: list[str] | None = None) -> None:
    """Press ``button_text`` on the next confirmation ("Cancel" or the action's name)."""

    def answer(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        if seen is not None:
            seen.append(box.text())
            default = box.defaultButton()
            seen.append(default.text() if default is not None else "")
        button = next(b for b in box.findChildren(QPushButton) if b.text() == button_text)
        button.click()

    when_modal(QMessageBox, answer)
