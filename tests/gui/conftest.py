"""GUI fixtures: a real main window on a real SQLite shop (see helpers.py)."""

from tests.gui.helpers import real_services, window

__all__ = ["real_services", "window"]
