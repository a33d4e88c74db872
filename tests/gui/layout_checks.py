"""Is every control readable where it is? A checker for small screens and large fonts.

``cut_widgets(top)`` walks the visible widgets of a top-level widget (a window or a dialog) and
returns a ``Cut`` for each one whose words do not fit it:

- a button (push, tool, check box, radio) whose text is wider than the room the style leaves
  for it (the contents rectangle from the style, so padding, frame and indicator are counted,
  the stylesheet's too);
- a line edit whose text (or, empty, its placeholder) is wider than its text area, and a
  drop-down whose chosen item is wider than its field;
- a table whose columns need its sideways scroll bar (its cells' words are cut);
- a label that names a field (it has a buddy): one line wider than the label, or wrapped
  lines taller than it;
- a control squashed below the height it needs, or drawn over another control;
- any of those, or any label with text, cut off by the edge of a parent (off the window,
  under a splitter); inside a scroll area, scrolled out of view up or down is fine, but a
  control that needs the page scrolled sideways to be read is cut.

``assert_nothing_cut(top, where)`` fails with one line per cut widget: its object name or
accessible name, the class, the text, and the width it needs against the width it has.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QTableView,
    QToolButton,
    QWidget,
)

_MNEMONIC = re.compile(r"&(?!&)")
_TAG = re.compile(r"<[a-zA-Z/][^>]*>")
FOCUS_RING_EXTRA = 2
"""The stylesheet draws the focus ring 1 px wider a side than the border it replaces."""


@dataclass(frozen=True)
class Cut:
    widget: str
    kind: str
    text: str
    need: int
    have: int
    why: str

    def __str__(self) -> str:
        return (
            f"{self.kind} {self.widget!r}: {self.text!r} {self.why} "
            f"(needs {self.need} px, has {self.have} px)"
        )


def widget_name(widget: QWidget) -> str:
    """What a person reading the failure can find the widget by: its object or accessible
    name; for Qt's own parts (a spin box's line edit) the name of the control they belong to."""
    name = widget.objectName()
    parent = widget.parentWidget()
    if name.startswith("qt_") and parent is not None:
        return f"{widget_name(parent)}/{name}"
    return name or widget.accessibleName() or ""


def cut_widgets(top: QWidget) -> list[Cut]:
    """Every visible button, field label or line edit under ``top`` whose text is cut."""
    cuts: list[Cut] = []
    controls: list[QWidget] = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisibleTo(top) or not widget.isVisible() or widget.width() <= 0:
            continue
        found = _cut(widget)
        if found is None and _checked(widget):
            found = _squashed(widget) or _clipped(widget, top)
        if found is None and isinstance(widget, QAbstractButton | QLineEdit | QComboBox):
            found = _overlapping(widget, controls, top)
            controls.append(widget)
        if found is not None:
            cuts.append(found)
    return cuts


def assert_nothing_cut(top: QWidget, where: str) -> None:
    cuts = cut_widgets(top)
    assert not cuts, f"{where}: {len(cuts)} cut\n" + "\n".join(f"  {c}" for c in cuts)


def _checked(widget: QWidget) -> bool:
    """Whose edges are checked: every control with words, and every label with text."""
    if isinstance(widget, QAbstractButton):
        return bool(_button_text(widget))
    if isinstance(widget, QLabel):
        return bool(widget.text())
    return isinstance(widget, QLineEdit | QComboBox)


def _cut(widget: QWidget) -> Cut | None:
    if isinstance(widget, QTableView):
        return _table_cut(widget)
    if isinstance(widget, QAbstractButton):
        return _button_cut(widget)
    if isinstance(widget, QLineEdit):
        return _line_edit_cut(widget)
    if isinstance(widget, QComboBox) and not widget.isEditable():
        return _combo_cut(widget)
    if isinstance(widget, QLabel) and widget.buddy() is not None:
        return _label_cut(widget)
    return None


def _table_cut(table: QTableView) -> Cut | None:
    """A table whose columns need its sideways scroll bar at the size it has: cells are
    not widgets, so this is how their words are found cut."""
    if table.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
        return None
    if table.model() is None:
        return None
    need = table.horizontalHeader().length()
    have = table.viewport().width()
    if table.horizontalScrollBar().maximum() <= 0 and need <= have:
        return None
    return Cut(widget_name(table), type(table).__name__, "", need, have,
               "needs its columns scrolled sideways")  # fmt: skip


def _combo_cut(combo: QComboBox) -> Cut | None:
    text = combo.currentText()
    if not text:
        return None
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    need = _text_width(combo.fontMetrics(), text)
    if not combo.itemIcon(combo.currentIndex()).isNull():
        need += combo.iconSize().width() + 4
    if need <= field.width():
        return None
    return Cut(widget_name(combo), type(combo).__name__, text, need, field.width(), "does not fit")


def _button_text(button: QAbstractButton) -> str:
    return _MNEMONIC.sub("", button.text()).replace("&&", "&")


def _text_width(metrics: QFontMetrics, text: str) -> int:
    return max((metrics.horizontalAdvance(line) for line in text.splitlines()), default=0)


def _button_cut(button: QAbstractButton) -> Cut | None:
    text = _button_text(button)
    if not text:
        return None
    style = button.style()
    need = _text_width(button.fontMetrics(), text)
    if not button.icon().isNull():
        need += button.iconSize().width() + 4
    if isinstance(button, QPushButton):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        # The focus ring may be drawn wider than the border it replaces: it takes padding,
        # never the text, so the room is measured as without focus.
        option.state &= ~QStyle.StateFlag.State_HasFocus
        have = style.subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)
        room = have.width()
        if button.menu() is not None:
            room -= style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option, button)
    elif isinstance(button, QCheckBox | QRadioButton):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        element = (
            QStyle.SubElement.SE_CheckBoxContents
            if isinstance(button, QCheckBox)
            else QStyle.SubElement.SE_RadioButtonContents
        )
        room = style.subElementRect(element, option, button).width()
    elif isinstance(button, QToolButton):
        margin = style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
        room = button.contentsRect().width() - margin
    else:
        room = button.contentsRect().width()
    if need <= room:
        return None
    return Cut(widget_name(button), type(button).__name__, text, need, room, "does not fit")


def _line_edit_cut(edit: QLineEdit) -> Cut | None:
    text = edit.displayText() or edit.placeholderText()
    if not text:
        return None
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    area = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    room = area.width() - margins.left() - margins.right() - 4  # QLineEdit's own 2 px a side
    for action in edit.actions():  # a clear button or an icon takes room from the text
        if action.isVisible():
            room -= edit.height()
    need = _text_width(edit.fontMetrics(), text)
    if need <= room:
        return None
    what = "does not fit" if edit.displayText() else "(placeholder) does not fit"
    return Cut(widget_name(edit), type(edit).__name__, text, need, room, what)


def _plain(label: QLabel) -> str:
    text = label.text()
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and _TAG.search(text) is not None
    )
    if rich:
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return _MNEMONIC.sub("", text).replace("&&", "&")


def _label_cut(label: QLabel) -> Cut | None:
    text = _plain(label)
    if not text:
        return None
    room = label.contentsRect().width() - 2 * max(0, label.margin()) - max(0, label.indent())
    if label.wordWrap():
        need_height = label.heightForWidth(label.width())
        if need_height <= label.height():
            return None
        return Cut(widget_name(label), "QLabel", text, need_height, label.height(), "wraps taller")
    need = _text_width(label.fontMetrics(), text)
    if need <= room:
        return None
    return Cut(widget_name(label), "QLabel", text, need, room, "does not fit")


def _squashed(widget: QWidget) -> Cut | None:
    """A control given less height than it needs: its text is cut at the top and bottom,
    or it is drawn over its neighbours."""
    if isinstance(widget, QLabel):
        return None
    need = widget.minimumSizeHint().height()
    if widget.minimumHeight() > 0:
        need = max(need, widget.minimumHeight())
    if widget.hasFocus():  # the focus ring's wider border is asked for, not needed
        need -= FOCUS_RING_EXTRA
    if widget.height() >= need:
        return None
    return Cut(
        widget_name(widget), type(widget).__name__, _shown_text(widget), need, widget.height(),
        "is squashed below its height (px here are heights)",
    )  # fmt: skip


def _overlapping(widget: QWidget, others: list[QWidget], top: QWidget) -> Cut | None:
    """Drawn over another control (a layout squeezed below its minimum)."""
    rect = _visible_rect(widget, top)
    for other in others:
        if other.isAncestorOf(widget) or widget.isAncestorOf(other):
            continue
        if widget.window() is not other.window():
            continue
        theirs = _visible_rect(other, top)
        common = rect.intersected(theirs)
        if common.width() > 1 and common.height() > 1:  # touching borders are fine
            return Cut(
                widget_name(widget), type(widget).__name__, _shown_text(widget),
                common.height(), 0, f"overlaps {widget_name(other)!r} (px here are the overlap)",
            )  # fmt: skip
    return None


def _visible_rect(widget: QWidget, top: QWidget) -> QRect:
    """The part of ``widget`` on screen, in ``top``'s coordinates: clipped by every ancestor,
    scroll area viewports too (a control scrolled out of view overlaps nothing)."""
    shown = QRect(widget.rect())
    current = widget
    while current is not top and current.parentWidget() is not None:
        shown.translate(current.pos())
        current = current.parentWidget()
        shown = shown.intersected(current.rect())
    return shown


def _shown_text(widget: QWidget) -> str:
    if isinstance(widget, QAbstractButton):
        return _button_text(widget)
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QLineEdit):
        return widget.displayText() or widget.placeholderText()
    if isinstance(widget, QLabel):
        return _plain(widget)
    return ""


def _clipped(widget: QWidget, top: QWidget) -> Cut | None:
    """Cut off by an ancestor's edge (the window's too). Inside a scroll area a widget may be
    scrolled out of view up or down, but a page that must be scrolled sideways to read a
    control is cut."""
    shown = QRect(widget.rect())
    current: QWidget = widget
    sideways_only = False
    while current is not top and current.parentWidget() is not None:
        parent = current.parentWidget()
        shown.translate(current.pos())
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and parent is area.viewport():
            # Only across: a control above or below the view is one scroll away.
            left, right = max(shown.left(), 0), min(shown.right(), parent.width() - 1)
            shown = QRect(left, shown.top(), max(0, right - left + 1), shown.height())
            sideways_only = True
            break
        shown = shown.intersected(parent.rect())
        current = parent
    cut_across = shown.width() < widget.width()
    cut_down = shown.height() < widget.height() and not sideways_only
    if not (cut_across or cut_down):
        return None
    text = _shown_text(widget)
    why = (
        "needs the page scrolled sideways"
        if sideways_only
        else "is cut off by the edge of its window or panel"
    )
    return Cut(widget_name(widget), type(widget).__name__, text, widget.width(), shown.width(), why)
