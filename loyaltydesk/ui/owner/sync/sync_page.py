"""Sync: the hosted loyalty service the shop sends its check-ins to, the queue waiting to go,
and the problems the service refused, for the owner to send again or dismiss."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.domain.sync_settings import check_base_url
from loyaltydesk.services.sync_dto import (
    BalanceDifference,
    SyncProblem,
    SyncSettings,
    SyncStatus,
)
from loyaltydesk.sync import credentials
from loyaltydesk.sync.provider import NeedsOwnerError, RetryLaterError, SyncError
from loyaltydesk.sync.setup import open_provider
from loyaltydesk.ui.counter.banner import ResultBanner
from loyaltydesk.ui.dialogs.confirm import confirm_destructive
from loyaltydesk.ui.owner.base import OwnerContext, OwnerPage
from loyaltydesk.ui.owner.sync.sync_dialogs import DismissDialog
from loyaltydesk.ui.owner.sync.sync_differences import (
    differences_note,
    differences_table,
    said_text,
    what_text,
)
from loyaltydesk.ui.owner.sync.sync_form import SyncForm, kept_secrets, merged, provider_title
from loyaltydesk.ui.owner.widgets.calls import call
from loyaltydesk.ui.owner.widgets.layout import page_header
from loyaltydesk.ui.owner.widgets.table import Column, RowsTable

Loaded = tuple[
    SyncSettings | None,
    SyncStatus,
    tuple[SyncProblem, ...],
    frozenset[str],
    bool,
    tuple[BalanceDifference, ...],
]


class SyncPage(OwnerPage):
    """``setup_changed`` tells the window to restart the sync engine with the new setup."""

    setup_changed = Signal()

    def __init__(self, context: OwnerContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.settings: SyncSettings | None = None
        self.banner = ResultBanner()
        self.form = SyncForm()
        self.form.edited.connect(self._update_buttons)
        self.keyring_note = QLabel()
        self.keyring_note.setObjectName("Muted")
        self.keyring_note.setWordWrap(True)
        self.keyring_note.hide()
        self.save = self._button(self.tr("Save and connect"), self.tr("Save the setup"))
        self.save.setProperty("role", "primary")
        self.test = self._button(self.tr("Test connection"), self.tr("Ask the service who we are"))
        self.stop = self._button(self.tr("Stop syncing"), self.tr("Stop sending to the service"))
        self.stop.setProperty("role", "danger")
        self.save.clicked.connect(self.save_setup)
        self.test.clicked.connect(self.test_connection)
        self.stop.clicked.connect(self.stop_syncing)

        self.paused = QFrame()
        self.paused.setObjectName("Card")
        self.paused_text = QLabel()
        self.paused_text.setWordWrap(True)
        self.resume = self._button(self.tr("Resume"), self.tr("Send the queue again"))
        self.resume.clicked.connect(self.resume_sending)
        paused_layout = QHBoxLayout(self.paused)
        paused_layout.addWidget(self.paused_text, 1)
        paused_layout.addWidget(self.resume)
        self.paused.hide()

        self.queue = QLabel()
        self.queue.setWordWrap(True)
        self.queue.setAccessibleName(self.tr("Queue"))
        fmt = context.fmt
        columns = [
            Column(self.tr("When"), lambda p: fmt.when(p.created_at),
                   lambda p: p.created_at.timestamp()),
            Column(self.tr("Customer"), lambda p: p.customer_name or self.tr("The shop")),
            Column(self.tr("What"), self._what),
            Column(self.tr("The service said"), said_text, stretch=True),
            Column(self.tr("Tries"), lambda p: fmt.points(p.attempts), lambda p: p.attempts,
                   right=True),
        ]  # fmt: skip
        self.problems = RowsTable(
            columns,
            self.tr("Sync problems"),
            self.tr("No problems: everything the service refused would be listed here."),
            key=lambda p: p.item_id,
        )
        self.problems.selection_changed.connect(self._update_buttons)
        self.retry = self._button(self.tr("Send again"), self.tr("Send the selected one again"))
        self.dismiss = self._button(self.tr("Dismiss…"), self.tr("Never send the selected one"))
        self.retry.clicked.connect(self.retry_selected)
        self.dismiss.clicked.connect(self.dismiss_selected)
        self.differences = differences_table(fmt, self.tr("the service"))
        self.differences_note = QLabel()
        self.differences_note.setWordWrap(True)
        self.differences_note.setObjectName("Muted")

        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        for button in (self.save, self.test):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.stop)
        problem_tools = QHBoxLayout()
        problem_tools.addWidget(self._heading(self.tr("Sync problems")), 1)
        problem_tools.addWidget(self.retry)
        problem_tools.addWidget(self.dismiss)

        body = QWidget()
        body.setObjectName("Page")
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 8, 0)
        body_layout.setSpacing(16)
        body_layout.addWidget(self.paused)
        body_layout.addWidget(self._heading(self.tr("Queue")))
        body_layout.addWidget(self.queue)
        body_layout.addLayout(problem_tools)
        body_layout.addWidget(self.problems)
        self.problems.setMinimumHeight(220)
        body_layout.addWidget(self._heading(self.tr("Balances that differ")))
        body_layout.addWidget(self.differences_note)
        body_layout.addWidget(self.differences)
        self.differences.setMinimumHeight(180)
        body_layout.addWidget(self._heading(self.tr("Connection")))
        body_layout.addWidget(self.form)
        body_layout.addWidget(self.keyring_note)
        body_layout.addLayout(buttons)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(
            page_header(
                self.tr("Sync"),
                self.tr(
                    "Send check-ins, redemptions and new customers to your hosted loyalty "
                    "service. The counter keeps working without the internet: what waits is "
                    "sent, in order, when the service can be reached again."
                ),
            )
        )
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        self._update_buttons()

    # -- loading ---------------------------------------------------------------------------

    def activate(self) -> None:
        self.banner.clear()
        self.reload(load_form=True)

    def reload(self, *, load_form: bool = False) -> None:
        sync, actor = self.context.services.sync, self.context.actor

        def work() -> Loaded:
            settings = sync.settings()
            problems = sync.problems(actor=actor) if settings else ()
            kept = kept_secrets(settings.provider) if settings else frozenset()
            differ = sync.balance_differences(actor=actor) if settings else ()
            return (settings, sync.status(), problems, kept, credentials.keyring_available(),
                    differ)  # fmt: skip

        def show(loaded: Loaded) -> None:
            settings, status, problems, kept, has_keyring, differ = loaded
            service = provider_title(settings.provider) if settings else ""
            self.differences_note.setText(differences_note(differ, service))
            self.differences_note.setVisible(bool(differ))
            self.differences.set_records(differ)
            self.settings = settings
            if load_form:
                self.form.load(settings, kept)
            self._show_keyring(has_keyring)
            self._show_status(status)
            self.problems.set_records(problems)
            self._update_buttons()

        call(self, self.banner, work, show)

    # -- connection ------------------------------------------------------------------------

    def save_setup(self) -> None:
        problem = self.form.problem()
        if problem:
            self.banner.show_message(problem, "bad")
            return
        values, actor, sync = self.form.values(), self.context.actor, self.context.services.sync

        def work() -> tuple[SyncSettings, bool]:
            settings = sync.configure(actor=actor, provider=values.provider,
                                      base_url=values.base_url, options=values.options,
                                      per_minute=values.per_minute)  # fmt: skip
            kept = True
            if any((values.secrets.api_key, values.secrets.api_secret, values.secrets.token)):
                kept = credentials.store(values.provider, merged(values))
            return settings, kept

        def done(result: tuple[SyncSettings, bool]) -> None:
            settings, kept = result
            self.form.clear_secrets()
            title = provider_title(settings.provider)
            if kept:
                text = self.tr("Connected to %1. New check-ins are sent from now on; earlier "
                               "history stays here.").replace("%1", title)  # fmt: skip
                self.banner.show_message(text, "ok")
            else:
                self.banner.show_message(self.tr(
                    "Saved, but this computer has no keyring to keep the key: set "
                    "LOYALTYDESK_API_KEY (and LOYALTYDESK_API_SECRET) for the app instead."),
                    "bad")  # fmt: skip
            self.setup_changed.emit()
            self.reload(load_form=True)

        call(self, self.banner, work, done, write=True)

    def test_connection(self) -> None:
        problem = self.form.problem()
        if problem:
            self.banner.show_message(problem, "bad")
            return
        values = self.form.values()
        self.test.setEnabled(False)
        self.banner.show_message(self.tr("Asking %1…").replace(
            "%1", provider_title(values.provider)), "info")  # fmt: skip

        def work() -> tuple[bool, str]:
            settings = SyncSettings(values.provider, check_base_url(values.base_url),
                                    tuple(sorted(values.options.items())), values.per_minute,
                                    self.context.services.context.now())  # fmt: skip
            provider = open_provider(settings, merged(values))
            try:
                return True, provider.test_connection().summary
            except SyncError as error:
                return False, self._failure_text(error)
            finally:
                provider.close()

        def done(result: tuple[bool, str]) -> None:
            self.test.setEnabled(True)
            answered, text = result
            if answered:
                self.banner.show_message(
                    self.tr("The service answered: %1").replace("%1", text), "ok"
                )
            else:
                self.banner.show_message(text, "bad")

        call(self, self.banner, work, done, on_failed=lambda: self.test.setEnabled(True))

    def stop_syncing(self) -> None:
        if self.settings is None:
            return
        asked = confirm_destructive(
            self,
            self.tr("Stop syncing?"),
            self.tr("Nothing more is sent to %1. What is already waiting stays in the queue "
                    "and goes if you connect again.").replace(
                "%1", provider_title(self.settings.provider)),
            self.tr("Stop syncing"),
        )  # fmt: skip
        if not asked:
            return
        actor, sync = self.context.actor, self.context.services.sync
        self._run(lambda: sync.disconnect(actor=actor), self.tr("Sync is off."))

    def resume_sending(self) -> None:
        actor, sync = self.context.actor, self.context.services.sync
        self._run(lambda: sync.resume(actor=actor), self.tr("Sending again."))

    # -- problems --------------------------------------------------------------------------

    def retry_selected(self) -> None:
        problem: SyncProblem | None = self.problems.selected()
        if problem is None:
            return
        actor, sync = self.context.actor, self.context.services.sync
        self._run(lambda: sync.retry_problem(actor=actor, item_id=problem.item_id),
                  self.tr("It goes again with the next sending."))  # fmt: skip

    def dismiss_selected(self) -> None:
        problem: SyncProblem | None = self.problems.selected()
        if problem is None:
            return
        dialog = DismissDialog(self._what(problem), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        reason, actor, sync = dialog.reason.text(), self.context.actor, self.context.services.sync
        self._run(
            lambda: sync.dismiss_problem(actor=actor, item_id=problem.item_id, reason=reason),
            self.tr("Dismissed. It will not be sent; the reason is in the audit log."),
        )

    # -- words -----------------------------------------------------------------------------

    def _what(self, problem: SyncProblem) -> str:
        return what_text(problem, self.context.fmt)

    def _failure_text(self, error: SyncError) -> str:
        """Made on the worker thread from plain strings: self.tr is thread-safe."""
        said = error.message if not error.code else f"{error.message} ({error.code})"
        if isinstance(error, NeedsOwnerError):
            text = self.tr("The service refused the key or the account: %1")
        elif isinstance(error, RetryLaterError):
            text = self.tr("The service cannot be reached now: %1")
        else:
            text = self.tr("The service said no: %1")
        return text.replace("%1", said)

    def _show_status(self, status: SyncStatus) -> None:
        fmt = self.context.fmt
        if not status.configured:
            self.queue.setText(self.tr("Not connected: nothing is queued."))
        else:
            problems = self.tr("%Ln problem(s)", "", status.failed)
            parts = [
                self.tr("%1 waiting to be sent").replace("%1", fmt.points(status.pending)),
                problems,
            ]  # fmt: skip
            if status.oldest_pending is not None:
                parts.append(self.tr("the oldest from %1").replace(
                    "%1", fmt.when(status.oldest_pending)))  # fmt: skip
            parts.append(
                self.tr("last sent %1").replace("%1", fmt.when(status.last_success))
                if status.last_success else self.tr("nothing sent yet")
            )  # fmt: skip
            self.queue.setText(" · ".join(parts))
        self.paused.setVisible(status.paused)
        if status.paused:
            text = self.tr(
                "Sending is paused: the service refused the key or the account (%1: %2). "
                "Check the key, save it, then press Resume."
            )
            code, message = status.pause_code or "", status.pause_message or ""
            self.paused_text.setText(text.replace("%1", code).replace("%2", message))

    def _show_keyring(self, available: bool) -> None:
        self.keyring_note.setVisible(not available)
        self.keyring_note.setText(self.tr(
            "This computer has no keyring, so keys typed here cannot be kept. Start the app "
            "with LOYALTYDESK_API_KEY, LOYALTYDESK_API_SECRET and LOYALTYDESK_API_TOKEN set "
            "instead."))  # fmt: skip

    def _update_buttons(self) -> None:
        connected = self.settings is not None
        self.stop.setVisible(connected)
        selected = self.problems.selected() is not None
        self.retry.setEnabled(selected)
        self.dismiss.setEnabled(selected)

    # -- helpers ---------------------------------------------------------------------------

    def _run(self, fn: Callable[[], Any], message: str) -> None:
        def done(_result: object) -> None:
            self.banner.show_message(message, "ok")
            self.setup_changed.emit()
            self.reload(load_form=True)

        call(self, self.banner, fn, done, write=True)

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("SectionTitle")
        label.setAccessibleName(text)
        return label

    def _button(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAccessibleName(text)
        return button
