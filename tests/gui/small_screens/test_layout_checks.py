"""The checker itself, on widgets made to fit or not, and the word-aware elision."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QWidget,
)

from loyaltydesk.ui.owner.widgets.table import ColumnFitter, table_view
from loyaltydesk.ui.widgets.elided_label import ElidedLabel, elide_words
from tests.gui.layout_checks import cut_widgets


def _shown(qtbot, widget: QWidget, width: int, height: int = 120) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_a_squeezed_button_and_field_are_named_and_a_roomy_one_is_not(qtbot) -> None:
    top = QWidget()
    row = QHBoxLayout(top)
    roomy = QPushButton("OK")
    squeezed = QPushButton("Merge a duplicate customer")
    squeezed.setObjectName("Merge")
    squeezed.setMaximumWidth(60)
    field = QLineEdit()
    field.setPlaceholderText("Search: name, phone, email or code")
    field.setAccessibleName("Search")
    field.setMaximumWidth(60)
    for widget in (roomy, squeezed, field):
        row.addWidget(widget)
    _shown(qtbot, top, 400)
    cuts = {cut.widget: cut for cut in cut_widgets(top)}
    assert set(cuts) == {"Merge", "Search"}
    assert cuts["Merge"].text == "Merge a duplicate customer"
    assert cuts["Merge"].need > cuts["Merge"].have
    assert "placeholder" in str(cuts["Search"])


def test_a_field_label_and_a_label_past_the_window_edge_are_cut(qtbot) -> None:
    top = QWidget()
    field = QLineEdit(top)
    label = QLabel("Points on their birthday", top)
    label.setObjectName("Birthday")
    label.setBuddy(field)
    label.setGeometry(0, 0, 60, 30)
    field.setGeometry(0, 40, 100, 30)
    beyond = QLabel("Outstanding points", top)
    beyond.setObjectName("Beyond")
    beyond.setGeometry(150, 80, 160, 30)
    _shown(qtbot, top, 200)
    whys = {cut.widget: cut.why for cut in cut_widgets(top)}
    assert whys == {
        "Birthday": "does not fit",
        "Beyond": "is cut off by the edge of its window or panel",
    }


def test_below_a_scroll_area_is_fine_but_sideways_is_cut(qtbot) -> None:
    content = QWidget()
    content.setFixedSize(300, 600)
    below = QPushButton("Save", content)
    below.setGeometry(10, 500, 100, 40)
    aside = QPushButton("Export", content)
    aside.setObjectName("Aside")
    aside.setGeometry(180, 10, 100, 40)
    scroll = QScrollArea()
    scroll.setWidget(content)
    _shown(qtbot, scroll, 200, 200)
    cuts = cut_widgets(scroll)
    assert [(c.widget, c.why) for c in cuts] == [("Aside", "needs the page scrolled sideways")]


def test_words_are_elided_whole(qtbot) -> None:
    label = _shown(qtbot, ElidedLabel("Slice of chocolate birthday cake", words=True), 140, 30)
    metrics = label.fontMetrics()
    width = metrics.horizontalAdvance("Slice of chocolate…")
    assert elide_words(metrics, "Slice of chocolate birthday cake", width) == "Slice of chocolate…"
    assert elide_words(metrics, "Tote", width) == "Tote"
    shown = label.shown_text()
    assert shown.endswith("…")
    assert "Slice of chocolate birthday cake".startswith(shown[:-1])
    assert shown[:-1].split()[-1] in {"Slice", "of", "chocolate", "birthday"}
    assert label.toolTip() == "Slice of chocolate birthday cake"


def test_a_table_whose_columns_need_a_sideways_scroll_is_cut_and_a_fitted_one_is_not(
    qtbot,
) -> None:
    model = QStandardItemModel(2, 4)
    for column in range(4):
        model.setHeaderData(column, Qt.Orientation.Horizontal, f"Column {column}")
    wide = QTableView()
    wide.setObjectName("Wide")
    wide.setModel(model)
    for column in range(4):
        wide.setColumnWidth(column, 200)
    _shown(qtbot, wide, 400, 200)
    assert [(c.widget, c.why) for c in cut_widgets(wide)] == [
        ("Wide", "needs its columns scrolled sideways")
    ]
    fitted = table_view("Fitted", "Fitted")
    fitted.setModel(model)
    ColumnFitter(fitted, 3).want_all({0: 200, 1: 200, 2: 200})
    _shown(qtbot, fitted, 400, 200)
    assert cut_widgets(fitted) == []
    assert fitted.horizontalHeader().length() <= fitted.viewport().width()
