"""The owner toolkit's ``call``: a refusal in words on the page's banner; anything unexpected
reported by signal, passed on by the owner area to the main window, which tells the person."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from loyaltydesk.domain.errors import ErrorCode, RefusedError
from loyaltydesk.ui.owner.widgets.calls import call
from tests.gui.helpers import settle
from tests.gui.owner.admin.steps import enter, open_page, when_modal


def test_a_refusal_is_said_on_the_banner(qtbot, window) -> None:
    page = open_page(qtbot, window, "rewards")
    reported: list[object] = []
    window.owner_area.unexpected_error.connect(reported.append)

    def refused() -> None:
        raise RefusedError("That reward is gone.", code=ErrorCode.INVALID_INPUT)

    call(page, page.banner, refused, lambda _result: None)
    settle(qtbot, window)
    assert page.banner.text == "That reward is gone."
    assert reported == []


def test_an_unexpected_error_reaches_the_window_by_signal(qtbot, window) -> None:
    page = open_page(qtbot, window, "staff")
    seen: list[str] = []
    when_modal(enter, seen, QMessageBox)

    def broken() -> None:
        raise ZeroDivisionError("a bug")

    with qtbot.waitSignal(window.owner_area.unexpected_error, timeout=10_000) as reported:
        call(page, page.banner, broken, lambda _result: None)
    assert isinstance(reported.args[0], ZeroDivisionError)
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert seen[0].startswith("Something went wrong")
    assert page.banner.text == ""
