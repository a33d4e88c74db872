"""What every owner page is: a widget that knows the owner acting and the tools it may use."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from loyaltydesk.domain.staff import Actor
from loyaltydesk.services.facade import Services
from loyaltydesk.ui.formatting import Formatter
from loyaltydesk.ui.preferences import Preferences
from loyaltydesk.ui.tasks import TaskRunner


class OwnerSignals(QObject):
    """What the owner pages tell the window: an unexpected error (logged already), which the
    owner area passes on for the main window to show once."""

    unexpected_error = Signal(object)


@dataclass
class OwnerContext:
    """Shared by the owner pages: services, the worker pools, the owner, shop formats, and
    the signals they report through."""

    services: Services
    runner: TaskRunner
    actor: Actor
    fmt: Formatter
    signals: OwnerSignals = field(default_factory=OwnerSignals)
    prefs: Preferences | None = None
    """This computer's preferences (the window's); None in tests that need none."""


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
