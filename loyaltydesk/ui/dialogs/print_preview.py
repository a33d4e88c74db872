"""A print preview for anything that paints itself onto the ``QPrinter`` it is given."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

Render = Callable[[QPrinter], object]
"""E.g. ``lambda printer: render_voucher_sheet(printer, labels, options)``."""


def create_print_preview(
    render: Render, page_layout: QPageLayout, parent: QWidget | None = None
) -> QPrintPreviewDialog:
    """A preview dialog showing ``render``'s pages on paper of ``page_layout``.

    The same ``render`` paints onto the real printer when the user prints from the dialog.
    Show it with ``exec()`` or ``open()``.
    """
    dialog = QPrintPreviewDialog(parent)
    printer = dialog.printer()
    printer.setPageLayout(page_layout)
    printer.setFullPage(True)
    dialog.setWindowTitle(QCoreApplication.translate("PrintPreview", "Print preview"))
    dialog.paintRequested.connect(render)
    return dialog
