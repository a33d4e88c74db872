"""Small screens: the sizes checked, a shop with many rewards, a modal dialog looked at."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from loyaltydesk.domain.staff import Actor, Role
from loyaltydesk.services.dto import CustomerCard
from loyaltydesk.services.facade import Services
from loyaltydesk.ui.main_window import MainWindow
from tests.gui.helpers import look_up, press, screenshot, settle, sign_in, type_text
from tests.gui.layout_checks import Cut, cut_widgets

OWNER = Actor(1, "Olive Owner", Role.OWNER, "Till 1")
SIZES = {
    "1024x768": QSize(1024, 768),
    "1366x768": QSize(1366, 768),
    # 1280x800 at 125 %: what the layout gets is 1024x640 logical pixels.
    "1280x800-125": QSize(1024, 640),
}
MORE_REWARDS = (
    ("Slice of chocolate birthday cake with a candle", 300),
    ("Reusable bamboo cup", 800),
    ("Weekend brunch for two", 2500),
)
LONG_NAME = "Nur Aisyah binti Abdul Rahman Kamaruddin"
POLL_MS = 50


def shop_with_rewards(services: Services) -> str:
    """Six rewards (three with long names) and a customer who can take five of them."""
    for order, (title, cost) in enumerate(MORE_REWARDS, start=3):
        services.rewards.add_reward(actor=OWNER, title=title, cost=cost, sort_order=order)
    card = add_customer(services, "+60123456789", LONG_NAME)
    services.points.adjust_points(
        customer=card.customer_id, points=2100, reason="opening balance", actor=OWNER,
        ref_code=uuid.uuid4().hex,
    )  # fmt: skip
    return card.short_code


def add_customer(services: Services, phone: str, name: str) -> CustomerCard:
    return services.customers.register(
        actor=OWNER, ref_code=uuid.uuid4().hex, phone=phone, name=name
    )


def sized(qtbot, window: QWidget, size: QSize) -> None:
    window.resize(size)
    qtbot.waitUntil(lambda: window.size() == size, timeout=5_000)
    QApplication.processEvents()


def counter_with_question(qtbot, window: MainWindow, code: str) -> None:
    """A customer on the card, 1234.50 typed and a reward's confirmation asked."""
    sign_in(qtbot, window, "0000")
    look_up(qtbot, window, code)
    type_text(qtbot, window.counter.actions.amount, "1234.50")
    press(qtbot, window.counter.actions.amount, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.counter.banner.asking, timeout=5_000)
    settle(qtbot, window)


@dataclass
class Seen:
    """What a modal dialog looked like: its size and its cut widgets."""

    size: QSize = field(default_factory=QSize)
    cuts: list[Cut] = field(default_factory=list)
    shown: bool = False


def look_at_modal(qtbot, open_it: Callable[[], object], name: str, expected: type[QWidget]) -> Seen:
    """Opens a modal dialog with ``open_it``, checks and photographs it, then closes it."""
    seen = Seen()

    def poll(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, expected):
            if left:
                QTimer.singleShot(POLL_MS, lambda: poll(left - 1))
            return
        screenshot(dialog, name)
        seen.size = dialog.frameGeometry().size()
        seen.cuts = cut_widgets(dialog)
        seen.shown = True
        dialog.reject()  # type: ignore[attr-defined]

    QTimer.singleShot(POLL_MS, lambda: poll(100))
    open_it()
    qtbot.waitUntil(lambda: seen.shown, timeout=10_000)
    return seen
