"""The owner pages in navigation order. Each entry: key, title, page class."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from loyaltydesk.ui.owner.base import OwnerContext, OwnerPage

PageFactory = Callable[[OwnerContext], OwnerPage]


def owner_pages() -> list[tuple[str, str, PageFactory]]:
    """Imported late so that a page's module loads only when the owner area opens."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("OwnerArea", text)

    pages: list[tuple[str, str, PageFactory]] = []
    return pages
