"""Spin boxes, date fields and drop-downs show their arrows, in light and in dark."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QPoint
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QSpinBox, QWidget

from loyaltydesk.ui.theme import DARK, LIGHT, apply_theme
from tests.gui.helpers import screenshot


def _arrow_pixels(widget: QWidget, colour: str) -> int:
    """Pixels of the arrow's colour in the rightmost 32 px, where the arrows are drawn."""
    image = widget.grab().toImage()
    want = QColor(colour)
    count = 0
    for x in range(image.width() - 32, image.width()):
        for y in range(image.height()):
            got = image.pixelColor(QPoint(x, y))
            if max(abs(got.red() - want.red()), abs(got.green() - want.green()),
                   abs(got.blue() - want.blue())) < 40:  # fmt: skip
                count += 1
    return count


@pytest.mark.parametrize("dark", [False, True])
def test_arrows_are_visible(qtbot, qapp, dark: bool) -> None:
    apply_theme(qapp, dark=dark)
    try:
        panel = QWidget()
        panel.setObjectName("Page")
        form = QFormLayout(panel)
        combo = QComboBox()
        combo.addItems(["Everything", "All settings changes"])
        spin = QSpinBox()
        spin.setValue(12)
        day = QDateEdit(QDate(2026, 11, 30))
        day.setDisplayFormat("d MMM yyyy")
        popup = QDateEdit(QDate(2026, 11, 30))
        popup.setCalendarPopup(True)
        popup.setDisplayFormat("d MMM yyyy")
        for label, field in (("Drop-down", combo), ("Spin box", spin), ("Date", day),
                             ("Date with calendar", popup)):  # fmt: skip
            field.setMinimumWidth(240)
            form.addRow(label, field)
        qtbot.addWidget(panel)
        panel.resize(420, 220)
        panel.show()
        qtbot.waitExposed(panel)
        muted = (DARK if dark else LIGHT)["muted"]
        for field in (combo, spin, day, popup):
            assert _arrow_pixels(field, muted) >= 8, type(field).__name__
        screenshot(panel, f"arrows-{'dark' if dark else 'light'}")
    finally:
        apply_theme(qapp, dark=False)


def test_money_fields_have_arrows_too(qtbot, qapp) -> None:
    from PySide6.QtWidgets import QDoubleSpinBox

    apply_theme(qapp, dark=False)
    money = QDoubleSpinBox()
    money.setPrefix("RM ")
    money.setMinimumWidth(240)
    qtbot.addWidget(money)
    money.show()
    qtbot.waitExposed(money)
    assert _arrow_pixels(money, LIGHT["muted"]) >= 8
