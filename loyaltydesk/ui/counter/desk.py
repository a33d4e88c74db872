"""The narrow door between the counter page and its flows.

A flow (look-up, recording, registration, voids, vouchers, the remote look-up) reads what the
counter shows and asks it to do a few things; it never sets the page's fields. The page is the
one ``CounterDesk``; the flows import this module, never the page.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtWidgets import QWidget

from loyaltydesk.domain.errors import LoyaltyError
from loyaltydesk.domain.program import ShopSettings
from loyaltydesk.domain.staff import Actor
from loyaltydesk.services.dto import CustomerCard, TransactionResult
from loyaltydesk.services.facade import Services
from loyaltydesk.ui.counter.banner import ResultBanner
from loyaltydesk.ui.formatting import Formatter

Refused = Callable[[LoyaltyError], bool]
"""Handles a refusal itself (True) or leaves it to the banner (False)."""


class CounterDesk(Protocol):
    """What a counter flow may read and ask of the page."""

    @property
    def services(self) -> Services: ...

    @property
    def actor(self) -> Actor | None: ...

    @property
    def settings(self) -> ShopSettings: ...

    @property
    def fmt(self) -> Formatter: ...

    @property
    def card(self) -> CustomerCard | None:
        """The customer on the card, or None."""

    @property
    def state(self) -> str: ...

    @property
    def busy(self) -> bool:
        """A write is under way: nothing else is recorded until it answers."""

    @property
    def attempt(self) -> str:
        """This customer's attempt: the stem of the ref_codes recorded for them."""

    @property
    def banner(self) -> ResultBanner: ...

    def call(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        *,
        write: bool = False,
        quiet: bool = False,
        on_refused: Refused | None = None,
    ) -> None:
        """Run a service call off the GUI thread; refusals go to the banner."""

    def refuse(self, error: LoyaltyError, focus: QWidget | None = None) -> None: ...

    def report_unexpected(self, error: Exception) -> None: ...

    def enter_state(self, state: str) -> None: ...

    def focus_scan(self) -> None:
        """The scan field focused, its text selected for the next scan."""

    def show_customer(self, card: CustomerCard, *, keep_banner: bool = False) -> None: ...

    def redraw_card(self, card: CustomerCard) -> None:
        """Newer figures for the customer on the card; nothing else changes."""

    def forget_customer(self) -> None: ...

    def recorded(self, result: TransactionResult, card: CustomerCard | None = None) -> None:
        """Something was recorded (for ``card`` when the page did not have it yet)."""

    def refresh_recent(self) -> None: ...
