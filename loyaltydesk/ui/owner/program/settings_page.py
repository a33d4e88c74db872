"""Program settings: the shop, how points are earned, tiers, expiry, cooldown, birthday bonus,
paying with points and the logo. A change of rules is previewed (who and how many points it
touches) and confirmed before it is saved; past ledger entries are never rewritten."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.domain.errors import InvalidInputError, LoyaltyError
from loyaltydesk.domain.program import ShopSettings
from loyaltydesk.services.admin_dto import RulesChangePreview, ShopLogo
from loyaltydesk.services.settings_admin import inspect_image
from loyaltydesk.ui.counter.banner import ResultBanner
from loyaltydesk.ui.owner.base import OwnerContext, OwnerPage
from loyaltydesk.ui.owner.program.language_choice import LanguageChoice
from loyaltydesk.ui.owner.program.rules_preview import confirm_rules_change
from loyaltydesk.ui.owner.program.settings_form import SettingsForm
from loyaltydesk.ui.owner.program.settings_words import settings_changes
from loyaltydesk.ui.owner.widgets.calls import call
from loyaltydesk.ui.owner.widgets.layout import page_header
from loyaltydesk.ui.preferences import Preferences


class SettingsPage(OwnerPage):
    """``settings_saved`` carries the new ``ShopSettings`` once they are in the database, for
    the counter and the header to pick up."""

    settings_saved = Signal(object)

    def __init__(self, context: OwnerContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.loaded = False
        self.saving = False
        self.form = SettingsForm(context.fmt)
        self.form.edited.connect(self._check)
        self.form.logo.choose_requested.connect(self.choose_logo)
        scroll = QScrollArea()
        scroll.setObjectName("SettingsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.language = LanguageChoice(context.prefs or Preferences())
        self.language.chosen.connect(self._language_chosen)
        content = QWidget()
        stack = QVBoxLayout(content)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.setSpacing(16)
        stack.addWidget(self.form)
        stack.addWidget(self.language)
        scroll.setWidget(content)
        self.banner = ResultBanner()
        self.problem = QLabel()
        self.problem.setObjectName("FieldError")
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("What is wrong with the settings"))
        self.state = QLabel()
        self.state.setObjectName("Muted")
        widest = max(self.tr("Unsaved changes"), self.tr("No changes"), key=len)
        self.state.setMinimumWidth(self.state.fontMetrics().horizontalAdvance(widest) + 16)
        self.undo = QPushButton(self.tr("Undo changes"))
        self.undo.setAccessibleName(self.tr("Undo the changes"))
        self.undo.clicked.connect(self.undo_changes)
        self.save = QPushButton(self.tr("Save (Ctrl+S)"))
        self.save.setProperty("role", "primary")
        self.save.setAccessibleName(self.tr("Save the settings"))
        self.save.clicked.connect(self.save_settings)
        footer = QHBoxLayout()
        footer.setSpacing(16)
        footer.addWidget(self.problem, 1)
        footer.addStretch(0)
        footer.addWidget(self.state)
        footer.addWidget(self.undo)
        footer.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(
            page_header(
                self.tr("Settings"),
                self.tr(
                    "How the program works. New rules apply from now on: points already "
                    "earned keep their expiry dates and past entries are never rewritten."
                ),
            )
        )
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        layout.addLayout(footer)
        shortcut = QShortcut(QKeySequence("Ctrl+S"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save_settings)
        self._check()

    # -- loading -----------------------------------------------------------------------------

    def activate(self) -> None:
        if not self.loaded or not self.dirty:
            self.reload()

    def reload(self) -> None:
        services = self.context.services

        def work() -> tuple[ShopSettings, ShopLogo | None]:
            return services.program.get_settings(), services.settings_admin.get_logo()

        call(self, self.banner, work, self._show)

    def _show(self, result: tuple[ShopSettings, ShopLogo | None]) -> None:
        settings, logo = result
        self.form.load(settings)
        self.form.logo.load(logo.data if logo else None)
        self.form.fields["logo"].set_error("")
        self.loaded = True
        self._check()

    @property
    def dirty(self) -> bool:
        settings, _problem = self.form.read()
        return self.loaded and self.form.is_changed(settings)

    def _check(self) -> None:
        settings, problem = self.form.read()
        changed = self.loaded and self.form.is_changed(settings)
        self.problem.setText(problem if changed else "")
        self.problem.setVisible(bool(problem) and changed)
        self.state.setText(self.tr("Unsaved changes") if changed else self.tr("No changes"))
        self.save.setEnabled(changed and settings is not None and not self.saving)
        self.undo.setEnabled(changed and not self.saving)
        if changed:
            self.banner.clear()

    # -- the logo ----------------------------------------------------------------------------

    def choose_logo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the shop's logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.use_logo_file(Path(path))

    def use_logo_file(self, path: Path) -> None:
        """Read and check the image off the GUI thread; it is saved with the settings."""
        unreadable = self.tr("That file cannot be read.")

        def work() -> bytes:
            try:
                data = path.read_bytes()
            except OSError as error:
                raise InvalidInputError(unreadable) from error
            inspect_image(data)
            return data

        def refused(error: LoyaltyError) -> bool:
            self.form.fields["logo"].set_error(error.message)
            return True

        def done(data: bytes) -> None:
            self.form.fields["logo"].set_error("")
            self.form.logo.set_pending(data)

        call(self, self.banner, work, done, on_refused=refused)

    # -- saving ------------------------------------------------------------------------------

    def save_settings(self) -> None:
        settings, _problem = self.form.read()
        if settings is None or not self.save.isEnabled():
            return
        actor, admin = self.context.actor, self.context.services.settings_admin
        self.saving = True
        self._check()

        fmt = self.context.fmt
        changes = settings_changes(self.form.loaded, settings, fmt)

        def previewed(preview: RulesChangePreview) -> None:
            if preview.changed and not confirm_rules_change(self, preview, fmt, changes):
                self.saving = False
                self._check()
                return
            self._write(settings)

        call(
            self,
            self.banner,
            lambda: admin.preview_rules_change(actor=actor, new_rules=settings.rules),
            previewed,
            on_failed=self._save_failed,
        )

    def _write(self, settings: ShopSettings) -> None:
        actor, services = self.context.actor, self.context.services
        logo = self.form.logo.pending

        def work() -> tuple[ShopSettings, ShopLogo | None]:
            saved = services.program.save_settings(actor=actor, settings=settings)
            if logo == b"":
                services.settings_admin.clear_logo(actor=actor)
            elif logo is not None:
                services.settings_admin.set_logo(actor=actor, data=logo)
            return saved, services.settings_admin.get_logo()

        def done(result: tuple[ShopSettings, ShopLogo | None]) -> None:
            self.saving = False
            self._show(result)
            self.banner.show_message(self.tr("Saved. The counter uses the new settings now."), "ok")
            self.settings_saved.emit(result[0])

        call(self, self.banner, work, done, write=True, on_failed=self._save_failed)

    def _save_failed(self) -> None:
        self.saving = False
        self._check()

    def _language_chosen(self, code: str) -> None:
        name = self.language.combo.currentText()
        self.banner.show_message(
            self.tr("Saved: loyaltydesk speaks %1 on this computer from its next start.").replace(
                "%1", name
            )
            if code
            else self.tr("Saved: loyaltydesk follows the system's language from its next start."),
            "ok",
        )

    def undo_changes(self) -> None:
        self.form.load(self.form.loaded)
        self.form.logo.load(self.form.logo.saved)
        self.form.fields["logo"].set_error("")
        self._check()

    def can_leave(self) -> bool:
        if not self.dirty:
            return True
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unsaved settings"))
        box.setText(self.tr("The settings have changes that are not saved. Leave without them?"))
        discard = box.addButton(self.tr("Discard changes"), QMessageBox.ButtonRole.DestructiveRole)
        stay = box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        box.exec()
        if box.clickedButton() is not discard:
            return False
        self.undo_changes()
        return True
