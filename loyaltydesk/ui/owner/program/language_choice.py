"""The language of this computer: a preference beside the shop's settings, not one of them.

Each till may speak its own language (``ui/languages.py``); the choice is saved at once and
the app speaks it from the next start, so the counter never shows two languages at once.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFrame, QLabel, QVBoxLayout, QWidget

from loyaltydesk.ui.languages import LANGUAGE, LANGUAGES, language_for
from loyaltydesk.ui.preferences import Preferences


class LanguageChoice(QFrame):
    """``chosen`` carries the language code saved ("" = the system's)."""

    chosen = Signal(str)

    def __init__(self, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.prefs = prefs
        title = QLabel(self.tr("Language on this computer"))
        title.setObjectName("SectionTitle")
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Language on this computer"))
        system = language_for(QLocale.system()).native_name
        self.combo.addItem(self.tr("The system's language (%1)").replace("%1", system), "")
        for language in LANGUAGES:
            self.combo.addItem(language.native_name, language.code)
        found = self.combo.findData(str(prefs.get(LANGUAGE)))
        self.combo.setCurrentIndex(max(0, found))
        # The widest name, plus the stylesheet's padding and arrow (AdjustToContents leaves
        # the padding out).
        names = [self.combo.itemText(i) for i in range(self.combo.count())]
        widest = max(self.combo.fontMetrics().horizontalAdvance(name) for name in names)
        self.combo.setMinimumWidth(widest + 96)
        self.note = QLabel(
            self.tr(
                "Saved at once, for this computer only: other tills keep their own. "
                "loyaltydesk speaks it from the next start."
            )
        )
        self.note.setObjectName("Muted")
        self.note.setWordWrap(True)
        title.setBuddy(self.combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 24)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(self.combo, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.note)
        self.combo.currentIndexChanged.connect(self._save)

    def _save(self, _index: int) -> None:
        code = str(self.combo.currentData())
        self.prefs.set(LANGUAGE, code)
        self.prefs.sync()
        self.chosen.emit(code)
