"""The profile part of a customer's detail page: checked as you type, saved on request."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.domain.customer_fields import (
    MAX_NAME,
    MAX_NOTES,
    Birthday,
    check_birthday,
    clean_name,
    clean_notes,
)
from loyaltydesk.domain.errors import ErrorCode, LoyaltyError
from loyaltydesk.domain.identifiers import normalise_email, parse_phone
from loyaltydesk.services.customer_admin_dto import CustomerDetail
from loyaltydesk.ui.formatting import (
    birthday_text,
    date_example,
    display_phone,
    parse_typed_birthday,
)
from loyaltydesk.ui.messages import error_text
from loyaltydesk.ui.owner.widgets.fields import Field


class ProfileForm(QWidget):
    """``changes()`` holds only the fields that differ from the loaded profile.

    ``today`` gives the shop's calendar date (its time zone), the latest birth date accepted.
    """

    save_requested = Signal(dict)

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.detail: CustomerDetail | None = None
        self.region = "MY"
        self.locale = QLocale()
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_NAME + 20)
        self.name.setAccessibleName(self.tr("Name"))
        self.phone = QLineEdit()
        self.phone.setAccessibleName(self.tr("Phone"))
        self.email = QLineEdit()
        self.email.setAccessibleName(self.tr("Email"))
        self.birthday = QLineEdit()
        self.birthday.setAccessibleName(self.tr("Birth date"))
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setFixedHeight(72)
        self.consent = QCheckBox(self.tr("Agrees to receive offers"))
        self.consent.setAccessibleName(self.tr("Marketing consent"))
        self.save = QPushButton(self.tr("Save profile"))
        self.save.setProperty("role", "primary")
        self.save.setAccessibleName(self.tr("Save profile"))
        self.save.clicked.connect(self._on_save)
        self.undo = QPushButton(self.tr("Undo changes"))
        self.undo.setAccessibleName(self.tr("Undo changes to the profile"))
        self.undo.clicked.connect(self.reset)

        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(8)
        top = Qt.AlignmentFlag.AlignTop
        self.fields = {
            "name": Field(self.tr("Name"), self.name),
            "birthday": Field(self.tr("Birth date"), self.birthday),
            "phone": Field(self.tr("Phone"), self.phone),
            "email": Field(self.tr("Email"), self.email),
            "notes": Field(self.tr("Notes"), self.notes),
        }
        grid.addWidget(self.fields["name"], 0, 0, top)
        grid.addWidget(self.fields["birthday"], 0, 1, top)
        grid.addWidget(self.fields["phone"], 1, 0, top)
        grid.addWidget(self.fields["email"], 1, 1, top)
        grid.addWidget(self.fields["notes"], 2, 0, 1, 2, top)
        grid.addWidget(self.consent, 3, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addStretch(1)
        buttons.addWidget(self.undo)
        buttons.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(16)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        layout.addStretch(1)
        for field in (self.name, self.phone, self.email, self.birthday):
            field.textChanged.connect(self.validate)
            field.returnPressed.connect(self._on_save)
        self.notes.textChanged.connect(self.validate)
        self.consent.toggled.connect(self.validate)

    # -- loading -----------------------------------------------------------------------------

    def load(self, detail: CustomerDetail, *, editable: bool) -> None:
        self.detail = detail
        example = date_example(self.locale, date(1990, 11, 30))
        self.birthday.setPlaceholderText(self.tr("optional, e.g. %1").replace("%1", example))
        for field in (self.name, self.phone, self.email, self.birthday, self.notes, self.consent):
            field.setEnabled(editable)
        self.reset()

    def reset(self) -> None:
        """Back to the profile as loaded."""
        detail = self.detail
        if detail is None:
            return
        self.name.setText(detail.name)
        self.phone.setText(display_phone(detail.phone))
        self.email.setText(detail.email or "")
        self.birthday.setText(self._birthday_text(detail.birthday))
        self.notes.setPlainText(detail.notes)
        self.consent.setChecked(detail.marketing_consent)
        self.validate()

    # -- checking ----------------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        return self.detail is not None and self.name.isEnabled() and bool(self.changes())

    def changes(self) -> dict[str, object]:
        """Changed fields as update_profile takes them; only call when ``validate`` is True."""
        detail = self.detail
        if detail is None:
            return {}
        typed: dict[str, object] = {
            "name": " ".join(self.name.text().split()),
            "phone": self._phone(),
            "email": self._email(),
            "birthday": self._birthday(),
            "notes": self.notes.toPlainText().strip(),
            "marketing_consent": self.consent.isChecked(),
        }
        changed = {k: v for k, v in typed.items() if v != getattr(detail, k)}
        if "birthday" in changed:  # update_profile takes it as birth_date, with or without a year
            changed["birth_date"] = changed.pop("birthday")
        return changed

    def validate(self) -> bool:
        """Show each field's problem beside it; Save is enabled only for valid changes."""
        problems = dict.fromkeys(self.fields, "")
        if self._check(lambda: clean_name(self.name.text())):
            problems["name"] = self.tr("At most %1 printable characters.").replace(
                "%1", str(MAX_NAME)
            )
        problems["phone"] = self._check(self._phone)
        problems["email"] = self._check(self._email)
        problems["birthday"] = self._check(self._birthday)
        if self._check(lambda: clean_notes(self.notes.toPlainText())):
            problems["notes"] = self.tr("At most %1 printable characters.").replace(
                "%1", str(MAX_NOTES)
            )
        if not self.phone.text().strip() and not self.email.text().strip():
            problems["phone"] = self.tr("A customer needs a phone number or an email address.")
        for key, message in problems.items():
            self.fields[key].set_error(message)
        valid = not any(problems.values())
        dirty = valid and self.dirty
        self.save.setEnabled(dirty)
        self.undo.setEnabled(self.detail is not None and self.name.isEnabled())
        return valid

    def _check(self, read) -> str:
        try:
            read()
        except LoyaltyError as error:
            return error.message if error.code == ErrorCode.INVALID_INPUT else error_text(error)
        return ""

    def _phone(self) -> str | None:
        text = self.phone.text().strip()
        if not text:
            return None
        if self.detail is not None and text == display_phone(self.detail.phone):
            return self.detail.phone
        return parse_phone(text, default_region=self.region)

    def _email(self) -> str | None:
        text = self.email.text().strip()
        return normalise_email(text) if text else None

    def _birthday(self) -> Birthday | None:
        """The typed birthday: a full date (the shop's check) or a day and month alone."""
        text = self.birthday.text().strip()
        if not text:
            return None
        parsed = parse_typed_birthday(self.locale, text)
        try:
            if parsed is not None:
                return check_birthday(parsed, self.today())
        except LoyaltyError:
            pass
        raise LoyaltyError(
            self.tr("Type a date like %1 or %2, or only the day and month: %3.")
            .replace("%1", date_example(self.locale, date(1990, 3, 31)))
            .replace("%2", "31/3/1990")
            .replace("%3", birthday_text(self.locale, Birthday(3, 31)))
        )

    def _birthday_text(self, birthday: Birthday | None) -> str:
        return "" if birthday is None else birthday_text(self.locale, birthday)

    def _on_save(self) -> None:
        if self.validate() and self.dirty:
            self.save_requested.emit(self.changes())
