"""A shop's first start: the setup form, then "your shop is ready" with the next steps.

Shown instead of the PIN pad while the database has no staff. The shop is written in one
service call (settings, owner, first reward), then the owner is signed in.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.domain.errors import LoyaltyError
from loyaltydesk.domain.staff import Actor
from loyaltydesk.services.facade import Services
from loyaltydesk.services.shop_setup import ShopSetup
from loyaltydesk.ui.counter.banner import ResultBanner
from loyaltydesk.ui.first_start.setup_form import SetupForm
from loyaltydesk.ui.messages import error_text
from loyaltydesk.ui.tasks import TaskRunner

NEXT_COUNTER, NEXT_IMPORT, NEXT_CASHIER = "counter", "import", "cashier"


class SetupPage(QWidget):
    """``set_up(Actor)`` once the shop exists and its owner is signed in; ``next_step(str, Actor)``
    when the owner picks what to do next; ``demo_requested`` for the demo link."""

    set_up = Signal(object)
    next_step = Signal(str, object)
    demo_requested = Signal()
    unexpected_error = Signal(object)

    def __init__(
        self, services: Services, runner: TaskRunner, till: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("Page")
        self._services = services
        self._runner = runner
        self._till = till
        self._busy = False
        self.owner: Actor | None = None

        title = QLabel(self.tr("Welcome! Let's set up your shop"))
        title.setObjectName("IdleTitle")
        title.setWordWrap(True)
        intro = QLabel(
            self.tr("Four short parts. Everything except your PIN can be changed later.")
        )
        intro.setObjectName("IdleHint")
        intro.setWordWrap(True)
        self.demo = QPushButton(self.tr("Try the demo shop first →"))
        self.demo.setProperty("role", "link")
        self.demo.setToolTip(
            self.tr("Opens a made-up café in its own window and database. Your shop stays empty.")
        )
        self.demo.clicked.connect(self.demo_requested)
        heading = QHBoxLayout()
        words = QVBoxLayout()
        words.setSpacing(4)
        words.addWidget(title)
        words.addWidget(intro)
        heading.addLayout(words, 1)
        heading.addWidget(self.demo, 0, Qt.AlignmentFlag.AlignTop)

        self.form = SetupForm(QLocale())
        self.banner = ResultBanner()
        self.create = QPushButton(self.tr("Create my shop"))
        self.create.setProperty("role", "primary")
        self.create.setDefault(True)
        self.create.clicked.connect(self.submit)
        body = QWidget()
        body.setObjectName("SetupBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(24, 24, 24, 24)
        column.setSpacing(16)
        column.addLayout(heading)
        column.addWidget(self.form)
        column.addWidget(self.banner)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.create)
        column.addLayout(actions)
        column.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("SetupScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(body)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        self.ready = self._ready_panel()
        self.steps = QStackedWidget()
        self.steps.addWidget(self.scroll)
        self.steps.addWidget(self.ready)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.steps)
        for edit in (self.form.name, self.form.owner, self.form.pin, self.form.repeat):
            edit.returnPressed.connect(self.submit)

    def start(self) -> None:
        self.steps.setCurrentWidget(self.scroll)
        self.form.name.setFocus()

    def submit(self) -> None:
        if self._busy:
            return
        setup = self.form.read()
        if setup is None:
            wrong = self.focusWidget()
            if wrong is not None:
                self.scroll.ensureWidgetVisible(wrong)
            return
        self._busy = True
        self.create.setEnabled(False)
        services, till = self._services, self._till

        def work(setup: ShopSetup = setup) -> Actor:
            services.shop_setup.set_up_shop(setup=setup)
            return services.staff.sign_in(pin=setup.owner_pin, till=till)

        self._runner.run(work, self._on_done, self._on_failed, parent=self, write=True)

    def _on_done(self, owner: Actor) -> None:
        self._busy = False
        self.create.setEnabled(True)
        self.owner = owner
        self.ready_title.setText(
            self.tr("%1 is ready").replace("%1", self.form.name.text().strip())
        )
        self.steps.setCurrentWidget(self.ready)
        self.go_counter.setFocus()
        self.set_up.emit(owner)

    def _on_failed(self, error: Exception) -> None:
        self._busy = False
        self.create.setEnabled(True)
        if isinstance(error, LoyaltyError):
            self.banner.show_message(error_text(error), "bad")
        else:
            self.unexpected_error.emit(error)

    def _ready_panel(self) -> QWidget:
        panel = QWidget()
        self.ready_title = QLabel()
        self.ready_title.setObjectName("IdleTitle")
        self.ready_title.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "You are signed in as the owner. Two optional next steps, or start at the "
                "counter now (F10 opens the owner pages any time):"
            )
        )
        hint.setObjectName("IdleHint")
        hint.setWordWrap(True)
        self.go_import = QPushButton(self.tr("Import customers from a CSV"))
        self.go_cashier = QPushButton(self.tr("Add a cashier"))
        self.go_counter = QPushButton(self.tr("Start at the counter"))
        self.go_counter.setProperty("role", "primary")
        self.go_counter.setDefault(True)
        for button, step in (
            (self.go_import, NEXT_IMPORT),
            (self.go_cashier, NEXT_CASHIER),
            (self.go_counter, NEXT_COUNTER),
        ):
            button.clicked.connect(lambda _=False, s=step: self.next_step.emit(s, self.owner))
        column = QVBoxLayout()
        column.setSpacing(16)
        column.addWidget(self.ready_title)
        column.addWidget(hint)
        for button in (self.go_import, self.go_cashier, self.go_counter):
            column.addWidget(button)
        box = QWidget()
        box.setObjectName("PinPanel")
        box.setMaximumWidth(560)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(32, 32, 32, 32)
        inner.addLayout(column)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box, 2)
        row.addStretch(1)
        outer = QVBoxLayout(panel)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        return panel
