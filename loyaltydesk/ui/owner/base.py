"""What every owner page is: a widget that knows the owner acting and the tools it may use."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from loyaltydesk.domain.staff import Actor
from loyaltydesk.services.facade import Services
from loyaltydesk.ui.formatting import Formatter
from loyaltydesk.ui.tasks import TaskRunner


@dataclass
class OwnerContext:
    """Shared by the owner pages: services, the worker pools, the owner, shop formats."""

    services: Services
    runner: TaskRunner
    actor: Actor
    fmt: Formatter


class OwnerPage(QWidget):
    """Subclass per page. ``activate`` runs each time the page is shown (reload data there);
    ``can_leave`` asks about unsaved changes and returns False to stay."""

    title = "Page"

    def __init__(self, context: OwnerContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Page")
        self.context = context

    def activate(self) -> None:
        """Called when the page becomes visible."""

    def show_start(self) -> None:
        """Its section was picked in the navigation: show the page's first view (its list)."""

    def can_leave(self) -> bool:
        return True
