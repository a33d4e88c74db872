"""GUI fixtures: a real main window on a real SQLite shop (see helpers.py), and the check that
every string the tests make it show is in the translation catalog (catalog_check.py)."""

from tests.gui.catalog_check import strings_shown_are_in_the_catalog
from tests.gui.helpers import real_services, window

__all__ = ["real_services", "strings_shown_are_in_the_catalog", "window"]
