"""A brand-new data folder for the first start (shared with tests/gui/first_start)."""

from tests.gui.first_start.conftest import empty_db, empty_services

__all__ = ["empty_db", "empty_services"]
