"""The Sync page's connection form: the service, its address, its own settings and the secrets.

Secrets are typed into password fields and go to the OS keyring; the form never shows a stored
secret back, only that one is kept.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLineEdit, QWidget

from loyaltydesk.domain.sync_settings import PROVIDERS
from loyaltydesk.services.sync_dto import SyncSettings
from loyaltydesk.sync import credentials
from loyaltydesk.sync.http import Credentials
from loyaltydesk.sync.providers import module as provider_module
from loyaltydesk.ui.owner.widgets.fields import Field


def provider_title(name: str) -> str:
    """The service's name as a shop knows it."""
    titles = {
        "kirimel": SyncForm.tr("KiriMel Loyalty"),
        "fidelizacion": SyncForm.tr("Fidelización POS API"),
        "loyaltyplus": SyncForm.tr("Loyalty+"),
        "cata": SyncForm.tr("Cata"),
    }
    return titles.get(name, name)


def _option_label(name: str) -> str:
    labels = {
        "site": SyncForm.tr("Site code"),
        "source_type": SyncForm.tr("Source type"),
        "source_name": SyncForm.tr("Source name"),
        "branch_id": SyncForm.tr("Branch ID"),
        "pos_id": SyncForm.tr("Till ID (POS ID)"),
        "earn_mode": SyncForm.tr("Who counts the points"),
        "store_id": SyncForm.tr("Store ID"),
    }
    return labels.get(name, name)


def _secret_label(name: str) -> str:
    labels = {
        "api_key": SyncForm.tr("API key"),
        "api_secret": SyncForm.tr("API secret"),
        "token": SyncForm.tr("Owner token (optional)"),
    }
    return labels.get(name, name)


@dataclass(frozen=True)
class FormValues:
    provider: str
    base_url: str
    options: dict[str, str]
    per_minute: int | None
    secrets: Credentials
    """Only what was typed now; empty fields keep what the keyring holds."""


class SyncForm(QWidget):
    """Emits ``edited`` when the owner changes anything."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = QComboBox()
        self.service.setAccessibleName(self.tr("Loyalty service"))
        for name in PROVIDERS:
            self.service.addItem(provider_title(name), name)
        self.base_url = QLineEdit()
        self.base_url.setPlaceholderText(self.tr("https://…"))
        self.per_minute = QLineEdit()
        self.per_minute.setPlaceholderText(self.tr("As the service says"))
        self.per_minute.setMaxLength(6)
        self.fields: dict[str, Field] = {
            "service": Field(self.tr("Loyalty service"), self.service),
            "base_url": Field(
                self.tr("Address (base URL)"),
                self.base_url,
                self.tr(
                    "As your service's documentation gives it, for example "
                    "https://yourshop.example/api/loyalty."
                ),
            ),
        }
        self.options: dict[str, QLineEdit] = {}
        for choice in PROVIDERS.values():
            for option in choice.options:
                if option.name not in self.options:
                    edit = QLineEdit()
                    edit.setMaxLength(120)
                    self.options[option.name] = edit
                    self.fields[option.name] = Field(_option_label(option.name), edit)
        self.secrets: dict[str, QLineEdit] = {}
        for name in ("api_key", "api_secret", "token"):
            edit = QLineEdit()
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMaxLength(4096)
            self.secrets[name] = edit
            self.fields[name] = Field(_secret_label(name), edit)
        self.fields["per_minute"] = Field(
            self.tr("Most calls a minute"),
            self.per_minute,
            self.tr("Leave empty to follow the limit the service announces."),
        )
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(24)
        self.grid.setVerticalSpacing(12)
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)
        self.service.currentIndexChanged.connect(self._show_provider_fields)
        for edit in (self.base_url, self.per_minute, *self.options.values(),
                     *self.secrets.values()):  # fmt: skip
            edit.textEdited.connect(self.edited)
        self.service.currentIndexChanged.connect(self.edited)
        self._show_provider_fields()

    @property
    def provider(self) -> str:
        return str(self.service.currentData())

    def load(self, settings: SyncSettings | None, stored_secrets: frozenset[str]) -> None:
        """Show a saved setup; secret fields stay empty and say whether one is kept."""
        if settings is not None:
            self.service.setCurrentIndex(max(0, self.service.findData(settings.provider)))
            self.base_url.setText(settings.base_url)
            for name, edit in self.options.items():
                edit.setText(settings.option(name))
            self.per_minute.setText(str(settings.per_minute) if settings.per_minute else "")
        for name, edit in self.secrets.items():
            edit.clear()
            edit.setPlaceholderText(
                self.tr("Kept in the system keyring") if name in stored_secrets else ""
            )
        self._show_provider_fields()

    def values(self) -> FormValues:
        provider = self.provider
        wanted = {option.name for option in PROVIDERS[provider].options}
        per_minute = self.per_minute.text().strip()
        return FormValues(
            provider=provider,
            base_url=self.base_url.text().strip(),
            options={name: e.text().strip() for name, e in self.options.items() if name in wanted},
            per_minute=int(per_minute) if per_minute.isdigit() else None,
            secrets=Credentials(**{name: e.text() for name, e in self.secrets.items()}),
        )

    def problem(self) -> str:
        """What is wrong before anything is sent, in words; "" when the form can be saved."""
        text = self.per_minute.text().strip()
        if text and (not text.isdigit() or int(text) <= 0):
            self.fields["per_minute"].set_error(self.tr("Type a whole number above 0."))
            return self.tr("Check the number of calls a minute.")
        self.fields["per_minute"].set_error("")
        if not self.base_url.text().strip():
            self.fields["base_url"].set_error(self.tr("Type the service's address."))
            return self.tr("Type the service's address.")
        self.fields["base_url"].set_error("")
        return ""

    def clear_secrets(self) -> None:
        for edit in self.secrets.values():
            edit.clear()

    def _show_provider_fields(self) -> None:
        provider = self.provider
        wanted = {option.name for option in PROVIDERS[provider].options}
        secrets = set(provider_module(provider).CREDENTIALS)
        shown = [
            field
            for name, field in self.fields.items()
            if (name not in self.options or name in wanted)
            and (name not in self.secrets or name in secrets)
        ]
        # Laid out again, two to a row, so a hidden field leaves no hole. Every field is a
        # child of the form first: shown without a parent it would open as a window of its own.
        for field in self.fields.values():
            self.grid.removeWidget(field)
            field.setParent(self)
            field.hide()
        for index, field in enumerate(shown):
            self.grid.addWidget(field, index // 2, index % 2, Qt.AlignmentFlag.AlignTop)
            field.show()


def kept_secrets(provider: str) -> frozenset[str]:
    kept = credentials.load(provider, env={})
    return frozenset(name for name in ("api_key", "api_secret", "token") if getattr(kept, name))


def merged(values: FormValues) -> Credentials:
    """What was typed now, and for the fields left empty what the keyring (or env) holds."""
    stored = credentials.load(values.provider)
    typed = values.secrets
    return Credentials(
        api_key=typed.api_key or stored.api_key,
        api_secret=typed.api_secret or stored.api_secret,
        token=typed.token or stored.token,
    )
