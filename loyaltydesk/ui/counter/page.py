"""The counter page: one scan path, the customer card, check-in, rewards, pay, void.

States: idle (scan field focused), customer (card + actions), pick (names), register (form).
Every service call runs through the TaskRunner; the GUI thread never waits on the database.
"""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.domain.errors import ErrorCode, LoyaltyError
from loyaltydesk.domain.program import EarnMode, ShopSettings
from loyaltydesk.domain.staff import Actor
from loyaltydesk.services.dto import (
    CustomerCard,
    LookupOutcome,
    RecentTransaction,
    TransactionResult,
)
from loyaltydesk.services.facade import Services
from loyaltydesk.ui.counter.actions import ActionPanel
from loyaltydesk.ui.counter.banner import ResultBanner
from loyaltydesk.ui.counter.card_view import CustomerCardView
from loyaltydesk.ui.counter.idle_panel import IdlePanel
from loyaltydesk.ui.counter.recent import RecentStrip
from loyaltydesk.ui.counter.registration import RegistrationFlow
from loyaltydesk.ui.counter.scan_field import ScanField
from loyaltydesk.ui.counter.voids import VoidFlow
from loyaltydesk.ui.counter.voucher_flow import VoucherFlow
from loyaltydesk.ui.formatting import Formatter
from loyaltydesk.ui.messages import earn_sentence, error_text, tr
from loyaltydesk.ui.preferences import RESULT_SECONDS, Preferences
from loyaltydesk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)
_RECEIPT = re.compile(r"^[\x21-\x7e]{1,40}$")


