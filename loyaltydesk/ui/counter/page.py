"""The counter page: one scan path, the customer card, check-in, rewards, pay, void.

States: idle (scan field focused), customer (card + actions), pick (names), register (form),
voucher. The page holds what is shown; the flows (lookup, recording, registration, voids,
vouchers, remote look-up) do the work and ask the page through ``CounterDesk`` (desk.py).
Every service call runs through the TaskRunner; the GUI thread never waits on the database.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from loyaltydesk.domain.errors import LoyaltyError
from loyaltydesk.domain.program import ShopSettings
from loyaltydesk.domain.staff import Actor
from loyaltydesk.services.dto import CustomerCard, TransactionResult
from loyaltydesk.services.facade import Services
from loyaltydesk.ui.counter.actions import ActionPanel
from loyaltydesk.ui.counter.banner import ResultBanner
from loyaltydesk.ui.counter.card_view import CustomerCardView
from loyaltydesk.ui.counter.desk import Refused
from loyaltydesk.ui.counter.idle_panel import IdlePanel
from loyaltydesk.ui.counter.lookup import LookupFlow
from loyaltydesk.ui.counter.outcome import recorded_sentence
from loyaltydesk.ui.counter.pick_list import PickList
from loyaltydesk.ui.counter.recent import RecentStrip
from loyaltydesk.ui.counter.recording import RecordingFlow
from loyaltydesk.ui.counter.registration import RegistrationFlow
from loyaltydesk.ui.counter.remote_lookup import RemoteLookupFlow
from loyaltydesk.ui.counter.scan_field import ScanField
from loyaltydesk.ui.counter.voids import VoidFlow
from loyaltydesk.ui.counter.voucher_flow import VoucherFlow
from loyaltydesk.ui.formatting import Formatter
from loyaltydesk.ui.messages import Messages, error_text
from loyaltydesk.ui.preferences import RESULT_SECONDS, Preferences
from loyaltydesk.ui.tasks import TaskRunner
from loyaltydesk.ui.translation import fill

log = logging.getLogger(__name__)


class CounterPage(QWidget):
    """The counter: what is shown and the ``CounterDesk`` its flows ask."""

    transaction_recorded = Signal(object)
    customer_shown = Signal(object)
    working = Signal()
    """A look-up or a transaction starts (the sync engine gives way meanwhile)."""
    unexpected_error = Signal(object)

    def __init__(
        self,
        services: Services,
        runner: TaskRunner,
        prefs: Preferences,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("Page")
        self.services = services
        self._runner = runner
        self._prefs = prefs
        self.actor: Actor | None = None
        self.settings = ShopSettings()
        self.fmt = Formatter(QLocale(), "MYR", "UTC")
        self.state = "idle"
        self.card: CustomerCard | None = None
        self.attempt = uuid.uuid4().hex
        self.busy = False
        self._cleared_by_timer = False

        self.scan = ScanField()
        self.scan.returnPressed.connect(self._on_scan_entered)
        self.banner = ResultBanner()
        self.card_view = CustomerCardView()
        self.actions = ActionPanel()
        self.pick_list = PickList()
        self.picks = self.pick_list.items
        self.recent = RecentStrip()
        self.idle_panel = IdlePanel()

        self.remote = RemoteLookupFlow(self, self)
        self.recording = RecordingFlow(self, self.actions)
        self.registration = RegistrationFlow(self)
        self.register_form = self.registration.form
        self.vouchers = VoucherFlow(self, self.remote)
        self.voids = VoidFlow(self, self.recent, self)
        self.lookup = LookupFlow(
            self, self.pick_list, self.registration, self.vouchers, self.remote
        )

        self._pages: dict[str, QWidget] = {
            "idle": self.idle_panel,
            "customer": self.card_view,
            "pick": self.pick_list,
            "register": self.register_form,
            "voucher": self.vouchers.card,
        }
        self.left = QStackedWidget()
        for widget in self._pages.values():
            self.left.addWidget(widget)
        self.right = QStackedWidget()
        self.right.addWidget(self.actions)
        self.right.addWidget(self.vouchers.actions)

        # The banner heads the left column, above the card: a question or an outcome never
        # takes height from the amount and the rewards on the right (on a 768 px screen it
        # would push rewards 4 and 5 out of view).
        column = QVBoxLayout()
        column.setSpacing(12)
        column.addWidget(self.banner)
        column.addWidget(self.left, 1)
        body = QHBoxLayout()
        body.setSpacing(16)
        body.addLayout(column, 5)
        body.addWidget(self.right, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(12)
        layout.addWidget(self.scan)
        layout.addLayout(body, 1)
        layout.addWidget(self.recent)

        self._back_to_idle = QTimer(self)
        self._back_to_idle.setSingleShot(True)
        self._back_to_idle.timeout.connect(self._idle_after_result)
        self._install_shortcuts()
        self.enter_state("idle")

    # -- public ------------------------------------------------------------------------------

    def start(self, actor: Actor) -> None:
        """A staff member signed in: load the shop settings, show the idle counter."""
        self.actor = actor
        self.call(self.services.program.get_settings, self.apply_settings)
        self.reset()
        self.refresh_recent()

    def scan_text(self, text: str) -> None:
        """The scan path for scanners and the camera: as if typed and Enter pressed."""
        self.scan.setText(text)
        self._on_scan_entered()

    def reset(self) -> None:
        """Back to idle: nothing selected, the scan field focused."""
        self._back_to_idle.stop()
        self.remote.cancel()
        self.vouchers.waiting_code = None
        self.card = None
        self.banner.clear()
        self.actions.reset_inputs()
        self.scan.clear()
        self.enter_state("idle")
        self.scan.setFocus()
        self._cleared_by_timer = False

    def apply_settings(self, settings: ShopSettings) -> None:
        """The shop's settings, at start and whenever the owner saves them."""
        self.settings = settings
        profile = settings.profile
        self.fmt = Formatter(QLocale(), profile.currency, profile.timezone)
        self.actions.set_mode(settings.rules.earn_mode, self.fmt.currency_symbol())
        # The strip may have been filled before these settings came (both load at sign-in):
        # its times follow the shop's time zone from now on.
        self.recent.show_transactions(self.recent.transactions, self.fmt)

    # -- the desk: what the flows may ask ----------------------------------------------------

    def call(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        *,
        write: bool = False,
        quiet: bool = False,
        on_refused: Refused | None = None,
    ) -> None:
        self.working.emit()
        if write:
            self.busy = True

        def done(result: Any) -> None:
            if write:
                self.busy = False
            on_done(result)

        def failed(error: Exception) -> None:
            if write:
                self.busy = False
            if isinstance(error, LoyaltyError):
                if on_refused is not None and on_refused(error):
                    return
                if not quiet:
                    self.refuse(error)
                return
            log.error("counter task failed", exc_info=error)
            self.report_unexpected(error)

        self._runner.run(fn, done, failed, parent=self, write=write)

    def refuse(self, error: LoyaltyError, focus: QWidget | None = None) -> None:
        self.banner.show_message(error_text(error, self.fmt), "bad")
        if focus is not None:
            focus.setFocus()
            if hasattr(focus, "selectAll"):
                focus.selectAll()
        elif self.state == "idle":
            self.focus_scan()

    def report_unexpected(self, error: Exception) -> None:
        self.unexpected_error.emit(error)

    def enter_state(self, state: str) -> None:
        self.state = state
        self.left.setCurrentWidget(self._pages[state])
        self.right.setVisible(state in {"customer", "voucher"})
        self.right.setCurrentWidget(self.vouchers.actions if state == "voucher" else self.actions)

    def focus_scan(self) -> None:
        self.scan.setFocus()
        self.scan.selectAll()

    def show_customer(self, card: CustomerCard, *, keep_banner: bool = False) -> None:
        self.card = card
        self._cleared_by_timer = False
        self.attempt = uuid.uuid4().hex
        self.card_view.service = self.remote.title if self.remote.provider else ""
        self.card_view.show_card(card, self.fmt)
        self.actions.show_rewards(card.rewards, self.fmt)
        self.actions.set_enabled(not card.is_blocked)
        self.enter_state("customer")
        if card.is_blocked:
            self.banner.show_message(
                Messages.tr("Blocked customer — nothing can be recorded."), "bad"
            )
            self.focus_scan()
        else:
            if not keep_banner:
                self.banner.clear()
            self.actions.focus_entry()
        self.remote.refresh_balance(card)
        self.customer_shown.emit(card)
        self.vouchers.customer_shown()

    def redraw_card(self, card: CustomerCard) -> None:
        shown = self.card
        if self.state == "customer" and shown and shown.customer_id == card.customer_id:
            self.card = card
            self.card_view.show_card(card, self.fmt)

    def forget_customer(self) -> None:
        self.card = None

    def recorded(self, result: TransactionResult, card: CustomerCard | None = None) -> None:
        if card is not None:
            self.card = card
        self.banner.show_message(recorded_sentence(result, self.fmt), "ok")
        self.actions.reset_inputs()
        self.attempt = uuid.uuid4().hex
        self.transaction_recorded.emit(result)
        self.refresh_recent()
        customer, customers = result.customer_id, self.services.customers
        self.call(
            lambda: customers.lookup(customer),
            lambda card: self.show_customer(card, keep_banner=True),
        )
        seconds = self._prefs.get(RESULT_SECONDS)
        if seconds > 0:
            self._back_to_idle.start(seconds * 1000)

    def refresh_recent(self) -> None:
        actor = self.actor
        if actor is None:
            return
        history = self.services.history
        self.call(
            lambda: history.recent_at_till(actor=actor, limit=6),
            lambda items: self.recent.show_transactions(items, self.fmt),
            quiet=True,
        )

    # -- keys --------------------------------------------------------------------------------

    def _on_scan_entered(self) -> None:
        text = self.scan.text().strip()
        if text:
            self._back_to_idle.stop()
            self.lookup.resolve(text)

    def _idle_after_result(self) -> None:
        if self.state == "customer" and not self.banner.asking and not self._has_typed_input():
            self.reset()
            self._cleared_by_timer = True

    def _has_typed_input(self) -> bool:
        return bool(self.actions.amount.text() or self.actions.pay_points.text())

    def _install_shortcuts(self) -> None:
        def bind(keys: str | QKeySequence, slot: Callable[[], None]) -> None:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        bind("Esc", self._on_escape)
        bind("F3", self.focus_scan)
        bind("Ctrl+F", self.focus_scan)
        bind("F4", self._show_pay)
        bind("Ctrl+N", self._register)
        bind("Ctrl+R", self._receipt)
        bind("F8", self.voids.void_latest)
        for key in range(1, 10):
            bind(f"Ctrl+{key}", lambda k=key: self._reward_key(k, f"Ctrl+{k}"))

    def _on_escape(self) -> None:
        if not self.banner.decline():
            self.reset()

    def _register(self) -> None:
        self.registration.open(*self.lookup.unmatched(self.scan.text().strip()))

    def _can_act(self, key: str) -> bool:
        """Whether a key for the customer on the card can act; if not, the banner says why."""
        if self.state == "customer" and self.card is not None and not self.card.is_blocked:
            return True
        if self.state == "customer" and self.card is not None:
            why = Messages.tr("Blocked customer — nothing can be recorded.")
        elif self._cleared_by_timer:
            seconds = self._prefs.get(RESULT_SECONDS)
            why = fill(
                Messages.tr(
                    "%1: the last customer was cleared %n second(s) after their result. Scan "
                    "their card again.",
                    "",
                    int(seconds),
                ),
                key,
            )
        else:
            why = fill(
                Messages.tr("%1: there is no customer on the card. Scan a member card first."), key
            )
        self.banner.show_message(why, "warn")
        return False

    def _show_pay(self) -> None:
        if not self._can_act("F4"):
            return
        if self.settings.rules.point_value is None:
            self.banner.show_message(
                Messages.tr("This shop does not take points as payment."), "warn"
            )
            return
        self.actions.show_pay()

    def _receipt(self) -> None:
        if self._can_act("Ctrl+R"):
            self.actions.receipt.setFocus()

    def _reward_key(self, key: int, label: str) -> None:
        if not self._can_act(label):
            return
        option = self.actions.reward_for_key(key)
        if option is None:
            self.banner.show_message(
                fill(Messages.tr("%1: there is no reward number %2."), label, key), "warn"
            )
            return
        self.recording.ask_redeem(option.reward_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if (
            self.state == "customer"
            and Qt.Key.Key_1 <= key <= Qt.Key.Key_9
            and not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        ):
            self._reward_key(key - Qt.Key.Key_0, str(key - Qt.Key.Key_0))
            return
        super().keyPressEvent(event)
