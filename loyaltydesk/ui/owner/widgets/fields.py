"""The owner pages' fields: a label above its field and its error text under it, a line edit
with its unit inside, a whole-number edit, and a debounced search box."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QRect, QRegularExpression, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionFrame,
    QVBoxLayout,
    QWidget,
)

SEARCH_DELAY_MS = 250


class Field(QWidget):
    """A label above its field, an optional muted hint, and a line under it for what is wrong
    with the value (hidden while nothing is). ``name_field``: the field takes the label as
    its accessible name when it has none. ``marked``: the control that turns red with an
    error, when ``widget`` is a box around it."""

    def __init__(
        self,
        label: str,
        widget: QWidget,
        hint: str = "",
        *,
        name_field: bool = True,
        marked: QWidget | None = None,
    ) -> None:
        super().__init__()
        self.widget = widget
        self.marked = marked or widget
        self.label = QLabel(label)
        self.label.setObjectName("FieldLabel")
        self.label.setBuddy(widget)
        if name_field and not widget.accessibleName():
            widget.setAccessibleName(label)
        self.error = QLabel()
        self.error.setObjectName("FieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        layout.addWidget(widget)
        if hint:
            muted = QLabel(hint)
            muted.setObjectName("Muted")
            muted.setWordWrap(True)
            layout.addWidget(muted)
        layout.addWidget(self.error)

    def set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.marked.setProperty("invalid", bool(text))
        self.marked.style().unpolish(self.marked)
        self.marked.style().polish(self.marked)


class SearchBox(QLineEdit):
    """Emits ``search_changed`` a quarter of a second after the person stops typing
    (``timer`` is that wait: stop it to search at once). ``accessible``: its name for a
    screen reader, when not the placeholder."""

    search_changed = Signal(str)

    def __init__(
        self, placeholder: str, accessible: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("SearchBox")
        self.setPlaceholderText(placeholder)
        self.setAccessibleName(accessible or placeholder)
        self.setClearButtonEnabled(True)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(lambda: self.search_changed.emit(self.query))
        self.textChanged.connect(self.timer.start)

    @property
    def query(self) -> str:
        return self.text().strip()

    def minimumSizeHint(self) -> QSize:
        """Never narrower than its placeholder, with the clear button's room beside it: the
        box says what it searches even on a narrow window."""
        hint = super().minimumSizeHint()
        return QSize(max(hint.width(), self._placeholder_width()), hint.height())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), self._placeholder_width()), hint.height())

    def _placeholder_width(self) -> int:
        option = QStyleOptionFrame()
        self.initStyleOption(option)
        option.rect = QRect(0, 0, 1000, super().sizeHint().height())
        area = self.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, self)
        margins = self.textMargins()
        frame = option.rect.width() - area.width() + margins.left() + margins.right()
        clear = option.rect.height() if self.isClearButtonEnabled() else 0
        text = self.fontMetrics().horizontalAdvance(self.placeholderText())
        return text + frame + clear + 4 + 2  # QLineEdit's own 2 px a side, and one to spare


class UnitLineEdit(QLineEdit):
    """A line edit with its unit ("RM", "×") shown inside it, on the right."""

    def __init__(self, unit: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unit = QLabel(unit, self)
        self.unit.setObjectName("FieldUnit")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 12, 0)
        layout.addStretch(1)
        layout.addWidget(self.unit)
        self.setTextMargins(0, 0, self.unit.sizeHint().width() + 12, 0)

    def set_unit(self, unit: str) -> None:
        self.unit.setText(unit)
        self.setTextMargins(0, 0, self.unit.sizeHint().width() + 12, 0)


class WholeNumberEdit(UnitLineEdit):
    """Digits only, between ``minimum`` and ``maximum``, with the unit ("points") inside."""

    def __init__(self, unit: str, minimum: int, maximum: int) -> None:
        super().__init__(unit)
        self.minimum, self.maximum = minimum, maximum
        self.setObjectName("AdminNumber")
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        digits = len(str(maximum))
        self.setValidator(QRegularExpressionValidator(QRegularExpression(f"[0-9]{{0,{digits}}}")))

    def value(self) -> int | None:
        """The number typed, or None when it is empty or out of range."""
        text = self.text().strip()
        if not text.isdigit():
            return None
        number = int(text)
        return number if self.minimum <= number <= self.maximum else None

    def set_value(self, number: int) -> None:
        plain = QLocale(self.locale())
        plain.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
        self.setText(plain.toString(number))

    def problem(self) -> str:
        """What is wrong with the number typed, in words; "" when it is fine."""
        if self.value() is not None:
            return ""
        return (
            self.tr("Type a whole number from %1 to %2.")
            .replace("%1", self.locale().toString(self.minimum))
            .replace("%2", self.locale().toString(self.maximum))
        )
