"""Every owner page, as the owner area lists them (ui/owner/registry.py), at 1024x768: no
button, field or field label cut. Screenshots at 1024x768 and 1366x768. The pages reflow (rows
of buttons and filters wrap, tiles and columns of cards drop to fewer columns) and their tables'
columns fit the view, so nothing needs a sideways scroll either."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt

from loyaltydesk.ui.owner.registry import owner_pages
from tests.gui.helpers import press, screenshot, settle, sign_in
from tests.gui.layout_checks import assert_nothing_cut
from tests.gui.small_screens.steps import LONG_NAME, OWNER, SIZES, sized

DETAIL = "customers/detail"
"""Not a page of its own: a customer opened from the Customers page."""


def _cases() -> list[str]:
    return [key for key, _title, _factory in owner_pages()] + [DETAIL]


def _open(qtbot, window, real_services, key: str) -> None:
    customer = real_services.customers.register(
        actor=OWNER, ref_code=uuid.uuid4().hex, phone="+60123456780", name=LONG_NAME
    )
    sign_in(qtbot, window, "1234")
    press(qtbot, None, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: window.owner_area is not None, timeout=15_000)
    page = window.owner_area.show_page(key.split("/")[0])
    settle(qtbot, window)
    if key == DETAIL:
        page.open_customer(customer.customer_id)
        qtbot.waitUntil(lambda: page.detail.detail is not None, timeout=15_000)
        settle(qtbot, window)


@pytest.mark.parametrize("key", ["settings", "reports", "customers", DETAIL])
def test_owner_page_fits_1280x800_at_125(qtbot, window, real_services, key) -> None:
    """What the layout gets at 1280x800 with 125 % scaling: 1024x640 logical pixels."""
    _open(qtbot, window, real_services, key)
    sized(qtbot, window, SIZES["1280x800-125"])
    screenshot(window, f"small-owner-{key.replace('/', '-')}-1280x800-125")
    assert_nothing_cut(window, f"owner page {key} at 1280x800, 125 %")


@pytest.mark.parametrize("key", _cases())
def test_owner_page_fits_1024x768(qtbot, window, real_services, key) -> None:
    _open(qtbot, window, real_services, key)
    name = key.replace("/", "-")
    sized(qtbot, window, SIZES["1366x768"])
    screenshot(window, f"small-owner-{name}-1366x768")
    sized(qtbot, window, SIZES["1024x768"])
    screenshot(window, f"small-owner-{name}-1024x768")
    assert_nothing_cut(window, f"owner page {key} at 1024x768")
