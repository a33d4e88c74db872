"""A new staff member, or a change to one: role and PIN (a name is kept as it was given)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from loyaltydesk.domain.staff import MAX_NAME, Role
from loyaltydesk.services.dto import StaffMember
from loyaltydesk.ui.owner.widgets.fields import Field
from loyaltydesk.ui.owner.widgets.pages import RecordDialog

PIN = re.compile(r"^[0-9]{4,8}$")


@dataclass(frozen=True)
class StaffValues:
    name: str
    role: Role
    pin: str
    """"" when editing and the PIN stays as it is."""


def role_text(role: Role) -> str:
    return StaffDialog.tr("Owner") if role is Role.OWNER else StaffDialog.tr("Cashier")


class StaffDialog(RecordDialog):
    """Save is enabled once the name and PIN are good and (when editing) something changed."""

    def __init__(self, member: StaffMember | None, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Add staff")
            if member is None
            else self.tr("Edit %1").replace("%1", member.name),
            self.tr("Add") if member is None else self.tr("Save"),
            self.tr("Save the staff member"),
            460,
            parent,
        )
        self.member = member
        new = member is None
        self.name = QLineEdit(member.name if member else "")
        self.name.setPlaceholderText(self.tr("For example: Ana Lim"))
        self.name.setReadOnly(member is not None)
        self.role = QComboBox()
        for role in (Role.CASHIER, Role.OWNER):
            self.role.addItem(role_text(role), role)
        self.role.setCurrentIndex(self.role.findData(member.role if member else Role.CASHIER))
        digits = QRegularExpressionValidator(QRegularExpression("[0-9]{0,8}"), self)
        self.pin = self._pin_edit(digits)
        self.repeat = self._pin_edit(digits)
        self.name_field = Field(self.tr("Name"), self.name)
        role_field = Field(
            self.tr("Role"), self.role, self.tr("Owners may open these pages; cashiers may not.")
        )
        self.pin_field = Field(
            self.tr("PIN") if new else self.tr("New PIN"),
            self.pin,
            self.tr("4 to 8 digits.") if new else self.tr("Leave empty to keep the PIN."),
        )
        self.repeat_field = Field(self.tr("PIN again"), self.repeat)
        if member is not None:
            who = QLabel(member.name)
            who.setObjectName("PageTitle")
            self.form.addWidget(who)
        else:
            self.form.addWidget(self.name_field)
        self.form.addWidget(role_field)
        self.form.addWidget(self.pin_field)
        self.form.addWidget(self.repeat_field)
        self.finish()
        for edit in (self.name, self.pin, self.repeat):
            edit.textChanged.connect(self._check)
        self.role.currentIndexChanged.connect(self._check)
        self._check()
        (self.name if new else self.role).setFocus()

    def values(self) -> StaffValues:
        return StaffValues(" ".join(self.name.text().split()), Role(self.role.currentData()),
                           self.pin.text())  # fmt: skip

    def _pin_edit(self, validator: QRegularExpressionValidator) -> QLineEdit:
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setValidator(validator)
        return edit

    def _check(self) -> None:
        values = self.values()
        name_error = pin_error = repeat_error = ""
        if self.member is None and self.name.isModified() and not values.name:
            name_error = self.tr("Type the person's name.")
        elif len(values.name) > MAX_NAME:
            name_error = self.tr("A name is at most %1 characters.").replace("%1", str(MAX_NAME))
        if values.pin and not PIN.match(values.pin):
            pin_error = self.tr("A PIN is 4 to 8 digits.")
        if self.repeat.text() and self.repeat.text() != values.pin:
            repeat_error = self.tr("The two PINs are not the same.")
        self.name_field.set_error(name_error)
        self.pin_field.set_error(pin_error)
        self.repeat_field.set_error(repeat_error)
        pin_ok = PIN.match(values.pin) is not None and self.repeat.text() == values.pin
        if self.member is None:
            ready = bool(values.name) and len(values.name) <= MAX_NAME and pin_ok
        else:
            role_changed = values.role is not self.member.role
            ready = (pin_ok or (not values.pin and not self.repeat.text())) and (
                role_changed or bool(values.pin)
            )
        self.save.setEnabled(ready)