class CounterPage(QWidget):
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

        self.scan = ScanField()
        self.scan.returnPressed.connect(self._on_scan_entered)
        self.banner = ResultBanner()
        self.card_view = CustomerCardView()
        self.actions = ActionPanel()
        self.actions.check_in_requested.connect(self.check_in)
        self.actions.pay_requested.connect(self.pay_with_points)
        self.actions.redeem_requested.connect(self.ask_redeem)
        self.picks = QListWidget()
        self.picks.setAccessibleName(self.tr("Customers with that name"))
        self.picks.itemActivated.connect(self._on_pick)
        self.registration = RegistrationFlow(self)
        self.register_form = self.registration.form
        self.recent = RecentStrip()
        self.recent.void_requested.connect(self.void)
        self.vouchers = VoucherFlow(self)
        self.voids = VoidFlow(self)

        idle = self.idle_panel = IdlePanel()
        picks_box = QWidget()
        picks_box.setObjectName("Card")
        picks_layout = QVBoxLayout(picks_box)
        picks_layout.setContentsMargins(24, 24, 24, 24)
        picks_title = QLabel(self.tr("Which customer? ↑ ↓ then Enter"))
        picks_title.setObjectName("SectionTitle")
        picks_layout.addWidget(picks_title)
        picks_layout.addWidget(self.picks)

        self.left = QStackedWidget()
        for widget in (idle, self.card_view, picks_box, self.register_form, self.vouchers.card):
            self.left.addWidget(widget)
        self._pages = {"idle": idle, "customer": self.card_view, "pick": picks_box}
        self._pages["register"] = self.register_form
        self._pages["voucher"] = self.vouchers.card
        self.right = QStackedWidget()
        self.right.addWidget(self.actions)
        self.right.addWidget(self.vouchers.actions)

        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(self.left, 5)
        body.addWidget(self.right, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(12)
        layout.addWidget(self.scan)
        layout.addWidget(self.banner)
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
        self.card = None
        self.banner.clear()
        self.actions.reset_inputs()
        self.scan.clear()
        self.enter_state("idle")
        self.scan.setFocus()

    # -- looking up --------------------------------------------------------------------------

    def _on_scan_entered(self) -> None:
        text = self.scan.text().strip()
        if not text:
            return
        self._back_to_idle.stop()
        services = self.services  # bound here: the worker never reads the page
        self.call(lambda: services.customers.resolve(text), self._on_resolved)

    def _on_resolved(self, outcome: LookupOutcome) -> None:
        if outcome.card is not None:
            self.banner.clear()
            self.show_customer(outcome.card)
        elif outcome.candidates:
            self.banner.clear()
            self.picks.clear()
            for candidate in outcome.candidates:
                phone = f"···{candidate.phone[-4:]}" if candidate.phone else ""
                label = "  ·  ".join(p for p in (candidate.name, candidate.short_code, phone) if p)
                label += "  ·  "
                label += self.tr("%1 pts").replace("%1", self.fmt.points(candidate.balance))
                item = QListWidgetItem(label)
                item.setData(Qt.ItemDataRole.UserRole, candidate.customer_id)
                self.picks.addItem(item)
            self.picks.setCurrentRow(0)
            self.enter_state("pick")
            self.picks.setFocus()
        elif outcome.voucher_code is not None:
            self.vouchers.look_up(outcome.voucher_code)
        elif outcome.unknown_kind in {"phone", "email", "name"}:
            self.open_register(outcome.unknown_kind, outcome.unknown_value or "")
        else:
            self.banner.show_message(tr("No customer found. Ctrl+N registers a new one."), "warn")
            self.scan.selectAll()

    def _on_pick(self, item: QListWidgetItem) -> None:
        customer_id = item.data(Qt.ItemDataRole.UserRole)
        services = self.services
        self.call(lambda: services.customers.lookup(customer_id), self.show_customer)

    def show_customer(self, card: CustomerCard, *, keep_banner: bool = False) -> None:
        self.card = card
        self.attempt = uuid.uuid4().hex
        self.card_view.show_card(card, self.fmt)
        self.actions.show_rewards(card.rewards, self.fmt)
        self.actions.set_enabled(not card.is_blocked)
        self.enter_state("customer")
        if card.is_blocked:
            self.banner.show_message(tr("Blocked customer — nothing can be recorded."), "bad")
            self.scan.setFocus()
            self.scan.selectAll()
        else:
            if not keep_banner:
                self.banner.clear()
            self.actions.focus_entry()
        self.customer_shown.emit(card)

    # -- recording ---------------------------------------------------------------------------

    def check_in(self, *, confirm: bool = False) -> None:
        card, actor = self.card, self.actor
        if card is None or actor is None or card.is_blocked or self.busy:
            return
        mode = self.settings.rules.earn_mode
        amount: Decimal | None = None
        units: int | None = None
        typed = self.actions.amount.text().strip()
        try:
            if mode is EarnMode.SPEND:
                amount = self.fmt.parse_typed_amount(typed)
            elif mode is EarnMode.UNIT:
                units = int(typed) if typed.isdigit() else 0
                if units <= 0:
                    raise LoyaltyError("units", code=ErrorCode.INVALID_UNITS)
        except LoyaltyError as error:
            self.refuse(error, focus=self.actions.amount)
            return
        ref = self._ref("in")
        if ref is None:
            return
        customer, points = card.customer_id, self.services.points

        def work() -> TransactionResult:
            return points.check_in(
                customer=customer, actor=actor, ref_code=ref, amount=amount, units=units,
                confirm=confirm,
            )  # fmt: skip

        self.call(work, self.on_recorded, write=True, on_refused=self._on_check_in_refused)

    def _on_check_in_refused(self, error: LoyaltyError) -> bool:
        if error.code is ErrorCode.DUPLICATE_CHECKIN:
            self.banner.ask(
                error_text(error, self.fmt),
                "warn",
                lambda: self.check_in(confirm=True),
                self.actions.focus_entry,
            )
            return True
        return False

    def ask_redeem(self, reward_id: int) -> None:
        card = self.card
        if card is None or card.is_blocked or self.busy:
            return
        option = next((r for r in card.rewards if r.reward_id == reward_id), None)
        if option is None:
            return
        if not option.available:
            self.banner.show_message(
                tr("Not enough points: %1 of %2.", self.fmt.points(card.balance),
                   self.fmt.points(option.cost)),
                "bad",
            )  # fmt: skip
            return
        question = tr("Redeem %1 for %2 points?", option.title, self.fmt.points(option.cost))
        self.banner.ask(question, "info", lambda: self._redeem(reward_id), self.actions.focus_entry)

    def _redeem(self, reward_id: int) -> None:
        card, actor = self.card, self.actor
        ref = self._ref("redeem")
        if card is None or actor is None or ref is None:
            return
        customer = card.customer_id
        services = self.services
        self.call(
            lambda: services.points.redeem_reward(
                customer=customer, reward_id=reward_id, actor=actor, ref_code=ref
            ),
            self.on_recorded,
            write=True,
        )

    def pay_with_points(self) -> None:
        card, actor = self.card, self.actor
        if card is None or actor is None or card.is_blocked or self.busy:
            return
        typed = self.actions.pay_points.text().strip()
        if not typed.isdigit() or int(typed) <= 0:
            self.refuse(LoyaltyError("points", code=ErrorCode.INVALID_POINTS),
                         focus=self.actions.pay_points)  # fmt: skip
            return
        points = int(typed)
        ref = self._ref("pay")
        if ref is None:
            return
        customer = card.customer_id
        services = self.services
        self.call(
            lambda: services.points.pay_with_points(
                customer=customer, points=points, actor=actor, ref_code=ref
            ),
            self.on_recorded,
            write=True,
        )

    def on_recorded(self, result: TransactionResult) -> None:
        if result.kind == "CHECK_IN":
            text = earn_sentence(result, self.fmt)
        elif result.kind == "REDEEM_REWARD":
            text = tr("%1 redeemed — %2 points", result.reward_title or "",
                      self.fmt.signed_points(result.points))  # fmt: skip
        elif result.kind == "PAY_WITH_POINTS":
            text = tr("%1 points paid %2", self.fmt.signed_points(result.points),
                      self.fmt.money(result.payment_value or Decimal(0)))  # fmt: skip
        elif result.kind == "VOID":
            text = tr("Voided — %1 points", self.fmt.signed_points(result.points))
        else:
            text = tr("Done")
        if result.replayed:
            text += " " + tr("(already recorded — nothing changed)")
        text += " · " + tr("Balance %1", self.fmt.points(result.balance))
        self.banner.show_message(text, "ok")
        self.actions.reset_inputs()
        self.attempt = uuid.uuid4().hex
        self.transaction_recorded.emit(result)
        self.refresh_recent()
        customer = result.customer_id
        services = self.services
        self.call(
            lambda: services.customers.lookup(customer),
            lambda card: self.show_customer(card, keep_banner=True),
        )
        seconds = self._prefs.get(RESULT_SECONDS)
        if seconds > 0:
            self._back_to_idle.start(seconds * 1000)

    def _idle_after_result(self) -> None:
        if self.state == "customer" and not self.banner.asking and not self._has_typed_input():
            self.reset()

    # -- registration (see registration.py) -------------------------------------------------

    def open_register(self, kind: str = "", value: str = "") -> None:
        self.registration.open(kind, value)

    def register_and_check_in(self) -> None:
        self.registration.submit()

    # -- voids -------------------------------------------------------------------------------

    def refresh_recent(self) -> None:
        actor = self.actor
        if actor is None:
            return
        services = self.services
        self.call(
            lambda: services.history.recent_at_till(actor=actor, limit=6),
            lambda items: self.recent.show_transactions(items, self.fmt),
            quiet=True,
        )

    def void_latest(self) -> None:
        self.voids.void_latest()

    def void(self, item: RecentTransaction) -> None:
        self.voids.void(item)

    # -- plumbing ----------------------------------------------------------------------------

    def apply_settings(self, settings: ShopSettings) -> None:
        """The shop's settings, at start and whenever the owner saves them."""
        self.settings = settings
        profile = settings.profile
        self.fmt = Formatter(QLocale(), profile.currency, profile.timezone)
        self.actions.set_mode(settings.rules.earn_mode, self.fmt.currency_symbol())

    def _ref(self, kind: str) -> str | None:
        """The ref_code of this attempt: from the receipt number when there is one."""
        receipt = self.actions.receipt.text().strip()
        if not receipt:
            return f"{self.attempt}-{kind}"
        if not _RECEIPT.match(receipt):
            self.refuse(LoyaltyError("ref", code=ErrorCode.INVALID_REF_CODE),
                         focus=self.actions.receipt)  # fmt: skip
            return None
        till = re.sub(r"[^\x21-\x7e]", "_", self.actor.till if self.actor else "till")
        return f"{till[:24]}:{receipt}:{kind}"

    def call(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        *,
        write: bool = False,
        quiet: bool = False,
        on_refused: Callable[[LoyaltyError], bool] | None = None,
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
            self.unexpected_error.emit(error)

        self._runner.run(fn, done, failed, parent=self, write=write)

    def refuse(self, error: LoyaltyError, focus: QWidget | None = None) -> None:
        self.banner.show_message(error_text(error, self.fmt), "bad")
        if focus is not None:
            focus.setFocus()
            if hasattr(focus, "selectAll"):
                focus.selectAll()
        elif self.state == "idle":
            self.scan.setFocus()
            self.scan.selectAll()

    def enter_state(self, state: str) -> None:
        self.state = state
        self.left.setCurrentWidget(self._pages[state])
        self.right.setVisible(state in {"customer", "voucher"})
        self.right.setCurrentWidget(self.vouchers.actions if state == "voucher" else self.actions)

    def _has_typed_input(self) -> bool:
        return bool(self.actions.amount.text() or self.actions.pay_points.text())

    def _install_shortcuts(self) -> None:
        def bind(keys: str | QKeySequence, slot: Callable[[], None]) -> None:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        bind("Esc", self._on_escape)
        bind("F3", self._focus_scan)
        bind("Ctrl+F", self._focus_scan)
        bind("F4", self._show_pay)
        bind("Ctrl+N", lambda: self.open_register())
        bind("Ctrl+R", lambda: self.actions.receipt.setFocus() if self.card else None)
        bind("F8", self.void_latest)
        for key in range(1, 10):
            bind(f"Ctrl+{key}", lambda k=key: self._reward_key(k))

    def _on_escape(self) -> None:
        if not self.banner.decline():
            self.reset()

    def _focus_scan(self) -> None:
        self.scan.setFocus()
        self.scan.selectAll()

    def _show_pay(self) -> None:
        if self.card is not None and not self.card.is_blocked:
            self.actions.show_pay()

    def _reward_key(self, key: int) -> None:
        if self.state != "customer":
            return
        option = self.actions.reward_for_key(key)
        if option is not None:
            self.ask_redeem(option.reward_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if (
            self.state == "customer"
            and Qt.Key.Key_1 <= key <= Qt.Key.Key_9
            and not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        ):
            self._reward_key(key - Qt.Key.Key_0)
            return
        super().keyPressEvent(event)
