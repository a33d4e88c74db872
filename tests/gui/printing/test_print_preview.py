from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from pytestqt.qtbot import QtBot

from loyaltydesk.printing import render_voucher_sheet, voucher_page_layout
from loyaltydesk.ui.dialogs.print_preview import create_print_preview
from tests.unit.printing.factories import ARTIFACTS, sheet_options, voucher_labels


def test_preview_shows_a_voucher_sheet(qtbot: QtBot) -> None:
    labels = voucher_labels(30)
    options = sheet_options()
    printers: list[QPrinter] = []

    def render(printer: QPrinter) -> None:
        printers.append(printer)
        render_voucher_sheet(printer, labels, options)

    dialog = create_print_preview(render, voucher_page_layout(options))
    qtbot.addWidget(dialog)
    dialog.resize(900, 1000)
    dialog.show()
    qtbot.waitExposed(dialog)
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() == 2)

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(ARTIFACTS / "print-preview.png"))
    assert printers
    assert printers[-1].pageLayout().pageSize().id() == QPageSize.PageSizeId.A4
    dialog.close()
