"""Translation contexts for words shown outside a QObject, in a form Qt's tools can read.

``pyside6-lupdate`` files ``self.tr("...")`` under the class it is written in, and a call
written as ``Name.tr("...")`` under ``Name``; a module-level helper that calls
``QCoreApplication.translate`` with a context of its own is invisible to it. So a module whose
words are not a widget's declares a context::

    class ReceiptWords(TranslationContext):
        \"\"\"Words of the printed receipt.\"\"\"

    ReceiptWords.tr("Thank you!")

and the catalog files "Thank you!" under ``ReceiptWords``, the name the app asks for it by.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

_PLACE = re.compile(r"%(\d+)")


class TranslationContext:
    """A named context; subclasses are never instantiated."""

    @classmethod
    def tr(cls, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        """``source`` in the user's language (``%n`` and its plural forms filled from ``n``)."""
        return QCoreApplication.translate(cls.__name__, source, disambiguation, n)


def fill(text: str, *values: object) -> str:
    """``text`` with ``%1``, ``%2``... replaced by ``values`` in one pass, as ``QString.arg``
    does: a value that itself holds "%1" (a customer's name, say) is left as it is."""

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if 1 <= number <= len(values) else match.group(0)

    return _PLACE.sub(value, text)
